// pledge draft -i in a real pseudo-terminal (tmux), as a supporter would use it.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countTweet } from '../../src/core/count.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { pledge } from '../support/cli.js';
import { BIN, skipWithout } from '../support/paths.js';
import { Terminal } from '../support/tmux.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const env = {
  DISPLAY: undefined,
  WAYLAND_DISPLAY: undefined,
  BROWSER: undefined,
  NO_COLOR: '1',
  FORCE_COLOR: undefined,
  PLEDGE_CAMPAIGN: undefined,
};
const draftFor = (id: string, seed: number) =>
  (JSON.parse(pledge(['draft', '--json', '--seed', String(seed)]).stdout) as DraftsDocument).drafts.find(
    (d) => d.target.id === id,
  )!;

describe.skipIf(skipWithout(hasTmux))(
  `pledge draft -i in a terminal${hasTmux ? '' : ' (tmux is missing: skipped here, a failure in CI)'}`,
  () => {
    beforeAll(() => {
      if (!hasTmux) throw new Error('tmux is missing: install it (CI requires it)');
    });
    let term: Terminal | undefined;
    afterEach(() => term?.close());

    it('pick a target, see its draft and count, copy it, reach the summary', async () => {
      const expected = draftFor('amnesty-uk', 9);
      term = Terminal.start([process.execPath, BIN, 'draft', '-i', '--seed', '9', '--target', 'amnesty-uk'], env);
      await term.waitFor(/Which network\?/); // the built-in campaign has handles on X, Bluesky and Threads
      term.keys('Enter'); // X, the default
      await term.waitFor(/Which organisations\?/);
      term.keys('Enter');
      const screen = await term.waitFor(/Amnesty International UK:\s*\n/);
      expect(screen).toContain(`${expected.weightedLength}/280`);
      expect(screen.replace(/\s+/g, ' ')).toContain(expected.text.slice(0, 60));
      expect(screen).toContain('No browser here');
      term.keys('Enter'); // the default with no browser: copy the draft
      await term.waitFor(/Export this draft to a file\?/);
      term.keys('n', 'Enter');
      expect(await term.exitStatus()).toBe(0);
      const end = term.screen();
      expect(end).toMatch(/Summary\s+Amnesty International UK\s+copied\s+0 opened in the browser, 1 copied, 0 skipped/);
      expect(end).toContain("sent the draft to the terminal's clipboard (OSC 52");
      expect(term.clipboard()).toBe(expected.text);
    });

    it('edits in $EDITOR: the edited text is recounted and becomes the draft', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pledge-editor-'));
      const editor = join(dir, 'editor');
      const edited = 'Edited in my editor: thank you @AmnestyUK 🙂 #pledgedecrim';
      writeFileSync(editor, `#!/bin/sh\nprintf '%s\\n' '${edited}' > "$1"\n`);
      chmodSync(editor, 0o755);
      term = Terminal.start(
        [process.execPath, BIN, 'draft', '-i', '--network', 'x', '--seed', '9', '--target', 'amnesty-uk'],
        { ...env, EDITOR: editor, VISUAL: editor },
      );
      await term.waitFor(/Which organisations\?/);
      term.keys('Enter');
      await term.waitFor(/Amnesty International UK:\s*\n/);
      term.keys('Down', 'Down', 'Down', 'Enter'); // copy draft -> copy URL -> another wording -> edit in your editor
      await term.waitFor(new RegExp(`${countTweet(edited).weightedLength}/280`));
      term.keys('Enter');
      await term.waitFor(/Export this draft to a file\?/);
      term.keys('n', 'Enter');
      expect(await term.exitStatus()).toBe(0);
      expect(term.clipboard()).toBe(edited);
    });

    it('Ctrl-C at a prompt ends cleanly with exit 130 and no stack trace', async () => {
      term = Terminal.start([process.execPath, BIN, 'draft', '-i', '--seed', '9'], env);
      await term.waitFor(/Which network\?/);
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      const screen = term.screen();
      expect(screen).toContain('interrupted: nothing more was sent, copied or written');
      expect(screen).not.toMatch(/\n\s+at /);
    });
  },
);

describe('pledge draft -i without a terminal', () => {
  it('exits 2 and says it needs one', () => {
    const r = pledge(['draft', '-i']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'error: pledge draft -i needs a terminal, but standard input and output are not a terminal\n',
    );
  });

  it('with only stdout redirected, still refuses', () => {
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" draft -i > /dev/null`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('standard output is not a terminal');
  });

  it('-i cannot be combined with --json', () => {
    expect(pledge(['draft', '-i', '--json']).stderr).toMatch(
      /option '-i, --interactive' cannot be used with option '--json'/,
    );
  });
});

