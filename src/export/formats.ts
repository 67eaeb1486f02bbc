import type { CampaignTime } from '../campaign/model.js';
import { handleOn } from '../campaign/networks.js';
import { timeLine } from '../core/action-time.js';
import type { Draft, DraftOutcome, NetworkChoice, Unfit } from '../core/drafting.js';
import { NETWORKS, type NetworkId } from '../networks/index.js';
import type { PageSource } from '../page/data.js';
import { toDraftJson, toUnfitJson, type DraftJson, type UnfitJson } from '../render/drafts.js';
import { NO_INSTANCE, unfitReason } from '../render/unfit-reason.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';

/** What every export starts with. */
export interface ExportHeader {
  campaignName: string;
  seed: number;
  /** The `--network` the run was given, if any: exports then carry each draft's network (a field, column or label). */
  network?: NetworkChoice;
  /** When the action is (campaign.json `time`), shown by every format but CSV. */
  time?: CampaignTime | undefined;
  /** The campaign and selection drafted from: the HTML page embeds them to draft afresh for each visitor. */
  page?: PageSource;
}

/** The target's handle on a network written as a mention there (`@amnesty.org`), or undefined. */
function mentionOn(target: Draft['target'], network: NetworkId): string | undefined {
  const own = handleOn(target, network)?.handle;
  return own === undefined ? undefined : NETWORKS[network].mention(own);
}

/** ` · Bluesky` after a heading when the run was given `--network`. */
const label = (header: ExportHeader, network: NetworkId) => (header.network ? ` · ${NETWORKS[network].name}` : '');

/** Turns a stream of drafting outcomes into a stream of text chunks (never the whole file at once). */
export type Formatter = (header: ExportHeader, outcomes: Iterable<DraftOutcome>) => Iterable<string>;

export const FORMATS = ['json', 'csv', 'md', 'txt', 'html', 'xlsx', 'ics'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

// Small enough that a batch's objects die young (see writeChunks), large enough that stringify stays fast.
const JSON_BATCH = 32;

/**
 * The `pledge draft --json` document, byte for byte what `toJsonText(doc)` gives (bidi and C1 characters as `\u`
 * escapes), written a batch of drafts at a time: each batch is stringified inside `{"drafts": [...]}`, which
 * nests it exactly as deep as the document does, so its lines are the document's lines (one native stringify
 * per batch is much faster than one per draft).
 */
export function* jsonChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield`{\n  "campaign": ${indent(toJsonText({ name: header.campaignName, ...(header.time && { time: header.time }) }), 2)},\n  "seed": ${toJsonText(header.seed, 0)},\n  "drafts": [`;
  const unfit: UnfitJson[] = [];
  const withNetwork = header.network !== undefined;
  let batch: DraftJson[] = [];
  let written = 0;
  const flush = () => {
    const text = toJsonText({ drafts: batch });
    const lines = text.slice('{\n  "drafts": [\n'.length, -'\n  ]\n}'.length);
    const chunk = `${written ? ',' : ''}\n${lines}`;
    written += batch.length;
    batch = [];
    return chunk;
  };
  for (const o of outcomes) {
    if (o.unfit) unfit.push(toUnfitJson(o.unfit, withNetwork));
    else if (batch.push(toDraftJson(o.draft, withNetwork)) === JSON_BATCH) yield flush();
  }
  if (batch.length) yield flush();
  yield written ? '\n  ],\n  "unfit": ' : '],\n  "unfit": ';
  yield `${indent(toJsonText(unfit), 2)}\n}\n`;
}

/** Plain text: one block per target (organisation, draft, intent URL); then the targets no draft fits. */
export function* txtChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield `${header.campaignName}\n${header.time ? `${timeLine(header.time)}\n` : ''}seed ${header.seed}\n`;
  const unfit: Unfit[] = [];
  for (const { draft: d, unfit: u } of outcomes) {
    if (u) unfit.push(u);
    if (!d) continue;
    const m = mentionOn(d.target, d.network);
    yield`\n${d.target.name}${m ? ` (${m})` : ''}${label(header, d.network)}\n${d.text}\n${d.post.length}/${d.post.limit}  ${d.intentUrl ?? NO_INSTANCE}\n`;
  }
  for (const u of unfit) {
    const m = mentionOn(u.target, u.network);
    yield `\nCould not draft for ${u.target.name}${m ? ` (${m})` : ''}${label(header, u.network)}: ${unfitReason(u)}\n`;
  }
}

