// Mastodon, counted as both its server and its web composer count, taking the larger. Sources
// (mastodon/mastodon on GitHub; links: see mastodon-links.ts):
// - app/validators/status_length_validator.rb (the server, which decides): 500 characters by default
//   (MAX_CHARS; each instance may set its own); the text is rewritten before counting, each link found by
//   the twitter-text gem's extractor with the scheme required (extract_url_without_protocol: false) and
//   Mastodon's regexes (config/initializers/twitter_regex.rb) becoming 23 characters and each mention
//   `@user@domain` (Account::MENTION_RE, not followed by twitter-text's end_mention_match) becoming `@user`,
//   overlaps removed (Extractor.remove_overlapping_entities); then grapheme clusters are counted.
// - app/javascript/mastodon/features/compose/util/counter.ts (countableText) and url_regex.js (the web
//   composer's counter, which disables Publish past the limit): links with a scheme become 23 characters,
//   mentions `@user@host` (user of a-z 0-9 _ only) become `@user`, then stringz's length() is counted.
// Both find links over twitter-text 3.1.0's list of top-level domains (2020), not today's: a link on a newer
// TLD is text to Mastodon and counts as typed.
// - Accounts: app/models/account.rb (USERNAME_RE, USERNAME_LENGTH_LIMIT = 30).
// - Intent: https://<instance>/share?text= (app/controllers/shares_controller.rb: the share page fills the
//   composer with `text`).
import { length as stringzLength } from 'stringz';
import { intentUrl } from '../core/intent.js';
import { mastodonInstanceHostOrNone } from './mastodon-instance.js';
import { composerLinksReplaced, endsMention, serverLinks } from './mastodon-links.js';
import { graphemeCount, hostPattern } from './text.js';
import { characterProblems, onFirstUse, postCount, type Network, type NetworkOptions, type PostCount } from './types.js';

/** Mastodon's default limit in characters (instances may set their own: `--max-length`). */
const MASTODON_DEFAULT_MAX_LENGTH = 500;
/** What every http(s) link counts, whatever its length. */
const MASTODON_URL_LENGTH = 23;

const URL_PLACEHOLDER = 'x'.repeat(MASTODON_URL_LENGTH);
const WORD = String.raw`[\p{L}\p{M}\p{Nd}\p{Pc}]`; // Ruby's [[:word:]]
// Account::MENTION_RE: @user, optionally @domain; not after "=", "/" or a word character.
const serverMention = onFirstUse(
  () =>
    new RegExp(String.raw`(?<![=/]|${WORD})@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*(?:@${WORD}+(?:[.-]+${WORD}+)*)?)`, 'giu'),
);
// The web composer's mention: @user@host after the start or a character other than "/" and [A-Za-z0-9_].
const CLIENT_MENTION = /(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)/gi;

type Span = { start: number; end: number; replacement: string };

/**
 * The text the server counts: links as 23 x's, mentions as `@user` (overlaps resolved left to right). A
 * link on a non-ASCII domain, which the server's IDN library may refuse, stays as typed when that is longer.
 */
export function mastodonServerText(text: string): string {
  const spans: Span[] = [];
  for (const { start, end, idn } of serverLinks(text)) {
    if (!idn || graphemeCount(text.slice(start, end)) <= MASTODON_URL_LENGTH)
      spans.push({ start, end, replacement: URL_PLACEHOLDER });
  }
  for (const m of text.matchAll(serverMention())) {
    const end = m.index + m[0].length;
    if (endsMention(text.slice(end))) continue;
    spans.push({ start: m.index, end, replacement: `@${m[1]!.split('@')[0]}` });
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    out += text.slice(last, s.start) + s.replacement;
    last = s.end;
  }
  return out + text.slice(last);
}

/** The text the web composer counts: links as 23 x's, then `@user@host` as `@user`. */
export function mastodonComposerText(text: string): string {
  return composerLinksReplaced(text, URL_PLACEHOLDER).replace(CLIENT_MENTION, '$1@$3');
}

/**
 * Counts a Mastodon post (unit: characters): the larger of the server's count (graphemes of
 * {@link mastodonServerText}) and the web composer's (stringz length of {@link mastodonComposerText}),
 * against `options.maxLength` (default 500). They differ only where stringz and Unicode disagree on a
 * character (some combining marks) or where a mention's user part has a dot.
 */
export function countMastodon(text: string, options: NetworkOptions = {}): PostCount {
  const limit = options.maxLength ?? MASTODON_DEFAULT_MAX_LENGTH;
  const length = Math.max(graphemeCount(mastodonServerText(text)), stringzLength(mastodonComposerText(text)));
  return postCount(length, limit, 'characters', characterProblems(text), text.trim() === '');
}

/**
 * A Mastodon account: `user@instance`, a leading "@" accepted. user: ASCII letters, digits and "_", with
 * inner "." or "-", 30 at most (Account::USERNAME_RE, USERNAME_LENGTH_LIMIT); instance: a host name.
 */
const mastodonHandle = onFirstUse(
  () => new RegExp(`^@?(?=[A-Za-z0-9_.-]{1,30}@)[A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*@${hostPattern()}$`),
);

/** A Mastodon account as `user@instance`, the "@" in front dropped and the instance lower-cased; or undefined. */
export function normalizeMastodonHandle(handle: string): string | undefined {
  if (!mastodonHandle().test(handle)) return undefined;
  const [user, instance] = handle.replace(/^@/, '').split('@') as [string, string];
  return `${user}@${instance.toLowerCase()}`;
}

/** The share page of an instance: `https://<instance>/share`. */
function mastodonShareUrl(instance: string): string {
  return `https://${instance}/share`;
}

/** Mastodon: 500 characters by default, links 23, mentions count their user part; intents need an instance. */
export const mastodon: Network = {
  id: 'mastodon',
  name: 'Mastodon',
  limit: MASTODON_DEFAULT_MAX_LENGTH,
  count: countMastodon,
  intentUrl: (text, options = {}) => {
    const instance = options.instance === undefined ? undefined : mastodonInstanceHostOrNone(options.instance);
    return instance === undefined ? undefined : intentUrl(text, mastodonShareUrl(instance));
  },
  get handlePattern() {
    return mastodonHandle();
  },
  normalizeHandle: normalizeMastodonHandle,
  mention: (handle) => `@${normalizeMastodonHandle(handle) ?? handle.replace(/^@/, '')}`,
  handleRule: 'a Mastodon account is user@instance, like amnesty@mastodon.social',
};
