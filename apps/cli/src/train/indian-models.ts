import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalize } from '@app/moderation/normalize';
import { bestThreshold, confusion, Example, featurizeV1, macroF1, Model, mulberry32, prf, SparseVector, trainOnVectors, TrainOptions } from '@app/moderation/ml';
import { detectLanguage, INDIC_FEATURES, indicExtras, tokenize } from '@app/moderation/lang';
import { HateLexicon } from '@app/moderation/hate/hate-rules';
import { datasetsDir, loadHasoc2019, loadKumar2018 } from '../eval/suites/indian-datasets';

// Trains the two Indian-context models of issue 7 (fixed seed, training files only):
//   data/hi/abuse-model.json  — offensive / abusive / aggressive, Hindi + Hinglish (personal_attack)
//   data/hate/model.json      — hate against a group (the `hate` check, gated by identity words)
// Sources: HASOC 2019 en + hi TRAIN files, kumar2018 Facebook + Twitter (Apache-2.0). TRAC-1,
// HateCheck and HateXplain are evaluation-only and never read here. Thresholds come from 5-fold
// cross-validation on these training rows.

interface Prepared {
  ex: Example;
  /**
   * Version-1 features (featurizeV1), the version both shipped models were trained with. The ML
   * core's `featurize` moved to version 2 after they were built; training with it was the drift of
   * MODEL_CARD §5 (abuse threshold 0.67 / CV 0.793 instead of 0.60 / 0.809, hate 1.01 instead of 0.96).
   */
  vec: SparseVector;
  group: 'hasoc-hi' | 'hasoc-en' | 'kumar';
  /** Names a group (identity word or slur): the hate model is only consulted then. */
  identity: boolean;
}

const OPTS: TrainOptions = { features: INDIC_FEATURES, epochs: 6, learningRate: 0.02, l2: 1e-6, seed: 7, balance: true };

const HATE_SUBTYPES = new Set(['communal', 'casteist', 'racial', 'geographical', 'gendered']);

function prep(text: string): { folded: string; vec: SparseVector; identity: boolean } {
  const folded = normalize(text).text;
  const toks = tokenize(folded);
  const lang = detectLanguage(folded, toks);
  const cls = HateLexicon.load().classify(toks);
  let identity = false;
  for (const c of cls) if (c & 3) identity = true; // Identity | Slur
  const extras = indicExtras(toks, lang, undefined, folded);
  return { folded, vec: featurizeV1(folded, INDIC_FEATURES, extras), identity };
}

function dedupe<T extends { text: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}

function cv(items: Prepared[], k = 5): number[] {
  // Same fold scheme as the ML core's crossValScores, on the prepared vectors (no re-featurizing).
  const rand = mulberry32(OPTS.seed! ^ 0x5bd1e995);
  const fold = items.map(() => Math.floor(rand() * k));
  const out = new Array<number>(items.length).fill(0);
  for (let f = 0; f < k; f++) {
    const tr = items.filter((_, i) => fold[i] !== f);
    const m = trainOnVectors(tr.map((x) => x.vec), tr.map((x) => x.ex), INDIC_FEATURES, OPTS);
    items.forEach((x, i) => {
      if (fold[i] === f) out[i] = m.scoreVector(x.vec);
    });
  }
  return out;
}

export interface IndianTrainReport {
  abuse: Record<string, number>;
  hate: Record<string, number>;
  files: string[];
}

