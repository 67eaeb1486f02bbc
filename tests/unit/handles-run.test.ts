// checkHandles on an injected network: which handles are asked, and when a missing network is given up on.
import { describe, expect, it } from 'vitest';
import type { ResolverContext } from '../../src/handles/atproto.js';
import { checkHandles } from '../../src/handles/check-handles.js';
import { NetworkError, type HttpRequest } from '../../src/handles/http.js';

/** A context whose every request gets `answer(url)`: a status, or no answer (a NetworkError). */
function network(answer: (url: string) => number | 'silent'): ResolverContext & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    plcUrl: 'https://plc.directory',
    believeNxdomain: () => Promise.resolve(true),
    txt: () => Promise.resolve({ absent: true }),
    get: ({ url }: HttpRequest) => {
      asked.push(url);
      const a = answer(url);
      const host = new URL(url).host;
      if (a === 'silent') return Promise.reject(new NetworkError('timeout', host, `no answer from ${host}`));
      return Promise.resolve({ status: a, body: 'not found', contentType: 'text/plain', url });
    },
  };
}

const mastodonTargets = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `t${i}`,
    name: `T${i}`,
    group: 'g',
    ask: 'a',
    handles: { mastodon: { handle: `u@i${i}.test` } },
  }));

describe('checkHandles with no network', () => {
  it('asks only the first `concurrency` handles; the rest are unreachable without a request', async () => {
    for (const concurrency of [1, 3, 8]) {
      const ctx = network(() => 'silent');
      const { results } = await checkHandles(mastodonTargets(200), ctx, { concurrency });
      expect(ctx.asked).toHaveLength(concurrency);
      expect(new Set(results.map((r) => r.status))).toEqual(new Set(['unreachable']));
      expect(results.slice(concurrency).every((r) => r.detail.startsWith('not asked: the first'))).toBe(true);
    }
  });

  it('asks every handle once one of the first has an answer, even when the others have none', async () => {
    // Only the third instance answers (404: not-found); every other one is silent.
    const ctx = network((url) => (url.includes('i2.test') ? 404 : 'silent'));
    const { results } = await checkHandles(mastodonTargets(50), ctx, { concurrency: 4 });
    expect(ctx.asked).toHaveLength(50);
    expect(results.map((r) => r.status).filter((s) => s !== 'unreachable')).toEqual(['not-found']);
  });

  it('a server answering with an error is an answer: the network is there, every handle is asked', async () => {
    const ctx = network(() => 503);
    const { results } = await checkHandles(mastodonTargets(30), ctx, { concurrency: 4 });
    expect(ctx.asked).toHaveLength(30);
    expect(new Set(results.map((r) => `${r.status} ${r.cause}`))).toEqual(new Set(['unreachable server-error']));
  });
});
