import { Example, FeatureConfig, Model, TrainOptions, auc, bestThreshold, confusion, crossValScores, macroF1, prf, trainLogReg } from '@app/moderation/ml';
import { normalize } from '@app/moderation/normalize';
import { ModerationEngine } from '@app/moderation/engine';
import { dampModelScore, deleet, modelText, recalibrate, rulesOf } from '@app/moderation/checks/personal-attack.check';
import { kaggle, olidTrain } from '../eval/datasets';
import { loadHasoc2019 } from '../eval/suites/indian-datasets';
import { HANDWRITTEN_ATTACKS, HANDWRITTEN_CLEAN } from './attack-handwritten';

// Trains the personal-attack model from TRAINING files only: Kaggle insults train.csv, OLID
// train and HASOC 2019 en train. OLID rows: targeted insults/threats (OFF/TIN, at a person, a group or other) are positives,
// untargeted profanity (UNT) and NOT are negatives, all with weight OLID_WEIGHT; HASOC rows likewise
// (HOF and targeted = 1, NOT = 0, untargeted HOF left out; weight HASOC_WEIGHT); plus hand-written
// negatives and reader insults. The threshold is chosen by 5-fold cross-validation on the same training data.

export const ATTACK_FEATURES: FeatureConfig = { bits: 19, wordNgrams: [1, 2], charNgrams: [2, 5] };
/**
 * Since 2026-11-28 (issue 3, OLID): NB-LR scaling and the mean of the last 3 epochs' weights (see
 * TrainOptions). 5-fold CV on the training files: Kaggle train AUC 0.882 -> 0.899, OLID train AUC
 * (OFF) 0.716 -> 0.763. The old learner was { epochs: 6, learningRate: 0.01, l2: 1e-4, seed: 20240611 }.
 */
export const ATTACK_TRAIN: TrainOptions = { epochs: 6, learningRate: 0.01, l2: 1e-4, seed: 20240611, average: 3, nbScale: { alpha: 0.25, floor: 0.05 } };

/**
 * OLID tweets count less than Kaggle comments. 0.3 with the old learner (5-fold CV on Kaggle train
 * preferred it over 0.7 and 1); 0.5 with NB-LR (CV: 0.7 and 1 lower Kaggle train AUC 0.899 -> 0.895 / 0.889).
 */
export const OLID_WEIGHT = 0.5;

/**
 * HASOC 2019 en train (5,852 tweets, 2019 Indian and US politics): HOF aimed at a person or group
 * (task 3 TIN) = 1, NOT = 0, untargeted HOF (cursing at nothing) left out; weight 0.5, like OLID.
 * Since 2026-11-28 (issue 3, OLID recall). 5-fold CV on the training files: OLID train AUC (OFF)
 * 0.763 -> 0.773, Kaggle train AUC 0.899 -> 0.898. All HOF rows at 0.3 (session 5) did less
 * (OLID AUC 0.769); OFFN-only positives lowered both.
 */
export const HASOC_WEIGHT = 0.5;

/** Weight of each hand-written reader insult (READER_INSULTS): 4 (at 1, CV Kaggle AUC 0.897 vs 0.899). */
export const READER_INSULT_WEIGHT = 4;

