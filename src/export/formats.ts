import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import type { DraftOutcome } from '../core/drafting.js';
import type { Unfit } from '../core/drafting.js';
import { toDraftJson, toTargetJson, unfitReason, type DraftJson } from '../render/drafts.js';

/** What every export starts with. */
export interface ExportHeader {
  campaignName: string;
  seed: number;
}

/** Turns a stream of drafting outcomes into a stream of text chunks (never the whole file at once). */
export type Formatter = (header: ExportHeader, outcomes: Iterable<DraftOutcome>) => Iterable<string>;

export const FORMATS = ['json', 'csv', 'md', 'txt', 'html'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

// Small enough that a batch's objects die young (see writeChunks), large enough that stringify stays fast.
const JSON_BATCH = 32;

/**
 * The `pledge draft --json` document, byte for byte what `JSON.stringify(doc, null, 2)` gives, written a
 * batch of drafts at a time: each batch is stringified inside `{"drafts": [...]}`, which nests it exactly as
 * deep as the document does, so its lines are the document's lines (one native stringify per batch is much
 * faster than one per draft).
 */
export function* jsonChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield `{\n  "campaign": ${indent(JSON.stringify({ name: header.campaignName }, null, 2), 2)},\n  "seed": ${JSON.stringify(header.seed)},\n  "drafts": [`;
  const unfit = [];
  let batch: DraftJson[] = [];
  let written = 0;
  const flush = () => {
    const text = JSON.stringify({ drafts: batch }, null, 2);
    const lines = text.slice('{\n  "drafts": [\n'.length, -'\n  ]\n}'.length);
    const chunk = `${written ? ',' : ''}\n${lines}`;
    written += batch.length;
    batch = [];
    return chunk;
  };
  for (const o of outcomes) {
    if (o.unfit) unfit.push({ target: toTargetJson(o.unfit.target), reason: o.unfit.reason, shortestLength: o.unfit.shortestLength, over: o.unfit.over });
    else if (batch.push(toDraftJson(o.draft)) === JSON_BATCH) yield flush();
  }
  if (batch.length) yield flush();
  yield written ? '\n  ],\n  "unfit": ' : '],\n  "unfit": ';
  yield `${indent(JSON.stringify(unfit, null, 2), 2)}\n}\n`;
}

/** Plain text: one block per target (organisation, draft, intent URL); then the targets no draft fits. */
export function* txtChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield `${header.campaignName}\nseed ${header.seed}\n`;
  const unfit: Unfit[] = [];
  for (const { draft: d, unfit: u } of outcomes) {
    if (u) unfit.push(u);
    if (!d) continue;
    const who = d.target.handle ? `${d.target.name} (@${d.target.handle})` : d.target.name;
    yield `\n${who}\n${d.text}\n${d.count.weightedLength}/${MAX_WEIGHTED_LENGTH}  ${d.intentUrl}\n`;
  }
  for (const u of unfit) yield `\nCould not draft for ${u.target.name}${u.target.handle ? ` (@${u.target.handle})` : ''}: ${unfitReason(u)}\n`;
}

// CommonMark lets a backslash escape any ASCII punctuation; < > & become entities so no HTML gets through.
const mdEscape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// An @name or #tag that GitHub would turn into a mention of one of its users or a link to an issue.
const MENTION_OR_TAG = /(?<![\p{L}\p{N}_])([@#])([\p{L}\p{N}_-]+)/gu;

/**
 * Escaped Markdown text in which every `@handle` and `#hashtag` is a link to X (the handle's profile, the
 * hashtag's search). Pasted into a GitHub issue or comment, a bare `@AmnestyOnline` would notify an
 * unrelated GitHub user and `#2026` link an issue; GitHub makes neither out of a link's text.
 */
export function mdLinked(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MENTION_OR_TAG)) {
    const [whole, sign, name] = m as unknown as [string, string, string];
    const url = sign === '@' ? `https://x.com/${encodeURIComponent(name)}` : `https://x.com/hashtag/${encodeURIComponent(name)}`;
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
  yield `# ${mdLinked(header.campaignName)}\n\nTick each one off once you have sent it. (Drafts made with seed ${header.seed}.)\n\n`;
  const who = (t: { name: string; handle?: string | null }) => `**${mdLinked(t.name)}**${t.handle ? ` (${mdLinked(`@${t.handle}`)})` : ''}`;
  const unfit: Unfit[] = [];
  for (const { draft: d, unfit: u } of outcomes) {
    if (u) unfit.push(u);
    if (!d) continue;
    const quote = d.text.split('\n').map((l) => `  > ${mdLinked(l)}`).join('\n');
    yield `- [ ] ${who(d.target)}: [Tweet this](<${d.intentUrl}>) · ${d.count.weightedLength}/${MAX_WEIGHTED_LENGTH}\n\n${quote}\n\n`;
  }
  if (unfit.length) yield `Could not draft for:\n\n${unfit.map((u) => `- ${who(u.target)}: ${mdEscape(unfitReason(u))}\n`).join('')}`;
}
