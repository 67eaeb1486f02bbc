import { ExitCode } from '../exit-codes.js';
import { checkDestination, checkFormatFor, describeExport, exportDrafts, resolveFormat, STDOUT } from '../export/index.js';
import { unfitReporter } from '../run/unfit-report.js';
import { prepareRun, repeatCommand, type RunOptions } from '../run/setup.js';
import { Tally } from '../run/tally.js';
import type { Io } from '../ui/io.js';

export interface ExportOptions extends RunOptions {
  /** The file to write, or `-` for standard output. */
  file: string;
  /** One of json, csv, md, txt, html, xlsx; default: from the file's extension. */
  format?: string;
  /** Replace the file if it exists. */
  force?: boolean;
}

/**
 * `pledge export <file>`: the drafts of a run, streamed into a JSON, CSV, Markdown, text or HTML file (or to
 * standard output for `-`). Ends with the command that writes the same file again, `--force` included (the
 * file exists by then).
 */
export async function run(options: ExportOptions, io: Io): Promise<ExitCode> {
  // Fail fast: a destination that cannot be written (a folder, a file there without --force) or an unknown
  // extension is said before any drafting.
  if (options.file !== STDOUT) await checkDestination(options.file, options.force);
  const format = resolveFormat(options.file, options.format);
  const { campaign, seed, selected, outcomes, page } = await prepareRun(options);
  await checkFormatFor(format, campaign);
  const e = io.errColors;
  const unfit = unfitReporter(io);
  const reported = new Tally(outcomes(), (o) => o.unfit && unfit.add(o.unfit));
  const toStdout = options.file === STDOUT;
  const destination = {
    file: options.file,
    format,
    force: options.force,
    signal: options.signal,
    ...(toStdout && { stdout: (s: string) => io.out(s) }),
  };
  const written = await exportDrafts(
    destination,
    {
      campaignName: campaign.name,
      seed,
      time: campaign.time,
      page,
      ...(options.network !== undefined && { network: options.network }),
    },
    reported,
  );
  unfit.end(selected.length);
  const again = repeatCommand(options, seed, 'export', [
    options.file,
    ...(options.format === undefined ? [] : ['--format', format]),
    ...(toStdout ? [] : ['--force']),
  ]);
  io.err(
    `${e.ok('✓')} ${describeExport(options.file, format, written, seed)}. The same ${toStdout ? 'output' : 'file'} again: ${e.strong(again)}\n`,
  );
  return reported.unfit.length ? ExitCode.Failed : ExitCode.Ok;
}
