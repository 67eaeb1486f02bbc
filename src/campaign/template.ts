import { quote } from '../ui/quote.js';

/** The placeholders a template may use. */
const PLACEHOLDERS = ['mention', 'name', 'point', 'hashtags', 'cc'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Record<Placeholder, string>;

/** A template split into literal text and placeholders; `{{` and `}}` stand for literal braces. */
export type TemplatePart = { literal: string } | { placeholder: Placeholder };

/** Thrown by {@link parseTemplate}; `index` is the UTF-16 offset of the offending brace. */
export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

const TOKEN = /\{\{|\}\}|\{([^{}]*)\}|[{}]/g;

/** Parses a template, rejecting unknown placeholders and unbalanced braces. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    literal += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') literal += '{';
    else if (m[0] === '}}') literal += '}';
    else if (m[1] !== undefined) {
      const name = m[1].trim();
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
        throw new TemplateSyntaxError(
          `unknown placeholder ${quote(`{${m[1]}}`)}; use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')} (write {{ and }} for literal braces)`,
          m.index,
        );
      }
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ placeholder: name as Placeholder });
    } else {
      throw new TemplateSyntaxError(`unmatched "${m[0]}" (write {{ and }} for literal braces)`, m.index);
    }
  }
  literal += template.slice(last);
  if (literal) parts.push({ literal });
  return parts;
}

/**
 * Fills a parsed template. Spaces left doubled by an empty value are folded, and lines are trimmed, so
 * `"… {hashtags} {cc}"` with no cc doesn't end in a space.
 */
export function renderTemplate(parts: readonly TemplatePart[], values: TemplateValues): string {
  let out = '';
  for (const part of parts) out += 'literal' in part ? part.literal : values[part.placeholder];
  // Most drafts need no folding: skip the split and regexes for them (this runs for every candidate).
  if (!out.includes('  ') && !out.includes('\n') && out.trim().length === out.length) return out;
  return out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/**
 * The placeholders written in a plain text, as written (`{mention}`, `{ name }`), in order: for texts that are not
 * templates.
 */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(TOKEN)]
    .filter((m) => m[1] !== undefined && (PLACEHOLDERS as readonly string[]).includes(m[1].trim()))
    .map((m) => m[0]);
}

/**
 * Whether a text begins (after blanks) with a mention as X reads one: `@` or the fullwidth `＠` then a letter,
 * digit or `_` (twitter-text's mention rule).
 */
export function beginsWithMention(text: string): boolean {
  return /^\s*[@＠][A-Za-z0-9_]/.test(text);
}

/**
 * What comes first in a template's rendering on X, skipping placeholders that render empty ({hashtags} and
 * {cc} when the campaign has none): a mention for sure (its text, {mention}, {cc}), or whatever a point or a
 * target name begins with, or a word.
 */
export function leadOf(
  parts: readonly TemplatePart[],
  campaign: { hashtags: readonly string[]; cc: readonly string[] },
): 'mention' | 'point' | 'name' | 'word' {
  for (const part of parts) {
    if ('literal' in part) {
      if (part.literal.trim() === '') continue;
      // A lone "@" before a placeholder makes a mention of what it renders.
      return beginsWithMention(part.literal) || /^\s*[@＠]$/.test(part.literal) ? 'mention' : 'word';
    }
    const p = part.placeholder;
    if (p === 'hashtags' && !campaign.hashtags.length) continue;
    if (p === 'cc' && !campaign.cc.length) continue;
    return p === 'mention' || p === 'cc' ? 'mention' : p === 'name' || p === 'point' ? p : 'word';
  }
  return 'word';
}
