import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intentText } from '../../../src/core/intent.js';
import { isNetworkId, NETWORK_IDS, NETWORKS } from '../../../src/networks/index.js';

const BASES = {
  x: 'https://x.com/intent/tweet?text=',
  bluesky: 'https://bsky.app/intent/compose?text=',
  mastodon: 'https://mastodon.social/share?text=',
  threads: 'https://www.threads.com/intent/post?text=',
};

describe('intent URLs', () => {
  it('decode to exactly the draft on every network (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NETWORK_IDS), fc.string({ unit: 'grapheme', maxLength: 500 }), (id, text) => {
        const url = NETWORKS[id].intentUrl(text, { instance: 'mastodon.social' })!;
        expect(url.startsWith(BASES[id])).toBe(true);
        expect(intentText(url)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('Mastodon needs an instance, taken as a host or a URL', () => {
    expect(NETWORKS.mastodon.intentUrl('hi')).toBeUndefined();
    expect(NETWORKS.mastodon.intentUrl('hi', { instance: 'not a host' })).toBeUndefined();
    expect(NETWORKS.mastodon.intentUrl('#a & b', { instance: 'https://Mastodon.Social/' })).toBe(
      'https://mastodon.social/share?text=%23a%20%26%20b',
    );
  });
});

describe('handles and mentions', () => {
  const table: [keyof typeof NETWORKS, string, string | undefined, string?][] = [
    ['bluesky', 'amnesty.org', 'amnesty.org', '@amnesty.org'],
    ['bluesky', 'Name.Bsky.Social', 'name.bsky.social', '@name.bsky.social'],
    ['bluesky', '@amnesty.org', undefined],
    ['bluesky', 'amnesty', undefined],
    ['bluesky', 'amnesty.local', undefined],
    ['bluesky', 'a-.org', undefined],
    ['bluesky', 'amnesty.1org', undefined],
    ['bluesky', 'xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['mastodon', 'amnesty@mastodon.social', 'amnesty@mastodon.social', '@amnesty@mastodon.social'],
    ['mastodon', '@EFF@Mastodon.Social', 'EFF@mastodon.social', '@EFF@mastodon.social'],
    ['mastodon', 'first.last@eupolicy.social', 'first.last@eupolicy.social'],
    ['mastodon', 'amnesty', undefined],
    ['mastodon', 'amnesty@', undefined],
    ['mastodon', 'am nesty@mastodon.social', undefined],
    ['mastodon', 'amnesty@https://mastodon.social', undefined],
    ['mastodon', `${'a'.repeat(31)}@mastodon.social`, undefined],
    ['threads', 'amnesty', 'amnesty', '@amnesty'],
    ['threads', 'Amnesty_UK.official', 'amnesty_uk.official', '@amnesty_uk.official'],
    ['threads', 'a'.repeat(30), 'a'.repeat(30)],
    ['threads', 'a'.repeat(31), undefined],
    ['threads', '@amnesty', undefined],
    ['threads', 'amnesty.', undefined],
    ['threads', 'am..nesty', undefined],
    ['threads', 'am-nesty', undefined],
    ['x', 'amnesty', 'amnesty', '@amnesty'],
    ['x', 'a'.repeat(16), undefined],
  ];
  it.each(table)('%s: %s -> %s', (id, handle, normalized, mention) => {
    const net = NETWORKS[id];
    expect(net.normalizeHandle(handle)).toBe(normalized);
    if (mention) expect(net.mention(normalized!)).toBe(mention);
  });

  it('knows its network names', () => {
    expect(NETWORK_IDS.every(isNetworkId)).toBe(true);
    expect(isNetworkId('all')).toBe(false);
    expect(NETWORK_IDS.map((id) => NETWORKS[id].limit)).toEqual([280, 300, 500, 500]);
  });
});

describe('the network modules', () => {
  it('are browser-safe: no node: imports', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const dir = new URL('../../../src/networks/', import.meta.url);
    for (const f of await readdir(dir))
      expect(await readFile(new URL(f, dir), 'utf8'), f).not.toMatch(/from ['"]node:|import\(['"]node:/);
  });

  it('X counts as src/core/count.ts does', () => {
    expect(NETWORKS.x.count('a'.repeat(280))).toMatchObject({
      length: 280,
      remaining: 0,
      valid: true,
      unit: 'weighted characters',
    });
    expect(NETWORKS.x.count('中'.repeat(141))).toMatchObject({ length: 282, valid: false });
    expect(NETWORKS.x.count(`${'a'.repeat(270)} foo.music`).valid).toBe(false); // a link twitter-text 3.1.0 misses
  });
});
