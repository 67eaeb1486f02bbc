import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { problemsOf } from '../support/load-problems.js';
import { fixture } from '../support/paths.js';


describe('loadCampaign', () => {
  it('loads a valid campaign with defaults filled in', async () => {
    const c = await loadCampaign(fixture('minimal'));
    expect(c.name).toBe('Test campaign');
    expect(c.intentUrl).toBe('https://x.com/intent/tweet');
    expect(c.targets.map((t) => t.id)).toEqual(['one', 'two', 'three']);
    expect(c.asks['ask-a']!.parsed).toHaveLength(2);
  });

  it('accepts a UTF-8 BOM and CRLF line endings', async () => {
    const plain = await loadCampaign(fixture('minimal'));
    const bom = await loadCampaign(fixture('bom-crlf'));
    expect({ ...bom, dir: '' }).toEqual({ ...plain, dir: '' });
  });

  it('a missing folder', async () => {
    expect(await problemsOf(fixture('does-not-exist'))).toEqual([
      { severity: 'error', file: fixture('does-not-exist'), rule: 'file', message: 'campaign folder not found' },
    ]);
  });

  it('a missing file', async () => {
    expect(await problemsOf(fixture('missing-file'))).toEqual([
      {
        severity: 'error',
        file: join(fixture('missing-file'), 'points.json'),
        rule: 'file',
        message: 'file not found',
      },
    ]);
  });

  it('malformed JSON, with line and column', async () => {
    expect(await problemsOf(fixture('bad-json'))).toEqual([
      {
        severity: 'error',
        file: join(fixture('bad-json'), 'targets.json'),
        line: 10,
        column: 5,
        rule: 'json-syntax',
        message: 'invalid JSON: expected "," (or a closing bracket)',
      },
    ]);
  });

  it('every schema violation, in every file, with JSON path and line', async () => {
    const problems = await problemsOf(fixture('bad-schema'));
    expect(problems.map((p) => [p.file.split('/').pop(), p.line, p.path, p.message])).toEqual([
      [
        'campaign.json',
        7,
        '$.cc[0]',
        'cc handle "this_handle_is_far_too_long" is 27 characters; a handle is 1-15 letters, digits or "_", without the "@"',
      ],
      [
        'targets.json',
        6,
        '$.targets[0].handle',
        'handle "@OrgOne" starts with "@"; a handle is 1-15 letters, digits or "_", without the "@"',
      ],
      ['targets.json', 10, '$.targets[1].name', 'missing required field "name"'],
      ['targets.json', 21, '$.targets[2].colour', 'unknown field "colour" (a typo?)'],
      ['points.json', 11, '$.points[1].short', 'short must be a string; found 42'],
    ]);
  });

  it('broken references: unknown placeholder, unknown ask, duplicate id', async () => {
    const problems = await problemsOf(fixture('bad-references'));
    expect(problems.map((p) => [p.rule, p.path, p.line])).toEqual([
      ['template', '$.asks["ask-a"].templates[2]', 14],
      ['unknown-ask', '$.targets[1].ask', 15],
      ['duplicate-id', '$.targets[2].id', 18],
    ]);
    expect(problems[0]!.message).toContain('unknown placeholder "{mentoin}"');
  });

  it('a lone surrogate is an error with its location, not a crash later', async () => {
    expect(await problemsOf(fixture('lone-surrogate'))).toEqual([
      expect.objectContaining({
        rule: 'encoding',
        path: '$.points[1].short',
        line: 11,
        message: expect.stringContaining('lone UTF-16 surrogate at character 8'),
      }),
    ]);
  });

  it('syntax errors in one file and schema errors in another are reported together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-'));
    cpSync(fixture('bad-schema'), dir, { recursive: true });
    writeFileSync(join(dir, 'points.json'), '{"points": [}');
    const problems = await problemsOf(dir);
    expect(problems.map((p) => p.rule)).toEqual([
      'json-syntax',
      'invalid-handle',
      'invalid-handle',
      'schema',
      'schema',
    ]);
    expect(problems[0]).toMatchObject({ line: 1, column: 13 });
  });
});

describe('a value of the wrong type is one problem', () => {
  it('a list, an object, a number or true where a template or a hashtag (strings) belongs: "must be a string" alone', async () => {
    for (const bad of [[], {}, 7, true]) {
      const dir = mkdtempSync(join(tmpdir(), 'pledge-type-'));
      cpSync(fixture('minimal'), dir, { recursive: true });
      const campaign = {
        name: 'Types',
        hashtags: ['ok', bad],
        asks: { 'ask-a': { templates: ['Hello {mention}, {point}', bad] } },
      };
      writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign));
      const problems = (await problemsOf(dir)).map((p) => `${p.path}: ${p.message.split(';')[0]}`);
      expect(problems).toEqual([
        '$.hashtags[1]: item 2 of "hashtags" must be text (in double quotes)',
        '$.asks["ask-a"].templates[1]: a template must be a string',
      ]);
    }
  });
});
