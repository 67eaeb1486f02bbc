// The resolvers' context from the endpoints: HTTP and DNS as configured (see endpoints.ts), and the one check
// of the run that DNS tells the truth.
import type { ResolverContext } from './atproto.js';
import { createHostProbe, createTxtLookup } from './dns.js';
import { unrouted, type Endpoints } from './endpoints.js';
import { createHttpGet, type HttpOptions } from './http.js';

/** Timeouts and pace of a run (see {@link HttpOptions}). */
export type NetworkSettings = Omit<HttpOptions, 'endpoints'>;

/**
 * The context for the real network (or the infrastructure the endpoints name). An NXDOMAIN is believed only
 * when DNS resolves the PLC directory's host (asked once, on the first NXDOMAIN): a resolver that answers "no
 * such name" for everything (no network; a filtering resolver) must not turn every handle into not-found.
 * Under a base, names are the base's business: an NXDOMAIN is never believed.
 */
export function networkContext(endpoints: Endpoints, settings: NetworkSettings = {}): ResolverContext {
  const get = createHttpGet({ endpoints, ...settings });
  const txt = createTxtLookup(endpoints, settings.timeoutMs);
  let trusted: Promise<boolean> | undefined;
  const probeHost = new URL(endpoints.plc).hostname;
  return {
    get,
    txt,
    plcUrl: endpoints.plc,
    believeNxdomain: () =>
      endpoints.base !== undefined
        ? Promise.resolve(false)
        : (trusted ??= createHostProbe(endpoints, settings.timeoutMs)(probeHost)),
    unroute: (url) => unrouted(url, endpoints),
    close: () => get.close(),
  };
}
