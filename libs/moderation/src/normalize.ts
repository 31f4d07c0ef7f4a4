import * as fs from 'node:fs';
import * as path from 'node:path';

// Text normalization with an offset map back to the original (UTF-16) text.
//
// `normalize()` produces the "folded" view every check reads: NFKC/NFKD compatibility forms
// (full-width, math alphabets, circled letters), look-alike letters (Cyrillic, Greek, ...)
// folded to Latin, Latin diacritics stripped, zero-width characters and combining marks on
// Latin letters removed, lower-cased. Devanagari is kept as is (NFC): its vowel signs are
// combining marks and carry meaning. Punctuation, digits and spacing are kept, so links and
// numbers still read right; leet, masking, split letters and repeats are decoded later by the
// obscenity matcher on top of this view, because "3.5" must stay a number for the links check.

export interface NormalizedText {
  readonly original: string;
  /** The folded text (see above). */
  readonly text: string;
  /** starts[i]: offset in `original` where folded char i comes from (inclusive). Read-only. */
  readonly starts: Int32Array;
  /** ends[i]: offset in `original` where folded char i ends (exclusive). Read-only. */
  readonly ends: Int32Array;
  /** True when `original` is all ASCII (then `text` is `original.toLowerCase()`); set by normalize(). */
  readonly ascii?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

interface Tables {
  /** Non-ASCII letter -> lower-case Latin replacement (look-alikes, fonts). */
  letters: Record<string, string>;
}

let tables: Tables | undefined;
function loadTables(): Tables {
  if (!tables) tables = JSON.parse(fs.readFileSync(path.join(__dirname, '../data/confusables.json'), 'utf8')) as Tables;
  return tables;
}

const ZERO_WIDTH = /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]$/;
const MARK = /^\p{M}$/u;
const LATIN_MARK_BASE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{P}\p{S}\s]/u;
const DEVANAGARI = /^[\u0900-\u097f\ua8e0-\ua8ff]$/;
const APOSTROPHE = /^[\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\u2032]$/;
const DASH = /^[\u2010-\u2015\u2212]$/;
/** Asterisk look-alikes used to mask a letter ("f⁎ck", "sh∗t", "b✱tch"): the ASCII mask. */
const ASTERISK = /^[\u204e\u2217\u2731\u2732\u2733\u273a-\u273d\u2743\u2749\u274b\u066d\u26b9\ufe61\u2055]$/;
const cache = new Map<number, string>();

/** Folded form of one code point (memoized). Exported for tests. */
export function foldCodePoint(cp: number, ch: string): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  if (ZERO_WIDTH.test(ch)) out = '';
  else if (APOSTROPHE.test(ch)) out = "'";
  else if (DASH.test(ch)) out = '-';
  else if (ASTERISK.test(ch)) out = '*';
  else if (DEVANAGARI.test(ch)) out = ch;
  else if (cp >= 0xd800 && cp <= 0xdfff) out = ' '; // lone surrogate
  else {
    const t = loadTables().letters;
    if (t[ch] !== undefined) out = t[ch];
    else {
      const d = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out = '';
      for (const c of d) out += t[c] ?? c.toLowerCase();
      // Keep a single char for a single char where possible (ligatures like "ﬁ" expand: fine).
      if (!out) out = MARK.test(ch) ? '' : ch.toLowerCase();
    }
  }
  if (cache.size < 50_000) cache.set(cp, out);
  return out;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
let codes = new Uint16Array(1024);
let identity = new Int32Array(0);
const MAX_VIEW_CACHE = 4096;
const identityViews: Array<[Int32Array, Int32Array] | undefined> = [];

/** String of codes[0..len) (UTF-16 code units; decoded natively). */
function codesToString(len: number): string {
  return Buffer.from(codes.buffer, codes.byteOffset, len * 2).toString('utf16le');
}

