// The time of the action: dates ("Tuesday 19 July", "23.11.", "19 de julio"), times and ranges ("11am to 12
// noon", "23.15 Uhr", "de 18h a 20h") and time zones ("EDT", "UK time", "UTC+2") in English, German,
// Spanish, Portuguese and French; the most likely one is the action's. The original words are always kept;
// start, end and zone only where they can be resolved. Dates without a year, and relative ones ("tomorrow"),
// are resolved against the import date (see resolve-date.ts; guesses, reported). Where the text writes them:
// time-spans.ts; here, which of them is the action's.
import { lineAt, type Block } from './blocks.js';
import { iso, relativeDates, resolveYear, type DateHit } from './resolve-date.js';
import { dates, times, WEEKDAY_ALONE, zoneIn, type TimeHit } from './time-spans.js';
import { PLACE_ZONES } from './time-words.js';

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
    const named = zoneIn(all, lang);
    const z = named ? named.zone : PLACE_ZONES.find(([re]) => re.test(all))?.[1];
    if (z) {
      out.timeZone = z;
      guesses.push(
        `time zone ${z}: ${named ? `"${named.words}" elsewhere in the alert` : 'from the places the alert names'}`,
      );
    }
  }
  if (guesses.length) out.guesses = guesses;
  return out;
}
