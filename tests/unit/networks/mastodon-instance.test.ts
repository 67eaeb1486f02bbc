// The one reading of a Mastodon instance (src/networks/mastodon-instance.ts), used by `--instance`,
// PLEDGE_MASTODON_INSTANCE, Mastodon intent URLs and the action page's server field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { mastodonInstanceHost, mastodonInstanceHostOrNone } from '../../../src/networks/mastodon-instance.js';
import { NETWORKS } from '../../../src/networks/index.js';

const NOT_A_HOST = 'is not the host of a Mastodon instance (like mastodon.social)';

describe('mastodonInstanceHost', () => {
  it.each([
    // A host, in any case, white space around it ignored.
    ['mastodon.social', 'mastodon.social'],
    ['Mastodon.Social', 'mastodon.social'],
    ['  eupolicy.social\t', 'eupolicy.social'],
    ['social.example.co.uk', 'social.example.co.uk'],
    ['mastodon.social:443', 'mastodon.social'], // the default port is no port
    // An account on it.
    ['@alice@mastodon.social', 'mastodon.social'],
    ['alice@Mastodon.Social', 'mastodon.social'],
    ['@first.last@eupolicy.social', 'eupolicy.social'],
    // An address on it: the instance, a profile, http too.
    ['https://mastodon.social', 'mastodon.social'],
    ['https://mastodon.social/', 'mastodon.social'],
    ['HTTPS://Mastodon.Social//', 'mastodon.social'],
    ['https://mastodon.social/@alice', 'mastodon.social'],
    ['https://mastodon.social/@alice/113456789', 'mastodon.social'],
    ['http://mastodon.social', 'mastodon.social'],
    // An internationalised name, as punycode (as URLs have it).
    ['münchen.social', 'xn--mnchen-3ya.social'],
    ['https://MÜNCHEN.social/@alice', 'xn--mnchen-3ya.social'],
    ['xn--mnchen-3ya.social', 'xn--mnchen-3ya.social'],
  ])('reads %j as %j', (value, host) => {
    expect(mastodonInstanceHost(value)).toBe(host);
    expect(mastodonInstanceHostOrNone(value)).toBe(host);
  });

  it.each([
    ['bad host', `"bad host" ${NOT_A_HOST}`],
    ['', `"" ${NOT_A_HOST}`],
    ['localhost', `"localhost" ${NOT_A_HOST}`],
    ['127.0.0.1', `"127.0.0.1" ${NOT_A_HOST}`],
    ['mastodon.social.', `"mastodon.social." ${NOT_A_HOST}`],
    ['mastodon.1social', `"mastodon.1social" ${NOT_A_HOST}`],
    ['@alice', `"@alice" ${NOT_A_HOST}`],
    ['@alice@', `"@alice@" ${NOT_A_HOST}`],
    [
      '@a@b@mastodon.social',
      `"@a@b@mastodon.social" ${NOT_A_HOST}: give the host alone, without a port or a user name`,
    ],
    ['ftp://mastodon.social', `"ftp://mastodon.social" ${NOT_A_HOST}: an address of one starts with https://`],
    [
      'mastodon.social:8443',
      `"mastodon.social:8443" ${NOT_A_HOST}: give the host alone, without a port or a user name`,
    ],
    [
      'https://alice:secret@mastodon.social',
      `"https://alice:secret@mastodon.social" ${NOT_A_HOST}: give the host alone, without a port or a user name`,
    ],
    // Quoted as messages quote values: invisible characters spelled out, long values shortened.
    ['mastodon\u0007.social', `"mastodon\\u0007.social" ${NOT_A_HOST}`],
    [`${'a'.repeat(70)} b`, `"${'a'.repeat(59)}…" ${NOT_A_HOST}`],
  ])('refuses %j in one line that quotes it', (value, message) => {
    expect(() => mastodonInstanceHost(value)).toThrow(new UsageError(message));
    expect(mastodonInstanceHostOrNone(value)).toBeUndefined();
  });

  it('a host it gives is read back as itself, as an account on it and as an address on it (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const host = fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/))
      .map(([labels, tld]) => [...labels, tld].join('.'));
    fc.assert(
      fc.property(host, fc.stringMatching(/^[a-z0-9_]{1,12}$/), (h, user) => {
        const read = mastodonInstanceHost(h.toUpperCase());
        expect(read).toBe(h);
        expect(mastodonInstanceHost(read)).toBe(read);
        expect(mastodonInstanceHost(`@${user}@${h}`)).toBe(h);
        expect(mastodonInstanceHost(`https://${h}/@${user}`)).toBe(h);
      }),
    );
  });

  it('is what Mastodon intent URLs use: no URL where it refuses the instance', () => {
    expect(NETWORKS.mastodon.intentUrl('hi')).toBeUndefined();
    expect(NETWORKS.mastodon.intentUrl('hi', { instance: 'not a host' })).toBeUndefined();
    expect(NETWORKS.mastodon.intentUrl('#a & b', { instance: '@alice@Mastodon.Social' })).toBe(
      'https://mastodon.social/share?text=%23a%20%26%20b',
    );
    // Asked again for every draft, it answers from its last reading: the same each time.
    for (const instance of ['mastodon.social', 'bad host', 'bad host', 'mastodon.social'])
      expect(mastodonInstanceHostOrNone(instance)).toBe(instance === 'bad host' ? undefined : instance);
  });
});
