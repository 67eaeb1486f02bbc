// The one reading of "your Mastodon instance" as people write it, shared by the CLI (`--instance`,
// PLEDGE_MASTODON_INSTANCE), the Mastodon network's intent URLs (a library caller's `instance`) and the action
// page's server field. The page bundles it for the browser: it imports nothing from `node:` (URL is a global
// in Node and in browsers).
import { UsageError } from '../errors.js';
import { quote } from '../ui/quote.js';
import { isHostName } from './text.js';

/** `@user@` or `user@` in front of a host with nothing after it: an account's handle (`@alice@mastodon.social`). */
const ACCOUNT_PART = /^@?[^@\s/:]+@(?=[^@/\s]+$)/;
/** A value that names its own scheme (`ftp://…`); any other is read as an https:// address. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

const notAnInstance = (value: string, detail?: string) =>
  new UsageError(`${quote(value.trim())} is not the host of a Mastodon instance (like mastodon.social)${detail ? `: ${detail}` : ''}`);

/**
 * The host of a Mastodon instance, lower-cased and in ASCII, from what people write for it (white space
 * around it ignored):
 * - a host: `mastodon.social`, `Mastodon.Social`; an internationalised name becomes punycode, as URLs have
 *   it (`münchen.social` gives `xn--mnchen-3ya.social`);
 * - an account on it: `@alice@mastodon.social` or `alice@mastodon.social`;
 * - an address on it: `https://mastodon.social/`, a profile `https://mastodon.social/@alice`, http:// too.
 * The host is read as WHATWG URL parsing reads it, then must be a DNS host name (see {@link isHostName}: two
 * labels or more, the last not starting with a digit), so `localhost` and IP addresses are refused.
 * @throws UsageError, one line quoting the value: an address with another scheme, with a port or a user name,
 *   or anything else that is not a host.
 */
export function mastodonInstanceHost(value: string): string {
  const written = value.trim().replace(ACCOUNT_PART, '');
  let url: URL;
  try {
    url = new URL(SCHEME.test(written) ? written : `https://${written}`);
  } catch {
    throw notAnInstance(value);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw notAnInstance(value, 'an address of one starts with https://');
  if (url.port || url.username || url.password)
    throw notAnInstance(value, 'give the host alone, without a port or a user name');
  if (!isHostName(url.hostname)) throw notAnInstance(value);
  return url.hostname;
}

/** The last value read by {@link mastodonInstanceHostOrNone} and its host: a run asks for one for every draft. */
let last: { value: string; host: string | undefined } | undefined;

/**
 * {@link mastodonInstanceHost}, or undefined where it throws (a value to ignore, not to report). The last
 * answer is kept: URL parsing costs microseconds, and drafting 100,000 Mastodon posts asks 100,000 times.
 */
export function mastodonInstanceHostOrNone(value: string): string | undefined {
  if (last?.value === value) return last.host;
  let host: string | undefined;
  try {
    host = mastodonInstanceHost(value);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
  }
  last = { value, host };
  return host;
}
