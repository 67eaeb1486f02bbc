// Dates an alert gives relative to when it is read ("tomorrow", "this Saturday", "demain") or without a year
// ("Monday 3 June"), resolved against the import date. An action alert is about the future: a year-less date
// is the next one on or after the import date (its weekday, when given, choosing among the next years), and
// every such choice is reported as a guess.
import { wordsPattern } from './language.js';
import { WEEKDAY_RE, WEEKDAYS } from './time-words.js';

/** A calendar date found in a text: where, and what it says (the year absent when the text gives none). */
export interface DateHit {
  index: number;
  end: number;
  day: number;
  month: number;
  year?: number;
  endDay?: number;
  /** 0 (Sunday) to 6, when the text names the weekday. */
  weekday?: number;
  /** For a date resolved from relative words ("tomorrow"): what was assumed, for the report. */
  guess?: string;
}

/** Years ahead within which a weekday decides the year of a year-less date ("Monday 3 June"). */
const HORIZON_YEARS = 6;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD`. */
export const iso = (y: number, mo: number, d: number) => `${y}-${pad(mo)}-${pad(d)}`;
const utc = (y: number, mo: number, d: number) => Date.UTC(y, mo - 1, d);
/** The date `days` after `today` (YYYY-MM-DD). */
const plusDays = (today: string, days: number) =>
  new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
/** Whether day/month exists in year y (no 29 February in 2027). */
const exists = (y: number, mo: number, d: number) => new Date(utc(y, mo, d)).getUTCDate() === d;
const weekdayOf = (y: number, mo: number, d: number) => new Date(utc(y, mo, d)).getUTCDay();

/**
 * The year of a date: its own, else the first year whose date falls on or after `today` (YYYY-MM-DD) and, when
 * the weekday is given, falls on that weekday within {@link HORIZON_YEARS} years. A weekday that matches no
 * such year but a past one gives that past year (an old alert); one that matches none gives the next date.
 * Each choice (and a relative date's) is added to `guesses` in words.
 */
export function resolveYear(d: DateHit, today: string, guesses: string[]): number {
  if (d.guess) guesses.push(d.guess);
  if (d.year) return d.year;
  const now = Date.parse(today);
  const thisYear = +today.slice(0, 4);
  const md = `${d.day} ${MONTH_NAMES[d.month - 1]}`;
  const next = (weekday: boolean) => {
    for (let y = thisYear; y <= thisYear + HORIZON_YEARS; y++) {
      if (utc(y, d.month, d.day) < now || !exists(y, d.month, d.day)) continue;
      if (!weekday || d.weekday === undefined || weekdayOf(y, d.month, d.day) === d.weekday) return y;
    }
    return undefined;
  };
  if (d.weekday === undefined) {
    const y = next(false) ?? thisYear + 1;
    guesses.push(`year ${y}: the next ${md} on or after the import date ${today}`);
    return y;
  }
  const day = WEEKDAY_NAMES[d.weekday];
  const ahead = next(true);
  if (ahead !== undefined) {
    guesses.push(`year ${ahead}: the first year from the import date ${today} in which ${md} is a ${day}`);
    return ahead;
  }
  for (let y = thisYear; y >= thisYear - 11; y--) {
    if (utc(y, d.month, d.day) < now && exists(y, d.month, d.day) && weekdayOf(y, d.month, d.day) === d.weekday) {
      guesses.push(
        `year ${y}: ${md} is a ${day} in ${y} and in none of the next ${HORIZON_YEARS} years: the action is in the past (an old alert?); check the date`,
      );
      return y;
    }
  }
  const y = next(false) ?? thisYear + 1;
  guesses.push(
    `year ${y}: the next ${md} on or after the import date ${today}; ${md} is a ${day} in no year near it: check the date`,
  );
  return y;
}

// Words for a day relative to today. "Today" alone is urgency, not a date: it counts only with a time of day.
const TODAY = wordsPattern(['today', 'heute', 'hoy', 'hoje', "aujourd'hui", 'aujourd’hui']);
const SAME_DAY = wordsPattern([
  'tonight',
  'this evening',
  'heute abend',
  'heute nacht',
  'esta noche',
  'esta tarde',
  'hoje à noite',
  'hoje à tarde',
  'esta noite',
  'ce soir',
  'cet après-midi',
]);
const TOMORROW = wordsPattern([
  'tomorrow',
  'tomorrow night',
  'tomorrow evening',
  'übermorgen',
  'mañana',
  'pasado mañana',
  'amanhã',
  'depois de amanhã',
  'demain',
  'après-demain',
  'morgen',
]);
const DAY_AFTER = /^(?:übermorgen|pasado mañana|depois de amanhã|après-demain)$/iu;
// "this Saturday", "next Saturday", "diesen Samstag", "este sábado", "neste sábado", "ce samedi", "samedi prochain".
const NEXT_WEEKDAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:this|next|coming|this coming|diesen|diese|nächsten|nächste|kommenden|este|el próximo|el proximo|este próximo|próximo|proximo|neste|nesta|próxima|proxima|ce|ce prochain)\\s+(${WEEKDAY_RE})|(${WEEKDAY_RE})\\s+(?:prochain|que vem|próximo|próxima))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "mañana" after an article is "the morning"; "Morgen" with a capital is "the morning" in German. */
function isMorning(text: string, index: number, word: string): boolean {
  if (/^mañana$/iu.test(word)) return /(?:la|esta|por la|de la)\s+$/iu.test(text.slice(0, index));
  return (
    (word === 'Morgen' && index > 0) ||
    (/^morgen$/iu.test(word) && /(?:am|guten|jeden|den|heute)\s+$/iu.test(text.slice(0, index)))
  );
}

/**
 * Dates `text` gives relative to `today` (YYYY-MM-DD): "tomorrow", "tonight", "this Saturday" and their
 * German, Spanish, Portuguese and French words, each as a {@link DateHit} with its year and a `guess` saying
 * how it was read. "Today" counts only when `withTime` (the text gives a time of day).
 */
export function relativeDates(text: string, today: string, withTime: boolean): DateHit[] {
  const out: DateHit[] = [];
  const add = (index: number, words: string, days: number, why: string) => {
    const date = plusDays(today, days);
    const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
    out.push({
      index,
      end: index + words.length,
      day: d,
      month: mo,
      year: y,
      guess: `date ${date}: "${words}" read as ${why} the import date ${today}`,
    });
  };
  for (const m of text.matchAll(NEXT_WEEKDAY)) {
    const weekday = WEEKDAYS[(m[1] ?? m[2])!.toLowerCase()]!;
    const now = new Date(Date.parse(today)).getUTCDay();
    const nextWeek =
      /^(?:next|nächste|(?:el )?pr[oó]xim|.*(?:prochain|que vem))/iu.test(m[0]) &&
      !/^(?:this|este|neste|nesta|ce)\b/iu.test(m[0]);
    const days = (weekday - now + 7) % 7 + (nextWeek && weekday === now ? 7 : 0);
    add(m.index, m[0], days, `the next ${WEEKDAY_NAMES[weekday]} on or after`);
  }
  for (const [re, days] of [[SAME_DAY, 0], [TOMORROW, 1], ...(withTime ? [[TODAY, 0] as const] : [])] as const) {
    for (const m of text.matchAll(re)) {
      if (out.some((o) => m.index < o.end && o.index < m.index + m[0].length) || isMorning(text, m.index, m[0]))
        continue;
      const n = DAY_AFTER.test(m[0]) ? 2 : days;
      add(m.index, m[0], n, n === 0 ? 'the day of' : n === 1 ? 'the day after' : 'two days after');
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
