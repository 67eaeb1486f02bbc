// Texts for counting tests: emoji of every Emoji version, domains on today's TLDs with and without a scheme,
// CJK and Hangul glued to links, NFD text, mentions and hashtags, padded to land near X's limit by the
// reference count (tests/support/reference-count.ts).
import fc from 'fast-check';
import tlds from 'tlds';
import emojiData from 'unicode-emoji-json/data-by-emoji.json' with { type: 'json' };
import { isUncertainTld } from '../../src/core/url-guard.js';
import { referenceCount } from './reference-count.js';

const RGI = new RegExp('^\\p{RGI_Emoji}$', 'v');
const TONES = ['\u{1f3fb}', '\u{1f3fc}', '\u{1f3fd}', '\u{1f3fe}', '\u{1f3ff}'];

/** Every emoji of the data, with skin-tone variants of those that take one, that this Node's data calls RGI. */
const EMOJI = Object.entries(
  emojiData as Record<string, { emoji_version: string; skin_tone_support: boolean }>,
).flatMap(([e, d]) => {
  const [first, ...rest] = [...e];
  const tail = rest.join('').replace(/^\ufe0f/, '');
  const toned = d.skin_tone_support ? TONES.map((t) => `${first}${t}${tail}`) : [];
  return [e, ...toned].filter((x) => RGI.test(x));
});
export const byVersion = new Map<string, string[]>();
for (const [e, d] of Object.entries(emojiData as Record<string, { emoji_version: string }>)) {
  if (RGI.test(e)) byVersion.set(d.emoji_version, [...(byVersion.get(d.emoji_version) ?? []), e]);
}

const TODAY = tlds.map((t) => t.toLowerCase());
const CERTAIN = TODAY.filter(
  (t) => !isUncertainTld(t) && !isUncertainTld(new URL(`http://x.${t}`).hostname.split('.').pop()!),
);
const UNCERTAIN = ['music', 'kids', 'spa', 'amazon', 'intel', 'doha', 'an', 'tp', 'guardian'];

interface Piece {
  text: string;
  uncertain?: boolean;
}

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const idnLabel = fc.constantFrom('例え', '한국', 'пример', 'café', 'bücher');
const domain = (tld: fc.Arbitrary<string>, uncertain: boolean) =>
  fc
    .record({
      scheme: fc.constantFrom('', '', 'https://', 'http://'),
      sub: fc.constantFrom('', 'www.', 'news.'),
      name: label,
      idn: idnLabel,
      useIdn: fc.boolean(),
      tld,
      path: fc.constantFrom('', '', '/', '/a/b-c', '/en/documents/pol30'),
    })
    .map(({ scheme, sub, name, idn, useIdn, tld, path }): Piece => {
      const host = scheme && useIdn ? idn : name;
      return { text: `${scheme}${sub}${host}.${tld}${path}`, uncertain };
    });
/** A bare domain glued to a run of other domain characters, a TLD and a path (`example.com日本.jp/path`). */
const gluedDomain = fc
  .record({
    name: label,
    tld: fc.constantFrom(...CERTAIN),
    mid: fc.constantFrom('日本', '—', '`', 'é', '한'),
    tld2: fc.constantFrom(...CERTAIN),
    path: fc.constantFrom('', '/', '/a/b-c', ':8080/x'),
  })
  .map(({ name, tld, mid, tld2, path }): Piece => ({ text: `${name}.${tld}${mid}.${tld2}${path}` }));
const link = fc.oneof(
  domain(fc.constantFrom(...CERTAIN), false),
  domain(fc.constantFrom(...UNCERTAIN), true),
  gluedDomain,
);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EMOJI).map((text) => ({ text })) },
  { weight: 3, arbitrary: link },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(
        'word',
        'Women’s',
        'sex work',
        '—',
        '…',
        'cafe\u0301',
        'e\u0301te\u0301',
        '性労働者',
        '한국어',
        'Ελλάδα',
        '@AmnestyUK',
        '#pledgedecrim',
        'node.js',
        'Mr.Smith',
        'file.txt',
        'e.g.',
        '1.5',
        '🇳🇿',
        // Not RGI emoji: text-style and partly-qualified forms, counted by their code points.
        '©',
        '®',
        '🏳\u200d🌈',
        '❤\u200d🔥',
        '1\u20e3',
        '⛹🏽\u200d♀',
        '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
        'ä',
        'ق',
      )
      .map((text) => ({ text })),
  },
);
/** What goes around a piece: spaces, line breaks, punctuation, CJK and Hangul glued to the next piece. */
const glue = fc.constantFrom(' ', ' ', '\n', '. ', ', ', '詳細は', '한국어 ', '（', '」');

/** A text and whether it has a domain on a TLD only one of twitter-text's and today's lists has. */
export const tweetText = fc
  .tuple(fc.array(fc.tuple(glue, piece), { minLength: 1, maxLength: 12 }), fc.integer({ min: -6, max: 6 }))
  .map(([parts, delta]) => {
    let t = parts.map(([g, p]) => g + p.text).join('') + ' end';
    const uncertain = parts.some(([, p]) => p.uncertain);
    const pad = 280 + delta - referenceCount(t).weightedLength;
    if (pad > 1) t = `${'a'.repeat(pad - 1)} ${t}`;
    return { text: t, uncertain };
  });

