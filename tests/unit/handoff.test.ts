import { describe, expect, it } from 'vitest';
import { noBrowserReason, openUrls } from '../../src/handoff/browser.js';
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
    const result = await copyText('héllo 🙂', { write: async () => Promise.reject(new Error('no xsel')), terminal: { write: (s) => void (written += s) } });
    expect(result).toEqual({ method: 'osc52' });
    expect(written).toBe(`\u001b]52;c;${Buffer.from('héllo 🙂').toString('base64')}\u0007`);
    expect(osc52('a')).toBe('\u001b]52;c;YQ==\u0007');
  });

  it('without a terminal, says that nothing was copied and why', async () => {
    const fail = async () => Promise.reject(new Error('xsel: Can\u2019t open display\nmore'));
    const headless = await copyText('x', { write: fail, env: {}, platform: 'linux' });
    expect(headless).toEqual({ method: 'none', reason: 'no system clipboard: no graphical session (DISPLAY and WAYLAND_DISPLAY are not set)' });
    const other = await copyText('x', { write: fail, env: { DISPLAY: ':0' }, platform: 'linux' });
    expect(other).toEqual({ method: 'none', reason: 'no system clipboard: xsel: Can\u2019t open display' });
    expect(describeCopy(headless, 'the draft')).toMatch(/^nothing was copied: no system clipboard/);
  });
});

describe('browser', () => {
  it('knows when there is no browser to open', () => {
    expect(noBrowserReason({}, 'linux')).toMatch(/no browser to open/);
    expect(noBrowserReason({ BROWSER: 'firefox' }, 'linux')).toBeUndefined();
    expect(noBrowserReason({ DISPLAY: ':0' }, 'linux')).toBeUndefined();
    expect(noBrowserReason({}, 'darwin')).toBeUndefined();
  });

  it('opens each URL in order through the opener', async () => {
    const opened: string[] = [];
    await openUrls(['a', 'b', 'c'], { opener: async (u) => void opened.push(u) });
    expect(opened).toEqual(['a', 'b', 'c']);
  });

  it('refuses with a reason when there is no browser', async () => {
    await expect(openUrls(['a'], { env: {}, platform: 'linux' })).rejects.toThrow(/DISPLAY and WAYLAND_DISPLAY are not set/);
  });
});
