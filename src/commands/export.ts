import { ExitCode } from '../exit-codes.js';
import { describeExport, exportDrafts, resolveFormat } from '../export/index.js';
import { formatUnfit } from '../render/drafts.js';
import type { Io } from '../ui/io.js';
import { oneLine } from '../ui/sanitize.js';
import { prepare, repeatCommand, type DraftOptions } from './draft.js';

export interface ExportOptions extends Omit<DraftOptions, 'json' | 'urls' | 'copy' | 'open' | 'yes' | 'out'> {
  file: string;
}

/** `pledge export <file>`: the drafts of a run, streamed into a JSON, CSV, Markdown, text or HTML file. */
export async function run(options: ExportOptions, io: Io): Promise<ExitCode> {
  const format = resolveFormat(options.file, options.format);
  const { campaign, seed, outcomes } = await prepare(options);
  const e = io.errColors;
  let unfit = 0;
  const reported = (function* () {
    for (const o of outcomes()) {
      if (o.unfit) {
        unfit++;
        io.err(`${e.error('error:')} ${formatUnfit(o.unfit)}\n`);
      }
      yield o;
    }
  })();
  const written = await exportDrafts({ file: options.file, format, force: options.force, pageScript: options.pageScript, signal: options.signal }, { campaignName: campaign.name, seed }, reported);
  io.err(
    `${e.ok('✓')} ${describeExport(options.file, format, written)}, seed ${seed}). The same file again: ${e.strong(`${repeatCommand(options, seed, 'export')} ${oneLine(options.file)}`)}\n`,
  );
  return unfit ? ExitCode.Failed : ExitCode.Ok;
}
