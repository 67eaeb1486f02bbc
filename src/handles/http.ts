// The one way `pledge handles check` talks HTTP: GET only, with a timeout on every request, a size limit on
// every answer, a polite pace per host, and failures sorted into "the server answered" (a status code) and
// "no answer" (NetworkError): the difference between not-found and unreachable. node:http(s) rather than
// fetch, to choose how host names are looked up: through c-ares with a timeout (no thread-pool lookups that
// outlive the run when there is no network), and to tell NXDOMAIN (the name does not exist) from no answer.
import { quote } from '../ui/quote.js';
import { caresLookup } from './dns.js';
import { routed, unrouted, type Endpoints } from './endpoints.js';

/** What a server answered: the status, the body as text (UTF-8) and its content type. */
interface HttpAnswer {
  status: number;
  body: string;
  contentType: string;
  /** The URL that answered, after redirects (as requested, before routing under a base). */
  url: string;
}

/**
 * No usable answer from a host. No answer at all: `timeout`, `refused`, `unresolved` (its name could not be looked
 * up: no DNS), `failed` (TLS, reset, …). An answer that says there is no such host: `nxdomain` (DNS). An answer
 * pledge does not use: `too-large` (a body over the limit), `redirect` (a redirect to a URL pledge does not ask,
 * or one too many), `bad-url` (a URL pledge does not ask: not http(s), malformed).
 */
export class NetworkError extends Error {
  constructor(
    readonly kind: 'timeout' | 'refused' | 'unresolved' | 'nxdomain' | 'too-large' | 'redirect' | 'bad-url' | 'failed',
    readonly host: string,
    message: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** One GET: `url` is `https://host/path` (routed under the base when there is one) unless `direct`. */
export interface HttpRequest {
  url: string;
  accept: string;
  /** Request `url` as it is (the PLC directory's URL already names its base). */
  direct?: boolean;
}

/** Gets one URL; resolves with any status, rejects with {@link NetworkError} only when there was no answer. */
export type HttpGet = (request: HttpRequest) => Promise<HttpAnswer>;

/** An {@link HttpGet} that can be closed: `close()` cancels the DNS lookups still pending, once the run is over. */
type ClosableHttpGet = HttpGet & { close(): void };

/** Options of {@link createHttpGet}. */
export interface HttpOptions {
  /** The base requests are routed under, and the DNS servers for host names (the system's unless a list). */
  endpoints: Pick<Endpoints, 'base' | 'dns'>;
  /** Per request, in milliseconds, from the start to the end of the body (default 5,000). */
  timeoutMs?: number;
  /** Least time between two requests to the same host, in milliseconds (default 200: 5 a second). */
  minIntervalMs?: number;
  /** Largest body read, in bytes (default 1 MiB); a larger one is `too-large`. */
  maxBytes?: number;
  /** Stops every request (Ctrl-C). */
  signal?: AbortSignal;
}

const MAX_REDIRECTS = 3;

/** A URL as messages quote it: shortened to 80 code points, invisible characters spelled out. */
const shownUrl = (url: string) => quote(url, 80);

function networkError(e: NodeJS.ErrnoException, host: string): NetworkError {
  const code = e.code ?? '';
  if (code === 'ENOTFOUND' || code === 'ENODATA')
    return new NetworkError('nxdomain', host, `${host} does not exist (DNS)`);
  if (code === 'ECONNREFUSED') return new NetworkError('refused', host, `${host} refused the connection`);
  if (/^(?:ETIMEOUT|ETIMEDOUT|EAI_AGAIN|ESERVFAIL|ECONNREFUSED_DNS|EREFUSED|ENETUNREACH|EHOSTUNREACH)$/.test(code)) {
    return new NetworkError(code === 'ETIMEDOUT' ? 'timeout' : 'unresolved', host, `no answer from ${host} (${code})`);
  }
  return new NetworkError('failed', host, `no answer from ${host}${code ? ` (${code})` : ''}`);
}

/**
 * `url` if pledge may ask it: https (http too under a base or at a PLC directory the user named, where a
 * fixture or a mirror may be plain HTTP).
 * A link in an answer is the server's word: anything else (a malformed URL, file:, http: to the open
 * Internet) is refused as a NetworkError (`failed`), never thrown as something else.
 */
function checkedUrl(url: string, httpAllowed: boolean): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new NetworkError('bad-url', '?', `not a URL: ${shownUrl(url)}`);
  }
  if (u.protocol !== 'https:' && !(httpAllowed && u.protocol === 'http:'))
    throw new NetworkError('bad-url', u.host, `not an https URL: ${shownUrl(url)}`);
  return url;
}

/**
 * What is waiting or in flight, each with how to end it at once; one listener on the run's signal ends them all.
 * (A listener per request on one AbortSignal would pile up: Node warns past 10, MaxListenersExceededWarning.)
 */
class Inflight {
  private readonly cancels = new Set<() => void>();
  constructor(private readonly signal: AbortSignal | undefined) {
    signal?.addEventListener('abort', () => this.cancels.forEach((cancel) => cancel()), { once: true });
  }
  get aborted(): boolean {
    return this.signal?.aborted === true;
  }
  /** Registers `cancel` until the returned function is called. */
  add(cancel: () => void): () => void {
    this.cancels.add(cancel);
    return () => void this.cancels.delete(cancel);
  }
}

