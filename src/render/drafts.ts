import type { Target } from '../campaign/model.js';
import { MAX_WEIGHTED_LENGTH } from '../core/count.js';
import type { Draft, DraftRun, Unfit } from '../core/drafting.js';
import type { Colors } from '../ui/color.js';
import { oneLine, sanitize } from '../ui/sanitize.js';

/** `target` in the JSON document. */
export interface TargetJson {
  id: string;
  name: string;
  handle: string | null;
  group: string;
}

/** One draft in `pledge draft --json` (a stable, documented shape). */
export interface DraftJson {
  target: TargetJson;
  pointId: string;
  form: 'long' | 'short';
  ask: string;
  template: string;
  text: string;
  weightedLength: number;
  remaining: number;
  valid: boolean;
  intentUrl: string;
  warnings: string[];
}

export interface UnfitJson {
  target: TargetJson;
  reason: Unfit['reason'];
  shortestLength: number;
  over: number;
}

/** The whole `pledge draft --json` document. */
export interface DraftsDocument {
  campaign: { name: string };
  seed: number;
  drafts: DraftJson[];
  unfit: UnfitJson[];
}

export function toTargetJson(t: Target): TargetJson {
  return { id: t.id, name: t.name, handle: t.handle ?? null, group: t.group };
}

export function toDraftJson(d: Draft): DraftJson {
  return {
    target: toTargetJson(d.target),
    pointId: d.pointId,
    form: d.form,
    ask: d.ask,
    template: d.template,
    text: d.text,
    weightedLength: d.count.weightedLength,
    remaining: MAX_WEIGHTED_LENGTH - d.count.weightedLength,
    valid: d.count.valid,
    intentUrl: d.intentUrl,
    warnings: d.warnings,
  };
}

/** The `--json` document of a run. */
export function toDraftsDocument(campaignName: string, run: DraftRun): DraftsDocument {
  return {
    campaign: { name: campaignName },
    seed: run.seed,
    drafts: run.drafts.map(toDraftJson),
    unfit: run.unfit.map((u) => ({ target: toTargetJson(u.target), reason: u.reason, shortestLength: u.shortestLength, over: u.over })),
  };
}

/** `Amnesty International @AmnestyOnline (group)`, sanitised. */
export function formatTargetLine(t: Target, c: Colors): string {
  const handle = t.handle ? c.handle(`@${t.handle}`) : c.dim('(no handle)');
  return `${c.strong(oneLine(t.name))}  ${handle}  ${c.dim(oneLine(t.group))}`;
}

/** `231/280`, coloured by how close it is to the limit. */
export function formatCount(weightedLength: number, c: Colors): string {
  const s = `${weightedLength}/${MAX_WEIGHTED_LENGTH}`;
  return weightedLength > MAX_WEIGHTED_LENGTH ? c.error(s) : MAX_WEIGHTED_LENGTH - weightedLength < 20 ? c.warn(s) : c.ok(s);
}

/** A draft's block: organisation, the draft (indented), count and intent URL. */
export function formatDraftText(d: Draft, c: Colors): string {
  const body = sanitize(d.text)
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
  return `${formatTargetLine(d.target, c)}\n${body}\n  ${formatCount(d.count.weightedLength, c)}  ${c.url(d.intentUrl)}\n`;
}

/** Why no draft fits a target, without naming it: what exports write after "could not draft for …". */
export function unfitReason(u: Unfit): string {
  switch (u.reason) {
    case 'too-long':
      return `nothing fits: the shortest draft is ${u.shortestLength}/${MAX_WEIGHTED_LENGTH}, ${u.over} over`;
    case 'all-repeats':
      return 'every draft that fits was already used in this run';
    case 'no-points':
      return `no talking point suits the ask "${u.target.ask}"`;
    case 'invalid-characters':
      return `every draft short enough contains ${u.characters ?? 'characters X refuses'}`;
  }
}

/** One line per unfit target, for stderr. */
export function formatUnfit(u: Unfit): string {
  const who = `${oneLine(u.target.name)} (${u.target.id})`;
  switch (u.reason) {
    case 'too-long':
      return `nothing fits for ${who}: the shortest draft is ${u.shortestLength}/${MAX_WEIGHTED_LENGTH}, ${u.over} over; shorten a template or the short form of a point`;
    case 'all-repeats':
      return `nothing new fits for ${who}: every draft that fits was already used in this run; add templates or points`;
    case 'no-points':
      return u.pointId !== undefined
        ? `nothing to say to ${who}: the point "${oneLine(u.pointId)}" is not for the ask "${oneLine(u.target.ask)}" (see its "asks" in points.json)`
        : `nothing to say to ${who}: no talking point suits the ask "${oneLine(u.target.ask)}"`;
    case 'invalid-characters':
      return `nothing fits for ${who}: every draft short enough contains ${u.characters ?? 'characters X refuses or that nobody would see'}; pledge check shows where they are`;
  }
}
