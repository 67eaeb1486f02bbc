import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { UsageError } from '../../src/errors.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run as draft } from '../../src/commands/draft.js';
import { run as exportDrafts } from '../../src/commands/export.js';
import { run as importAlert } from '../../src/commands/import.js';
import { checkCampaign } from '../../src/index.js';
import { writeFileSync } from 'node:fs';
import { captureIo } from '../support/io.js';
import { fixture } from '../support/paths.js';

/** The Twitterstorm fixture imported into a fresh folder: a campaign with a time. */
async function storm(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'pledge-time-')), 'storm');
  await importAlert({ alert: fixture('import/twitterstorm/alert.txt'), out: dir, today: '2026-11-29' }, captureIo());
  return dir;
}

describe('the time of the action', () => {
  it('pledge draft says when it is, in the campaign zone and the user one; --json carries the time', async () => {
    const dir = await storm();
    const io = captureIo();
    await draft({ campaignDir: dir, seed: 1, now: Date.parse('2022-07-19T10:30:00Z'), timeZone: 'Europe/Berlin' }, io);
    expect(io.stderr).toMatch(
      /\nWhen: Tuesday 19 July 2022, 11am to 12 noon \(UK time\): on now, ends in 30 min \(Tue, 19 Jul 2022, 11:00–12:00 Europe\/London; your time Tue, 19 Jul 2022, 12:00–13:00 Europe\/Berlin\)\n$/,
    );
    const json = captureIo();
    await draft({ campaignDir: dir, seed: 1, json: true }, json);
    expect(JSON.parse(json.stdout).campaign).toEqual({
      name: 'TWITTERSTORM: Save our buses!',
      time: {
        text: 'Tuesday 19 July 2022, 11am to 12 noon (UK time)',
        start: '2022-07-19T11:00',
        end: '2022-07-19T12:00',
        timeZone: 'Europe/London',
      },
    });
    expect(json.stderr).not.toContain('When:');
  });

  it('pledge export action.ics: an event at the action time with the drafts and a reminder', async () => {
    const dir = await storm();
    const file = join(dir, 'action.ics');
    await exportDrafts({ campaignDir: dir, seed: 1, file }, captureIo());
    const ics = readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toContain('DTSTART:20220719T100000Z');
    expect(ics).toContain('DTEND:20220719T110000Z');
    expect(ics).toContain('SUMMARY:TWITTERSTORM: Save our buses!');
    expect(ics).toContain('https://x.com/intent/tweet?text=');
    expect(ics).toContain('TRIGGER:-PT1H');
    await expect(
      exportDrafts({ campaignDir: fixture('minimal'), seed: 1, file: join(dir, 'none.ics') }, captureIo()),
    ).rejects.toThrow(/no time with a start/);
  });

  it('an .ics of a campaign without a time is a usage error (exit 2) said before any drafting, by export and draft --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-ics-'));
    const noTime = new UsageError(
      'the campaign has no time with a start (campaign.json "time"): an .ics needs one; pledge import fills it from the alert',
    );
    await expect(
      exportDrafts({ campaignDir: fixture('minimal'), seed: 1, file: join(dir, 'a.ics') }, captureIo()),
    ).rejects.toThrow(noTime);
    const io = captureIo();
    await expect(draft({ campaignDir: fixture('minimal'), seed: 1, out: join(dir, 'b.ics') }, io)).rejects.toThrow(
      noTime,
    );
    expect(io.stdout).toBe(''); // no draft printed first
    expect(readdirSync(dir)).toEqual([]);
  });

  it('pledge export action.ics is the same bytes whatever the clock and time zone; one UID per campaign, whatever the seed', async () => {
    const dir = await storm();
    const exportAt = async (clock: string, tz: string, seed: number, name: string) => {
      vi.setSystemTime(new Date(clock));
      const saved = process.env.TZ;
      process.env.TZ = tz;
      try {
        await exportDrafts({ campaignDir: dir, seed, file: join(dir, name) }, captureIo());
      } finally {
        process.env.TZ = saved;
        vi.useRealTimers();
      }
      return readFileSync(join(dir, name));
    };
    const first = await exportAt('2026-01-01T00:00:00Z', 'UTC', 1, 'a.ics');
    const again = await exportAt('2031-07-15T13:37:00Z', 'Asia/Tokyo', 1, 'b.ics');
    expect(again.equals(first)).toBe(true);
    const text = first.toString('utf8').replace(/\r?\n[ \t]/g, '');
    expect(text).toContain('DTSTAMP:20220719T100000Z'); // the action's start, not the clock
    const uid = (s: string) => /^UID:(.*)$/m.exec(s)![1];
    const other = (await exportAt('2026-01-01T00:00:00Z', 'UTC', 2, 'c.ics')).toString('utf8');
    expect(uid(other)).toBe(uid(text));
    expect(uid(text)).toMatch(/^pledge-[0-9a-z]+@pledge\.invalid\r?$/);
  });

  it('txt and md exports show the time', async () => {
    const dir = await storm();
    for (const ext of ['txt', 'md']) {
      const file = join(dir, `drafts.${ext}`);
      await exportDrafts({ campaignDir: dir, seed: 1, file }, captureIo());
      expect(readFileSync(file, 'utf8').replace(/\\/g, '')).toContain('2022-07-19 11:00 to 12:00, Europe/London');
    }
  });

  it('campaign.json time is validated: zone, format, order', async () => {
    const dir = await storm();
    const campaign = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8'));
    const problems = async (time: object) => {
      writeFileSync(join(dir, 'campaign.json'), JSON.stringify({ ...campaign, time }));
      return (await checkCampaign(dir)).filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
    };
    expect(await problems({ text: 'soon', start: '2026-01-01T10:00', timeZone: 'Europe/London' })).toEqual([]);
    expect(await problems({ text: 'soon', timeZone: 'Mars/Olympus' })).toEqual([
      '$.time.timeZone: time.timeZone must be an IANA time zone, such as Europe/London; found "Mars/Olympus"',
    ]);
    expect(await problems({ text: 'soon', start: '2026-13-01' })).toEqual([
      '$.time.start: time.start must be a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:MM; found "2026-13-01"',
    ]);
    expect(await problems({ text: 'soon', start: '2026-01-02', end: '2026-01-01' })).toEqual([
      '$.time: time.end "2026-01-01" is before time.start "2026-01-02"',
    ]);
  });
});
