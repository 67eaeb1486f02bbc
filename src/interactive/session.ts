// `pledge draft -i`: choose targets (choose-targets.ts), then for each one show its draft and act on it (send,
// copy, or change it: change-draft.ts), then a summary and an offer to export.
import type { Campaign } from '../campaign/load.js';
import { PledgeError } from '../errors.js';
import type { Target } from '../campaign/model.js';
import type { Draft, DraftOutcome } from '../core/draft.js';
import { extensionList, STDOUT } from '../export/extensions.js';
import { FORMATS } from '../export/formats.js';
import type { CopyResult } from '../handoff/clipboard.js';
import type { NetworkOptions } from '../networks/index.js';
import { formatCount, formatTargetLine } from '../render/drafts.js';
import type { Io } from '../ui/io.js';
import type { Choice, Prompter } from '../ui/prompt.js';
import { plural } from '../ui/plural.js';
import { oneLine, sanitize } from '../ui/sanitize.js';
import { edit, reword } from './change-draft.js';
import { chooseTargets } from './choose-targets.js';

/** What became of a target's draft: opened in the browser (the supporter presses Post there), copied, or skipped. */
type Status = 'opened' | 'copied' | 'skipped';

/** What became of one target in a session. */
export interface SessionRecord {
  target: Target;
  /** The draft as it stood at the end (edited or re-worded, if the user did). */
  draft: Draft;
  status: Status;
}

/** What a session needs from the outside world; tests script all of it. */
export interface SessionDeps {
  prompter: Prompter;
  io: Io;
  copy(text: string): Promise<CopyResult>;
  describeCopy(result: CopyResult, what: string): string;
  open(url: string): Promise<void>;
  /** Why the browser cannot be used here, if it cannot: the choice is then shown disabled. */
  noBrowser?: string;
  /** Writes the session's drafts to a file; resolves to a line saying what was written. */
  exportTo(file: string, force: boolean, outcomes: DraftOutcome[]): Promise<string>;
  fileExists(file: string): Promise<boolean>;
  /** Mastodon's instance and limit, for intent URLs and counts of edited and re-worded drafts. */
  networkOptions?: NetworkOptions;
}

type Action = 'open' | 'copy-text' | 'copy-url' | 'reword' | 'edit' | 'edit-inline' | 'skip';

function show(d: Draft, io: Io): void {
  const c = io.colors;
  const body = sanitize(d.text).split('\n').map((l) => `  ${l}`).join('\n');
  io.out(
    `\n${formatTargetLine(d.target, c, d.network, d.network !== 'x')}\n${body}\n  ${formatCount(d.post.length, c, d.post.limit)}${d.warnings.map((w) => `\n  ${c.warn('!')} ${oneLine(w)}`).join('')}\n\n`,
  );
}

/** Step 2, for one target: show the draft and act on it until it is opened in the browser, copied or skipped. */
async function handle(campaign: Campaign, start: Draft, seed: number, deps: SessionDeps): Promise<SessionRecord> {
  let draft = start;
  let noBrowser = deps.noBrowser;
  for (;;) {
    show(draft, deps.io);
    // Mastodon without an instance has no intent URL: only copying the text is possible.
    const noUrl = draft.intentUrl === null ? '(no Mastodon instance: give --instance <host>)' : undefined;
    const choices: Choice<Action>[] = [
      {
        name: 'Open in the browser to send',
        value: 'open',
        ...((noBrowser || noUrl) && { disabled: noUrl ?? '(no browser here)' }),
      },
      { name: 'Copy the draft', value: 'copy-text' },
      { name: 'Copy the intent URL', value: 'copy-url', ...(noUrl && { disabled: noUrl }) },
      { name: 'Another wording…', value: 'reword' },
      { name: 'Edit in your editor', value: 'edit' },
      { name: 'Edit here, on one line', value: 'edit-inline' },
      { name: 'Skip', value: 'skip' },
    ];
    const action = await deps.prompter.select({
      message: `${oneLine(draft.target.name)}:`,
      choices,
      default: noBrowser || noUrl ? 'copy-text' : 'open',
    });
    switch (action) {
      case 'open':
        try {
          await deps.open(draft.intentUrl!);
          deps.io.out(`${deps.io.colors.ok('✓')} Opened in the browser: press Post there to send it.\n`);
          return { target: draft.target, draft, status: 'opened' };
        } catch (e) {
          noBrowser = oneLine((e as Error).message);
          deps.io.out(`${deps.io.colors.error('Could not open the browser:')} ${noBrowser}\n`);
          break;
        }
      case 'copy-text':
      case 'copy-url': {
        const url = action === 'copy-url';
        const result = await deps.copy(url ? draft.intentUrl! : draft.text);
        deps.io.out(
          `${result.method === 'none' ? deps.io.colors.warn('!') : deps.io.colors.ok('✓')} ${deps.describeCopy(result, url ? 'the intent URL' : 'the draft')}\n`,
        );
        if (result.method === 'none') {
          deps.io.out(`${url ? draft.intentUrl : sanitize(draft.text)}\n`);
        }
        return { target: draft.target, draft, status: 'copied' };
      }
      case 'reword':
        draft = await reword(campaign, draft, seed, deps);
        break;
      case 'edit':
        draft = await edit(campaign, draft, 'editor', deps);
        break;
      case 'edit-inline':
        draft = await edit(campaign, draft, 'inline', deps);
        break;
      case 'skip':
        return { target: draft.target, draft, status: 'skipped' };
    }
  }
}

