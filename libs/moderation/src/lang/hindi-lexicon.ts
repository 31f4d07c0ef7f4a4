import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language, Severity } from '../types';
import { foldDevanagari } from './devanagari';
import { romanKey } from './roman';
import { KeyRecord, Token } from './tokens';

// Hindi and Hinglish obscenity matcher over tokens (tokens.ts), built once from
// data/hi/obscenity.json (compiled by apps/cli/src/train/indian-lexicon.ts from shippable lists).
// Matching is by spelling key, so `chutiya`, `chutia`, `chootiya`, `ch00tiya`, `c h u t i y a`
// and `चूतिया` / `चुतिया` hit one entry; `ch*tiya` is matched by wildcard. Per token the work is a
// few hash lookups (plus a scan of one first-letter bucket for masked tokens, which are rare).

export interface LexiconEntry {
  term: string;
  severity: Exclude<Severity, 'none'>;
  hinglishOnly?: boolean;
}

export interface LexiconHit {
  start: number;
  end: number;
  term: string;
  severity: Exclude<Severity, 'none'>;
}

interface Phrase {
  keys: string[];
  entry: LexiconEntry;
}

const SEV_RANK = { mild: 1, strong: 2, severe: 3 } as const;
// Hindi inflection endings (on folded keys: ी→ि, ू→ु), longest first; a stem plus one of
// BASE_ENDINGS is tried for each (कमीने → कमीना, हरामियों → हरामी).
const DEVA_SUFFIXES = ['ियों', 'ियां', 'िये', 'िया', 'ों', 'ें', 'े', 'ि', 'ो', 'ा', 'ए', 'ाें'].map(foldDevanagari);
const DEVA_BASE_ENDINGS = ['', 'ा', 'ि', 'े', 'ु'].map(foldDevanagari);
const ROMAN_SUFFIXES = ['ion', 'on', 'o', 'e', 'i', 'a', 's'];
const ROMAN_BASE_ENDINGS = ['', 'a', 'e', 'i', 'u'];
const MAX_WORD = 40;
// Everyday Hinglish words whose spelling key lands on an entry or on an inflection of one once
// doubled letters and `chh`/`ch` spellings fold: `chutti` (holiday) is not `choot`, `chodo` /
// `choda` (= chhodo, "leave it") not `chodu`, `chupa` / `chuppi` (hidden, silence) not `choope`,
// `ganda` / `gandi` / `gande` (dirty) not `gaand`, `chudiyan` (bangles) not `chood`, `mutthi` (fist)
// not `mutth` (the singular `chudi` / `choodi` stays: it is also the abuse). (`gaddha`, pothole, keys as `gadha` itself: a mild entry, left alone.) Found by matching the lexicon against the clean rows of
// the training sets (HASOC hi NOT, kumar2018 NAG). A Latin token with one of these keys never matches.
// (Not the plurals: `chuttiyon` keys as `chutiyon`, the abuse.)
const CLEAN_LATIN = new Set(
  ['chutti', 'chuti', 'chodo', 'choda', 'chode', 'chupa', 'chupi', 'chuppi', 'chupaa', 'mutthi', 'muththi', 'ganda', 'gandi', 'gande',
    'gandagi', 'ghasa', 'chudiyan', 'chudiyaan'].map(romanKey),
);
const PLAIN = /^[a-z]+$|^[\u0900-\u097f]+$/;

function isDevaKey(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= 0x0900 && c <= 0x097f) return true;
  }
  return false;
}

function wildcardMatch(pattern: string, word: string): boolean {
  // `*` stands for one to three letters (`ch*tiya`, `ch**tiya`).
  const rec = (pi: number, wi: number): boolean => {
    if (pi === pattern.length) return wi === word.length;
    if (pattern[pi] === '*') {
      for (let n = 1; n <= 3 && wi + n <= word.length; n++) if (rec(pi + 1, wi + n)) return true;
      return false;
    }
    return wi < word.length && pattern[pi] === word[wi] && rec(pi + 1, wi + 1);
  };
  return rec(0, 0);
}

interface KeyInfo {
  phrases: Phrase[] | undefined;
  /** lookup() of a Latin, unmasked token with this key: undefined until computed, null when clean. */
  latin: LexiconEntry | null | undefined;
  /** lookup() of a Devanagari or mixed-script token with this key (a function of the key alone), likewise. */
  deva: LexiconEntry | null | undefined;
}

/** True for a Latin token key of an everyday word that only looks like an entry (see CLEAN_LATIN). */
export function isCleanLookalike(key: string): boolean {
  return CLEAN_LATIN.has(key);
}

