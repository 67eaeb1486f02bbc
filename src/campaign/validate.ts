// Loaded only when a campaign has to be validated (zod is not on the start-up path of the built-in one).
import type * as z from 'zod/mini';
import { CampaignError, type Problem } from '../errors.js';
import { RELEASE_ABOVE, sourceText, type Campaign, type CampaignFileKey, type CampaignSource, type CampaignSources, type LoadedAsk } from './load.js';
import { isValidHashtag } from '../core/hashtag.js';
import { CampaignFileSchema, PointSchema, PointsFileSchema, TargetSchema, TargetsFileSchema, type CampaignFile, type Point, type Target } from './schema.js';
import { networkHandleChecks, networkTemplateChecks } from './network-checks.js';
import { placeholderChecks } from './point-checks.js';
import { parseTemplate, TemplateSyntaxError, type TemplatePart } from './template.js';
import { jsonStrings, mayRepeatKeys, protoKeys, type JsonPath } from './json-walk.js';
import { quote } from '../ui/quote.js';
import { describeIssue } from './issues.js';
import { unknownAskMessages } from './unknown-name.js';

export type { JsonPath };

/** A {@link Problem} located by JSON path only, within a file known from context; {@link locate} adds the rest. */
/** A problem located by JSON path (and, for one character of a string value, its UTF-16 `index` in the value). */
export type UnlocatedProblem = Omit<Problem, 'file' | 'line' | 'column' | 'path'> & { at: JsonPath; index?: number };

/** Problems found in one file, located by JSON path until {@link locate} finds their lines. */
export interface FileReport {
  source: CampaignSource;
  problems: UnlocatedProblem[];
}

