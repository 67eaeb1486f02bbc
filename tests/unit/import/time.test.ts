import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/import/blocks.js';
import { parsePlainText } from '../../../src/import/document.js';
import { findTime } from '../../../src/import/time.js';

const TODAY = '2026-11-29';
const timeOf = (text: string, lang = 'en') => findTime(toBlocks(parsePlainText(text)), TODAY, lang);

describe('findTime', () => {
  it.each([
    [
      'Join the Twitterstorm on Tuesday 19 July, 11am to 12 noon',
      'en',
      'Tuesday 19 July, 11am to 12 noon',
      '2022-07-19T11:00',
      '2022-07-19T12:00',
      undefined,
    ],
    [
      'Tweet with us on March 8, 2027 at 2pm EDT!',
      'en',
      'March 8, 2027 at 2pm EDT',
      '2027-03-08T14:00',
      undefined,
      'America/New_York',
    ],
    [
      'Twitterstorm 6-8pm GMT, 14 February 2026',
      'en',
      '6-8pm GMT, 14 February 2026',
      '2026-02-14T18:00',
      '2026-02-14T20:00',
      'UTC',
    ],
    [
      'Aktion am Donnerstag, 23.11.2023 um 23.15 Uhr',
      'de',
      'Donnerstag, 23.11.2023 um 23.15 Uhr',
      '2023-11-23T23:15',
      undefined,
      undefined,
    ],
    [
      'Tuitazo el martes 19 de julio de 2022 de 18 a 20 h (hora peninsular)',
      'es',
      'martes 19 de julio de 2022 de 18 a 20 h (hora peninsular)',
      '2022-07-19T18:00',
      '2022-07-19T20:00',
      'Europe/Madrid',
    ],
    [
      'Tuitaço na terça-feira, 19 de julho de 2022, das 18h às 20h',
      'pt',
      'terça-feira, 19 de julho de 2022, das 18h às 20h',
      '2022-07-19T18:00',
      '2022-07-19T20:00',
      undefined,
    ],
    [
      'Tempête de tweets le mardi 19 juillet 2022 de 18h à 20h, heure de Paris',
      'fr',
      'mardi 19 juillet 2022 de 18h à 20h, heure de Paris',
      '2022-07-19T18:00',
      '2022-07-19T20:00',
      'Europe/Paris',
    ],
    [
      'Action day: 2027-01-15, from 22:30 to 01:00 UTC+2',
      'en',
      '2027-01-15, from 22:30 to 01:00 UTC+2',
      '2027-01-15T22:30',
      '2027-01-16T01:00',
      'Etc/GMT-2',
    ],
  ])('%s', (text, lang, words, start, end, zone) => {
    const t = timeOf(text, lang)!;
    expect(t.text).toBe(words);
    expect(t.start).toBe(start);
    expect(t.end).toBe(end);
    expect(t.timeZone).toBe(zone);
  });

  it('keeps the words of a time it cannot put on a date ("Donnerstag 23.15 Uhr")', () => {
    expect(timeOf('Twittersturm am Donnerstag 23.15 Uhr!', 'de')).toEqual({ text: 'Donnerstag 23.15 Uhr', line: 1 });
  });

  it('gives the first year from the import date in which the weekday matches, and says it guessed', () => {
    // 3 June is a Monday in 2024 (past) and 2030: an action alert is about the future.
    const t = timeOf('Twitterstorm on Monday 3 June at 7pm in London')!;
    expect(t.start).toBe('2030-06-03T19:00');
    expect(t.timeZone).toBe('Europe/London');
    expect(t.guesses).toEqual([
      expect.stringMatching(/^year 2030: the first year from the import date 2026-11-29/),
      expect.stringMatching(/^time zone Europe\/London: from the places/),
    ]);
  });

  it('takes the next date on or after the import date for a date without a year or weekday', () => {
    const t = timeOf('Twitterstorm on 19 July at 11am')!;
    expect(t.start).toBe('2027-07-19T11:00');
    expect(t.guesses).toEqual([
      expect.stringMatching(/^year 2027: the next 19 July on or after the import date 2026-11-29/),
    ]);
    expect(timeOf('Twitterstorm on 30 November at 11am')!.start).toBe('2026-11-30T11:00');
    expect(timeOf('Twitterstorm on 29 November at 11am')!.start).toBe('2026-11-29T11:00');
    expect(timeOf('Twitterstorm on 28 November at 11am')!.start).toBe('2027-11-28T11:00');
    expect(timeOf('Twitterstorm on 29 February at 11am')!.start).toBe('2028-02-29T11:00');
  });

  it('a weekday that matches no year ahead within six gives the past year it matches, reported as past', () => {
    const t = timeOf('Join the Twitterstorm on Tuesday 19 July, 11am to 12 noon')!;
    expect(t.start).toBe('2022-07-19T11:00');
    expect(t.guesses![0]).toMatch(/^year 2022: .*the action is in the past/);
  });

  it.each([
    ['Tomorrow at 6pm, tweet the council @ElmCouncil.', '2026-11-30T18:00', 'Tomorrow'],
    ['Tonight at 8pm we tweet @X together.', '2026-11-29T20:00', 'Tonight'],
    ['Today at 6pm, tweet @X.', '2026-11-29T18:00', 'Today'],
    ['This Saturday at 2pm, tweet @X.', '2026-12-05T14:00', 'This Saturday'],
    ['Next Sunday at 2pm, tweet @X.', '2026-12-06T14:00', 'Next Sunday'],
    ['Morgen um 18 Uhr twittern wir an @X.', '2026-11-30T18:00', 'Morgen'],
    ['Mañana a las 18:00 tuitea a @X.', '2026-11-30T18:00', 'Mañana'],
    ['Amanhã às 19h vamos tuitar para @X.', '2026-11-30T19:00', 'Amanhã'],
    ['Demain à 18h, tweetez @X.', '2026-11-30T18:00', 'Demain'],
  ])('relative days are relative to the import date (2026-11-29, a Sunday): %s', (text, start, words) => {
    const t = timeOf(text)!;
    expect(t.start).toBe(start);
    expect(t.text.startsWith(words)).toBe(true);
    expect(t.guesses).toContainEqual(
      expect.stringMatching(
        new RegExp(`^date ${start.slice(0, 10)}: "${words}" read as .* the import date 2026-11-29`),
      ),
    );
  });

  it('"today" without a time of day is urgency, not a date; "la mañana" is the morning', () => {
    expect(timeOf('Please join the Twitter campaign today in support of the policy.')).toBeUndefined();
    expect(timeOf('Tuitazo el 5 de junio por la mañana a las 10:00')!.start).toBe('2027-06-05T10:00');
  });

  it('ignores years, numbers and prices that are not times', () => {
    expect(
      timeOf('New Zealand decriminalised sex work in 2003. It costs 2.50 a day and 12 hrs of work.'),
    ).toBeUndefined();
  });
});