// Hand-written negatives for what the training data gets wrong (Dixon et al. 2018 style
// debiasing): neutral and positive mentions of identity groups, criticism of ideas and
// policies, and violent words in news reports. Written for this repo, not taken from any test set.
const GROUPS = ['women', 'men', 'Muslims', 'Hindus', 'Christians', 'Jews', 'Sikhs', 'Buddhists', 'black people', 'white people', 'Asians', 'Indians', 'Pakistanis', 'immigrants', 'refugees', 'gay people', 'lesbians', 'bisexual people', 'trans people', 'transgender women', 'disabled people', 'Dalits', 'Africans', 'Mexicans', 'Arabs', 'atheists', 'old people', 'young people'];
const NEUTRAL = ['{} live in my neighbourhood', 'many {} work in this city', 'the report looks at how {} vote', 'a group of {} visited the museum today', 'I met several {} at the conference', '{} deserve equal rights', 'we should listen to {}', 'support for {} has grown', 'the survey asked {} about jobs and housing', '{} celebrated the festival together', 'my colleagues include {}', 'there are more {} in parliament now', 'the law protects {}', 'I have always admired {}', 'schools should welcome {}', '{} are part of our community', 'the article is about {} in rural areas', 'the minister met {} yesterday', 'are there any {} in your class', 'I grew up with {}'];
const IDEAS = ['this policy is stupid', 'what a stupid idea', 'the new tax is idiotic', 'this bill is ridiculous and pointless', 'the decision was dumb', 'the plan is insane', 'that argument makes no sense', 'the ruling is a disgrace', 'this law is garbage', 'the budget is a joke', 'such a pathetic excuse for a policy', 'the scheme is a total failure', 'worst decision the council ever made', 'the rule is absurd', 'this proposal is nonsense', 'the strategy is clueless', 'the report is full of lies', 'the government response was pathetic', 'the campaign was a disaster', 'this idea is crazy'];
const NEWS = ['terrorists killed twelve people in the attack', 'the gunman shot three people before police arrived', 'the army says militants were killed in the operation', 'police shot the suspect after a chase', 'the murder trial begins next week', 'the bomb killed four soldiers', 'he was stabbed outside the station', 'the riots left many dead', 'the war has killed thousands', 'the victim was beaten and robbed', 'a man was hanged for the crime in 1950', 'the film is about a serial killer', 'fans will kill for tickets', 'the heat is killing crops', 'the team destroyed their rivals 5-0', 'she killed it on stage last night', 'the attack on the embassy was condemned', 'the court sentenced the killer to life', 'they died in the flood', 'the shooting happened at noon',
  // history (2026-11-28: with HASOC rows, where 'assassination' is mostly a call or a wish, the model held a history line)
  'the assassination of rajiv gandhi shocked the country', 'mahatma gandhi was assassinated in january 1948', 'president kennedy was assassinated in dallas',
  'the assassination of the archduke started the first world war', 'the film retells the assassination of abraham lincoln', 'partition changed punjab and bengal forever',
  'the riots that followed the assassination left thousands dead', 'the murder of the journalist is still unsolved', 'the emergency of 1975 changed indian politics forever',
  'the massacre at jallianwala bagh was ordered by general dyer'];

// Hand-written insults at the reader with no swear word and no listed insult word (mockery of
// intelligence, comparisons, "you are the problem"): Kaggle has few, and the averaged NB-LR model
// (2026-11-28) scores them lower than the old one did. Paired with polite second-person replies
// (negatives) so that "you" alone does not become a signal. Written for this repo.
const READER_INSULTS = [
  'you clearly failed reading comprehension',
  'did you even finish primary school',
  'you have the attention span of a goldfish',
  'your brain must be the size of a pea',
  'you are the reason shampoo bottles have instructions',
  'people like you are what is wrong with this world',
  'you are the problem, not the government',
  'nobody cares what someone like you thinks',
  'your comments are as empty as your head',
  'you argue like a toddler throwing a tantrum',
  'go and learn to think before you type',
  'you wouldn\'t know a fact if it hit you in the face',
  'with a brain like yours you should stay quiet',
  'your parents must be so disappointed in you',
  'you are a walking embarrassment',
  'you must be the dullest person on this site',
  'even a parrot makes more sense than you',
  'someone should take your keyboard away',
  'you have the intelligence of a potato',
  'your whole life is a joke',
  'you are not worth the air you breathe',
  'you lie every time you open your mouth',
  'you people will believe anything you are told',
  'crawl back into whatever hole you came from',
  'you think like a child and write like one too',
  'do the world a favour and stop commenting',
  'your level of ignorance is astonishing',
  'you are as sharp as a bowling ball',
  'you are a disgrace to your family',
  'i have met smarter rocks than you',
  'you are living proof that evolution can go backwards',
  'talking to you is like talking to a wall',
  'your argument is as weak as your character',
  'someone with your brains should not be allowed to vote',
  'you are too thick to understand any of this',
  'you are a sad little man with nothing to say',
  'what a pathetic little troll you are',
  'you must have bought your degree online',
  'you have no shame and no brains',
  'your head is full of straw',
  'you are a coward hiding behind a screen name',
  'everything you post proves how clueless you are',
  'your opinion is worth less than nothing',
  'you should be ashamed to call yourself a journalist',
  'you are the village fool of this comment section',
  'were you born this dense or did you practise',
  'it is embarrassing how little you know',
  'you could not find the point with a map',
  'you are a liar and everyone here knows it',
  'keep crying, nobody takes you seriously',
];
const READER_POLITE = [
  'i disagree with you, but thanks for explaining',
  'you make a fair point about the budget',
  'you are right, the article leaves that out',
  'thank you for the link, i will read it',
  'i see where you are coming from',
  'you might want to check the numbers again',
  'have you read the full report',
  'you and i will have to agree to disagree',
  'your comment made me think, thanks',
  'you are welcome to your opinion',
  'i think you misread my point, let me explain',
  'did you watch the debate last night',
  'you raise a good question about the costs',
  'your family must be proud of you',
  'you write well, please keep commenting',
  'you are not wrong about the traffic',
  'you should apply for the job, you would be good at it',
  'can you share the source for that figure',
  'you have a point, but the law says otherwise',
  'i hope you and your family are safe',
  'you explained the policy better than the minister did',
  'you are right to ask about the budget',
  'thank you, your comment was helpful',
  'you may be surprised by the figures in the report',
  'i think you will like the second half of the article',
  'you can read the judgment on the court website',
  'you and your team did great work on this story',
  'are you going to the rally on sunday',
  'you should be proud of what the village achieved',
  'if you look at the data, the trend is clear',
];

