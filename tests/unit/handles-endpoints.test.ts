import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointsFromEnv, routed, unrouted } from '../../src/handles/endpoints.js';

describe('handles endpoints from the environment', () => {
  it('defaults to the public network: the hosts themselves, plc.directory, the system DNS', () => {
    expect(endpointsFromEnv({})).toEqual({ base: undefined, plc: 'https://plc.directory', dns: 'system' });
    expect(endpointsFromEnv({ PLEDGE_HANDLES_BASE: '  ', PLEDGE_DNS_SERVERS: '' })).toEqual({
      base: undefined,
      plc: 'https://plc.directory',
      dns: 'system',
    });
  });

  it('PLEDGE_HANDLES_BASE routes every host under it, the PLC directory included, and turns DNS off', () => {
    const e = endpointsFromEnv({ PLEDGE_HANDLES_BASE: 'http://127.0.0.1:8080/' });
    expect(e).toEqual({ base: 'http://127.0.0.1:8080', plc: 'http://127.0.0.1:8080/plc.directory', dns: 'off' });
    expect(routed('https://amnesty.org/.well-known/atproto-did', e)).toBe(
      'http://127.0.0.1:8080/amnesty.org/.well-known/atproto-did',
    );
    expect(routed('https://social.test/.well-known/webfinger?resource=acct%3Aa%40social.test', e)).toBe(
      'http://127.0.0.1:8080/social.test/.well-known/webfinger?resource=acct%3Aa%40social.test',
    );
    // A link a server under the base already wrote under it is not routed twice.
    expect(routed('http://127.0.0.1:8080/new.test/users/neo', e)).toBe('http://127.0.0.1:8080/new.test/users/neo');
    expect(unrouted('http://127.0.0.1:8080/new.test/users/neo', e)).toBe('https://new.test/users/neo');
  });

  it('PLEDGE_PLC_URL and PLEDGE_DNS_SERVERS override, with or without a base', () => {
    expect(
      endpointsFromEnv({
        PLEDGE_HANDLES_BASE: 'http://h:1',
        PLEDGE_PLC_URL: 'https://plc.example.org/',
        PLEDGE_DNS_SERVERS: '127.0.0.1:5353, [::1]:53,10.0.0.1',
      }),
    ).toEqual({
      base: 'http://h:1',
      plc: 'https://plc.example.org',
      dns: ['127.0.0.1:5353', '[::1]:53', '10.0.0.1'],
    });
    expect(endpointsFromEnv({ PLEDGE_DNS_SERVERS: 'OFF' }).dns).toBe('off');
  });

  it.each([
    [{ PLEDGE_HANDLES_BASE: 'not a url' }, /^PLEDGE_HANDLES_BASE "not a url" is not a URL/],
    [{ PLEDGE_HANDLES_BASE: 'ftp://h' }, /must be an http\(s\) URL without query/],
    [{ PLEDGE_PLC_URL: 'https://h/?x=1' }, /^PLEDGE_PLC_URL "https:\/\/h\/\?x=1" must be an http\(s\) URL/],
    [
      { PLEDGE_DNS_SERVERS: '1.2.3.4,dns.example' },
      /^PLEDGE_DNS_SERVERS "1.2.3.4,dns.example": "dns.example" is not an IP address/,
    ],
    [{ PLEDGE_DNS_SERVERS: ',' }, /^PLEDGE_DNS_SERVERS is empty/],
  ])('%j is refused with a one-line message quoting it', (env, message) => {
    expect(() => endpointsFromEnv(env)).toThrow(message);
  });

  it('routing then reading back gives the URL meant, for any host and path (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    // A host name's last label starts with a letter (else the URL parser reads an IPv4 address).
    const host = fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/))
      .map(([l, tld]) => [...l, tld].join('.'));
    const path = fc
      .array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~:@-]{0,11}$/), { maxLength: 4 })
      .map((p) => `/${p.join('/')}`);
    const base = fc.constantFrom('http://127.0.0.1:8080', 'https://mirror.example.org/handles');
    fc.assert(
      fc.property(host, path, base, (h, p, b) => {
        const url = `https://${h}${p}`;
        const r = routed(url, { base: b });
        expect(r.startsWith(`${b}/${h}/`)).toBe(true);
        expect(unrouted(r, { base: b })).toBe(url);
        expect(routed(url, {})).toBe(url);
      }),
    );
  });
});
