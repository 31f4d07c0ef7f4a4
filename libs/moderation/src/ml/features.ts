import { fnv1a } from './hash';

/** How text becomes a sparse vector. Stored inside every model. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Word n-gram orders, e.g. [1, 2]. */
  wordNgrams: number[];
  /** Character n-gram range over each word padded with spaces, e.g. [2, 5]; [0, 0] disables. */
  charNgrams: [number, number];
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 5] };

export interface SparseVector {
  /** Active buckets (a bucket may repeat: the value counts per occurrence). */
  idx: Uint32Array;
  /** Value of each occurrence: 1/sqrt(number of occurrences), so the vector has unit norm-ish. */
  value: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const PRIME = 0x01000193;

/** Lower-cased word tokens. Callers normally pass engine-normalized text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

let buf = new Uint32Array(4096);

// The hashes of the word features, before masking to a bucket. The fast scorer (fast.ts) must
// produce exactly the same buckets, so both use these.
export const wordHash = (t: string): number => fnv1a(t, 0x9e3779b1);
export const bigramHash = (prev: number, uni: number): number => Math.imul(prev ^ 0x5bd1e995, PRIME) ^ uni;
export const trigramHash = (prev2: number, prev: number, uni: number): number => Math.imul(Math.imul(prev2 ^ 0x27d4eb2f, PRIME) ^ prev, PRIME) ^ uni;
export const extraHash = (e: string): number => fnv1a(e, 0xc2b2ae35);

/**
 * The buckets of one word's character n-grams (lengths lo..hi over the word padded with a space
 * on each side), written to `out` from index `n`; returns the index after the last one. `out` must
 * have room for (word length + 2) × (hi − lo + 1) more entries.
 */
export function charGrams(t: string, lo: number, hi: number, mask: number, out: Uint32Array, n: number): number {
  const len = t.length + 2;
  for (let i = 0; i < len; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < hi && i + k < len; k++) {
      const p = i + k;
      const c = p === 0 || p === len - 1 ? 32 : t.charCodeAt(p - 1);
      h = Math.imul(h ^ c, PRIME);
      if (k + 1 >= lo) out[n++] = (Math.imul(h ^ (k + 1), 0x85ebca6b) >>> 0) & mask;
    }
  }
  return n;
}

/**
 * Hashed word n-grams and character n-grams, computed with one FNV-1a pass per start position
 * (the n-gram length is mixed in at the end), so featurizing costs a few hashes per character.
 * Word bigrams combine the two unigram hashes. Bucket 0 is always on (a bias-like feature).
 */
export function featurize(text: string, cfg: FeatureConfig = DEFAULT_FEATURES, extra: string[] = []): SparseVector {
  const mask = (1 << cfg.bits) - 1;
  const toks = words(text);
  const [lo, hi] = cfg.charNgrams;
  let total = 1 + extra.length;
  for (const t of toks) total += 2 + (lo > 0 ? (t.length + 2) * (hi - lo + 1) : 0);
  if (buf.length < total) buf = new Uint32Array(total * 2);
  let n = 0;
  buf[n++] = 0;
  let uni = 0;
  let prev = 0;
  const useUni = cfg.wordNgrams.includes(1);
  const useBi = cfg.wordNgrams.includes(2);
  const useTri = cfg.wordNgrams.includes(3);
  let prev2 = 0;
  for (let ti = 0; ti < toks.length; ti++) {
    const t = toks[ti];
    uni = wordHash(t);
    if (useUni) buf[n++] = uni & mask;
    if (useBi && ti > 0) buf[n++] = bigramHash(prev, uni) & mask;
    if (useTri && ti > 1) buf[n++] = trigramHash(prev2, prev, uni) & mask;
    prev2 = prev;
    prev = uni;
    if (lo > 0) n = charGrams(t, lo, hi, mask, buf, n);
  }
  for (const e of extra) buf[n++] = extraHash(e) & mask;
  return { idx: buf.slice(0, n), value: 1 / Math.sqrt(n) };
}

/** Version 1 features (binary, Set-deduplicated, per-n seeds). Kept so models trained with it still load. */
export function featurizeV1(text: string, cfg: FeatureConfig = DEFAULT_FEATURES, extra: string[] = []): SparseVector {
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
  for (const e of extra) set.add(extraHash(e) & mask);
  set.add(0); // bias-like always-on bucket keeps empty texts well-defined
  const idx = Uint32Array.from(set);
  return { idx, value: 1 / Math.sqrt(idx.length) };
}