/** The closing summary: what became of each organisation. */
function formatSummary(records: readonly SessionRecord[], io: Io): string {
  const c = io.colors;
  const label: Record<Status, string> = { opened: c.ok('opened'), copied: c.ok('copied'), skipped: c.dim('skipped') };
  const width = records.reduce((w, r) => Math.max(w, oneLine(r.target.name).length), 12);
  const lines = records.map((r) => `  ${oneLine(r.target.name).padEnd(width)}  ${label[r.status]}`);
  const count = (s: Status) => records.filter((r) => r.status === s).length;
  return `\n${c.strong('Summary')}\n${lines.join('\n')}\n  ${count('opened')} opened in the browser, ${count('copied')} copied, ${count('skipped')} skipped\n`;
}

/**
 * `pledge draft -i`: choose targets, then for each one send, copy, re-word, edit or skip its draft; at the
 * end a summary and an offer to export what was drafted. Nothing is ever posted by pledge itself.
 */
export async function runSession(
  campaign: Campaign,
  seed: number,
  drafts: Draft[],
  preselected: ReadonlySet<string> | undefined,
  deps: SessionDeps,
): Promise<SessionRecord[]> {
  if (deps.noBrowser)
    deps.io.out(`${deps.io.colors.dim(`No browser here (${deps.noBrowser}): copy each draft instead.`)}\n`);
  const chosen = await chooseTargets(drafts, preselected, deps);
  const records: SessionRecord[] = [];
  for (const [i, d] of chosen.entries()) {
    deps.io.out(deps.io.colors.dim(`\n— ${i + 1} of ${chosen.length} —`));
    records.push(await handle(campaign, d, seed, deps));
  }
  deps.io.out(formatSummary(records, deps.io));
  if (
    records.length &&
    (await deps.prompter.confirm({
      message: records.length === 1 ? 'Export this draft to a file?' : `Export these ${plural(records.length, 'draft')} to a file?`,
      default: false,
    }))
  ) {
    await offerExport(campaign, records, seed, deps);
  }
  return records;
}

/** Asks for a file until the export is written or the user leaves the name empty. */
async function offerExport(
  campaign: Campaign,
  records: SessionRecord[],
  seed: number,
  deps: SessionDeps,
): Promise<void> {
  let suggestion = `pledge-drafts-${seed}.md`;
  for (;;) {
    const file = (
      await deps.prompter.input({
        message: `File (${extensionList(campaign.time?.start ? FORMATS : FORMATS.filter((f) => f !== 'ics'))}; empty to skip):`,
        default: suggestion,
      })
    ).trim();
    if (!file) return;
    if (file === STDOUT) {
      // `-` is standard output for pledge export; here the terminal is the session's: a file name is needed.
      deps.io.out(`${deps.io.colors.error('Not exported:')} give a file name (- is standard output in pledge export).\n`);
      suggestion = '';
      continue;
    }
    const exists = await deps.fileExists(file);
    if (exists && !(await deps.prompter.confirm({ message: `${file} exists. Replace it?`, default: false }))) {
      suggestion = '';
      continue;
    }
    try {
      deps.io.out(
        `${deps.io.colors.ok('✓')} ${await deps.exportTo(
          file,
          exists,
          records.map((r) => ({ draft: r.draft })),
        )}\n`,
      );
      return;
    } catch (e) {
      if (!(e instanceof PledgeError)) throw e;
      deps.io.out(`${deps.io.colors.error('Not exported:')} ${oneLine(e.message)}\n`);
      suggestion = file;
    }
  }
}
