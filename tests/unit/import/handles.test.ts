import { describe, expect, it } from 'vitest';
import { findHandles, handleOfLink, intentOfLink } from '../../../src/import/handles.js';

const handles = (text: string, links: { href: string; text: string }[] = []) =>
  findHandles(text, links).hits.map((h) => h.handle);

describe('findHandles', () => {
  it.each([
    ['Please tweet @AmnestyOnline and @AmnestyUK.', ['AmnestyOnline', 'AmnestyUK']],
    ['to@AmnestyOnline and@AmnestyUK', ['AmnestyOnline', 'AmnestyUK']],
    ['@AmnestyOnline@AmnestyUK,@womensaid', ['AmnestyOnline', 'AmnestyUK', 'womensaid']],
    ['(@Foo_1) @bar’s', ['Foo_1', 'bar']],
    ['mail info@example.org or jane.doe@amnesty.org.uk', []],
    ['@user@mastodon.social and @name.bsky.social', []],
    ['see https://medium.com/@author and https://x.com/AmnestyUK/status/1', ['AmnestyUK']],
    [
      'twitter.com/womensaid www.twitter.com/#!/fawcettsociety x.com/intent/tweet?text=hi',
      ['womensaid', 'fawcettsociety'],
    ],
    ['#pledgedecrim@ProstitutesColl a!@nope', ['ProstitutesColl']],
    ['@averyveryverylonghandle', []],
  ])('%s', (text, expected) => {
    expect(handles(text)).toEqual(expected);
  });

  it('says why a look-alike is not a handle', () => {
    const { rejected } = findHandles('@averyveryverylonghandle @user@mastodon.social @name.bsky.social');
    expect(rejected.map((r) => r.why)).toEqual([
      expect.stringMatching(/at most 15/),
      expect.stringMatching(/fediverse/),
      expect.stringMatching(/Bluesky/),
    ]);
  });

  it('takes handles and names from links', () => {
    const hits = findHandles('Amnesty UK and @womensaid', [
      { href: 'https://twitter.com/AmnestyUK', text: 'Amnesty UK' },
      { href: 'https://x.com/womensaid', text: '@womensaid' },
    ]).hits;
    expect(hits.map((h) => [h.handle, h.linkText])).toEqual([['AmnestyUK', 'Amnesty UK'], ['womensaid', undefined]]);
    expect(hits[0]!.index).toBe(0);
  });
});

describe('links', () => {
  it('reads profiles, not pages', () => {
    expect(handleOfLink('https://x.com/home')).toBeUndefined();
    expect(handleOfLink('https://mobile.twitter.com/AmnestyUK?lang=en')).toBe('AmnestyUK');
    expect(handleOfLink('https://example.com/AmnestyUK')).toBeUndefined();
  });
  it('reads share links as prefilled tweets', () => {
    expect(
      intentOfLink(
        'https://twitter.com/intent/tweet?text=I%20support%20%40AmnestyUK&hashtags=pledgedecrim&via=ProstitutesColl',
      ),
    ).toEqual({ text: 'I support @AmnestyUK', hashtags: ['pledgedecrim'], via: 'ProstitutesColl' });
    expect(intentOfLink('https://x.com/AmnestyUK')).toBeUndefined();
  });
});
