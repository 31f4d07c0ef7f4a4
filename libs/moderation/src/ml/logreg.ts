import { DEFAULT_FEATURES, FeatureConfig, SparseVector, featurize, featurizeV1 } from './features';
import { FastScorer, FastScorerV1 } from './fast';
import { HASH_VERSION, mulberry32 } from './hash';

export interface Example {
  text: string;
  /** 0 or 1 */
  label: number;
  /** Optional per-example weight (default 1). */
  weight?: number;
}

export interface TrainOptions {
  features?: FeatureConfig;
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per example step. */
  l2?: number;
  seed?: number;
  /** Weight positives so both classes count equally (default true). */
  balance?: boolean;
  /**
   * Average the end-of-epoch weights of the last `average` epochs (default 0 = keep the last
   * weights). Averaging smooths the noise of the final stochastic steps.
   */
  average?: number;
  /**
   * NB-LR (Wang & Manning 2012): each bucket's value is multiplied by |log-count ratio| of the
   * bucket between positive and negative examples (smoothing `alpha`), plus `floor`, before
   * training; the scale is folded into the saved weights, so scoring is unchanged.
   */
  nbScale?: { alpha: number; floor?: number };
}

export interface SerializedModel {
  format: 'hashed-logreg';
  hashVersion: number;
  features: FeatureConfig;
  bias: number;
  /** Weights are int8 * scale. */
  scale: number;
  /** base64 of Int8Array(2^bits). */
  weights: string;
  /** Free-form: decision thresholds, training sources, metrics (the model card). */
  meta?: Record<string, unknown>;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** A trained hashed logistic regression. `score` returns P(label = 1) in 0..1. */
export class Model {
  constructor(
    readonly features: FeatureConfig,
    readonly weights: Float32Array,
    readonly bias: number,
    public meta: Record<string, unknown> = {},
    /** Feature version the weights were trained with (1 = featurizeV1, 2 = featurize). */
    readonly hashVersion: number = HASH_VERSION,
  ) {}

  /** Exact memoized scorer (version-2 models whose weights sum exactly; see fast.ts), else undefined. */
  private fast: FastScorer | undefined;
  /** Same for version-1 models (no memo: the distinct buckets are summed straight from the text). */
  private fastV1: FastScorerV1 | undefined;

  /** Switches scoring to the fast exact path when it is exact for these weights (models read from JSON). */
  enableFastScoring(): this {
    if (!FastScorer.exactWeights(this.weights)) return this;
    if (this.hashVersion === 2) this.fast = new FastScorer(this.features, this.weights);
    else if (this.hashVersion === 1) this.fastV1 = new FastScorerV1(this.features, this.weights);
    return this;
  }

  featurize(text: string, extra: string[] = []): SparseVector {
    return this.hashVersion === 1 ? featurizeV1(text, this.features, extra) : featurize(text, this.features, extra);
  }

  scoreVector(v: SparseVector): number {
    let z = this.bias;
    const w = this.weights;
    let s = 0;
    for (let i = 0; i < v.idx.length; i++) s += w[v.idx[i]];
    z += s * v.value;
    return sigmoid(z);
  }

  /** Sum of the weights of one word's own features (its unigram and character n-grams). */
  tokenWeight(word: string): number {
    if (this.fast && word.length < 100_000) return this.fast.wordWeight(word);
    const v = this.featurize(word);
    let s = 0;
    for (let i = 1; i < v.idx.length; i++) s += this.weights[v.idx[i]];
    return s;
  }

  score(text: string, extra: string[] = []): number {
    const f = this.fast;
    if (f && text.length < 100_000) {
      // Same sum and count as scoreVector(featurize(...)), bit for bit (fast.ts).
      const s = f.sum(text, extra);
      return sigmoid(this.bias + s * (1 / Math.sqrt(f.count)));
    }
    const f1 = this.fastV1;
    if (f1 && text.length < 100_000) {
      const s = f1.sum(text, extra);
      return sigmoid(this.bias + s * (1 / Math.sqrt(f1.count)));
    }
    return this.scoreVector(this.featurize(text, extra));
  }

  toJSON(): SerializedModel {
    let max = 0;
    for (const x of this.weights) max = Math.max(max, Math.abs(x));
    const scale = max / 127 || 1;
    const q = new Int8Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(this.weights[i] / scale)));
    return {
      format: 'hashed-logreg',
      hashVersion: this.hashVersion,
      features: this.features,
      bias: this.bias,
      scale,
      weights: Buffer.from(q.buffer).toString('base64'),
      meta: this.meta,
    };
  }

  static fromJSON(s: SerializedModel): Model {
    if (s.format !== 'hashed-logreg' || s.hashVersion < 1 || s.hashVersion > HASH_VERSION) throw new Error('unsupported model format');
    const buf = Buffer.from(s.weights, 'base64');
    const q = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    const w = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) w[i] = q[i] * s.scale;
    return new Model(s.features, w, s.bias, s.meta ?? {}, s.hashVersion).enableFastScoring();
  }
}

/**
 * Logistic regression by Adam on hashed sparse features with L2 (lazy: applied to the
 * weights an example touches). Deterministic for a given seed and example order.
 */
