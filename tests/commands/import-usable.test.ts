import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCampaign } from '../../src/campaign/check.js';
import { run as draft } from '../../src/commands/draft.js';
import { run as importAlert } from '../../src/commands/import.js';
import { PledgeError } from '../../src/errors.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { ImportReport } from '../../src/import/report.js';
import { whyUnusable } from '../../src/import/usable.js';
import type { DraftsDocument } from '../../src/render/drafts.js';
import { captureIo } from '../support/io.js';
import { FIXTURES, sharedPath } from '../support/paths.js';

const TODAY = '2026-11-29';

/**
 * Imports `text` (or the file `alert`) as of TODAY: the exit code (a PledgeError's when thrown), the report and the
 * folder.
 */
async function importText(
  text: string | { alert: string },
  name = 'alert.txt',
): Promise<{ code: number; report?: ImportReport; out: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-import-usable-'));
  const alert = typeof text === 'string' ? join(dir, name) : text.alert;
  if (typeof text === 'string') writeFileSync(alert, text);
  const out = join(dir, 'campaign');
  const io = captureIo();
  try {
    const code = await importAlert({ alert, out, json: true, today: TODAY }, io);
    return { code, report: JSON.parse(io.stdout) as ImportReport, out, stderr: io.stderr };
  } catch (e) {
    if (!(e instanceof PledgeError)) throw e;
    return { code: e.exitCode, out, stderr: e.message };
  }
}

/** `pledge check` has no errors and `pledge draft` drafts at least one post (with exit 0). */
async function expectDrafts(out: string): Promise<DraftsDocument> {
  const problems = await checkCampaign(out, { now: new Date(`${TODAY}T12:00:00Z`) });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const io = captureIo();
  expect(await draft({ campaignDir: out, seed: 1, json: true }, io)).toBe(ExitCode.Ok);
  const doc = JSON.parse(io.stdout) as DraftsDocument;
  expect(doc.drafts.length).toBeGreaterThan(0);
  return doc;
}

const PARK = `Save Elm Park!

Tomorrow at 6pm, tweet the council @ElmCouncil and ask them to keep Elm Park green.
Use #SaveElmPark and tag us @FriendsOfElm.

Sample tweets:
- Please keep Elm Park green, @ElmCouncil! #SaveElmPark
- Our kids play in Elm Park every day. Don't sell it, @ElmCouncil. #SaveElmPark
`;

