import { foldDevanagari } from './devanagari';
import { romanKey } from './roman';

// Word tokens of a comment with their spans in the ORIGINAL text (UTF-16 offsets), plus a
// spelling key per token for dictionary lookups. Evidence built from tokens therefore always
// satisfies `text.slice(start, end) === evidence.text` without an offset map.

export type Script = 'deva' | 'latn' | 'mixed' | 'other';

export interface Token {
  start: number;
  end: number;
  /** Folded spelling key (Devanagari fold or romanized key); `*` marks a masked letter. */
  key: string;
  script: Script;
  /** The token had masking characters (`ch*tiya`, `ch##tiya`) inside. */
  masked: boolean;
  /** Per-key facts shared by the language tag, the Hindi lexicon and the hate lexicon (see keyRecord). */
  rec?: KeyRecord;
}

/**
 * What the consumers of tokens know about one key, memoized process-wide so each token costs one
 * table lookup instead of one per consumer. Each consumer owns its fields and fills them lazily;
 * `owner` fields tie a field to the lexicon instance that computed it.
 */
export interface KeyRecord {
  /** Language-tag class of a Latin key: -1 unknown, 0 neither list, 1 Hinglish, 2 English. */
  lang: number;
  hindiOwner: object | undefined;
  hindi: unknown;
  hateOwner: object | undefined;
  hate: unknown;
}

const records = new Map<string, KeyRecord>();

export function keyRecord(key: string): KeyRecord {
  let r = records.get(key);
  if (r === undefined) {
    r = { lang: -1, hindiOwner: undefined, hindi: undefined, hateOwner: undefined, hate: undefined };
    if (records.size >= 200_000) records.clear();
    records.set(key, r);
  }
  return r;
}

const MASK = /[*#]/g;
// Between the letters of a spaced-out word: `c h u t i y a`, `c.h.u.t`, `c-h-u-t`.
const SPACED_GAP = /^[\s.\-_·•]{1,3}$/;
const OTHER_LETTER = /^\p{L}$/u;
const OTHER_MARK_OR_DIGIT = /^[\p{M}\p{N}]$/u;

// Character classes for the scanner (ASCII by table, Devanagari by range, the rest by regex).
const K = {
  Break: 0,
  Latin: 1,
  Digit: 2,
  /** `@ $ * # ' ’` and invisible joiners: part of a word, never its letters. */
  Symbol: 3,
  Deva: 4,
  Other: 5,
} as const;
type K = (typeof K)[keyof typeof K];

const ASCII_KIND: K[] = new Array<K>(128).fill(K.Break);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[a-zA-Z]/.test(ch)) ASCII_KIND[c] = K.Latin;
  else if (/[0-9]/.test(ch)) ASCII_KIND[c] = K.Digit;
  else if ("@$*#'".includes(ch)) ASCII_KIND[c] = K.Symbol;
}

// Devanagari: letters count as letters; vowel signs and other marks belong to the word but are not
// letters (a lone mark is no word); digits are digits; dandas are punctuation.
const DEVA_KIND: K[] = [];
for (let c = 0x0900; c <= 0x097f; c++) {
  const letter = (c >= 0x0904 && c <= 0x0939) || c === 0x093d || c === 0x0950 || (c >= 0x0958 && c <= 0x0961) || (c >= 0x0972 && c <= 0x097f);
  DEVA_KIND.push(c === 0x0964 || c === 0x0965 || c === 0x0970 ? K.Break : c >= 0x0966 && c <= 0x096f ? K.Digit : letter ? K.Deva : K.Symbol);
}

