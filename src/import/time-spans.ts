// Where an alert's text writes a date, a time of day (a range, a zone after it), a weekday or a relative day
// ("tomorrow"), in English, German, Spanish, Portuguese and French, as spans with their offsets: what time.ts
// chooses the action's time from, and what names made of an alert's words leave out (withoutTimes).
import { relativeDates, type DateHit } from './resolve-date.js';
import { MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS, ZONE_RE, zoneOf } from './time-words.js';

/**
 * A time of day found in a text: UTF-16 offsets `index` to `end`, hours (0-23) and minutes, the end of a range
 * ("6-8pm") when given, and the IANA zone named right after it, if any.
 */
export interface TimeHit {
  index: number;
  end: number;
  h: number;
  m: number;
  endH?: number;
  endM?: number;
  zone?: string;
}

/** Word boundaries in any script: not right after (B) or before (E) a letter or a digit. */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const WD = `(?:(${WEEKDAY_RE})\\.?,?\\s+(?:the\\s+|den\\s+|le\\s+|el\\s+|o\\s+|dia\\s+)?)?`;
const ORD = '(?:st|nd|rd|th|\\.|º|ª|er|o)?';
const TO = '\\s*(?:-|–|—|to|until|till|bis|al|a|au|à|hasta|até|às|and|und|y|e|et)\\s*';
const DATE_RES: [RegExp, (m: RegExpExecArray) => Omit<DateHit, 'index' | 'end'>][] = [
  [
    new RegExp(
      `${B}${WD}(\\d{1,2})${ORD}(?:${TO}(\\d{1,2})${ORD})?\\s+(?:of\\s+|de\\s+)?(${MONTH_RE})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?${E}`,
      'giu',
    ),
    (m) => ({
      weekday: wd(m[1]),
      day: +m[2]!,
      endDay: m[3] ? +m[3] : undefined,
      month: MONTHS[m[4]!.toLowerCase()]!,
      year: m[5] ? +m[5] : undefined,
    }),
  ],
  [
    new RegExp(
      `${B}${WD}(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${TO}(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?${E}`,
      'giu',
    ),
    (m) => ({
      weekday: wd(m[1]),
      month: MONTHS[m[2]!.toLowerCase()]!,
      day: +m[3]!,
      endDay: m[4] ? +m[4] : undefined,
      year: m[5] ? +m[5] : undefined,
    }),
  ],
  [
    new RegExp(`${B}${WD}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?![\\d])`, 'giu'),
    (m) => ({ weekday: wd(m[1]), day: +m[2]!, month: +m[3]!, year: year(m[4]) }),
  ],
  [
    new RegExp(`${B}${WD}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])`, 'giu'),
    (m) => ({ weekday: wd(m[1]), day: +m[2]!, month: +m[3]!, year: year(m[4]) }),
  ],
  [new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'), (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! })],
];
/** A weekday named on its own ("Tuesday"), not as part of a date. */
export const WEEKDAY_ALONE = new RegExp(`${B}(${WEEKDAY_RE})${E}`, 'giu');
const wd = (s: string | undefined) => (s ? WEEKDAYS[s.toLowerCase().replace(/\.$/, '')] : undefined);
const year = (s: string | undefined) => (s ? (s.length === 2 ? 2000 + +s : +s) : undefined);

const CLOCK = `(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}])|(\\d{1,2})[:.h](\\d{2})(?:\\s*(?:Uhr|h|hrs|horas|heures))?(?![\\d])|(\\d{1,2})\\s*(?:Uhr|h|horas|heures)(?![\\p{L}\\d])|(?:12\\s+)?(noon|midday|midnight|mittags?|mitternacht|mediodía|medianoche|meio-dia|meia-noite|midi|minuit))`;
const TIME_RE = new RegExp(`${B}(?:(\\d{1,2})(?:[:.](\\d{2}))?${TO})?${CLOCK}(?:${TO}${CLOCK})?`, 'giu');
/** A zone right after a time, case-sensitive ("ET" is Eastern Time, "et" is French for "and"). */
const ZONE_AFTER = new RegExp(`^,?\\s*\\(?(${ZONE_RE})\\)?${E}`, 'u');
/** "11.00" is a time only after a word such as "at" (else it may be a price or a number). */
const DOT_TIME_CUE =
  /(?:at|um|ab|from|von|à|às|las|de|das|until|till|to|bis|between|zwischen|entre|starting|start|dalle)\s+$/iu;
const NAMED: Record<string, number> = {
  noon: 12,
  midday: 12,
  mittag: 12,
  mittags: 12,
  mediodía: 12,
  'meio-dia': 12,
  midi: 12,
  midnight: 0,
  mitternacht: 0,
  medianoche: 0,
  'meia-noite': 0,
  minuit: 0,
};

/** Hours and minutes of one CLOCK match (groups g..g+6), or undefined when out of range. */
function clock(m: RegExpExecArray, g: number): { h: number; m: number; meridiem?: 'am' | 'pm' } | undefined {
  if (m[g] !== undefined) {
    const h = +m[g];
    const pm = /^p/i.test(m[g + 2]!);
    return h >= 1 && h <= 12
      ? { h: (h % 12) + (pm ? 12 : 0), m: +(m[g + 1] ?? 0), meridiem: pm ? 'pm' : 'am' }
      : undefined;
  }
  if (m[g + 3] !== undefined) return +m[g + 3]! < 24 && +m[g + 4]! < 60 ? { h: +m[g + 3]!, m: +m[g + 4]! } : undefined;
  if (m[g + 5] !== undefined) return +m[g + 5]! < 24 ? { h: +m[g + 5]!, m: 0 } : undefined;
  if (m[g + 6] !== undefined) return { h: NAMED[m[g + 6]!.toLowerCase()]!, m: 0 };
  return undefined;
}

/** The times of day in `text`, in order; `lang` reads ambiguous zone names (see zoneOf). */
export function times(text: string, lang: string): TimeHit[] {
  const out: TimeHit[] = [];
  for (const m of text.matchAll(TIME_RE)) {
    const a = clock(m, 3);
    if (!a) continue;
    if (/^\d{1,2}\.\d{2}$/.test(m[0]) && !DOT_TIME_CUE.test(text.slice(0, m.index))) continue;
    const b = [10, 13, 15, 16].some((i) => m[i] !== undefined) ? clock(m, 10) : undefined;
    const z = ZONE_AFTER.exec(text.slice(m.index + m[0].length));
    const zone = z ? zoneOf(z[1]!, lang) : undefined;
    const end = m.index + m[0].length + (z ? z[0].length : 0);
    if (m[1] !== undefined) {
      // "11 to 12 noon", "6-8pm": a bare start takes the meridiem of the end.
      let h = +m[1];
      if (a.meridiem === 'pm' && h < 12 && h + 12 <= a.h) h += 12;
      if (h < 24) out.push({ index: m.index, end, h, m: +(m[2] ?? 0), endH: a.h, endM: a.m, zone });
      continue;
    }
    out.push({ index: m.index, end, h: a.h, m: a.m, endH: b?.h, endM: b?.m, zone });
  }
  return out;
}

/** The dates written in `text` (day and month at least; the year when given), in order, none overlapping. */
export function dates(text: string): DateHit[] {
  const out: DateHit[] = [];
  for (const [re, read] of DATE_RES) {
    for (const m of text.matchAll(re)) {
      const d = read(m);
      if (
        d.month < 1 ||
        d.month > 12 ||
        d.day < 1 ||
        d.day > 31 ||
        out.some((o) => m.index < o.end && o.index < m.index + m[0].length)
      )
        continue;
      if (/^[.:]\d/.test(text.slice(m.index + m[0].length)) || /\d[.,]$/.test(text.slice(0, m.index))) continue;
      out.push({ index: m.index, end: m.index + m[0].length, ...d });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The first time zone `text` names anywhere: its words, and the IANA zone they stand for (`lang` reads
 * ambiguous names; undefined when they stand for none); undefined when no zone is named.
 */
export function zoneIn(text: string, lang: string): { words: string; zone: string | undefined } | undefined {
  const m = new RegExp(`${B}(${ZONE_RE})${E}`, 'u').exec(text);
  return m ? { words: m[1]!, zone: zoneOf(m[1]!, lang) } : undefined;
}

/** Whether `text` gives a time of day ("at 6pm", "19h", "18:00 Uhr"): a sentence that does announces the action. */
export const hasTimeOfDay = (text: string): boolean => times(text, 'en').length > 0;

/** Words before a date or time that go with it ("on", "at", "am", "às"…). */
const LEADS_IN =
  /(?:^|\s)(?:on|at|from|between|von|vom|zwischen|desde|entre|dès|by|until|till|this|next|am|um|ab|bis|el|la|las|le|à|às|a|de|das|dia|na|no|en|ce)\s*$/iu;

/**
 * `text` without its dates, times, relative days and weekdays, and the words that lead into them ("Tomorrow
 * at 6pm, tweet the council" gives "tweet the council"), for names made of an alert's words (ask ids).
 */
export function withoutTimes(text: string): string {
  const spans = [
    ...dates(text),
    ...times(text, 'en'),
    ...relativeDates(text, '2000-01-01', true),
    ...[...text.matchAll(WEEKDAY_ALONE)].map((m) => ({ index: m.index, end: m.index + m[0].length })),
  ];
  // Merged where they overlap, then cut from the last to the first (earlier offsets stay valid).
  const merged: { index: number; end: number }[] = [];
  for (const s of spans.sort((a, b) => a.index - b.index)) {
    const last = merged.at(-1);
    if (last && s.index <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ index: s.index, end: s.end });
  }
  let out = text;
  for (const s of merged.reverse()) {
    let start = s.index;
    for (let m = LEADS_IN.exec(out.slice(0, start)); m && m.index < start; m = LEADS_IN.exec(out.slice(0, start)))
      start = m.index;
    out = `${out.slice(0, start)} ${out.slice(s.end)}`;
  }
  return out.replace(/^[\s,;:.–—-]+/u, '').replace(/\s+([,;:.])/gu, '$1').replace(/\s{2,}/gu, ' ').trim();
}
