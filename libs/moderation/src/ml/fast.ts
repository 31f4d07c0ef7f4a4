import { setWordMemo, spansFor, WordRecord, wordAtSpan, wordMemo, wordSlot } from '../lang/tokens';
import { bigramHash, charGrams, extraHash, FeatureConfig, trigramHash, wordHash, words } from './features';

// Fast, exact scoring for version-2 hashed models (see `featurize` in features.ts).
//
// A model's score is sigmoid(bias + S / sqrt(n)) where S sums the weights of the n active
// buckets. Every feature of one word (its unigram and its character n-grams) depends on that
// word alone, so their weight sum and count are memoized per word; a comment then costs one
// table lookup per word plus one weight per word bigram. This is exact, not an approximation:
// the weights of a model read from JSON are int8 * scale rounded to float32, i.e. integer
// multiples of one small power of two below 2^31 units, so any float64 sum of fewer than 2^22
// of them is exact and its value does not depend on the order of the additions. `Model`
// checks that property when a model is loaded and uses the reference path otherwise.

const PRIME = 0x01000193;
let gramBuf = new Uint32Array(256);

/** Per-BMP-code-unit class: 1 = letter, 2 = number (as `\p{L}` / `\p{N}`), 0 = other. */
let CLASS: Uint8Array | undefined;
function classes(): Uint8Array {
  if (!CLASS) {
    CLASS = new Uint8Array(65536);
    const L = /^\p{L}$/u;
    const N = /^\p{N}$/u;
    for (let c = 0; c < 65536; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (c < 128) CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
      else CLASS[c] = L.test(ch) ? 1 : N.test(ch) ? 2 : 0;
    }
  }
  return CLASS;
}

let lastText: string | undefined;
let lastWords: string[] = [];

/**
 * `words(text)` (lower-cased `[\p{L}\p{N}]+(?:['’]\p{L}+)?` tokens) without the regular
 * expression, for texts without surrogate pairs; the last text's tokens are kept, so models
 * that read the same text share one tokenization.
 */
export function wordsOf(text: string): string[] {
  if (text === lastText) return lastWords;
  lastWords = scanWords(text, true);
  lastText = text;
  lastRecs = scannedRecs;
  return lastWords;
}

let lastRecs: Array<WordRecord | undefined> = [];
let scannedRecs: Array<WordRecord | undefined> = [];

/**
 * The shared word records of wordsOf(text)'s words (lang/tokens.ts `wordAt`: undefined where the
 * language tokens had no plain token at the same span of the same text).
 */
export function wordRecordsOf(text: string): Array<WordRecord | undefined> {
  wordsOf(text);
  return lastRecs;
}

function scanWords(text: string, withRecs = false): string[] {
  const cls = classes();
  const s = text.toLowerCase();
  const n = s.length;
  const out: string[] = [];
  const recs: Array<WordRecord | undefined> = [];
  if (withRecs) scannedRecs = recs;
  // Records only when the language tokens are of this very text (compared once, not per word).
  const spans = withRecs && spansFor(s);
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return bail(text, withRecs); // astral code points: the reference path
    if (cls[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const d = s.charCodeAt(i);
      if (d >= 0xd800 && d <= 0xdfff) return bail(text, withRecs);
      if (cls[d] === 0) break;
      i++;
    }
    if (i + 1 < n) {
      const a = s.charCodeAt(i);
      if (a === 0x27 || a === 0x2019) {
        let j = i + 1;
        while (j < n) {
          const d = s.charCodeAt(j);
          if (d >= 0xd800 && d <= 0xdfff) return bail(text, withRecs);
          if (cls[d] !== 1) break;
          j++;
        }
        if (j > i + 1) i = j;
      }
    }
    if (withRecs) {
      // The language tokens' record of the same span holds the same string: no copy of it.
      const r = spans ? wordAtSpan(start, i) : undefined;
      recs.push(r);
      out.push(r !== undefined ? r.raw : s.slice(start, i));
    } else out.push(s.slice(start, i));
  }
  return out;
}

/** The reference tokenization (no word records). */
function bail(text: string, withRecs: boolean): string[] {
  if (withRecs) scannedRecs = [];
  return words(text);
}

