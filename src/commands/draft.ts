import { existsSync } from 'node:fs';
import { loadCampaign } from '../campaign/load.js';
import { checkPoint, selectTargets, type Selection } from '../campaign/select.js';
import { draftEach, type Draft, type DraftOutcome, type Unfit } from '../core/fit.js';
import { ExitCode } from '../exit-codes.js';
import { jsonChunks } from '../export/formats.js';
import { formatDraftText, formatUnfit } from '../render/drafts.js';
import { shellQuote, type Io } from '../ui/io.js';
import { oneLine } from '../ui/sanitize.js';

export interface DraftOptions extends Selection {
  campaignDir: string;
  /** A build-time snapshot that may stand for the campaign (the built-in one). */
  snapshot?: string;
  /** How the user named the campaign (`--campaign` as typed), for the repeat hint; absent for the built-in one. */
  campaignArg?: string;
  /** Random when absent; always reported. */
  seed?: number;
  json?: boolean;
  urls?: boolean;
  /** Copy what is printed (the drafts, or the URLs with `urls`) to the clipboard. */
  copy?: boolean;
  /** Open the intent URLs in the browser; `yes` skips the question for more than 3. */
  open?: boolean;
  yes?: boolean;
  /** Go through the drafts one by one at the terminal (`-i`). */
  interactive?: boolean;
  /** Also export the drafts to this file (see `pledge export`). */
  out?: string;
  format?: string;
  force?: boolean;
  pageScript?: string;
  signal?: AbortSignal;
}

/** A fresh random seed, for runs where the user gave none. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * Loads the campaign and checks the selection; shared by every command that drafts. `allTargets` drafts
 * for every target anyway (interactive mode shows the selection as pre-ticked, not as a filter).
 */
export async function prepare(options: DraftOptions, allTargets = false) {
  const campaign = await loadCampaign(options.campaignDir, { snapshot: options.snapshot });
  const selected = selectTargets(campaign, options);
  checkPoint(campaign, options.point);
  const seed = options.seed ?? randomSeed();
  const targets = allTargets ? campaign.targets : selected;
  return { campaign, seed, selected, outcomes: () => draftEach(campaign, seed, { targets, pointId: options.point }) };
}

/** The command line that repeats this run exactly. */
export function repeatCommand(options: DraftOptions, seed: number, command = 'draft'): string {
  const args = ['pledge', command];
  if (options.campaignArg !== undefined) args.push('--campaign', options.campaignArg);
  if (options.targets?.length) args.push('--target', ...options.targets);
  if (options.group !== undefined) args.push('--group', options.group);
  if (options.point !== undefined) args.push('--point', options.point);
  args.push('--seed', String(seed));
  return args.map(shellQuote).join(' ');
}

/** What `--copy` puts on the clipboard: exactly what the mode prints (one draft: just that draft). */
export function clipboardText(drafts: readonly Draft[], urls: boolean): string {
  return urls ? drafts.map((d) => d.intentUrl).join('\n') : drafts.map((d) => d.text).join('\n\n');
}

async function handOff(options: DraftOptions, drafts: Draft[], io: Io): Promise<ExitCode> {
  const e = io.errColors;
  if (options.copy && drafts.length) {
    const { copyText, describeCopy } = await import('../handoff/clipboard.js');
    const result = await copyText(clipboardText(drafts, !!options.urls), { terminal: io.terminal, write: io.clipboard });
    const what = options.urls ? `${drafts.length} intent URL${drafts.length === 1 ? '' : 's'}` : drafts.length === 1 ? 'the draft' : `${drafts.length} drafts`;
    io.err(`${result.method === 'none' ? e.warn('warning:') : e.ok('✓')} ${describeCopy(result, what)}\n`);
  }
  if (options.open && drafts.length) {
    if (drafts.length > 3 && !options.yes) {
      const { prompterFor } = await import('../ui/prompt.js');
      const prompter = prompterFor(io);
      if (!prompter) {
        io.err(`${e.error('error:')} not opening ${drafts.length} browser tabs without a terminal to ask on; add --yes, or choose fewer with --target or --group\n`);
        return ExitCode.Usage;
      }
      if (!(await prompter.confirm({ message: `Open ${drafts.length} tabs in your browser?`, default: false }))) return ExitCode.Ok;
    }
    const { openUrls } = await import('../handoff/browser.js');
    try {
      await openUrls(drafts.map((d) => d.intentUrl), { opener: io.opener });
      io.err(`${e.ok('✓')} opened ${drafts.length} intent URL${drafts.length === 1 ? '' : 's'} in the browser: press Post on each\n`);
    } catch (err) {
      io.err(`${e.error('error:')} ${oneLine((err as Error).message)}; the URLs are printed above\n`);
      return ExitCode.Io;
    }
  }
  return ExitCode.Ok;
}