export function normalize(original: string): NormalizedText {
  const n = original.length;
  if (ASCII_ONLY.test(original)) {
    // ASCII: one folded char per original char, lower-cased (what the general loop does, faster).
    // starts[i] = i, ends[i] = i + 1: views of one shared 0, 1, 2, ... table (the maps are read-only).
    if (identity.length < n + 1) {
      identity = new Int32Array(Math.max(2 * (n + 1), 4096));
      for (let i = 0; i < identity.length; i++) identity[i] = i;
      identityViews.length = 0;
    }
    // The views of one length are the same read-only maps: made once per length (short texts).
    if (n < MAX_VIEW_CACHE) {
      let v = identityViews[n];
      if (v === undefined) identityViews[n] = v = [identity.subarray(0, n), identity.subarray(1, n + 1)];
      return { original, text: original.toLowerCase(), starts: v[0], ends: v[1], ascii: true };
    }
    return { original, text: original.toLowerCase(), starts: identity.subarray(0, n), ends: identity.subarray(1, n + 1), ascii: true };
  }
  const starts = new Int32Array(n + 8);
  const ends = new Int32Array(n + 8);
  let sa = starts;
  let ea = ends;
  if (codes.length < n + 8) codes = new Uint16Array((n + 8) * 2);
  let len = 0;
  let prevBaseLatin = true;
  const push1 = (code: number, from: number, to: number): void => {
    if (len >= sa.length) grow();
    if (len >= codes.length) {
      const nc = new Uint16Array(codes.length * 2);
      nc.set(codes);
      codes = nc;
    }
    codes[len] = code;
    sa[len] = from;
    ea[len] = to;
    len++;
  };
  const grow = (): void => {
    const ns = new Int32Array(sa.length * 2);
    ns.set(sa);
    sa = ns;
    const ne = new Int32Array(ea.length * 2);
    ne.set(ea);
    ea = ne;
  };
  const push = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) push1(s.charCodeAt(k), from, to);
  };
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path.
      push1(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
      prevBaseLatin = true;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    if (cp <= 0xffff) {
      // BMP: what the general steps below decide for this code point, from a table.
      let k = BMP_KIND[cp];
      if (k === 0) k = classifyBmp(cp);
      if (k === K_MARK) {
        if (!prevBaseLatin) push1(cp, i, i + 1);
        else if (len > 0) ea[len - 1] = i + 1;
      } else if (k === K_FOLD) {
        const one = BMP_FOLD_ONE[cp];
        if (one >= 0) push1(one, i, i + 1);
        else push(BMP_FOLD[cp]!, i, i + 1);
        prevBaseLatin = BMP_BASE[cp] === 1;
      } else if (k === K_DROP_EXTEND && len > 0) ea[len - 1] = i + 1;
      i++;
      continue;
    }
    const w = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + w);
    if (isMark(cp, ch)) {
      // Combining marks on Latin-like bases are decoration (Zalgo, "fučk" written with a
      // combining caron); on Devanagari they are vowel signs and stay.
      if (!prevBaseLatin) push(ch, i, i + w);
      else if (len > 0) ea[len - 1] = i + w; // extend the previous char's span over the mark
      i += w;
      continue;
    }
    const f = foldCodePoint(cp, ch);
    if (f) {
      push(f, i, i + w);
      prevBaseLatin = latinBase(cp, ch, f);
    } else if (len > 0 && !ZERO_WIDTH.test(ch)) ea[len - 1] = i + w;
    i += w;
  }
  return { original, text: codesToString(len), starts: sa.subarray(0, len), ends: ea.subarray(0, len), ascii: false };
}

// Per-BMP-code-point decisions of the normalize loop, filled on first sight.
const K_MARK = 1; // combining mark
const K_FOLD = 2; // folds to BMP_FOLD[cp]; BMP_BASE[cp]: counts as a Latin-like base for marks
const K_DROP = 3; // folds to nothing, zero-width
const K_DROP_EXTEND = 4; // folds to nothing, extends the previous char's span
const BMP_KIND = new Uint8Array(65536);
const BMP_BASE = new Uint8Array(65536);
const BMP_FOLD: Array<string | undefined> = [];
/** For K_FOLD: the fold's code unit when it is one (Devanagari folds to itself), else -1. */
const BMP_FOLD_ONE = new Int32Array(65536);

function classifyBmp(cp: number): number {
  const ch = String.fromCharCode(cp);
  let k: number;
  if (MARK.test(ch)) k = K_MARK;
  else {
    const f = foldCodePoint(cp, ch);
    if (f) {
      k = K_FOLD;
      BMP_FOLD[cp] = f;
      BMP_FOLD_ONE[cp] = f.length === 1 ? f.charCodeAt(0) : -1;
      BMP_BASE[cp] = LATIN_MARK_BASE.test(ch) || /^[\x00-\x7f]+$/.test(f) ? 1 : 0;
    } else k = ZERO_WIDTH.test(ch) ? K_DROP : K_DROP_EXTEND;
  }
  BMP_KIND[cp] = k;
  return k;
}

const markCache = new Map<number, boolean>();
function isMark(cp: number, ch: string): boolean {
  let m = markCache.get(cp);
  if (m === undefined) {
    m = MARK.test(ch);
    if (markCache.size < 50_000) markCache.set(cp, m);
  }
  return m;
}

const baseCache = new Map<number, boolean>();
/** LATIN_MARK_BASE.test(ch) || f is ASCII (f is a pure function of cp, so this is memoized). */
function latinBase(cp: number, ch: string, f: string): boolean {
  let b = baseCache.get(cp);
  if (b === undefined) {
    b = LATIN_MARK_BASE.test(ch) || /^[\x00-\x7f]+$/.test(f);
    if (baseCache.size < 50_000) baseCache.set(cp, b);
  }
  return b;
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(doc: NormalizedText, start: number, end: number): Span {
  if (doc.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, doc.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, doc.text.length));
  let os = doc.starts[s];
  let oe = doc.ends[e - 1];
  // Never cut a surrogate pair in half.
  if (os > 0 && isLow(doc.original.charCodeAt(os)) && isHigh(doc.original.charCodeAt(os - 1))) os--;
  if (oe < doc.original.length && isLow(doc.original.charCodeAt(oe)) && isHigh(doc.original.charCodeAt(oe - 1))) oe++;
  return { start: os, end: Math.max(os, oe) };
}

/** The inverse of toOriginal: the folded-text range of a [start, end) range of the original text. */
export function toFolded(doc: NormalizedText, start: number, end: number): [number, number] {
  // First folded char ending after `start`, then the first starting at or after `end` (both monotone).
  const n = doc.text.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (doc.ends[m] <= start) lo = m + 1;
    else hi = m;
  }
  const s = lo;
  hi = n;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (doc.starts[m] < end) lo = m + 1;
    else hi = m;
  }
  return [s, Math.max(s, lo)];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