describe('pledge import: a campaign that passes check and drafts, or nothing', () => {
  it('a short alert without a factual sentence: points made from its samples, title and request, all reported', async () => {
    const { code, report, out } = await importText(PARK);
    expect(code).toBe(ExitCode.Ok);
    const points = JSON.parse(readFileSync(join(out, 'points.json'), 'utf8')).points as { text: string }[];
    expect(points.map((p) => p.text)).toEqual([
      'Our kids play in Elm Park every day.',
      'Save Elm Park!',
      'Keep Elm Park green.',
    ]);
    expect(report!.found.points.every((p) => p.kind === 'made')).toBe(true);
    expect(report!.guessed.filter((g) => g.what.startsWith('point '))).toHaveLength(3);
    expect(report!.todo.pointsToReview).toHaveLength(3);
    await expectDrafts(out);
  });

  it('"Tomorrow at 6pm" is the day after the import date; the ask is named after its words, not its time', async () => {
    const { report } = await importText(PARK);
    expect(report!.found.time).toMatchObject({ text: 'Tomorrow at 6pm', start: '2026-11-30T18:00' });
    expect(report!.guessed.map((g) => g.what)).toContainEqual(
      'date 2026-11-30: "Tomorrow" read as the day after the import date 2026-11-29',
    );
    expect(report!.found.asks.map((a) => a.id)).toEqual(['tweet-the-council']);
  });

  it('the samples carry the cc ("tag us") and never start with a mention', async () => {
    const { out } = await importText(
      `${PARK}- @ElmCouncil the park is the only green space for 3,000 homes. #SaveElmPark\n`,
    );
    const { asks } = JSON.parse(readFileSync(join(out, 'campaign.json'), 'utf8')) as {
      asks: Record<string, { templates: string[] }>;
    };
    const templates = Object.values(asks).flatMap((a) => a.templates);
    for (const t of templates) expect(t).toMatch(/\{cc\}|@FriendsOfElm/);
    expect(templates).toContain('The park is the only green space for 3,000 homes. {mention} {hashtags} {cc}');
    const problems = await checkCampaign(out, { now: new Date(`${TODAY}T12:00:00Z`) });
    expect(problems.filter((p) => p.rule === 'template-starts-with-mention')).toEqual([]);
    const doc = await expectDrafts(out);
    for (const d of doc.drafts) expect(d.text).toContain('@FriendsOfElm');
  });

  it('a one-line alert gives a campaign that drafts (a generic point, reported as such)', async () => {
    const { code, report, out } = await importText('Tweet @Foo now! Use #bar\n');
    expect(code).toBe(ExitCode.Ok);
    expect(report!.found.points).toEqual([
      expect.objectContaining({ kind: 'made', text: 'This matters to all of us.' }),
    ]);
    expect(report!.todo.pointsToReview).toEqual([expect.stringContaining('replace it with your own talking points')]);
    await expectDrafts(out);
  });

  it.each([
    ['empty.txt', ''],
    ['blank.txt', ' \n\n\t\n'],
    ['empty.html', '<html><body><p> </p></body></html>'],
    ['empty.md', '\n---\n'],
  ])('an empty alert (%s) is exit 2, says so and writes nothing', async (name, text) => {
    const { code, out, stderr } = await importText(text, name);
    expect(code).toBe(ExitCode.Usage);
    expect(stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: the alert is empty .*nothing written$`));
    expect(existsSync(out)).toBe(false);
  });

  it('every fixture alert and the built-in one: check passes and drafts', async () => {
    const alerts = readdirSync(join(FIXTURES, 'import')).map((d) =>
      join(
        FIXTURES,
        'import',
        d,
        readdirSync(join(FIXTURES, 'import', d)).find((f) => f.startsWith('alert.'))!,
      ),
    );
    for (const alert of [...alerts, sharedPath('campaign-source/action-alert.txt')]) {
      const { code, out } = await importText({ alert });
      expect(code, alert).toBe(ExitCode.Ok);
      await expectDrafts(out);
    }
  });

  it('a campaign that would not draft is refused with the reason (the check run before writing)', () => {
    const campaign = {
      name: 'x',
      source: 's',
      hashtags: [],
      cc: [],
      asks: { a: { description: 'd', templates: [`${'word '.repeat(60)}{mention} {point}`] } },
    };
    const targets = {
      targets: [{ id: 't', name: 'T', handle: 'T', group: 'a', ask: 'a', handleSource: 's', handleChecked: null }],
    };
    const points = { points: [{ id: 'p', text: 'A point.', short: 'A point.', source: 's' }] };
    expect(whyUnusable({ campaign, targets, points, generic: {} }, new Date(`${TODAY}T12:00:00Z`))).toMatch(
      /^(?:campaign|targets)\.json: \$.*nothing fits for t/,
    );
    expect(whyUnusable({ campaign, targets, points: { points: [] }, generic: {} }, new Date())).toMatch(
      /^points\.json: \$\.points: .*at least one/,
    );
    const fits = { ...campaign, asks: { a: { description: 'd', templates: ['Hello {mention} {point}'] } } };
    expect(
      whyUnusable({ campaign: fits, targets, points, generic: {} }, new Date(`${TODAY}T12:00:00Z`)),
    ).toBeUndefined();
  });

  // Pieces alerts are made of: titles, steps with handles, cc, hashtags, times, facts, quotations, headings,
  // samples (some starting with a mention), lists of organisations, and junk.
  const piece = fc.oneof(
    fc.constantFrom(
      'Save Elm Park!',
      'Action alert',
      'TWITTERSTORM: Keep our pool open!',
      'Aktionsaufruf: Mietendeckel jetzt!',
      '¡Tuitazo por la vivienda!',
    ),
    fc.constantFrom(
      'Tweet @ElmCouncil now!',
      'Please tweet @CllrJane and @Transport_1 asking them to save our buses.',
      'Tomorrow at 6pm, tweet the council @ElmCouncil.',
      'Schreibt an @BMWSB_Bund und fordert einen Mietendeckel.',
      'Tuitea a @mivau_gob pidiendo un tope.',
      '1. Ask groups such as Friends of the Earth, Greenpeace and Oxfam to join.',
    ),
    fc.constantFrom(
      'Tag us @FriendsOfElm.',
      'Copy in @Org_cc and use #SaveIt.',
      'Use #SaveElmPark',
      'Send us your tweets @ProstitutesColl and #pledgedecrim',
    ),
    fc.constantFrom(
      'On 19 July at 11am',
      'Monday 3 June, 7pm to 8pm (UK time)',
      'This Saturday at 2pm we flood Twitter.',
      'Na quarta-feira, 5 de abril, às 19h, vamos ocupar o Twitter.',
    ),
    fc.constantFrom(
      'The council plans to close 12 of the city’s 20 libraries.',
      'The report says “more than half of the families in the town rely on the park every single week, in summer and in winter alike, whatever the weather, and whatever the council says”.',
      'In Berlin sind die Mieten seit 2013 um mehr als 80 Prozent gestiegen.',
    ),
    fc.constantFrom('Sample tweets:', 'Model tweets:', 'Who to tweet:'),
    fc.constantFrom(
      '- Please keep Elm Park green, @ElmCouncil! #SaveElmPark',
      '- @ElmCouncil our kids play here. #SaveElmPark',
      '- No library, no internet for thousands of us. #KeepLibrariesOpen',
      `- ${'A very long sample tweet. '.repeat(14)}#Long`,
    ),
    fc.string({ maxLength: 40 }),
    fc.constant(''),
  );

  it('property: whenever import exits 0, check has no errors and draft drafts; otherwise it says why and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 9 }), async (pieces) => {
        const { code, out, stderr } = await importText(pieces.join('\n'));
        if (code === ExitCode.Ok) await expectDrafts(out);
        else {
          expect(code).toBe(ExitCode.Usage);
          expect(stderr).toMatch(/nothing written$/);
          expect(existsSync(out)).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });
});
