import { describe, expect, it } from 'vitest';
import {
  beginsWithMention,
  leadOf,
  parseTemplate,
  renderTemplate,
  TemplateSyntaxError,
} from '../../src/campaign/template.js';

const values = { mention: '@Org', name: 'Org', point: 'A point.', hashtags: '#tag', cc: '@Cc' };

describe('templates', () => {
  it.each([
    ['Hi {mention}, {point} {hashtags} {cc}', 'Hi @Org, A point. #tag @Cc'],
    ['{name} {{literal}} braces', 'Org {literal} braces'],
    ['{ point }', 'A point.'],
    ['line one {point}\nline two {cc}', 'line one A point.\nline two @Cc'],
  ])('renders %j', (template, expected) => {
    expect(renderTemplate(parseTemplate(template), values)).toBe(expected);
  });

  it('folds the spaces an empty value leaves and trims lines', () => {
    expect(renderTemplate(parseTemplate('{point} {hashtags} {cc}'), { ...values, cc: '' })).toBe('A point. #tag');
    expect(renderTemplate(parseTemplate('{cc} {point}'), { ...values, cc: '' })).toBe('A point.');
  });

  it.each([
    ['Hi {mentoin}', 'unknown placeholder "{mentoin}"', 3],
    ['Hi {', 'unmatched "{"', 3],
    ['Hi } there', 'unmatched "}"', 3],
    ['{}', 'unknown placeholder "{}"', 0],
  ])('rejects %j', (template, message, index) => {
    const error = (() => {
      try {
        parseTemplate(template);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect((error as TemplateSyntaxError).message).toContain(message);
    expect((error as TemplateSyntaxError).index).toBe(index);
  });

  const withTags = { hashtags: ['tag'], cc: ['Cc'] };
  const bare = { hashtags: [], cc: [] };
  it.each([
    ['{mention} hello', withTags, 'mention'],
    ['  @someone hello', withTags, 'mention'],
    ['＠someone hello', withTags, 'mention'],
    ['{cc} first', withTags, 'mention'],
    ['{cc} {name}', bare, 'name'], // no cc: the name comes first
    ['{hashtags} {mention}: {point}', bare, 'mention'], // no hashtags: the mention comes first
    ['{hashtags} {mention}: {point}', withTags, 'word'],
    ['Hello {mention}', withTags, 'word'],
    ['{point} {mention}', withTags, 'point'],
    ['{name} says', withTags, 'name'],
    ['.{mention} old workaround', withTags, 'word'],
    ['@ alone', withTags, 'word'],
    ['@{mention} {point}', withTags, 'mention'],
  ])('knows what %j (campaign %j) begins with', (template, campaign, expected) => {
    expect(leadOf(parseTemplate(template), campaign)).toBe(expected);
  });

  it('reads a mention as X does: @ or ＠, then a letter, digit or _', () => {
    expect(['@a', ' \n@_x', '＠Someone'].map(beginsWithMention)).toEqual([true, true, true]);
    expect(['@', '@ x', 'a@b', '.@x', '@-x'].map(beginsWithMention)).toEqual([false, false, false, false, false]);
  });
});