export function trainLogReg(examples: Example[], opts: TrainOptions = {}): Model {
  const cfg = opts.features ?? DEFAULT_FEATURES;
  const vecs = examples.map((e) => featurize(e.text, cfg));
  return trainOnVectors(vecs, examples, cfg, opts);
}

export function trainOnVectors(vecs: SparseVector[], examples: Example[], cfg: FeatureConfig, opts: TrainOptions = {}): Model {
  const epochs = opts.epochs ?? 8;
  const lr = opts.learningRate ?? 0.02;
  const l2 = opts.l2 ?? 1e-6;
  const rand = mulberry32(opts.seed ?? 42);
  const dim = 1 << cfg.bits;
  const w = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const t = new Float64Array(dim); // per-coordinate step count (lazy Adam)
  let b = 0;
  let bm = 0;
  let bv = 0;
  let bt = 0;
  const pos = examples.reduce((n, e) => n + (e.label ? 1 : 0), 0);
  const neg = examples.length - pos;
  const wPos = opts.balance === false || pos === 0 ? 1 : examples.length / (2 * pos);
  const wNeg = opts.balance === false || neg === 0 ? 1 : examples.length / (2 * neg);
  const order = examples.map((_, i) => i);
  const sc = opts.nbScale ? nbScales(vecs, examples, dim, opts.nbScale.alpha, opts.nbScale.floor ?? 0) : undefined;
  const avgFrom = opts.average ? Math.max(0, epochs - opts.average) : epochs;
  const avg = opts.average ? new Float64Array(dim) : undefined;
  let avgB = 0;
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const x = vecs[k];
      const y = examples[k].label ? 1 : 0;
      let z = b;
      if (sc) for (let i = 0; i < x.idx.length; i++) z += w[x.idx[i]] * x.value * sc[x.idx[i]];
      else for (let i = 0; i < x.idx.length; i++) z += w[x.idx[i]] * x.value;
      const p = sigmoid(z);
      const cw = (y ? wPos : wNeg) * (examples[k].weight ?? 1);
      const g = (p - y) * cw;
      for (let i = 0; i < x.idx.length; i++) {
        const f = x.idx[i];
        const gi = g * x.value * (sc ? sc[f] : 1) + l2 * w[f];
        t[f] += 1;
        m[f] = b1 * m[f] + (1 - b1) * gi;
        v[f] = b2 * v[f] + (1 - b2) * gi * gi;
        const mh = m[f] / (1 - Math.pow(b1, t[f]));
        const vh = v[f] / (1 - Math.pow(b2, t[f]));
        w[f] -= (lr * mh) / (Math.sqrt(vh) + eps);
      }
      bt += 1;
      bm = b1 * bm + (1 - b1) * g;
      bv = b2 * bv + (1 - b2) * g * g;
      b -= (lr * (bm / (1 - Math.pow(b1, bt)))) / (Math.sqrt(bv / (1 - Math.pow(b2, bt))) + eps);
    }
    if (avg && ep >= avgFrom) {
      for (let f = 0; f < dim; f++) avg[f] += w[f];
      avgB += b;
    }
  }
  let out: Float64Array = w;
  if (avg) {
    const n = epochs - avgFrom;
    for (let f = 0; f < dim; f++) avg[f] /= n;
    out = avg;
    b = avgB / n;
  }
  if (sc) for (let f = 0; f < dim; f++) out[f] *= sc[f];
  return new Model(cfg, Float32Array.from(out), b);
}

/** |log-count ratio| per bucket (NB-LR feature scaling), plus `floor`; weighted by example weight. */
function nbScales(vecs: SparseVector[], examples: Example[], dim: number, alpha: number, floor: number): Float64Array {
  const p = new Float64Array(dim).fill(alpha);
  const q = new Float64Array(dim).fill(alpha);
  for (let k = 0; k < vecs.length; k++) {
    const c = examples[k].label ? p : q;
    const wt = examples[k].weight ?? 1;
    for (const f of vecs[k].idx) c[f] += wt;
  }
  let sp = 0;
  let sq = 0;
  for (let f = 0; f < dim; f++) {
    sp += p[f];
    sq += q[f];
  }
  const r = new Float64Array(dim);
  for (let f = 0; f < dim; f++) r[f] = Math.abs(Math.log(p[f] / sp / (q[f] / sq))) + floor;
  return r;
}

/** Out-of-fold scores from k-fold cross-validation (folds assigned by a seeded shuffle). */
export function crossValScores(examples: Example[], k: number, opts: TrainOptions = {}): number[] {
  const cfg = opts.features ?? DEFAULT_FEATURES;
  const vecs = examples.map((e) => featurize(e.text, cfg));
  const rand = mulberry32((opts.seed ?? 42) ^ 0x5bd1e995);
  const fold = examples.map(() => Math.floor(rand() * k));
  const out = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < k; f++) {
    const trIdx = examples.map((_, i) => i).filter((i) => fold[i] !== f);
    const model = trainOnVectors(trIdx.map((i) => vecs[i]), trIdx.map((i) => examples[i]), cfg, opts);
    for (let i = 0; i < examples.length; i++) if (fold[i] === f) out[i] = model.scoreVector(vecs[i]);
  }
  return out;
}
