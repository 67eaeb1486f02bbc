// X handles in an alert: "@name" as X reads it (1–15 of A–Z a–z 0–9 _), also when glued to the word before
// ("to@AmnestyUK", "@a@b", pasted from a PDF), and from links to profiles (twitter.com/name, x.com/name).
// Addresses that only look like handles are left out: e-mail addresses, fediverse and Bluesky handles
// (@user@instance.social, @name.bsky.social) and paths inside links (medium.com/@author).
import { HANDLE_PATTERN } from '../campaign/schema.js';

/** A handle found on a line. */
export interface HandleHit {
  /** Without "@", as written. */
  handle: string;
  /** Offset of the "@" (or of the link) in the line's text; -1 for a link not shown in the text. */
  index: number;
  /** Offset just after it. */
  end: number;
  /** Glued to the word before it: found, but X itself would not link it. */
  glued?: boolean;
  /** The words of a link to the profile: usually the organisation's name. */
  linkText?: string;
  /** Taken from a link rather than from an "@". */
  fromLink?: boolean;
}

/** Something that looked like a handle and is not one, with why. */
export interface NotAHandle {
  text: string;
  why: string;
}

/** URLs written out in text: with a scheme, starting with www., or a bare twitter.com / x.com link. */
export const URL_IN_TEXT =
  /(?:https?:\/\/|www\.)[^\s<>"'«»“”]+|(?<![\w@./-])(?:(?:mobile\.)?twitter\.com|x\.com)\/[^\s<>"'«»“”]*/giu;

const X_HOSTS = /^(?:www\.|mobile\.)?(?:twitter\.com|x\.com)$/i;
/** First path segments of x.com that are pages, not accounts. */
const RESERVED = new Set([
  'i',
  'intent',
  'share',
  'home',
  'search',
  'hashtag',
  'explore',
  'settings',
  'messages',
  'notifications',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'compose',
  'account',
  'about',
  'download',
  'widgets',
  'jobs',
  'en',
  'help',
  'following',
  'followers',
  'who_to_follow',
  'lists',
  'status',
  'statuses',
  'web',
  'oauth',
  'rules',
  'media',
  'safety',
  'topics',
  'communities',
  'premium',
]);

/** A URL (with or without scheme) as an object, or undefined. */
function parseUrl(href: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`;
  try {
    return new URL(withScheme.replace(/[.,;:!?)\]]+$/, ''));
  } catch {
    return undefined;
  }
}

/** Link words that name the link, not the account: "on X", "Twitter", "here", "profile". */
const GENERIC_LINK_WORDS =
  /^(?:(?:on|at|via|auf|bei|en|sur|no|na|em)\s+)?(?:x|twitter|x\.com|twitter\.com|here|hier|aquí|aqui|ici|this|profile|account|link|click here|(?:their|her|his|its|the) (?:profile|account))$/iu;

/** The handle a link to an X profile or post names (x.com/AmnestyUK, twitter.com/#!/AmnestyUK/status/1), if any. */
export function handleOfLink(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || !X_HOSTS.test(url.hostname)) return undefined;
  const path = url.hash.startsWith('#!/') ? url.hash.slice(2) : url.pathname;
  const first = path.split('/')[1] ?? '';
  return HANDLE_PATTERN.test(first) && !RESERVED.has(first.toLowerCase()) ? first : undefined;
}

/** What an X share link (x.com/intent/tweet?text=…, twitter.com/share) would prefill: a sample tweet. */
export function intentOfLink(href: string): { text: string; hashtags: string[]; via?: string } | undefined {
  const url = parseUrl(href);
  if (!url || !X_HOSTS.test(url.hostname) || !/^\/(?:intent\/(?:tweet|post)|share)\/?$/.test(url.pathname))
    return undefined;
  const text = url.searchParams.get('text')?.trim();
  if (!text) return undefined;
  const hashtags = (url.searchParams.get('hashtags') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  const via = url.searchParams.get('via') ?? undefined;
  return { text, hashtags, via: via && HANDLE_PATTERN.test(via) ? via : undefined };
}

const AT = /[@＠]([A-Za-z0-9_]+)/g;

/**
 * Every handle on a line: "@name" (X's characters; an "@" glued to a word is taken too, and marked), links to
 * profiles in the text and among `links`. Handles longer than 15 characters and look-alikes are returned in
 * `rejected` with the reason, never shortened into a handle.
 */
export function findHandles(
  text: string,
  links: readonly { href: string; text: string }[] = [],
): { hits: HandleHit[]; rejected: NotAHandle[] } {
  const hits: HandleHit[] = [];
  const rejected: NotAHandle[] = [];
  const urls: [number, number][] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    urls.push([m.index, m.index + m[0].length]);
    const handle = handleOfLink(m[0]);
    if (handle) hits.push({ handle, index: m.index, end: m.index + m[0].length, fromLink: true });
  }
  const inUrl = (i: number) => urls.some(([a, b]) => i >= a && i < b);
  for (const m of text.matchAll(AT)) {
    const at = m.index;
    const name = m[1]!;
    const end = at + m[0].length;
    if (inUrl(at)) continue;
    const before = text[at - 1] ?? '';
    const after = text.slice(end);
    const wordBefore = /[\p{L}\p{N}_.+-]/u.test(before);
    const fediverse = /^[@＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,}/.exec(after);
    if (fediverse) {
      if (!wordBefore)
        rejected.push({ text: `@${name}${fediverse[0]}`, why: 'a fediverse (Mastodon) address, not an X handle' });
      continue;
    }
    const domain = /^(?:\.[a-z0-9][a-z0-9-]*)+/.exec(after);
    if (domain && /^\.[a-z]/.test(after)) {
      if (!wordBefore)
        rejected.push({ text: `@${name}${domain[0]}`, why: 'a domain handle (Bluesky), not an X handle' });
      continue; // with a word before: an e-mail address
    }
    if (/[A-Za-z0-9_]/.test(before)) {
      // "info@example.org" ends with a domain (handled above); "to@AmnestyUK" is a handle glued to a word.
      if (!HANDLE_PATTERN.test(name)) continue;
      hits.push({ handle: name, index: at, end, glued: true });
      continue;
    }
    if (/[!#$%&*]/.test(before)) continue; // X's rule: not a mention after these
    if (!HANDLE_PATTERN.test(name)) {
      rejected.push({ text: `@${name}`, why: `${name.length} characters: an X handle has at most 15` });
      continue;
    }
    hits.push({ handle: name, index: at, end, glued: /^[@＠]/.test(after) || undefined });
  }
  for (const link of links) {
    const handle = handleOfLink(link.href);
    // "the Home Secretary <a>on X</a>": words about the link, not a name (the name is then read around it).
    const named = !GENERIC_LINK_WORDS.test(link.text.trim());
    if (!handle) continue;
    const shown = hits.find((h) => h.handle.toLowerCase() === handle.toLowerCase() && !h.linkText);
    const at = link.text ? text.indexOf(link.text) : -1;
    if (shown && (shown.index >= at || at < 0))
      shown.linkText ??= link.text.startsWith('@') || !named ? undefined : link.text;
    else
      hits.push({
        handle,
        index: at,
        end: at < 0 ? -1 : at + link.text.length,
        fromLink: true,
        linkText: (named && link.text.replace(/^@\S+$/, '')) || undefined,
      });
  }
  return { hits: hits.sort((a, b) => a.index - b.index), rejected };
}
