import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language, Severity } from '../types';
import { foldDevanagari } from './devanagari';
import { romanKey } from './roman';
import { KeyRecord, Token } from './tokens';
import { romanizeDevanagari } from './translit';

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
// A film, song or show named by a word that looks like abuse ("Kamine film ka gaana", "Besharam movie"):
// a single word that is not severe, right before one of these, is a title.
const TITLE_NEXT = new Set([
  ...'film filmon films movie movies picture gaana gaane gana song songs trailer serial webseries album'.split(' ').map(romanKey),
  ...'फिल्म फ़िल्म मूवी पिक्चर गाना गाने सीरियल ट्रेलर'.split(' ').map(foldDevanagari),
]);
// hinglish11: "kamine dost", "pagal yaar log": the word of banter before friends, not said to anyone.
const FRIEND_NEXT = new Set('dost dosto doston dostt'.split(' ').map(romanKey));
/** Short Hinglish words too common to be half of a split word (`kami ne`, `de do`, `le lo`). */
const COMMON_SHORT = new Set(
  'ne ke ki ka ko se me mein pe par hai he ho hu hun na naa to toh di de do le lo la li ya ye yeh wo vo hi bhi ek aur and the is it in on of or at an as be we us so no my'.split(' ').map(romanKey),
);
/** A mother or sister in the genitive before a masked word (see kinMasked). */
const KIN_WORDS = new Set([...'maa ma maan mai behen bahan bhen behan bahen beti'.split(' ').map(romanKey), ...'माँ मां माता बहन बेटी'.split(' ').map(foldDevanagari)]);
const GENITIVE = new Set([...'ki ke ka'.split(' ').map(romanKey), ...'की के का'.split(' ').map(foldDevanagari)]);
const PLAIN = /^[a-z]+$|^[\u0900-\u097f]+$/;

/** `e` between two consonants read as `a` (`maderchod` → `madarchod`); other letters kept. */
function schwaAsA(k: string): string {
  return k.replace(/(?<=[bcdfghjklmnpqrstvwxyz])e(?=[bcdfghjklmnpqrstvwxyz])/g, 'a');
}

function isDevaKey(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= 0x0900 && c <= 0x097f) return true;
  }
  return false;
}

const isRomanVowel = (c: string): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
/** A romanized key without its vowels (`chutiya` → `chty`). */
function skeleton(k: string): string {
  let s = '';
  for (const c of k) if (!isRomanVowel(c)) s += c;
  return s;
}
/** Letters before the first vowel (`chtia` 3, `chutia` 2). */
function leadingConsonants(k: string): number {
  let n = 0;
  while (n < k.length && !isRomanVowel(k[n])) n++;
  return n;
}
/** `short` is `full` with one or more vowels left out and nothing else changed (`bhn` / `bhen`, `mdrchd` / `madarchod`). */
function dropsVowels(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  let j = 0;
  for (let i = 0; i < full.length; i++) {
    if (j < short.length && short[j] === full[i]) j++;
    else if (!isRomanVowel(full[i])) return false;
  }
  return j === short.length;
}
/** Runs of short pieces read as one word are at most this many tokens (`म द र चो द`). */
const MAX_SPLIT = 7;
/** Joined keys longer than this (code units) are not tried: longer than any entry once read out. */
const MAX_JOINED = 24;
/** Joined keys tried per comment. */
const SPLIT_BUDGET = 600;
/** Number of Devanagari letters (consonants and independent vowels) in a key. */
function aksharas(k: string): number {
  let n = 0;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if ((c >= 0x0904 && c <= 0x0939) || (c >= 0x0958 && c <= 0x0961)) n++;
  }
  return n;
}

