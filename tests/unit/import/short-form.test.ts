import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortForm, SHORT_MAX } from '../../../src/import/short-form.js';
import { countTweet } from '../../../src/core/count.js';

/** Opening marks and their closing ones, to tell whether a text leaves a quotation or bracket open. */
const balanced = (s: string) => {
  const open: string[] = [];
  const pairs: Record<string, string> = { '“': '”', '«': '»', '(': ')', '[': ']' };
  for (const ch of s) {
    if (ch in pairs) open.push(pairs[ch]!);
    else if (ch === open.at(-1)) open.pop();
  }
  return open.length === 0 && (s.match(/"/g) ?? []).length % 2 === 0;
};

describe('shortForm', () => {
  it('keeps a short text whole', () => {
    expect(shortForm('New Zealand decriminalised sex work in 2003.')).toEqual({
      short: 'New Zealand decriminalised sex work in 2003.',
      cut: 'whole',
    });
  });
  it('cuts at a sentence', () => {
    const long =
      'AI’s policy does not protect pimps. It made clear that those who exploit or abuse sex workers must be criminalized, and says so.';
    expect(shortForm(long)).toEqual({ short: 'AI’s policy does not protect pimps.', cut: 'sentence' });
  });

  it('never cuts inside a quotation: a long quotation with no sentence outside it has no short form', () => {
    const long =
      'Amnesty’s policy is “to protect the human rights of sex workers, through measures that include the decriminalisation of sex work, and to end the harm done”.';
    expect(shortForm(long)).toEqual({ short: long, cut: 'none' });
    // The built-in alert's fragments ("…because they found that “even though sex…”", "…in the form of “state…”").
    const clients =
      'AI’s policy does not support the criminalisation of clients because they found that “even though sex workers are not directly criminalized under the Nordic model operational aspects are still criminalized. This compromises sex workers safety.”';
    expect(shortForm(clients).cut).toBe('none');
  });

  it('a clause is cut before "and", "but" or at ";" and ends as a sentence, never with an ellipsis', () => {
    const long =
      'Opponents of the policy ignore the success of decriminalisation in New Zealand introduced in 2003, and evidence that the Swedish law which criminalised clients has endangered sex workers.';
    expect(shortForm(long)).toEqual({
      short: 'Opponents of the policy ignore the success of decriminalisation in New Zealand introduced in 2003.',
      cut: 'clause',
    });
    // A comma in a list or after an opening phrase is no clause boundary: no fragment ("…recognises that women…").
    const list =
      'The policy recognises that women, transgender people and migrants are over represented in sex work because of discrimination and poverty in many countries.';
    expect(shortForm(list)).toEqual({ short: list, cut: 'none' });
    const intro =
      'In the UK along with many other countries of the world, a flat where two sex workers are working together for safety is considered a brothel.';
    expect(shortForm(intro)).toEqual({ short: intro, cut: 'none' });
  });

  it('takes a later sentence that stands alone, not one that leans on the one before', () => {
    const later =
      'Under the Nordic model, which Sweden introduced in 1999 and which many countries have copied since, clients are criminalised and sex workers are not, in theory at least. Sex workers in Sweden report more violence since 1999.';
    expect(shortForm(later)).toEqual({
      short: 'Sex workers in Sweden report more violence since 1999.',
      cut: 'sentence',
    });
    const leaning = later.replace('Sex workers in Sweden report', 'It has meant');
    expect(shortForm(leaning).cut).toBe('none');
  });

  it('a short form is the whole text, or a part of it that fits, ends a sentence and leaves nothing open', () => {
    const words = fc.constantFrom(
      'sex',
      'workers',
      'rights,',
      'evidence;',
      'the',
      'law',
      '“policy',
      'safe”',
      'décriminalisation',
      'über',
      '–',
      'and',
      'but',
      'laws.',
      'Police',
      '(in',
      'Norway)',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 80 }), (ws) => {
        const text = ws.join(' ');
        const { short, cut } = shortForm(text);
        if (cut === 'whole' || cut === 'none') return void expect(short).toBe(text);
        expect(countTweet(short).weightedLength).toBeLessThanOrEqual(SHORT_MAX);
        expect(short).not.toMatch(/…/u);
        expect(short).toMatch(/[.!?]["”»’)]*$/u);
        expect(balanced(short)).toBe(true);
        const body = cut === 'clause' ? short.slice(0, -1) : short;
        expect(text.includes(body)).toBe(true);
      }),
    );
  });
});