export function syntheticNegatives(): string[] {
  const out: string[] = [];
  for (const g of GROUPS) for (const t of NEUTRAL) out.push(t.replace('{}', g));
  out.push(...IDEAS, ...NEWS);
  return out;
}

/**
 * Weight of each row of the hand-written attack / clean training set (attack-handwritten.ts, session
 * 10): 0, i.e. **not used by the shipped model**. Tried at 1, 2 (and 2 / 4 for attacks / clean, 4, 8):
 * on 160 held-out hand-written probes the full pipeline at weight 2 (CV threshold 0.63) caught 4 more
 * of 80 attacks and held 1 more of 80 clean comments, but OLID test macro-F1 fell 0.756 -> 0.737 (below
 * the 0.75 floor) and on the news gate it held 2 clean comments and missed 6 attacks that the shipped
 * model gets right; see docs/MODEL_CARD.md. With weight 0 the training rows, the CV threshold and the
 * weights are exactly those of the shipped model. Set it above 0 and run
 * `bin/moderate train --only attack` to retrain with them.
 */
export const HANDWRITTEN_WEIGHT = 0;

/** The hand-written attack (1) and clean (0) rows of attack-handwritten.ts at `weight`; none at weight 0. */
export function handwrittenExamples(weight = HANDWRITTEN_WEIGHT): Example[] {
  if (weight <= 0) return [];
  return [
    ...HANDWRITTEN_ATTACKS.map((text) => ({ text: modelText(normalize(text).text), label: 1, weight })),
    ...HANDWRITTEN_CLEAN.map((text) => ({ text: modelText(normalize(text).text), label: 0, weight })),
  ];
}

export function attackExamples(datasets: string, olidMode: 'ind' | 'off' | 'tin' = 'tin', handwrittenWeight = HANDWRITTEN_WEIGHT): Example[] {
  const out: Example[] = [];
  for (const r of kaggle(datasets, 'train.csv')) out.push({ text: modelText(normalize(r.text).text), label: r.label });
  for (const r of olidTrain(datasets)) {
    let label = r.label;
    if (olidMode === 'ind') label = r.c === 'IND' ? 1 : 0;
    else if (olidMode === 'tin') label = r.b === 'TIN' ? 1 : 0;
    out.push({ text: modelText(normalize(r.text).text), label, weight: OLID_WEIGHT });
  }
  for (const text of syntheticNegatives()) out.push({ text: modelText(normalize(text).text), label: 0, weight: 1 });
  for (const text of READER_POLITE) out.push({ text: modelText(normalize(text).text), label: 0, weight: 1 });
  for (const text of READER_INSULTS) out.push({ text: modelText(normalize(text).text), label: 1, weight: READER_INSULT_WEIGHT });
  for (const r of loadHasoc2019('en-train', datasets)) {
    if (r.hof && !r.targeted) continue;
    out.push({ text: modelText(normalize(r.text).text), label: r.hof ? 1 : 0, weight: HASOC_WEIGHT });
  }
  out.push(...handwrittenExamples(handwrittenWeight));
  return out;
}

