// What `pledge import` tells the organiser: what it found, what it guessed, what is left to do, and the
// lines of the alert it took nothing from. One data shape, printed as text or (--json) as one document.
import type { Extraction } from './extract.js';
import { LANGUAGE_NAMES } from './language.js';
import { SHORT_MAX } from './short-form.js';
import type { ImportedCampaign } from './to-campaign.js';

/** The report of an import (the `--json` document; fields may be added, never renamed). */
export interface ImportReport {
  alert: string;
  format: string;
  language: string;
  out: string;
  found: {
    title: string;
    targets: { id: string; name: string; handle: string | null; ask: string; line: number; why: string }[];
    cc: { handle: string; line: number; why: string }[];
    /** Handles named but neither targets nor cc (opponents, the alert's author): not used. */
    mentioned: { handle: string; line: number; why: string }[];
    hashtags: { tag: string; line: number; used: boolean }[];
    samples: { text: string; line: number; weightedLength: number; overLimit: boolean; how: string }[];
    points: { id: string; kind: string; text: string; short: string; source: string; line: number }[];
    asks: { id: string; description: string; templates: number; generic: number }[];
    time: { text: string; line: number; start: string | null; end: string | null; timeZone: string | null } | null;
  };
  guessed: { line: number | null; what: string }[];
  todo: { handlesToFind: string[]; handlesToCheck: string[]; pointsToReview: string[]; wordingToTranslate: string[] };
  unused: { line: number; text: string }[];
  /** Invisible characters taken out of the alert's text (they would reach the posts unseen), by line. */
  removed: { line: number; what: string }[];
}

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Builds the report of an import from what was found and the campaign made of it. */
export function buildReport(
  x: Extraction,
  c: ImportedCampaign,
  where: { alert: string; format: string; out: string; removed?: { line: number; what: string }[] },
): ImportReport {
  const targets = c.targets.targets.map((t) => {
    const a = t.handle ? x.accounts.find((a) => a.handle === t.handle) : undefined;
    const o = t.handle ? undefined : x.organisations.find((o) => o.name === t.name);
    return {
      id: t.id,
      name: t.name,
      handle: t.handle ?? null,
      ask: t.ask,
      line: a?.line ?? o?.line ?? 0,
      why: a?.why ?? o?.why ?? '',
    };
  });
  const points = c.points.points.map((p, i) => ({
    id: p.id,
    kind: x.points[i]?.kind ?? 'fact',
    text: p.text,
    short: p.short,
    source: p.source,
    line: x.points[i]?.line ?? 0,
  }));
  const guessed: ImportReport['guessed'] = [
    {
      line: null,
      what: x.languageKnown
        ? `language: ${LANGUAGE_NAMES[x.language]}, from its commonest words`
        : 'language: not one pledge has wording for; generic wording is in English',
    },
  ];
  for (const a of x.accounts) {
    if (a.role !== 'mentioned' && !a.certain)
      guessed.push({ line: a.line, what: `@${a.handle} is ${a.role === 'cc' ? 'cc' : 'a target'}: ${a.why}` });
    if (a.role === 'target' && !a.name)
      guessed.push({ line: a.line, what: `@${a.handle} has no name in the alert: its handle stands for the name` });
    if (a.glued)
      guessed.push({
        line: a.line,
        what: `@${a.handle} is glued to the text around it: X would not link it as written`,
      });
  }
  for (const p of x.points)
    if (p.kind === 'made')
      guessed.push({
        line: p.line || null,
        what: `point "${clip(p.text, 60)}" made from ${p.from}: the alert has no quotation or factual sentence`,
      });
  for (const p of x.points)
    if (p.kind === 'quotation')
      guessed.push({
        line: p.line,
        what: `quotation on line ${p.line} attributed to ${p.speaker ?? 'no one (the alert does not say who)'}`,
      });
  if (x.time?.guesses) for (const g of x.time.guesses) guessed.push({ line: x.time.line, what: g });

  const handlesToFind = c.targets.targets
    .filter((t) => !t.handle)
    .map(
      (t) =>
        `${t.name} (line ${targets.find((u) => u.id === t.id)?.line}): no handle in the alert; add it to targets.json or leave it to be named`,
    );
  const handlesToCheck = [
    ...x.accounts
      .filter((a) => a.role !== 'mentioned' && a.role !== 'other')
      .map(
        (a) =>
          `@${a.handle} (line ${a.line}): check it still belongs to ${a.name ?? 'the organisation'}, then set handleChecked`,
      ),
    ...x.accounts
      .filter((a) => a.role === 'mentioned')
      .map(
        (a) => `@${a.handle} (line ${a.line}): mentioned, but not as a target or cc (${a.why}); add it if it should be`,
      ),
    ...x.rejected.map((r) => `${r.text} (line ${r.line}): not used, ${r.why}`),
  ];
  const pointsToReview = x.points.flatMap((p, i) => {
    const id = c.points.points[i]!.id;
    const out: string[] = [];
    if (p.kind === 'quotation') out.push(`${id} (line ${p.line}): a quotation; check its words and source`);
    if (p.kind === 'made')
      out.push(`${id}: made from ${p.from}, as the alert gives no argument: replace it with your own talking points`);
    if (p.cut === 'clause')
      out.push(`${id} (line ${p.line}): short form is a clause made a sentence: "${clip(p.short, 70)}"`);
    if (p.cut === 'none')
      out.push(
        `${id} (line ${p.line}): no short form (no sentence or clause of at most ${SHORT_MAX} characters stands alone): short is the whole point; write one`,
      );
    return out;
  });
  const over = x.samples
    .filter((s) => s.overLimit)
    .map((s) => `sample on line ${s.line} is ${s.weightedLength}/280: shorten it in campaign.json`);
  const wordingToTranslate = x.languageKnown
    ? []
    : Object.entries(c.generic)
        .filter(([, n]) => n > 0)
        .map(([id, n]) => `ask ${id}: ${n} generic template${n === 1 ? '' : 's'} in English`);

  const used = new Set<number>([x.blocks[0]?.lines[0]?.line ?? 0]);
  const mark = (from: number, to = from) => {
    for (let l = from; l <= to; l++) used.add(l);
  };
  for (const a of x.accounts) mark(a.line);
  for (const o of x.organisations) mark(o.line);
  for (const h of x.hashtags) mark(h.line);
  for (const p of x.points) mark(p.line, p.endLine);
  if (x.time) mark(x.time.line);
  for (const b of x.blocks) {
    // A sample heading is used when samples were taken from under it: an empty one ("Model tweets:" and
    // nothing after it) is listed as not used.
    const heading =
      b.kind === 'heading' &&
      b.section.samples &&
      x.blocks.some((o) => o.section === b.section && x.sampleBlocks.has(o));
    if (x.sampleBlocks.has(b) || heading) b.lines.forEach((l) => mark(l.line));
    if (
      c.campaign.asks[
        Object.keys(c.campaign.asks).find((id) => c.campaign.asks[id]!.description === b.text.slice(0, 300)) ?? ''
      ]
    )
      b.lines.forEach((l) => mark(l.line));
  }
  for (const s of x.samples) mark(s.line);
  const unused = x.blocks
    .flatMap((b) => b.lines)
    .filter((l) => !used.has(l.line))
    .map((l) => ({ line: l.line, text: clip(l.text) }));

  return {
    alert: where.alert,
    format: where.format,
    language: x.language,
    out: where.out,
    found: {
      title: x.title,
      targets,
      cc: x.accounts.filter((a) => a.role === 'cc').map((a) => ({ handle: a.handle, line: a.line, why: a.why })),
      mentioned: x.accounts
        .filter((a) => a.role === 'mentioned' || a.role === 'other')
        .map((a) => ({ handle: a.handle, line: a.line, why: a.why })),
      hashtags: x.hashtags.map((h) => ({ ...h })),
      samples: x.samples.map((s) => ({ ...s })),
      points,
      asks: Object.entries(c.campaign.asks).map(([id, a]) => ({
        id,
        description: a.description,
        templates: a.templates.length,
        generic: c.generic[id] ?? 0,
      })),
      time: x.time
        ? {
            text: x.time.text,
            line: x.time.line,
            start: x.time.start ?? null,
            end: x.time.end ?? null,
            timeZone: x.time.timeZone ?? null,
          }
        : null,
    },
    guessed,
    todo: { handlesToFind, handlesToCheck, pointsToReview: [...pointsToReview, ...over], wordingToTranslate },
    unused,
    removed: where.removed ?? [],
  };
}
