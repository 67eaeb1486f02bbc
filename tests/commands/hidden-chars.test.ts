// Characters that must not reach a post (issue 11 §3, issue 9): check names and locates each, draft never
// hands one out and says why instead of giving a length.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCampaign } from '../../src/campaign/check.js';
import { pathLocator } from '../../src/campaign/json-locate.js';
import { run as draft } from '../../src/commands/draft.js';
import { ExitCode } from '../../src/exit-codes.js';
import { captureIo } from '../support/io.js';
import { fixture } from '../support/paths.js';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('characters that must not reach a post', () => {
  it('pledge check names each with code point, file, line:column of the character and JSON path', async () => {
    const problems = (await checkCampaign(fixture('hidden-chars'), { now: NOW })).filter((p) =>
      /character/.test(p.rule),
    );
    expect(
      problems.map((p) => [
        p.severity,
        p.rule,
        `${p.file.split('/').pop()}:${p.line}:${p.column}`,
        p.path,
        p.message.split(':')[0],
      ]),
    ).toEqual([
      [
        'error',
        'hidden-character',
        'campaign.json:9:34',
        '$.asks["ask-a"].templates[1]',
        'U+202E (right-to-left override) at character 25',
      ],
      [
        'warning',
        'zero-width-character',
        'targets.json:4:32',
        '$.targets[1].name',
        'U+200D (zero width joiner) at character 4',
      ],
      [
        'error',
        'refused-character',
        'points.json:3:69',
        '$.points[0].text',
        'U+FEFF (zero width no-break space (byte-order mark)) at character 42',
      ],
      [
        'error',
        'hidden-character',
        'points.json:3:111',
        '$.points[0].short',
        'U+200B (zero width space) at character 6',
      ],
    ]);
  });

  it('a zero-width joiner inside an emoji is not a problem', async () => {
    const problems = await checkCampaign(fixture('hidden-chars'), { now: NOW });
    expect(problems.filter((p) => p.path?.startsWith('$.points[1]'))).toEqual([]);
  });

  it('pledge draft hands out no text with such a character, and says where they are', async () => {
    const io = captureIo();
    expect(await draft({ campaignDir: fixture('hidden-chars'), seed: 1 }, io)).toBe(ExitCode.Ok);
    expect(io.stdout).not.toMatch(/[\ufeff\u200b\u202e]/);
    expect(io.stderr).toContain(
      'error: tests/fixtures/hidden-chars/points.json:3:69: $.points[0].text: U+FEFF'.replace(
        'tests/fixtures/hidden-chars',
        fixture('hidden-chars'),
      ),
    );
    expect(io.stderr).toContain('(texts with it are never drafted)');
  });

  it('a target for which every short-enough draft has one: check and draft name the character, not a length', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-hidden-'));
    cpSync(fixture('hidden-chars'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'points.json'),
      '{ "points": [ { "id": "p1", "text": "First\\uFEFF point.", "short": "First\\uFFFF." } ] }\n',
    );
    const unfit = (await checkCampaign(dir, { now: NOW })).filter((p) => p.rule === 'unfit-target');
    expect(unfit.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^nothing fits for one: every wording that is short enough is refused by X: it contains U\+FFFF \(noncharacter\)/,
      ),
      expect.stringMatching(/^nothing fits for two: /),
    ]);
    expect(
      (await checkCampaign(dir, { now: NOW })).filter((p) => p.rule === 'refused-character').map((p) => p.path),
    ).toEqual(['$.points[0].text', '$.points[0].short']);
    expect(unfit.map((p) => p.message).join()).not.toMatch(/\bover\b|\/280/);
    const io = captureIo();
    expect(await draft({ campaignDir: dir, seed: 1 }, io)).toBe(ExitCode.Failed);
    expect(io.stderr).toMatch(
      /error: nothing fits for Org One \(one\): every draft short enough contains U\+FEFF \(zero width no-break space \(byte-order mark\)\)/,
    );
    expect(io.stderr).not.toMatch(/shortest draft/);
  });

  it('pledge check also names those in the texts shown beside the posts (name, description, why, time, asks)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-hidden-shown-'));
    cpSync(fixture('hidden-chars'), dir, { recursive: true });
    const campaign = {
      name: 'Shown\u202e evil',
      description: 'Ask\u2066 them',
      why: 'Because\u200d.',
      source: 'https://example.org/\u200balert',
      time: { text: 'Tuesday\u2069 at noon' },
      hashtags: ['testtag'],
      asks: { 'ask-a': { description: 'The\u00adask', templates: ['Hello {mention}, {point}'] } },
    };
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign, null, 2));
    const problems = (await checkCampaign(dir, { now: NOW })).filter((p) => p.file.endsWith('campaign.json'));
    expect(problems.map((p) => [p.severity, p.rule, p.path, p.message])).toEqual([
      ['error', 'hidden-character', '$.name', expect.stringMatching(/^U\+202E .* at character 6: .*action page/)],
      ['error', 'hidden-character', '$.description', expect.stringMatching(/^U\+2066 .* at character 4: /)],
      ['warning', 'zero-width-character', '$.why', expect.stringMatching(/^U\+200D .* at character 8: /)],
      ['error', 'hidden-character', '$.source', expect.stringMatching(/^U\+200B /)],
      ['error', 'hidden-character', '$.time.text', expect.stringMatching(/^U\+2069 /)],
      ['warning', 'zero-width-character', '$.asks["ask-a"].description', expect.stringMatching(/^U\+00AD /)],
    ]);
    expect(problems[0]).toMatchObject({ line: 2, column: 17 }); // `  "name": "Shown` is 16 columns
  });

  it('a schema error elsewhere in the file hides none of them (campaign.json and targets.json)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-hidden-schema-'));
    cpSync(fixture('hidden-chars'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'campaign.json'),
      JSON.stringify({
        name: 'Shown\u202e evil',
        why: 'Because\u0085.',
        time: { text: 'Noon', start: 'not a date' },
        hashtags: ['testtag'],
        asks: { 'ask-a': { templates: ['Hello {mention}, {point}'] } },
      }),
    );
    writeFileSync(
      join(dir, 'targets.json'),
      JSON.stringify({
        targets: [
          { id: 'one', name: 'Org\u202eOne', handle: 'OrgOne', group: 'g', ask: 'ask-a' },
          { id: 'two', name: 'Org Two', group: 'g', ask: 'ask-a', n: 1 },
        ],
      }),
    );
    const problems = (await checkCampaign(dir, { now: NOW })).map((p) => `${p.path} ${p.rule}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.time.start schema',
        '$.name hidden-character',
        '$.why hidden-character',
        '$.targets[1].n schema',
        '$.targets[0].name hidden-character',
      ]),
    );
  });

  it('locates a character written as an escape or as itself, after other escapes', () => {
    const text = '{\n  "a": "x\\n\\u00e9\\u200by",\n  "b": "ab\u200bc"\n}';
    const at = pathLocator(text, [['a'], ['b']]);
    expect(at(["a"], 3)).toEqual({ line: 2, column: 18 });
    expect(at(['b'], 2)).toEqual({ line: 3, column: 11 });
    expect(at(['b'])).toEqual({ line: 3, column: 3 });
  });
});
