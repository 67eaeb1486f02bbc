// An extraction made into the three campaign files: targets grouped by the step that addresses them (one
// ask and one group per step), templates from the samples and generic ones, points with their source.
import type { CampaignTime } from '../campaign/model.js';
import { asksSomething } from './accounts.js';
import type { Block } from './blocks.js';
import type { Extraction } from './extract.js';
import { wordsPattern } from './language.js';
import { isInstruction, mainClause } from './samples.js';
import { withoutTimes } from './time-spans.js';
import { ANYONE_TEMPLATES, GENERIC_TEMPLATES, requestTemplate, sampleToTemplate, type AskKind } from './templates.js';

/** The campaign files an import writes (without $schema). */
export interface ImportedCampaign {
  campaign: {
    name: string;
    description?: string;
    source: string;
    hashtags: string[];
    cc: string[];
    asks: Record<string, { description: string; templates: string[] }>;
    time?: CampaignTime;
  };
  targets: {
    targets: {
      id: string;
      name: string;
      handle?: string;
      group: string;
      ask: string;
      handleSource: string;
      handleChecked?: null;
    }[];
  };
  points: { points: { id: string; text: string; short: string; source: string }[] };
  /** For each ask, how many of its templates are generic (the rest are the alert's samples). */
  generic: Record<string, number>;
}

const THANK = wordsPattern([
  'thank',
  'thanks',
  'your support',
  'stand with',
  'danke',
  'dankt',
  'unterstützt',
  'gracias',
  'agradece',
  'apoya',
  'apoyad',
  'obrigad',
  'agradeça',
  'apoie',
  'merci',
  'remerciez',
  'soutenez',
]);
const ASK = wordsPattern([
  'ask',
  'asking',
  'urge',
  'call on',
  'demand',
  'tell',
  'fordert',
  'auffordern',
  'pide',
  'pedid',
  'exige',
  'peça',
  'exija',
  'cobre',
  'demandez',
  'exigez',
  'interpellez',
]);
const MIN_TEMPLATES = 3;

/** A slug for ids: lower-case ASCII letters and digits joined by "-". */
function slug(text: string, fallback: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > 40) s = s.slice(0, 41).replace(/-[^-]*$/, '');
  return /^[a-z0-9]/.test(s) ? s : fallback;
}

/**
 * A target's id: its name's slug, or the initials of a long name ("nawo" for National Alliance of Women's
 * Organisations).
 */
