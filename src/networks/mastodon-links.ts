// Links as Mastodon finds them when it counts a post: not X's link grammar (src/core/url-guard.ts, which
// knows today's IANA top-level domains) but Mastodon's own, which still uses twitter-text 3.1.0's 2020 list:
// `https://x.music` is a 23-character link on X and 15 characters of text on Mastodon. Sources
// (mastodon/mastodon on GitHub):
// - the web composer: app/javascript/mastodon/features/compose/util/url_regex.js, twitter-text 3.1.0's
//   (npm) URL regex with the scheme required (`https?://`): preceding character, domain, port, path, query;
//   counter.ts replaces each match by its preceding character and 23 x's.
// - the server: app/validators/status_length_validator.rb calls Extractor.extract_urls_with_indices(str,
//   extract_url_without_protocol: false) (the twitter-text gem, ~> 3.1.0, app/lib/extractor.rb) with the
//   regexes of config/initializers/twitter_regex.rb: schemes https?, dat, dweb, ipfs, ipns, ssb, gopher and
//   gemini; path characters anything but White_Space, <, >, (, ) and ?; query characters widened to most of
//   Unicode (UCHARS); a t.co link stops after its slug; a domain the IDN library refuses is not a link.
import endMentionMatch from 'twitter-text/dist/esm/regexp/endMentionMatch';
import validDomainChars from 'twitter-text/dist/esm/regexp/validDomainChars';
import validPortNumber from 'twitter-text/dist/esm/regexp/validPortNumber';
import validPunycode from 'twitter-text/dist/esm/regexp/validPunycode';
import validUrlPath from 'twitter-text/dist/esm/regexp/validUrlPath';
import validUrlPrecedingChars from 'twitter-text/dist/esm/regexp/validUrlPrecedingChars';
import validUrlQueryChars from 'twitter-text/dist/esm/regexp/validUrlQueryChars';
import validUrlQueryEndingChars from 'twitter-text/dist/esm/regexp/validUrlQueryEndingChars';
import { TWITTER_TEXT_TLDS } from 'virtual:pledge-tlds';

/** A link found by Mastodon, by UTF-16 offsets `[start, end)`; `idn` when its domain is not ASCII. */
export interface MastodonLink {
  start: number;
  end: number;
  idn: boolean;
}

/** A regex source usable with the u flag: escapes of characters that need none (`\!`, `\'`) dropped. */
function unicodeSafe(source: string): string {
  return source.replace(/\\(.)/gs, (m, c: string) => (/[\w\\^$.*+?()[\]{}|/-]/.test(c) ? m : c));
}

// twitter-text's domain (subdomains, a name, then a TLD of its 2020 list or punycode), without its TLD regexes,
// which our build replaces with the union of both lists (scripts/twitter-text-plugins.mjs).
const domainChar = unicodeSafe(validDomainChars.source);
const domain = `(?:(?:(?:${domainChar}(?:[_-]|${domainChar})*)?${domainChar}\\.)*(?:(?:${domainChar}(?:-|${domainChar})*)?${domainChar}\\.)(?:(?:(?:${TWITTER_TEXT_TLDS})(?=[^0-9a-zA-Z@+-]|$))|${validPunycode.source}))`;

let composer: RegExp | undefined;

/**
 * The web composer's links (url_regex.js: twitter-text 3.1.0's URL regex, scheme `https?://` required):
 * each match is `$2` (the character before the link) and the link.
 */
function composerRegex(): RegExp {
  const safe = (r: RegExp) => unicodeSafe(r.source);
  return (composer ??= new RegExp(
    `((${safe(validUrlPrecedingChars)})(https?:\\/\\/)(${domain})(?::(${validPortNumber.source}))?(\\/${safe(validUrlPath)}*)?(\\?${safe(validUrlQueryChars)}*${safe(validUrlQueryEndingChars)})?)`,
    'gi',
  ));
}

/** The text the web composer counts before mentions: each link replaced by 23 x's (counter.ts). */
export function composerLinksReplaced(text: string, placeholder: string): string {
  if (!text.includes('://')) return text;
  return text.replace(composerRegex(), (_, _all: string, before: string) => before + placeholder);
}

// config/initializers/twitter_regex.rb, with the twitter-text gem's own parts it builds on.
const WS = '\\p{White_Space}';
const LATIN =
  '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff';
const UCHARS =
  '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const balanced = (chars: string) => `\\((?:${chars}+|(?:${chars}*\\(${chars}+\\)${chars}*))\\)`;
// The gem's own path characters, in the balanced parentheses that Mastodon's ending characters were built with.
const GEM_PATH_CHAR = `[a-z\\p{Script=Cyrillic}0-9!*';:=+,.$/%#[\\]\\-\\u2013_~&|@${LATIN}]`;
const PATH_CHAR = `[^${WS}<>()?]`;
const PATH_END = `(?:[^${WS}()?!*"'「」<>;:=,.$%[\\]~&|@]|${balanced(GEM_PATH_CHAR)})`;
const PATH = `(?:(?:${PATH_CHAR}*(?:${balanced(PATH_CHAR)}${PATH_CHAR}*)*${PATH_END})|(?:${PATH_CHAR}+\\/))`;
const QUERY = `\\?[a-z0-9!?*'();:&=+$/%#[\\]\\-_.,~|@^${UCHARS}]*[a-z0-9_&=#/\\-${UCHARS}]`;
const TCO = /^https?:\/\/t\.co\/([a-z0-9]+)(?:\?[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]*[a-z0-9\-_&=#/])?/i;
const MAX_TCO_SLUG_LENGTH = 40;

let server: RegExp | undefined;

function serverRegex(): RegExp {
  return (server ??= new RegExp(
    `(${unicodeSafe(validUrlPrecedingChars.source)})((?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini):\\/\\/)?(${domain})(?::(${validPortNumber.source}))?(\\/${PATH}*)?(${QUERY})?`,
    'giu',
  ));
}

/**
 * The links Mastodon's server gives 23 characters, in order: the gem's extract_urls_with_indices with
 * `extract_url_without_protocol: false` (a match without a scheme is passed over). Whether the IDN library
 * (libidn) accepts a non-ASCII domain cannot be known here: such links are marked `idn` for the counter to
 * take the larger reading.
 */
export function serverLinks(text: string): MastodonLink[] {
  if (!text.includes(':')) return [];
  const links: MastodonLink[] = [];
  for (const m of text.matchAll(serverRegex())) {
    if (m[2] === undefined) continue;
    const start = m.index + m[1]!.length;
    let url = m[0].slice(m[1]!.length);
    const tco = TCO.exec(url);
    if (tco) {
      if (tco[1]!.length > MAX_TCO_SLUG_LENGTH) continue;
      url = tco[0];
    }
    links.push({ start, end: start + url.length, idn: /[^\x00-\x7f]/.test(m[3]!) });
  }
  return links;
}

/** twitter-text's end_mention_match: a mention followed by this (an @, a Latin accent, `://`) is not one. */
export function endsMention(after: string): boolean {
  return endMentionMatch.test(after);
}
