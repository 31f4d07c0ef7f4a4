import fc from 'fast-check';
import { normalize, toOriginal } from './normalize';

describe('normalize', () => {
  it.each([
    ['Fυсk', 'fuck'],
    ['ｆｕｃｋ', 'fuck'],
    ['𝐟𝐮𝐜𝐤', 'fuck'],
    ['f\u200bu\u200bc\u200bk', 'fuck'],
    ['fuc̈k', 'fuck'],
    ['Ⓕⓤⓒⓚ', 'fuck'],
    ['fučk', 'fuck'],
    ['You’re', "you're"],
  ])('folds %j to %j', (input, folded) => {
    expect(normalize(input).text).toBe(folded);
  });

  it('keeps Devanagari vowel signs', () => {
    expect(normalize('नमस्ते').text).toBe('नमस्ते');
  });

  it('maps folded ranges back to the original text, surrogate pairs included', () => {
    const doc = normalize('a 𝐟𝐮𝐜𝐤 b');
    const i = doc.text.indexOf('fuck');
    const span = toOriginal(doc, i, i + 4);
    expect(doc.original.slice(span.start, span.end)).toBe('𝐟𝐮𝐜𝐤');
  });

  it('never throws and keeps offsets inside the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const doc = normalize(s);
        expect(doc.starts.length).toBe(doc.text.length);
        for (let i = 0; i < doc.text.length; i++) {
          expect(doc.starts[i]).toBeGreaterThanOrEqual(0);
          expect(doc.ends[i]).toBeLessThanOrEqual(s.length);
          expect(doc.starts[i]).toBeLessThan(doc.ends[i]);
          if (i > 0) expect(doc.starts[i]).toBeGreaterThanOrEqual(doc.starts[i - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
