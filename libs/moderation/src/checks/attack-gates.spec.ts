import { gateMayMatchForTest, gatePrefixForTest, ruleGatesForTest } from './attack-rules';

// The gate pre-test may only dismiss a gate that cannot match: checked against the gate itself on
// random texts built from the gates' own words, separators, digits and capitals.
describe('attack-rule gate pre-test', () => {
  const gates = ruleGatesForTest();
  const words = gates.flatMap((g) => g.source.replace(/\\[bsw]/g, ' ').split(/[^a-z' ]+/)).filter((w) => w.trim().length > 0);
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const glue = [' ', '', '-', '_', '1', '.', ', ', 'x', "'", '\n', 'A', 'é'];
  const texts: string[] = ['', 'the end', 'at the end.', 'x_end', '9end', 'Aend', 'anti national', 'antinational', 'it looks like rain', 'he was hanged', 'hanged1'];
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const parts = 1 + rnd(6);
    for (let j = 0; j < parts; j++) {
      const w = words[rnd(words.length)];
      // a word, a piece of one, or a word with a letter changed
      const cut = rnd(3) === 0 ? w.slice(rnd(w.length)) : rnd(3) === 0 ? w.slice(0, 1 + rnd(w.length)) : w;
      t += glue[rnd(glue.length)] + cut;
    }
    texts.push(t);
  }

  it('never dismisses a gate that matches', () => {
    let dismissed = 0;
    const wrong: string[] = [];
    for (const g of gates) {
      const plain = new RegExp(g.source, g.flags.replace('g', ''));
      for (const t of texts) {
        if (gateMayMatchForTest(g, t)) continue;
        dismissed++;
        if (plain.test(t)) wrong.push(`${g.source} ${JSON.stringify(t)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(dismissed).toBeGreaterThan(texts.length); // the pre-test does dismiss
  });

  it('anchors \\b(?:...) gates and gates followed by more, and keeps "\\bword|other" unanchored or untested', () => {
    expect(gatePrefixForTest(/\b(?:looks|smells) like/)?.anchored).toBe(true);
    expect(gatePrefixForTest(/\b(?:hanged|shot)\b/)?.anchored).toBe(true);
    expect(gatePrefixForTest(/\banti.?national/)?.anchored).toBe(true);
    expect(gatePrefixForTest(/hope|wish/)?.anchored).toBe(false);
    expect(gatePrefixForTest(/\bword|other/)).toBeNull();
    expect(gatePrefixForTest(/\b(?:a|b)|c/)).toBeNull();
    expect(gatePrefixForTest(/\b(?:ab|cd)?x/)).toBeNull();
    const end = gates.find((g) => g.source === '\\bend\\b')!;
    expect(gatePrefixForTest(end)).toEqual({ anchored: true, keys: ['end'] });
    expect(gateMayMatchForTest(end, 'my friend')).toBe(false);
    expect(gateMayMatchForTest(end, 'the end')).toBe(true);
    expect(gateMayMatchForTest(end, 'endless')).toBe(true);
    expect(gateMayMatchForTest(end, 'x_end 9end')).toBe(false);
    const pray = gates.find((g) => g.source === 'hope|wish|pray')!;
    expect(gateMayMatchForTest(pray, 'hopeless')).toBe(true);
    expect(gateMayMatchForTest(pray, 'x_wishes')).toBe(true);
    expect(gateMayMatchForTest(pray, 'hop wis pra')).toBe(false);
  });
});
