import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCampaign } from '../../src/campaign/check.js';
import { run as draft } from '../../src/commands/draft.js';
import { run as importAlert } from '../../src/commands/import.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { ImportReport } from '../../src/import/report.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { captureIo } from '../support/io.js';
import { FIXTURES, sharedPath } from '../support/paths.js';

const TODAY = '2026-11-29';

/** What a fixture's expected.json pins (see tests/fixtures/import/). */
interface Expected {
  targets: string[];
  organisations: string[];
  cc: string[];
  hashtags: string[];
  samples: string[];
  asks: number;
  time: { text: string; start: string | null; end: string | null; timeZone: string | null } | null;
  language?: string;
  names?: Record<string, string>;
  overLimit?: number;
}

/** Imports an alert into a fresh folder: the report, and the folder. */
async function importInto(alert: string): Promise<{ report: ImportReport; out: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'pledge-import-')), 'campaign');
  const io = captureIo();
  expect(await importAlert({ alert, out, json: true, today: TODAY }, io)).toBe(ExitCode.Ok);
  return { report: JSON.parse(io.stdout) as ImportReport, out };
}

/** The imported campaign passes `pledge check` with no errors and drafts for every target (3 posts without targets). */
async function expectUsable(out: string, targets: number): Promise<void> {
  const problems = await checkCampaign(out, { now: new Date(`${TODAY}T12:00:00Z`) });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const io = captureIo();
  expect(await draft({ campaignDir: out, seed: 1, json: true }, io)).toBe(ExitCode.Ok);
  const doc = JSON.parse(io.stdout) as DraftsDocument;
  expect(doc.drafts).toHaveLength(targets);
  expect(doc.unfit).toEqual([]);
}

const sorted = (xs: string[]) => [...xs].sort();

describe('pledge import: the alerts in tests/fixtures/import/', () => {
  const cases = readdirSync(join(FIXTURES, 'import'));
  it.each(cases)('%s', async (name) => {
    const dir = join(FIXTURES, 'import', name);
    const alert = join(dir, readdirSync(dir).find((f) => f.startsWith('alert.'))!);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const { report, out } = await importInto(alert);
    const f = report.found;
    expect(sorted(f.targets.map((t) => (t.handle ? `@${t.handle}` : t.name)))).toEqual(sorted(expected.targets));
    expect(sorted(f.targets.filter((t) => !t.handle).map((t) => t.name))).toEqual(sorted(expected.organisations));
    expect(sorted(f.cc.map((c) => c.handle))).toEqual(sorted(expected.cc));
    expect(f.hashtags.map((h) => h.tag)).toEqual(expected.hashtags);
    expect(sorted(f.samples.map((s) => s.text))).toEqual(sorted(expected.samples));
    expect(f.asks).toHaveLength(expected.asks);
    for (const a of f.asks) expect(a.templates).toBeGreaterThanOrEqual(3);
    expect(f.time && { text: f.time.text, start: f.time.start, end: f.time.end, timeZone: f.time.timeZone }).toEqual(
      expected.time,
    );
    if (expected.language) expect(report.language).toBe(expected.language);
    for (const [handle, n] of Object.entries(expected.names ?? {}))
      expect(f.targets.find((t) => t.handle === handle)?.name).toBe(n);
    if (expected.overLimit !== undefined) expect(f.samples.filter((s) => s.overLimit)).toHaveLength(expected.overLimit);
    await expectUsable(out, f.targets.length || 3);
  });
});

describe('pledge import: an alert that addresses no one (a hashtag storm)', () => {
  it('makes a campaign without targets whose templates name no one, and an instruction after a time is not a sample', async () => {
    const { report, out } = await importInto(join(FIXTURES, 'import/hashtag-storm/alert.txt'));
    expect(report.found.targets).toEqual([]);
    expect(report.found.asks.map((a) => a.id)).toEqual(['flood-social-media']);
    const campaign = JSON.parse(readFileSync(join(out, 'campaign.json'), 'utf8')) as {
      asks: Record<string, { templates: string[] }>;
    };
    const templates = campaign.asks['flood-social-media']!.templates;
    expect(templates.slice(0, 2)).toEqual([
      'My library is where I learnt to read. Closing 12 of 20 libraries takes that away from the next generation. {hashtags}',
      'No library, no internet for thousands of us. {hashtags}',
    ]);
    for (const t of templates) expect(t).not.toMatch(/\{(?:mention|name)\}/);
    expect(JSON.parse(readFileSync(join(out, 'targets.json'), 'utf8')).targets).toEqual([]);
  });
});

