// `pledge draft -i`: the wiring between the command line and the session (src/interactive/session.ts):
// drafts for every target, the real clipboard, browser and exporter, and the closing repeat hint.
import { existsSync } from 'node:fs';
import { ExitCode } from '../exit-codes.js';
import { unfitReporter } from '../run/unfit-report.js';
import { prepareRun, repeatCommand, whenLine, type RunOptions } from '../run/setup.js';
import { oneLine } from '../ui/sanitize.js';
import type { Io } from '../ui/io.js';

/**
 * Runs an interactive session over the drafts of a run. Every target is drafted, for the network of
 * --network or, when the campaign has handles on several, the one the user picks (see network-choice.ts); the
 * selection only decides which are ticked at first. Without a terminal (and no test prompter) it throws a UsageError.
 * Returns ExitCode.Failed when some target had no draft that fits.
 */
export async function runInteractive(options: RunOptions, io: Io): Promise<ExitCode> {
  const { requireTerminal, prompterFor } = await import('../ui/prompt.js');
  if (!io.prompter) requireTerminal('pledge draft -i', io.tty ?? { stdinIsTTY: false, stdoutIsTTY: false });
  const { campaign, seed, selected, outcomes } = await prepareRun(options, true);
  const prompter = prompterFor(io)!;
  const network = await (await import('./network-choice.js')).chooseNetwork(campaign, options.network, prompter);
  const when = await whenLine(campaign, options);
  if (when) io.err(`${oneLine(when)}\n\n`);
  const all = [...outcomes(network)];
  const unfit = unfitReporter(io);
  for (const o of all) if (o.unfit) unfit.add(o.unfit);
  unfit.end(selected.length);
  const drafts = all.flatMap((o) => (o.draft ? [o.draft] : []));
  const narrowed = options.targets?.length || options.group !== undefined;
  const [{ runSession }, clipboard, browser, exporter] = await Promise.all([
    import('./session.js'),
    import('../handoff/clipboard.js'),
    import('../handoff/browser.js'),
    import('../export/index.js'),
  ]);
  await runSession(campaign, seed, drafts, narrowed ? new Set(selected.map((t) => t.id)) : undefined, {
    prompter,
    io,
    networkOptions: { instance: options.instance, maxLength: options.maxLength },
    copy: (text) => clipboard.copyText(text, { terminal: io.terminal, write: io.clipboard }),
    describeCopy: clipboard.describeCopy,
    open: (url) => browser.openUrls([url], { opener: io.opener }),
    noBrowser: io.opener ? undefined : browser.noBrowserReason(process.env, process.platform),
    fileExists: (file) => Promise.resolve(existsSync(file)),
    exportTo: async (file, force, session) => {
      const format = exporter.resolveFormat(file);
      const written = await exporter.exportDrafts(
        { file, format, force, signal: options.signal },
        { campaignName: campaign.name, seed, time: campaign.time },
        session,
      );
      const line = exporter.describeExport(file, format, written);
      return `${line[0]!.toUpperCase()}${line.slice(1)}`;
    },
  });
  io.err(
    `\nSeed ${seed}. The same drafts again: ${io.errColors.strong(`${repeatCommand({ ...options, network }, seed)} -i`)}\n`,
  );
  return all.some((o) => o.unfit) ? ExitCode.Failed : ExitCode.Ok;
}
