// DNS for `pledge handles check`: the `_atproto.<handle>` TXT lookups of atproto handle resolution, behind a
// function type so that tests (and anyone) can inject their own; and the host-name lookups of its HTTP client.
import { Resolver } from 'node:dns';
import type { LookupFunction } from 'node:net';
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

/**
 * Looks a host name up through c-ares (A, then AAAA) with a timeout and one try: getaddrinfo would hold a
 * thread-pool slot, and the process, for as long as the system's resolver waits when there is no network.
 */
export function caresLookup(timeoutMs: number, servers: Endpoints['dns']): LookupFunction & { cancel(): void } {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  if (Array.isArray(servers)) resolver.setServers(servers);
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolver.resolve4(hostname, (e4, v4) => {
      const done = (addresses: string[], family: number) =>
        options.all
          ? callback(
              null,
              addresses.map((address) => ({ address, family })),
            )
          : callback(null, addresses[0]!, family);
      if (!e4 && v4.length) return done(v4, 4);
      // No answer for A (a timeout, a refusal): no use asking for AAAA the same way.
      if (e4 && e4.code !== 'ENOTFOUND' && e4.code !== 'ENODATA') return callback(e4, '');
      resolver.resolve6(hostname, (e6, v6) => {
        if (!e6 && v6.length) return done(v6, 6);
        // Both answered "no such name" or "no address": the name does not exist; anything else is no answer.
        const answered = (e: NodeJS.ErrnoException | null) => !e || e.code === 'ENOTFOUND' || e.code === 'ENODATA';
        callback(
          answered(e4) && answered(e6)
            ? Object.assign(new Error(`${hostname}: NXDOMAIN`), { code: 'ENOTFOUND' })
            : (e4 ?? e6)!,
          '',
        );
      });
    });
  };
  // Queries still pending when the run is over (their request timed out meanwhile) would keep the process alive.
  return Object.assign(lookup, { cancel: () => resolver.cancel() });
}
