// Links as X finds them: twitter-text's URL grammar (src/core/link-grammar.ts), built with a TLD regex over
// twitter-text's 2020 list and today's IANA list together (scripts/twitter-text-plugins.mjs). The regex, an
// alternation of ~1,600 TLDs, costs ~10 ms a call until V8 tiers it up; a link always has a dot between two
// non-space characters (`domain.tld`), so a text without one is answered without it. The build loads the
// grammar only on first use.
import { findLinks } from './link-grammar.js';
import { IDN_PUNYCODE, UNCERTAIN } from 'virtual:pledge-tlds';

/** A text that does not match this cannot contain a link, as twitter-text defines one. */
export const MAY_CONTAIN_URL = /[^ \t\n\r.]\.[^ \t\n\r.]/;

/** Why X's linking of a link is uncertain (see {@link FoundLink.why}). */
export type UncertainWhy = 'tld' | 'dropped' | 'host-character';

const REASONS: Record<UncertainWhy, string> = {
  tld: 'its top-level domain was added or retired since twitter-text\'s 2020 list',
  dropped: 'twitter-text drops it, X\'s documented rules link it',
  'host-character': 'its host has a ` or ", which only twitter-text takes in a host',
};

/** Why a link X may or may not link is uncertain, in words (`its top-level domain was added or retired …`). */
export function uncertainReasons(link: { why: readonly UncertainWhy[] }): string {
  return link.why.map((w) => REASONS[w]).join('; ');
}

/** A link found in a text, by UTF-16 offsets. */
export interface FoundLink {
  url: string;
  /** `[start, end)` in UTF-16 code units of the text searched. */
  indices: [number, number];
  /**
   * Whether X links it is uncertain: its TLD is in only one of twitter-text's list and today's IANA list
   * (added or retired since 2020), or is an `xn--` TLD in neither; or twitter-text drops it (see findLinks);
   * or its host has a character only twitter-text takes in a host (`` ` `` or `"`).
   */
  uncertain: boolean;
  /** Why it is uncertain, each reason once, in the order above (empty when certain). */
  why: UncertainWhy[];
  /**
   * Where other readings break it, as UTF-16 offsets in the text: the dot before a TLD only one list has (the
   * reading without that TLD), a `` ` `` or `"` in the host (the reading that ends the host there).
   */
  breaks: number[];
  /** twitter-text drops it: it may also be plain text. */
  dropped: boolean;
}

const uncertainTlds = new Set(UNCERTAIN);
const knownPunycode = new Set(IDN_PUNYCODE);

/** Where the TLD of a URL found by twitter-text starts (after its last dot), and the TLD in lower case. */
function tldAt(url: string): { at: number; tld: string } {
  const scheme = /^https?:\/\//i.exec(url)?.[0].length ?? 0;
  const host = url.slice(scheme).split(/[/:?#]/, 1)[0]!;
  const at = scheme + host.lastIndexOf('.') + 1;
  return { at, tld: host.slice(at - scheme).toLowerCase() };
}

/** The lower-case TLD of a URL found by twitter-text (`https://a.b.music/x` -> `music`). */
export function tldOf(url: string): string {
  return tldAt(url).tld;
}

/** Whether X's linking of a URL with this TLD is uncertain (see {@link FoundLink.uncertain}). */
export function isUncertainTld(tld: string): boolean {
  return uncertainTlds.has(tld) || (tld.startsWith('xn--') && !knownPunycode.has(tld));
}

/** Every link of `text`, in order; skips the regex when the text cannot contain one. */
export function extractLinks(text: string): FoundLink[] {
  if (!text || !MAY_CONTAIN_URL.test(text)) return [];
  return findLinks(text).map(({ url, indices, rejected }) => {
    const why: UncertainWhy[] = [];
    const breaks: number[] = [];
    const { at, tld } = tldAt(url);
    if (isUncertainTld(tld)) {
      why.push('tld');
      breaks.push(indices[0] + at - 1);
    }
    if (rejected) why.push('dropped');
    const odd = /^https?:\/\/[^/?#`"]*[`"]/i.exec(url);
    if (odd) {
      why.push('host-character');
      breaks.push(indices[0] + odd[0].length - 1);
    }
    return { url, indices, uncertain: why.length > 0, why, breaks, dropped: rejected };
  });
}