/** `$.targets[2].handle` */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => {
    if (typeof k === 'number') return `${s}[${k}]`;
    const key = String(k);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${s}.${key}` : `${s}[${JSON.stringify(key)}]`;
  }, '$');
}

/** Paths of strings that cannot be encoded (lone UTF-16 surrogates, which JSON's \u escapes allow). */
function* malformedStrings(value: unknown): Generator<{ at: JsonPath; index: number }> {
  for (const { at, value: text } of jsonStrings(value)) {
    if (text.isWellFormed()) continue;
    const index = [...text].findIndex((ch) => ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff);
    yield { at, index };
  }
}

/** The entries of `value[key]` that are valid on their own, at their own indices (a sparse array). */
function validEntries<S extends z.ZodMiniType>(schema: S, value: unknown, key: string): z.output<S>[] | undefined {
  const list = (value as Record<string, unknown> | undefined)?.[key];
  if (!Array.isArray(list)) return undefined;
  const out: z.output<S>[] = [];
  list.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out[i] = r.data;
  });
  return out;
}

async function parseJson(source: CampaignSource, problems: Problem[]): Promise<unknown> {
  try {
    const value: unknown = JSON.parse(source.text);
    // JSON text can only produce a lone surrogate through a \uD800-\uDFFF escape: note whether it has one.
    source.surrogateEscapes = /\\u[dD][89a-fA-F]/.test(source.text);
    const repeated = mayRepeatKeys(source.text, value) ? (await import('./json-locate.js')).duplicateKeys(source.text) : [];
    if (repeated.length) {
      for (const d of repeated) {
        const key = d.at[d.at.length - 1] as string;
        problems.push({ severity: 'error', file: source.file, ...d.position, path: formatJsonPath(d.at), rule: 'duplicate-key', message: `the key ${quote(key)} is written twice in one object (first at line ${d.firstPosition.line}); JSON would keep only the last: remove or rename one` });
      }
      return undefined;
    }
    if (source.text.length > RELEASE_ABOVE) {
      source.text = '';
      source.released = true;
    }
    return value;
  } catch (e) {
    const { locateSyntaxError } = await import('./json-locate.js');
    const at = locateSyntaxError(source.text);
    problems.push({ severity: 'error', file: source.file, rule: 'json-syntax', message: at?.message ?? `invalid JSON: ${(e as Error).message}`, ...(at && { line: at.line, column: at.column }) });
    return undefined;
  }
}

function validate<S extends z.ZodMiniType>(schema: S, value: unknown, report: FileReport): z.output<S> | undefined {
  for (const { at, index } of report.source.surrogateEscapes !== false ? malformedStrings(value) : []) {
    report.problems.push({ severity: 'error', rule: 'encoding', at, message: `text contains a lone UTF-16 surrogate at character ${index + 1}, which cannot be encoded` });
  }
  const result = schema.safeParse(value);
  const issues = result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, value));
  // zod's records skip a "__proto__" key without a word (its strict objects report it as unknown): say so.
  const reported = new Set(issues.map((p) => formatJsonPath(p.at)));
  for (const at of protoKeys(value)) {
    if (!reported.has(formatJsonPath(at))) issues.push({ severity: 'error', rule: 'schema', at, message: 'the key "__proto__" is not allowed here' });
  }
  for (const p of issues) report.problems.push(p);
  if (!result.success || issues.length) return undefined;
  return report.problems.length ? undefined : result.data;
}

type Reports = Record<CampaignFileKey, FileReport>;

function idChecks(items: { id: string }[], kind: 'target' | 'point', report: FileReport): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else report.problems.push({ severity: 'error', rule: 'duplicate-id', at: [`${kind}s`, i, 'id'], message: `duplicate ${kind} id ${quote(item.id)} (first at $.${kind}s[${first}])` });
  });
}

/** What the rules on one template, hashtag or cc handle read of campaign.json (see {@link looseCampaign}). */
export type CampaignPieces = Pick<CampaignFile, 'asks' | 'hashtags' | 'cc'> & { intentUrl?: string };

/** The string entries of a list, at their own indices (a sparse array: forEach skips the rest). */
function stringEntries(list: unknown): string[] {
  const out: string[] = [];
  if (Array.isArray(list)) list.forEach((item, i) => typeof item === 'string' && (out[i] = item));
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The pieces of a campaign.json that fails its schema that the rules on one template, hashtag or cc handle
 * can still read: the string templates of every ask, the string hashtags and cc handles, each at its own
 * index. So a bad placeholder is reported together with another schema error in the file, not after it is
 * fixed. Own properties only (an ask named "constructor" is an ask).
 */
function looseCampaign(value: unknown): CampaignPieces | undefined {
  if (!isRecord(value)) return undefined;
  const asks = isRecord(value.asks) ? Object.entries(value.asks).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1])) : [];
  return {
    asks: Object.fromEntries(asks.map(([id, ask]) => [id, { templates: stringEntries(ask.templates) }])),
    hashtags: stringEntries(value.hashtags),
    cc: stringEntries(value.cc),
  };
}

/**
 * Runs `rules` on pieces of a file that failed its schema, keeping only what they find at places the schema
 * said nothing about (a hashtag with a "#" is one problem, not two).
 */
export function onPieces(report: FileReport, rules: () => void): void {
  const before = report.problems.length;
  const said = new Set(report.problems.map((p) => formatJsonPath(p.at)));
  rules();
  const found = report.problems.splice(before);
  for (const p of found) if (!said.has(formatJsonPath(p.at))) report.problems.push(p);
}

/** Checks within campaign.json: templates parse, hashtags link. Returns the asks with parsed templates. */
function campaignChecks(campaign: CampaignPieces, report: FileReport): Record<string, LoadedAsk> {
  const asks: [string, LoadedAsk][] = [];
  for (const [askId, ask] of Object.entries(campaign.asks)) {
    const parsed: TemplatePart[][] = [];
    ask.templates.forEach((template, i) => {
      try {
        parsed.push(parseTemplate(template));
      } catch (e) {
        if (!(e instanceof TemplateSyntaxError)) throw e;
        report.problems.push({ severity: 'error', rule: 'template', at: ['asks', askId, 'templates', i], message: e.message });
      }
    });
    asks.push([askId, { ...ask, parsed }]);
  }
  campaign.hashtags.forEach((tag, i) => {
    if (!isValidHashtag(tag)) report.problems.push({ severity: 'error', rule: 'invalid-hashtag', at: ['hashtags', i], message: `hashtag ${quote(`#${tag}`)} is not one X would link (it needs a letter, and no punctuation)` });
  });
  // The intent URL is printed and written into exports as it is: only characters a URL can hold unencoded.
  if (campaign.intentUrl !== undefined && /[^\x21-\x7e]|[<>"{}|\\^`]/.test(campaign.intentUrl)) {
    report.problems.push({ severity: 'error', rule: 'schema', at: ['intentUrl'], message: `intentUrl ${quote(campaign.intentUrl)} has characters a URL cannot hold as they are (spaces, controls, quotes, angle brackets, non-ASCII): percent-encode them` });
  }
  // fromEntries defines own properties: an ask named like an Object.prototype member stays an ordinary key.
  return Object.fromEntries(asks);
}

