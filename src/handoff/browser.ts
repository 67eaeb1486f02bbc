/** Opens one URL in the default browser; rejects when it cannot. */
export type Opener = (url: string) => Promise<void>;

export interface OpenContext {
  opener?: Opener;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** Why no browser can be opened here, or undefined when one may be. */
export function noBrowserReason(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.BROWSER) {
    return 'no browser to open: no graphical session (DISPLAY and WAYLAND_DISPLAY are not set) and BROWSER is not set';
  }
  return undefined;
}

// How long to watch the launchers for an early failure (a launcher that keeps running has found a browser).
const LAUNCH_GRACE_MS = 1000;

/**
 * The `open` package, one URL after another so the tabs keep the printed order: each launcher is given a
 * moment to exit (a launcher that keeps running has handed the URL to a browser); a failing exit stops.
 */
async function openAll(urls: string[]): Promise<void> {
  const { default: open } = await import('open');
  for (const url of urls) {
    const child = await open(url);
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      const timer = setTimeout(() => resolve(null), LAUNCH_GRACE_MS);
      child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    if (code !== null && code !== 0) throw new Error(`the browser launcher exited with code ${code}`);
  }
}

/** Opens the URLs in the default browser. Throws an Error with a one-line reason when there is none. */
export async function openUrls(urls: string[], ctx: OpenContext = {}): Promise<void> {
  if (ctx.opener) {
    for (const url of urls) await ctx.opener(url);
    return;
  }
  const reason = noBrowserReason(ctx.env ?? process.env, ctx.platform ?? process.platform);
  if (reason) throw new Error(reason);
  await openAll(urls);
}
