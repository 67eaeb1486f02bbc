// Every message passes the one filter, and in messages a control character is shown as a \u escape (as quote()
// does), never printed raw and never silently dropped: commander's own usage errors included.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pledge } from '../support/cli.js';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('usage errors show invisible characters as \\u escapes', () => {
  it.each([
    [['draft', '--seed', '1\u001b[2J'], "argument '1\\u001B[2J' is invalid"],
    [['draft', '--network', 'x\u001b[31m'], "argument 'x\\u001B[31m' is invalid"],
    [['draft', '--count', '3\u009b2J'], "argument '3\\u009B2J' is invalid"],
    [['export', '-', '--format', 'csv\u202e'], "argument 'csv\\u202E' is invalid"],
    [['handles', 'check', '--timeout', '5\u0007'], "argument '5\\u0007' is invalid"],
    [['draft', '--s\u001b[1m'], "unknown option '--s\\u001B[1m'"],
    [['dr\u001b[2Jaft'], "unknown command 'dr\\u001B[2Jaft'"],
    [['import', 'nothing\u001b]0;X\u0007'], 'nothing\\u001B]0;X\\u0007: file not found'],
  ])('pledge %j', (args, shown) => {
    const r = pledge(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(shown);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('a file name in a message is shown as it is, invisible characters escaped, not cleaned up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-names-'));
    const file = join(dir, 'a\u001b[2Jb\u202e.csv');
    writeFileSync(file, '');
    const r = pledge(['export', file]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`error: ${dir}/a\\u001B[2Jb\\u202E.csv already exists; add --force to replace it\n`);
  });

  it('pledge count "-10% funding cuts": says how to count a text that starts with -', () => {
    const r = pledge(['count', '-10% funding cuts']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "error: unknown option '-10% funding cuts'; to count a text that starts with -, put -- before it " +
        "(pledge count -- '-10% funding cuts') or pipe it (printf '%s' '-10% funding cuts' | pledge count)\n",
    );
    expect(pledge(['count', '--', '-10% funding cuts']).stdout).toMatch(/^17\/280/);
    // An unknown option name keeps commander's message, without the hint.
    expect(pledge(['count', '--nope', 'x']).stderr).toBe("error: unknown option '--nope'\n");
  });

  it('pledge --help lists every exit code the README documents, 129 and 143 included', () => {
    const help = pledge(['--help']).stdout;
    for (const code of [0, 1, 2, 3, 70, 129, 130, 143]) expect(help).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
  });
});
