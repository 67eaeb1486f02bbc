import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortForm, SHORT_MAX } from '../../../src/import/short-form.js';

describe('shortForm', () => {
  it('keeps a short text whole', () => {
    expect(shortForm('New Zealand decriminalised sex work in 2003.')).toEqual({ short: 'New Zealand decriminalised sex work in 2003.', cut: 'whole' });
  });
  it('cuts at a sentence', () => {
    const long = 'AI’s policy does not protect pimps. It made clear that those who exploit or abuse sex workers must be criminalized, and says so.';
    expect(shortForm(long)).toEqual({ short: 'AI’s policy does not protect pimps.', cut: 'sentence' });
  });
  it('cuts at a clause and closes the quotation', () => {
    const long = 'Amnesty’s policy is “to protect the human rights of sex workers, through measures that include the decriminalisation of sex work, and to end the harm done”.';
    const { short, cut } = shortForm(long);
    expect(cut).toBe('clause');
    expect(short).toBe('Amnesty’s policy is “to protect the human rights of sex workers…”');
  });

  it('never cuts inside a word and stays within the limit when it cuts', () => {
    const words = fc.constantFrom('sex', 'workers', 'rights,', 'evidence;', 'the', 'law', '“policy', 'safe”', 'décriminalisation', 'über', '–', 'and');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 80 }), (ws) => {
        const text = ws.join(' ');
        const { short, cut } = shortForm(text);
        if (cut === 'whole') return;
        expect(short.length).toBeLessThanOrEqual(SHORT_MAX + 2);
        const body = short.replace(/…[”"»“’›]*$/u, '');
        expect(text.startsWith(body)).toBe(true);
        const next = text[body.length];
        expect(next === undefined || /[\s,;:–—)]/u.test(next) || /[,;:–—)]$/u.test(body)).toBe(true);
      }),
    );
  });
});
