import fc from 'fast-check';
import { FeatureConfig, Model, featurize, featurizeV1, words } from '.';
import { FastScorer, wordsOf } from './fast';
import { loadAttackModel } from '../checks/personal-attack.check';
import { tokenize } from '../lang/tokens';

// The memoized scorer must give exactly what the reference path gives: the same tokens, the
// same active-bucket sum and count, hence the same score bit for bit.

const pieces = [
  'you', 'are', 'an', 'idiot', "don't", 'don’t', "it's2b", 'x', '42', 'über', 'İstanbul', 'ǅemal', 'ﬁne', 'ΣΑΣ', 'тупой', 'तुम', 'बहुत', 'बुरे',
  'हो', '你好', 'مرحبا', '😀', '\ud800', '\udc00', '𝐟𝐮𝐜𝐤', "'", '’', '-', '.', ' ', '  ', '\n', 'a’b', "o'", "'s", 'ab12cd', '٣', 'Ⅻ',
];
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(' ')),
);

function reference(m: Model, t: string, extra: string[] = []): number {
  return m.scoreVector(featurize(t, m.features, extra));
}

describe('fast v2 scoring', () => {
  it('tokenizes exactly like words()', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordsOf(t)).toEqual(words(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('scores the shipped attack model bit for bit like featurize + scoreVector', () => {
    const m = loadAttackModel();
    if (!m) return;
    expect(FastScorer.exactWeights(m.weights)).toBe(true);
    fc.assert(
      fc.property(text, fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }), (t, extra) => {
        expect(m.score(t, extra)).toBe(reference(m, t, extra));
        // second call: from the memo
        expect(m.score(t, extra)).toBe(reference(m, t, extra));
      }),
      { numRuns: 2000 },
    );
    for (const t of ['', ' ', 'You are an idiot!!', 'रंडी रोना बंद करो', 'a'.repeat(5000)]) expect(m.score(t)).toBe(reference(m, t));
  });

  it('gives the same token weights as the reference', () => {
    const m = loadAttackModel();
    if (!m) return;
    const ref = (w: string): number => {
      const v = featurize(w, m.features);
      let s = 0;
      for (let i = 1; i < v.idx.length; i++) s += m.weights[v.idx[i]];
      return s;
    };
    for (const w of ['idiot', 'moron', 'the', 'you', "don't", "don'", "'s", 'x1', 'über', 'तुम', '', 'Idiot', 'a-b']) expect(m.tokenWeight(w)).toBe(ref(w));
    fc.assert(
      fc.property(text, (t) => {
        expect(m.tokenWeight(t)).toBe(ref(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact for quantized models of every feature config (JSON round trip)', () => {
    const data = [
      ...['you are an idiot', 'you stupid moron', 'what a loser you are', 'shut up you clown'].map((t) => ({ text: t, label: 1 })),
      ...['thanks for the article', 'the weather is nice', 'good point about taxes', 'the bus was late'].map((t) => ({ text: t, label: 0 })),
    ];
    const configs: FeatureConfig[] = [
      { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 4] },
      { bits: 16, wordNgrams: [1, 2, 3], charNgrams: [0, 0] },
      { bits: 12, wordNgrams: [2], charNgrams: [3, 3] },
    ];
    for (const features of configs) {
      const w = new Float32Array(1 << features.bits);
      for (let i = 0; i < w.length; i++) w[i] = Math.sin(i * 12.9898) * 3; // dense, all buckets non-zero
      const trained = new Model(features, w, 0.1);
      const m = Model.fromJSON(JSON.parse(JSON.stringify(trained.toJSON())));
      for (const d of data) expect(m.score(d.text, ['x:y'])).toBe(reference(m, d.text, ['x:y']));
      fc.assert(
        fc.property(text, (t) => {
          expect(m.score(t)).toBe(reference(m, t));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('scores version-1 models like featurizeV1 + scoreVector, including the shipped ones', () => {
    const configs: FeatureConfig[] = [
      { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 4] },
      { bits: 12, wordNgrams: [1, 2, 3], charNgrams: [3, 5] },
      { bits: 10, wordNgrams: [2], charNgrams: [0, 0] },
    ];
    const models: Model[] = [];
    for (const features of configs) {
      const w = new Float32Array(1 << features.bits);
      for (let i = 0; i < w.length; i++) w[i] = Math.cos(i * 7.31) * 2;
      const json = new Model(features, w, -0.2, {}, 1).toJSON();
      models.push(Model.fromJSON(JSON.parse(JSON.stringify(json))));
    }
    for (const file of ['../../data/hate/model.json', '../../data/hi/abuse-model.json']) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      models.push(Model.fromJSON(require(file)));
    }
    for (const m of models) {
      expect(FastScorer.exactWeights(m.weights)).toBe(true); // so m.score takes the fast path
      const ref = (t: string, extra: string[] = []): number => m.scoreVector(m.hashVersion === 1 ? featurizeV1(t, m.features, extra) : featurize(t, m.features, extra));
      for (const t of ['', 'tu chutiya hai', 'मुसलमान देशद्रोही हैं', 'a'.repeat(3000), 'tu tu chutiya hai hai tu, bhai bhai']) {
        expect(m.score(t, ['lang:hi'])).toBe(ref(t, ['lang:hi']));
        tokenize(t); // with the shared word records of the same text
        expect(m.score(t, ['lang:hi'])).toBe(ref(t, ['lang:hi']));
      }
      fc.assert(
        fc.property(text, fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }), (t, extra) => {
          expect(m.score(t, extra)).toBe(ref(t, extra));
          tokenize(t.toLowerCase());
          expect(m.score(t, extra)).toBe(ref(t, extra));
          expect(m.score(`${t} ${t}`, extra)).toBe(ref(`${t} ${t}`, extra)); // every word repeated
        }),
        { numRuns: 400 },
      );
    }
  });

  it('sums word weights without bucket 0 like the evidence loop over featurize', () => {
    // Small tables make features that hash to bucket 0 common.
    for (const features of [
      { bits: 6, wordNgrams: [1, 2], charNgrams: [2, 5] as [number, number] },
      { bits: 19, wordNgrams: [1, 2], charNgrams: [2, 5] as [number, number] },
    ]) {
      const w = new Float32Array(1 << features.bits);
      for (let i = 0; i < w.length; i++) w[i] = Math.sin(i * 3.7 + 1) * 2;
      const m = Model.fromJSON(JSON.parse(JSON.stringify(new Model(features, w, 0).toJSON())));
      const fast = new FastScorer(m.features, m.weights);
      const ref = (t: string, extra: string[]): number => {
        const v = featurize(t, m.features, extra);
        let s = 0;
        for (let i = 0; i < v.idx.length; i++) if (v.idx[i] !== 0) s += m.weights[v.idx[i]];
        return s;
      };
      fc.assert(
        fc.property(text, fc.string({ maxLength: 6 }), (t, k) => {
          expect(fast.sumWithoutZero(t, [`k:${k}`])).toBe(ref(t, [`k:${k}`]));
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('keeps the reference path for weights that do not sum exactly', () => {
    const w = new Float32Array(1 << 10).map((_, i) => Math.sin(i) * 1e-3 + (i % 7 === 0 ? 1e6 : 0));
    expect(FastScorer.exactWeights(w)).toBe(false);
  });
});
