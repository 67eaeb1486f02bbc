import { describe, expect, it } from 'vitest';
import { intentText } from '../../src/core/intent.js';
import { NETWORKS } from '../../src/networks/index.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { pledge } from '../support/cli.js';

describe('pledge draft --network (built binary)', () => {
  it('all: one draft per target per network it is on, each valid there, none repeated within a network', () => {
    const r = pledge(['draft', '--network', 'all', '--json', '--seed', '11']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as DraftsDocument;
    expect(doc.drafts.map((d) => `${d.target.id}/${d.network}`)).toEqual([
      'amnesty/x',
      'amnesty/bluesky',
      'amnesty/threads',
      'amnesty-uk/x',
      'amnesty-uk/threads',
      'fawcett/x',
      'fawcett/threads',
      'nawo/x',
      'womens-aid/x',
    ]);
    for (const d of doc.drafts) {
      const c = NETWORKS[d.network!].count(d.text);
      expect([d.weightedLength, d.remaining, d.valid]).toEqual([c.length, c.remaining, true]);
      expect(intentText(d.intentUrl!)).toBe(d.text);
    }
    expect(doc.drafts.find((d) => d.network === 'bluesky')!.target.handle).toBe('amnesty.org');
    for (const n of ['x', 'bluesky', 'threads']) {
      const texts = doc.drafts.filter((d) => d.network === n).map((d) => d.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('without --network the JSON has no network field, as before', () => {
    const doc = JSON.parse(pledge(['draft', '--json', '--seed', '11']).stdout) as DraftsDocument;
    expect(doc.drafts.every((d) => !('network' in d))).toBe(true);
  });

  it('mastodon without an instance: drafts counted, no intent URL, and how to name an instance', () => {
    const r = pledge(['draft', '--network', 'mastodon', '--json', '--seed', '2'], {
      env: { PLEDGE_MASTODON_INSTANCE: undefined },
    });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as DraftsDocument;
    expect(doc.drafts.map((d) => [d.network, d.intentUrl, d.valid])).toEqual(Array(5).fill(['mastodon', null, true]));
    expect(r.stderr).toContain(
      '5 Mastodon drafts have no intent URL: Mastodon has no central site, so name your instance with --instance <host>',
    );
    expect(pledge(['draft', '--network', 'mastodon', '--urls'], { env: { PLEDGE_MASTODON_INSTANCE: '' } }).stdout).toBe(
      '',
    );
    const withEnv = pledge(['draft', '--network', 'mastodon', '--urls', '--seed', '2'], {
      env: { PLEDGE_MASTODON_INSTANCE: 'eupolicy.social' },
    });
    expect(
      withEnv.stdout
        .trim()
        .split('\n')
        .every((u) => u.startsWith('https://eupolicy.social/share?text=')),
    ).toBe(true);
  });

  it('--instance and PLEDGE_MASTODON_INSTANCE take a host, an account on it or an address on it', () => {
    for (const [instance, env] of [
      ['@alice@Mastodon.Social', undefined],
      ['https://mastodon.social/@alice', undefined],
      [undefined, 'alice@mastodon.social'],
    ]) {
      const flag = instance === undefined ? [] : ['--instance', instance];
      const r = pledge(['draft', '--network', 'mastodon', '--urls', '--seed', '2', ...flag], {
        env: { PLEDGE_MASTODON_INSTANCE: env },
      });
      expect(r.status, r.stderr).toBe(0);
      const urls = r.stdout.trim().split('\n');
      expect(urls).toHaveLength(5);
      expect(urls.every((u) => u.startsWith('https://mastodon.social/share?text='))).toBe(true);
      expect(r.stderr).toContain('--network mastodon --instance mastodon.social --seed 2');
    }
  });

  it('a bad --instance or --max-length is a usage error quoting the value', () => {
    const r = pledge(['draft', '--network', 'mastodon', '--instance', 'not a host']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `error: option '--instance <host>' argument 'not a host' is invalid. "not a host" is not the host of a Mastodon instance (like mastodon.social).\n`,
    );
    const port = pledge(['draft', '--network', 'mastodon', '--instance', 'mastodon.social:8443']);
    expect([port.status, port.stderr]).toEqual([
      2,
      `error: option '--instance <host>' argument 'mastodon.social:8443' is invalid. "mastodon.social:8443" is not the host of a Mastodon instance (like mastodon.social): give the host alone, without a port or a user name.\n`,
    ]);
    expect(pledge(['draft', '--max-length', '0']).status).toBe(2);
    expect(pledge(['draft', '--network', 'myspace']).status).toBe(2);
  });
});
