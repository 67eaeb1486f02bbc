// Templates for the imported asks: the alert's samples made to serve every target, and generic wordings in
// the alert's language for asks with fewer than three samples.
import type { Language } from './language.js';

/** Whether an ask thanks and supports its targets or asks them to act. */
export type AskKind = 'thank' | 'ask';

/** Generic templates per language and kind of ask: true of any campaign, never starting with a mention. */
export const GENERIC_TEMPLATES: Record<Language, Record<AskKind, string[]>> = {
  en: {
    thank: [
      'Thank you {mention} for taking a stand. {point} {hashtags} {cc}',
      'I stand with {mention} on this. {point} {hashtags} {cc}',
      '{point} That is why I support {mention}. {hashtags} {cc}',
    ],
    ask: [
      'Please act now, {mention}. {point} {hashtags} {cc}',
      'I am asking {mention} to act: {point} {hashtags} {cc}',
      '{point} Will you speak up, {mention}? {hashtags} {cc}',
    ],
  },
  de: {
    thank: [
      'Danke, {mention}, dass ihr Haltung zeigt. {point} {hashtags} {cc}',
      'Ich stehe hinter {mention}. {point} {hashtags} {cc}',
      '{point} Deshalb unterstütze ich {mention}. {hashtags} {cc}',
    ],
    ask: [
      'Bitte handelt jetzt, {mention}! {point} {hashtags} {cc}',
      'Ich fordere {mention} auf zu handeln: {point} {hashtags} {cc}',
      '{point} Wann handelt ihr, {mention}? {hashtags} {cc}',
    ],
  },
  es: {
    thank: [
      'Gracias, {mention}, por dar la cara. {point} {hashtags} {cc}',
      'Estoy con {mention}. {point} {hashtags} {cc}',
      '{point} Por eso apoyo a {mention}. {hashtags} {cc}',
    ],
    ask: [
      'Por favor, actúen ya, {mention}. {point} {hashtags} {cc}',
      'Pido a {mention} que actúe: {point} {hashtags} {cc}',
      '{point} ¿Qué van a hacer, {mention}? {hashtags} {cc}',
    ],
  },
  pt: {
    thank: [
      'Agradeço a {mention} por tomar posição. {point} {hashtags} {cc}',
      'Estou com {mention}. {point} {hashtags} {cc}',
      '{point} Por isso apoio {mention}. {hashtags} {cc}',
    ],
    ask: [
      'Por favor, ajam já, {mention}. {point} {hashtags} {cc}',
      'Peço a {mention} que aja: {point} {hashtags} {cc}',
      '{point} O que vão fazer, {mention}? {hashtags} {cc}',
    ],
  },
  fr: {
    thank: [
      'Merci {mention} de prendre position. {point} {hashtags} {cc}',
      'Je soutiens {mention}. {point} {hashtags} {cc}',
      '{point} C’est pourquoi je soutiens {mention}. {hashtags} {cc}',
    ],
    ask: [
      'Agissez maintenant, {mention} ! {point} {hashtags} {cc}',
      'Je demande à {mention} d’agir : {point} {hashtags} {cc}',
      '{point} Qu’allez-vous faire, {mention} ? {hashtags} {cc}',
    ],
  },
};

/**
 * Generic templates for an alert that addresses no one (a hashtag storm), per language: no {mention} or {name},
 * so they serve the posts `pledge draft` writes for a campaign without targets.
 */
export const ANYONE_TEMPLATES: Record<Language, string[]> = {
  en: [
    '{point} {hashtags} {cc}',
    'I am speaking up today. {point} {hashtags} {cc}',
    '{point} Join in: {hashtags} {cc}',
  ],
  de: ['{point} {hashtags} {cc}', 'Ich bin heute dabei. {point} {hashtags} {cc}', '{point} Macht mit: {hashtags} {cc}'],
  es: ['{point} {hashtags} {cc}', 'Hoy alzo la voz. {point} {hashtags} {cc}', '{point} Súmate: {hashtags} {cc}'],
  pt: [
    '{point} {hashtags} {cc}',
    'Hoje eu levanto a voz. {point} {hashtags} {cc}',
    '{point} Participe: {hashtags} {cc}',
  ],
  fr: [
    '{point} {hashtags} {cc}',
    'Aujourd’hui, je prends la parole. {point} {hashtags} {cc}',
    '{point} Rejoignez-nous : {hashtags} {cc}',
  ],
};

/**
 * English only: the alert's own request, turned to the target: "asking them to pledge their support for X"
 * gives "pledge your support for X". Undefined when the alert has no such phrase.
 */
