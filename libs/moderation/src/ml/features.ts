import { fnv1a } from './hash';

/** How text becomes a sparse binary vector. Stored inside every model. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Word n-gram orders, e.g. [1, 2]. */
  wordNgrams: number[];
  /** Character n-gram range over each word padded with spaces, e.g. [3, 5]; [0, 0] disables. */
  charNgrams: [number, number];
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 4] };

export interface SparseVector {
  idx: Uint32Array;
  /** Value shared by every active index (binary features scaled to unit L2 norm). */
  value: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens. Callers normally pass engine-normalized text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Hashed word uni/bi-grams and character n-grams. Distinct feature families use distinct
 * seeds so a word and a char-gram with the same spelling do not collide on purpose.
 */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURES, extra: string[] = []): SparseVector {
  const mask = (1 << cfg.bits) - 1;
  const toks = words(text);
  const set = new Set<number>();
  for (const n of cfg.wordNgrams) {
    for (let i = 0; i + n <= toks.length; i++) {
      const g = n === 1 ? toks[i] : toks.slice(i, i + n).join(' ');
      set.add(fnv1a(g, 0x9e3779b1 + n) & mask);
    }
  }
  const [lo, hi] = cfg.charNgrams;
  if (lo > 0) {
    for (const t of toks) {
      const w = ` ${t} `;
      for (let n = lo; n <= hi; n++) {
        for (let i = 0; i + n <= w.length; i++) set.add(fnv1a(w.substr(i, n), 0x85ebca6b + n) & mask);
      }
    }
  }
  for (const e of extra) set.add(fnv1a(e, 0xc2b2ae35) & mask);
  set.add(0); // bias-like always-on bucket keeps empty texts well-defined
  const idx = Uint32Array.from(set);
  return { idx, value: 1 / Math.sqrt(idx.length) };
}