/** Only white space between two tokens (one to three characters). */
function spaceOnly(text: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let p = a; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
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
  /** Phrases whose first key has this key's consonants (vowel-dropped first words), likewise. */
  loose?: Phrase[] | null;
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
  /** Strong / severe Latin single keys by consonant skeleton, for vowel-dropped spellings (`mdrchd`). */
  private readonly latinBySkeleton = new Map<string, string[]>();
  /** Phrases by the skeleton of their first Latin key (`bhn ke lwde`). */
  private readonly phrasesBySkeleton = new Map<string, Phrase[]>();

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
        if (e.severity !== 'mild' && !isDevaKey(keys[0])) {
          const sk = skeleton(keys[0]);
          const l2 = this.phrasesBySkeleton.get(sk) ?? [];
          l2.push({ keys, entry: e });
          this.phrasesBySkeleton.set(sk, l2);
        }
      }
    }
    for (const [k, e] of this.singles) {
      if (isDevaKey(k) || e.severity === 'mild') continue;
      const sk = skeleton(k);
      if (sk.length < 3) continue;
      const l = this.latinBySkeleton.get(sk) ?? [];
      l.push(k);
      this.latinBySkeleton.set(sk, l);
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
    if (t.script === 'deva') return k.includes('*') ? this.lookupDevaMasked(k) : this.lookupDeva(k);
    if (t.script === 'mixed') return this.lookupDeva(k) ?? this.lookupRomanized(k);
    if (t.script !== 'latn') return undefined;
    if (t.masked || k.includes('*')) return this.lookupMasked(k) ?? this.lookupMaskedSchwa(k) ?? this.lookupDecorated(k);
    if (k.length < 4) return undefined;
    return (k.length >= 5 ? this.lookupInflected(k) : undefined) ?? this.lookupSchwa(k) ?? this.lookupDropped(k);
  }

  /**
   * hinglish11: the short vowel between two consonants spelt `e` or `a` either way (`maderchod` for `madarchod`,
   * `bhanchod` for `bhenchod`): a severe entry of six letters or more, not Hinglish-only.
   */
  private lookupSchwa(k: string): LexiconEntry | undefined {
    if (k.length < 6) return undefined;
    return this.schwaIndex().get(schwaAsA(k));
  }

  /** The same for a masked word (`maderc**d`, `bh@nch*d`): the wildcard read against the severe entries' schwa keys. */
  private lookupMaskedSchwa(k: string): LexiconEntry | undefined {
    const stars = k.split('*').length - 1;
    if (k[0] === '*' || k.length - stars < 4 || stars > 6) return undefined;
    const v = schwaAsA(k);
    for (const [cand, e] of this.schwaIndex()) if (cand[0] === v[0] && wildcardMatch(v, cand)) return e;
    return undefined;
  }

  /** Severe Latin entries of six letters or more by their schwa key (`madarchod`, `bhanchod` for `bhenchod`). */
  private schwaIndex(): Map<string, LexiconEntry> {
    if (!this.schwa) {
      this.schwa = new Map();
      for (const [k, e] of this.singles) if (!isDevaKey(k) && k.length >= 6 && e.severity === 'severe' && !e.hinglishOnly) this.schwa.set(schwaAsA(k), e);
    }
    return this.schwa;
  }
  private schwa: Map<string, LexiconEntry> | undefined;

  /** hinglish11: masks put inside a whole word, no letter left out (`gaa***ndu`): four letters or more, severe. */
  private lookupDecorated(k: string): LexiconEntry | undefined {
    const v = romanKey(k.replace(/\*+/g, ''));
    if (v.length < 4 || k[0] === '*' || k[k.length - 1] === '*') return undefined;
    const e = this.singles.get(v);
    return e && e.severity === 'severe' ? e : undefined;
  }

  /**
   * A word written in both scripts (`chuतिया`, `madarचोद`) or a run of split pieces joined: the
   * Devanagari read out in Latin letters (translit.ts) and looked up by its romanized key. Strong and
   * severe entries only; the result counts in any comment (it has Devanagari in it).
   */
  private lookupRomanized(k: string): LexiconEntry | undefined {
    const r = romanKey(romanizeDevanagari(k));
    if (r.length < 3 || CLEAN_LATIN.has(r)) return undefined;
    // Exact entries only: pieces of machine transliteration (`choड़i`, "left") read as inflections.
    const e = this.singles.get(r);
    return e && e.severity !== 'mild' ? e : undefined;
  }

  /**
   * A romanized word with vowels left out inside it (`mdrchd`, `bhnchd`, `chtiya`): the same
   * consonants in the same order as a strong / severe entry, only inner vowels missing (a missing last
   * vowel is another word or an inflection: `chup` / `choope`, `chod` / `chodu`, `haram` / `harami`).
   * A word with no vowel left needs five consonant letters (`chnl` is "channel", not `chinal`) and
   * then counts in any comment; otherwise four, and only in Hindi / Hinglish comments (`kamna`,
   * "wish", has the three of `kamina`).
   */
  private lookupDropped(k: string): LexiconEntry | undefined {
    const sk = skeleton(k);
    const anywhere = sk.length === k.length;
    // Three consonants (`chtiya`, `lwda`: obf8 helper, session 8): the first vowel left out (`kamna`, "wish",
    // drops the second vowel of `kamina`), Hindi / Hinglish comments only.
    const three = !anywhere && sk.length === 3 && k.length >= 4;
    if (sk.length < (anywhere ? 5 : 4) && !three) return undefined;
    for (const cand of this.latinBySkeleton.get(sk) ?? []) {
      if ((three && (cand.length !== k.length + 1 || leadingConsonants(k) <= leadingConsonants(cand))) || k[k.length - 1] !== cand[cand.length - 1] || !dropsVowels(k, cand)) continue;
      const memo = anywhere ? this.droppedAnywhere : this.dropped;
      let d = memo.get(cand);
      if (d === undefined) {
        d = { ...this.singles.get(cand)! };
        if (!anywhere) d.hinglishOnly = true;
        memo.set(cand, d);
      }
      return d;
    }
    return undefined;
  }
  private readonly dropped = new Map<string, LexiconEntry>();
  private readonly droppedAnywhere = new Map<string, LexiconEntry>();

  private lookupInflected(k: string): LexiconEntry | undefined {
    for (const suf of ROMAN_SUFFIXES) {
      if (!k.endsWith(suf) || k.length - suf.length < 4) continue;
      const e = this.latinStems.get(k.slice(0, k.length - suf.length));
      if (e) return e;
    }
    return undefined;
  }

  private lookupDeva(k: string): LexiconEntry | undefined {
    const e = this.lookupDevaInflected(k);
    if (e) return e;
    // Compounds and hashtags: a strong root at the start of the word (रंडीरोना, भोसड़ीवाले).
    if (k.length < 5 || !this.devaRootHeads.has(k.slice(0, 4))) return undefined;
    for (let n = Math.min(k.length - 1, 12); n >= 4; n--) {
      const e = this.devaRoots.get(k.slice(0, n));
      if (e) return e;
    }
    return undefined;
  }

  private lookupDevaInflected(k: string): LexiconEntry | undefined {
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
    return undefined;
  }

  /**
   * A Devanagari word masked inside (`मादर***द`, `गां*डू`): at least three characters shown, the first
   * not a mask; each `*` stands for one to three characters of a strong or severe entry.
   */
  private lookupDevaMasked(k: string): LexiconEntry | undefined {
    if (k[0] === '*') return undefined;
    const stars = k.split('*').length - 1;
    if (k.length - stars < 3 || stars > 6) return undefined;
    if (!this.devaStrong) this.devaStrong = [...this.singles].filter(([w, e]) => e.severity !== 'mild' && isDevaKey(w));
    // A run of masks stands for up to six characters, or none (`गां*डू`: a star between two letters).
    const re = new RegExp(`^${k.split(/\*+/).join('[^\\s]{0,6}')}$`);
    for (const [cand, e] of this.devaStrong) if (cand[0] === k[0] && re.test(cand)) return e;
    return undefined;
  }
  private devaStrong: Array<[string, LexiconEntry]> | undefined;

  /** A Devanagari word with its end masked (`भेनचो*`): four or more characters shown begin one strong or severe entry. */
  private devaTrailingMasked(t: Token, text: string): LexiconEntry | undefined {
    let m = 0;
    while (t.end + m < text.length && text.charCodeAt(t.end + m) === 0x2a) m++;
    if (m === 0 || m > 4 || t.key.length < 4) return undefined;
    if (!this.devaStrong) this.devaStrong = [...this.singles].filter(([w, e]) => e.severity !== 'mild' && isDevaKey(w));
    const found = this.devaStrong.filter(([cand]) => cand.length > t.key.length && cand.length <= t.key.length + m + 2 && cand.startsWith(t.key));
    return found.length > 0 ? found[0][1] : undefined;
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
   * (there `sale`, `rand`, `boor` are English words). With the comment's (folded) `text`, words split
   * into pieces across scripts or letters (`chu तिया`, `म द र चो द`) and a phrase whose last word is
   * masked from its first letter (`bhen ke ***de`) are read too: `tokens` must be `tokenize(text)`.
   */
  match(tokens: Token[], language: Language, text?: string): LexiconHit[] {
    // The obscenity check and the abuse model's features ask for the same tokens in a row.
    if (tokens === this.lastTokens && language === this.lastLanguage && text === this.lastText) return this.lastHits;
    const hits = this.matchUncached(tokens, language, text);
    this.lastTokens = tokens;
    this.lastLanguage = language;
    this.lastText = text;
    this.lastHits = hits;
    return hits;
  }

  private lastTokens: Token[] | undefined;
  private lastLanguage: Language | undefined;
  private lastText: string | undefined;
  private lastHits: LexiconHit[] = [];

  private matchUncached(tokens: Token[], language: Language, text?: string): LexiconHit[] {
    const hindi = language === 'hi' || language === 'hi-Latn';
    const out: LexiconHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const ki = this.keyInfo(t.key, t.rec);
      const phrases = ki.phrases;
      // Vowel-dropped first word (`bhn ke lwde`): phrases whose first key has these consonants.
      let loose: Phrase[] | undefined;
      if (hindi && t.script === 'latn' && !t.masked && t.key.length >= 2) {
        if (ki.loose === undefined) ki.loose = this.phrasesBySkeleton.get(skeleton(t.key)) ?? null;
        loose = ki.loose ?? undefined;
      }
      if (phrases || loose) {
        let best: { p: Phrase; end: number } | undefined;
        for (const p of phrases ?? []) {
          if (i + p.keys.length > tokens.length) continue;
          let ok = true;
          // A masked last word after the phrase's own words spelt in full counts in any comment (`bhen ke l***e`
          // is tagged English when the rest is short): obf8 helper, session 8.
          for (let j = 1; j < p.keys.length && ok; j++) ok = tokens[i + j].key === p.keys[j] || (j === p.keys.length - 1 && j >= 2 && this.maskedMatch(tokens[i + j], p.keys[j], text));
          if (ok && (hindi || !p.entry.hinglishOnly) && (!best || p.keys.length > best.p.keys.length)) best = { p, end: i + p.keys.length - 1 };
        }
        if (!best && loose) {
          for (const p of loose) {
            if (i + p.keys.length > tokens.length) continue;
            let ok = true;
            let exact = 0;
            let dropped = 0;
            for (let j = 0; j < p.keys.length && ok; j++) {
              const tk = tokens[i + j];
              if (tk.key === p.keys[j]) exact++;
              else if (tk.script === 'latn' && !tk.masked && dropsVowels(tk.key, p.keys[j])) dropped++;
              else ok = j === p.keys.length - 1 && j >= 2 && this.maskedMatch(tk, p.keys[j], text);
            }
            // Some word spelt in full, some with vowels left out: `bhn ke lwde`.
            if (ok && exact > 0 && dropped > 0 && (!best || p.keys.length > best.p.keys.length)) best = { p, end: i + p.keys.length - 1 };
          }
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
      if (!e && t.script === 'deva' && text !== undefined && text.charCodeAt(t.end) === 0x2a) e = this.devaTrailingMasked(t, text);
      if (e && (hindi || !e.hinglishOnly) && !(e.severity !== 'severe' && i + 1 < tokens.length && (TITLE_NEXT.has(tokens[i + 1].key) || FRIEND_NEXT.has(tokens[i + 1].key)))) out.push({ start: t.start, end: t.end, term: e.term, severity: e.severity });
    }
    if (text === undefined) return out;
    return this.splitWords(tokens, text, hindi, this.kinMasked(tokens, text, out));
  }

  /**
   * A word masked at its end right after a mother or sister named in the genitive, `teri maa ki chu*`,
   * `तेरी माँ की चू*`: the letters shown begin a severe entry and one to four masks follow.
   */
  private kinMasked(tokens: Token[], text: string, hits: LexiconHit[]): LexiconHit[] {
    let out = hits;
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i];
      if (!KIN_WORDS.has(tokens[i - 2].key) || !GENITIVE.has(tokens[i - 1].key)) continue;
      let m = 0;
      while (t.end + m < text.length && (text.charCodeAt(t.end + m) === 0x2a || text.charCodeAt(t.end + m) === 0x23)) m++;
      const v = t.key.replace(/\*/g, '');
      if (m === 0 || m > 4 || v.length < (t.script === 'latn' ? 2 : 1)) continue;
      if (hits.some((h) => h.start < t.end + m && t.start < h.end)) continue;
      if (!this.severeKeys) this.severeKeys = [...this.singles].filter(([, e]) => e.severity === 'severe');
      const e = this.severeKeys.find(([k]) => k.length > v.length && k.length <= v.length + m + 2 && k.startsWith(v));
      if (e) {
        if (out === hits) out = hits.slice();
        out.push({ start: t.start, end: t.end + m, term: e[1].term, severity: 'severe' });
      }
    }
    return out === hits ? hits : out.sort((a, b) => a.start - b.start);
  }
  private severeKeys: Array<[string, LexiconEntry]> | undefined;

  /**
   * The last word of a phrase masked from its first letter, `bhen ke ***de`: the tokenizer strips
   * the leading `***` as an edge symbol, so the token is `de` with the masks right before it.
   */
  private maskedMatch(t: Token, key: string, text: string | undefined): boolean {
    if (text === undefined || t.script !== 'latn') return false;
    // Masked inside, first and last letters kept (`bhen ke l***e`): obf8 helper, session 8.
    if (t.masked && t.key.length >= 3 && t.key[0] !== '*' && t.key[t.key.length - 1] !== '*' && t.key.includes('*')) return wildcardMatch(t.key, key);
    let m = 0;
    while (t.start - m - 1 >= 0 && (text.charCodeAt(t.start - m - 1) === 0x2a || text.charCodeAt(t.start - m - 1) === 0x23)) m++;
    if (m === 0 || m > 6 || (t.start - m - 1 >= 0 && !/\s/.test(text[t.start - m - 1]))) return false;
    return wildcardMatch('*'.repeat(m) + t.key, key);
  }

  /**
   * Words split into pieces (hindi7): `chu तिया`, `madar चोद`, `म द र चो द`, `गां डू`. A run of short
   * tokens separated by spaces only, with a Devanagari piece and either a Latin piece (scripts mixed)
   * or a Devanagari piece of one letter (a word cut into letters), is read as one word when the
   * pieces together spell a strong or severe entry (in Devanagari, or read out in Latin letters).
   * Longest run first; the pieces' own hits inside a joined word give way to it.
   */
  private splitWords(tokens: Token[], text: string, hindi: boolean, hits: LexiconHit[]): LexiconHit[] {
    let cand = false;
    for (let i = 0; i + 1 < tokens.length && !cand; i++) {
      if (tokens[i].script === 'deva' || tokens[i + 1].script === 'deva') cand = this.piece(tokens[i]) && this.piece(tokens[i + 1]) && spaceOnly(text, tokens[i].end, tokens[i + 1].start);
      // Two Latin halves (Hindi / Hinglish comments): `chu tiya`, `gaan du`.
      // (hinglish11: in any comment; outside Hindi ones only a severe entry counts, below: "ma dar chod reporter")
      else cand = this.latinHalf(tokens[i]) && this.latinHalf(tokens[i + 1]) && spaceOnly(text, tokens[i].end, tokens[i + 1].start) && this.mayStartJoined(tokens[i].key);
    }
    if (!cand) return hits;
    const joined: LexiconHit[] = [];
    // Bounded work on adversarial input (thousands of one-letter pieces): joined keys longer than
    // the longest entry are not tried, answers are memoized per key, and a comment gets a budget.
    let budget = SPLIT_BUDGET;
    for (let i = 0; i < tokens.length && budget > 0; i++) {
      if (!this.piece(tokens[i]) || !this.mayStartJoined(tokens[i].key)) continue;
      let j = i;
      let len = tokens[i].key.length;
      while (j + 1 < tokens.length && j - i + 1 < MAX_SPLIT && this.piece(tokens[j + 1]) && spaceOnly(text, tokens[j].end, tokens[j + 1].start) && len + tokens[j + 1].key.length <= MAX_JOINED) {
        j++;
        len += tokens[j].key.length;
      }
      let found = -1;
      let entry: LexiconEntry | undefined;
      for (let e = j; e > i && found < 0 && budget > 0; e--) {
        let deva = 0;
        let latn = 0;
        let single = false;
        let key = '';
        for (let k = i; k <= e; k++) {
          const t = tokens[k];
          if (t.script === 'deva') {
            deva++;
            if (aksharas(t.key) === 1) single = true;
          } else latn++;
          key += t.key;
        }
        if (latn === 0 && !single) continue;
        if (deva === 0) {
          // Latin pieces only: two or three halves of at least two letters, none a common short word
          // (`kami ne` is "the lack", not `kamine`), spelling a strong / severe entry exactly.
          if (e - i > 2) continue;
          let halves = true;
          for (let k = i; k <= e && halves; k++) halves = this.latinHalf(tokens[k]);
          if (!halves) continue;
        }
        budget--;
        const memoKey = deva === 0 ? `=${key}` : latn === 0 ? key : `~${key}`;
        let hit = this.joinedMemo.get(memoKey);
        if (hit === undefined && deva === 0) {
          const h = this.singles.get(key);
          hit = h && h.severity !== 'mild' ? h : null;
          this.joinedMemo.set(memoKey, hit);
        }
        if (hit === undefined) {
          // Exact entries (and Devanagari inflections), not compounds: `रंडी की` is two words.
          let h = latn === 0 ? this.singles.get(key) ?? this.lookupDevaInflected(key) : undefined;
          if (!h || h.severity === 'mild') h = this.lookupRomanized(key);
          hit = h && h.severity !== 'mild' ? h : null;
          if (this.joinedMemo.size >= 50_000) this.joinedMemo.clear();
          this.joinedMemo.set(memoKey, hit);
        }
        if (hit && (hindi || deva > 0 || (!hit.hinglishOnly && hit.severity === 'severe'))) {
          found = e;
          entry = hit;
        }
      }
      if (found >= 0 && entry) {
        joined.push({ start: tokens[i].start, end: tokens[found].end, term: entry.term, severity: entry.severity });
        i = found;
      }
    }
    if (joined.length === 0) return hits;
    const out = hits.filter((h) => !joined.some((j) => h.start < j.end && j.start < h.end)).concat(joined);
    return out.sort((a, b) => a.start - b.start);
  }

  private readonly joinedMemo = new Map<string, LexiconEntry | null>();
  /** Prefixes of strong / severe single keys (Devanagari keys and romanized keys). */
  private joinedPrefixes: Set<string> | undefined;
  private readonly startMemo = new Map<string, boolean>();

  /**
   * Whether a piece can begin a joined word: its key, or the first letters of its Latin reading, begin
   * a strong / severe entry (`म` → `ma…`, `चू` → `chu…`). Most Hindi short words (`है`, `को`) do not.
   */
  private mayStartJoined(key: string): boolean {
    let ok = this.startMemo.get(key);
    if (ok !== undefined) return ok;
    if (!this.joinedPrefixes) {
      this.joinedPrefixes = new Set<string>();
      for (const [k, e] of this.singles) {
        if (e.severity === 'mild') continue;
        for (let n = 1; n <= k.length; n++) this.joinedPrefixes.add(k.slice(0, n));
      }
    }
    const r = isDevaKey(key) ? romanKey(romanizeDevanagari(key)) : key;
    // A lone consonant is read with its inherent vowel (`म` → `ma`), which a longer word may drop.
    ok = this.joinedPrefixes.has(key) || this.joinedPrefixes.has(r) || (key.length === 1 && r.length > 1 && r.endsWith('a') && this.joinedPrefixes.has(r.slice(0, -1)));
    if (this.startMemo.size >= 50_000) this.startMemo.clear();
    this.startMemo.set(key, ok);
    return ok;
  }

  /** A Latin half of a word split in two or three (`chu tiya`): 2-6 letters, not a common short word. */
  private latinHalf(t: Token): boolean {
    return t.script === 'latn' && !t.masked && t.end - t.start >= 2 && t.end - t.start <= 6 && !COMMON_SHORT.has(t.key);
  }

  /** A piece of a split word: a plain Latin token of at most six letters or a Devanagari one of at most two letters. */
  private piece(t: Token): boolean {
    if (t.masked) return false;
    if (t.script === 'latn') return t.end - t.start <= 6;
    return t.script === 'deva' && aksharas(t.key) <= 2;
  }

  private readonly keyMemo = new Map<string, KeyInfo>();

  private keyInfo(k: string, rec?: KeyRecord): KeyInfo {
    if (rec) {
      if (rec.hindiOwner !== this) {
        rec.hindiOwner = this;
        rec.hindi = { phrases: this.phrases.get(k), latin: undefined, deva: undefined, loose: undefined };
      }
      return rec.hindi as KeyInfo;
    }
    let ki = this.keyMemo.get(k);
    if (ki === undefined) {
      ki = { phrases: this.phrases.get(k), latin: undefined, deva: undefined, loose: undefined };
      if (this.keyMemo.size >= 200_000) this.keyMemo.clear();
      this.keyMemo.set(k, ki);
    }
    return ki;
  }
}