describe('pledge import: the built-in alert (../shared/campaign-source/action-alert.txt)', () => {
  it('finds what the built-in campaign was made from', async () => {
    const { report, out } = await importInto(sharedPath('campaign-source/action-alert.txt'));
    const f = report.found;
    const byHandle = (h: string) => f.targets.find((t) => t.handle === h);
    expect(f.targets.filter((t) => t.handle).map((t) => t.handle)).toEqual(['AmnestyOnline', 'AmnestyUK']);
    expect(byHandle('AmnestyOnline')!.name).toBe('Amnesty International');
    expect(f.targets.filter((t) => !t.handle).map((t) => t.name.replace(/’/g, "'"))).toEqual([
      'Fawcett Society',
      "National Alliance of Women's Organisations",
      "Women's Aid",
    ]);
    expect(f.cc.map((c) => c.handle)).toEqual(['ProstitutesColl']);
    expect(f.mentioned.map((m) => m.handle)).toEqual(['NoAmnesty4Women']);
    expect(f.hashtags.map((h) => h.tag)).toEqual(['pledgedecrim']);
    expect(f.asks).toHaveLength(2);
    const quotations = f.points.filter((p) => p.kind === 'quotation');
    expect(
      quotations.some((p) =>
        p.text.includes(
          '“to protect the human rights of sex workers, through measures that include the decriminalisation of sex work”',
        ),
      ),
    ).toBe(true);
    expect(
      quotations.some((p) => p.text.includes('“those who exploit or abuse sex workers must be criminalized.”')),
    ).toBe(true);
    for (const p of quotations)
      expect(p.source).toMatch(
        /^Amnesty International, quoted in Action alert "Action Alert: Twitter campaign in support of Amnesty International" \(action-alert\.txt\), line \d+$/,
      );
    expect(f.time).toBeNull();
    expect(report.todo.handlesToFind).toHaveLength(3);
    await expectUsable(out, 5);
  });

  it('short forms stand alone: a whole sentence or clause, never cut inside a quotation or with "…"; the drafts of 30 seeds hold no fragment', async () => {
    const { report, out } = await importInto(sharedPath('campaign-source/action-alert.txt'));
    const points = JSON.parse(readFileSync(join(out, 'points.json'), 'utf8')).points as {
      text: string;
      short: string;
    }[];
    for (const p of points) {
      expect(p.short).not.toMatch(/…/u);
      expect(p.short === p.text || /[.!?]["”’»]?$/u.test(p.short)).toBe(true);
    }
    expect(points.find((p) => p.text.startsWith('AI’s policy recognises that women'))!.short).not.toBe(
      'AI’s policy recognises that women…',
    );
    expect(report.todo.pointsToReview.some((t) => /no short form/.test(t))).toBe(true);
    for (let seed = 1; seed <= 30; seed++) {
      const io = captureIo();
      await draft({ campaignDir: out, seed, json: true }, io);
      for (const d of (JSON.parse(io.stdout) as DraftsDocument).drafts) expect(d.text).not.toMatch(/…/u);
    }
  });

  it('lists the empty "Model tweets:" heading (its last line) under Not used', async () => {
    const { report } = await importInto(sharedPath('campaign-source/action-alert.txt'));
    expect(report.unused.map((u) => u.text)).toContain('Model tweets:');
  });
});

describe('pledge import: sentences that announce the action are not talking points', () => {
  it.each([
    ['portuguese-md/alert.md', /vamos ocupar/u],
    ['twitterstorm/alert.txt', /Join our Twitterstorm/u],
    ['german/alert.txt', /twittern wir/u],
    ['spanish-announcement/alert.txt', /llenamos las redes/u],
  ])('%s', async (alert, announcement) => {
    const { report } = await importInto(join(FIXTURES, 'import', alert));
    expect(report.found.points.length).toBeGreaterThan(0);
    for (const p of report.found.points) expect(p.text).not.toMatch(announcement);
  });
});

describe('invisible characters in an alert (review)', () => {
  it('are taken out as the reader never saw them, listed in the report; the import goes on', async () => {
    const source = readFileSync(join(FIXTURES, 'import', 'twitterstorm', 'alert.txt'), 'utf8');
    const hidden = source
      .replace('Save our buses!', 'Save our bu\u200bses!')
      .replace('Buses are a lifeline', 'Buses are \u202ea lifeline\u202c')
      .replace('rural bus routes', 'rural\u2066 bus routes');
    const dir = mkdtempSync(join(tmpdir(), 'pledge-import-hidden-'));
    const alert = join(dir, 'alert.txt');
    writeFileSync(alert, hidden);
    const { report, out } = await importInto(alert);
    expect(report.removed).toEqual([
      { line: 1, what: 'U+200B (zero width space)' },
      { line: 5, what: 'U+2066 (left-to-right isolate)' },
      expect.objectContaining({ what: 'U+202E (right-to-left override)' }),
      expect.objectContaining({ what: 'U+202C (pop directional formatting)' }),
    ]);
    const written = ['campaign.json', 'targets.json', 'points.json'].map((f) => readFileSync(join(out, f), 'utf8'));
    expect(written.join('')).not.toMatch(/[\u200b\u202a-\u202e\u2066-\u2069]|\\u20(0b|2[a-e]|6[6-9])/i);
    expect(report.found.title).toBe('TWITTERSTORM: Save our buses!');
    await expectUsable(out, 2);
  });
});
