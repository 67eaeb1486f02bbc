// Bluesky, counted as the bsky.app composer counts before it posts. Sources (bluesky-social/social-app and
// bluesky-social/atproto on GitHub):
// - src/lib/constants.ts: MAX_GRAPHEME_LENGTH = 300.
// - src/view/com/composer/state/composer.ts: a post's length is `shortenLinks(richtext).graphemeLength`, the
//   rich text's facets detected first (for an intent's text too: createComposerState runs
//   detectFacetsWithoutResolution on initText).
// - src/lib/strings/rich-text-manip.ts (shortenLinks) and src/lib/strings/url-helpers.ts (toShortUrl): every
//   link facet's text is replaced by its short form before posting, and that is what is counted and posted.
// - packages/api/src/rich-text/util.ts (URL_REGEX) and detection.ts (detectFacets) in atproto: what a link is.
// - lexicons/app/bsky/feed/post.json: `text` is at most 300 graphemes and 3,000 bytes (UTF-8).
// - Handles: the atproto handle spec (atproto.com/specs/handle).
import { intentUrl } from '../core/intent.js';
import { anyCase, graphemeCount, hostPattern, utf8Length } from './text.js';
import { caseless, characterProblems, onFirstUse, postCount, type Network, type PostCount } from './types.js';

/** The most graphemes a Bluesky post may have (social-app's MAX_GRAPHEME_LENGTH). */
const BLUESKY_MAX_GRAPHEMES = 300;
/** The most UTF-8 bytes a post's text may have (the app.bsky.feed.post lexicon's maxLength). */
const BLUESKY_MAX_BYTES = 3000;
/** bsky.app's documented compose intent. */
const BLUESKY_INTENT_URL = 'https://bsky.app/intent/compose';

// A link starts at the start, after white space or "(": either a scheme link (http:// or https://, any case)
// running to the next white space, or a bare domain (a letter, then dot-separated labels) and what follows.
// Matches are taken left to right without overlapping, as the composer's detector does; a bare domain is
// matched (so nothing inside it is taken for a link) but never shortened.
const LINK = /(^|\s|\()((https?:\/\/\S+)|([a-z][a-z0-9]*(?:\.[a-z0-9]+)+\S*))/gim;

/**
 * How the composer shows a link before posting: the host (with a port, if any) and the rest of the URL
 * (path unless it is just "/", query, fragment) as the WHATWG URL parser writes them; when that rest passes
 * 15 characters, its first 13 and "...". A URL that does not parse, or is not http(s), stays as typed.
 */
function shortUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
  const rest = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
  return u.host + (rest.length > 15 ? `${rest.slice(0, 13)}...` : rest);
}

/**
 * The text as the composer posts it: each scheme link replaced by {@link shortUrl}. A link loses one
 * trailing `.,;:!?`, then a `)` when it has no `(` (that punctuation stays in the text). Only links whose
 * first four characters are exactly `http` count as scheme links (the composer's check is case-sensitive).
 */
function blueskyPostedText(text: string): string {
  if (!/https?:\/\//i.test(text)) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    let link = m[2]!;
    if (!m[3] || !link.startsWith('http')) continue;
    if (/[.,;:!?]$/.test(link)) link = link.slice(0, -1);
    if (link.endsWith(')') && !link.includes('(')) link = link.slice(0, -1);
    const start = m.index + m[1]!.length;
    out += text.slice(last, start) + shortUrl(link);
    last = start + link.length;
  }
  return out + text.slice(last);
}

/**
 * Counts a Bluesky post: the graphemes (Intl.Segmenter) of {@link blueskyPostedText}, against 300; also
 * invalid past 3,000 UTF-8 bytes. Unit: graphemes.
 */
export function countBluesky(text: string): PostCount {
  const posted = blueskyPostedText(text);
  const problems = characterProblems(text);
  if (utf8Length(posted) > BLUESKY_MAX_BYTES) problems.push(`more than ${BLUESKY_MAX_BYTES} bytes (UTF-8)`);
  return postCount(graphemeCount(posted), BLUESKY_MAX_GRAPHEMES, 'graphemes', problems, text.trim() === '');
}

// Top-level domains the handle spec disallows.
const DISALLOWED_TLDS = ['alt', 'arpa', 'example', 'internal', 'invalid', 'local', 'localhost', 'onion'];

/**
 * A Bluesky handle: a domain name of 2+ labels (ASCII letters, digits, inner hyphens; 63 each, 253 in
 * all; the last not starting with a digit) outside the disallowed top-level domains. Written without "@":
 * `name.bsky.social`, `amnesty.org`.
 */
const blueskyHandle = onFirstUse(
  () => new RegExp(`^${hostPattern(`(?!(?:${DISALLOWED_TLDS.map(anyCase).join('|')})$)`)}$`),
);

/** A Bluesky handle lower-cased (handles are not case-sensitive), or undefined (see {@link blueskyHandle}). */
export const normalizeBlueskyHandle = caseless(blueskyHandle);

/** Bluesky: 300 graphemes, links counted shortened, handles are domain names. */
export const bluesky: Network = {
  id: 'bluesky',
  name: 'Bluesky',
  limit: BLUESKY_MAX_GRAPHEMES,
  count: (text) => countBluesky(text),
  intentUrl: (text) => intentUrl(text, BLUESKY_INTENT_URL),
  get handlePattern() {
    return blueskyHandle();
  },
  normalizeHandle: normalizeBlueskyHandle,
  mention: (handle) => `@${handle}`,
  handleRule: 'a Bluesky handle is a domain name without the "@", like name.bsky.social or amnesty.org',
};
