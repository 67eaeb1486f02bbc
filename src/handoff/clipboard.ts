import { quote } from '../ui/quote.js';
import { oneLine } from '../ui/sanitize.js';

/** How text reached the clipboard, or why it did not. */
export type CopyResult = { method: 'clipboard' } | { method: 'osc52' } | { method: 'none'; reason: string };

export interface CopyContext {
  /** Writes to the system clipboard; throws when there is none. Defaults to clipboardy. */
  write?: (text: string) => Promise<void>;
  /** A terminal to send the OSC 52 escape to, when there is one. */
  terminal?: { write(s: string): void };
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** The OSC 52 escape most terminals (and tmux, with set-clipboard on) turn into a clipboard write. */
export function osc52(text: string): string {
  return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/**
 * What clipboardy throws: its own message, with the helper programs' failures attached (clipboardy 5, lib/linux.js).
 */
interface ClipboardFailure {
  message?: string;
  code?: string;
  stderr?: string;
  xselError?: ClipboardFailure;
  fallbackError?: ClipboardFailure;
}

/** What a helper program says when there is no display server to talk to (xsel, xclip, wl-copy). */
const NO_DISPLAY =
  /can't open display|cannot open display|inappropriate ioctl|failed to connect to a wayland|wayland_display|requires a display server/i;
/** clipboardy's words for a helper program that is not installed. */
const MISSING_HELPER = /couldn't find the `([\w.-]+)` binary/i;

/**
 * Why the system clipboard could not be written, in one line: the real cause, read from the causes clipboardy
 * attaches (`xselError`, `fallbackError`), not guessed from the environment. A helper that cannot open a
 * display means there is no display server (installing a helper would not help); otherwise a helper that is
 * not installed is named, with how to install it.
 */
function whyNoClipboard(error: unknown, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ClipboardFailure;
  const causes = [e, e.xselError, e.fallbackError].filter((c): c is ClipboardFailure => c !== undefined);
  if (causes.some((c) => NO_DISPLAY.test(c.stderr ?? '')) || NO_DISPLAY.test(e.message ?? '')) {
    const session = env.WAYLAND_DISPLAY
      ? `WAYLAND_DISPLAY is ${quote(env.WAYLAND_DISPLAY)} but no Wayland server answers`
      : env.DISPLAY
        ? `DISPLAY is ${quote(env.DISPLAY)} but no X server answers`
        : 'DISPLAY and WAYLAND_DISPLAY are not set: a terminal without a graphical session, such as SSH or a container';
    return `no system clipboard: no display server (${session})`;
  }
  const missing = MISSING_HELPER.exec(e.message ?? '')?.[1];
  if (missing) {
    const install = missing.startsWith('wl-') ? 'wl-clipboard' : missing;
    return `no system clipboard: the clipboard program ${missing} is not installed (on Debian or Ubuntu: sudo apt install ${install})`;
  }
  if (e.code === 'ENOENT' && platform !== 'linux')
    return `no system clipboard: its program could not be found (${oneLine(e.message ?? '')})`;
  return `no system clipboard: ${oneLine(String(e.message ?? error).split('\n')[0]!)}`;
}

/**
 * Copies text to the system clipboard; where there is none (headless Linux, SSH), falls back to OSC 52 on a
 * terminal (not a dumb one: TERM=dumb). Never throws: the result says what happened.
 */
export async function copyText(text: string, ctx: CopyContext = {}): Promise<CopyResult> {
  const env = ctx.env ?? process.env;
  const platform = ctx.platform ?? process.platform;
  try {
    const write = ctx.write ?? (async (t: string) => (await import('clipboardy')).default.write(t));
    await write(text);
    return { method: 'clipboard' };
  } catch (error) {
    const reason = whyNoClipboard(error, env, platform);
    // A dumb terminal (TERM=dumb: an editor's shell, a CI log) would print the escape, not act on it.
    if (ctx.terminal && env.TERM !== 'dumb') {
      ctx.terminal.write(osc52(text));
      return { method: 'osc52' };
    }
    return { method: 'none', reason };
  }
}

/** A one-line account of a copy, for stderr. */
export function describeCopy(result: CopyResult, what: string): string {
  switch (result.method) {
    case 'clipboard':
      return `copied ${what} to the clipboard`;
    case 'osc52':
      return `sent ${what} to the terminal's clipboard (OSC 52; most terminals accept it, some need it enabled)`;
    case 'none':
      return `nothing was copied: ${result.reason}; the drafts are printed above`;
  }
}
