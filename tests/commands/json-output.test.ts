// Every JSON that pledge prints or writes goes through one serializer (toJsonText): bidi and C1 characters as
// \u escapes, so values round-trip exactly and no raw control reaches a terminal or a file (README "Terminal
// safety"; the JSON export is byte for byte the draft --json document).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as count } from '../../src/commands/count.js';
import { run as draft } from '../../src/commands/draft.js';
import { run as exportRun } from '../../src/commands/export.js';
import { run as importRun } from '../../src/commands/import.js';
import { pledge } from '../support/cli.js';
import { captureIo } from '../support/io.js';
import { fixture } from '../support/paths.js';

const NAME = 'Org \u202eOne \u0085x\u2067y\u200f\u007f';
// Raw in JSON text, a terminal acts on them: what no JSON output may contain.
const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function campaign(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-json-out-'));
  cpSync(fixture('minimal'), dir, { recursive: true });
  const file = join(dir, 'targets.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { targets: { name: string }[] };
  doc.targets[0]!.name = NAME;
  writeFileSync(file, JSON.stringify(doc));
  return dir;
}

interface DraftDoc {
  drafts: { target: { name: string } }[];
}

describe('JSON output keeps invisible characters as \\u escapes', () => {
  it('draft --json, export - and export x.json: the same bytes, exact values, nothing raw', async () => {
    const dir = campaign();
    const io = captureIo();
    await draft({ campaignDir: dir, seed: 3, json: true }, io);
    expect(io.stdout).not.toMatch(RAW);
    expect(io.stdout).toContain('Org \\u202eOne \\u0085x\\u2067y\\u200f\\u007f');
    expect((JSON.parse(io.stdout) as DraftDoc).drafts[0]!.target.name).toBe(NAME);

    const piped = captureIo();
    await exportRun({ campaignDir: dir, seed: 3, file: '-' }, piped);
    expect(piped.stdout).toBe(io.stdout);

    const file = join(dir, 'out.json');
    await exportRun({ campaignDir: dir, seed: 3, file }, captureIo());
    expect(readFileSync(file, 'utf8')).toBe(io.stdout);
  });

  it('through the binary (and its terminal filter) the value still parses back exactly', () => {
    const r = pledge(['draft', '--json', '--campaign', campaign(), '--seed', '3']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as DraftDoc).drafts[0]!.target.name).toBe(NAME);
  });

  it('count --json on every network', async () => {
    for (const network of ['x', 'bluesky'] as const) {
      const io = captureIo();
      await count({ text: 'a\u202eb\u0085c', json: true, network }, io);
      expect(io.stdout).not.toMatch(RAW);
    }
  });

  it('import --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-json-import-'));
    const alert = join(dir, 'alert\u202e\u0085.txt');
    writeFileSync(alert, readFileSync(fixture('import/samples/alert.txt'), 'utf8'));
    const io = captureIo();
    await importRun({ alert, out: join(dir, 'camp\u202e'), json: true, today: '2026-11-28' }, io);
    expect(io.stdout).not.toMatch(RAW);
    expect(JSON.stringify(JSON.parse(io.stdout))).toContain('camp\u202e');
  });
});
