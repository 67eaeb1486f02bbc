// DNS for `pledge handles check`: the `_atproto.<handle>` TXT lookups of atproto handle resolution, behind a
// function type so that tests (and anyone) can inject their own.
import { Resolver } from 'node:dns';
import type { Endpoints } from './endpoints.js';

/**
 * The answer to a TXT lookup: the records (each the strings of one record, as node:dns gives them), `absent`
 * when the DNS answered that there are none (NXDOMAIN or no TXT record), `unreachable` when it did not answer.
 */
export type TxtAnswer = { records: string[][] } | { absent: true } | { unreachable: string };

/** Looks up the TXT records of `name`; never rejects. */
export type TxtLookup = (name: string) => Promise<TxtAnswer>;

/** A lookup that always answers "no records": DNS resolution turned off (`PLEDGE_DNS_SERVERS=off`). */
const NO_DNS: TxtLookup = async () => ({ absent: true });

/**
 * A {@link TxtLookup} over c-ares (node:dns Resolver): one try, `timeoutMs` per query; the system's servers, or
 * `endpoints.dns`'s (set with Resolver.setServers). ENOTFOUND and ENODATA are answers; any other error
 * (timeout, refused, SERVFAIL) is no answer.
 */
export function createTxtLookup(endpoints: Pick<Endpoints, 'dns'>, timeoutMs = 5000): TxtLookup {
  if (endpoints.dns === 'off') return NO_DNS;
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (Array.isArray(endpoints.dns)) resolver.setServers(endpoints.dns);
  return (name) =>
    new Promise((resolve) => {
      resolver.resolveTxt(name, (e, records) => {
        if (!e) resolve({ records });
        else if (e.code === 'ENOTFOUND' || e.code === 'ENODATA') resolve({ absent: true });
        else resolve({ unreachable: `no answer from DNS for ${name} (${e.code ?? e.message})` });
      });
    });
}

/**
 * Whether `host` resolves to an address (A or AAAA) through the same servers: the run's check that DNS tells the truth.
 */
export function createHostProbe(
  endpoints: Pick<Endpoints, 'dns'>,
  timeoutMs = 5000,
): (host: string) => Promise<boolean> {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (Array.isArray(endpoints.dns)) resolver.setServers(endpoints.dns);
  return (host) =>
    new Promise((resolve) => {
      resolver.resolve4(host, (e4, a) => {
        if (!e4 && a.length) resolve(true);
        else if (e4 && e4.code !== 'ENODATA') resolve(false);
        else resolver.resolve6(host, (e6, b) => resolve(!e6 && b.length > 0));
      });
    });
}
