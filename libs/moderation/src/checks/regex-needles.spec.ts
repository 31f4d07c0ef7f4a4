import { RULES_FOR_PROFILING } from './attack-rules';
import { hindiRulesForTest } from '../lang/hindi-attacks';
import { CharGrams, gramNeedles, mayContain, needlesOf, wordHasKey, wordKeysOf, WordTrees, wordTreeOf } from './regex-needles';

const wordsOf = (t: string): string[] => t.match(/[a-z]+/g) ?? [];

/** Whether the word tree of `re` holds for the words of `text`. */
function treeHolds(re: RegExp, text: string): boolean {
  const trees = new WordTrees([wordTreeOf(needlesOf(re))]);
  trees.clear();
  for (const w of wordsOf(text)) trees.see(trees.clausesOf(w));
  return trees.holds(0);
}

/** The needles, word keys and word tree of `re` must hold for every text it matches. */
function holds(re: RegExp, text: string): boolean {
  const n = needlesOf(re);
  const keys = wordKeysOf(n);
  return mayContain(n, text) && (keys === null || wordsOf(text).some((w) => wordHasKey(keys, w))) && treeHolds(re, text);
}

describe('regex needles', () => {
  it('finds the literal strings and words a match needs', () => {
    const re = /\bdeath to (?:all |the )?\w+/g;
    expect(needlesOf(re)).toBe('\u0000death to ');
    expect(mayContain(needlesOf(re), 'death to traitors')).toBe(true);
    expect(mayContain(needlesOf(re), 'death of a salesman')).toBe(false);
    expect(wordKeysOf(needlesOf(re))).toEqual([{ k: 'death', mode: 'exact' }]);
    expect(wordKeysOf(needlesOf(/\b(?:kill|shoot)(?:ed|ing)?/))).toEqual([
      { k: 'kill', mode: 'prefix' },
      { k: 'shoot', mode: 'prefix' },
    ]);
    // An optional or repeated part demands nothing; a class breaks the literal.
    expect(needlesOf(/(?:very )*bad/)).toBe('bad');
    expect(needlesOf(/x[a-z]y/)).toBe(true);
    // '[^]' (any character) closes at once: the alternatives after it keep their own needles.
    expect(needlesOf(/\bcute\b[^]{0,9}safe|\bacid on\b/)).toEqual({ or: [{ and: ['\u0000cute\u0000', 'safe'] }, '\u0000acid on\u0000'] });
    expect(wordKeysOf(needlesOf(/\w+ hate you/))).toEqual([{ k: 'hate', mode: 'exact' }]);
    // An everyday word is a poor key: another word of the same needle is taken.
    expect(wordKeysOf(needlesOf(/\bof the idiots\b/))).toEqual([{ k: 'idiots', mode: 'exact' }]);
  });

  it('word trees need every word of a needle string and each part of an alternative', () => {
    const re = /\b(?:you are|u r) (?:an idiot|a moron)\b/;
    expect(treeHolds(re, 'you are an idiot')).toBe(true);
    expect(treeHolds(re, 'u r a moron!')).toBe(true);
    // Necessary only: the words in another order still pass.
    expect(treeHolds(re, 'an idiot, are you?')).toBe(true);
    // The word keys pass these (an insult word is there); the tree does not.
    expect(wordKeysOf(needlesOf(re))!.some((k) => wordHasKey([k], 'idiot'))).toBe(true);
    expect(treeHolds(re, 'what an idiot')).toBe(false);
    expect(treeHolds(re, 'an idiot and a moron')).toBe(false);
    // Words are maximal runs of a-z: a prefix key is the start of one ("idiots"), not its middle.
    expect(treeHolds(/\bkill(?:ed|ing)? (?:him|her)\b/, 'skilled him')).toBe(false);
    expect(treeHolds(/\bkill(?:ed|ing)? (?:him|her)\b/, 'killed her')).toBe(true);
    expect(wordTreeOf(needlesOf(/x[a-z]y/))).toBe(true);
    expect(treeHolds(/x[a-z]y/, '')).toBe(true);
  });

  it('never dismisses a text an attack rule matches', () => {
    const hits = [
      'i will kill you',
      "we'll slaughter every traitor here",
      'death to all of them',
      'you are such an idiot',
      'shut up, you clown',
      'go to hell you moron',
      'i hope you die',
      'people like you should not be allowed to vote',
      'you have the iq of a potato',
      'fuck you',
      'kill yourself',
      'only an idiot would believe this',
      'these politicians are all thieves',
      'talk sense, idiot.',
      'i hate you',
      'he should be hanged',
      'tu pagal hai',
      'teri aukaat kya hai',
    ];
    let seed = 11;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pool = hits.join(' ').split(' ');
    const glue = [' ', '', "'", ', ', '.', '1', '_'];
    const texts = [...hits];
    for (let k = 0; k < 2000; k++) {
      let t = '';
      for (let j = 0, n = 2 + rnd(6); j < n; j++) t += (j ? glue[rnd(glue.length)] : '') + pool[rnd(pool.length)];
      texts.push(t);
    }
    let matched = 0;
    for (const rule of RULES_FOR_PROFILING()) {
      const re = new RegExp(rule.re.source, rule.re.flags.replace('g', ''));
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        expect({ re: re.source.slice(0, 60), t, ok: holds(re, t) }).toEqual({ re: re.source.slice(0, 60), t, ok: true });
      }
    }
    expect(matched).toBeGreaterThan(15);
  });

  it('CharGrams says "maybe" whenever includes would, and knows single characters', () => {
    let seed = 5;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const alphabet = 'abcdeiklmnorstuy .,तुमहैकरेघसडजाी़ं';
    // Needle strings may hold the boundary mark (\u0000), which matches no character of a text.
    const probeAlphabet = alphabet + '\u0000';
    const pairs = new CharGrams();
    const needles = [...hindiRulesForTest(), ...RULES_FOR_PROFILING().map((r) => r.re)].map((re) => needlesOf(re, true));
    const grams = needles.map(gramNeedles);
    let dismissed = 0;
    for (let k = 0; k < 150; k++) {
      let text = '';
      for (let i = 0, n = rnd(400); i < n; i++) text += alphabet[rnd(alphabet.length)];
      pairs.index(text);
      for (let j = 0; j < 20; j++) {
        const s = rnd(text.length + 1);
        expect(pairs.mayInclude(text.slice(s, s + rnd(8)))).toBe(true);
        const probe = Array.from({ length: 1 + rnd(4) }, () => probeAlphabet[rnd(probeAlphabet.length)]).join('');
        if (text.includes(probe.split('\u0000').join(''))) expect(pairs.mayInclude(probe)).toBe(true);
        else if (!pairs.mayInclude(probe)) dismissed++;
      }
      needles.forEach((n, i) => {
        if (mayContain(n, text)) expect(pairs.mayContain(grams[i])).toBe(true);
      });
    }
    // It does dismiss: not a test that always says "maybe".
    expect(dismissed).toBeGreaterThan(250);
    pairs.index('tu pagal hai');
    expect(pairs.mayInclude('pagal')).toBe(true);
    expect(pairs.mayInclude('gapal')).toBe(false);
    expect(pairs.mayInclude('z')).toBe(false);
  });

  it('never dismisses a text a Hinglish or Hindi attack rule matches (needles with single characters)', () => {
    const hits = [
      'ghar aake maarunga tujhe, pata hai tu kahan rehta hai',
      'tujhe sharam nahi aati',
      'teri aukaat kya hai',
      'tu paida hi kyun hua',
      'anpadh gawar kahin ka',
      'abe gadhe',
      'घर आकर मारूंगा तुझे',
      'तेरी ज़ुबान काट देंगे',
      'तुझे शर्म नहीं आती',
      'तू अनपढ़ गंवार है',
      'तुझे तो जूते से मारना चाहिए',
      'इस दलाल पत्रकार को जूतों से पीटो',
      'तू नाली का कीड़ा है',
    ];
    let seed = 17;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const pool = hits.join(' ').split(' ');
    const texts = [...hits];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = 0, n = 2 + rnd(6); j < n; j++) t += (j ? ' ' : '') + pool[rnd(pool.length)];
      texts.push(t);
    }
    const pairs = new CharGrams();
    let matched = 0;
    for (const rule of hindiRulesForTest()) {
      const re = new RegExp(rule.source, rule.flags.replace('g', ''));
      const n = needlesOf(re, true);
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        pairs.index(t);
        expect({ re: re.source.slice(0, 60), t, ok: mayContain(n, t) && pairs.mayContain(gramNeedles(n)) }).toEqual({ re: re.source.slice(0, 60), t, ok: true });
      }
    }
    expect(matched).toBeGreaterThan(30);
  });
});
