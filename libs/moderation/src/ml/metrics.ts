// Binary-classification metrics used by training (threshold choice) and `bin/moderate eval`.

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(pred: boolean[], gold: boolean[]): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] && gold[i]) c.tp++;
    else if (pred[i]) c.fp++;
    else if (gold[i]) c.fn++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Confusion): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Macro-F1 over the two classes (the OLID metric). */
export function macroF1(c: Confusion): number {
  const pos = prf(c).f1;
  const neg = prf({ tp: c.tn, fp: c.fn, tn: c.tp, fn: c.fp }).f1;
  return (pos + neg) / 2;
}

/** ROC AUC by the rank-sum formula (ties get average ranks). */
export function auc(scores: number[], gold: boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]] = r;
    i = j + 1;
  }
  let pos = 0;
  let sum = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i]) {
    pos++;
    sum += ranks[i];
  }
  const neg = gold.length - pos;
  if (!pos || !neg) return NaN;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Threshold maximising F1 (or macro-F1) over out-of-fold scores. */
export function bestThreshold(scores: number[], gold: boolean[], objective: 'f1' | 'macroF1' = 'f1'): { threshold: number; value: number } {
  const cands = Array.from(new Set(scores.map((s) => Math.round(s * 200) / 200))).sort((a, b) => a - b);
  let best = { threshold: 0.5, value: -1 };
  for (const t of cands) {
    const c = confusion(scores.map((s) => s >= t), gold);
    const value = objective === 'f1' ? prf(c).f1 : macroF1(c);
    if (value > best.value) best = { threshold: t, value };
  }
  return best;
}
