// twitter-text's URL grammar, built with the union TLD regex (scripts/twitter-text-plugins.mjs). Loaded only
// when a text may contain a link (src/core/url-guard.ts): its regexes are large.
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';
import extractUrl from 'twitter-text/dist/esm/regexp/extractUrl';
import validAsciiDomain from 'twitter-text/dist/esm/regexp/validAsciiDomain';

/** What may not come right before a domain written without a scheme (twitter-text's preceding-character rules). */
const NOT_BEFORE_BARE_DOMAIN = /[A-Za-z0-9@＠$#＃\-_./\u00c0-\u024f\u1e00-\u1eff]$/;

/** A link: the URL and its `[start, end)` UTF-16 offsets; `rejected` when twitter-text dropped it (see below). */
export interface GrammarLink {
  url: string;
  indices: [number, number];
  rejected: boolean;
}

/**
 * A URL twitter-text found at `start`, as the link it is in `text`. A bare domain glued to more domain
 * characters and then a path (`example.com日本.jp/path`) comes back from twitter-text as its ASCII domain with
 * the path (`example.com/path`) but placed over the whole run, and twitter-text counts what follows the URL's
 * length as text. The larger reading, X's documented one, is the domain alone as the link, the rest text.
 */
function whereItIs(text: string, url: string, start: number, rejected: boolean): GrammarLink {
  const end = start + url.length;
  if (text.slice(start, end) === url || /^https?:\/\//i.test(url)) return { url, indices: [start, end], rejected };
  const domain = url.split(/[/:?#]/, 1)[0]!;
  return { url: domain, indices: [start, start + domain.length], rejected };
}

/** `http://` or `https://`, anywhere. */
const SCHEME = /https?:\/\//gi;

/**
 * The URLs with a scheme that twitter-text's grammar matches but `extractUrlsWithIndices` drops, as `[start,
 * end)` UTF-16 offsets: a label over 63 characters as punycode (CJK and emoji are domain characters to it:
 * `https://a.example詳細は😀」…news.example` is one domain), an `xn--` label that is not ASCII, a t.co slug
 * over 40 characters. X's documented rules would link the whole match; twitter-text links nothing inside it.
 * `found` is what twitter-text returned; the grammar runs again only when a scheme lies outside it.
 */
function droppedSchemeUrls(text: string, found: readonly GrammarLink[]): [number, number][] {
  const outside = [...text.matchAll(SCHEME)].some(
    ({ index }) => !found.some(({ indices: [s, e] }) => s <= index && index < e),
  );
  if (!outside) return [];
  const dropped: [number, number][] = [];
  // twitter-text's own loop (extractUrlsWithIndices.js): group 3 is the URL, group 4 its scheme.
  const re = new RegExp(extractUrl.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = re.lastIndex;
    const start = end - m[3]!.length;
    if (m[4] && !found.some(({ indices: [s] }) => s === start)) dropped.push([start, end]);
  }
  return dropped;
}

/**
 * twitter-text's links (a bare domain glued to a run of domain characters cut to the domain, see below), plus
 * the links it drops although X's documented rules would link them, returned as
 * `rejected` for the counter to count the larger of the two readings (as a link, or as plain text):
 *   - a URL with a scheme whose domain has no IDNA form (see droppedSchemeUrls): the whole match;
 *   - a bare domain on a known TLD glued to a run of other letters (Japanese without spaces:
 *     `…詳細はexample.com`) when that run, as one punycode label, passes 63 characters.
 */
export function findLinks(text: string): GrammarLink[] {
  const links = extractUrlsWithIndices(text).map(({ url, indices: [start] }) => whereItIs(text, url, start, false));
  for (const [start, end] of droppedSchemeUrls(text, links))
    links.push({ url: text.slice(start, end), indices: [start, end], rejected: true });
  const re = new RegExp(validAsciiDomain.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (links.some(({ indices: [s, e] }) => start < e && s < start + m[0].length)) continue;
    if (NOT_BEFORE_BARE_DOMAIN.test(text.slice(Math.max(0, start - 1), start))) continue;
    // The link as twitter-text reads it when it starts there: the domain and its path.
    const whole = extractUrlsWithIndices(text.slice(start)).find((u) => u.indices[0] === 0);
    const link = whereItIs(text, whole?.url ?? m[0], start, true);
    links.push(link);
    re.lastIndex = link.indices[1];
  }
  return links.sort((a, b) => a.indices[0] - b.indices[0]);
}
