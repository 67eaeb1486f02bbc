// Where `pledge handles check` sends its requests. By default, to the public Internet as the protocols say
// (https://<host>/…, the PLC directory at https://plc.directory, DNS through the system's resolvers). Three
// environment variables point it elsewhere: an organisation's own mirror or proxy, or a test's fixture server.
import { isIP } from 'node:net';
import { UsageError } from '../errors.js';
import { quote } from '../ui/quote.js';

/** Every `https://<host>/<path>` request goes to `<base>/<host>/<path>` instead (an http(s) URL). */
const HANDLES_BASE_ENV = 'PLEDGE_HANDLES_BASE';
/** The PLC directory's base URL, for `did:plc` documents (`<plc>/<did>`). */
const PLC_URL_ENV = 'PLEDGE_PLC_URL';
/** DNS servers for the `_atproto` TXT lookups (`ip` or `ip:port`, comma-separated), or `off`. */
const DNS_SERVERS_ENV = 'PLEDGE_DNS_SERVERS';

/** The public PLC directory (https://web.plc.directory/): did:plc documents at `https://plc.directory/<did>`. */
const PUBLIC_PLC_URL = 'https://plc.directory';

/** Where requests go; see {@link endpointsFromEnv}. */
export interface Endpoints {
  /** Base that `https://<host>/<path>` is rewritten under (`<base>/<host>/<path>`); undefined: the host itself. */
  base?: string;
  /** Base URL of the PLC directory (no trailing slash). */
  plc: string;
  /** DNS servers for TXT lookups: `system` (the resolver's own), a list (`ip`, `ip:port`, `[ipv6]:port`), or `off`. */
  dns: 'system' | 'off' | string[];
}

function baseUrl(name: string, value: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`${name} ${quote(value)} is not a URL; give an http(s) URL such as http://127.0.0.1:8080`);
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.search || u.hash || u.username || u.password) {
    throw new UsageError(
      `${name} ${quote(value)} must be an http(s) URL without query, fragment or credentials, such as http://127.0.0.1:8080`,
    );
  }
  return u.href.replace(/\/+$/, '');
}

function dnsServers(value: string): Endpoints['dns'] {
  const v = value.trim();
  if (/^(?:off|none)$/i.test(v)) return 'off';
  const servers = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of servers) {
    const m = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s) ?? /^([^:]+)(?::\d{1,5})?$/.exec(s) ?? /^([0-9a-f:]+)$/i.exec(s);
    if (!m || !isIP(m[1]!))
      throw new UsageError(
        `${DNS_SERVERS_ENV} ${quote(value)}: ${quote(s)} is not an IP address (ip, ip:port or [ipv6]:port, comma-separated; or off)`,
      );
  }
  if (!servers.length)
    throw new UsageError(`${DNS_SERVERS_ENV} is empty: name servers (ip or ip:port, comma-separated) or off`);
  return servers;
}

/**
 * The endpoints from the environment:
 * - `PLEDGE_HANDLES_BASE=http://127.0.0.1:8080`: every request for `https://<host>/<path>` goes to
 *   `<base>/<host>/<path>` (`https://amnesty.org/.well-known/atproto-did` →
 *   `http://127.0.0.1:8080/amnesty.org/.well-known/atproto-did`), the PLC directory's too
 *   (`<base>/plc.directory/<did>`), and DNS lookups are off unless `PLEDGE_DNS_SERVERS` names servers.
 * - `PLEDGE_PLC_URL`: the PLC directory's base (default `https://plc.directory`, or `<base>/plc.directory`).
 * - `PLEDGE_DNS_SERVERS`: servers for the `_atproto.<handle>` TXT lookups (`127.0.0.1:5353,10.0.0.1`), or
 *   `off` (HTTPS resolution only). Default: the system's resolvers.
 * Empty variables count as unset.
 * @throws UsageError naming the variable and quoting a bad value.
 */
export function endpointsFromEnv(env: Record<string, string | undefined>): Endpoints {
  const get = (name: string) => env[name]?.trim() || undefined;
  const baseVar = get(HANDLES_BASE_ENV);
  const base = baseVar === undefined ? undefined : baseUrl(HANDLES_BASE_ENV, baseVar);
  const plcVar = get(PLC_URL_ENV);
  const plc =
    plcVar !== undefined ? baseUrl(PLC_URL_ENV, plcVar) : base !== undefined ? `${base}/plc.directory` : PUBLIC_PLC_URL;
  const dnsVar = get(DNS_SERVERS_ENV);
  const dns = dnsVar !== undefined ? dnsServers(dnsVar) : base !== undefined ? 'off' : 'system';
  return { base, plc, dns };
}

/**
 * The URL actually requested for `url`: an `https://host/…` URL rewritten under the base when there is one; any other
 * as it is.
 */
export function routed(url: string, endpoints: Pick<Endpoints, 'base'>): string {
  if (endpoints.base === undefined || url.startsWith(`${endpoints.base}/`) || !url.startsWith('https://')) return url;
  const u = new URL(url);
  return `${endpoints.base}/${u.host}${u.pathname}${u.search}`;
}

/**
 * The URL a client meant by `url`: a URL under the base (as a server under it may write its links) read back as
 * `https://<host>/<path>`.
 */
export function unrouted(url: string, endpoints: Pick<Endpoints, 'base'>): string {
  const base = endpoints.base;
  return base !== undefined && url.startsWith(`${base}/`) ? `https://${url.slice(base.length + 1)}` : url;
}