/** Checks within targets.json: unique ids and handles. */
function targetChecks(targets: Target[], report: FileReport): void {
  idChecks(targets, 'target', report);
  const handles = new Map<string, number>();
  targets.forEach((t, i) => {
    if (!t.handle) return;
    const first = handles.get(t.handle.toLowerCase());
    if (first === undefined) handles.set(t.handle.toLowerCase(), i);
    else report.problems.push({ severity: 'error', rule: 'duplicate-handle', at: ['targets', i, 'handle'], message: `${quote(`@${t.handle}`)} is also the handle of $.targets[${first}] (handles are not case-sensitive)` });
  });
}

/** Checks across files: every ask a target or point names exists, and has templates. */
function referenceChecks(asks: Record<string, LoadedAsk>, targets: Target[] | undefined, points: Point[] | undefined, reports: Reports): void {
  const unknownAskMessage = unknownAskMessages(Object.keys(asks));
  // Own properties only: an ask "constructor" is not Object.prototype's.
  const askOf = (ask: string) => (Object.hasOwn(asks, ask) ? asks[ask] : undefined);
  const unknownAsk = (ask: string, at: JsonPath, report: FileReport) => {
    if (!askOf(ask)) report.problems.push({ severity: 'error', rule: 'unknown-ask', at, message: unknownAskMessage(ask) });
  };
  targets?.forEach((t, i) => {
    unknownAsk(t.ask, ['targets', i, 'ask'], reports.targets);
    if (askOf(t.ask)?.templates.length === 0) {
      reports.targets.problems.push({ severity: 'error', rule: 'ask-without-templates', at: ['targets', i, 'ask'], message: `the ask ${quote(t.ask)} has no templates, so nothing can be drafted for ${quote(t.id)}` });
    }
  });
  points?.forEach((p, i) => p.asks?.forEach((a, j) => unknownAsk(a, ['points', i, 'asks', j], reports.points)));
}

/** Turns file reports into problems with line and column; loads the JSON locator only when needed. */
export async function locate(reports: FileReport[]): Promise<Problem[]> {
  if (!reports.some((r) => r.problems.length)) return [];
  const { pathLocator } = await import('./json-locate.js');
  return reports.flatMap((r) => {
    if (!r.problems.length) return [];
    const locatePath = pathLocator(sourceText(r.source), r.problems.map((p) => p.at));
    return r.problems
      .map(({ at, index, ...p }): Problem => {
        const where = locatePath(at, index);
        return { ...p, file: r.source.file, ...(where && { line: where.line, column: where.column }), path: formatJsonPath(at) };
      })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  });
}

/**
 * What validation found: JSON syntax problems (located), every other problem still by JSON path in its file's
 * report, and each part that passed its own checks (a file's schema and in-file rules), whatever the others.
 */
export interface ValidatedParts {
  syntax: Problem[];
  reports: Record<CampaignFileKey, FileReport>;
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
 * Validates each file of a campaign and what can be checked across files. Each check runs as soon as the
 * files it reads are valid, so a schema error in one file does not hide problems in another.
 */
export async function validateParts(sources: CampaignSources): Promise<ValidatedParts> {
  const syntax: Problem[] = [];
  const [c, t, p] = await Promise.all([parseJson(sources.campaign, syntax), parseJson(sources.targets, syntax), parseJson(sources.points, syntax)]);
  const reports: Reports = {
    campaign: { source: sources.campaign, problems: [] },
    targets: { source: sources.targets, problems: [] },
    points: { source: sources.points, problems: [] },
  };
  const campaign = c === undefined ? undefined : validate(CampaignFileSchema, c, reports.campaign);
  const targets = t === undefined ? undefined : validate(TargetsFileSchema, t, reports.targets)?.targets;
  const points = p === undefined ? undefined : validate(PointsFileSchema, p, reports.points)?.points;
  // Where a file has errors, its valid entries are still checked against the rest.
  const someTargets = targets ?? validEntries(TargetSchema, t, 'targets');
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
  return { syntax, reports, campaign, pieces, asks, targets, someTargets, points };
}

/** The campaign made of validated parts, when every part is there (problems aside). */
export function assembleCampaign(dir: string, { campaign, asks, targets, points }: ValidatedParts): Campaign | undefined {
  if (!campaign || !asks || !targets || !points) return undefined;
  const { $schema: _, asks: __, ...rest } = campaign;
  return { ...rest, dir, asks, targets, points };
}

/** Validates a campaign's sources; throws a {@link CampaignError} with every problem found. */
export async function validateCampaign(dir: string, sources: CampaignSources): Promise<Campaign> {
  const parts = await validateParts(sources);
  const problems = [...parts.syntax, ...(await locate(Object.values(parts.reports)))];
  const campaign = assembleCampaign(dir, parts);
  if (problems.length || !campaign) throw new CampaignError(problems);
  return campaign;
}
