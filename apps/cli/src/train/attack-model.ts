import { Example, FeatureConfig, Model, auc, bestThreshold, crossValScores, trainLogReg } from '@app/moderation/ml';
import { normalize } from '@app/moderation/normalize';
import { modelText } from '@app/moderation/checks/personal-attack.check';
import { kaggle, olidTrain } from '../eval/datasets';

// Trains the personal-attack model from TRAINING files only: Kaggle insults train.csv and OLID
// train. OLID rows: targeted insults/threats at an individual (OFF/TIN/IND) are positives,
// untargeted profanity and group/other targets count half (offensive but not personal), NOT is
// negative. The threshold is chosen by 5-fold cross-validation on the same training data.

export const ATTACK_FEATURES: FeatureConfig = { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 5] };
export const ATTACK_TRAIN = { epochs: 6, learningRate: 0.01, l2: 1e-4, seed: 20240611 };

export function attackExamples(datasets: string, olidMode: 'ind' | 'off' | 'tin' = 'tin'): Example[] {
  const out: Example[] = [];
  for (const r of kaggle(datasets, 'train.csv')) out.push({ text: modelText(normalize(r.text).text), label: r.label });
  for (const r of olidTrain(datasets)) {
    let label = r.label;
    if (olidMode === 'ind') label = r.c === 'IND' ? 1 : 0;
    else if (olidMode === 'tin') label = r.b === 'TIN' ? 1 : 0;
    out.push({ text: modelText(normalize(r.text).text), label, weight: 0.7 });
  }
  return out;
}

export interface TrainReport {
  model: Model;
  cvAuc: number;
  cvF1: number;
  threshold: number;
  examples: number;
}

export function trainAttackModel(datasets: string, log: (s: string) => void = () => {}): TrainReport {
  const ex = attackExamples(datasets);
  log(`attack model: ${ex.length} training examples (Kaggle train + OLID train)`);
  const oof = crossValScores(ex, 5, { features: ATTACK_FEATURES, ...ATTACK_TRAIN });
  const gold = ex.map((e) => e.label === 1);
  const cvAuc = auc(oof, gold);
  const best = bestThreshold(oof, gold, 'f1');
  log(`5-fold CV: AUC ${cvAuc.toFixed(4)}, best F1 ${best.value.toFixed(4)} at threshold ${best.threshold}`);
  const model = trainLogReg(ex, { features: ATTACK_FEATURES, ...ATTACK_TRAIN });
  model.meta = {
    name: 'personal-attack',
    threshold: best.threshold,
    cv: { folds: 5, auc: Number(cvAuc.toFixed(4)), f1: Number(best.value.toFixed(4)) },
    trainedOn: [
      'kaggle-insults-2012 train.csv (Kaggle competition terms; research use)',
      'OLID v1.0 olid-training-v1.0.tsv (Zampieri et al. 2019; no licence stated, cite the paper)',
    ],
    options: { features: ATTACK_FEATURES, ...ATTACK_TRAIN, olid: 'OFF/TIN = 1 (weight 0.7), else 0' },
  };
  return { model, cvAuc, cvF1: best.value, threshold: best.threshold, examples: ex.length };
}
