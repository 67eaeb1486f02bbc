// The time of the action: dates ("Tuesday 19 July", "23.11.", "19 de julio"), times and ranges ("11am to 12
// noon", "23.15 Uhr", "de 18h a 20h") and time zones ("EDT", "UK time", "UTC+2") in English, German,
// Spanish, Portuguese and French; the most likely one is the action's. The original words are always kept;
// start, end and zone only where they can be resolved. Dates without a year, and relative ones ("tomorrow"),
// are resolved against the import date (see resolve-date.ts; guesses, reported).
import { lineAt, type Block } from './blocks.js';
import { iso, relativeDates, resolveYear, type DateHit } from './resolve-date.js';
import { MONTH_RE, MONTHS, PLACE_ZONES, WEEKDAY_RE, WEEKDAYS, ZONE_RE, zoneOf } from './time-words.js';

/** The time of the action as found. */
export interface ActionTime {
  /** The alert's own words (several passages joined by " … "). */
  text: string;
  /** 1-based line where the words start. */
  line: number;
  /** Local date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM) in `timeZone`, when resolvable. */
  start?: string;
  end?: string;
  /** IANA time zone, when the alert names one (or its places suggest one: then a guess). */
  timeZone?: string;
  /** What was guessed (the year, the zone), for the report. */
  guesses?: string[];
}

interface TimeHit { index: number; end: number; h: number; m: number; endH?: number; endM?: number; zone?: string }

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
const WEEKDAY_ALONE = new RegExp(`${B}(${WEEKDAY_RE})${E}`, 'giu');
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

function times(text: string, lang: string): TimeHit[] {
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

function dates(text: string): DateHit[] {
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

const ACTION =
  /twitterstorm|tweetstorm|storm|tweet|twitter|action|aktion|acción|ação|mobilis|mobiliz|join|mitmachen|únete|participe|rejoignez|online|day of|tag der|día de|dia de|journée/iu;
const pad = (n: number) => String(n).padStart(2, '0');

interface Candidate {
  block: Block;
  index: number;
  end: number;
  date?: DateHit;
  time?: TimeHit;
  weekdayOnly?: boolean;
  score: number;
}

/** Finds the time of the action in the blocks, or undefined when the alert gives none. */
export function findTime(blocks: readonly Block[], today: string, lang = 'en'): ActionTime | undefined {
  const candidates: Candidate[] = [];
  for (const block of blocks) {
    const explicit = dates(block.text);
    const ts = times(block.text, lang).filter((t) => !explicit.some((d) => t.index < d.end && d.index < t.end));
    const relative = relativeDates(block.text, today, ts.length > 0).filter(
      (r) => !explicit.some((d) => r.index < d.end && d.index < r.end),
    );
    const ds = [...explicit, ...relative].sort((a, b) => a.index - b.index);
    const weekdays = [...block.text.matchAll(WEEKDAY_ALONE)].filter(
      (w) => !ds.some((d) => w.index >= d.index && w.index < d.end),
    );
    const date = ds[0];
    const time = ts[0];
    const weekday = !date && weekdays[0];
    if (!date && !time) continue;
    const index = Math.min(date?.index ?? Infinity, time?.index ?? Infinity, weekday ? weekday.index : Infinity);
    const end = Math.max(date?.end ?? 0, time?.end ?? 0, weekday ? weekday.index + weekday[0].length : 0);
    const score =
      (date ? 2 : 0) +
      (date?.weekday !== undefined || weekday ? 1 : 0) +
      (time ? 3 : 0) +
      (time?.zone ? 1 : 0) +
      (ACTION.test(block.text) ? 2 : 0) +
      (block.kind === 'heading' ? 1 : 0);
    candidates.push({ block, index, end, date, time, weekdayOnly: !!weekday, score });
    // A calendar: dated list items, one per day.
    if (ds.length > 1 && block.kind !== 'item')
      for (const d of ds.slice(1)) candidates.push({ block, index: d.index, end: d.end, date: d, score: 1 });
  }
  const calendar = candidates.filter((c) => c.block.kind === 'item' && c.date);
  const best = candidates.filter((c) => c.score >= 3).sort((a, b) => b.score - a.score)[0];
  if (!best && calendar.length < 3) return undefined;
  const guesses: string[] = [];
  const all = blocks.map((b) => b.text).join('\n');
  const words = (c: Candidate) => c.block.text.slice(c.index, c.end).trim();
  if (calendar.length >= 3 && (!best || calendar.includes(best) || best.score < 6)) {
    const first = calendar[0]!;
    const last = calendar.at(-1)!;
    const y = resolveYear(first.date!, today, guesses);
    return finish(
      {
        text: `${words(first)} … ${words(last)}`,
        line: lineAt(first.block, first.index),
        start: iso(y, first.date!.month, first.date!.day),
        end: iso(
          last.date!.month < first.date!.month ? y + 1 : y,
          last.date!.month,
          last.date!.endDay ?? last.date!.day,
        ),
      },
      first.time,
      all,
      lang,
      guesses,
    );
  }
  const c = best!;
  const out: ActionTime = { text: words(c), line: lineAt(c.block, c.index) };
  // A date in a heading or the block before, with the time in this block (or the other way round).
  let date = c.date;
  if (!date && c.time && !c.weekdayOnly) {
    const near = candidates.find((o) => o.date && Math.abs(blocks.indexOf(o.block) - blocks.indexOf(c.block)) === 1);
    if (near) {
      date = near.date;
      out.text =
        blocks.indexOf(near.block) < blocks.indexOf(c.block)
          ? `${words(near)} … ${out.text}`
          : `${out.text} … ${words(near)}`;
      out.line = Math.min(out.line, lineAt(near.block, near.index));
    }
  }
  if (date) {
    const y = resolveYear(date, today, guesses);
    const day = iso(y, date.month, date.day);
    const t = c.time;
    out.start = t ? `${day}T${pad(t.h)}:${pad(t.m)}` : day;
    if (t?.endH !== undefined) {
      const next =
        t.endH * 60 + t.endM! <= t.h * 60 + t.m
          ? new Date(Date.UTC(y, date.month - 1, date.day + 1)).toISOString().slice(0, 10)
          : day;
      out.end = `${next}T${pad(t.endH)}:${pad(t.endM!)}`;
    } else if (date.endDay) {
      out.end = iso(y, date.month, date.endDay);
    }
  }
  return finish(out, c.time, all, lang, guesses);
}

/** Adds the time zone: named by the alert, else (only for a time of day) guessed from the places it names. */
function finish(out: ActionTime, time: TimeHit | undefined, all: string, lang: string, guesses: string[]): ActionTime {
  if (time?.zone) out.timeZone = time.zone;
  else if (time) {
    const zone = new RegExp(`${B}(${ZONE_RE})${E}`, 'u').exec(all);
    const z = zone ? zoneOf(zone[1]!, lang) : PLACE_ZONES.find(([re]) => re.test(all))?.[1];
    if (z) {
      out.timeZone = z;
      guesses.push(
        `time zone ${z}: ${zone ? `"${zone[1]}" elsewhere in the alert` : 'from the places the alert names'}`,
      );
    }
  }
  if (guesses.length) out.guesses = guesses;
  return out;
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