function targetSlug(name: string, handle: string | undefined): string {
  const capitals = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const full = slug(name, slug(handle ?? '', 'target'));
  return full.length > 24 && capitals.length >= 3 ? slug(capitals.map((w) => w[0]).join(''), full) : full;
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * An ask's id from its step's first words, without its time ("Tomorrow at 6pm, tweet the council" gives
 * "tweet-the-council") and without "please" and the like ("tweet-your-support").
 */
function askId(block: Block | undefined, taken: Set<string>): string {
  const words = withoutTimes(mainClause(block?.text ?? ''))
    .replace(/^[,;:\s]+/u, '')
    .replace(/^(?:\d+[.)]\s*)?(?:please|bitte|por favor|s'il vous plaît)[,\s]+/iu, '')
    .split(/\s+/)
    .slice(0, 3)
    .join(' ');
  return unique(slug(words, 'ask'), taken);
}

/** campaign.json's `time`: the words, and start, end and zone where resolved. */
function campaignTime(t: NonNullable<Extraction['time']>): CampaignTime {
  return {
    text: t.text,
    ...(t.start ? { start: t.start } : {}),
    ...(t.end ? { end: t.end } : {}),
    ...(t.timeZone ? { timeZone: t.timeZone } : {}),
  };
}

/** Builds the campaign files. `sourceName` names the alert ("action-alert.txt"). */
export function toCampaign(x: Extraction, sourceName: string): ImportedCampaign {
  const hashtags = x.hashtags.filter((h) => h.used).map((h) => h.tag);
  const cc = x.accounts.filter((a) => a.role === 'cc').map((a) => a.handle);
  const source = `Action alert "${x.title}" (${sourceName})`;
  // Targets by the block that addresses them, in the alert's order.
  const byBlock = new Map<Block | undefined, { name: string; handle?: string; line: number; why: string }[]>();
  const push = (block: Block | undefined, t: { name: string; handle?: string; line: number; why: string }) => {
    const list = byBlock.get(block) ?? [];
    list.push(t);
    byBlock.set(block, list);
  };
  for (const a of x.accounts)
    if (a.role === 'target') push(a.block, { name: a.name ?? a.handle, handle: a.handle, line: a.line, why: a.why });
  for (const o of x.organisations) push(o.block, { name: o.name, line: o.line, why: o.why });
  const order = (b: Block | undefined) => (b ? x.blocks.indexOf(b) : Infinity);
  const steps = [...byBlock.keys()].sort((a, b) => order(a) - order(b));

  const askIds = new Set<string>();
  const targetIds = new Set<string>();
  const asks: ImportedCampaign['campaign']['asks'] = {};
  const generic: Record<string, number> = {};
  const targets: ImportedCampaign['targets']['targets'] = [];
  const allHandles = x.accounts.filter((a) => a.role === 'target').map((a) => a.handle);
  for (const block of steps) {
    const id = askId(block ?? x.blocks.find(asksSomething), askIds);
    const members = byBlock.get(block)!;
    const handles = members.flatMap((m) => (m.handle ? [m.handle.toLowerCase()] : []));
    const own = x.samples.filter((s) => {
      const mentioned = allHandles
        .filter((h) => new RegExp(`[@＠]${h}(?![A-Za-z0-9_])`, 'i').test(s.text))
        .map((h) => h.toLowerCase());
      return mentioned.length === 0 || mentioned.some((h) => handles.includes(h));
    });
    const templates = [...new Set(own.map((s) => sampleToTemplate(s.text, allHandles, hashtags, { cc })))];
    const kind: AskKind = block && block.text.search(ASK) < 0 && block.text.search(THANK) >= 0 ? 'thank' : 'ask';
    const fill = [requestTemplate(block?.text ?? '') ?? [], ...GENERIC_TEMPLATES[x.language][kind]]
      .flat()
      .filter((t) => !templates.includes(t));
    const fitting = own.filter((s) => !s.overLimit).length;
    const need = Math.max(MIN_TEMPLATES - templates.length, fitting ? 0 : 1);
    templates.push(...fill.slice(0, need));
    generic[id] = Math.min(need, fill.length);
    asks[id] = { description: (block?.text ?? 'Addressed in the sample tweets.').slice(0, 300), templates };
    for (const m of members) {
      const tid = unique(targetSlug(m.name, m.handle), targetIds);
      targets.push({
        id: tid,
        name: m.name,
        ...(m.handle ? { handle: m.handle, handleChecked: null } : {}),
        group: id,
        ask: id,
        handleSource: m.handle
          ? `${sourceName}, line ${m.line}`
          : `not in the alert (named on line ${m.line}): find the handle`,
      });
    }
  }
  if (!steps.length) {
    // An alert that addresses no one (a hashtag storm): one ask whose templates name no one, from the samples and
    // generic wording; the campaign has no targets and pledge draft writes --count posts.
    const block =
      x.blocks.find((b) => b.kind !== 'heading' && isInstruction(b.text) && /[#＃]/.test(b.text)) ??
      x.blocks.find((b) => b.kind !== 'heading' && isInstruction(b.text));
    const id = askId(block, askIds);
    const templates = [
      ...new Set(x.samples.map((s) => sampleToTemplate(s.text, [], hashtags, { addMention: false, cc }))),
    ];
    const need = Math.max(MIN_TEMPLATES - templates.length, x.samples.some((s) => !s.overLimit) ? 0 : 1);
    const fill = ANYONE_TEMPLATES[x.language].filter((t) => !templates.includes(t));
    templates.push(...fill.slice(0, need));
    generic[id] = Math.min(need, fill.length);
    asks[id] = {
      description: (block?.text ?? "Post with the campaign's hashtags: the alert addresses no one.").slice(0, 300),
      templates,
    };
  }
  const pointIds = new Set<string>();
  const points = x.points.map((p) => ({
    id: unique(slug(p.text.split(/\s+/).slice(0, 4).join(' '), 'point'), pointIds),
    text: p.text,
    short: p.short,
    source:
      p.kind === 'quotation'
        ? `${p.speaker ? `${p.speaker}, quoted in ` : 'Quoted in '}${source}, line ${p.line}`
        : p.line
          ? `${source}, line ${p.line}`
          : `pledge import: ${p.from}`,
  }));
  const description = x.blocks.find((b, i) => i > 0 && b.kind !== 'heading' && b.text.length > 40)?.text.slice(0, 300);
  return {
    campaign: {
      name: x.title || sourceName,
      ...(description ? { description } : {}),
      source,
      hashtags,
      cc,
      asks,
      ...(x.time ? { time: campaignTime(x.time) } : {}),
    },
    targets: { targets },
    points: { points },
    generic,
  };
}