export function requestPhrase(text: string): string | undefined {
  const m =
    /\b(?:ask(?:ing)?|urg(?:e|ing)|call(?:ing)? on|tell(?:ing)?)\s+(?:them|him|her|it)\s+to\s+([^.;:!?()]{8,90}?)(?=\s*(?:[.;:!?(]|,|\bfor example\b|\bsuch as\b|$))/iu.exec(
      text,
    );
  return m?.[1]!
    .replace(/\btheir\b/giu, 'your')
    .replace(/\bthemselves\b/giu, 'yourselves')
    .replace(/\bthem\b/giu, 'you')
    .replace(/[{}]/g, '')
    .trim();
}

/** The request as a template: "Will you pledge your support for X, {mention}? …"; undefined without one. */
export function requestTemplate(text: string): string | undefined {
  const phrase = requestPhrase(text);
  return phrase && `Will you ${phrase}, {mention}? {point} {hashtags} {cc}`;
}

const escapeBraces = (s: string) => s.replace(/[{}]/g, (b) => b + b);
const HANDLE_RUN = (handles: string[]) =>
  new RegExp(
    `[@＠](?:${handles.join('|')})(?![A-Za-z0-9_])(?:(?:\\s*(?:,|&|\\band\\b|\\bund\\b|\\by\\b|\\be\\b|\\bet\\b)?\\s*)[@＠](?:${handles.join('|')})(?![A-Za-z0-9_]))*`,
    'iu',
  );

/**
 * The sample with its first run of target mentions as {mention} (or, unless `addMention` is false, {mention}
 * added before the closing hashtags when the sample mentions no target) and the campaign's hashtags at its end
 * as {hashtags}. Braces are escaped; everything else stays word for word.
 */
function withPlaceholders(
  sample: string,
  targetHandles: readonly string[],
  hashtags: readonly string[],
  addMention: boolean,
): string {
  let t = escapeBraces(sample);
  const run = targetHandles.length ? HANDLE_RUN([...targetHandles]).exec(t) : null;
  const trailing = /(?:\s*[@#＠＃][\p{L}\p{N}_]+)+[\s.!]*$/u.exec(t);
  if (trailing && hashtags.length) {
    const tail = trailing[0];
    const tags = [...tail.matchAll(/[#＃]([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!.toLowerCase());
    if (hashtags.every((h) => tags.includes(h.toLowerCase()))) {
      let replaced = false;
      const newTail = tail.replace(/\s*[#＃][\p{L}\p{N}_]+/gu, (m) => {
        const tag = m.trim().slice(1).toLowerCase();
        if (!hashtags.some((h) => h.toLowerCase() === tag)) return m;
        if (replaced) return '';
        replaced = true;
        return `${/^\s/.test(m) ? ' ' : ''}{hashtags}`;
      });
      t = t.slice(0, trailing.index) + newTail;
    }
  }
  if (run) return t.slice(0, run.index) + '{mention}' + t.slice(run.index + run[0].length);
  if (!addMention) return t;
  const end = /(?:\s*(?:\{hashtags\}|[@#＠＃][\p{L}\p{N}_]+))+[\s.!]*$/u.exec(t);
  return end ? `${t.slice(0, end.index)} {mention}${t.slice(end.index)}` : `${t} {mention}`;
}

/** The mentions a text starts with ("@A @B, …", "{mention}: …"), and what follows them. */
const LEADING_MENTIONS =
  /^\s*(?:\{mention\}|[@＠][A-Za-z0-9_]+)(?:\s*(?:,|&|\band\b)?\s*(?:\{mention\}|[@＠][A-Za-z0-9_]+))*[\s,:;.–—-]*/u;
/** The hashtags and mentions a text ends with (where {mention} and {cc} go). */
const CLOSING_TAGS = /(?:\s*(?:\{hashtags\}|\{mention\}|\{cc\}|[@#＠＃][\p{L}\p{N}_]+))+[\s.!]*$/u;

/**
 * A template that does not start with a mention (X shows a post that does only to those who follow both
 * accounts: GUIDE §3): the mentions it starts with move to its end, before the closing hashtags, and the
 * first letter of what is left is capitalised.
 */
function mentionsLast(t: string): string {
  const lead = LEADING_MENTIONS.exec(t);
  if (!lead) return t;
  const mentions = lead[0].replace(/[\s,:;.–—-]+$/u, '').trim();
  let rest = t.slice(lead[0].length);
  if (!rest.trim()) return t;
  rest = rest[0]!.toUpperCase() + rest.slice(1);
  const end = CLOSING_TAGS.exec(rest);
  return end
    ? `${rest.slice(0, end.index).trimEnd()} ${mentions}${rest.slice(end.index)}`
    : `${rest.trimEnd()} ${mentions}`;
}

/**
 * {cc} at the end of a template unless it names every account to cc already: the organiser's "tag us @X" is
 * in every draft, from samples too. The cc accounts among its closing mentions become that {cc}.
 */
function withCc(t: string, cc: readonly string[]): string {
  if (!cc.length || cc.every((h) => new RegExp(`[@＠]${h}(?![A-Za-z0-9_])`, 'iu').test(t))) return t;
  const end = CLOSING_TAGS.exec(t);
  const isCc = (m: string) => cc.some((h) => h.toLowerCase() === m.slice(1).toLowerCase());
  const tail = end ? end[0].replace(/\s*[@＠][A-Za-z0-9_]+/gu, (m) => (isCc(m.trim()) ? '' : m)) : '';
  return `${(end ? t.slice(0, end.index) + tail : t).trimEnd()} {cc}`;
}

/** How {@link sampleToTemplate} serves the campaign. */
interface SampleOptions {
  /** Add {mention} when the sample mentions no target (false for a campaign without targets). Default true. */
  addMention?: boolean;
  /** The campaign's cc handles (without "@"): {cc} is added unless the sample names them all. */
  cc?: readonly string[];
}

/**
 * A sample made into a template that serves every target: its first run of target mentions becomes {mention}
 * (added before the closing hashtags when it names no target, unless `addMention` is false), the campaign's
 * hashtags at its end {hashtags}, {cc} is added unless it names every cc account, and mentions it starts
 * with move to its end. Braces are escaped; everything else stays word for word.
 */
export function sampleToTemplate(
  sample: string,
  targetHandles: readonly string[],
  hashtags: readonly string[],
  options: SampleOptions = {},
): string {
  return mentionsLast(
    withCc(withPlaceholders(sample, targetHandles, hashtags, options.addMention ?? true), options.cc ?? []),
  );
}
