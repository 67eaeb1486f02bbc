import { describe, expect, it } from 'vitest';
import { launcherFailure, noBrowserReason, openUrls } from '../../src/handoff/browser.js';
import { copyText, describeCopy, osc52 } from '../../src/handoff/clipboard.js';

describe('clipboard', () => {
  it('writes to the system clipboard when there is one', async () => {
    const copied: string[] = [];
    const result = await copyText('hello', { write: async (t) => void copied.push(t) });
    expect(result).toEqual({ method: 'clipboard' });
    expect(copied).toEqual(['hello']);
  });

  it('falls back to OSC 52 on a terminal', async () => {
    let written = '';
    const result = await copyText('héllo 🙂', {
      write: async () => Promise.reject(new Error('no xsel')),
      terminal: { write: (s) => void (written += s) },
    });
    expect(result).toEqual({ method: 'osc52' });
    expect(written).toBe(`\u001b]52;c;${Buffer.from('héllo 🙂').toString('base64')}\u0007`);
    expect(osc52('a')).toBe('\u001b]52;c;YQ==\u0007');
  });

  it('without a terminal, says that nothing was copied and why', async () => {
    const fail = async () => Promise.reject(new Error('xsel: Can\u2019t open display\nmore'));
    const other = await copyText('x', { write: fail, env: { DISPLAY: ':0' }, platform: 'linux' });
    expect(other).toEqual({ method: 'none', reason: 'no system clipboard: xsel: Can\u2019t open display' });
    expect(describeCopy(other, 'the draft')).toMatch(/^nothing was copied: no system clipboard/);
  });

  it('TERM=dumb: no OSC 52 fallback (the terminal would print the escape)', async () => {
    let written = '';
    const result = await copyText('x', {
      write: async () => Promise.reject(new Error('no xsel')),
      terminal: { write: (s) => void (written += s) },
      env: { TERM: 'dumb' },
      platform: 'linux',
    });
    expect(result).toMatchObject({ method: 'none' });
    expect(written).toBe('');
  });

  // clipboardy 5 on Linux: its own message, and the failures of xsel and of its bundled fallback attached.
  const clipboardyError = (message: string, xsel?: object, fallback?: object) =>
    Object.assign(new Error(message), {
      ...(xsel && { xselError: xsel }),
      ...(fallback && { fallbackError: fallback }),
    });
  const NOT_FOUND =
    "Couldn't find the `xsel` binary and fallback didn't work. On Debian/Ubuntu you can install xsel with: sudo apt install xsel";
  it.each([
    [
      'no display, xsel missing, fallback cannot open a display',
      clipboardyError(NOT_FOUND, undefined, {
        code: undefined,
        stderr: "xsel: Can't open display: (null)\n: Inappropriate ioctl for device",
      }),
      {},
      'no system clipboard: no display server (DISPLAY and WAYLAND_DISPLAY are not set: a terminal without a graphical session, such as SSH or a container)',
    ],
    [
      'DISPLAY set, no X server answers',
      clipboardyError(
        'Both xsel and fallback failed',
        { stderr: "xsel: Can't open display: :99\n: Connection refused" },
        { stderr: "Can't open display" },
      ),
      { DISPLAY: ':99' },
      'no system clipboard: no display server (DISPLAY is ":99" but no X server answers)',
    ],
    [
      'a display, xsel missing and no fallback',
      clipboardyError(`${NOT_FOUND}\nThe bundled \`xsel\` fallback was not found.`),
      { DISPLAY: ':0' },
      'no system clipboard: the clipboard program xsel is not installed (on Debian or Ubuntu: sudo apt install xsel)',
    ],
    [
      'Wayland, wl-copy missing',
      new Error(
        "Couldn't find the `wl-copy` binary. On Debian/Ubuntu you can install wl-clipboard with: sudo apt install wl-clipboard",
      ),
      { WAYLAND_DISPLAY: 'wayland-0' },
      'no system clipboard: the clipboard program wl-copy is not installed (on Debian or Ubuntu: sudo apt install wl-clipboard)',
    ],
    [
      'clipboardy says display server',
      clipboardyError(
        "Clipboard access requires a display server (X11 or Wayland). This doesn't work in headless environments.",
      ),
      { DISPLAY: ':0' },
      'no system clipboard: no display server (DISPLAY is ":0" but no X server answers)',
    ],
  ])("the real reason from clipboardy's causes: %s", async (_, error, env, reason) => {
    expect(await copyText('x', { write: async () => Promise.reject(error), env, platform: 'linux' })).toEqual({
      method: 'none',
      reason,
    });
  });
});

describe('browser', () => {
  it('knows when no browser can open without trying, for -i (Linux that is not WSL, no session, no BROWSER)', () => {
    expect(noBrowserReason({}, 'linux')).toMatch(/no browser to open/);
    expect(noBrowserReason({ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux')).toBeUndefined();
    expect(noBrowserReason({ BROWSER: 'firefox' }, 'linux')).toBeUndefined();
    expect(noBrowserReason({ DISPLAY: ':0' }, 'linux')).toBeUndefined();
    expect(noBrowserReason({}, 'darwin')).toBeUndefined();
  });

  it('opens each URL in order through the opener', async () => {
    const opened: string[] = [];
    await openUrls(['a', 'b', 'c'], { opener: async (u) => void opened.push(u) });
    expect(opened).toEqual(['a', 'b', 'c']);
  });

  it("says why from the opener's exit code (xdg-open's documented codes)", () => {
    expect(launcherFailure(3, {})).toBe(
      'no browser to open: the opener (xdg-open) found no browser to run (DISPLAY and WAYLAND_DISPLAY are not set: no graphical session); set BROWSER to a browser program',
    );
    expect(launcherFailure(3, { BROWSER: 'lynx', DISPLAY: ':0' })).toBe(
      'no browser could be opened: BROWSER ("lynx") failed to start',
    );
    expect(launcherFailure(4, { DISPLAY: ':0' })).toBe('no browser could be opened: the browser failed to start');
    expect(launcherFailure(1, { DISPLAY: ':0' })).toBe('no browser could be opened: the opener exited with code 1');
  });
});