export class HindiLexicon {
  private readonly singles = new Map<string, LexiconEntry>();
  private readonly phrases = new Map<string, Phrase[]>();
  /** Latin single-word keys by first letter, for masked tokens. */
  private readonly latinByFirst = new Map<string, string[]>();
  /** Devanagari strong/severe keys long enough to be recognised inside compounds (#रंडीरोना). */
  private readonly devaRoots = new Map<string, LexiconEntry>();
  /** First four code units of every Devanagari root: most words are rejected by one lookup. */
  private readonly devaRootHeads = new Set<string>();
  /** Stems of strong / severe Latin entries (entry minus one of ROMAN_BASE_ENDINGS) for inflected forms. */
  private readonly latinStems = new Map<string, LexiconEntry>();

  constructor(entries: LexiconEntry[]) {
    for (const e of entries) {
      const parts = e.term.split(' ');
      const keys = parts.map((p) => (isDevaKey(p) ? foldDevanagari(p) : romanKey(p))).filter(Boolean);
      if (keys.length === 0) continue;
      if (keys.length === 1) {
        const k = keys[0];
        const prev = this.singles.get(k);
        // Spellings that fold to one key share the strictest restriction (`saale` and `sale`).
        const merged: LexiconEntry = !prev || SEV_RANK[e.severity] > SEV_RANK[prev.severity] ? { ...e } : { ...prev };
        if (e.hinglishOnly || prev?.hinglishOnly) merged.hinglishOnly = true;
        // Name the entry by its plainest spelling (`chutiya`, not `ch00tiya`) in evidence reasons.
        if (prev && PLAIN.test(e.term) && (!PLAIN.test(prev.term) || e.term.length < prev.term.length)) merged.term = e.term;
        else if (prev) merged.term = prev.term;
        this.singles.set(k, merged);
        if (!isDevaKey(k) && merged.severity !== 'mild') {
          // Inflected forms only for the unambiguous (strong / severe) entries.
          for (const end of ROMAN_BASE_ENDINGS) {
            if (!k.endsWith(end) || k.length - end.length < 4) continue;
            const stem = k.slice(0, k.length - end.length);
            if (!this.latinStems.has(stem)) this.latinStems.set(stem, merged);
          }
        }
        if (!isDevaKey(k) && !prev) {
          const b = this.latinByFirst.get(k[0]) ?? [];
          b.push(k);
          this.latinByFirst.set(k[0], b);
        } else if (e.severity !== 'mild' && k.length >= 4) {
          this.devaRoots.set(k, e);
          this.devaRootHeads.add(k.slice(0, 4));
        }
      } else {
        const list = this.phrases.get(keys[0]) ?? [];
        list.push({ keys, entry: e });
        this.phrases.set(keys[0], list);
      }
    }
  }

  private static cached: HindiLexicon | undefined;

