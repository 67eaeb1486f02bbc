// The README shows real output: these tests keep it from drifting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';
import { REPO } from '../support/paths.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
/** The console block that starts with `$ <command>`: what follows the command line, up to the fence. */
const shown = (command: string) => {
  const start = readme.indexOf(`$ ${command}\n`);
  expect(start, `README has a block for "${command}"`).toBeGreaterThan(-1);
  const body = readme.slice(start + command.length + 3);
  return body.slice(0, body.indexOf('```')).trimEnd();
};

describe('README', () => {
  it('opens with the two commands', () => {
    expect(readme.startsWith('# pledge\n\n```sh\nnpm ci && npx pledge draft\n```\n\n```sh\nnpm ci && npm test\n```\n')).toBe(true);
  });

  it('shows what pledge draft --seed 2026 really prints', () => {
    const r = pledge(['draft', '--seed', '2026']);
    const [first, second] = r.stdout.split('\n\n');
    const block = shown('pledge draft --seed 2026');
    expect(block.startsWith(`${first}\n\n${second}\n`)).toBe(true);
    expect(block.endsWith(r.stderr.trim())).toBe(true);
  });

  it('shows what pledge targets really prints', () => {
    expect(shown('pledge targets')).toBe(pledge(['targets']).stdout.trimEnd());
  });

  it('documents every exit code the CLI defines', async () => {
    const { ExitCode } = await import('../../src/exit-codes.js');
    for (const code of Object.values(ExitCode)) expect(readme).toMatch(new RegExp(`\\n\\| ${code} \\|`));
  });
});
