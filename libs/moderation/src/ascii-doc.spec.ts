import fc from 'fast-check';
import { findLinks, linkView } from './checks/links.check';
import { detectLanguage } from './lang';
import { normalize } from './normalize';

// normalize() marks an all-ASCII document; the language tag skips its script count and the links
// check reads its folded text as the link view. Both shortcuts must give what the long way gives.

const samples = [
  '',
  '!!! ??? 123',
  'Visit example.com now',
  'yeh kya hai bhai, mujhe nahi pata',
  'Call me on 98765 43210 or mail a@b.co.in',
  'the end. The start. in the us',
  'Café au lait',
  'यह क्या है bhai',
  'Привет мир',
  '12345678901',
];

const asciiOrMixed = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom('a', 'B', ' ', '.', '@', '1', 'dot', 'com', 'hai', 'é', 'क', '\u200b', ':', '/'), { maxLength: 40 }).map((a) => a.join('')),
);

describe('ASCII document shortcuts', () => {
  it('marks exactly the all-ASCII texts', () => {
    for (const t of samples) expect(normalize(t).ascii).toBe(/^[\x00-\x7f]*$/.test(t));
    fc.assert(fc.property(asciiOrMixed, (t) => normalize(t).ascii === /^[\x00-\x7f]*$/.test(t)));
  });

  it('gives the language tag of the text itself', () => {
    for (const t of samples) expect(detectLanguage(normalize(t))).toBe(detectLanguage(normalize(t).text));
    fc.assert(fc.property(asciiOrMixed, (t) => detectLanguage(normalize(t)) === detectLanguage(normalize(t).text)));
  });

  it('uses the folded text as the link view of an ASCII comment', () => {
    for (const t of samples) {
      const doc = normalize(t);
      if (doc.ascii) expect(doc.text).toBe(linkView(t));
      expect(findLinks(t, [], doc.ascii ? doc.text : undefined)).toEqual(findLinks(t, []));
    }
  });

  it('keeps the allow list out of the memoized domain verdicts', () => {
    expect(findLinks('see spam-site.com', [])).toHaveLength(1);
    expect(findLinks('see spam-site.com', ['spam-site.com'])).toHaveLength(0);
    expect(findLinks('see spam-site.com', [])).toHaveLength(1);
  });
});