/** `[a-z0-9]+('[a-z]+)?` in full: words(w) is exactly [w]. */
function isPlainWord(w: string): boolean {
  const n = w.length;
  let i = 0;
  while (i < n) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
    i++;
  }
  if (i === 0) return false;
  if (i === n) return true;
  if (w.charCodeAt(i) !== 0x27 || i + 1 === n) return false;
  for (let j = i + 1; j < n; j++) {
    const c = w.charCodeAt(j);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

interface WordEntry {
  /** Unmasked unigram hash (bigrams combine two of them). */
  uni: number;
  /** Sum of the weights of the word's own features (unigram if used, character n-grams). */
  sum: number;
  /** Number of those features. */
  n: number;
  /** `sum` without the features that hash to bucket 0. */
  sumNo0: number;
}

const MAX_ENTRIES = 200_000;

/** Memoized per-word feature sums of one model (see the file comment). */
export class FastScorer {
  private readonly memo = new Map<string, WordEntry>();
  private readonly mask: number;
  private readonly useUni: boolean;
  private readonly useBi: boolean;
  private readonly useTri: boolean;
  private readonly lo: number;
  private readonly hi: number;

  constructor(
    cfg: FeatureConfig,
    private readonly weights: Float32Array,
  ) {
    this.mask = (1 << cfg.bits) - 1;
    this.useUni = cfg.wordNgrams.includes(1);
    this.useBi = cfg.wordNgrams.includes(2);
    this.useTri = cfg.wordNgrams.includes(3);
    [this.lo, this.hi] = cfg.charNgrams;
  }

  /** True when float64 sums of these weights are exact in any order (see the file comment). */
  static exactWeights(w: Float32Array): boolean {
    let min = Infinity;
    let max = 0;
    for (let i = 0; i < w.length; i++) {
      const a = Math.abs(w[i]);
      if (a !== 0 && a < min) min = a;
      if (a > max) max = a;
    }
    if (max === 0) return true;
    if (!Number.isFinite(min) || !Number.isFinite(max)) return false;
    const unit = Math.pow(2, Math.floor(Math.log2(min)) - 23);
    if (max / unit >= 2 ** 31) return false;
    for (let i = 0; i < w.length; i++) if (!Number.isInteger(w[i] / unit)) return false;
    return true;
  }

  /** Slot of this scorer in the shared word records (lang/tokens.ts). */
  private readonly slot = wordSlot();

  /** entry(t), read from / kept in the word's shared record when there is one. */
  private entryOf(t: string, r: WordRecord | undefined): WordEntry {
    const slot = this.slot;
    if (r === undefined || slot === undefined) return this.entry(t);
    let e = wordMemo(r, slot) as WordEntry | undefined;
    if (e === undefined) {
      e = this.entry(t);
      setWordMemo(r, slot, e);
    }
    return e;
  }

  private entry(t: string): WordEntry {
    let e = this.memo.get(t);
    if (e !== undefined) return e;
    const w = this.weights;
    const mask = this.mask;
    const uni = wordHash(t);
    let sum = 0;
    let sumNo0 = 0;
    let n = 0;
    if (this.useUni) {
      sum += w[uni & mask];
      if ((uni & mask) !== 0) sumNo0 += w[uni & mask];
      n++;
    }
    const lo = this.lo;
    const hi = this.hi;
    if (lo > 0) {
      const need = (t.length + 2) * (hi - lo + 1);
      if (gramBuf.length < need) gramBuf = new Uint32Array(need * 2);
      const count = charGrams(t, lo, hi, mask, gramBuf, 0);
      for (let j = 0; j < count; j++) {
        const b = gramBuf[j];
        sum += w[b];
        if (b !== 0) sumNo0 += w[b];
      }
      n += count;
    }
    e = { uni, sum, n, sumNo0 };
    if (this.memo.size >= MAX_ENTRIES) this.memo.clear();
    this.memo.set(t, e);
    return e;
  }

  /**
   * `Model.tokenWeight(word)`: the weights of featurize(word) without bucket 0. A plain
   * lower-case word is one token, so that is its memoized own-feature sum.
   */
  wordWeight(word: string): number {
    if (isPlainWord(word)) return this.entry(word).sum;
    return this.sumTokens(scanWords(word), [], false);
  }

  /**
   * Sum of the weights of the active buckets of `featurize(text, cfg, extra)` other than bucket 0
   * (wherever it occurs): what evidence code sums to rank words.
   */
  sumWithoutZero(text: string, extra: readonly string[] = []): number {
    const toks = scanWords(text);
    const w = this.weights;
    const mask = this.mask;
    let s = 0;
    let prev = 0;
    let prev2 = 0;
    for (let ti = 0; ti < toks.length; ti++) {
      const e = this.entry(toks[ti]);
      const uni = e.uni;
      s += e.sumNo0;
      if (this.useBi && ti > 0) {
        const b = bigramHash(prev, uni) & mask;
        if (b !== 0) s += w[b];
      }
      if (this.useTri && ti > 1) {
        const b = trigramHash(prev2, prev, uni) & mask;
        if (b !== 0) s += w[b];
      }
      prev2 = prev;
      prev = uni;
    }
    for (let i = 0; i < extra.length; i++) {
      const b = extraHash(extra[i]) & mask;
      if (b !== 0) s += w[b];
    }
    return s;
  }

  /**
   * Sum and count of the active buckets of `featurize(text, cfg, extra)`, optionally without
   * the always-on bucket 0. Returns the sum; the count is left in `this.count`.
   */
  count = 0;
  sum(text: string, extra: readonly string[] = [], withBias = true): number {
    return this.sumTokens(wordsOf(text), extra, withBias, wordRecordsOf(text));
  }

  private sumTokens(toks: string[], extra: readonly string[], withBias: boolean, recs?: ReadonlyArray<WordRecord | undefined>): number {
    const w = this.weights;
    const mask = this.mask;
    let s = withBias ? w[0] : 0;
    let n = withBias ? 1 : 0;
    let prev = 0;
    let prev2 = 0;
    for (let ti = 0; ti < toks.length; ti++) {
      const e = recs ? this.entryOf(toks[ti], recs[ti]) : this.entry(toks[ti]);
      const uni = e.uni;
      s += e.sum;
      n += e.n;
      if (this.useBi && ti > 0) {
        s += w[bigramHash(prev, uni) & mask];
        n++;
      }
      if (this.useTri && ti > 1) {
        s += w[trigramHash(prev2, prev, uni) & mask];
        n++;
      }
      prev2 = prev;
      prev = uni;
    }
    for (let i = 0; i < extra.length; i++) s += w[extraHash(extra[i]) & mask];
    this.count = n + extra.length;
    return s;
  }
}

interface OwnBuckets {
  /** Distinct buckets of the word's own features. */
  buckets: Int32Array;
  weights: Float64Array;
  /** The last FastScorerV1.sum call that added them (a word repeated in a text adds nothing new). */
  seen: number;
}
let v1Calls = 0;

// The bucket set of one FastScorerV1.sum call (see `add`).
let setKeys = new Int32Array(1024);
let setGen = new Uint32Array(1024);
let setMask = 1023;
let setGeneration = 0;

/** Readies the bucket set for at most `most` distinct buckets (at most half full). */
function startSet(most: number): void {
  let size = 1024;
  while (size < 2 * most) size *= 2;
  if (size > setKeys.length) {
    setKeys = new Int32Array(size);
    setGen = new Uint32Array(size);
    setGeneration = 0;
  }
  // Only the first `size` entries are used: a short text keeps its set small after a long one.
  setMask = size - 1;
  if (++setGeneration === 0xffffffff) {
    setGen.fill(0);
    setGeneration = 1;
  }
}

/**
 * Version-1 models (`featurizeV1`: binary, deduplicated buckets). The sum over the distinct
 * active buckets is exact and order-free as above, so it is computed straight from the text:
 * n-gram hashes without building n-gram strings, duplicates dropped with a generation-stamped
 * table instead of a Set.
 */
export class FastScorerV1 {
  private readonly mask: number;
  private readonly lo: number;
  private readonly hi: number;
  count = 0;
  private s = 0;
  private n = 0;

  constructor(
    private readonly cfg: FeatureConfig,
    private readonly weights: Float32Array,
  ) {
    this.mask = (1 << cfg.bits) - 1;
    [this.lo, this.hi] = cfg.charNgrams;
  }

  /**
   * Adds a bucket's weight once per call. The buckets of one call are kept in a small
   * open-addressing set sized for the call (it stays in the processor cache, unlike a table of
   * every bucket), with generation stamps instead of clearing.
   */
  private add(bucket: number, weight: number): void {
    const m = setMask;
    let h = (Math.imul(bucket, 0x9e3779b1) >>> 7) & m;
    const g = setGeneration;
    for (;;) {
      if (setGen[h] !== g) {
        setGen[h] = g;
        setKeys[h] = bucket;
        this.s += weight;
        this.n++;
        return;
      }
      if (setKeys[h] === bucket) return;
      h = (h + 1) & m;
    }
  }

  private readonly memo = new Map<string, OwnBuckets>();
  /** Slot of this scorer in the shared word records (lang/tokens.ts). */
  private readonly slot = wordSlot();

  /** ownBuckets(t, uni), read from / kept in the word's shared record when there is one. */
  private ownBucketsOf(t: string, uni: boolean, r: WordRecord | undefined): OwnBuckets {
    const slot = this.slot;
    if (r === undefined || slot === undefined) return this.ownBuckets(t, uni);
    let b = wordMemo(r, slot) as OwnBuckets | undefined;
    if (b === undefined) {
      b = this.ownBuckets(t, uni);
      setWordMemo(r, slot, b);
    }
    return b;
  }

  /** Distinct buckets and their weights of one word's unigram (when the model uses unigrams) and character n-grams. */
  private ownBuckets(t: string, uni: boolean): OwnBuckets {
    let b = this.memo.get(t);
    if (b !== undefined) return b;
    const mask = this.mask;
    const lo = this.lo;
    const hi = this.hi;
    const out: number[] = [];
    if (uni) {
      let h = (0x9e3779b1 + 1) >>> 0;
      for (let c = 0; c < t.length; c++) h = Math.imul(h ^ t.charCodeAt(c), PRIME);
      out.push((h >>> 0) & mask);
    }
    if (lo > 0) {
      const len = t.length + 2; // ` ${t} `
      for (let n = lo; n <= hi; n++) {
        for (let i = 0; i + n <= len; i++) {
          let h = (0x85ebca6b + n) >>> 0;
          for (let p = i; p < i + n; p++) h = Math.imul(h ^ (p === 0 || p === len - 1 ? 32 : t.charCodeAt(p - 1)), PRIME);
          out.push((h >>> 0) & mask);
        }
      }
    }
    // A bucket repeated inside the word counts once (the set of the call would drop it anyway).
    const buckets = Int32Array.from(new Set(out));
    const weights = new Float64Array(buckets.length);
    for (let i = 0; i < buckets.length; i++) weights[i] = this.weights[buckets[i]];
    b = { buckets, weights, seen: 0 };
    if (this.memo.size >= MAX_ENTRIES) this.memo.clear();
    this.memo.set(t, b);
    return b;
  }

  /** Sum of the weights of the distinct buckets of `featurizeV1(text, cfg, extra)`; count in `this.count`. */
  sum(text: string, extra: readonly string[] = []): number {
    this.s = 0;
    this.n = 0;
    const toks = wordsOf(text);
    const mask = this.mask;
    const w = this.weights;
    // A word's own buckets (its unigram and its character n-grams) depend on the word alone:
    // memoized per word. Longer word n-grams are hashed here. The set of buckets is the same.
    const uni = this.cfg.wordNgrams.includes(1);
    const recs = wordRecordsOf(text);
    const owns: OwnBuckets[] = [];
    const call = ++v1Calls;
    let most = extra.length + 1;
    for (let ti = 0; ti < toks.length; ti++) {
      const own = this.ownBucketsOf(toks[ti], uni, recs[ti]);
      if (own.seen === call) continue;
      own.seen = call;
      owns.push(own);
      most += own.buckets.length;
    }
    for (const n of this.cfg.wordNgrams) if (n !== 1) most += Math.max(0, toks.length - n + 1);
    startSet(most);
    {
      // add() inlined for the bulk of the buckets (locals instead of fields).
      const keys = setKeys;
      const gens = setGen;
      const m = setMask;
      const g = setGeneration;
      let sum = 0;
      let count = 0;
      for (let k = 0; k < owns.length; k++) {
        const b = owns[k].buckets;
        const ow = owns[k].weights;
        for (let i = 0; i < b.length; i++) {
          const bucket = b[i];
          let h = (Math.imul(bucket, 0x9e3779b1) >>> 7) & m;
          for (;;) {
            if (gens[h] !== g) {
              gens[h] = g;
              keys[h] = bucket;
              sum += ow[i];
              count++;
              break;
            }
            if (keys[h] === bucket) break;
            h = (h + 1) & m;
          }
        }
      }
      this.s = sum;
      this.n = count;
    }
    for (const n of this.cfg.wordNgrams) {
      if (n === 1) continue;
      for (let i = 0; i + n <= toks.length; i++) {
        // fnv1a(toks.slice(i, i + n).join(' '), 0x9e3779b1 + n), without the join
        let h = (0x9e3779b1 + n) >>> 0;
        for (let k = 0; k < n; k++) {
          if (k > 0) h = Math.imul(h ^ 32, PRIME);
          const t = toks[i + k];
          for (let c = 0; c < t.length; c++) h = Math.imul(h ^ t.charCodeAt(c), PRIME);
        }
        const b = (h >>> 0) & mask;
        this.add(b, w[b]);
      }
    }
    for (const e of extra) {
      const b = extraHash(e) & mask;
      this.add(b, w[b]);
    }
    this.add(0, w[0]);
    this.count = this.n;
    return this.s;
  }
}
