import { checkCampaign } from '../campaign/check.js';
import { formatProblem, type Problem } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../ui/io.js';
import { oneLine, toJsonText } from '../ui/sanitize.js';
import { visible } from '../ui/quote.js';

export interface CheckOptions {
  campaignDir: string;
  json?: boolean;
  /** Warnings fail the check too. */
  strict?: boolean;
  /** "Today", for handle staleness (tests pin it). */
  now?: Date;
}

/** `problems[]` of `pledge check --json`: every key always present, null where unknown. */
export interface ProblemJson {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: number | null;
  path: string | null;
  rule: string;
  message: string;
}

/** One problem as `pledge check --json` prints it. */
export function toProblemJson(p: Problem): ProblemJson {
  return {
    severity: p.severity,
    file: p.file,
    line: p.line ?? null,
    column: p.column ?? null,
    path: p.path ?? null,
    rule: p.rule,
    message: p.message,
  };
}

/** `pledge check`: every problem of the campaign in one run; exit 1 on errors (and with --strict on warnings). */
export async function run(options: CheckOptions, io: Io): Promise<ExitCode> {
  const problems = await checkCampaign(options.campaignDir, { now: options.now });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (options.json) {
    io.out(`${toJsonText({ problems: problems.map(toProblemJson), errors, warnings })}\n`);
  } else {
    const c = io.colors;
    for (const p of problems) {
      const tag = p.severity === 'error' ? c.error('error') : c.warn('warning');
      io.out(
        `${oneLine(formatProblem({ ...p, message: '' }).replace(/: $/, ''))}  ${tag}  ${c.dim(p.rule)}\n    ${oneLine(p.message)}\n`,
      );
    }
    const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    io.out(
      problems.length
        ? `\n${errors ? c.error(`✖ ${summary}`) : c.warn(`! ${summary}`)}\n`
        : `${c.ok('✓')} no problems found in ${visible(options.campaignDir)}\n`,
    );
  }
  return errors || (options.strict && warnings) ? ExitCode.Failed : ExitCode.Ok;
}
