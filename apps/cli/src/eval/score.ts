import { auc, confusion, macroF1, prf } from '@app/moderation/ml';
import { EvalContext, Metrics } from './suite';

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

/** bad-words and obscenity as detectors on the same rows: the report's comparison columns. */
export function peersBinary(ctx: EvalContext, texts: string[], gold: boolean[]): { badWords: Metrics; obscenity: Metrics } {
  return { badWords: binary(texts.map(ctx.peers.badWords), gold), obscenity: binary(texts.map(ctx.peers.obscenity), gold) };
}
