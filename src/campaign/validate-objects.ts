// Validation of a campaign's three files once parsed: the rules, without reading anything (nothing from
// `node:`, so it runs in browsers too). validate.ts adds the file edge (JSON text, its syntax and repeated
// keys, the line and column of each problem); parse.ts the edge for objects (parseCampaign).
import type { Problem } from '../errors.js';
import { isValidHashtag } from '../core/hashtag.js';
import { quote } from '../ui/quote.js';
import { formatJsonPath, isRecord, type JsonPath } from './json-walk.js';
import type { Campaign, CampaignFile, CampaignFileKey, LoadedAsk, Point, Target } from './model.js';
import { networkHandleChecks, networkTemplateChecks } from './network-checks.js';
import { placeholderChecks } from './point-checks.js';
import { asciiCaseless, repeats } from './repeats.js';
import { CampaignFileSchema, PointSchema, PointsFileSchema, TargetSchema, TargetsFileSchema } from './schema.js';
import { parseTemplate, TemplateSyntaxError, type TemplatePart } from './template.js';
import { unknownAskMessages } from './unknown-name.js';
import { validateFile, validEntries } from './validate-file.js';

/** A problem located by JSON path (and, for one character of a string value, its UTF-16 `index` in the value). */
export type UnlocatedProblem = Omit<Problem, 'file' | 'line' | 'column' | 'path'> & { at: JsonPath; index?: number };

/** The problems found in one file (or the object standing for it), by JSON path. */
export interface ProblemReport {
  problems: UnlocatedProblem[];
}

function idChecks(items: { id: string }[], kind: 'target' | 'point', report: ProblemReport): void {
  for (const { index: i, first } of repeats(items.map((item) => item.id))) {
    const message = `duplicate ${kind} id ${quote(items[i]!.id)} (first at $.${kind}s[${first}])`;
    report.problems.push({ severity: 'error', rule: 'duplicate-id', at: [`${kind}s`, i, 'id'], message });
  }
}

/** What the rules on one template, hashtag or cc handle read of campaign.json (see {@link looseCampaign}). */
type CampaignPieces = Pick<CampaignFile, 'asks' | 'hashtags' | 'cc'> &
  Partial<Pick<CampaignFile, 'name' | 'description' | 'why' | 'source' | 'time'>> & { intentUrl?: string };

/** The string entries of a list, at their own indices (a sparse array: forEach skips the rest). */
function stringEntries(list: unknown): string[] {
  const out: string[] = [];
  if (Array.isArray(list)) list.forEach((item, i) => typeof item === 'string' && (out[i] = item));
  return out;
}

/**
 * The pieces of a campaign.json that fails its schema that the rules on one template, hashtag or cc handle
 * can still read: the string templates of every ask, the string hashtags and cc handles, each at its own
 * index. So a bad placeholder is reported together with another schema error in the file, not after it is
 * fixed. Own properties only (an ask named "constructor" is an ask).
 */
function looseCampaign(value: unknown): CampaignPieces | undefined {
  if (!isRecord(value)) return undefined;
  const asks = isRecord(value.asks)
    ? Object.entries(value.asks).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]))
    : [];
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const time = isRecord(value.time) ? text(value.time.text) : undefined;
  return {
    asks: Object.fromEntries(
      asks.map(([id, ask]) => [
        id,
        {
          templates: stringEntries(ask.templates),
          ...(text(ask.description) !== undefined && { description: text(ask.description) }),
        },
      ]),
    ),
    hashtags: stringEntries(value.hashtags),
    cc: stringEntries(value.cc),
    ...Object.fromEntries(
      (['name', 'description', 'why', 'source'] as const).flatMap((k) =>
        text(value[k]) === undefined ? [] : [[k, value[k]]],
      ),
    ),
    ...(time !== undefined && { time: { text: time } }),
  };
}

/**
 * Runs `rules` on pieces of a file that failed its schema, keeping only what they find at places the schema
 * said nothing about (a hashtag with a "#" is one problem, not two).
 */
export function onPieces(report: ProblemReport, rules: () => void): void {
  const before = report.problems.length;
  const said = new Set(report.problems.map((p) => formatJsonPath(p.at)));
  rules();
  const found = report.problems.splice(before);
  for (const p of found) if (!said.has(formatJsonPath(p.at))) report.problems.push(p);
}

/** Checks within campaign.json: templates parse, hashtags link. Returns the asks with parsed templates. */
function campaignChecks(campaign: CampaignPieces, report: ProblemReport): Record<string, LoadedAsk> {
  const asks: [string, LoadedAsk][] = [];
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    const parsed: TemplatePart[][] = [];
    ask.templates.forEach((template, i) => {
      try {
        parsed.push(parseTemplate(template));
      } catch (e) {
        if (!(e instanceof TemplateSyntaxError)) throw e;
        report.problems.push({
          severity: 'error',
          rule: 'template',
          at: ['asks', askId, 'templates', i],
          message: e.message,
        });
      }
    });
    asks.push([askId, { ...ask, parsed }]);
  }
  campaign.hashtags.forEach((tag, i) => {
    if (isValidHashtag(tag)) return;
    const message = `hashtag ${quote(`#${tag}`)} is not one X would link (it needs a letter, and no punctuation)`;
    report.problems.push({ severity: 'error', rule: 'invalid-hashtag', at: ['hashtags', i], message });
  });
  // The intent URL is printed and written into exports as it is: only characters a URL can hold unencoded.
  if (campaign.intentUrl !== undefined && /[^\x21-\x7e]|[<>"{}|\\^`]/.test(campaign.intentUrl)) {
    const message =
      `intentUrl ${quote(campaign.intentUrl)} has characters a URL cannot hold as they are (spaces, controls, ` +
      'quotes, angle brackets, non-ASCII): percent-encode them';
    report.problems.push({ severity: 'error', rule: 'schema', at: ['intentUrl'], message });
  }
  // fromEntries defines own properties: an ask named like an Object.prototype member stays an ordinary key.
  return Object.fromEntries(asks);
}

