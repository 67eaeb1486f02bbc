import { basename, extname, join } from 'node:path';
import { writeCampaignFiles } from '../campaign/write-campaign.js';
import { ExitCode } from '../exit-codes.js';
import { extract } from '../import/extract.js';
import { formatReport } from '../import/format-report.js';
import { readAlert } from '../import/read-alert.js';
import { buildReport } from '../import/report.js';
import { toCampaign } from '../import/to-campaign.js';
import type { Io } from '../ui/io.js';

export interface ImportOptions {
  /** The alert file: plain text, Markdown or HTML. */
  alert: string;
  /** The campaign folder to write (default: the alert's name without extension, in the current folder). */
  out?: string;
  force?: boolean;
  json?: boolean;
  /** "Today" as YYYY-MM-DD, to resolve dates written without a year (tests pin it). */
  today?: string;
}

/** The default campaign folder for an alert file: its name without extension ("action-alert"). */
export const defaultOut = (alert: string) => basename(alert, extname(alert)) || 'campaign';

/**
 * `pledge import <alert>`: reads an action alert, writes a campaign folder made from it (all three files or
 * none; never over existing ones without --force), and reports what was found, guessed and is left to do.
 */
export async function run(options: ImportOptions, io: Io): Promise<ExitCode> {
  const { doc } = await readAlert(options.alert);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const x = extract(doc, today);
  const campaign = toCampaign(x, basename(options.alert));
  const out = options.out ?? join('.', defaultOut(options.alert));
  const { campaign: c, targets, points } = campaign;
  await writeCampaignFiles(out, { campaign: c, targets, points }, { force: options.force });
  const report = buildReport(x, campaign, { alert: options.alert, format: doc.format, out });
  io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, io.colors));
  return ExitCode.Ok;
}
