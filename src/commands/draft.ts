import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { onlyMastodon, type DraftOutcome } from '../core/drafting.js';
import { jsonChunks } from '../export/formats.js';
import type { HandOffOptions } from '../handoff/hand-off.js';
import { formatProblem } from '../errors.js';
import { formatDraftText } from '../render/drafts.js';
import { unfitReporter } from '../run/unfit-report.js';
import { prepareRun, repeatCommand, whenLine, type RunOptions } from '../run/setup.js';
import { Tally } from '../run/tally.js';
import type { Io } from '../ui/io.js';
import { oneLine } from '../ui/sanitize.js';
import { locateUnsafeText, unsafeTextProblems } from '../campaign/unsafe-text.js';

export interface DraftOptions extends RunOptions, HandOffOptions {
  json?: boolean;
  /** Go through the drafts one by one at the terminal (`-i`). */
  interactive?: boolean;
  /** Also export the drafts to this file (see `pledge export`), in `format` (default: from its extension). */
  out?: string;
  format?: string;
  force?: boolean;
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
  if (options.interactive) return (await import('../interactive/start.js')).runInteractive(options, io);
  // Fail fast: an unknown extension, a destination that cannot be written or a format the campaign cannot
  // give (an .ics without a time) is said before any drafting.
  const exporter = options.out === undefined ? undefined : await import('../export/index.js');
  if (options.out === '-') {
    // It used to write a file named "-"; standard output already carries the drafts.
    throw new UsageError(
      '--out - would mix the export with the drafts on standard output: use pledge export - instead, or name a file',
    );
  }
  if (exporter) await exporter.checkDestination(options.out!, options.force);
  const format = exporter && exporter.resolveFormat(options.out!, options.format);
  const { campaign, seed, selected, outcomes, page } = await prepareRun(options);
  if (exporter) await exporter.checkFormatFor(format!, campaign);
  // The one refusal of --urls that could print nothing: every draft is for Mastodon, and no instance is given.
  if (options.urls && !options.instance && onlyMastodon(selected, options.network)) {
    throw new UsageError(
      '--urls prints intent URLs, and Mastodon has none without your instance: add --instance <host> (like mastodon.social) or set PLEDGE_MASTODON_INSTANCE',
    );
  }
  const keep = !!(options.out || options.copy || options.open);
  const kept: DraftOutcome[] = [];
  const warnings: string[] = [];
  const e = io.errColors;
  let noInstance = 0;
  const seen = new Tally(outcomes(), (o) => {
    if (keep) kept.push(o);
    if (o.draft?.intentUrl === null) noInstance++;
    const where = o.draft && options.network !== undefined ? ` (${o.draft.network})` : '';
    for (const w of o.draft?.warnings ?? [])
      warnings.push(`${e.warn('warning:')} ${o.draft!.target.id}${where}: ${oneLine(w)}\n`);
  });
  const header = {
    campaignName: campaign.name,
    seed,
    time: campaign.time,
    ...(options.network !== undefined && { network: options.network }),
  };
  const label = options.network !== undefined;

  const out = blockWriter((s) => io.out(s));
  if (options.json) {
    for (const chunk of jsonChunks(header, seen)) out.add(chunk);
  } else {
    for (const o of seen) {
      if (!o.draft) continue;
      if (options.urls) {
        if (o.draft.intentUrl !== null) out.add(`${o.draft.intentUrl}\n`);
      } else out.add(`${seen.drafts > 1 ? '\n' : ''}${formatDraftText(o.draft, io.colors, label)}`);
    }
  }
  out.flush();

  // A blank line sets the warnings off from the last draft block (as the README shows them in a terminal).
  if (!options.json && !options.urls && seen.drafts && warnings.length) io.err('\n');
  if (!options.json) for (const w of warnings) io.err(w);
  const unfit = unfitReporter(io);
  for (const u of seen.unfit) unfit.add(u);
  unfit.end(selected.length);
  if (noInstance && !options.copy && !options.open) {
    io.err(
      `${e.warn('note:')} ${noInstance} Mastodon draft${noInstance === 1 ? ' has' : 's have'} no intent URL: Mastodon has no central site, so name your instance with --instance <host> (like mastodon.social) or set PLEDGE_MASTODON_INSTANCE\n`,
    );
  }
  // Characters that must not reach a post: no draft has them (their texts were left out); say where they are.
  const hidden = unsafeTextProblems({ campaign, targets: campaign.targets, points: campaign.points });
  if (hidden.length) {
    for (const p of await locateUnsafeText(campaign, hidden)) {
      io.err(
        `${p.severity === 'error' ? e.error('error:') : e.warn('warning:')} ${oneLine(formatProblem(p))}${p.severity === 'error' ? ' (texts with it are never drafted)' : ''}\n`,
      );
    }
  }

  let code: ExitCode = seen.unfit.length ? ExitCode.Failed : ExitCode.Ok;
  if (exporter) {
    const { describeExport, exportDrafts } = exporter;
    const written = await exportDrafts(
      { file: options.out!, format: format!, force: options.force, signal: options.signal },
      { ...header, page },
      kept,
    );
    io.err(`${e.ok('✓')} ${describeExport(options.out!, format!, written)}\n`);
  }
  const drafts = kept.flatMap((o) => (o.draft ? [o.draft] : []));
  const handed =
    (options.copy || options.open) && drafts.length
      ? await (await import('../handoff/hand-off.js')).handOff(options, drafts, io)
      : ExitCode.Ok;
  if (handed !== ExitCode.Ok) code = handed;

  // The seed goes to stderr in every mode but --json (whose document has it), so any run can be repeated.
  const n = seen.drafts;
  if (options.urls) {
    const urls = n - noInstance; // Mastodon drafts without an instance have none (said above)
    io.err(
      `${urls} intent URL${urls === 1 ? '' : 's'} for ${oneLine(campaign.name)}, seed ${seed}. The same URLs again: ${e.strong(repeatCommand(options, seed, 'draft', ['--urls']))}\n`,
    );
  } else if (!options.json) {
    io.err(
      `\n${n} draft${n === 1 ? '' : 's'} for ${oneLine(campaign.name)}, seed ${seed}. The same drafts again: ${e.strong(repeatCommand(options, seed))}\n`,
    );
  }
  const when = options.json ? undefined : await whenLine(campaign, options);
  if (when) io.err(`${oneLine(when)}\n`);
  return code;
}
