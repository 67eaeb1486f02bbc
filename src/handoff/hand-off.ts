// What `pledge draft` does with its drafts after printing them: --copy and --open.
import type { Draft } from '../core/drafting.js';
import { ExitCode } from '../exit-codes.js';
import type { Io } from '../ui/io.js';
import { oneLine } from '../ui/sanitize.js';
import { plural } from '../ui/plural.js';

/** How the drafts are handed over: copied (the drafts, or the URLs with `urls`), opened in the browser. */
export interface HandOffOptions {
  urls?: boolean;
  copy?: boolean;
  open?: boolean;
  /** Open more than 3 tabs without asking. */
  yes?: boolean;
}

/** What `--copy` puts on the clipboard: exactly what the mode prints (one draft: just that draft). */
export function clipboardText(drafts: readonly Draft[], urls: boolean): string {
  return urls ? withUrls(drafts).map((d) => d.intentUrl).join('\n') : drafts.map((d) => d.text).join('\n\n');
}

/** The drafts that have an intent URL (Mastodon's have none without an instance). */
const withUrls = (drafts: readonly Draft[]) =>
  drafts.filter((d): d is Draft & { intentUrl: string } => d.intentUrl !== null);


/**
 * Copies and opens the drafts as asked, reporting each step on stderr. For more than 3 tabs it opens the
 * first, then asks before the others (refuses without a terminal to ask on: ExitCode.Usage), so nobody is
 * asked about tabs no browser can open; a browser that cannot be opened is ExitCode.File. Clipboard
 * failures only warn: the drafts are printed anyway.
 */
export async function handOff(options: HandOffOptions, drafts: Draft[], io: Io): Promise<ExitCode> {
  const e = io.errColors;
  const linked = withUrls(drafts);
  if ((options.open || (options.copy && options.urls)) && linked.length < drafts.length) {
    io.err(
      `${e.warn('warning:')} ${drafts.length - linked.length} Mastodon draft${drafts.length - linked.length === 1 ? ' has' : 's have'} no intent URL: name your instance with --instance <host> or PLEDGE_MASTODON_INSTANCE\n`,
    );
  }
  if (options.copy && drafts.length) {
    const { copyText, describeCopy } = await import('./clipboard.js');
    const result = await copyText(clipboardText(drafts, !!options.urls), {
      terminal: io.terminal,
      write: io.clipboard,
    });
    const what = options.urls
      ? plural(linked.length, 'intent URL')
      : drafts.length === 1
        ? 'the draft'
        : `${drafts.length} drafts`;
    io.err(`${result.method === 'none' ? e.warn('warning:') : e.ok('✓')} ${describeCopy(result, what)}\n`);
  }
  if (options.open && linked.length) {
    const { openUrls } = await import('./browser.js');
    const urls = linked.map((d) => d.intentUrl);
    let opened = 0;
    try {
      if (urls.length > 3 && !options.yes) {
        const { prompterFor } = await import('../ui/prompt.js');
        const prompter = prompterFor(io);
        if (!prompter) {
          io.err(
            `${e.error('error:')} not opening ${urls.length} browser tabs without a terminal to ask on; add --yes, or choose fewer with --target or --group\n`,
          );
          return ExitCode.Usage;
        }
        // The first tab shows whether a browser opens here at all: no question about the others if none can.
        await openUrls(urls.slice(0, 1), { opener: io.opener });
        opened = 1;
        if (
          !(await prompter.confirm({
            message: `Opened the first in your browser. Open the other ${urls.length - 1} tabs too?`,
            default: false,
          }))
        ) {
          io.err(`${e.ok('✓')} opened 1 intent URL in the browser: press Post there\n`);
          return ExitCode.Ok;
        }
      }
      await openUrls(urls.slice(opened), { opener: io.opener });
      io.err(`${e.ok('✓')} opened ${plural(urls.length, 'intent URL')} in the browser: press Post on each\n`);
    } catch (err) {
      io.err(`${e.error('error:')} ${oneLine((err as Error).message)}; the URLs are printed above\n`);
      return ExitCode.File;
    }
  }
  return ExitCode.Ok;
}