  /** The shipped lexicon (read once per process). */
  static load(file?: string): HindiLexicon {
    if (!HindiLexicon.cached) {
      // (The default path is built only when the file is read: this runs once per comment.)
      file ??= path.join(__dirname, '../../data/hi/obscenity.json');
      const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: LexiconEntry[] };
      HindiLexicon.cached = new HindiLexicon(doc.entries);
    }
    return HindiLexicon.cached;
  }

  get size(): number {
    return this.singles.size + [...this.phrases.values()].reduce((n, l) => n + l.length, 0);
  }

  /** Single-token lookup with inflection and compound handling; undefined when clean. */
  lookup(t: Token): LexiconEntry | undefined {
    const k = t.key;
    if (k.length === 0 || k.length > MAX_WORD) return undefined;
    if (t.script === 'latn' && CLEAN_LATIN.has(k)) return undefined;
    const hit = this.singles.get(k);
    if (hit) return hit;
    if (t.script === 'deva' || t.script === 'mixed') return this.lookupDeva(k);
    if (t.script !== 'latn') return undefined;
    if (t.masked || k.includes('*')) return this.lookupMasked(k);
    if (k.length < 5) return undefined;
    return this.lookupInflected(k);
  }

  private lookupInflected(k: string): LexiconEntry | undefined {
    for (const suf of ROMAN_SUFFIXES) {
      if (!k.endsWith(suf) || k.length - suf.length < 4) continue;
      const e = this.latinStems.get(k.slice(0, k.length - suf.length));
      if (e) return e;
    }
    return undefined;
  }

  private lookupDeva(k: string): LexiconEntry | undefined {
    for (const suf of DEVA_SUFFIXES) {
      if (!k.endsWith(suf) || k.length - suf.length < 2) continue;
      const stem = k.slice(0, k.length - suf.length);
      for (const end of DEVA_BASE_ENDINGS) {
        // Short keys only match exactly: बुर+ा would otherwise read बुरा ("bad") as बूर.
        if (stem.length + end.length < 4) continue;
        const e = this.singles.get(stem + end);
        if (e) return e;
      }
    }
    // Compounds and hashtags: a strong root at the start of the word (रंडीरोना, भोसड़ीवाले).
    if (k.length < 5 || !this.devaRootHeads.has(k.slice(0, 4))) return undefined;
    for (let n = Math.min(k.length - 1, 12); n >= 4; n--) {
      const e = this.devaRoots.get(k.slice(0, n));
      if (e) return e;
    }
    return undefined;
  }

  private lookupMasked(k: string): LexiconEntry | undefined {
    if (k[0] === '*') return undefined;
    const stars = k.split('*').length - 1;
    if (k.length - stars < 3) return undefined; // `f***`: too little left to tell
    if (stars > 6) return undefined; // bounds the wildcard search (each `*` is 1–3 letters)
    for (const cand of this.latinByFirst.get(k[0]) ?? []) {
      if (cand.length < k.length - stars + 1 || cand.length > k.length + 2 * stars) continue;
      if (wildcardMatch(k, cand)) {
        const e = this.singles.get(cand)!;
        if (e.severity !== 'mild') return e;
      }
    }
    return undefined;
  }

  /**
   * Hits in text order. `hinglishOnly` entries are skipped for comments tagged `en` / `other`
   * (there `sale`, `rand`, `boor` are English words).
   */
  match(tokens: Token[], language: Language): LexiconHit[] {
    // The obscenity check and the abuse model's features ask for the same tokens in a row.
    if (tokens === this.lastTokens && language === this.lastLanguage) return this.lastHits;
    const hits = this.matchUncached(tokens, language);
    this.lastTokens = tokens;
    this.lastLanguage = language;
    this.lastHits = hits;
    return hits;
  }

  private lastTokens: Token[] | undefined;
  private lastLanguage: Language | undefined;
  private lastHits: LexiconHit[] = [];

  private matchUncached(tokens: Token[], language: Language): LexiconHit[] {
    const hindi = language === 'hi' || language === 'hi-Latn';
    const out: LexiconHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const ki = this.keyInfo(t.key, t.rec);
      const phrases = ki.phrases;
      if (phrases) {
        let best: { p: Phrase; end: number } | undefined;
        for (const p of phrases) {
          if (i + p.keys.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < p.keys.length && ok; j++) ok = tokens[i + j].key === p.keys[j];
          if (ok && (hindi || !p.entry.hinglishOnly) && (!best || p.keys.length > best.p.keys.length)) best = { p, end: i + p.keys.length - 1 };
        }
        if (best) {
          out.push({ start: t.start, end: tokens[best.end].end, term: best.p.entry.term, severity: best.p.entry.severity });
          i = best.end;
          continue;
        }
      }
      // A Latin token's entry depends on its key alone (memoized with the key's phrases).
      let e: LexiconEntry | undefined;
      if (t.script === 'latn' && !t.masked) {
        if (ki.latin === undefined) ki.latin = this.lookup(t) ?? null;
        e = ki.latin ?? undefined;
      } else if (t.script === 'deva' || t.script === 'mixed') {
        if (ki.deva === undefined) ki.deva = this.lookup(t) ?? null;
        e = ki.deva ?? undefined;
      } else e = this.lookup(t);
      if (e && (hindi || !e.hinglishOnly)) out.push({ start: t.start, end: t.end, term: e.term, severity: e.severity });
    }
    return out;
  }

  private readonly keyMemo = new Map<string, KeyInfo>();

  private keyInfo(k: string, rec?: KeyRecord): KeyInfo {
    if (rec) {
      if (rec.hindiOwner !== this) {
        rec.hindiOwner = this;
        rec.hindi = { phrases: this.phrases.get(k), latin: undefined, deva: undefined };
      }
      return rec.hindi as KeyInfo;
    }
    let ki = this.keyMemo.get(k);
    if (ki === undefined) {
      ki = { phrases: this.phrases.get(k), latin: undefined, deva: undefined };
      if (this.keyMemo.size >= 200_000) this.keyMemo.clear();
      this.keyMemo.set(k, ki);
    }
    return ki;
  }
}
