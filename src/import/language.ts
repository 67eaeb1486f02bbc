// The alert's language, told from its commonest short words: enough to choose cue words and generic
// templates (English, German, Spanish, Portuguese, French). Anything else is read with the English cues.

/** Languages the importer has cue words and generic templates for (ISO 639-1). */
export type Language = 'en' | 'de' | 'es' | 'pt' | 'fr';
const LANGUAGES: readonly Language[] = ['en', 'de', 'es', 'pt', 'fr'];

// Words frequent in one language and rare in the others.
const MARKERS: Record<Language, string[]> = {
  en: [
    'the',
    'and',
    'to',
    'of',
    'is',
    'your',
    'please',
    'with',
    'that',
    'for',
    'you',
    'we',
    'are',
    'this',
    'our',
    'on',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'nicht',
    'ist',
    'mit',
    'für',
    'bitte',
    'wir',
    'ein',
    'eine',
    'den',
    'auf',
    'sich',
    'zu',
    'uns',
    'ihr',
    'sie',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'que',
    'por',
    'para',
    'una',
    'con',
    'del',
    'es',
    'se',
    'al',
    'su',
    'en',
    'nuestra',
    'también',
  ],
  pt: [
    'o',
    'os',
    'as',
    'e',
    'que',
    'para',
    'uma',
    'com',
    'não',
    'do',
    'da',
    'em',
    'ao',
    'são',
    'você',
    'nossa',
    'também',
    'pelo',
    'pela',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'pour',
    'vous',
    'une',
    'du',
    'que',
    'nous',
    'dans',
    'sur',
    'pas',
    'au',
    'aux',
    'avec',
  ],
};

/** The languages' names, for the report. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
  fr: 'French',
};

/**
 * The language whose marker words are commonest in `text`; `known` is false when markers make up under 8%
 * of its words (another language: English is used then, and the report says so).
 */
export function detectLanguage(text: string): { language: Language; known: boolean } {
  const counts: Record<Language, number> = { en: 0, de: 0, es: 0, pt: 0, fr: 0 };
  const sets = LANGUAGES.map((l) => [l, new Set(MARKERS[l])] as const);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    for (const [l, set] of sets) if (set.has(w)) counts[l]++;
  }
  const language = LANGUAGES.reduce((best, l) => (counts[l] > counts[best] ? l : best), 'en');
  const known = counts[language] >= Math.max(1, words.length * 0.08);
  return { language: known ? language : 'en', known };
}

/** A case-insensitive, Unicode-aware pattern matching any of `phrases` as whole words. */
export function wordsPattern(phrases: readonly string[], flags = 'giu'): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}
