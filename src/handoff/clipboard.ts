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

function whyNoClipboard(error: unknown, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return 'no system clipboard: no graphical session (DISPLAY and WAYLAND_DISPLAY are not set)';
  }
  const first = String((error as Error)?.message ?? error).split('\n')[0];
  return `no system clipboard: ${first}`;
}

/**
 * Copies text to the system clipboard; where there is none (headless Linux, SSH), falls back to OSC 52 on a
 * terminal. Never throws: the result says what happened.
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
    if (ctx.terminal) {
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
