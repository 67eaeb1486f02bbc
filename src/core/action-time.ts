// When the action is, relative to now: the campaign's time (campaign.json `time`) turned into instants and
// described in the campaign's time zone and the user's ("starts in 2 h 14 min", "ended 3 days ago").
// Pure and browser-safe: time zones through Intl, "now" passed in.
import type { CampaignTime } from '../campaign/model.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The offset of `timeZone` from UTC at an instant, in milliseconds (Intl; throws RangeError for an unknown zone). */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) -
    Math.floor(instant / 1000) * 1000
  );
}

/**
 * The instant of a wall-clock time (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) in an IANA time zone (UTC when
 * absent), in epoch milliseconds. A time skipped by a clock change is moved forward by the change.
 */
export function instantOf(local: string, timeZone = 'UTC'): number {
  const [date, time = '00:00'] = local.split('T');
  const [y, mo, d] = date!.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y!, mo! - 1, d, h, mi);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** A duration as people say it: "45 min", "2 h 14 min", "3 days" (rounded down to the unit shown). */
export function formatDuration(ms: number): string {
  const m = Math.floor(Math.abs(ms) / MINUTE);
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} h`;
  const days = Math.floor(m / (24 * 60));
  return days < 60
    ? `${days} days`
    : days < 730
      ? `${Math.floor(days / 30.44)} months`
      : `${Math.floor(days / 365.25)} years`;
}

/** Where now stands against the action: before it, during it, or after it, with the distances. */
export interface Relative {
  state: 'upcoming' | 'on' | 'ended';
  /** "starts in 2 h 14 min", "on now, ends in 20 min", "ended 3 days ago". */
  phrase: string;
}

/**
 * Now against the action's start and end (epoch ms). A date without a time of day lasts the whole day; a
 * start without an end is a moment (on for its first hour).
 */
export function relativeTo(now: number, start: number, end: number): Relative {
  if (now < start) return { state: 'upcoming', phrase: `starts in ${formatDuration(start - now)}` };
  if (now < end) return { state: 'on', phrase: `on now, ends in ${formatDuration(end - now)}` };
  return { state: 'ended', phrase: `ended ${formatDuration(now - end)} ago` };
}

const clock = (instant: number, timeZone: string, withDate: boolean) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    ...(withDate ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/** The user's time zone: TZ, else the system's (Intl). */
export function userTimeZone(env: Record<string, string | undefined> = {}): string {
  const tz = env.TZ?.replace(/^:/, '');
  if (tz) {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
    } catch {
      // not a zone Intl knows: fall back to the system's
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * When the action is, for a file that will be read later (exports): the alert's words, then start and end in
 * the campaign's zone ("When: Tuesday 19 July, 11am to 12 noon (2022-07-19 11:00 to 12:00, Europe/London)").
 */
export function timeLine(time: CampaignTime): string {
  if (!time.start) return `When: ${time.text}`;
  const [d1, t1] = time.start.split('T');
  const [d2, t2] = (time.end ?? '').split('T');
  const end = time.end ? ` to ${d2 === d1 ? t2 ?? d2 : `${d2}${t2 ? ` ${t2}` : ''}`}` : '';
  return `When: ${time.text} (${d1}${t1 ? ` ${t1}` : ''}${end}${time.timeZone ? `, ${time.timeZone}` : t1 ? ', time zone not given' : ''})`;
}

/**
 * One line on when the action is, for `pledge draft`, `-i` and exports: the alert's words, then where now
 * stands, then start and end in the campaign's zone and in the user's. Just the words when the time has no
 * resolvable start.
 */
export function describeTime(time: CampaignTime, now: number, userZone: string): string {
  if (!time.start) return `When: ${time.text}`;
  const zone = time.timeZone ?? userZone;
  const dateOnly = !time.start.includes('T');
  const start = instantOf(time.start, zone);
  const endLocal = time.end ?? time.start;
  const end =
    dateOnly || !time.end
      ? instantOf(endLocal, zone) + (endLocal.includes('T') ? HOUR : DAY)
      : instantOf(time.end, zone);
  const rel = relativeTo(now, start, end);
  const when = (tz: string) =>
    dateOnly ? '' : `${clock(start, tz, true)}${time.end ? `–${clock(end, tz, !sameDay(start, end, tz))}` : ''} ${tz}`;
  const zones = dateOnly
    ? ''
    : time.timeZone && time.timeZone !== userZone
      ? ` (${when(zone)}; your time ${when(userZone)})`
      : ` (${when(zone)}${time.timeZone ? '' : ', read as your time: the alert names no time zone'})`;
  return `When: ${time.text}: ${rel.phrase}${zones}`;
}

const sameDay = (a: number, b: number, tz: string) => {
  const day = (t: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
  return day(a) === day(b);
};