// CommonMark lets a backslash escape any ASCII punctuation (`=` too, so a line of === under another cannot make
// it a heading; `-` likewise for ---); < > & become entities so no HTML gets through.
const mdEscape = (s: string) =>
  s
    .replace(/[\\`*_{}[\]()#+\-.!|~=:"']/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/**
 * A link destination for `(<…>)`: nothing that could end it, escape out of it or start a new line (percent-encoded).
 */
const mdUrl = (url: string) =>
  url.replace(/[<>\s\\`"'\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => encodeURIComponent(c));

/**
 * A draft as Markdown lines quoted inside a list item, each rendered as the line it is: a hard break (`\`)
 * ends every line followed by another (Markdown would merge them), blank lines stay paragraph breaks (runs of
 * them one), and leading spaces and tabs become entities (four spaces would start a code block).
 */
function mdQuote(text: string, network: NetworkId): string {
  const lines = text.split('\n').map((l) => l.trimEnd());
  return lines
    .map((line, i) => {
      const body = mdLinked(line, network).replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
      const next = lines[i + 1];
      return `  > ${body}${body && next !== undefined && next !== '' ? '\\' : ''}`;
    })
    .join('\n');
}

// An @name or #tag that GitHub would turn into a mention of one of its users or a link to an issue. On the
// other networks a handle may have dots and, on Mastodon, an @instance.
const MENTION_OR_TAG = /(?<![\p{L}\p{N}_])([@#])([\p{L}\p{N}_-]+)/gu;
const NETWORK_MENTION_OR_TAG = /(?<![\p{L}\p{N}_])([@#])([\p{L}\p{N}_-]+(?:[.@][\p{L}\p{N}_-]+)*)/gu;

const e = encodeURIComponent;
/** Where a mention or a hashtag of each network leads: the profile, the hashtag's page. */
const LINKS: Record<NetworkId, (sign: string, name: string) => string> = {
  x: (sign, name) => (sign === '@' ? `https://x.com/${e(name)}` : `https://x.com/hashtag/${e(name)}`),
  bluesky: (sign, name) =>
    sign === '@' ? `https://bsky.app/profile/${e(name)}` : `https://bsky.app/hashtag/${e(name)}`,
  threads: (sign, name) =>
    sign === '@' ? `https://www.threads.com/@${e(name)}` : `https://www.threads.com/search?q=${e(`#${name}`)}`,
  // A remote mention leads to its instance; a hashtag or a bare @user to the account's own, unknown here:
  // mastodon.social's pages show any account and tag.
  mastodon: (sign, name) => {
    const [user, instance] = name.split('@');
    return sign === '@'
      ? `https://${instance ?? 'mastodon.social'}/@${e(user!)}`
      : `https://mastodon.social/tags/${e(name)}`;
  },
};

/**
 * Escaped Markdown text in which every `@handle` and `#hashtag` is a link to the network (the handle's
 * profile, the hashtag's page; X by default). Pasted into a GitHub issue or comment, a bare `@AmnestyOnline`
 * would notify an unrelated GitHub user and `#2026` link an issue; GitHub makes neither out of a link's text.
 */
function mdLinked(text: string, network: NetworkId = 'x'): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(network === 'x' ? MENTION_OR_TAG : NETWORK_MENTION_OR_TAG)) {
    const [whole, sign, name] = m as unknown as [string, string, string];
    const url = LINKS[network](sign, name);
    out += `${mdEscape(text.slice(last, m.index))}[${mdEscape(whole)}](<${url}>)`;
    last = m.index + whole.length;
  }
  return out + mdEscape(text.slice(last));
}

/**
 * A Markdown checklist for a newsletter or an issue: one item per target, its draft and a Tweet link; then
 * the targets no draft fits. Handles and hashtags are links to X (see {@link mdLinked}).
 */
export function* mdChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  // Names, the campaign's name and time are one line each: a blank line in a name would end the list item.
  yield`# ${mdLinked(oneLine(header.campaignName))}\n\n${header.time ? `${mdLinked(oneLine(timeLine(header.time)))}\n\n` : ''}Tick each one off once you have sent it. (Drafts made with seed ${header.seed}.)\n\n`;
  const who = (t: Draft['target'], network: NetworkId) => {
    const m = mentionOn(t, network);
    return `**${mdLinked(oneLine(t.name), network)}**${m ? ` (${mdLinked(oneLine(m), network)})` : ''}${mdEscape(label(header, network))}`;
  };
  const unfit: Unfit[] = [];
  for (const { draft: d, unfit: u } of outcomes) {
    if (u) unfit.push(u);
    if (!d) continue;
    const post = d.network === 'x' ? 'Tweet this' : `Post this on ${NETWORKS[d.network].name}`;
    const link = d.intentUrl === null ? mdEscape(NO_INSTANCE) : `[${post}](<${mdUrl(d.intentUrl)}>)`;
    yield`- [ ] ${who(d.target, d.network)}: ${link} · ${d.post.length}/${d.post.limit}\n\n${mdQuote(d.text, d.network)}\n\n`;
  }
  if (unfit.length)
    yield`Could not draft for:\n\n${unfit.map((u) => `- ${who(u.target, u.network)}: ${mdEscape(oneLine(unfitReason(u)))}\n`).join('')}`;
}
