// From an alert's document to everything a campaign is made of: the pure core of `pledge import`. Reads no
// files, asks no network, uses no clock (the date to resolve a year-less date against is passed in).
import { findAccounts, type Account } from './accounts.js';
import { toBlocks, type Block } from './blocks.js';
import type { AlertDocument } from './document.js';
import { findHashtags } from './hashtags.js';
import type { NotAHandle } from './handles.js';
import { detectLanguage, type Language } from './language.js';
import { findOrganisations, type Organisation } from './organisations.js';
import { fallbackPoints } from './fallback-points.js';
import { findPoints, type FoundPoint } from './points.js';
import { findSamples, type Sample } from './samples.js';
import { findTime, type ActionTime } from './time.js';

/** A hashtag as the alert uses it. */
interface FoundHashtag {
  tag: string;
  line: number;
  /** Used in the campaign's {hashtags}: named outside samples, and not in a sentence against it. */
  used: boolean;
}

/** Everything found in an alert, each with its line. */
export interface Extraction {
  title: string;
  language: Language;
  /** The language was recognised (else English cues and wording are used). */
  languageKnown: boolean;
  blocks: Block[];
  accounts: Account[];
  rejected: (NotAHandle & { line: number })[];
  organisations: Organisation[];
  hashtags: FoundHashtag[];
  samples: Sample[];
  sampleBlocks: Set<Block>;
  points: FoundPoint[];
  time?: ActionTime;
}

/** Acronyms the alert uses for names it also spells out ("AI" for "Amnesty International"). */
function acronyms(text: string, known: string[]): (name: string) => string {
  const map = new Map<string, string>();
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:of|for|and|&|de|für)[ \t]+)?\p{Lu}\p{Ll}+){1,5}/gu)) {
    const initials = m[0].split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && !map.has(initials)) map.set(initials, m[0]);
  }
  // A name run that ends with a known organisation ("Norway Amnesty International") is that organisation.
  const names = [...known, ...map.values()].sort((a, b) => b.length - a.length);
  // …and one that is the start of a known name ("Amnesty") is that name ("Amnesty International").
  return (name) =>
    /^\p{Lu}{2,6}$/u.test(name)
      ? (map.get(name) ?? name)
      : (names.find((n) => name !== n && (name.endsWith(` ${n}`) || n.startsWith(`${name} `))) ?? name);
}

/** The alert's title: its first block when short (a title line or heading), else its first heading. */
function titleOf(blocks: Block[]): string {
  const first = blocks[0];
  const title =
    first && (first.kind === 'heading' || first.text.length <= 120)
      ? first
      : (blocks.find((b) => b.kind === 'heading') ?? first);
  return title?.text.replace(/[:\s]+$/, '').slice(0, 120) ?? '';
}

/** Reads everything from an alert. `today` resolves dates written without a year (YYYY-MM-DD). */
export function extract(doc: AlertDocument, today: string): Extraction {
  const blocks = toBlocks(doc);
  const all = blocks.map((b) => b.text).join('\n');
  const { language, known: languageKnown } = detectLanguage(all);
  const time = findTime(blocks, today, language);
  const announces = (b: Block) => time !== undefined && b.lines.some((l) => l.line === time.line);
  const { samples, used: sampleBlocks } = findSamples(blocks, announces);
  const { accounts, rejected } = findAccounts(blocks, sampleBlocks, samples);
  const organisations = findOrganisations(blocks, sampleBlocks).filter(
    (o, i, list) =>
      list.findIndex((p) => p.name.toLowerCase() === o.name.toLowerCase()) === i &&
      !accounts.some((a) => a.name?.toLowerCase() === o.name.toLowerCase() && a.role !== 'mentioned'),
  );
  const hashtags: FoundHashtag[] = [];
  for (const block of blocks) {
    block.lines.forEach((line) => {
      for (const h of findHashtags(line.text)) {
        const inSample = sampleBlocks.has(block);
        const had = hashtags.find((x) => x.tag.toLowerCase() === h.tag.toLowerCase());
        if (had) had.used ||= !inSample;
        else hashtags.push({ tag: h.tag, line: line.line, used: !inSample });
      }
    });
  }
  // An alert whose hashtags are all inside its samples: those of the first sample are the campaign's.
  if (!hashtags.some((h) => h.used) && samples.length) {
    const first = findHashtags(samples[0]!.text).map((h) => h.tag.toLowerCase());
    for (const h of hashtags) h.used = first.includes(h.tag.toLowerCase());
  }
  const found = findPoints(
    blocks,
    sampleBlocks,
    language,
    acronyms(
      all,
      accounts.flatMap((a) => (a.name ? [a.name] : [])),
    ),
  );
  const points = found.length ? found : fallbackPoints(blocks, samples, sampleBlocks, language, language);
  return {
    title: titleOf(blocks),
    language,
    languageKnown,
    blocks,
    accounts,
    rejected,
    organisations,
    hashtags,
    samples,
    sampleBlocks,
    points,
    time,
  };
}