export function trainIndianModels(dataDir: string, datasets = datasetsDir(), log: (s: string) => void = () => {}): IndianTrainReport {
  const hasocHi = loadHasoc2019('hi-train', datasets);
  const hasocEn = loadHasoc2019('en-train', datasets);
  const kumar = dedupe(loadKumar2018(datasets));
  log(`indian: HASOC hi ${hasocHi.length}, en ${hasocEn.length}, kumar2018 ${kumar.length} rows`);

  // ---- abuse model (offensive / abusive / overtly aggressive) ----
  const abuse: Prepared[] = [];
  const hate: Prepared[] = [];
  for (const r of hasocHi) {
    const p = prep(r.text);
    abuse.push({ ex: { text: p.folded, label: r.hof ? 1 : 0 }, vec: p.vec, group: 'hasoc-hi', identity: p.identity });
    hate.push({ ex: { text: p.folded, label: r.task2 === 'HATE' ? 1 : 0 }, vec: p.vec, group: 'hasoc-hi', identity: p.identity });
  }
  for (const r of hasocEn) {
    const p = prep(r.text);
    abuse.push({ ex: { text: p.folded, label: r.hof ? 1 : 0, weight: 0.5 }, vec: p.vec, group: 'hasoc-en', identity: p.identity });
    hate.push({ ex: { text: p.folded, label: r.task2 === 'HATE' ? 1 : 0, weight: 0.5 }, vec: p.vec, group: 'hasoc-en', identity: p.identity });
  }
  for (const r of kumar) {
    const p = prep(r.text);
    // Covert aggression is mostly sarcasm and insinuation, not abuse: a weak negative.
    abuse.push({ ex: { text: p.folded, label: r.level === 'OAG' ? 1 : 0, weight: r.level === 'CAG' ? 0.5 : 1 }, vec: p.vec, group: 'kumar', identity: p.identity });
    const isHate = r.level !== 'NAG' && HATE_SUBTYPES.has(r.subtype);
    hate.push({ ex: { text: p.folded, label: isHate ? 1 : 0 }, vec: p.vec, group: 'kumar', identity: p.identity });
  }

  const report: IndianTrainReport = { abuse: {}, hate: {}, files: [] };

  // Abuse: threshold maximising macro-F1 over the out-of-fold scores of all training rows.
  const abuseCv = cv(abuse);
  const ta = bestThreshold(abuseCv, abuse.map((x) => x.ex.label === 1), 'macroF1');
  for (const g of ['hasoc-hi', 'hasoc-en', 'kumar'] as const) {
    const idx = abuse.map((x, i) => (x.group === g ? i : -1)).filter((i) => i >= 0);
    const c = confusion(idx.map((i) => abuseCv[i] >= ta.threshold), idx.map((i) => abuse[i].ex.label === 1));
    report.abuse[`cv_macroF1_${g}`] = round(macroF1(c));
  }
  report.abuse.threshold = ta.threshold;
  log(`indian: abuse model CV threshold ${ta.threshold} macro-F1 ${ta.value.toFixed(3)} ${JSON.stringify(report.abuse)}`);
  const abuse1 = trainOnVectors(abuse.map((x) => x.vec), abuse.map((x) => x.ex), INDIC_FEATURES, OPTS);
  // Saved as a version-1 model: scored with featurizeV1, as it was trained.
  const abuseModel = new Model(abuse1.features, abuse1.weights, abuse1.bias, {}, 1);
  abuseModel.meta = {
    name: 'hindi-hinglish-abuse',
    threshold: ta.threshold,
    trainedOn: ['HASOC 2019 hi train (HOF)', 'HASOC 2019 en train (HOF, weight 0.5)', 'kumar2018 Facebook+Twitter (OAG; CAG weak negative)'],
    cv: report.abuse,
  };

  // Hate: only rows that name a group matter at runtime (the gate); choose the threshold there.
  const hateCv = cv(hate);
  const gated = hate.map((x, i) => ({ x, s: hateCv[i] })).filter((r) => r.x.identity);
  // A check that holds comments must be precise: the lowest threshold whose out-of-fold
  // precision on group-naming rows reaches 0.7 (none: the model stays off, rules only).
  const gold = gated.map((r) => r.x.ex.label === 1);
  let hateThreshold = 1.01;
  for (let t = 0.5; t < 0.99; t += 0.01) {
    const c = confusion(gated.map((r) => r.s >= t), gold);
    if (c.tp + c.fp >= 20 && prf(c).precision >= 0.7) {
      hateThreshold = Math.round(t * 100) / 100;
      break;
    }
  }
  const hc = confusion(gated.map((r) => r.s >= hateThreshold), gated.map((r) => r.x.ex.label === 1));
  const hp = prf(hc);
  report.hate = { threshold: hateThreshold, cv_precision_gated: round(hp.precision), cv_recall_gated: round(hp.recall), cv_f1_gated: round(hp.f1), gated_rows: gated.length };
  log(`indian: hate model ${JSON.stringify(report.hate)}`);
  const hate1 = trainOnVectors(hate.map((x) => x.vec), hate.map((x) => x.ex), INDIC_FEATURES, OPTS);
  const hateModel = new Model(hate1.features, hate1.weights, hate1.bias, {}, 1);
  hateModel.meta = {
    name: 'hate-indian-context',
    threshold: hateThreshold,
    trainedOn: ['HASOC 2019 hi+en train (HATE vs rest; en weight 0.5)', 'kumar2018 (communal, casteist, racial, geographical, gendered aggression)'],
    cv: report.hate,
  };

  const fa = path.join(dataDir, 'hi/abuse-model.json');
  const fh = path.join(dataDir, 'hate/model.json');
  fs.mkdirSync(path.dirname(fa), { recursive: true });
  fs.mkdirSync(path.dirname(fh), { recursive: true });
  fs.writeFileSync(fa, JSON.stringify(abuseModel.toJSON()) + '\n');
  fs.writeFileSync(fh, JSON.stringify(hateModel.toJSON()) + '\n');
  report.files = [fa, fh];
  return report;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
