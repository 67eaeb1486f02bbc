// twitter-text's URL grammar, built with the union TLD regex (scripts/twitter-text-plugins.mjs). Loaded only
// when a text may contain a link (src/core/url-guard.ts): its regexes are large.
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';
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
 * twitter-text's links, plus the bare domains it drops although they are on a known TLD: it drops a bare
 * domain glued to a run of other letters (Japanese without spaces: `…詳細はexample.com`) when that run, as
 * one punycode label, passes 63 characters. X may well link such a domain, so it is returned as `rejected`
 * for the counter to count the larger reading.
 */
export function findLinks(text: string): GrammarLink[] {
  const links: GrammarLink[] = extractUrlsWithIndices(text).map(({ url, indices }) => ({
    url,
    indices,
    rejected: false,
  }));
  const re = new RegExp(validAsciiDomain.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (links.some(({ indices: [s, e] }) => start < e && s < start + m[0].length)) continue;
    if (NOT_BEFORE_BARE_DOMAIN.test(text.slice(Math.max(0, start - 1), start))) continue;
    // The link as twitter-text reads it when it starts there: the domain and its path.
    const whole = extractUrlsWithIndices(text.slice(start)).find((u) => u.indices[0] === 0);
    const end = start + (whole?.indices[1] ?? m[0].length);
    links.push({ url: text.slice(start, end), indices: [start, end], rejected: true });
    re.lastIndex = end;
  }
  return links.sort((a, b) => a.indices[0] - b.indices[0]);
}
