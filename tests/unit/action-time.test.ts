import { describe, expect, it } from 'vitest';
import { describeTime, formatDuration, instantOf, relativeTo, timeLine } from '../../src/core/action-time.js';

const storm = {
  text: 'Tuesday 19 July 2022, 11am to 12 noon (UK time)',
  start: '2022-07-19T11:00',
  end: '2022-07-19T12:00',
  timeZone: 'Europe/London',
};

describe('action time', () => {
  it('turns wall-clock times in a zone into instants, across summer time', () => {
    expect(new Date(instantOf('2022-07-19T11:00', 'Europe/London')).toISOString()).toBe('2022-07-19T10:00:00.000Z');
    expect(new Date(instantOf('2022-01-19T11:00', 'Europe/London')).toISOString()).toBe('2022-01-19T11:00:00.000Z');
    expect(new Date(instantOf('2023-04-05T19:00', 'America/Sao_Paulo')).toISOString()).toBe('2023-04-05T22:00:00.000Z');
    expect(new Date(instantOf('2024-03-22', 'UTC')).toISOString()).toBe('2024-03-22T00:00:00.000Z');
  });

  it('says durations as people do', () => {
    expect([45, 134, 180, 3 * 1440, 100 * 1440, 1500 * 1440].map((m) => formatDuration(m * 60_000))).toEqual([
      '45 min',
      '2 h 14 min',
      '3 h',
      '3 days',
      '3 months',
      '4 years',
    ]);
  });

  it('says whether the action is to come, on, or over', () => {
    expect(relativeTo(0, 134 * 60_000, 200 * 60_000).phrase).toBe('starts in 2 h 14 min');
    expect(relativeTo(150 * 60_000, 134 * 60_000, 170 * 60_000).phrase).toBe('on now, ends in 20 min');
    expect(relativeTo(3 * 86_400_000 + 1, 0, 1).phrase).toBe('ended 3 days ago');
  });

  it('describes the time in the campaign zone and the user one', () => {
    const now = Date.parse('2022-07-19T07:46:00Z');
    expect(describeTime(storm, now, 'America/New_York')).toBe(
      'When: Tuesday 19 July 2022, 11am to 12 noon (UK time): starts in 2 h 14 min (Tue, 19 Jul 2022, 11:00–12:00 Europe/London; your time Tue, 19 Jul 2022, 06:00–07:00 America/New_York)',
    );
    expect(describeTime({ text: 'Donnerstag 23.15 Uhr' }, now, 'Europe/Berlin')).toBe('When: Donnerstag 23.15 Uhr');
    expect(
      describeTime({ text: 'Monday 3 June', start: '2024-06-03' }, Date.parse('2024-06-03T12:00:00Z'), 'UTC'),
    ).toBe('When: Monday 3 June: on now, ends in 12 h');
  });

  it('writes a line for files read later: the words, start, end and zone', () => {
    expect(timeLine(storm)).toBe(
      'When: Tuesday 19 July 2022, 11am to 12 noon (UK time) (2022-07-19 11:00 to 12:00, Europe/London)',
    );
    expect(timeLine({ text: 'Monday 3 June … Friday 7 June', start: '2024-06-03', end: '2024-06-07' })).toBe(
      'When: Monday 3 June … Friday 7 June (2024-06-03 to 2024-06-07)',
    );
  });
});
