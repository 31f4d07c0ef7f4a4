import { auc, confusion, macroF1, prf } from '@app/moderation/ml';
import { Metrics } from './suite';

export function binary(pred: boolean[], gold: boolean[], scores?: number[]): Metrics {
  const c = confusion(pred, gold);
  const m: Metrics = { ...prf(c), macroF1: macroF1(c), flagRate: pred.filter(Boolean).length / Math.max(1, pred.length) };
  if (scores) m.auc = auc(scores, gold);
  return m;
}

export function rate(pred: boolean[]): Metrics {
  return { flagRate: pred.filter(Boolean).length / Math.max(1, pred.length) };
}

export function recallOnly(pred: boolean[]): Metrics {
  return { recall: pred.filter(Boolean).length / Math.max(1, pred.length) };
}
