// The README shows real commands and real output: these tests run every `$ command` of its console blocks as
// written, in a shell with `pledge` on the PATH, and check the output shown under it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { BIN, REPO } from '../support/paths.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

interface Shown {
  command: string;
  /** The lines shown under the command, up to the next command or the end of the block. */
  output: string[];
}

/** Every `$ command` in the README's console blocks, with the output shown under it. */
export function consoleCommands(markdown: string): Shown[] {
  const all: Shown[] = [];
  for (const [, body] of markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const line of body!.split('\n').slice(0, -1)) {
      if (line.startsWith('$ ')) all.push({ command: line.slice(2), output: [] });
      else all.at(-1)?.output.push(line);
    }
  }
  for (const s of all) while (s.output.at(-1) === '') s.output.pop();
  return all;
}

// A line that stands for lines left out: `…` or `…three more…`.
const ELISION = /^…[^…]*…$|^…$/;

/**
 * Whether `actual` shows what the README shows: its pieces between elision lines appear in order, each as
 * whole consecutive lines, the first at the start and the last at the end (trailing spaces aside).
 */
export function matchesShown(shown: string[], actual: string[]): boolean {
  const pieces: string[][] = [[]];
  for (const line of shown) {
    if (ELISION.test(line)) pieces.push([]);
    else pieces.at(-1)!.push(line.trimEnd());
  }
  const lines = actual.map((l) => l.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  const at = (piece: string[], i: number) => piece.every((l, k) => lines[i + k] === l);
  let from = 0;
  for (const [n, piece] of pieces.entries()) {
    const last = n === pieces.length - 1;
    if (n === 0 || last) {
      const i = n === 0 ? 0 : lines.length - piece.length;
      if (i < from || !at(piece, i)) return false;
      from = i + piece.length;
      continue;
    }
    let i = from;
    while (i + piece.length <= lines.length && !at(piece, i)) i++;
    if (i + piece.length > lines.length) return false;
    from = i + piece.length;
  }
  return true;
}

/** A scratch folder with `pledge` on the PATH, a browser that only records, and the repo's tests/ beside it. */
function sandbox() {
  const root = mkdtempSync(join(tmpdir(), 'pledge-readme-'));
  const bin = join(root, 'bin');
  const work = join(root, 'work');
  mkdirSync(bin);
  mkdirSync(work);
  symlinkSync(join(REPO, 'tests'), join(work, 'tests'));
  writeFileSync(join(bin, 'pledge'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  writeFileSync(join(bin, 'browser'), `#!/bin/sh\nprintf '%s\\n' "$1" >> "${join(root, 'opened')}"\n`);
  chmodSync(join(bin, 'pledge'), 0o755);
  chmodSync(join(bin, 'browser'), 0o755);
  const env: Record<string, string> = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: root,
    LANG: 'C.UTF-8',
    BROWSER: join(bin, 'browser'),
  };
  const run = (command: string) => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `{ ${command}\n} 2>&1`], { cwd: work, env, encoding: 'utf8' });
    return { status: r.status, output: r.stdout };
  };
  const opened = () =>
    existsSync(join(root, 'opened')) ? readFileSync(join(root, 'opened'), 'utf8').trim().split('\n') : [];
  return { run, opened };
}

const commands = consoleCommands(readme);
// The commands whose documented exit code is not 0.
const EXIT: Record<string, number> = { 'pledge draft --campaign tests/fixtures/bad-schema': 2 };

describe('README', () => {
  it('opens with the two commands', () => {
    expect(
      readme.startsWith('# pledge\n\n```sh\nnpm ci && npx pledge draft\n```\n\n```sh\nnpm ci && npm test\n```\n'),
    ).toBe(true);
  });

  it('has console blocks to check', () => {
    expect(commands.length).toBeGreaterThan(20);
    expect(commands.every((c) => c.command.startsWith('pledge '))).toBe(true);
  });

  // Each command runs in a fresh folder where `pledge init my-campaign` has been run (README's own example),
  // except that command itself.
  it.each(commands.map((c) => [c.command, c] as const))(
    '$ %s runs as written and prints what the README shows',
    (_, { command, output }) => {
      const box = sandbox();
      if (!command.startsWith('pledge init my-campaign')) expect(box.run('pledge init my-campaign').status).toBe(0);
      const r = box.run(command);
      const plain = command.replace(/\s+#.*$/, '');
      expect(r.status, r.output).toBe(EXIT[plain] ?? 0);
      if (output.length)
        expect(
          matchesShown(output, r.output.split('\n')),
          `README shows:\n${output.join('\n')}\n\nbut it prints:\n${r.output}`,
        ).toBe(true);
      if (/--open\b/.test(command)) expect(box.opened().length).toBeGreaterThan(0);
      if (/--open\b/.test(command))
        expect(box.opened().every((u) => u.startsWith('https://x.com/intent/tweet?text='))).toBe(true);
    },
  );

  it('matchesShown honours elisions and anchors', () => {
    expect(matchesShown(['a', '…', 'c'], ['a', 'b', 'c'])).toBe(true);
    expect(matchesShown(['a', '…three more…', 'c'], ['a', 'x', 'y', 'c', ''])).toBe(true);
    expect(matchesShown(['a', 'c'], ['a', 'b', 'c'])).toBe(false);
    expect(matchesShown(['b'], ['a', 'b'])).toBe(false);
    expect(matchesShown(['a', '…', 'b', '…', 'd'], ['a', 'x', 'b', 'd'])).toBe(true);
    expect(matchesShown(['a', '…', 'z', '…', 'd'], ['a', 'x', 'b', 'd'])).toBe(false);
  });

  it('shows what targets --json really prints (the documented shape, null where absent)', () => {
    const block = readme.slice(readme.indexOf('`pledge targets --json` prints'));
    const shown = JSON.parse(
      block.slice(block.indexOf('```json\n') + 8, block.indexOf('\n```', block.indexOf('```json\n'))),
    ) as object[];
    const actual = JSON.parse(pledge(['targets', '--json']).stdout) as { id: string }[];
    for (const t of shown) expect(actual).toContainEqual(t);
    for (const t of actual) expect(Object.keys(t)).toEqual(Object.keys(shown[0]!));
  });

  it('shows the keys points --json really prints', () => {
    const block = readme.slice(readme.indexOf('`pledge points --json` prints'));
    const shown = JSON.parse(
      block.slice(block.indexOf('```json\n') + 8, block.indexOf('\n```', block.indexOf('```json\n'))),
    ) as Record<string, unknown>[];
    const actual = JSON.parse(pledge(['points', '--json']).stdout) as Record<string, unknown>[];
    const same = actual.find((p) => p.id === shown[0]!.id)!;
    expect(Object.keys(same)).toEqual(Object.keys(shown[0]!));
    expect({ ...same, text: shown[0]!.text }).toEqual(shown[0]);
    for (const p of actual) expect(Object.keys(p)).toEqual(Object.keys(shown[0]!));
  });

  it('documents every exit code the CLI defines, here and in pledge --help', async () => {
    const { ExitCode } = await import('../../src/exit-codes.js');
    const help = pledge(['--help']).stdout;
    for (const code of Object.values(ExitCode)) {
      expect(readme).toMatch(new RegExp(`\\n\\| ${code} \\|`));
      expect(help).toMatch(new RegExp(`\\n  ${code} +\\S`));
    }
  });
});
