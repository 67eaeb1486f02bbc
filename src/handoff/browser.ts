import { readFileSync } from 'node:fs';
import { quote } from '../ui/quote.js';

/** Opens one URL in the default browser; rejects when it cannot. */
export type Opener = (url: string) => Promise<void>;

export interface OpenContext {
  opener?: Opener;
  env?: NodeJS.ProcessEnv;
}

/** Whether this Linux is WSL, where the opener hands URLs to the Windows browser (no DISPLAY needed). */
function isWsl(env: NodeJS.ProcessEnv): boolean {
  if (env.WSL_DISTRO_NAME || env.WSL_INTEROP) return true;
  try {
    return /microsoft/i.test(readFileSync('/proc/sys/kernel/osrelease', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Why no browser can be opened here, when that is certain without trying (Linux that is not WSL, with no
 * graphical session and no BROWSER); undefined otherwise. Only a hint for `-i`, which then offers copying
 * first: `--open` always lets the opener try (it knows WSL, macOS and BROWSER) and reports what it says.
 */
export function noBrowserReason(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.BROWSER && !isWsl(env)) {
    return 'no browser to open: no graphical session (DISPLAY and WAYLAND_DISPLAY are not set) and BROWSER is not set';
  }
  return undefined;
}

// How long to watch the launchers for an early failure (a launcher that keeps running has found a browser).
const LAUNCH_GRACE_MS = 1000;

/**
 * A launcher's failing exit code in words. xdg-open documents its codes (xdg-utils: 1 bad usage, 2 no such
 * file, 3 a required tool could not be found, 4 the action failed).
 */
export function launcherFailure(code: number, env: NodeJS.ProcessEnv): string {
  const session =
    env.DISPLAY || env.WAYLAND_DISPLAY ? '' : ' (DISPLAY and WAYLAND_DISPLAY are not set: no graphical session)';
  if (code === 3 && env.BROWSER)
    return `no browser could be opened: BROWSER (${quote(env.BROWSER)}) failed to start${session}`;
  if (code === 3)
    return `no browser to open: the opener (xdg-open) found no browser to run${session}; set BROWSER to a browser program`;
  if (code === 4) return `no browser could be opened: the browser failed to start${session}`;
  return `no browser could be opened: the opener exited with code ${code}${session}`;
}

/**
 * The `open` package, one URL after another so the tabs keep the printed order: each launcher is given a
 * moment to exit (a launcher that keeps running has handed the URL to a browser); a failing exit stops.
 */
async function openAll(urls: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { default: open } = await import('open');
  for (const url of urls) {
    const child = await open(url).catch((e: NodeJS.ErrnoException) => {
      throw new Error(
        e.code === 'ENOENT'
          ? `no browser to open: no program to open URLs with was found (${e.path ?? 'xdg-open'})`
          : `no browser could be opened: ${e.message}`,
      );
    });
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      const timer = setTimeout(() => resolve(null), LAUNCH_GRACE_MS);
      child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    if (code !== null && code !== 0) throw new Error(launcherFailure(code, env));
  }
}

/**
 * Opens the URLs in the default browser, in order, with the opener (the `open` package, which knows macOS,
 * Windows, WSL, BROWSER and xdg-open): nothing is refused on environment variables alone.
 * @throws Error with a one-line reason when the opener cannot open them.
 */
export async function openUrls(urls: string[], ctx: OpenContext = {}): Promise<void> {
  if (ctx.opener) {
    for (const url of urls) await ctx.opener(url);
    return;
  }
  await openAll(urls, ctx.env ?? process.env);
}
