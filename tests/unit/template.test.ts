import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, startsWithMention, TemplateSyntaxError } from '../../src/campaign/template.js';

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

  it.each([
    ['{mention} hello', true],
    ['  @someone hello', true],
    ['{cc} first', true],
    ['Hello {mention}', false],
    ['{point} {mention}', false],
    ['.{mention} old workaround', false],
  ])('knows whether %j begins with a mention', (template, expected) => {
    expect(startsWithMention(parseTemplate(template))).toBe(expected);
  });
});
