import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { problemsOf } from '../support/load-problems.js';
import { fixture } from '../support/paths.js';


/** A copy of the minimal fixture, with some files replaced (text, or bytes). */
function campaignWith(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-hostile-'));
  cpSync(fixture('minimal'), dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
const minimal = (name: string) => readFileSync(join(fixture('minimal'), name), 'utf8');

describe('nesting: no stack overflow, on any file', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  for (const file of ['campaign.json', 'targets.json', 'points.json']) {
    it(`10,000 unclosed "[" in ${file}: a syntax error with its place`, async () => {
      const [p] = await problemsOf(campaignWith({ [file]: '['.repeat(10_000) }));
      expect(p).toMatchObject({
        rule: 'json-syntax',
        line: 1,
        column: 10_001,
        message: 'invalid JSON: expected a value, found the end of the file',
      });
    });
    it(`10,000 nested lists inside ${file}: a schema error with its place`, async () => {
      const key = file === 'campaign.json' ? 'name' : file.replace('.json', '');
      const text = minimal(file).replace(`"${key}": `, `"${key}": ${deep(10_000)}, "x${key}": `);
      const problems = await problemsOf(campaignWith({ [file]: text }));
      expect(problems.some((p) => p.rule === 'schema' && p.line === 2)).toBe(true);
    });
  }
  it('a deep value with a syntax error at the bottom', async () => {
    const [p] = await problemsOf(campaignWith({ 'points.json': `{"points": ${'['.repeat(10_000)}x` }));
    expect(p).toMatchObject({ rule: 'json-syntax', column: 10_012, message: 'invalid JSON: expected a value' });
  });
});

describe('paths that fail with more than "not found"', () => {
  it('a symbolic link loop, as folder and as file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pledge-loop-'));
    symlinkSync(join(root, 'loop'), join(root, 'loop'));
    expect(await problemsOf(join(root, 'loop'))).toEqual([
      expect.objectContaining({ rule: 'file', message: expect.stringContaining('too many levels of symbolic links') }),
    ]);
    const dir = campaignWith();
    execFileSync('rm', [join(dir, 'targets.json')]);
    symlinkSync(join(dir, 'targets.json'), join(dir, 'targets.json'));
    expect(await problemsOf(dir)).toEqual([
      expect.objectContaining({ file: join(dir, 'targets.json'), message: expect.stringContaining('symbolic links') }),
    ]);
  });
  it('a file used as a folder', async () => {
    const dir = campaignWith();
    expect(await problemsOf(join(dir, 'targets.json', 'x'))).toEqual([
      expect.objectContaining({ message: 'cannot open the campaign folder: part of the path is a file, not a folder' }),
    ]);
  });
  it('a FIFO is refused at once (no hang), a link to /dev/zero too (no endless read)', async () => {
    const dir = campaignWith();
    execFileSync('rm', [join(dir, 'points.json'), join(dir, 'targets.json')]);
    execFileSync('mkfifo', [join(dir, 'points.json')]);
    symlinkSync('/dev/zero', join(dir, 'targets.json'));
    const problems = await problemsOf(dir);
    expect(problems.map((p) => [p.file.split('/').pop(), p.message])).toEqual([
      ['targets.json', 'is a device, not a regular file: a campaign file must be a JSON file'],
      ['points.json', 'is a named pipe (FIFO), not a regular file: a campaign file must be a JSON file'],
    ]);
  });
  it('a file over the size limit says so (without reading it)', async () => {
    const dir = campaignWith();
    truncateSync(join(dir, 'targets.json'), 300 << 20); // sparse: nothing is written
    expect(await problemsOf(dir)).toEqual([
      expect.objectContaining({ rule: 'file', message: 'larger than 256 MiB: too big for a campaign file' }),
    ]);
  });
});

describe('encodings', () => {
  it('invalid UTF-8 is an error at the bad byte, not a silent U+FFFD', async () => {
    const text = minimal('targets.json').replace('Org Two', 'Women\x92s Aid');
    const [p] = await problemsOf(campaignWith({ 'targets.json': Buffer.from(text, 'latin1') }));
    expect(p).toMatchObject({
      rule: 'encoding',
      line: 12,
      column: 21,
      message: 'invalid UTF-8: byte 0x92 is not valid here; save the file as UTF-8',
    });
  });
  it.each([
    ['utf16le', 'UTF-16 (little-endian)', true],
    ['utf16le', 'UTF-16 (little-endian)', false],
    ['utf16be', 'UTF-16 (big-endian)', false],
    ['utf32le', 'UTF-32 (little-endian)', true],
    ['utf32be', 'UTF-32 (big-endian)', false],
  ])('%s (BOM: %s) is named, with "save it as UTF-8"', async (enc, name, bom) => {
    const text = (bom ? '\ufeff' : '') + minimal('campaign.json');
    const units = Array.from(text).map((c) => c.codePointAt(0)!);
    const bytes =
      enc === 'utf16le'
        ? Buffer.from(text, 'utf16le')
        : enc === 'utf16be'
          ? Buffer.from(text, 'utf16le').swap16()
          : Buffer.from(new Uint32Array(units).buffer);
    const data = enc === 'utf32be' ? Buffer.from(bytes).swap32() : bytes;
    const [p] = await problemsOf(campaignWith({ 'campaign.json': data }));
    expect(p!.message).toBe(`the file is ${name}, not UTF-8: save it as UTF-8`);
  });
  it('CR-only line endings count lines as editors do', async () => {
    const text = minimal('targets.json').replace(/\n/g, '\r').replace('"handle": "OrgOne"', '"handle": "Org One"');
    const [p] = await problemsOf(campaignWith({ 'targets.json': text }));
    expect(p).toMatchObject({ path: '$.targets[0].handle', line: 6, column: 7 });
  });
});