function kindAt(text: string, i: number): K {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_KIND[c];
  if (c >= 0x0900 && c <= 0x097f) return DEVA_KIND[c - 0x0900];
  if (c === 0x2019 || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return K.Symbol;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff ? otherKind(String.fromCodePoint(cp)) : K.Break;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return K.Break; // lone low surrogate
  return otherKind(text[i]);
}

function otherKind(ch: string): K {
  if (OTHER_LETTER.test(ch)) return K.Other;
  return OTHER_MARK_OR_DIGIT.test(ch) ? K.Symbol : K.Break;
}

const isEdgeSymbol = (c: number): boolean => c === 0x40 || c === 0x24 || c === 0x2a || c === 0x23 || c === 0x27 || c === 0x2019;
const isMask = (c: number): boolean => c === 0x2a || c === 0x23;
const isLeetTail = (c: number): boolean => c === 0x40 || c === 0x24;
/** Number of ASCII letters right before `end` (exclusive) from `start`. */
function latinRun(text: string, start: number, end: number): number {
  let n = 0;
  for (let p = end - 1; p >= start; p--) {
    const c = text.charCodeAt(p) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
    else break;
  }
  return n;
}

/** Tokens in text order. One pass over the text plus one key per word. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const gen = startSpans(text);
  let i = 0;
  while (i < n) {
    let k = kindAt(text, i);
    if (k === K.Break) {
      i++;
      continue;
    }
    let start = i;
    let latn = false;
    let deva = false;
    let other = false;
    let masks = 0;
    // Hash of the run's code units, as cachedRecord computes it (valid while `astral` is false).
    let h = 0;
    let astral = false;
    while (i < n && k !== K.Break) {
      if (k === K.Latin) latn = true;
      else if (k === K.Deva) deva = true;
      else if (k === K.Other) other = true;
      const c = text.charCodeAt(i);
      h = (Math.imul(h, 31) + c) | 0;
      if (isMask(c)) masks++;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        astral = true;
        i += 2;
      } else i++;
      if (i < n) k = kindAt(text, i);
    }
    const runStart = start;
    let end = i;
    if (!latn && !deva && !other) continue; // digits and symbols only
    // Strip leading/trailing symbols (`@user`, `**word**`, `'quoted'`) but keep them inside words.
    while (start < end && isEdgeSymbol(text.charCodeAt(start))) start++;
    // (A trailing `@` / `$` after three letters is a leet letter, `chutiy@`, not an edge symbol.)
    while (end > start && isEdgeSymbol(text.charCodeAt(end - 1)) && !(isLeetTail(text.charCodeAt(end - 1)) && end - start >= 4 && latinRun(text, start, end - 1) >= 3)) end--;
    if (start >= end) continue;
    const script: Script = deva && latn ? 'mixed' : deva ? 'deva' : latn ? 'latn' : 'other';
    let masked = false;
    if (masks > 0 && script === 'latn') {
      for (let p = start + 1; p < end - 1 && !masked; p++) if (isMask(text.charCodeAt(p))) masked = true;
    }
    if (masks === 0 && (script === 'latn' || script === 'deva')) {
      // The key of a plain word is a function of its text: one lookup gives key and record.
      // The run's hash serves when no edge symbol was stripped (the word is the whole run).
      const r = cachedRecord(text, start, end, script, !astral && start === runStart && end === i ? h : undefined);
      out.push({ start, end, key: r.key, script, masked, rec: r.rec });
      if (end <= MAX_SPAN_TEXT) {
        spanEnd[start] = end;
        spanRec[start] = r;
        spanGen[start] = gen;
      }
    } else {
      const raw = text.slice(start, end);
      const key = keyOf(raw, script, masks > 0);
      out.push({ start, end, key, script, masked, rec: keyRecord(key) });
    }
  }
  return joinSpacedLetters(text, out);
}

/**
 * What is known about one word string (a plain Latin or Devanagari token's text): its key and key
 * record, plus memo slots for other consumers that read the same word at the same place of the
 * same text (the obscenity matcher's token info, the models' per-word feature sums). One table
 * lookup per word then serves every check (see `wordAt`).
 */
export interface WordRecord {
  /** The word itself (the token's text). */
  raw: string;
  key: string;
  rec: KeyRecord;
  /** slots[i]: the memo of the consumer registered as slot i (see `wordSlot`). */
  slots: unknown[] | undefined;
}

const plainLatin = new Map<string, WordRecord>();
const plainDeva = new Map<string, WordRecord>();

function plainRecord(raw: string, script: 'latn' | 'deva'): WordRecord {
  const memo = script === 'latn' ? plainLatin : plainDeva;
  let r = memo.get(raw);
  if (r === undefined) {
    const key = keyOf(raw, script, false);
    r = { raw, key, rec: keyRecord(key), slots: undefined };
    if (memo.size >= 200_000) memo.clear();
    memo.set(raw, r);
  }
  // After a clear of the record table r.rec is no longer in it: still a correct record for r.key
  // (every field is a function of the key), only not shared with new entries.
  return r;
}

// A small direct-mapped cache in front of the record tables, indexed by a hash of the word's code
// units and checked against the record's word, so a frequent word costs no substring and no lookup
// in the large tables. A record in it is the one plainRecord returns for that word (or was, before a
// clear of the tables: still correct, see above).
const CACHE_BITS = 13;
const recordCache: Array<WordRecord | undefined> = new Array<WordRecord | undefined>(1 << CACHE_BITS).fill(undefined);

/** `hash`: the hash below of text[start, end), when the caller has it. */
function cachedRecord(text: string, start: number, end: number, script: 'latn' | 'deva', hash?: number): WordRecord {
  let h = 0;
  if (hash !== undefined) h = hash;
  else for (let p = start; p < end; p++) h = (Math.imul(h, 31) + text.charCodeAt(p)) | 0;
  const slot = (Math.imul(h, 0x9e3779b1) >>> (32 - CACHE_BITS));
  const c = recordCache[slot];
  if (c !== undefined && c.raw.length === end - start) {
    const w = c.raw;
    let k = 0;
    while (k < w.length && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === w.length) return c;
  }
  const r = plainRecord(text.slice(start, end), script);
  recordCache[slot] = r;
  return r;
}

function keyOf(raw: string, script: Script, hasMask: boolean): string {
  if (script === 'deva') return foldDevanagari(raw);
  if (script === 'latn') return romanKey(hasMask ? raw.replace(MASK, '*') : raw);
  if (script === 'mixed') return foldDevanagari(raw).toLowerCase();
  return raw.toLowerCase();
}

// `c h u t i y a` → one token spanning the whole run (three or more single letters); pieces of
// up to three letters count when joined without a space (`ch.u.t.i.y.a`, `chu-ti-ya`).
const TIGHT_GAP = /^[.\-_·•]$/;
const ASPIRATE = /^[bcdgjkpst]h$/i;
/** TIGHT_GAP.test(c) for one code unit (no regex run per short word). */
const isTightGap = (c: number): boolean => c === 0x2e || c === 0x2d || c === 0x5f || c === 0xb7 || c === 0x2022;
function joinSpacedLetters(text: string, toks: Token[]): Token[] {
  let hasSingles = false;
  for (let k = 0; k < toks.length && !hasSingles; k++) {
    const t = toks[k];
    if (t.script !== 'latn' || t.end - t.start > 3) continue;
    if (t.end - t.start === 1 || (k + 1 < toks.length && toks[k + 1].start - t.end === 1 && isTightGap(text.charCodeAt(t.end)))) hasSingles = true;
  }
  if (!hasSingles) return toks;
  const piece = (t: Token): boolean => t.script === 'latn' && t.end - t.start <= 3;
  // hinglish11: an aspirate written with `h` (`ch`, `bh`, `kh`…) is one Hindi letter: `ch u t i y a`, `bh o s d i k e`.
  const letter = (t: Token): boolean => t.end - t.start === 1 || (t.end - t.start === 2 && ASPIRATE.test(text.slice(t.start, t.end)));
  const joins = (a: Token, b: Token): boolean => {
    const gap = text.slice(a.end, b.start);
    return letter(a) && letter(b) ? SPACED_GAP.test(gap) : TIGHT_GAP.test(gap);
  };
  const out: Token[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (piece(t)) {
      let j = i;
      while (j + 1 < toks.length && piece(toks[j + 1]) && joins(toks[j], toks[j + 1])) j++;
      let singles = 0;
      let letters = 0;
      for (let k = i; k <= j; k++) {
        if (toks[k].end - toks[k].start === 1) singles++;
        if (letter(toks[k])) letters++;
      }
      // Longer pieces only between hyphens (`chu-ti-ya`) or next to single letters (`ch.u.t.i.y.a`),
      // not in dotted names (`www.abc.com`).
      let tight = true;
      let hyphens = true;
      for (let k = i; k < j && tight; k++) {
        const gap = text.slice(toks[k].end, toks[k + 1].start);
        tight = TIGHT_GAP.test(gap);
        if (gap !== '-') hyphens = false;
      }
      if (j - i + 1 >= 3 && (singles === j - i + 1 || (letters === j - i + 1 && singles >= 3) || (tight && (hyphens || singles >= 2)))) {
        let raw = '';
        for (let k = i; k <= j; k++) {
          raw += text.slice(toks[k].start, toks[k].end);
          // A joined piece is no token: its span record is withdrawn (see wordAtSpan).
          if (toks[k].end - toks[k].start > 1 && toks[k].start < MAX_SPAN_TEXT) spanGen[toks[k].start] = 0;
        }
        const key = romanKey(raw);
        out.push({ start: t.start, end: toks[j].end, key, script: 'latn', masked: false, rec: keyRecord(key) });
        i = j + 1;
        continue;
      }
    }
    out.push(t);
    i++;
  }
  return out;
}

// One tokenization per text per screening: the language tag, the Hindi obscenity entries and
// the hate check all read the same tokens.
let lastText: string | undefined;
let lastTokens: Token[] = [];
export function tokensOf(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

// Word records by place: while `tokenize(text)` runs, the record of each plain token is filed
// under its start offset, so another check that cuts the same span [start, end) out of the same
// text (hence the same word string) gets the record without a lookup of its own. Generation
// stamps replace clearing; only the last tokenized text is answered for.
const MAX_SPAN_TEXT = 1 << 16;
let spanText: string | undefined;
let spanGeneration = 0;
let spanEnd = new Int32Array(1024);
let spanGen = new Uint32Array(1024);
let spanRec: Array<WordRecord | undefined> = new Array<WordRecord | undefined>(1024).fill(undefined);

function startSpans(text: string): number {
  spanText = text;
  const need = Math.min(text.length, MAX_SPAN_TEXT) + 1;
  if (spanEnd.length < need) {
    spanEnd = new Int32Array(need * 2);
    spanGen = new Uint32Array(need * 2);
    spanRec = new Array<WordRecord | undefined>(need * 2).fill(undefined);
    spanGeneration = 0;
  }
  if (++spanGeneration === 0xffffffff) {
    spanGen.fill(0);
    spanGeneration = 1;
  }
  return spanGeneration;
}

/**
 * The record of the word `text.slice(start, end)` when the last tokenized text is `text` and it
 * had a plain token at exactly that span; otherwise undefined (the caller looks the word up itself).
 */
export function wordAt(text: string, start: number, end: number): WordRecord | undefined {
  return spansFor(text) ? wordAtSpan(start, end) : undefined;
}

/**
 * Whether `text` is the last tokenized text. Compare once per text and then call wordAtSpan per
 * word: comparing two long equal strings that are distinct objects costs their length each time.
 */
export function spansFor(text: string): boolean {
  // Long texts get no records: comparing two long equal strings that are distinct objects (a new
  // normalized copy of the same comment) was measured to cost milliseconds per call there.
  return text.length <= MAX_RECORD_TEXT && text === spanText;
}
const MAX_RECORD_TEXT = 4096;

/**
 * Whether `text` has the length of the last tokenized text (at most MAX_RECORD_TEXT): a same-length
 * view of it, such as the de-leeted text the attack rules read, where a word at the same span may be
 * the same word. The caller checks that it is (sameWordAt) before it uses the record.
 */
export function sameLengthSpans(text: string): boolean {
  return text.length <= MAX_RECORD_TEXT && spanText !== undefined && text.length === spanText.length;
}

/**
 * wordAtSpan for a same-length view `text` (sameLengthSpans(text) was true and nothing was tokenized
 * since): the record only when the word `text.slice(start, end)` is the record's word.
 */
export function sameWordAt(text: string, start: number, end: number): WordRecord | undefined {
  const r = wordAtSpan(start, end);
  if (r === undefined) return undefined;
  const w = r.raw;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== text.charCodeAt(start + k)) return undefined;
  return r;
}

/** wordAt for the last tokenized text (the caller checked spansFor(text) and tokenized nothing since). */
export function wordAtSpan(start: number, end: number): WordRecord | undefined {
  if (start >= MAX_SPAN_TEXT || spanGen[start] !== spanGeneration || spanEnd[start] !== end) return undefined;
  return spanRec[start];
}

let slotCount = 0;
/** A memo slot in every WordRecord for one consumer (an instance); undefined when all are taken. */
export function wordSlot(): number | undefined {
  return slotCount < 16 ? slotCount++ : undefined;
}

/** The consumer's memo in `r` (undefined until it stores one with setWordMemo). */
export function wordMemo(r: WordRecord, slot: number): unknown {
  return r.slots === undefined ? undefined : r.slots[slot];
}

export function setWordMemo(r: WordRecord, slot: number, v: unknown): void {
  (r.slots ??= [])[slot] = v;
}