export interface TrainReport {
  model: Model;
  cvAuc: number;
  cvF1: number;
  threshold: number;
  examples: number;
}

/** What the engine adds around the model for one training text: its obscenity flag, the rules' top score, the damping. */
interface EngineSignals {
  obscene: boolean;
  rule: number;
  /** The check's score (before the rules) for a recalibrated model score. */
  damp: (ml: number) => number;
}

function engineSignals(engine: ModerationEngine, raw: string): EngineSignals {
  const doc = normalize(raw);
  const text = deleet(doc.text);
  let rule = 0;
  for (const h of rulesOf(doc, text)) rule = Math.max(rule, h.score);
  const obscene = engine.screen(raw).checks.some((c) => c.check === 'obscenity' && c.flagged);
  return { obscene, rule, damp: (ml) => dampModelScore(doc, text, ml) };
}

/** Fold assignments (CV seeds) whose out-of-fold scores choose the threshold; see jointThreshold. */
export const THRESHOLD_CV_SEEDS = 3;
/** Half-width, in steps of 0.01, of the window the joint objective is averaged over; see jointThreshold. */
export const THRESHOLD_SMOOTHING = 2;

/**
 * Picks the model threshold on out-of-fold scores by what the engine does with it: the mean of
 * F1 on the Kaggle rows (attack flagged vs Insult) and macro-F1 on the OLID rows (obscenity or
 * attack flagged vs OFF), both through the check's damping and rules. Training rows only.
 * Since 2026-11-28 the objective is averaged over several out-of-fold score sets (one per CV
 * seed) and over a window of +-THRESHOLD_SMOOTHING steps: it is flat over 0.55-0.62, and the
 * argmax of one CV run moved 0.53-0.66 with the fold seed (session 5; 0.60 / 0.53 / 0.57 for
 * three seeds of this model), i.e. it was noise.
 */
export function jointThreshold(
  oofs: number[][],
  kaggleGold: boolean[],
  kaggleSig: EngineSignals[],
  olidGold: boolean[],
  olidSig: EngineSignals[],
  smoothing = THRESHOLD_SMOOTHING,
): { threshold: number; kaggleF1: number; olidMacroF1: number; value: number } {
  const nk = kaggleGold.length;
  const curve: { threshold: number; kaggleF1: number; olidMacroF1: number; value: number }[] = [];
  for (let i = 30; i <= 80; i++) {
    const t = i / 100;
    const at = (s: EngineSignals, p: number): boolean => Math.max(s.damp(recalibrate(p, t)), s.rule) >= 0.5;
    let kf = 0;
    let om = 0;
    for (const oof of oofs) {
      kf += prf(confusion(kaggleSig.map((s, j) => at(s, oof[j])), kaggleGold)).f1 / oofs.length;
      om += macroF1(confusion(olidSig.map((s, j) => s.obscene || at(s, oof[nk + j])), olidGold)) / oofs.length;
    }
    curve.push({ threshold: t, kaggleF1: kf, olidMacroF1: om, value: (kf + om) / 2 });
  }
  let best = { threshold: 0.5, kaggleF1: 0, olidMacroF1: 0, value: -1 };
  for (let i = 0; i < curve.length; i++) {
    const win = curve.slice(Math.max(0, i - smoothing), i + smoothing + 1);
    const value = win.reduce((a, c) => a + c.value, 0) / win.length;
    if (value > best.value) best = { ...curve[i], value };
  }
  return best;
}