/** Checks within targets.json: unique ids and handles. */
function targetChecks(targets: Target[], report: ProblemReport): void {
  idChecks(targets, 'target', report);
  // A valid X handle is ASCII: compared without case, without a lower-cased copy of each.
  for (const { index: i, first } of repeats(
    targets.map((t) => t.handle || undefined),
    asciiCaseless,
  )) {
    const message = `${quote(`@${targets[i]!.handle}`)} is also the handle of $.targets[${first}] (handles are not case-sensitive)`;
    report.problems.push({ severity: 'error', rule: 'duplicate-handle', at: ['targets', i, 'handle'], message });
  }
}

export type Reports = Record<CampaignFileKey, ProblemReport>;

/** Checks across files: every ask a target or point names exists, and has templates. */
function referenceChecks(
  asks: Record<string, LoadedAsk>,
  targets: Target[] | undefined,
  points: Point[] | undefined,
  reports: Reports,
) {
  const unknownAskMessage = unknownAskMessages(Object.keys(asks));
  // Own properties only: an ask "constructor" is not Object.prototype's.
  const askOf = (ask: string) => (Object.hasOwn(asks, ask) ? asks[ask] : undefined);
  const unknownAsk = (ask: string, at: JsonPath, report: ProblemReport) => {
    if (!askOf(ask))
      report.problems.push({ severity: 'error', rule: 'unknown-ask', at, message: unknownAskMessage(ask) });
  };
  targets?.forEach((t, i) => {
    unknownAsk(t.ask, ['targets', i, 'ask'], reports.targets);
    if (askOf(t.ask)?.templates.length === 0) {
      const message = `the ask ${quote(t.ask)} has no templates, so nothing can be drafted for ${quote(t.id)}`;
      reports.targets.problems.push({
        severity: 'error',
        rule: 'ask-without-templates',
        at: ['targets', i, 'ask'],
        message,
      });
    }
  });
  points?.forEach((p, i) => p.asks?.forEach((a, j) => unknownAsk(a, ['points', i, 'asks', j], reports.points)));
}

/** Each part of a campaign that passed its own checks (a file's schema and in-file rules), whatever the others. */
export interface CheckedParts {
  campaign?: CampaignFile;
  /** What the one-template rules can read of campaign.json: all of it when valid, its string pieces when not. */
  pieces?: CampaignPieces;
  /** The asks with their templates parsed (present when campaign.json is valid). */
  asks?: Record<string, LoadedAsk>;
  targets?: Target[];
  /** The targets that are valid on their own, at their own indices (all of them when the file is valid). */
  someTargets?: Target[];
  points?: Point[];
}

/**
 * Checks the parsed content of each campaign file, and what can be checked across files, adding what is
 * wrong to each file's report. Each check runs as soon as the parts it reads are valid, so a schema error in
 * one file does not hide problems in another. `surrogates`: per file, whether its strings may hold lone
 * surrogates (false skips the scan where the JSON text has no such escape).
 */
export function checkParts(
  values: Record<CampaignFileKey, unknown>,
  reports: Reports,
  surrogates: Record<CampaignFileKey, boolean>,
): CheckedParts {
  const { campaign: c, targets: t, points: p } = values;
  const campaign =
    c === undefined ? undefined : validateFile(CampaignFileSchema, c, reports.campaign, surrogates.campaign).file;
  // targets.json is validated target by target, keeping the parsed targets (see validate-file.ts).
  const byTarget = { key: 'targets', item: TargetSchema };
  const targetsFile =
    t === undefined ? undefined : validateFile(TargetsFileSchema, t, reports.targets, surrogates.targets, byTarget);
  const targets = targetsFile?.file?.targets;
  const points =
    p === undefined ? undefined : validateFile(PointsFileSchema, p, reports.points, surrogates.points).file?.points;
  // Where a file has errors, its valid entries are still checked against the rest.
  const someTargets = targets ?? targetsFile?.entries;
  const somePoints = points ?? validEntries(PointSchema, p, 'points');
  if (someTargets) targetChecks(someTargets, reports.targets);
  if (someTargets) networkHandleChecks(someTargets, reports.targets);
  if (somePoints) idChecks(somePoints, 'point', reports.points);
  if (somePoints) placeholderChecks(somePoints, reports.points);
  const asks = campaign && campaignChecks(campaign, reports.campaign);
  if (campaign) networkTemplateChecks(campaign, reports.campaign);
  // campaign.json failed its schema: its templates and hashtags are still checked, one by one.
  const pieces = campaign ?? (c === undefined ? undefined : looseCampaign(c));
  if (!campaign && pieces) onPieces(reports.campaign, () => campaignChecks(pieces, reports.campaign));
  if (asks) referenceChecks(asks, someTargets, somePoints, reports);
  return { campaign, pieces, asks, targets, someTargets, points };
}

/** The campaign made of checked parts, when every part is there (problems aside). */
export function assembleCampaign(dir: string, { campaign, asks, targets, points }: CheckedParts): Campaign | undefined {
  if (!campaign || !asks || !targets || !points) return undefined;
  const { $schema: _, asks: __, ...rest } = campaign;
  return { ...rest, dir, asks, targets, points };
}
