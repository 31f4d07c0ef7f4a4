import { Example, FeatureConfig, Model, auc, bestThreshold, crossValScores, trainLogReg } from '@app/moderation/ml';
import { normalize } from '@app/moderation/normalize';
import { modelText } from '@app/moderation/checks/personal-attack.check';
import { kaggle, olidTrain } from '../eval/datasets';

// Trains the personal-attack model from TRAINING files only: Kaggle insults train.csv and OLID
// train. OLID rows: targeted insults/threats at an individual (OFF/TIN/IND) are positives,
// untargeted profanity and group/other targets count half (offensive but not personal), NOT is
// negative. The threshold is chosen by 5-fold cross-validation on the same training data.

export const ATTACK_FEATURES: FeatureConfig = { bits: 19, wordNgrams: [1, 2], charNgrams: [2, 5] };
export const ATTACK_TRAIN = { epochs: 6, learningRate: 0.01, l2: 1e-4, seed: 20240611 };

/** OLID tweets count less than Kaggle comments: 5-fold CV on Kaggle train preferred 0.3 over 0.7 and 1. */
export const OLID_WEIGHT = 0.3;

// Hand-written negatives for what the training data gets wrong (Dixon et al. 2018 style
// debiasing): neutral and positive mentions of identity groups, criticism of ideas and
// policies, and violent words in news reports. Written for this repo, not taken from any test set.
const GROUPS = ['women', 'men', 'Muslims', 'Hindus', 'Christians', 'Jews', 'Sikhs', 'Buddhists', 'black people', 'white people', 'Asians', 'Indians', 'Pakistanis', 'immigrants', 'refugees', 'gay people', 'lesbians', 'bisexual people', 'trans people', 'transgender women', 'disabled people', 'Dalits', 'Africans', 'Mexicans', 'Arabs', 'atheists', 'old people', 'young people'];
const NEUTRAL = ['{} live in my neighbourhood', 'many {} work in this city', 'the report looks at how {} vote', 'a group of {} visited the museum today', 'I met several {} at the conference', '{} deserve equal rights', 'we should listen to {}', 'support for {} has grown', 'the survey asked {} about jobs and housing', '{} celebrated the festival together', 'my colleagues include {}', 'there are more {} in parliament now', 'the law protects {}', 'I have always admired {}', 'schools should welcome {}', '{} are part of our community', 'the article is about {} in rural areas', 'the minister met {} yesterday', 'are there any {} in your class', 'I grew up with {}'];
const IDEAS = ['this policy is stupid', 'what a stupid idea', 'the new tax is idiotic', 'this bill is ridiculous and pointless', 'the decision was dumb', 'the plan is insane', 'that argument makes no sense', 'the ruling is a disgrace', 'this law is garbage', 'the budget is a joke', 'such a pathetic excuse for a policy', 'the scheme is a total failure', 'worst decision the council ever made', 'the rule is absurd', 'this proposal is nonsense', 'the strategy is clueless', 'the report is full of lies', 'the government response was pathetic', 'the campaign was a disaster', 'this idea is crazy'];
const NEWS = ['terrorists killed twelve people in the attack', 'the gunman shot three people before police arrived', 'the army says militants were killed in the operation', 'police shot the suspect after a chase', 'the murder trial begins next week', 'the bomb killed four soldiers', 'he was stabbed outside the station', 'the riots left many dead', 'the war has killed thousands', 'the victim was beaten and robbed', 'a man was hanged for the crime in 1950', 'the film is about a serial killer', 'fans will kill for tickets', 'the heat is killing crops', 'the team destroyed their rivals 5-0', 'she killed it on stage last night', 'the attack on the embassy was condemned', 'the court sentenced the killer to life', 'they died in the flood', 'the shooting happened at noon'];

export function syntheticNegatives(): string[] {
  const out: string[] = [];
  for (const g of GROUPS) for (const t of NEUTRAL) out.push(t.replace('{}', g));
  out.push(...IDEAS, ...NEWS);
  return out;
}

export function attackExamples(datasets: string, olidMode: 'ind' | 'off' | 'tin' = 'tin'): Example[] {
  const out: Example[] = [];
  for (const r of kaggle(datasets, 'train.csv')) out.push({ text: modelText(normalize(r.text).text), label: r.label });
  for (const r of olidTrain(datasets)) {
    let label = r.label;
    if (olidMode === 'ind') label = r.c === 'IND' ? 1 : 0;
    else if (olidMode === 'tin') label = r.b === 'TIN' ? 1 : 0;
    out.push({ text: modelText(normalize(r.text).text), label, weight: OLID_WEIGHT });
  }
  for (const text of syntheticNegatives()) out.push({ text: modelText(normalize(text).text), label: 0, weight: 1 });
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
  // The threshold maximises F1 on the Kaggle rows' out-of-fold scores: Kaggle's label is exactly
  // "insult aimed at a participant". (Also tried: the mean of Kaggle F1 and OLID-A macro-F1,
  // threshold 0.54; it raised false alarms on clean identity comments, so it was dropped.)
  const nk = kaggle(datasets, 'train.csv').length;
  const gold = ex.slice(0, nk).map((e) => e.label === 1);
  const cvAuc = auc(oof.slice(0, nk), gold);
  const best = bestThreshold(oof.slice(0, nk), gold, 'f1');
  log(`5-fold CV on the Kaggle rows: AUC ${cvAuc.toFixed(4)}, best F1 ${best.value.toFixed(4)} at threshold ${best.threshold}`);
  const model = trainLogReg(ex, { features: ATTACK_FEATURES, ...ATTACK_TRAIN });
  model.meta = {
    name: 'personal-attack',
    threshold: best.threshold,
    cv: { folds: 5, kaggleAuc: Number(cvAuc.toFixed(4)), kaggleF1: Number(best.value.toFixed(4)) },
    trainedOn: [
      'kaggle-insults-2012 train.csv (Kaggle competition terms; research use)',
      'OLID v1.0 olid-training-v1.0.tsv (Zampieri et al. 2019; no licence stated, cite the paper)',
      'hand-written neutral identity, criticism-of-ideas and news-violence negatives (apps/cli/src/train/attack-model.ts)',
    ],
    options: { features: ATTACK_FEATURES, ...ATTACK_TRAIN, olid: `TIN = 1, else 0 (weight ${OLID_WEIGHT})`, syntheticNegatives: syntheticNegatives().length },
  };
  return { model, cvAuc, cvF1: best.value, threshold: best.threshold, examples: ex.length };
}
