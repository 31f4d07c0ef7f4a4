import { Model, auc, bestThreshold, confusion, crossValScores, macroF1, prf, trainLogReg } from '.';

const data = [
  ...['you are an idiot', 'you stupid moron', 'what a loser you are', 'you are pathetic', 'shut up you clown', 'you absolute fool'].map((text) => ({ text, label: 1 })),
  ...['thanks for the article', 'the weather is nice', 'I agree with the editor', 'good point about taxes', 'see you at the match', 'the bus was late again'].map((text) => ({ text, label: 0 })),
];

describe('ml core', () => {
  it('trains deterministically for a fixed seed', () => {
    const a = trainLogReg(data, { seed: 7, epochs: 5 });
    const b = trainLogReg(data, { seed: 7, epochs: 5 });
    expect(a.score('you idiot')).toBe(b.score('you idiot'));
    expect(a.score('you are a moron')).toBeGreaterThan(a.score('the weather is lovely'));
  });

  it('round-trips through the int8 JSON form within quantisation error', () => {
    const m = trainLogReg(data, { seed: 1, epochs: 5 });
    const back = Model.fromJSON(JSON.parse(JSON.stringify(m.toJSON())));
    expect(Math.abs(back.score('you clown') - m.score('you clown'))).toBeLessThan(0.02);
  });

  it('cross-validates with out-of-fold scores for every example', () => {
    const s = crossValScores(data, 3, { seed: 3, epochs: 3 });
    expect(s).toHaveLength(data.length);
    expect(s.every((x) => x > 0 && x < 1)).toBe(true);
  });

  it('averages the last epochs: deterministic, and different from the last weights', () => {
    const last = trainLogReg(data, { seed: 7, epochs: 6 });
    const a = trainLogReg(data, { seed: 7, epochs: 6, average: 3 });
    const b = trainLogReg(data, { seed: 7, epochs: 6, average: 3 });
    expect(a.score('you idiot')).toBe(b.score('you idiot'));
    expect(a.score('you idiot')).not.toBe(last.score('you idiot'));
    expect(a.score('you are a moron')).toBeGreaterThan(a.score('the weather is lovely'));
  });

  it('NB-LR folds the log-count-ratio scale into the saved weights (plain scoring, fast path equal)', () => {
    const plain = trainLogReg(data, { seed: 5, epochs: 5 });
    const nb = trainLogReg(data, { seed: 5, epochs: 5, nbScale: { alpha: 0.25, floor: 0.05 } });
    expect(nb.score('you stupid clown')).not.toBe(plain.score('you stupid clown'));
    expect(nb.score('you stupid clown')).toBeGreaterThan(nb.score('thanks for the match report'));
    const back = Model.fromJSON(JSON.parse(JSON.stringify(nb.toJSON())));
    expect(back.score('you stupid clown')).toBe(back.scoreVector(back.featurize('you stupid clown')));
    expect(Math.abs(back.score('you stupid clown') - nb.score('you stupid clown'))).toBeLessThan(0.02);
  });

  it('computes AUC, F1 and macro-F1', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75);
    const c = confusion([true, true, false, false], [true, false, true, false]);
    expect(prf(c).f1).toBeCloseTo(0.5);
    expect(macroF1(c)).toBeCloseTo(0.5);
    expect(bestThreshold([0.1, 0.9], [false, true]).value).toBe(1);
  });
});
