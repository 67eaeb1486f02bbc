import { basename, extname, join } from 'node:path';
import { writeCampaignFiles } from '../campaign/write-campaign.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { extract } from '../import/extract.js';
import { formatReport } from '../import/format-report.js';
import { readAlert } from '../import/read-alert.js';
import { buildReport } from '../import/report.js';
import { toCampaign } from '../import/to-campaign.js';
import { whyUnusable } from '../import/usable.js';
import type { Io } from '../ui/io.js';
import { toJsonText } from '../ui/sanitize.js';

export interface ImportOptions {
  /** The alert file: plain text, Markdown or HTML. */
  alert: string;
  /** The campaign folder to write (default: the alert's name without extension, in the current folder). */
  out?: string;
  force?: boolean;
  json?: boolean;
  /**
   * The import date as YYYY-MM-DD (`--today`): what "tomorrow", "this Saturday" and dates without a year are read
   * against. Default: today's date where the user is.
   */
  today?: string;
}

/** Today's date in the local time zone (YYYY-MM-DD): an alert's "tomorrow" is the reader's. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The default campaign folder for an alert file: its name without extension ("action-alert"). */
export const defaultOut = (alert: string) => basename(alert, extname(alert)) || 'campaign';

/**
 * `pledge import <alert>`: reads an action alert, writes a campaign folder made from it (all three files or
 * none; never over existing ones without --force), and reports what was found, guessed and is left to do.
 * The campaign written passes `pledge check` with no errors and drafts at once: an empty alert, or one no
 * such campaign can be made from, is a {@link UsageError} (exit 2) saying why, and nothing is written.
 */
export async function run(options: ImportOptions, io: Io): Promise<ExitCode> {
  const { doc } = await readAlert(options.alert);
  if (!doc.lines.length)
    throw new UsageError(
      `${options.alert}: the alert is empty (no text${doc.format === 'text' ? '' : ` in its ${doc.format === 'html' ? 'HTML' : 'Markdown'}`}): nothing to import, nothing written`,
    );
  const today = options.today ?? localToday();
  const x = extract(doc, today);
  const campaign = toCampaign(x, basename(options.alert));
  const why = whyUnusable(campaign, new Date(`${today}T12:00:00Z`));
  if (why)
    throw new UsageError(
      `${options.alert}: cannot make a campaign that passes check and drafts (${why}); nothing written`,
    );
  const out = options.out ?? join('.', defaultOut(options.alert));
  const { campaign: c, targets, points } = campaign;
  await writeCampaignFiles(out, { campaign: c, targets, points }, { force: options.force });
  const report = buildReport(x, campaign, { alert: options.alert, format: doc.format, out, removed: doc.removed });
  io.out(options.json ? `${toJsonText(report)}\n` : formatReport(report, io.colors));
  return ExitCode.Ok;
}
