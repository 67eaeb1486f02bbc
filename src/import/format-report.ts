// The import report as text for a terminal: found, guessed, to do, unused lines, next steps.
import { oneLine } from '../ui/sanitize.js';
import type { Colors } from '../ui/color.js';
import { shellQuote } from '../ui/io.js';
import type { ImportReport } from './report.js';
import { plural } from '../ui/plural.js';
import { visible } from '../ui/quote.js';


/**
 * Renders the report of `pledge import` (every value from the alert is put on one line, control characters removed).
 */
export function formatReport(r: ImportReport, c: Colors): string {
  const f = r.found;
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', c.strong(title), ...lines.map((l) => `  ${oneLine(l)}`));
  };
  out.push(
    `${c.ok('✓')} Imported ${visible(r.alert)} (${r.format}) into ${visible(r.out)}: campaign.json, targets.json, points.json (and their JSON Schemas in schemas/)`,
  );
  section('Found', [
    `title: ${f.title}`,
    ...f.targets.map(
      (t) => `target ${t.handle ? `@${t.handle}` : '(no handle)'}  ${t.name}  ask ${t.ask}  line ${t.line}  (${t.why})`,
    ),
    ...f.cc.map((a) => `cc @${a.handle}  line ${a.line}  (${a.why})`),
    ...f.mentioned.map((a) => `not used: @${a.handle}  line ${a.line}  (${a.why})`),
    ...f.hashtags.map((h) => `#${h.tag}  line ${h.line}${h.used ? '' : '  (only in samples)'}`),
    ...f.samples.map(
      (s) =>
        `sample  line ${s.line}  ${s.weightedLength}/280${s.overLimit ? c.warn('  over the limit') : ''}  ${s.text.replace(/\n/g, ' / ')}`,
    ),
    ...f.points.map((p) => `point ${p.id}  line ${p.line}  (${p.kind})`),
    ...f.asks.map((a) => `ask ${a.id}: ${plural(a.templates, 'template')}${a.generic ? `, ${a.generic} generic` : ''}`),
    f.time
      ? `time: "${f.time.text}"  line ${f.time.line}  ${f.time.start ?? '?'} to ${f.time.end ?? '?'} ${f.time.timeZone ?? '(time zone unknown)'}`
      : 'time: none found',
  ]);
  section('Guessed', r.guessed.map((g) => (g.line ? `line ${g.line}: ${g.what}` : g.what)));
  section(
    'Invisible characters taken out (they would reach the posts unseen)',
    r.removed.map((x) => `line ${x.line}: ${x.what}`),
  );
  section('To do', [
    ...r.todo.handlesToFind.map((t) => `handle to find: ${t}`),
    ...r.todo.handlesToCheck.map((t) => `handle to check: ${t}`),
    ...r.todo.pointsToReview.map((t) => `point to review: ${t}`),
    ...r.todo.wordingToTranslate.map((t) => `wording to translate: ${t}`),
  ]);
  section('Not used (by line)', r.unused.map((u) => `${u.line}: ${u.text}`));
  const q = shellQuote(r.out);
  out.push('', c.strong('Next steps'), `  pledge check --campaign ${q}`, `  pledge draft --campaign ${q}`, '');
  return out.join('\n');
}
