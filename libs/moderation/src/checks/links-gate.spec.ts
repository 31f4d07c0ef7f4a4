import fc from 'fast-check';
import { DOMAIN_RE_FOR_TEST, dotBetweenLabels, findLinks, linkView } from './links.check';

// The domain expression only runs when dotBetweenLabels (or a spelled "dot" / "d0t") says it can
// match: that gate must hold for every text the expression matches.

const pieces = ['a', 'b2', 'x', 'é', 'ж', '7', '𝐟', '.', '..', ' ', '  ', '\t', '[.]', '(.)', '{.}', '[', ']', '(', ')', '{', '}', 'com', 'in', 'www', 'http://', '/', '-', '_', '@', '．', '\u00a0', '\n', 'It', 'Dr'];
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join('')),
);

describe('links: domain gate', () => {
  it('holds for every text the domain expression matches (no spelled dot)', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const v = linkView(raw);
        if (v.includes('dot') || v.includes('d0t')) return;
        if (DOMAIN_RE_FOR_TEST.test(v)) expect(dotBetweenLabels(v)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells sentences from labels', () => {
    expect(dotBetweenLabels('see example.com')).toBe(true);
    expect(dotBetweenLabels('heart.  https')).toBe(true);
    expect(dotBetweenLabels('example [.] com')).toBe(true);
    expect(dotBetweenLabels('x (.)y')).toBe(true);
    expect(dotBetweenLabels('the end.')).toBe(false);
    expect(dotBetweenLabels('so... what')).toBe(false);
    expect(dotBetweenLabels('a .    b')).toBe(false); // four blanks
    expect(findLinks('visit example.com now', [])).toHaveLength(1);
    expect(findLinks('that is the end. ', [])).toHaveLength(0);
  });
});
