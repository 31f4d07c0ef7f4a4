import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ObscenityMatcher } from './checks/obscenity.check';
import { scanInsultsForTest } from './checks/attack-rules';
import { deleet, loadAttackModel } from './checks/personal-attack.check';
import { tokenize, wordAt } from './lang/tokens';
import { featurize } from './ml';
import { normalize } from './normalize';

// Shared word records (lang/tokens.ts `wordAt`): when the language tokens of a text have a plain
// token at a span, other checks that cut the same span of the same text read that word's record
// instead of looking the word up themselves. Whatever they read there must be what their own
// lookup gives: these tests run each consumer with the records (the text tokenized just before)
// and without (another text tokenized last) and against the reference implementations.

const pieces = [
  'you', 'are', 'an', 'idiot', 'fuck', 'f*ck', 'sh1t', 'b!tch', 'ass', 'hole', 'cock', 'tail', "don't", 'don’t', "it's", 'x', '42', 'über',
  'İstanbul', 'ﬁne', 'ΣΑΣ', 'тупой', 'तुम', 'बहुत', 'चूतिया', 'हो', 'chutiya', 'madarchod', 'bhai', 'hai', '你好', '😀', '\ud800', '𝐟𝐮𝐜𝐤',
  "'", '’', '-', '.', ' ', '  ', '\n', 'ab12cd', '@user', '#tag', 'c', 'h', 'u', 't', 'spick and span', 'Scunthorpe', 'www.x.com', '$', '*',
];
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(' ')),
);

const OTHER = 'zzz unrelated text';

describe('shared word records', () => {
  it('give each plain token of the last tokenized text the record of its own word', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const t = normalize(raw).text;
        const toks = tokenize(t);
        const found: Array<{ s: number; e: number; key: string }> = [];
        for (let s = 0; s < t.length; s++) {
          for (let e = s + 1; e <= t.length; e++) {
            const r = wordAt(t, s, e);
            if (r) expect(r.raw).toBe(t.slice(s, e));
            if (r) found.push({ s, e, key: r.key });
          }
        }
        // Only spans of tokens are filed (plain ones, before spaced letters are joined).
        for (const f of found) expect(toks.some((tok) => tok.start === f.s && tok.end === f.e) || f.e - f.s === 1).toBe(true);
        for (const f of found) {
          const alone = tokenize(t.slice(f.s, f.e));
          expect(alone.length).toBe(1);
          expect(alone[0].key).toBe(f.key);
          tokenize(t); // file the spans of t again
        }
        expect(wordAt(t + ' ', 0, 1)).toBeUndefined(); // another text: nothing
      }),
      { numRuns: 300 },
    );
    // Many distinct words (more than the direct-mapped record cache holds, so slots collide and are
    // replaced): each token still gets the record of its own word.
    const words: string[] = [];
    for (let i = 1000; i < 21_000; i++) words.push(i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]));
    const wrong: string[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < words.length; i += 50) {
        const line = words.slice(i, i + 50).join(' ');
        for (const tok of tokenize(line)) {
          const r = wordAt(line, tok.start, tok.end);
          if (r?.raw !== line.slice(tok.start, tok.end) || tok.key !== r.key) wrong.push(line.slice(tok.start, tok.end));
        }
      }
    }
    expect(wrong).toEqual([]);
    const t = 'you are an idiot, चूतिया';
    tokenize(t);
    for (const w of ['you', 'are', 'an', 'idiot', 'चूतिया']) expect(wordAt(t, t.indexOf(w), t.indexOf(w) + w.length)).toBeDefined();
  });

  it('score the attack model exactly like the reference, with and without records', () => {
    const m = loadAttackModel()!;
    fc.assert(
      fc.property(text, (raw) => {
        const t = normalize(raw).text;
        const ref = m.scoreVector(featurize(t, m.features));
        tokenize(t);
        expect(m.score(t)).toBe(ref);
        tokenize(OTHER);
        expect(m.score(t + ' ')).toBe(m.scoreVector(featurize(t + ' ', m.features)));
      }),
      { numRuns: 400 },
    );
  });

  it('find the same insult words as a scan of [a-z]+ runs that never reads them', () => {
    const insultText = fc.oneof(text, fc.array(fc.constantFrom('you', 'are', 'an', 'idiot', 'moron', 'stupid', 'id1ot', 'sh!t', "idiot's", 'clown', 'ok', ' ', '.', ',', '1'), { maxLength: 20 }).map((a) => a.join(' ')));
    fc.assert(
      fc.property(insultText, (raw) => {
        const t = deleet(normalize(raw).text);
        tokenize(OTHER);
        const ref: number[] = [];
        for (const m of t.matchAll(/[a-z]+/g)) if (scanInsultsForTest(m[0]).length > 0) ref.push(m.index!);
        tokenize(t);
        expect(scanInsultsForTest(t)).toEqual(ref);
        expect(scanInsultsForTest(t)).toEqual(ref); // memos filled
      }),
      { numRuns: 400 },
    );
    expect(scanInsultsForTest('you are an idiot and a moron')).toEqual([11, 23]);
  });

  it('match obscenity like a matcher that never reads them', () => {
    const dict = JSON.parse(fs.readFileSync(path.join(__dirname, '../data/obscenity.json'), 'utf8'));
    const withRecords = new ObscenityMatcher(dict);
    const without = new ObscenityMatcher(dict);
    fc.assert(
      fc.property(text, (raw) => {
        const doc = normalize(raw);
        const allow = new Set(['ass']);
        const block = new Map([['chutiya', 'chutiya']]);
        tokenize(OTHER);
        const ref = without.match(doc);
        const refLists = without.match(doc, allow, block);
        tokenize(doc.text);
        expect(withRecords.match(doc)).toEqual(ref);
        expect(withRecords.match(doc, allow, block)).toEqual(refLists);
      }),
      { numRuns: 400 },
    );
  });
});
