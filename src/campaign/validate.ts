// The file edge of validation, loaded only when a campaign has to be validated (zod is not on the start-up path
// of the built-in one): JSON text, its syntax and repeated keys, and the line and column of each problem.
// The rules themselves are in parse.ts, which reads nothing.
import { CampaignError, type Problem } from '../errors.js';
import { quote } from '../ui/quote.js';
import { formatJsonPath, keyCount, keysWritten, type JsonPath } from './json-walk.js';
import { RELEASE_ABOVE, sourceText, type Campaign, type CampaignSource, type CampaignSources } from './load.js';
import type { CampaignFileKey } from './model.js';
import { assembleCampaign, checkParts, type CheckedParts, type ProblemReport } from './validate-objects.js';

export type { JsonPath };

/** Problems found in one file, located by JSON path until {@link locate} finds their lines. */
export interface FileReport extends ProblemReport {
  source: CampaignSource;
}

/**
 * Parses one file's text. A large text (24 MB for 100,000 targets) is dropped as soon as it is parsed and its
 * keys counted, before anything else allocates, and read again only to locate a problem.
 */
async function parseJson(source: CampaignSource, problems: Problem[]): Promise<unknown> {
  if ('parsed' in source) {
    const { parsed } = source;
    delete source.parsed; // held once, by the campaign
    return parsed;
  }
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (e) {
    const { locateSyntaxError } = await import('./json-locate.js');
    const at = locateSyntaxError(source.text);
    const message = at?.message ?? `invalid JSON: ${(e as Error).message}`;
    problems.push({
      severity: 'error',
      file: source.file,
      rule: 'json-syntax',
      message,
      ...(at && { line: at.line, column: at.column }),
    });
    return undefined;
  }
  const written = keysWritten(source.text);
  // JSON text can only produce a lone surrogate through a \uD800-\uDFFF escape: note whether it has one.
  source.surrogateEscapes = /\\u[dD][89a-fA-F]/.test(source.text);
  if (source.text.length > RELEASE_ABOVE) {
    source.text = '';
    source.released = true;
  }
  const locator = written === keyCount(value) ? undefined : await import('./json-locate.js');
  const repeated = locator ? locator.duplicateKeys(sourceText(source)) : [];
  for (const d of repeated) {
    const key = d.at[d.at.length - 1] as string;
    const message =
      `the key ${quote(key)} is written twice in one object (first at line ${d.firstPosition.line}); ` +
      'JSON would keep only the last: remove or rename one';
    const path = formatJsonPath(d.at);
    problems.push({ severity: 'error', file: source.file, ...d.position, path, rule: 'duplicate-key', message });
  }
  return repeated.length ? undefined : value;
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
        return {
          ...p,
          file: r.source.file,
          ...(where && { line: where.line, column: where.column }),
          path: formatJsonPath(at),
        };
      })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  });
}

/**
 * What validation found: JSON syntax problems (located), every other problem still by JSON path in its file's
 * report, and each part that passed its own checks (see {@link checkParts}).
 */
export interface ValidatedParts extends CheckedParts {
  syntax: Problem[];
  reports: Record<CampaignFileKey, FileReport>;
}

/**
 * Validates each file of a campaign and what can be checked across files. Each check runs as soon as the
 * files it reads are valid, so a schema error in one file does not hide problems in another.
 */
export async function validateParts(sources: CampaignSources): Promise<ValidatedParts> {
  const syntax: Problem[] = [];
  const [campaign, targets, points] = await Promise.all([
    parseJson(sources.campaign, syntax),
    parseJson(sources.targets, syntax),
    parseJson(sources.points, syntax),
  ]);
  const reports: Record<CampaignFileKey, FileReport> = {
    campaign: { source: sources.campaign, problems: [] },
    targets: { source: sources.targets, problems: [] },
    points: { source: sources.points, problems: [] },
  };
  // JSON text can only hold a lone surrogate through a \uD800-\uDFFF escape: scan the strings only then.
  const surrogates = (key: CampaignFileKey) => sources[key].surrogateEscapes !== false;
  const parts = checkParts({ campaign, targets, points }, reports, {
    campaign: surrogates('campaign'),
    targets: surrogates('targets'),
    points: surrogates('points'),
  });
  return { syntax, reports, ...parts };
}

/** Validates a campaign's sources; throws a {@link CampaignError} with every problem found. */
export async function validateCampaign(dir: string, sources: CampaignSources): Promise<Campaign> {
  const parts = await validateParts(sources);
  const problems = [...parts.syntax, ...(await locate(Object.values(parts.reports)))];
  const campaign = assembleCampaign(dir, parts);
  if (problems.length || !campaign) throw new CampaignError(problems);
  return campaign;
}