async function interactive(options: DraftOptions, io: Io): Promise<ExitCode> {
  const { requireTerminal, prompterFor } = await import('../ui/prompt.js');
  if (!io.prompter) requireTerminal('pledge draft -i', io.tty ?? { stdinIsTTY: false, stdoutIsTTY: false });
  const { campaign, seed, selected, outcomes } = await prepare(options, true);
  const all = [...outcomes()];
  for (const o of all) if (o.unfit) io.err(`${io.errColors.error('error:')} ${formatUnfit(o.unfit)}\n`);
  const drafts = all.flatMap((o) => (o.draft ? [o.draft] : []));
  const narrowed = options.targets?.length || options.group !== undefined;
  const [{ runSession }, clipboard, browser, exporter] = await Promise.all([
    import('../interactive/session.js'),
    import('../handoff/clipboard.js'),
    import('../handoff/browser.js'),
    import('../export/index.js'),
  ]);
  await runSession(campaign, seed, drafts, narrowed ? new Set(selected.map((t) => t.id)) : undefined, {
    prompter: prompterFor(io)!,
    io,
    copy: (text) => clipboard.copyText(text, { terminal: io.terminal, write: io.clipboard }),
    describeCopy: clipboard.describeCopy,
    open: (url) => browser.openUrls([url], { opener: io.opener }),
    noBrowser: io.opener ? undefined : browser.noBrowserReason(process.env, process.platform),
    fileExists: async (file) => existsSync(file),
    exportTo: async (file, force, session) => {
      const format = exporter.resolveFormat(file);
      const written = await exporter.exportDrafts({ file, format, force, pageScript: options.pageScript, signal: options.signal }, { campaignName: campaign.name, seed }, session);
      const line = exporter.describeExport(file, format, written);
      return `${line[0]!.toUpperCase()}${line.slice(1)})`;
    },
  });
  io.err(`\nSeed ${seed}. The same drafts again: ${io.errColors.strong(`${repeatCommand(options, seed)} -i`)}\n`);
  return all.some((o) => o.unfit) ? ExitCode.Failed : ExitCode.Ok;
}

/** Collects writes into blocks: thousands of small writes to a pipe or file cost more than the text itself. */
function blockWriter(write: (s: string) => void) {
  let block = '';
  return {
    add(s: string) {
      block += s;
      if (block.length > 1 << 16) {
        write(block);
        block = '';
      }
    },
    flush() {
      if (block) write(block);
      block = '';
    },
  };
}

/**
 * `pledge draft`: one tweet per target, as text, JSON or intent URLs; optionally copied, opened, exported.
 * Drafts are printed as they are made; they are kept in memory only when they are handed off afterwards.
 */
export async function run(options: DraftOptions, io: Io): Promise<ExitCode> {
  if (options.interactive) return interactive(options, io);
  const { campaign, seed, outcomes } = await prepare(options);
  const keep = !!(options.out || options.copy || options.open);
  const kept: DraftOutcome[] = [];
  const unfit: Unfit[] = [];
  const warnings: string[] = [];
  let count = 0;
  const e = io.errColors;
  const seen = (function* () {
    for (const o of outcomes()) {
      if (keep) kept.push(o);
      if (o.unfit) unfit.push(o.unfit);
      else {
        count++;
        for (const w of o.draft.warnings) warnings.push(`${e.warn('warning:')} ${o.draft.target.id}: ${oneLine(w)}\n`);
      }
      yield o;
    }
  })();

  const out = blockWriter((s) => io.out(s));
  if (options.json) {
    for (const chunk of jsonChunks({ campaignName: campaign.name, seed }, seen)) out.add(chunk);
  } else {
    for (const o of seen) {
      if (!o.draft) continue;
      out.add(options.urls ? `${o.draft.intentUrl}\n` : `${count > 1 ? '\n' : ''}${formatDraftText(o.draft, io.colors)}`);
    }
  }
  out.flush();

  if (!options.json) for (const w of warnings) io.err(w);
  for (const u of unfit) io.err(`${e.error('error:')} ${formatUnfit(u)}\n`);

  let code: ExitCode = unfit.length ? ExitCode.Failed : ExitCode.Ok;
  if (options.out) {
    const { describeExport, exportDrafts, resolveFormat } = await import('../export/index.js');
    const format = resolveFormat(options.out, options.format);
    const written = await exportDrafts({ file: options.out, format, force: options.force, pageScript: options.pageScript, signal: options.signal }, { campaignName: campaign.name, seed }, kept);
    io.err(`${e.ok('✓')} ${describeExport(options.out, format, written)})\n`);
  }
  const handed = await handOff(options, kept.flatMap((o) => (o.draft ? [o.draft] : [])), io);
  if (handed !== ExitCode.Ok) code = handed;

  if (!options.json && !options.urls) {
    io.err(`\n${count} draft${count === 1 ? '' : 's'} for ${oneLine(campaign.name)}, seed ${seed}. The same drafts again: ${e.strong(repeatCommand(options, seed))}\n`);
  }
  return code;
}