export function trainAttackModel(datasets: string, log: (s: string) => void = () => {}): TrainReport {
  const ex = attackExamples(datasets);
  log(`attack model: ${ex.length} training examples (Kaggle train + OLID train + HASOC en train; ${handwrittenExamples().length} hand-written attack-handwritten.ts rows at weight ${HANDWRITTEN_WEIGHT})`);
  const oofs: number[][] = [];
  for (let k = 0; k < THRESHOLD_CV_SEEDS; k++) oofs.push(crossValScores(ex, 5, { features: ATTACK_FEATURES, ...ATTACK_TRAIN, seed: (ATTACK_TRAIN.seed ?? 42) + k }));
  const oof = oofs[0];
  const kRows = kaggle(datasets, 'train.csv');
  const oRows = olidTrain(datasets);
  const nk = kRows.length;
  const gold = ex.slice(0, nk).map((e) => e.label === 1);
  const cvAuc = auc(oof.slice(0, nk), gold);
  const byF1 = bestThreshold(oof.slice(0, nk), gold, 'f1');
  log(`5-fold CV on the Kaggle rows: AUC ${cvAuc.toFixed(4)}, best F1 ${byF1.value.toFixed(4)} at threshold ${byF1.threshold}`);
  // The threshold: the mean of Kaggle F1 (Kaggle's label is exactly "insult aimed at a participant")
  // and OLID macro-F1 (offensive tweets, many insulting a named third person), as the engine
  // decides. Until 2026-11-28 it maximised Kaggle F1 alone, whose curve is flat over 0.58-0.68
  // while OLID's falls: the choice sat in the noise and cost OLID recall.
  const engine = ModerationEngine.load();
  const joint = jointThreshold(
    oofs,
    gold,
    kRows.map((r) => engineSignals(engine, r.text)),
    oRows.map((r) => r.label === 1),
    oRows.map((r) => engineSignals(engine, r.text)),
  );
  log(`threshold ${joint.threshold} (${THRESHOLD_CV_SEEDS} CV seeds, +-${THRESHOLD_SMOOTHING} steps smoothed): CV Kaggle F1 ${joint.kaggleF1.toFixed(4)}, OLID macro-F1 (engine) ${joint.olidMacroF1.toFixed(4)}`);
  const model = trainLogReg(ex, { features: ATTACK_FEATURES, ...ATTACK_TRAIN });
  model.meta = {
    name: 'personal-attack',
    threshold: joint.threshold,
    cv: {
      folds: 5,
      thresholdSeeds: THRESHOLD_CV_SEEDS,
      thresholdSmoothing: THRESHOLD_SMOOTHING,
      kaggleAuc: Number(cvAuc.toFixed(4)),
      kaggleF1: Number(joint.kaggleF1.toFixed(4)),
      olidMacroF1Engine: Number(joint.olidMacroF1.toFixed(4)),
      olidAuc: Number(auc(oof.slice(nk, nk + oRows.length), oRows.map((r) => r.label === 1)).toFixed(4)),
    },
    trainedOn: [
      'kaggle-insults-2012 train.csv (Kaggle competition terms; research use)',
      'OLID v1.0 olid-training-v1.0.tsv (Zampieri et al. 2019; no licence stated, cite the paper)',
      'HASOC 2019 en train (hasoc2019-en-hi; HOF and targeted = 1, NOT = 0, untargeted HOF left out)',
      'hand-written neutral identity, criticism-of-ideas, news-violence and polite-reply negatives and reader insults (apps/cli/src/train/attack-model.ts)',
      ...(HANDWRITTEN_WEIGHT > 0 ? ['hand-written civil-sounding attacks and clean counterparts (apps/cli/src/train/attack-handwritten.ts)'] : []),
    ],
    options: {
      features: ATTACK_FEATURES,
      ...ATTACK_TRAIN,
      olid: `TIN = 1, else 0 (weight ${OLID_WEIGHT})`,
      hasoc: `HOF and TIN = 1, NOT = 0, HOF UNT left out (weight ${HASOC_WEIGHT})`,
      syntheticNegatives: syntheticNegatives().length + READER_POLITE.length,
      readerInsults: `${READER_INSULTS.length} (weight ${READER_INSULT_WEIGHT})`,
      ...(HANDWRITTEN_WEIGHT > 0 ? { handwritten: `${HANDWRITTEN_ATTACKS.length} attacks + ${HANDWRITTEN_CLEAN.length} clean (weight ${HANDWRITTEN_WEIGHT})` } : {}),
    },
  };
  return { model, cvAuc, cvF1: joint.kaggleF1, threshold: joint.threshold, examples: ex.length };
}
