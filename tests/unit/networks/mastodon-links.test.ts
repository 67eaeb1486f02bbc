// Mastodon's links: the web composer's regex is rebuilt here from the real twitter-text 3.1.0 package (as
// url_regex.js builds it), so our composer count must agree with it on any text; the server's rules are
// checked on cases written from config/initializers/twitter_regex.rb.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMastodon, mastodonComposerText, mastodonServerText } from '../../../src/networks/mastodon.js';

const require = createRequire(import.meta.url);
const { regexen } = require('twitter-text') as { regexen: Record<string, RegExp> };
type Supplant = (r: string, m: Record<string, RegExp>, f: string) => RegExp;
const supplantModule = require('twitter-text/dist/lib/regexSupplant') as Supplant | { default: Supplant };
const regexSupplant = typeof supplantModule === 'function' ? supplantModule : supplantModule.default;
// app/javascript/mastodon/features/compose/util/url_regex.js, word for word.
const urlRegex = regexSupplant(
  '((#{validUrlPrecedingChars})(https?:\\/\\/)(#{validDomain})(?::(#{validPortNumber}))?(\\/#{validUrlPath}*)?(\\?#{validUrlQueryChars}*#{validUrlQueryEndingChars})?)',
  regexen,
  'gi',
);
// counter.ts's countableText.
const countableText = (t: string) =>
  t.replace(urlRegex, '$2xxxxxxxxxxxxxxxxxxxxxxx').replace(/(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)/gi, '$1@$3');

const pieces = [
  'https://',
  'http://',
  'www.',
  'amnesty',
  '.org',
  '.music',
  '.com',
  '.co.uk',
  '/en/',
  'a',
  '(x)',
  '?q=1',
  '#frag',
  ' ',
  '.',
  ',',
  '"',
  'é',
  'ü',
  '🧑‍🔧',
  '@bob@mastodon.social',
  '@x',
  'gemini://',
  'ipfs://',
  'xn--p1ai',
  '://',
  ':8080',
  '!',
  ')',
  '日本',
];

describe("Mastodon's links", () => {
  it("the web composer's text is url_regex.js + counter.ts's, on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(mastodonComposerText(text)).toBe(countableText(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('a link on a TLD newer than twitter-text 3.1.0 is text on Mastodon (it is a link on X)', () => {
    expect(countMastodon('see https://amnesty.music now').length).toBe('see https://amnesty.music now'.length);
    expect(countMastodon('see https://amnesty.org/a/very/long/path/indeed/0123456789 now').length).toBe(4 + 23 + 4);
  });

  it("the server's own schemes and path characters (config/initializers/twitter_regex.rb)", () => {
    expect(mastodonServerText('gemini://example.com/a')).toBe('x'.repeat(23));
    expect(mastodonComposerText('gemini://example.com/a')).toBe('gemini://example.com/a');
    // A path with characters twitter-text stops at ("é" is fine for both; "日本" only for the server).
    expect(mastodonServerText('https://example.com/日本語/ok more')).toBe(`${'x'.repeat(23)} more`);
    // The web composer (twitter-text's path) stops before "日": its count, the larger, decides.
    expect(countMastodon('https://example.com/日本語/ok more').length).toBe(23 + '日本語/ok more'.length);
    // No scheme: not a link for either.
    expect(mastodonServerText('example.com/x')).toBe('example.com/x');
    // t.co links stop after the slug; a link glued to a letter is not one.
    expect(mastodonServerText('https://t.co/abc')).toBe('x'.repeat(23));
    expect(mastodonServerText('xhttps://example.com')).toBe('xhttps://example.com');
  });

  it('a link on a non-ASCII domain counts the larger reading (the IDN library may refuse it)', () => {
    expect(mastodonServerText('https://grå.org')).toBe('x'.repeat(23));
    const long = 'https://grå.org/a-long-path-that-is-long';
    expect(mastodonServerText(long)).toBe(long);
  });

  it('a mention followed by "@" or "://" is not one (end_mention_match)', () => {
    expect(mastodonServerText('hi @bob@mastodon.social@x')).toBe('hi @bob@mastodon.social@x');
    expect(mastodonServerText('hi @bob@mastodon.social now')).toBe('hi @bob now');
  });

  it('stays fast on long hostile text', () => {
    const t0 = performance.now();
    countMastodon(`https://example.com/${'a('.repeat(400)}`);
    countMastodon(`https://example.com/${'(a'.repeat(400)}!`);
    countMastodon(`https://example.com?${'a'.repeat(2000)}!`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