describe('duplicate keys', () => {
  it('a key written twice is an error at the second one, in any object', async () => {
    const targets = minimal('targets.json').replace(
      '"handle": "OrgOne",',
      '"handle": "OrgOne",\n      "handle": "Other",',
    );
    const campaign = minimal('campaign.json').replace(
      '"name": "Test campaign",',
      '"name": "Test campaign",\n  "name": "Again",',
    );
    const problems = await problemsOf(campaignWith({ 'targets.json': targets, 'campaign.json': campaign }));
    expect(problems.map((p) => [p.rule, p.path, p.line, p.column])).toEqual([
      ['duplicate-key', '$.name', 3, 3],
      ['duplicate-key', '$.targets[0].handle', 7, 7],
    ]);
    expect(problems[1]!.message).toBe(
      'the key "handle" is written twice in one object (first at line 6); JSON would keep only the last: remove or rename one',
    );
  });
  it('"targets" twice, and keys that differ only by escapes', async () => {
    const text = `{"targets": [], "t\\u0061rgets": ${JSON.stringify(JSON.parse(minimal('targets.json')).targets)}}`;
    expect((await problemsOf(campaignWith({ 'targets.json': text }))).map((p) => [p.rule, p.path])).toEqual([
      ['duplicate-key', '$.targets'],
    ]);
  });
  it('the same text as a value or in another object is no repeat', async () => {
    const text = minimal('points.json')
      .replace('"First point."', '"short: \\"x\\": {\\"short\\": 1}"')
      .replace('"Second point."', '": starts with a colon, \\"short\\":"');
    await expect(loadCampaign(campaignWith({ 'points.json': text }))).resolves.toBeDefined();
  });
});

describe('ids named like Object.prototype members', () => {
  it('asks and targets named "constructor", "toString" work as any other', async () => {
    const campaign = minimal('campaign.json').replace('"ask-a"', '"constructor"');
    const targets = minimal('targets.json').replace(/"ask-a"/g, '"constructor"').replace('"one"', '"tostring"');
    const points = minimal('points.json').replace('"p1"', '"hasownproperty"');
    const c = await loadCampaign(
      campaignWith({ 'campaign.json': campaign, 'targets.json': targets, 'points.json': points }),
    );
    expect(Object.keys(c.asks)).toEqual(['constructor']);
    expect(Object.hasOwn(c.asks, 'constructor') && c.asks['constructor']!.templates).toHaveLength(2);
  });
  it('a target whose ask is "constructor", with no such ask: unknown ask', async () => {
    const targets = minimal('targets.json').replace('"ask-a"', '"constructor"');
    const [p] = await problemsOf(campaignWith({ 'targets.json': targets }));
    expect(p).toMatchObject({
      rule: 'unknown-ask',
      path: '$.targets[0].ask',
      message: 'unknown ask "constructor"; campaign.json defines: "ask-a"',
    });
  });
  it('an ask named "__proto__" is reported, not dropped', async () => {
    const campaign = minimal('campaign.json').replace(
      '"asks": {',
      '"asks": {\n    "__proto__": { "templates": ["Hi {mention}"] },',
    );
    const [p] = await problemsOf(campaignWith({ 'campaign.json': campaign }));
    expect(p).toMatchObject({
      rule: 'schema',
      path: '$.asks.__proto__',
      line: 10,
      message: 'the key "__proto__" is not allowed here',
    });
  });
});

describe('messages quote the bad value', () => {
  it('shortened to about 60 characters, invisible characters as \\u escapes', async () => {
    const targets = minimal('targets.json')
      .replace('"g1"', `"${'x'.repeat(100)}"`)
      .replace('"OrgOne"', '"Org\\u200bOne\\u001b[31m"');
    const problems = await problemsOf(campaignWith({ 'targets.json': targets }));
    expect(problems[0]!.message).toBe(
      'handle "Org\\u200BOne\\u001B[31m" has a character other than a letter, digit or "_"; a handle is 1-15 letters, digits or "_", without the "@"',
    );
  });
  it('no library default text: a null, a number, a bad record key', async () => {
    const campaign = minimal('campaign.json')
      .replace('"Test campaign",', '"Test campaign", "description": null, "source": 7,')
      .replace('"ask-a"', '"Ask A"');
    const messages = (await problemsOf(campaignWith({ 'campaign.json': campaign }))).map((p) => p.message);
    expect(messages).toEqual([
      '"description" must be text (in double quotes); found null',
      '"source" must be text (in double quotes); found 7',
      'the key "Ask A" is not allowed: an ask id must be lower-case letters, digits, "-" or "_", starting with a letter or digit',
    ]);
    for (const m of messages) expect(m).not.toMatch(/Invalid|received|expected/);
  });
});

describe('intentUrl', () => {
  it.each(['https://x.com/intent/tweet\u001b]8;;https://evil\u0007', 'https://x.com/<b>', 'https://x.com/a b'])(
    '%j is refused, quoted',
    async (url) => {
      const campaign = minimal('campaign.json').replace('"name":', `"intentUrl": ${JSON.stringify(url)}, "name":`);
      const [p] = await problemsOf(campaignWith({ 'campaign.json': campaign }));
      expect(p).toMatchObject({
        rule: 'schema',
        path: '$.intentUrl',
        message: expect.stringContaining('has characters a URL cannot hold'),
      });
      expect(p!.message).not.toMatch(/[\u0000-\u001f]/);
    },
  );
});