/** Spaces requests to one host at least `interval` ms apart (the first goes at once); an abort ends the wait. */
function pacer(interval: number, inflight: Inflight) {
  const next = new Map<string, number>();
  return async (host: string) => {
    if (interval <= 0 || inflight.aborted) return;
    const now = Date.now();
    const at = Math.max(now, next.get(host) ?? 0);
    next.set(host, at + interval);
    if (at > now) await new Promise<void>((resolve) => {
      const done = inflight.add(() => (clearTimeout(t), done(), resolve()));
      const t = setTimeout(() => (done(), resolve()), at - now);
    });
  };
}

/**
 * An {@link HttpGet} over node:http(s): redirects followed (3 at most), the whole exchange bounded by
 * `timeoutMs`, bodies by `maxBytes`, requests to one host spaced by `minIntervalMs`. Public names are looked
 * up with c-ares (see caresLookup); the base's host, which may be in /etc/hosts, the usual way.
 */
export function createHttpGet(options: HttpOptions): ClosableHttpGet {
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxBytes = options.maxBytes ?? 1 << 20;
  const inflight = new Inflight(options.signal);
  const pace = pacer(options.minIntervalMs ?? 200, inflight);
  const lookup = options.endpoints.base === undefined ? caresLookup(timeoutMs, options.endpoints.dns) : undefined;
  let modules: Promise<[typeof import('node:http'), typeof import('node:https')]> | undefined;

  const once = async (
    target: string,
    accept: string,
    host: string,
  ): Promise<{ status: number; body: string; contentType: string; location?: string }> => {
    const [http, https] = await (modules ??= Promise.all([import('node:http'), import('node:https')]));
    const u = new URL(target);
    return new Promise((resolve, reject) => {
      if (inflight.aborted) return reject(new NetworkError('failed', host, 'stopped (Ctrl-C)'));
      const end = () => (clearTimeout(timer), forget());
      const fail = (e: NodeJS.ErrnoException) => (end(), reject(e instanceof NetworkError ? e : networkError(e, host)));
      const timer = setTimeout(() => {
        req.destroy(new NetworkError('timeout', host, `no answer from ${host} within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const lib = u.protocol === 'http:' ? http : https;
      const req = lib.get(
        u,
        { headers: { accept, 'user-agent': 'pledge-handles-check' }, ...(lookup && { lookup }) },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > maxBytes) {
              const limit = `${maxBytes} bytes`;
              req.destroy(new NetworkError('too-large', host, `answer too large: ${host} sent more than ${limit} (not read)`));
            }
            else chunks.push(c);
          });
          res.on('end', () => {
            end();
            const location = res.headers.location;
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              contentType: String(res.headers['content-type'] ?? ''),
              location,
            });
          });
          res.on('error', fail);
        },
      );
      // Ctrl-C: this request ends now (the signal has one listener for the whole run, see Inflight).
      const forget = inflight.add(() => req.destroy(new NetworkError('failed', host, 'stopped (Ctrl-C)')));
      req.on('error', fail);
    });
  };

  // Hosts that did not answer: asked again in this run, they fail at once (a dead instance costs one timeout).
  const silent = new Map<string, NetworkError>();
  const get: HttpGet = async ({ url, accept, direct }) => {
    let logical = direct ? url : unrouted(url, options.endpoints);
    for (let hop = 0; ; hop++) {
      const target = checkedUrl(
        direct ? logical : routed(logical, options.endpoints),
        options.endpoints.base !== undefined || direct === true,
      );
      const host = new URL(direct ? target : logical).host;
      const known = silent.get(host);
      if (known) throw known;
      await pace(host);
      const answer = await once(target, accept, host).catch((e: unknown) => {
        if (e instanceof NetworkError && e.kind !== 'too-large') silent.set(host, e);
        throw e;
      });
      if (answer.status >= 300 && answer.status < 400 && answer.location) {
        const from = direct ? target : logical;
        if (hop >= MAX_REDIRECTS)
          throw new NetworkError('redirect', host, `${from} redirected more than ${MAX_REDIRECTS} times`);
        // A relative Location is relative to the URL the client meant, not to its routed form.
        const next = URL.canParse(answer.location, from)
          ? unrouted(new URL(answer.location, from).href, options.endpoints)
          : undefined;
        const nextDirect = direct === true && next !== undefined && !next.startsWith('https:');
        const allowed = (url: string) => {
          try {
            const httpAllowed = options.endpoints.base !== undefined || nextDirect;
            return Boolean(checkedUrl(nextDirect ? url : routed(url, options.endpoints), httpAllowed));
          } catch (e) {
            if (e instanceof NetworkError) return false;
            throw e;
          }
        };
        if (next === undefined || !allowed(next)) {
          const to = shownUrl(answer.location);
          throw new NetworkError('redirect', host, `${from} redirected to ${to}, which pledge does not follow`);
        }
        logical = next;
        direct = nextDirect;
        continue;
      }
      return { status: answer.status, body: answer.body, contentType: answer.contentType, url: logical };
    }
  };
  return Object.assign(get, { close: () => lookup?.cancel() });
}
