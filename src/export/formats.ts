import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import type { DraftOutcome } from '../core/drafting.js';
import { toDraftJson, toTargetJson, type DraftJson } from '../render/drafts.js';

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

/** Plain text: one block per target (organisation, draft, intent URL). */
export function* txtChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield `${header.campaignName}\nseed ${header.seed}\n`;
  for (const { draft: d } of outcomes) {
    if (!d) continue;
    const who = d.target.handle ? `${d.target.name} (@${d.target.handle})` : d.target.name;
    yield `\n${who}\n${d.text}\n${d.count.weightedLength}/${MAX_WEIGHTED_LENGTH}  ${d.intentUrl}\n`;
  }
}

// CommonMark lets a backslash escape any ASCII punctuation; < > & become entities so no HTML gets through.
const mdEscape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Markdown checklist for a newsletter or an issue: one item per target, its draft and a Tweet link. */
export function* mdChunks(header: ExportHeader, outcomes: Iterable<DraftOutcome>): Iterable<string> {
  yield `# ${mdEscape(header.campaignName)}\n\nTick each one off once you have sent it. (Drafts made with seed ${header.seed}.)\n\n`;
  for (const { draft: d } of outcomes) {
    if (!d) continue;
    const who = `**${mdEscape(d.target.name)}**${d.target.handle ? ` (@${mdEscape(d.target.handle)})` : ''}`;
    const quote = d.text.split('\n').map((l) => `  > ${mdEscape(l)}`).join('\n');
    yield `- [ ] ${who}: [Tweet this](<${d.intentUrl}>) · ${d.count.weightedLength}/${MAX_WEIGHTED_LENGTH}\n\n${quote}\n\n`;
  }
}
