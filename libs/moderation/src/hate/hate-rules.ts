import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../types';
import { foldDevanagari } from '../lang/devanagari';
import { romanKey } from '../lang/roman';
import { keyRecord, Token } from '../lang/tokens';
import type { SpellSlot } from './spelling';

/** What the hate lexicon (and the speller, see SpellSlot) found about one key. */
interface HateKeyMemo extends SpellSlot {
  exact: number;
  fuzzy: [string, number] | null | undefined;
  split: number;
  masked: [string, number] | null | undefined;
  /** this.phraseStarts.get(key) */
  phrases: PhraseStart | undefined;
  /** The key is a proper prefix of a listed word with a spelling class (it may start a split word). */
  joins: boolean;
  /** this.slurTypo(key), -1 until computed. */
  slurTypo: number;
  /** The key is a person noun after a group phrase's head (PHRASE_PERSON). */
  person: boolean;
  /** this.nearHead(key): -1 until computed, 0 or 1. */
  nearHead: number;
}

// Rules of the `hate` check: attacks on people for who they are. A rule fires only when an
// identity (a protected group, or a slur for one) meets a hostile predicate in the same sentence:
// a negative attribute or dehumanising noun, a hate verb, a call for violence or exclusion.
// What keeps clean comments clean:
// - identity words alone never fire (neutral and positive mentions);
// - a negation between the two ("Muslims are not terrorists", "I don't hate women");
// - counter-speech: a sentence that reports hate (`saying`, `calling`, quotes) AND rejects it
//   (`wrong`, `racist`, `condemn`, `arrested`);
// - reclaimed slurs (first person: "I'm a proud dyke") and an identity word used for an
//   institution ("the Chinese government", "Pakistani army": criticism of states is not hate);
// - news about violence: past / passive verbs without a modal ("two Dalits were killed") do not
//   count as calls for violence; English calls need a modal, an imperative or "all".

export const C = {
  Identity: 1,
  Slur: 2,
  Dehum: 4,
  NegAttr: 8,
  HateVerb: 16,
  Violence: 32,
  ViolencePassive: 64,
  Exclusion: 128,
  CounterCue: 256,
  Rejection: 512,
  Negation: 1024,
  SelfRef: 2048,
  Modal: 4096,
  Institution: 8192,
  All: 16384,
  Anaphora: 32768,
  Positive: 65536,
  ProfaneMod: 131072,
  /** Where a group is told it belongs or is to be put: `zoo`, `cages`, `kitchen`, `gas chambers`. */
  Place: 262144,
  /** Several words run together (`ihatewomen`): the classes of all of them, on one token. */
  Merged: 524288,
  /** Inside a threat or wish of harm found by personal_attack (set by the check, not the lexicon). */
  Threat: 1048576,
  /** A profane word found by obscenity (set by the check). */
  Profane: 2097152,
} as const;

interface LexiconFile {
  identity: string[];
  identityPhrases: string[];
  slurs: string[];
  dehumanising: string[];
  negativeAttributes: string[];
  hateVerbs: string[];
  violence: string[];
  violencePassive: string[];
  exclusion: string[];
  counterCues: string[];
  rejectionCues: string[];
  negations: string[];
  selfReference: string[];
  anaphora: string[];
  positiveAttributes: string[];
  profaneModifiers: string[];
  places?: string[];
  /** Slur → words that show the innocent sense ("dyke" next to `sea`, `dam`): no slur then. */
  homonyms?: Record<string, string[]>;
  /**
   * English words one edit away from a listed word (`trains` ~ `trans`): never fuzzy-matched.
   * Generated from a dictionary by scripts/hate-fuzzy-exceptions.js; the dictionary is not shipped.
   */
  fuzzyExceptions?: string[];
  /** Everyday words of hateful sentences the spelling repair restores (`should`, `they`, `kitchen`). */
  spellingWords?: string[];
  /** Dictionary words the spelling repair would change: left alone (scripts/hate-fuzzy-exceptions.js). */
  spellingExceptions?: string[];
}

const MODALS = ["i'll", "we'll", "you'll", "i'm gonna", 'should', 'must', 'need to', 'needs to', 'ought to', 'deserve to', 'deserves to', 'deserve', 'have to', 'has to', 'got to', 'gotta', 'will', "'ll", 'gonna', 'going to', 'want to', 'wanna', "let's", 'lets', 'let us', 'shall', 'would', "i'd", "we'd", 'to', 'chahiye', 'chahie', 'चाहिए', 'do', 'please'];
// Also subgroups defined by what they do or believe, not by who they are ("Hindu nationalists",
// "Muslim extremists", "Sikh separatists"): criticism of them is political, not hate.
const SUBGROUPS = ['nationalists', 'nationalist', 'extremists', 'extremist', 'fundamentalists', 'fundamentalist', 'separatists', 'separatist', 'militants', 'militant', 'terrorists', 'terrorist', 'radicals', 'radical', 'politicians', 'politician', 'organisations', 'organizations', 'organisation', 'organization', 'groups', 'mobs', 'mob', 'rioters', 'gangs', 'gang', 'clerics', 'cleric', 'leaders', 'leader', 'vote', 'votes', 'voters', 'appeasement', 'card', 'politics', 'bank', 'neta', 'netaon', 'नेता', 'नेताओं', 'वोट',
  // a nationality or religion used as an adjective for things, teams and professions
  'cricketers', 'cricket', 'bowlers', 'bowler', 'batsmen', 'batsman', 'athletes', 'actors', 'actor', 'singers', 'films', 'film', 'movies', 'dramas', 'serials', 'channels', 'channel', 'news', 'economy', 'border', 'borders', 'side', 'officials', 'diplomats', 'troops', 'soldiers', 'forces', 'intelligence', 'agencies', 'agency', 'spies', 'hackers', 'drones', 'products', 'imports', 'exports', 'brands', 'phones',
  // a nationality as the adjective of a political term ("Bangladeshi infiltrators" in Assam news)
  'infiltrators', 'infiltrator', 'ghuspaithiye'];
const INSTITUTIONS = ['government', 'govt', 'gov', 'regime', 'army', 'military', 'state', 'party', 'parties', 'media', 'team', 'players', 'companies', 'company', 'apps', 'app', 'products', 'goods', 'embassy', 'officials', 'minister', 'ministry', 'leaders', 'leadership', 'board', 'police', 'sarkar', 'sarkaar', 'सरकार', 'सेना', 'टीम', 'food', 'cuisine', 'restaurant', 'restaurants', 'festival', 'festivals', 'culture'];
const ALL_WORDS = ['all', 'every', 'those', 'these', 'sab', 'sabhi', 'saare', 'sare', 'सब', 'सभी', 'सारे'];

/** The spelling key of a lexicon or rule word: Devanagari folded, romanized Hindi / English keyed. */
export const key = (w: string): string => (/[\u0900-\u097f]/.test(w) ? foldDevanagari(w) : romanKey(w));

interface Phrase {
  keys: string[];
  cls: number;
}

/** "… band karo": told to stop (see the hostility test in applyRules; also hindi-hate.ts). */
export const STOP = new Set(['band', 'बंद'].map(key));

/** The phrases that start with one key, by their second key (a phrase has two or more). */
type PhraseStart = Map<string, Phrase[]>;

export class HateLexicon {
  readonly single = new Map<string, number>();
  readonly phrases = new Map<string, Phrase[]>();
  /** The phrases again, by first and second key (phrasePass tries only the phrases the next word can continue). */
  private readonly phraseStarts = new Map<string, PhraseStart>();
  /** Deletion neighbourhood of Latin words (typos, swapped or dropped letters) → [word, class]. */
  readonly fuzzy = new Map<string, Array<[string, number]>>();
  /** Dictionary words near a listed word: exempt from fuzzy matching. */
  readonly exceptions: Set<string>;
  readonly spellingExceptions: Set<string>;
  readonly vocabulary: Set<string>;
  /** Slurs of 4+ letters: the spelling repair may split them out of run-together words only (`justafaggot`). */
  readonly slurVocabulary: Set<string>;
  /** Latin group words (`black`, `muslims`): the spelling repair prefers them among equally near words. */
  readonly groupVocabulary: Set<string>;
  /** First words of group phrases with a person noun (`black` people, `trans` person): one letter off still counts there. */
  readonly phraseHeads: Set<string>;
  /** The one-word identity entries as written, lower-cased (`muslims`, `tamils`): groups of people, never one person. */
  readonly identityWords: Set<string>;
  /** Slur key → keys of words that give it its innocent sense. */
  readonly homonyms = new Map<string, Set<string>>();
  /** Latin words of 5+ letters inside group phrases (`people`): fuzzy-matched so `black peple` is found. */
  readonly phraseWords = new Set<string>();

  constructor(lex: LexiconFile) {
    this.identityWords = new Set(lex.identity.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
    const add = (words: string[], cls: number, fuzzy = false) => {
      for (const w of words) {
        const parts = w.toLowerCase().split(' ').map(key).filter(Boolean);
        if (parts.length === 0) continue;
        if (parts.length === 1) {
          this.single.set(parts[0], (this.single.get(parts[0]) ?? 0) | cls);
          if (fuzzy && parts[0].length >= 4 && !/[\u0900-\u097f]/.test(parts[0])) this.addFuzzy(parts[0], cls);
        } else {
          if (fuzzy) for (const p of parts) if (p.length >= 5 && !this.phraseWords.has(p) && !/[\u0900-\u097f]/.test(p)) this.addFuzzy(p, 0);
          const list = this.phrases.get(parts[0]) ?? [];
          list.push({ keys: parts, cls });
          this.phrases.set(parts[0], list);
        }
      }
    };
    add(lex.identity, C.Identity, true);
    add(lex.identityPhrases, C.Identity, true);
    add(lex.slurs.filter((w) => w.length >= 6), C.Slur, true);
    add(lex.slurs.filter((w) => w.length < 6), C.Slur);
    add(lex.dehumanising, C.Dehum, true);
    add(lex.negativeAttributes, C.NegAttr, true);
    add(lex.hateVerbs, C.HateVerb, true);
    add(lex.violence, C.Violence, true);
    add(lex.violencePassive, C.ViolencePassive, true);
    add(lex.exclusion, C.Exclusion);
    add(lex.counterCues, C.CounterCue);
    add(lex.rejectionCues, C.Rejection);
    add(lex.negations, C.Negation);
    add(lex.selfReference, C.SelfRef);
    add(MODALS, C.Modal);
    add(INSTITUTIONS, C.Institution);
    add(SUBGROUPS, C.Institution);
    add(ALL_WORDS, C.All);
    add(lex.anaphora, C.Anaphora);
    add(lex.positiveAttributes, C.Positive);
    add(lex.profaneModifiers, C.ProfaneMod);
    add(lex.places ?? [], C.Place);
    this.exceptions = new Set((lex.fuzzyExceptions ?? []).map(key));
    this.spellingExceptions = new Set((lex.spellingExceptions ?? []).map(key));
    // Latin words of every class, phrase and rule, plus everyday words: what spelling repair aims at.
    const vocab = new Set<string>();
    const latin = (w: string) => w.length > 0 && /^[a-z]+$/.test(w);
    // Not slurs: a short word is too often one letter from one (`pak` ~ `paki`); their own fuzzy match is stricter.
    for (const [k, c] of this.single) if (latin(k) && !(c & C.Slur)) vocab.add(k);
    for (const ps of this.phrases.values()) for (const p of ps) if (!(p.cls & C.Slur)) for (const k of p.keys) if (latin(k)) vocab.add(k);
    for (const k of ruleWords()) if (latin(k)) vocab.add(k);
    for (const w of lex.spellingWords ?? []) for (const k of w.toLowerCase().split(' ').map(key)) if (latin(k)) vocab.add(k);
    this.vocabulary = vocab;
    const slurs = new Set<string>();
    for (const [k, c] of this.single) if (latin(k) && c & C.Slur && k.length >= 4) slurs.add(k);
    this.slurVocabulary = slurs;
    const groups = new Set<string>();
    for (const [k, c] of this.single) if (latin(k) && c & C.Identity && !(c & C.Anaphora)) groups.add(k);
    const heads = new Set<string>();
    for (const ps of this.phrases.values()) for (const p of ps) if (p.cls & C.Identity && p.keys.length === 2 && latin(p.keys[0]) && p.keys[0].length >= 3 && PHRASE_PERSON.has(p.keys[1])) { groups.add(p.keys[0]); heads.add(p.keys[0]); }
    this.groupVocabulary = groups;
    this.phraseHeads = heads;
    for (const [slur, ctx] of Object.entries(lex.homonyms ?? {})) this.homonyms.set(key(slur), new Set(ctx.map(key)));
    for (const [first, ps] of this.phrases) {
      const next: PhraseStart = new Map();
      for (const p of ps) {
        const list = next.get(p.keys[1]);
        if (list) list.push(p);
        else next.set(p.keys[1], [p]);
      }
      this.phraseStarts.set(first, next);
    }
  }

  private addFuzzy(w: string, cls: number): void {
    if (cls === 0) this.phraseWords.add(w);
    for (const d of deletions(w)) {
      const l = this.fuzzy.get(d) ?? [];
      l.push([w, cls]);
      this.fuzzy.set(d, l);
    }
  }

  private static cached: HateLexicon | undefined;
  static load(file = path.join(__dirname, '../../data/hate/lexicon.json')): HateLexicon {
    if (!HateLexicon.cached) HateLexicon.cached = new HateLexicon(JSON.parse(fs.readFileSync(file, 'utf8')) as LexiconFile);
    return HateLexicon.cached;
  }

  /**
   * Class of a word one edit (insertion, deletion, substitution, adjacent swap) from a listed
   * word with the same first letter: `disgustng`, `disgsuting`, `mslims`, `imigrants`. Dictionary
   * words near a listed word (`trains` ~ `trans`, `towards` ~ `cowards`) are exempt.
   */
  fuzzyMatch(k: string): [string, number] | undefined {
    if (k.length < 3 || this.exceptions.has(k)) return undefined;
    // Two neighbouring letters swapped (`wmoen`, `disgsuting`): a typo or a dodge, rarely another word.
    for (let i = 0; i + 1 < k.length; i++) {
      if (k[i] === k[i + 1]) continue;
      const w = k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2);
      const c = this.single.get(w) ?? 0;
      if (c & FUZZY_CLASSES || this.phraseWords.has(w)) return [w, c];
    }
    // One letter dropped from a listed word (`mslims`, `wmen`, `peple`, `hte`).
    // (A slur only from a word of 5+ letters: `chak` is Hinglish, not `chakke`.)
    for (const [w] of this.fuzzy.get(k) ?? []) if (w[0] === k[0] && (k.length >= 5 || !((this.single.get(w) ?? 0) & C.Slur))) return [w, this.single.get(w) ?? 0];
    if (k.length < 5) return undefined;
    for (const d of deletions(k)) {
      // One letter added to a listed word of 4+ letters (`haate`, `muslimms`).
      const direct = this.single.get(d);
      // (Not a slur of 4 letters: `surle` is no `sule` (sulle).)
      if (direct !== undefined && direct & FUZZY_CLASSES && d[0] === k[0] && d.length >= 4 && !(direct & C.Slur && d.length < 5)) return [d, direct];
      // One letter changed (`muslins`, `vermim`): words of 6+ letters.
      if (k.length >= 6) for (const [w] of this.fuzzy.get(d) ?? []) if (w[0] === k[0] && w.length === k.length) return [w, this.single.get(w) ?? 0];
    }
    return undefined;
  }

  /**
   * Two words run together (`womenare`, `ihate`, `aredisgusting`): one side a hate-relevant word,
   * the other a listed word or a short function word. Both sides' classes apply to the token.
   */
  splitClass(k: string, depth = 0): number {
    const RELEVANT = C.Identity | C.Slur | C.Dehum | C.NegAttr | C.HateVerb | C.Violence;
    for (let p = 1; p < k.length; p++) {
      const l = k.slice(0, p);
      const lc = this.single.get(l) ?? 0;
      const lk = lc !== 0 || JOINABLE.has(l);
      if (!lk) continue;
      const r = k.slice(p);
      const rc = this.single.get(r) ?? 0;
      const rk = rc !== 0 || JOINABLE.has(r);
      if (rk && ((lc & RELEVANT && l.length >= 4) || (rc & RELEVANT && r.length >= 4))) return lc | rc;
      // Three or four words run together (`ihatewomen`, `muslimsarescum`, `allmuslimsarescum`): split the rest again.
      if (depth < 2 && r.length >= 6) {
        const rr = this.splitClass(r, 1);
        if (rr && (lc & RELEVANT || rr & RELEVANT)) return lc | rr;
      }
    }
    return 0;
  }

  /** Class of a plural or oblique form of a group word, slur or dehumanising noun (`katuas`, `mullon`). */
  inflected(k: string): number {
    if (NOT_INFLECTED.has(k)) return 0;
    for (const suf of PLURAL_SUFFIXES) {
      if (!k.endsWith(suf) || k.length - suf.length < 3) continue;
      const base = this.single.get(k.slice(0, k.length - suf.length)) ?? 0;
      if (base & (C.Identity | C.Slur | C.Dehum)) return base & (C.Identity | C.Slur | C.Dehum);
    }
    return 0;
  }

  /** A masked word (`m*slims`, `sc*m`): each `*` tried as every letter. */
  maskedClass(k: string): [string, number] | undefined {
    const star = k.indexOf('*');
    // Each `*` multiplies the tries by 26: a word with more than two is not a masked listed word.
    if (star < 0 || k.length < 3 || k.split('*').length - 1 > MAX_MASKED_LETTERS) return undefined;
    for (let c = 97; c <= 122; c++) {
      const w = k.slice(0, star) + String.fromCharCode(c) + k.slice(star + 1);
      if (w.includes('*')) {
        const m = this.maskedClass(w);
        if (m) return m;
        continue;
      }
      const cls = this.single.get(w) ?? 0;
      if (cls & FUZZY_CLASSES) return [w, cls];
    }
    return undefined;
  }

  private phrasePass(keys: string[], cls: Uint32Array, memos?: HateKeyMemo[]): number {
    let any = 0;
    const n = keys.length;
    for (let i = 0; i + 1 < n; i++) {
      const next = memos ? memos[i].phrases : this.phraseStarts.get(keys[i]);
      if (!next) continue;
      // Profane intensifiers inside a phrase are skipped: "make me FUCKING sick", "a BLOODY waste of space".
      // A phrase's second word is the first of the following keys that is that word or no intensifier,
      // so only the phrases whose second word is one of those keys (at its first place there) can match.
      for (let m = i + 1; m < n; m++) {
        const ps = next.get(keys[m]);
        if (ps && keys.indexOf(keys[m], i + 1) === m) for (const p of ps) any |= this.phraseFrom(p, keys, cls, i, m);
        if (!INTENSIFIERS.has(keys[m])) break;
      }
    }
    return any;
  }

  /** Phrase p whose first two words are keys[i] and keys[second]: its class on every token it covers, or 0. */
  private phraseFrom(p: Phrase, keys: string[], cls: Uint32Array, i: number, second: number): number {
    let m = second + 1;
    let ok = true;
    for (let j = 2; j < p.keys.length && ok; j++) {
      while (m < keys.length && keys[m] !== p.keys[j] && INTENSIFIERS.has(keys[m])) m++;
      ok = m < keys.length && keys[m] === p.keys[j];
      m++;
    }
    if (!ok) return 0;
    for (let j = i; j < m; j++) cls[j] |= p.cls;
    return p.cls;
  }

  // Per-key memo (speed): exact class, fuzzy match, run-together split and masked match are
  // functions of the key and this lexicon, kept on the token's process-wide key record (owned by
  // this instance, so an edited lexicon loaded later computes its own).
  private memo(t: Token): HateKeyMemo {
    const rec = t.rec ?? keyRecord(t.key);
    if (rec.hateOwner !== this) {
      const k = t.key;
      let exact = this.single.get(k) ?? 0;
      if (exact === 0 && k.length >= 4) exact = this.inflected(k);
      rec.hateOwner = this;
      rec.hate = { exact, fuzzy: undefined, split: -1, masked: undefined, phrases: this.phraseStarts.get(k), joins: this.fuzzyPrefixes().has(k), slurTypo: -1, person: PHRASE_PERSON.has(k), nearHead: -1, spellOwner: undefined, spell: undefined } as HateKeyMemo;
    }
    return rec.hate as HateKeyMemo;
  }

  /** The key memo of a token, where the speller keeps its own facts of the key. */
  keySlot(t: Token): SpellSlot {
    return this.memo(t);
  }

  private prefixes: Set<string> | undefined;
  private fuzzyPrefixes(): Set<string> {
    if (!this.prefixes) {
      this.prefixes = new Set();
      for (const [w, c] of this.single) if (c & FUZZY_CLASSES) for (let i = 1; i < w.length; i++) this.prefixes.add(w.slice(0, i));
    }
    return this.prefixes;
  }

  private fuzzyMemo(t: Token): [string, number] | undefined {
    const m = this.memo(t);
    if (m.fuzzy === undefined) m.fuzzy = this.fuzzyMatch(t.key) ?? null;
    return m.fuzzy ?? undefined;
  }

  private splitMemo(t: Token): number {
    const m = this.memo(t);
    if (m.split < 0) m.split = this.splitClass(t.key);
    return m.split;
  }

  private maskedMemo(t: Token): [string, number] | undefined {
    const m = this.memo(t);
    if (m.masked === undefined) m.masked = this.maskedClass(t.key) ?? null;
    return m.masked ?? undefined;
  }

  private slurTypo(k: string): number {
    if (this.exceptions.has(k)) return 0;
    for (let i = 1; i + 1 < k.length; i++) {
      const c = this.single.get(k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2)) ?? 0;
      if (c & C.Slur) return c & FUZZY_CLASSES;
    }
    for (const [w, c] of this.fuzzy.get(k) ?? []) if (c & C.Slur && w[0] === k[0] && !w.startsWith(k)) return c & FUZZY_CLASSES;
    return 0;
  }

  private nearHead(k: string): boolean {
    if (this.phraseHeads.has(k)) return false;
    // A dictionary word only with a letter dropped (`back`, `tans`), not added (`trains`, `gray`) or swapped.
    const dictionary = this.exceptions.has(k);
    // (Nor a letter added to a 3-letter head: `gray` is no `gay`.)
    for (let i = 0; i < k.length && !dictionary && k.length > 4; i++) if (this.phraseHeads.has(k.slice(0, i) + k.slice(i + 1))) return true; // a letter added
    for (const h of this.phraseHeads) {
      if (h.length !== k.length + 1 || h[0] !== k[0]) continue;
      for (let i = 1; i < h.length; i++) if (h.slice(0, i) + h.slice(i + 1) === k) return true; // a letter dropped
    }
    for (let i = 1; i + 1 < k.length && !dictionary; i++) if (this.phraseHeads.has(k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2))) return true; // two swapped
    return false;
  }

  /** Class bits per token; phrase matches mark every token they cover. */
  classify(tokens: Token[], english = false): Uint32Array {
    const n = tokens.length;
    const cls = new Uint32Array(n);
    let any = 0;
    let unknown: number[] | undefined;
    const memos = new Array<HateKeyMemo>(n);
    const keys = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const k = tokens[i].key;
      keys[i] = k;
      // Exact class, or of plurals, possessives and oblique forms of group words and slurs
      // (`women's`, `katuas`, `mullon`), and the phrases the key starts: memoized per key.
      const memo = this.memo(tokens[i]);
      memos[i] = memo;
      let c = memo.exact;
      // Spelling passes (edits, run-together and masked words) only for word-sized tokens: their
      // cost grows with the square of the length, and no misspelt phrase is this long.
      if (c === 0 && tokens[i].script === 'latn' && k.length >= 2 && k.length <= MAX_FUZZY_LENGTH) (unknown ??= []).push(i);
      cls[i] |= c;
      any |= c;
    }
    any |= this.phrasePass(keys, cls, memos);
    // `back people`, `tans people`, `blck person`: before a person noun, a word one letter from the head of a
    // group phrase is that phrase, even when it is a dictionary word (no letter substitutions: `pay people`).
    for (let i = 0; i + 1 < n; i++) {
      if (cls[i] & C.Identity || !memos[i + 1].person || tokens[i].script !== 'latn' || keys[i].length < 2 || keys[i].length > 12) continue;
      const memo = memos[i];
      if (memo.nearHead < 0) memo.nearHead = this.nearHead(keys[i]) ? 1 : 0;
      if (memo.nearHead === 1) {
        cls[i] |= C.Identity;
        cls[i + 1] |= C.Identity;
        any |= C.Identity;
      }
    }
    // Misspelt and inflected words only matter next to something hostile or a group word, so the
    // (costlier) fuzzy pass runs only when the exact pass found one of them.
    if (!unknown) return cls;
    if (!(any & (C.Identity | C.Slur | C.Dehum | C.NegAttr | C.HateVerb | C.Violence | C.ViolencePassive | C.Exclusion))) {
      // Nothing relevant found, but a run-together word (`ihatewomen`) or a masked one may hide both
      // the group and the attack: only long or masked words are looked at then.
      let found = 0;
      for (const i of unknown) {
        const k = tokens[i].key;
        let c = k.length >= 8 ? this.splitMemo(tokens[i]) | C.Merged : tokens[i].masked ? this.maskedMemo(tokens[i])?.[1] ?? 0 : 0;
        // A misspelt slur alone (`faggts`, `ragheds`): slurs of 6+ letters are fuzzy-indexed.
        // English comments only, and only a dropped or swapped letter (`China's` is no `chinks`).
        if (english && !(c & FUZZY_CLASSES) && k.length >= 5 && !tokens[i].masked) {
          const memo = this.memo(tokens[i]);
          if (memo.slurTypo < 0) memo.slurTypo = this.slurTypo(k);
          c |= memo.slurTypo;
        }
        cls[i] |= c & ~C.Anaphora;
        found |= c;
      }
      if (!(found & (C.Identity | C.Slur | C.Dehum | C.NegAttr | C.HateVerb | C.Violence | C.ViolencePassive | C.Exclusion))) return cls;
    }
    let changed = false;
    for (const i of unknown) {
      const k = tokens[i].key;
      let c = 0;
      if (cls[i]) continue;
      if (tokens[i].masked || k.includes('*')) {
        const m = this.maskedMemo(tokens[i]);
        if (m) {
          cls[i] |= m[1] & FUZZY_CLASSES;
          keys[i] = m[0];
          changed = true;
          continue;
        }
      }
      // A word split in two (`mus lims`, `dis gusting`): the halves joined make a listed word.
      // (Not a name and a short word: `Kashmir is` is no `kashmiris`.)
      if (c === 0 && i + 1 < n && tokens[i + 1].script === 'latn' && !(cls[i + 1] & FUZZY_CLASSES) && (k.length < 5 || tokens[i + 1].key.length > 2) && this.memo(tokens[i]).joins) {
        const joined = this.single.get(k + tokens[i + 1].key) ?? 0;
        if (joined & FUZZY_CLASSES) {
          cls[i] |= joined & FUZZY_CLASSES;
          cls[i + 1] |= joined & FUZZY_CLASSES;
          continue;
        }
      }
      if (c === 0) {
        const m = this.fuzzyMemo(tokens[i]);
        if (m) {
          c = m[1] & FUZZY_CLASSES;
          // `black` ~ `blacks` keeps its own key, so the phrase `black people` still matches.
          if (!m[0].startsWith(k)) {
            keys[i] = m[0];
            changed = true;
          }
        }
      }
      if (c === 0 && k.length >= 5) {
        c = this.splitMemo(tokens[i]);
        if (c) c |= C.Merged;
      }
      cls[i] |= c;
    }
    if (changed) this.phrasePass(keys, cls);
    return cls;
  }
}

const MAX_FUZZY_LENGTH = 40;
const PHRASE_PERSON = new Set(['people', 'person', 'ppl', 'folks', 'folk', 'guys', 'kids'].map(key));
const MAX_MASKED_LETTERS = 2;

const FUZZY_CLASSES = C.Identity | C.Slur | C.Dehum | C.NegAttr | C.HateVerb | C.Violence | C.ViolencePassive;

// "hate against", "hate crimes", "hate speech": hate named as a phenomenon.
const DESCRIBED_NEXT = new Set(['of', 'against', 'towards', 'toward', 'crime', 'crimes', 'speech', 'campaign', 'campaigns', 'propaganda', 'mongers', 'monger', 'mongering', 'comments', 'posts', 'messages', 'groups', 'group', 'speeches', 'attacks', 'rhetoric', 'politics', 'agenda'].map(romanKey));
const OPPOSE = new Set(['stop', 'end', 'fight', 'fighting', 'condemn', 'against', 'oppose', 'spreading', 'spread', 'spreads', 'no', 'rising', 'growing'].map(romanKey));
// Short function words that get run into a neighbour when spaces are dropped.
// Not `the`, `r`, `a`: `the|rapists`, `r|apes` and `a|…` would split innocent words.
const JOINABLE = new Set(['i', 'are', 'is', 'so', 'all', 'we', 'you', 'to', 'be', 'must', 'should', 'will', 'these', 'those', 'such', 'really', 'very', 'just'].map(romanKey));
const ENDORSE = new Set(['true', 'right', 'agree', 'agreed', 'exactly', 'correct', 'fact', 'facts', 'yes', 'indeed', 'sahi', 'bilkul', 'satya', 'sach', 'well'].map(romanKey));
const FIRST_PERSON = new Set(['i', 'we', 'im', 'ive', 'main', 'hum'].map(romanKey));
const NOT_NEGATING_NEXT = new Set(['offence', 'offense', 'joke', 'kidding', 'wait', 'surprising', 'surprised', 'shocking', 'coincidence', 'accident', 'but', 'better', 'different', 'smarter', 'beter', 'wonder', 'doubt', 'surprise'].map(romanKey));
const WISH = new Set(['want', 'wish', 'wants', 'wished', 'wanted', 'hope', 'like', 'love', 'make', 'makes', 'see', 'watch', 'let', 'making', 'seeing', 'watching'].map(romanKey));
// Links a group to what is said of it ("Muslims ARE vermin", "women SEEM stupid", "they R scum").
const LINK = new Set(['remind', 'reminds', 'resemble', 'resembles', 'need', 'needs', 'to', 'can', 'could', 'may', 'go', 'should', 'must', 'are', 'is', 'am', 'be', 'been', 'being', 'were', 'was', 'r', 'become', 'became', 'becomes', 'becoming', 'remain', 'remains', 'seem', 'seems', 'look', 'looks', 'act', 'acts', 'behave', 'behaves', 'like', 'as', 'smell', 'sound', 'sounds', 'aint', 'nothing', 'just', 'all', 'truly', 'really', 'literally', 'basically', 'always', 'simply', 'honestly', 'clearly', 'obviously', 'naturally', 'inherently', 'hai', 'hain', 'ho', 'hote', 'hoti', 'hota', 'है', 'हैं', 'होते', 'होती'].map(key));
// One word allowed between a group and its attribute without a link ("women honestly disgust me").
const ADVERB = new Set(['such', 'all', 'just', 'so', 'really', 'truly', 'literally', 'basically', 'always', 'simply', 'honestly', 'clearly', 'obviously', 'totally', 'completely', 'only', 'mostly', 'sab', 'sabhi', 'सब', 'सभी'].map(key));
// A participle that makes the clause somebody else's view or treatment ("Dalits are TREATED like animals").
const NONPRED = new Set(['calling', 'labelling', 'labeling', 'branding', 'view', 'views', 'see', 'sees', 'consider', 'considers', 'call', 'calls', 'label', 'labels', 'regard', 'regards', 'portray', 'portrays', 'describe', 'describes', 'treat', 'treats', 'paint', 'paints', 'brand', 'brands', 'treated', 'called', 'labelled', 'labeled', 'branded', 'seen', 'viewed', 'portrayed', 'described', 'considered', 'regarded', 'dismissed', 'painted', 'depicted', 'stereotyped', 'demonised', 'demonized', 'shown', 'framed', 'tagged', 'accused', 'mocked', 'abused', 'made', 'forced', 'kept', 'dehumanised', 'dehumanized', 'compared', 'likened', 'referred',
  // "The little girl was told when the dog barked": a passive report, or a new clause, before the noun.
  'told', 'asked', 'warned', 'informed', 'when', 'while', 'whenever', 'because', 'until', 'unless', 'although', 'though'].map(key));
// Who else can hate ("people hate Muslims", "why do they hate women"): a report, not the author's hate.
const OTHER_SUBJECT = new Set(['you', 'u', 'your', 'ur', 'yall', 'people', 'many', 'some', 'who', 'everyone', 'everybody', 'he', 'she', 'someone', 'anyone', 'others', 'why', 'they', 'men', 'folks', 'bigots', 'racists', 'trolls', 'haters', 'society', 'media', 'government', 'bjp', 'rss', 'congress', 'politicians', 'still', 'often'].map(key));
// "I hate HOW women are treated", "I hate THAT Dalits still face…": the object is a situation.
const CLAUSE_NEXT = new Set(['how', 'that', 'when', 'seeing', 'it', 'what', 'hearing', 'watching', 'reading'].map(key));
// Words that may stand between a group and a denied quality ("Muslim lives do NOT matter").
/** "one good THING about …": what a denied good is said of. */
const GOOD_THING = new Set(['thing', 'things', 'word', 'words', 'quality', 'qualities', 'trait', 'traits'].map(key));
const DENY_FILLER = new Set(['single', 'deserves', 'close', 'here', 'near', 'still', 'our', 'going', 'gonna', 'ever', 'able', 'capable', 'opinions', 'opinion', 'votes', 'vote', 'views', 'voices', 'voice', 'rights', 'feelings', 'words', 'are', 'is', 'be', 'were', 'was', 'will', 'can', 'could', 'should', 'would', 'do', 'does', 'did', 'have', 'has', 'ever', 'any', 'really', 'just', 'even', 'truly', 'lives', 'life', 'all', 'as', 'so', 'very', 'a', 'an', 'the', 'of', 'to', 'seem', 'seems', 'considered', 'been', 'being', 'become', 'considered', 'at', 'real', 'equal', 'true', 'proper', 'actual', 'normal', 'hote', 'hai', 'hain', 'anything', 'done', 'got', 'i', 'know', 'knew', 'met', 'ive', 'seen', 'remotely', 'slightly', 'particularly', 'entirely', 'fully', 'completely', 'totally', 'somewhat', 'exactly', 'too', 'that', 'and', 'never', 'my', 'your', 'his', 'her'].map(key));
// Put / send a group somewhere: `belong in a zoo`, `lock them in cages`, `send them to camps`.
const BELONG = new Set(['place', 'belong', 'belongs', 'put', 'send', 'sent', 'throw', 'thrown', 'lock', 'locked', 'keep', 'kept', 'dump', 'dumped', 'ship', 'shipped', 'move', 'moved', 'stay', 'chained', 'caged', 'confine', 'confined', 'bhejo', 'bhej', 'daalo', 'dalo', 'bhejna', 'भेजो', 'डालो'].map(key));
// "how can you say…", "if you think…", "anyone who says…": the author answers somebody else.
const ASKER = new Set(['if', 'how', 'why', 'anyone', 'whoever', 'those', 'people'].map(key));
const ASKED = new Set(['you', 'u', 'can', 'who', 'dare', 'could', 'would'].map(key));
// `to` is a call to violence only after these ("I want to kill…", "time to get rid of…"), not in "lead readers to attack".
const WANT_TO = new Set(['wanted', 'come', 'duty', 'job', 'mission', 'goal', 'aim', 'decided', 'wait', 'want', 'wants', 'wanna', 'going', 'need', 'needs', 'have', 'has', 'got', 'ought', 'deserve', 'deserves', 'like', 'love', 'wish', 'plan', 'planning', 'time', 'try', 'trying', 'ready', 'able', 'urge', 'must'].map(key));
const PERSON_NOUN = new Set(['people', 'ppl', 'men', 'man', 'women', 'woman', 'folk', 'folks', 'person', 'persons', 'guys', 'guy', 'boys', 'boy', 'girls', 'girl', 'kids', 'children', 'families', 'family', 'youths', 'youth', 'population', 'community', 'communities', 'immigrants', 'migrants', 'refugees', 'citizens', 'residents', 'neighbours', 'neighbors', 'males', 'females', 'couples', 'couple', 'ones', 'types', 'kind', 'lot', 'log', 'bhai', 'lives', 'life', 'house', 'houses', 'homes', 'home', 'blood', 'bodies', 'body', 'scum', 'filth', 'trash', 'bastards', 'pigs', 'dogs', 'rats', 'animals', 'cunts', 'shits', 'devils', 'demons', 'terrorists', 'lovers', 'drivers', 'workers', 'students', 'voters', 'mothers', 'fathers', 'kids', 'babies', 'colleagues', 'bosses', 'teachers', 'doctors', 'leaders', 'neighbour', 'neighbor', 'friend', 'friends', 'wife', 'wives', 'husband', 'husbands', 'son', 'sons', 'daughter', 'daughters', 'brother', 'brothers', 'sister', 'sisters', 'colleague', 'student', 'worker', 'writer', 'writers', 'player', 'players', 'mps', 'mlas'].map(key));
// Words that may follow a group word without making it an adjective ("gay and proud", "Muslim or not").
const FOLLOWER = new Set(['even', 'deserves', 'deserve', 'inside', 'alive', 'nearby', 'again', 'anymore', 'i', 'you', 'we', 'he', 'she', 'they', 'out', 'off', 'up', 'down', 'into', 'over', 'near', 'around', 'away', 'back', 'next', 'living', 'whom', 'anywhere', 'everywhere', 'and', 'or', 'who', 'that', 'which', 'from', 'in', 'on', 'at', 'here', 'there', 'today', 'now', 'too', 'also', 'only', 'always', 'never', 'ever', 'should', 'must', 'will', 'would', 'can', 'cant', 'could', 'shall', 'may', 'might', 'do', 'dont', 'does', 'doesnt', 'did', 'didnt', 'have', 'has', 'had', 'get', 'gets', 'like', 'with', 'for', 'to', 'of', 'by', 'but', 'so', 'because', 'if', 'then', 'than', 'as', 'ko', 'ki', 'ke', 'ka', 'se', 'ne', 'hai', 'hain', 'log', 'sab'].map(key));
// Words that open a clause with its own subject: what follows is not said of the group. "which"
// refers to the whole preceding clause ("women are underrepresented, which is a disgrace").
const CLAUSE_SUBJECT = new Set(['by', 'there', 'it', 'we', 'he', 'she', 'which', 'this'].map(key));
const OBJECT_OF = new Set(['of', 'by', 'against', 'who', 'whoever', 'whom', 'towards', 'toward', 'on', 'upon'].map(key));
const PAST_AUX = new Set(['were', 'was', 'been', 'had', 'got'].map(key));
// After a profane word said of a group: "…can fuck off", "…shut the fuck up", "…pieces of shit".
const PROFANE_TAIL = new Set(['up', 'off', 'away', 'out', 'of', 'you', 'them', 'themselves', 'head', 'heads', 'bag', 'bags', 'hole', 'holes', 'stain', 'stains', 'eaters', 'for', 'and', 'to', 'in', 'on'].map(key));
// What a group is said not to deserve ("women don't deserve the vote"); not "…don't deserve to be treated so".
const DESERVED = new Set(['vote', 'votes', 'rights', 'respect', 'freedom', 'equality', 'jobs', 'citizenship', 'anything', 'life', 'live', 'exist', 'voice', 'dignity', 'education', 'help', 'kindness', 'mercy', 'love', 'happiness', 'success', 'sympathy', 'happy', 'loved', 'respected', 'free', 'peace', 'alive', 'heard'].map(key));
const OUT_VERB = new Set(['keep', 'kick', 'throw', 'drive', 'chase', 'get', 'force', 'push', 'vote', 'boot', 'toss', 'ban'].map(key));
const WANT_AFTER = new Set(['near', 'around', 'next', 'here', 'there', 'in', 'near', 'around', 'anywhere', 'as', 'at', 'on', 'living', 'moving', 'coming', 'anymore', 'any', 'working', 'teaching'].map(key));
const UNSAFE = new Set(['fear', 'afraid', 'unsafe', 'scared', 'danger', 'pain', 'poverty', 'misery', 'hunger', 'hungry', 'suffering', 'unwelcome', 'excluded', 'left', 'harm', 'hurt', 'targeted'].map(key));
const INTENSIFIERS = new Set(['fucking', 'fuckin', 'fking', 'effing', 'bloody', 'goddamn', 'damn', 'freaking', 'fricking', 'friggin', 'frigging'].map(key));
const COPULA = new Set(['am', 'are', 'im', 'be', 'being', 'was', 'been'].map(key));
const MENTION = new Set(['said', 'say', 'saying', 'says', 'word', 'words', 'term', 'terms', 'spelled', 'spelt', 'typed', 'wrote', 'write', 'writing', 'autocorrect', 'autocorrected', 'slur', 'slurs'].map(key));
const HOW_LIVED = new Set(['in', 'with', 'like', 'under', 'through', 'without', 'on', 'as', 'this', 'that', 'such', 'so', 'from', 'for', 'of', 'being', 'getting', 'to'].map(key));
const VERDICT_FILLER = new Set(['of', 'them', 'every', 'one', 'single', 'pure', 'utter', 'absolute', 'absolutely', 'total', 'complete', 'utterly', 'a', 'an', 'the', 'bunch', 'lot', 'such', 'what', 'ugh', 'yuck', 'eww', 'ew'].map(key));
const DETERMINER = new Set(['the', 'these', 'those', 'this', 'that', 'our', 'their', 'his', 'her', 'my', 'your'].map(key));
const PART_OF = new Set(['one', 'some', 'each', 'rest', 'any', 'none', 'most', 'many', 'all', 'every', 'lot', 'lots', 'bunch', 'hundreds', 'thousands', 'millions'].map(key));
const AGENT = new Set(['mob', 'mobs', 'enemies', 'enemy', 'haters', 'abusers', 'goons', 'thugs', 'culprits', 'accused', 'guilty', 'perpetrators'].map(key));
// (hindi9: also the active perfect, "Gabbar ne Thakur ke haath kaat diye the": a story of what was done, not a call.)
const HI_PASSIVE_PAST = new Set(['gaya', 'gaye', 'gayi', 'gai', 'gya', 'gye', 'gyi', 'गया', 'गए', 'गये', 'गई', 'गयी', 'diya', 'diye', 'daala', 'dala', 'daale', 'dale', 'daali', 'dali', 'दिया', 'दिए', 'दिये', 'डाला', 'डाले', 'डाली'].map(key));
const SUPERLATIVE = new Set(['worst', 'most', 'hardest', 'badly', 'severely', 'least'].map(key));
// What a group lives in or undergoes ("life FOR Dalits is hard", "the plight OF migrants is terrible").
const SITUATION = new Set(['life', 'lives', 'situation', 'plight', 'state', 'fate', 'future', 'safety', 'condition', 'conditions', 'weather', 'time', 'times', 'days', 'prospects', 'odds', 'chances', 'world', 'climate', 'environment', 'reality', 'struggle', 'struggles', 'rights', 'treatment', 'persecution', 'lynching', 'lynchings', 'killing', 'killings', 'murder', 'murders', 'exclusion', 'exploitation', 'oppression', 'suffering', 'poverty', 'education', 'health', 'housing', 'representation'].map(key));
// Between a threat marked by personal_attack and the group it goes on to name ("…the throat OF EVERY Muslim").
const THREAT_OBJECT_FILLER = new Set(['of', 'the', 'every', 'any', 'a', 'an', 'next', 'single', 'each', 'last', 'one', 'and', 'other', 'those', 'these', 'you', 'u', 'filthy', 'dirty', 'fucking'].map(key));
// Who a threat is aimed at when the group is named before it.
const THREAT_PRONOUN = new Set(['you', 'u', 'your', 'ur', 'yall', 'them', 'they', 'their', 'her', 'him', 'yourselves', 'yourself'].map(key));
// Gerunds of violence whose approval is a call for it ("killing X is the right thing"). Not deporting or banning
// (policy debate).
const GERUND_VIOLENCE = new Set(['hating', 'despising', 'killing', 'murdering', 'shooting', 'hanging', 'lynching', 'gassing', 'exterminating', 'burning', 'beating', 'raping', 'slaughtering', 'butchering', 'stabbing', 'torturing', 'executing', 'eliminating', 'eradicating', 'wiping', 'nuking', 'bombing', 'drowning', 'hurting', 'attacking', 'massacring', 'culling', 'sterilising', 'sterilizing', 'enslaving', 'euthanising', 'euthanizing', 'beheading', 'stoning', 'gunning', 'hunting', 'punching', 'kicking', 'slapping', 'harming'].map(key));
// Approval of an act or a wish ("…is the right thing", "it would be great if…").
const APPROVE = new Set(['natural', 'right', 'fine', 'okay', 'ok', 'good', 'great', 'justified', 'necessary', 'answer', 'solution', 'deed', 'duty', 'fun', 'legal', 'needed', 'best', 'acceptable', 'better', 'nice', 'wonderful', 'awesome', 'amazing', 'perfect', 'ideal', 'deserved', 'fair', 'admirable', 'brilliant', 'excellent', 'love', 'celebrate', 'prefer', 'pleasure', 'patriotic', 'heroic', 'noble', 'mandatory', 'compulsory', 'encouraged', 'allowed', 'rewarded'].map(key));
const NEED = new Set(['need', 'needs', 'deserve', 'deserves'].map(key));
const GERUND_BEFORE = new Set(['stop', 'start', 'keep', 'about', 'like', 'by', 'of', 'for', 'is', 'was', 'are', 'and', 'but', 'that', 'love', 'enjoy', 'recommend', 'support', 'suggest', 'consider', 'think', 'believe', 'mind', 'justify', 'justifies', 'justified', 'approve', 'endorse', 'condemn', 'oppose', 'against', 'says', 'said'].map(key));
const ANIMAL = new Set(['goat', 'goats', 'donkey', 'cow', 'dog', 'pig', 'rat', 'monkey', 'animal', 'corpse', 'rock', 'snake', 'cockroach', 'chimp', 'gorilla', 'sheep', 'horse', 'camel', 'toilet', 'stone', 'tree', 'robot'].map(key));
const BYWORD_VERB = new Set(['would', 'will', 'did', 'does', 'is', 'was', 'always', 'cant', 'couldnt', 'wouldnt'].map(key));
const REGRET = new Set(['shame', 'pity', 'sad', 'unfortunate', 'disgrace', 'sucks', 'tragedy', 'mistake', 'sorry', 'hate', 'disgusting', 'sickening', 'sick', 'sickens', 'disgusts', 'angry', 'annoys', 'upsets', 'disgusted', 'furious'].map(key));
const PREP = new Set(['on', 'against', 'towards', 'toward', 'upon'].map(key));
const DONE_TO = new Set(['happened', 'happens', 'done', 'did', 'does', 'compared', 'cruelty', 'injustice', 'violence'].map(key));
// A fear, a warning or a report that frames a clause of violence ("Muslims FEAR that mobs will attack
// them", "Dalit families were TOLD they will be killed"): news of a threat against the group, not a call.
const REPORT_FRAME = new Set(['fear', 'fears', 'feared', 'afraid', 'worry', 'worries', 'worried', 'told', 'warned', 'threatened', 'alleged', 'alleges', 'claimed', 'said', 'says', 'reported', 'reports', 'feel', 'felt', 'scared', 'terrified', 'fearing'].map(key));
const NP_FILLER = new Set(['a', 'an', 'most', 'very', 'more', 'such', 'really'].map(key));
const COMPARED_DOWN = new Set(['dumber', 'stupider', 'lazier', 'dirtier', 'filthier', 'uglier', 'greedier', 'nastier', 'smellier', 'lower'].map(key));
const CONTROL = new Set(['control', 'controls', 'run', 'runs', 'own', 'owns', 'rule', 'rules', 'secretly', 'manipulate', 'manipulates'].map(key));
const CONTROLLED = new Set(['media', 'banks', 'world', 'government', 'governments', 'economy', 'bollywood', 'hollywood', 'underworld', 'press', 'money', 'finance', 'country', 'courts', 'judiciary', 'system', 'everything'].map(key));
const MYTH = new Set(['myth', 'myths', 'lie', 'lies', 'false', 'untrue', 'conspiracy', 'nonsense', 'propaganda', 'stereotype', 'stereotypes', 'trope', 'tropes', 'antisemitic', 'hoax'].map(key));
const PLACE_PREP = new Set(['in', 'inside', 'at', 'under', 'into', 'from', 'near', 'amid', 'among', 'through', 'within'].map(key));
const RHETORICAL_NEG = new Set(['arent', 'isnt', 'dont', 'doesnt', 'wont', 'wouldnt', 'cant', 'shouldnt'].map(key));
const STRONG_MODAL = new Set(['should', 'must', 'need', 'needs', 'ought', 'deserve', 'deserves', 'shall', 'gotta', 'got', 'lets', 'let', 'chahiye', 'chahie', 'चाहिए', 'please', 'have', 'has'].map(key));
// Between a first-person word and a slur it reclaims: "I'm a proud dyke", "we are proud queers".
const RECLAIM_FILLER = new Set(['am', 'are', 'a', 'an', 'proud', 'fellow', 'being', 'happy', 'loud', 'out', 'and', 'just', 'big', 'old', 'real', 'the', 'one', 'of', 'fat', 'little', 'bunch', 'us', 'such'].map(key));
const PLURAL_SUFFIXES = ['s', 'es', 'on', 'o', 'yon', 'ion'];
// English words that end like a Hindi oblique plural of a listed word: "ration" is no `rat` + `-ion` ("Give
// migrants ration cards" was held as dehumanising). The only two such words of the English dictionary.
const NOT_INFLECTED = new Set(['ration', 'refugio'].map(key));
// Where a quality denied to a group is denied everywhere ("no value in SOCIETY", "no place in THIS COUNTRY").
const SOCIETY = new Set(['way', 'sense', 'shape', 'form', 'society', 'societies', 'world', 'country', 'nation', 'india', 'civilisation', 'civilization', 'life', 'humanity', 'community', 'communities', 'britain', 'america', 'europe', 'public'].map(key));
const SOCIETY_FILLER = new Set(['a', 'the', 'our', 'this', 'any', 'modern', 'civilised', 'civilized', 'decent', 'normal', 'human', 'public', 'my', 'your', 'their', 'real'].map(key));
// Between a negation and a good quality named before the group: "there is NO such thing as a DECENT immigrant",
// "I have NEVER met a SMART woman", "NOT a single HONEST Muslim".
const NEG_ADJ_FILLER = new Set(['a', 'an', 'single', 'one', 'such', 'thing', 'as', 'met', 'seen', 'known', 'ever', 'have', 'has', 'had', 'i', 'ive', 'there', 'is', 'theres', 'been', 'really', 'truly', 'yet', 'even', 'found', 'any', 'in', 'my', 'life', 'whole', 'entire', 'you', 'will', 'find', 'can', 'could', 'meet', 'see', 'would', 'll'].map(key));
// Comparatives by which something lowly is put above a group ("my dog is SMARTER than any immigrant").
// (Not `better`, `valued`, `respect`: "cows are treated better than Dalits" is a complaint.)
const COMPARED_UP = new Set(['smarter', 'cleaner', 'wiser', 'brighter', 'saner', 'useful', 'intelligent', 'human', 'civilised', 'civilized', 'honest', 'trustworthy', 'loyal', 'brains', 'sense'].map(key));
const LOWLY = new Set(['cat', 'cats', 'dog', 'dogs', 'pet', 'pets', 'parrot', 'hamster', 'goldfish', 'rock', 'rocks', 'potato', 'potatoes', 'toaster', 'chair', 'brick', 'bricks', 'plant', 'plants', 'vegetable', 'vegetables', 'cow', 'cows', 'goat', 'goats', 'donkey', 'donkeys', 'pig', 'pigs', 'rat', 'rats', 'monkey', 'monkeys', 'chimp', 'chimps', 'animal', 'animals', 'horse', 'sheep', 'cockroach', 'dirt', 'stone', 'tree', 'snail', 'worm', 'fish', 'chicken', 'chickens', 'bird', 'birds', 'insect', 'insects'].map(key));
// "why would anyone HIRE a woman?", "why would you MARRY a Dalit?": a question that says nobody should.
const WHY_WOULD_VERB = new Set(['hire', 'marry', 'date', 'trust', 'employ', 'want', 'befriend', 'love', 'respect', 'rent', 'believe', 'touch', 'kiss', 'like', 'promote', 'elect', 'listen', 'help', 'save'].map(key));
// "why do we LET Muslims into this country?", "why should we TOLERATE trans people?".
const WHY_LET = new Set(['let', 'allow', 'tolerate', 'accept', 'admit', 'welcome', 'import'].map(key));
// "They BREED like rats": said only of a group of people.
const BREED = new Set(['breed', 'breeds', 'breeding', 'multiply', 'multiplying', 'multiplies', 'reproduce', 'spawn', 'spawning'].map(key));
// A question asking who could do harm, answering itself: "Who would want to hurt a disabled person?"
const WHO_HOW = new Set(['who', 'how'].map(key));
// What a group does, as the object of the author's hate ("I hate how Muslims ACT").
const BEHAVE = new Set(['act', 'acts', 'behave', 'behaves', 'talk', 'talks', 'dress', 'dresses', 'smell', 'smells', 'look', 'looks', 'think', 'thinks', 'live', 'eat', 'eats', 'pray', 'prays', 'breed', 'speak', 'speaks', 'walk', 'walks', 'sound', 'sounds', 'move', 'come', 'show', 'whine', 'whines', 'complain', 'complains', 'exist', 'exists', 'keep', 'always', 'never', 'just', 'think'].map(key));
// "I feel SICK when I see Muslims", "I get ANGRY whenever I meet a disabled person".
const FEEL_BAD = new Set(['sick', 'ill', 'angry', 'furious', 'disgusted', 'nauseous', 'nauseated', 'vomit', 'puke', 'mad', 'rage', 'enraged', 'revolted', 'repulsed', 'uncomfortable', 'queasy'].map(key));
const WHEN = new Set(['when', 'whenever', 'time', 'if'].map(key));
const SEE = new Set(['see', 'meet', 'hear', 'notice', 'spot', 'look', 'think'].map(key));
const ONLY_VERB = new Set(['want', 'wants', 'care', 'cares', 'know', 'knows', 'think', 'thinks', 'understand', 'understands', 'love', 'loves', 'live', 'lives', 'exist', 'exists', 'come', 'came', 'respect', 'respects'].map(key));
const VICE = new Set(['money', 'sex', 'violence', 'free', 'handouts', 'benefits', 'welfare', 'attention', 'drugs', 'crime', 'breeding', 'killing', 'stealing', 'steal', 'cheat', 'lie', 'lying', 'power', 'force', 'guns', 'terror', 'jihad', 'rape', 'cash', 'gold', 'dowry'].map(key));
const PERCEIVE = new Set(['look', 'see', 'saw', 'seen', 'watch', 'check', 'behold', 'meet', 'met'].map(key));
const TIME_WORD = new Set(['today', 'again', 'here', 'there', 'yesterday', 'now', 'everywhere', 'tonight', 'outside'].map(key));
const VERDICT_PERSON = new Set(['people', 'creature', 'creatures', 'person', 'persons', 'folk', 'folks', 'ones', 'species', 'beings', 'things', 'thing', 'lot', 'bunch', 'crowd'].map(key));
const PERMIT_GERUND = new Set(['letting', 'allowing', 'giving', 'accepting', 'admitting', 'hiring', 'electing', 'welcoming', 'importing', 'emancipating', 'freeing'].map(key));
const MISTAKE = new Set(['mistake', 'mistakes', 'error', 'disaster', 'blunder', 'catastrophe'].map(key));
const ARRIVE = new Set(['moved', 'move', 'moves', 'came', 'come', 'arrived', 'arrive', 'showed', 'turned', 'started', 'got', 'invaded'].map(key));
const WAS_GOOD = new Set(['nice', 'good', 'great', 'safe', 'fine', 'peaceful', 'clean', 'quiet', 'lovely', 'decent', 'pleasant'].map(key));
const WENT_BAD = new Set(['downhill', 'worse', 'ruined', 'unsafe', 'dirty', 'filthy', 'shithole', 'dump', 'hell'].map(key));
const THEIR_OWN = new Set(['lives', 'life', 'kind', 'kids', 'children', 'babies', 'existence', 'opinions', 'opinion', 'votes', 'voices', 'guts', 'lot', 'type', 'sort', 'breed', 'race', 'women', 'men', 'sons', 'daughters', 'families', 'people', 'religion', 'culture'].map(key));
// What is done to a group, hated in its stead ("I hate the VIOLENCE against women").
const ACT_NOUN = new Set(['violence', 'abuse', 'bigotry', 'injustice', 'hatred', 'hate', 'attacks', 'attack', 'crimes', 'crime', 'cruelty', 'prejudice', 'bias', 'treatment', 'slurs', 'insults', 'jokes', 'rhetoric', 'propaganda', 'lies'].map(key));
const INTERJECTION = new Set(['ugh', 'urgh', 'eww', 'ew', 'yuck', 'oh', 'god', 'jeez', 'bloody', 'typical', 'more', 'again'].map(key));
const HAVE_FEEL = new Set(['have', 'feel', 'harbour', 'harbor', 'carry'].map(key));
const INTENSE = new Set(['deep', 'intense', 'strong', 'real', 'pure', 'burning', 'visceral', 'total', 'utter', 'such', 'great', 'huge', 'lot', 'of', 'lots', 'much', 'genuine'].map(key));
const NOBODY_VERB = new Set(['likes', 'like', 'loves', 'love', 'wants', 'want', 'trusts', 'trust', 'respects', 'respect', 'hires', 'hire', 'marries', 'marry', 'dates', 'date'].map(key));
const FOLLOWER_END = new Set(['anywhere', 'ever', 'alive', 'exists', 'exist', 'yet', 'around', 'here', 'today', 'left', 'before', 'either'].map(key));
const OBLIGED = new Set(['have', 'has', 'had', 'need', 'needs', 'forced', 'made'].map(key));
const WOULD_COULD = new Set(['would', 'could', 'can', 'does', 'do', 'will'].map(key));

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Every word the grammar reads by spelling (for the spelling repair's vocabulary, see spelling.ts). */
export function ruleWords(): string[] {
  const out: string[] = [...Object.values(K)];
  for (const set of [DESCRIBED_NEXT, OPPOSE, JOINABLE, ENDORSE, FIRST_PERSON, NOT_NEGATING_NEXT, WISH, LINK, ADVERB, NONPRED, OTHER_SUBJECT, CLAUSE_NEXT, DENY_FILLER, BELONG, ASKER, ASKED, WANT_TO, PERSON_NOUN, FOLLOWER, CLAUSE_SUBJECT, OBJECT_OF, PAST_AUX, PROFANE_TAIL, DESERVED, OUT_VERB, WANT_AFTER, UNSAFE, RHETORICAL_NEG, STRONG_MODAL, RECLAIM_FILLER]) out.push(...set);
  for (const w of [...MODALS, ...INSTITUTIONS, ...SUBGROUPS, ...ALL_WORDS]) out.push(...w.toLowerCase().split(' ').map(key));
  return out;
}

export type HateKind = 'slur' | 'dehumanising' | 'derogation' | 'hate_verb' | 'violence' | 'exclusion';

export interface HateHit {
  kind: HateKind;
  /** Token index range [from, to] covering the identity and the trigger. */
  from: number;
  to: number;
  score: number;
}

export interface RuleOutcome {
  hits: HateHit[];
  /** A hit was found but the comment reports and rejects it (counter-speech). */
  counterSpeech: boolean;
  /** Identity mentions (token indices), for the model gate. */
  identities: number[];
  /** Some hostile word (attribute, dehumanising noun, hate verb, violence, exclusion) is present. */
  hostile: boolean;
}

const HOSTILE = C.Dehum | C.NegAttr | C.HateVerb | C.Violence | C.ViolencePassive | C.Exclusion | C.ProfaneMod;
const SENTENCE_END = new Set([...'.!?।|;\n'].map((c) => c.charCodeAt(0)));
const QUOTES = new Set([...'"“”«»'].map((c) => c.charCodeAt(0)));

const SCORES: Record<HateKind, number> = { slur: 0.85, dehumanising: 0.92, derogation: 0.85, hate_verb: 0.88, violence: 0.95, exclusion: 0.85 };

const K = Object.fromEntries(['course', 'hit', 'off', 'this', 'in', 'yet', 'which', 'it', 'according', 'live', 'exist', 'were', 'fellow', 'own', 'my', 'our', 'myself', 'ourselves', 'best', 'im', 'am', 'i', 'we', 'the', 'typical', 'so', 'how', 'such', 'that', 'why', 'cant', 'good', 'only', 'about', 'deserve', 'deserves', 'any', 'more', 'want', 'need', 'out', 'every', 'one', 'else', 'who', 'for', 'towards', 'feel', 'have', 'worse', 'lower', 'dumber', 'dirtier', 'uglier', 'noone', 'pay', 'make', 'these', 'those', 'self', 'of', 'to', 'a', 'actually', 'an', 'are', 'avaidh', 'beter', 'but', 'dont', 'ilegal', 'just', 'les', 'more', 'no', 'nothing', 'only', 'r', 'realy', 'than', 'theyr', 'u', 'without', 'worse', 'you', 'kind', 'whoever', 'enough', 'being', 'getting', 'majority', 'half', 'group', 'number', 'if', 'happy', 'glad', 'what', 'hitler', 'right', 'finish', 'finished', 'fewer', 'even', 'still', 'exists', 'rather', 'do', 'does', 'should', 'be', 'allowed', 'vote', 'becoming', 'away', 'before', 'point', 'would', 'is', 'whats', 'shouldnt', 'like', 'get', 'suffer', 'worth', 'there', 'anyway', 'classic', 'needs', 'nobody', 'could', 'ever', 'will', 'really', 'way', 'keep', 'stay', 'from', 'place', 'not', 'me', 'as', 'much', 'them', 'with', 'wrong', 'paid', 'fed', 'biggest', 'huge', 'big', 'terrible', 'until', 'since', 'when', 'after', 'their', 'fuck', 'screw', 'ive', 'by', 'whether', 'fully', 'real', 'none'].map((w) => [w, key(w)])) as Record<string, string>;

const NOT_SLUR_FORMS = new Set(['niger', 'nigers']);

/**
 * One comment as the group rules read it (built by applyRules): its tokens and classes, sentence and
 * quotation per token, and the clause helpers. A record handed to groupPredicates, which is split out
 * of applyRules only so that neither function is too large for the optimizing compiler.
 */
interface RuleView {
  text: string;
  tokens: Token[];
  cls: Uint32Array;
  n: number;
  sent: Int32Array;
  quoted: Uint8Array;
  sentStart: number[];
  question: boolean[];
  hindi: boolean;
  hits: HateHit[];
  isNeg: (k: number) => boolean;
  negBetween: (a: number, b: number) => boolean;
  lessAfterNeg: (a: number, b: number) => boolean;
  tight: (a: number, b: number) => boolean;
  commaBetween: (a: number, b: number) => boolean;
  rhetorical: (k: number) => boolean;
  has: (i: number, c: number) => boolean;
  negAt: (i: number) => boolean;
  ownFeeling: (j: number) => boolean;
  societyAfter: (a: number) => boolean;
  askedWho: (k: number) => boolean;
  groupEnd: (i: number) => number;
  sentenceEndsAfter: (e: number) => boolean;
  linked: (i: number, j: number) => boolean;
  objectOfPrep: (i: number) => boolean;
  gerundObject: (i: number) => number;
  objectInRelative: (i: number) => boolean;
  framed: (k: number) => boolean;
  reportedPast: (i: number, j: number) => boolean;
  notSubject: (i: number) => boolean;
}

export function applyRules(text: string, tokens: Token[], cls: Uint32Array, language: Language, homonyms: Map<string, Set<string>> = HateLexicon.load().homonyms): RuleOutcome {
  const n = tokens.length;
  const hits: HateHit[] = [];
  const identities: number[] = [];
  let group = false;
  for (let i = 0; i < n; i++) if (cls[i] & (C.Identity | C.Slur)) group = true;
  // "These people breed like rats", "they multiply like cockroaches": said only of a people, the pronoun is a group.
  for (let i = 0; i + 2 < n; i++) {
    if (!(cls[i] & C.Anaphora)) continue;
    let k = i + 1;
    while (k < n && k <= i + 3 && (ADVERB.has(tokens[k].key) || cls[k] & (C.Anaphora | C.Modal) || tokens[k].key === K.just)) k++;
    if (k + 1 < n && BREED.has(tokens[k].key) && tokens[k + 1].key === K.like) {
      for (let m = i; m < k && cls[m] & C.Anaphora; m++) cls[m] |= C.Identity;
      group = true;
    }
  }
  if (!group) return { hits, counterSpeech: false, identities, hostile: false }; // every rule needs a group word
  // Sentence id and quotation state per token.
  const sent = new Int32Array(n);
  const quoted = new Uint8Array(n);
  const sentStart: number[] = [0];
  const question: boolean[] = [];
  let s = 0;
  let inQuote = false;
  for (let i = 0; i <= n; i++) {
    // Scan the gap before token i for sentence ends and quotation marks (no allocation).
    let brk = false;
    let q = false;
    const to = i < n ? tokens[i].start : text.length;
    for (let p = i > 0 ? tokens[i - 1].end : 0; p < to; p++) {
      const c = text.charCodeAt(p);
      if (SENTENCE_END.has(c)) {
        brk = true;
        if (c === 0x3f) q = true;
      } else if (QUOTES.has(c)) inQuote = !inQuote;
    }
    if (i > 0 && (brk || i === n)) question[s] = q;
    if (i === n) break;
    if (brk && i > 0) {
      s++;
      sentStart[s] = i;
    }
    sent[i] = s;
    quoted[i] = inQuote ? 1 : 0;
  }
  // "They are just women after all", "because they're Dalits": the pronoun names the group, so every
  // pronoun in the comment stands for it, before or after.
  let cataphora = false;
  for (let i = 0; i + 1 < n && !cataphora; i++) {
    if (!(cls[i] & C.Anaphora)) continue;
    let k = i + 1;
    if (tokens[k].key === K.are || tokens[k].key === K.r) k++;
    while (k < n && (ADVERB.has(tokens[k].key) || tokens[k].key === K.a || tokens[k].key === K.an || tokens[k].key === K.but || tokens[k].key === K.nothing)) k++;
    if (k < n && k > i + 1 && cls[k] & C.Identity && !(cls[k] & C.Anaphora)) cataphora = true;
    else if (k < n && k === i + 1 && tokens[i].key.startsWith(K.theyr) && cls[k] & C.Identity) cataphora = true;
  }
  // "They disgust me, these Muslims": the group named after a comma at the end of the sentence.
  for (let i = 2; i < n && !cataphora; i++) {
    if (!(cls[i] & C.Identity) || cls[i] & C.Anaphora || !(tokens[i - 1].key === K.these || tokens[i - 1].key === K.those)) continue;
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    if ((e + 1 >= n || sent[e + 1] !== sent[i]) && text.slice(tokens[i - 2].end, tokens[i - 1].start).includes(',')) cataphora = true;
  }
  let groupSent = -2;
  for (let i = 0; i < n; i++) {
    // "Immigrants are everywhere. I hate them.": a pronoun in the group word's sentence or the next
    // one stands for the group; `these` / `those` before a noun are determiners ("those reviews").
    // "Their lives are worthless", "I hate their guts": `their` before the people themselves (not "their safety").
    if (!(cls[i] & C.Anaphora) && tokens[i].key === K.their && i + 1 < n && THEIR_OWN.has(tokens[i + 1].key) && (sent[i] - groupSent <= 1 || cataphora)) cls[i] |= C.Anaphora;
    if (cls[i] & C.Anaphora && (sent[i] - groupSent <= 1 || cataphora) && !(cls[i] & (C.Identity | C.Slur))) {
      const det = (tokens[i].key === K.these || tokens[i].key === K.those) && i + 1 < n && sent[i + 1] === sent[i] && tokens[i + 1].script === 'latn' && !(cls[i + 1] & ~C.Positive) && !LINK.has(tokens[i + 1].key);
      if (!det) cls[i] |= C.Identity;
    }
    if (cls[i] & (C.Identity | C.Slur) && !(cls[i] & C.Anaphora)) groupSent = sent[i];
  }
  const hindi = language === 'hi' || language === 'hi-Latn';
  // "nothing but contempt", "no one but": intensifiers, not negations.
  // "no better than rats", "no different from pigs": comparisons, not negations.
  // "nothing disgusts me more than…", "there is nothing worse than…": superlatives.
  const isNeg = (k: number): boolean => {
    if (!(cls[k] & C.Negation)) return false;
    if (k + 1 < n && (NOT_NEGATING_NEXT.has(tokens[k + 1].key) || (tokens[k].key === K.nothing && tokens[k + 1].key === K.more))) return false;
    if (tokens[k].key === K.nothing || tokens[k].key === K.no) {
      for (let m = k + 1; m < Math.min(n, k + 6) && sent[m] === sent[k]; m++) if ((tokens[m].key === K.more || tokens[m].key === K.worse || tokens[m].key === K.les) && tokens[m + 1]?.key === K.than) return false;
    }
    return true;
  };
  const negBetween = (a: number, b: number): boolean => {
    for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (isNeg(k)) return true;
    return false;
  };
  // "no less human": a negation followed by `less` / `only` affirms instead.
  const lessAfterNeg = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k++) if (isNeg(k) && (tokens[k + 1]?.key === K.les || tokens[k + 1]?.key === K.only || tokens[k + 1]?.key === K.just)) return true;
    return false;
  };
  // Only spaces between two tokens ("fucking Muslims", not "what the fuck, Muslims").
  const tight = (a: number, b: number): boolean => {
    for (let p = tokens[a].end; p < tokens[b].start; p++) if (text.charCodeAt(p) !== 0x20) return false;
    return true;
  };
  // A comma between two tokens: a new clause ("…aren't a burden, THEY are wonderful").
  const commaBetween = (a: number, b: number): boolean => {
    for (let p = tokens[a].end; p < tokens[b].start; p++) if (text.charCodeAt(p) === 0x2c) return true;
    return false;
  };
  const rhetorical = (k: number): boolean => k >= 0 && k < n && RHETORICAL_NEG.has(tokens[k].key) && (k === 0 || sent[k - 1] !== sent[k]) && question[sent[k]];
  const has = (i: number, c: number): boolean => i >= 0 && i < n && (cls[i] & c) !== 0;
  const negAt = (i: number): boolean => i >= 0 && i < n && isNeg(i);
  // "I have a deep hatred of…", "I feel disgust towards…": the author's own feeling named as a noun.
  const ownFeeling = (j: number): boolean => {
    for (let k = j - 1; k >= Math.max(1, j - 4) && sent[k] === sent[j]; k--) {
      if (HAVE_FEEL.has(tokens[k].key) && (tokens[k - 1].key === K.i || tokens[k - 1].key === K.ive || tokens[k - 1].key === K.im)) return !negAt(k - 1) && !negAt(k + 1);
      if (!(tokens[k].key === K.a || tokens[k].key === K.an || tokens[k].key === K.so || INTENSE.has(tokens[k].key))) return false;
    }
    return false;
  };
  // "…no value IN (our) SOCIETY", "…no place in this country": the word after `in` at index a names society at large.
  const societyAfter = (a: number): boolean => {
    let k = a + 1;
    while (k < n && k <= a + 3 && sent[k] === sent[a] && SOCIETY_FILLER.has(tokens[k].key)) k++;
    return k < n && sent[k] === sent[a] && SOCIETY.has(tokens[k].key);
  };
  // "Who would want to hurt a disabled person?", "how could anyone attack Muslims?": a question that answers itself.
  const askedWho = (k: number): boolean => {
    if (!question[sent[k]]) return false;
    const a = sentStart[sent[k]];
    return a + 1 < n && WHO_HOW.has(tokens[a].key) && WOULD_COULD.has(tokens[a + 1].key);
  };
  // The last token of the group phrase starting at i ("trans people").
  const groupEnd = (i: number): number => {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    return e;
  };
  const sentenceEndsAfter = (e: number): boolean => e + 1 >= n || sent[e + 1] !== sent[e];
  // Is what follows the group at j said OF the group? Next word, one adverb away, or through a link verb.
  const linked = (i: number, j: number): boolean => {
    if (j - i === 1 || hindi) return true;
    if (j - i === 2 && (ADVERB.has(tokens[i + 1].key) || cls[i + 1] & (C.Dehum | C.NegAttr | C.ProfaneMod | C.Modal))) return true;
    let link = false;
    let comma = false;
    for (let k = i + 1; k < j; k++) {
      // "women are exploited BY primitive laws", "Muslims say IT is a problem": someone else is the subject.
      if (NONPRED.has(tokens[k].key) || CLAUSE_SUBJECT.has(tokens[k].key)) return false;
      // "Pakistanis are our brothers, THE POLITICIANS are the problem": a new subject after a comma.
      if (text.slice(tokens[k - 1].end, tokens[k].start).includes(',')) comma = true;
      if (comma && DETERMINER.has(tokens[k].key) && k + 1 < j && !(cls[k + 1] & (C.Identity | C.Slur | C.NegAttr | C.Dehum | C.ProfaneMod))) return false;
      if (LINK.has(tokens[k].key)) link = true;
    }
    return link;
  };
  // "Are Muslims really a threat?": a doubting question, not a claim.
  const doubting = (i: number): boolean => {
    if (!question[sent[i]]) return false;
    for (let k = i + 1; k <= Math.min(n - 1, i + 3); k++) if (tokens[k].key === K.realy || tokens[k].key === K.actually) return true;
    return false;
  };
  const FIRST = FIRST_PERSON;
  // The group as the object of a preposition: "the attack ON Muslims", "what happened TO the Dalit
  // family", "compared TO women" (not "want TO say women…", "all OF them", "OF course").
  const objectOfPrep = (i: number): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - 3) && sent[k] === sent[i]; k--) {
      const kk = tokens[k].key;
      if (kk === K.to) return k > 0 && DONE_TO.has(tokens[k - 1].key);
      if (PREP.has(kk)) return true;
      // "conditions FOR immigrants are terrible", "the treatment OF Muslims was cruel" (not "most of them").
      if (kk === K.for || kk === K.of) {
        const pk = k > 0 ? tokens[k - 1].key : '';
        // Not "an infestation OF immigrants", "a plague of…": the group named by a dehumanising word.
        return k > 0 && !(cls[k - 1] & (C.Dehum | C.NegAttr)) && SITUATION.has(pk);
      }
      if (!(cls[k] & (C.All | C.Identity)) && !DETERMINER.has(kk)) return false;
    }
    return false;
  };
  // The group as the object of a gerund that opens the clause ("KILLING Muslims is…", "stop HATING women"):
  // the gerund's index, or -1.
  const gerundObject = (i: number): number => {
    for (let k = i - 1; k >= Math.max(0, i - 3) && sent[k] === sent[i]; k--) {
      const kk = tokens[k].key;
      // ("BEING gay is…", "becoming a Muslim…": the identity itself, not an act done to the group.)
      if (kk.length > 4 && kk.endsWith('ing') && !(cls[k] & (C.NegAttr | C.Dehum | C.ProfaneMod | C.Identity | C.Slur | C.Positive)) && !INTENSIFIERS.has(kk) && kk !== K.being && kk !== K.becoming) {
        return k === 0 || sent[k - 1] !== sent[k] || GERUND_BEFORE.has(tokens[k - 1].key) ? k : -1;
      }
      if (!(cls[k] & (C.All | C.Identity)) && !DETERMINER.has(kk)) return -1;
    }
    return -1;
  };
  const objectInRelative = (i: number): boolean => {
    for (let k = i - 1; k >= Math.max(1, i - 4) && sent[k] === sent[i]; k--) {
      if (cls[k] & (C.HateVerb | C.Violence) && !(cls[k] & (C.Identity | C.Slur))) {
        let m = k;
        while (m > 0 && cls[m - 1] & C.HateVerb && sent[m - 1] === sent[k]) m--;
        for (let r = m - 1; r >= Math.max(0, m - 2); r--) if (tokens[r].key === K.who || tokens[r].key === K.that || tokens[r].key === K.whoever) return true;
        return false;
      }
      if (!(cls[k] & (C.All | C.Identity)) && !DETERMINER.has(tokens[k].key)) return false;
    }
    return false;
  };
  // "The migrants WERE sent back by the police": what happened, not a call (no modal in between).
  // A report or fear word earlier in the sentence of token k, within eight words, frames it.
  const framed = (k: number): boolean => {
    for (let m = k - 1; m >= 0 && m >= k - 8 && sent[m] === sent[k]; m--) if (REPORT_FRAME.has(tokens[m].key)) return true;
    return false;
  };
  const reportedPast = (i: number, j: number): boolean => {
    let past = false;
    for (let k = i + 1; k < j; k++) {
      if (cls[k] & C.Modal) return false;
      if (PAST_AUX.has(tokens[k].key)) past = true;
    }
    return past;
  };
  // "The killers OF the Dalit boy must be hanged", "those who ATTACKED Muslims should be shot": the group is
  // somebody's victim or a prepositional object, not the subject of the call.
  const notSubject = (i: number): boolean => {
    for (let k = i - 1; k >= Math.max(0, i - 4) && sent[k] === sent[i]; k--) {
      if (OBJECT_OF.has(tokens[k].key) && tokens[k].key === K.of && k > 0 && (cls[k - 1] & C.All || PART_OF.has(tokens[k - 1].key))) continue; // "all of the Muslims"
      if (OBJECT_OF.has(tokens[k].key) || (cls[k] & (C.Violence | C.ViolencePassive) && !(cls[k] & (C.Identity | C.Slur)))) return true;
      if (cls[k] & C.Modal || LINK.has(tokens[k].key)) return false;
    }
    return false;
  };

  const x: RuleView = { text, tokens, cls, n, sent, quoted, sentStart, question, hindi, hits, isNeg, negBetween, lessAfterNeg, tight, commaBetween, rhetorical, has, negAt, ownFeeling, societyAfter, askedWho, groupEnd, sentenceEndsAfter, linked, objectOfPrep, gerundObject, objectInRelative, framed, reportedPast, notSubject };
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if (c & C.Slur) {
      // Reclaimed: first person shortly before, nothing hostile or negated in between ("I'm a proud dyke",
      // "we queers", "I'm the loudest queer here"; not "I don't want any kikes here", "I hate fags").
      let reclaimed = false;
      // The author must BE what the slur names: right next to it ("we queers", "us dykes", "as a fag", "my fellow
      // dykes") or through a copula ("I'm a proud dyke", "we are the loudest queers"). "I had this <slur> in my
      // taxi", "my neighbour is a <slur>" name somebody else.
      for (let k = i - 1; k >= Math.max(0, i - 6) && sent[k] === sent[i]; k--) {
        if (isNeg(k) || cls[k] & (C.HateVerb | C.Violence | C.Dehum | C.NegAttr | C.ProfaneMod | C.Exclusion) || tokens[k].key === K.you) break;
        if (!(cls[k] & C.SelfRef)) continue;
        const sk = tokens[k].key;
        // `were` is "we're" only when written with the apostrophe.
        if (sk === K.were && !text.slice(tokens[k].start, tokens[k].end).includes("'") && !text.slice(tokens[k].start, tokens[k].end).includes('’')) continue;
        if (k === i - 1) {
          reclaimed = true;
          break;
        }
        let copula = sk === K.im || sk === K.were;
        let unknown = 0;
        let fellow = false;
        for (let m = k + 1; m < i; m++) {
          const mk = tokens[m].key;
          if (COPULA.has(mk)) copula = true;
          else if (mk === K.fellow || mk === K.own) fellow = true;
          else if (!(RECLAIM_FILLER.has(mk) || mk.endsWith('est') || cls[m] & (C.Positive | C.SelfRef))) unknown++;
        }
        const possessive = sk === K.my || sk === K.our;
        reclaimed = possessive ? fellow && unknown === 0 : sk === K.myself || sk === K.ourselves ? unknown === 0 : copula && unknown <= 2;
        break;
      }
      // Written forms that are other words and only share the slur's spelling key (doubled letters fold):
      // "Niger", the country and the river.
      if (NOT_SLUR_FORMS.has(text.slice(tokens[i].start, tokens[i].end).toLowerCase())) continue;
      // Homonyms: "the Dutch built a dyke", "faggots and peas", "a queer feeling".
      const ctx = homonyms.get(tokens[i].key);
      let homonym = false;
      if (ctx) for (let k = 0; k < n && !homonym; k++) if (k !== i && ctx.has(tokens[k].key)) homonym = true;
      // The word mentioned, not used: "instead of maggots I SAID faggots", "the WORD k*ke".
      let mention = false;
      for (let k = i - 1; k >= Math.max(0, i - 2) && sent[k] === sent[i]; k--) if (MENTION.has(tokens[k].key)) mention = true;
      if (!reclaimed && !homonym && !mention) hits.push({ kind: 'slur', from: i, to: i, score: SCORES.slur });
      if (homonym) continue;
    }
    if (!(c & (C.Identity | C.Slur))) continue;
    // `ihatewomen`, `muslimsarescum`: the group and the attack in one run-together word.
    // Not in hashtags (`#MuslimBan` names a topic).
    if (c & C.Merged && c & (C.HateVerb | C.Dehum | C.NegAttr) && !negAt(i - 1) && !(tokens[i].start > 0 && text.charCodeAt(tokens[i].start - 1) === 0x23)) {
      hits.push({ kind: c & C.Dehum ? 'dehumanising' : c & C.HateVerb ? 'hate_verb' : 'derogation', from: i, to: i, score: SCORES.derogation });
    }
    // "the Chinese government", "Pakistani army": an institution, not people; "illegal immigrants":
    // a legal status, the stuff of policy debate.
    if (has(i + 1, C.Institution) || (has(i + 2, C.Institution) && !has(i + 1, C.Modal) && !LINK.has(tokens[i + 1]?.key ?? ''))) continue;
    if (i > 0 && (tokens[i - 1].key === K.ilegal || tokens[i - 1].key === K.avaidh || tokens[i - 1].key === foldDevanagari('अवैध'))) continue;
    // "Jewish references", "Muslim invasion", "Dalit students topped": an identity adjective on a thing
    // or a role is no group to attack (the rules need the group itself: "Muslims", "Muslim men").
    if (!hindi && i + 1 < n && sent[i + 1] === sent[i] && !(i > 0 && (tokens[i - 1].key === K.typical || tokens[i - 1].key === K.classic)) && tokens[i].script === 'latn' && !tokens[i].key.endsWith('s') && !PERSON_NOUN.has(tokens[i].key) && !(cls[i] & (C.Slur | C.Anaphora | C.Merged)) && tokens[i + 1].script === 'latn' && cls[i + 1] === 0 && !PERSON_NOUN.has(tokens[i + 1].key) && !FOLLOWER.has(tokens[i + 1].key) && !LINK.has(tokens[i + 1].key)) continue;
    identities.push(i);
    // "I don't think gay people are dangerous": a negation just before the group word negates the claim,
    // except a question opening with one ("Aren't immigrants parasites?").
    let negatedClaim = false;
    // counted from the first word of a group phrase: "It is not true that trans PEOPLE are…" is negated as
    // "…that Muslims are…" is (the phrase's second word was three words from the negation, out of reach)
    let g0 = i;
    while (g0 > 0 && i - g0 < 3 && sent[g0 - 1] === sent[i] && cls[g0 - 1] & C.Identity && !(cls[g0 - 1] & C.Anaphora)) g0--;
    for (let k = Math.max(0, g0 - 3); k < i; k++) {
      // "It's a LIE THAT women are lazy", "the MYTH THAT Muslims…": the claim denied as a falsehood
      if (MYTH.has(tokens[k].key) && k + 1 < g0 && tokens[k + 1].key === K.that && sent[k] === sent[i] && !question[sent[i]]) negatedClaim = true;
      if (!isNeg(k) || sent[k] !== sent[i] || commaBetween(k, i)) continue;
      if (k > 0 && tokens[k - 1].key === K.why) continue; // "why can't Dalits just disappear?": a wish
      const rhetorical = RHETORICAL_NEG.has(tokens[k].key) && (k === 0 || sent[k - 1] !== sent[k]) && question[sent[i]];
      if (!rhetorical) negatedClaim = true;
    }
    const isDoubt = doubting(i) || whetherClause(x, i);
    groupPredicates(x, i, c, negatedClaim, isDoubt);
    if (!negatedClaim && !isDoubt) {
      askedOrRanked(x, i);
      sentBack(x, i);
    }
  }
  // "Muslims? Vermin, all of them.", "Immigrants. Disgusting.": a verdict with no subject right after a
  // sentence that only names the group.
  for (let i = 0; i < n; i++) {
    if (!(cls[i] & (C.Identity | C.Slur)) || cls[i] & C.Anaphora || (i > 0 && sent[i - 1] === sent[i] && cls[i - 1] & C.Identity)) continue;
    // Bounded scans: a sentence of more than four tokens is no bare naming of the group.
    let a = i;
    while (a > 0 && sent[a - 1] === sent[i] && i - a <= 4) a--;
    let b = i;
    while (b + 1 < n && sent[b + 1] === sent[i] && b - i <= 4) b++;
    let named = b - a <= 3; // nothing but the group (and a determiner) in its sentence
    for (let k = a; k <= b && named; k++) if (!(cls[k] & (C.Identity | C.All)) && tokens[k].key !== K.the && tokens[k].key !== K.you && !INTERJECTION.has(tokens[k].key)) named = false;
    // Or a plain sentence about the group, nothing done to it, nothing judged: "Look at those Muslims.", "Two
    // women sat next to me on the bus." (not "Two Muslims were lynched." / "Women are paid less.", where the
    // verdict that follows judges the act).
    let plain = false;
    let perceived = false;
    if (!named) {
      const st = sentStart[sent[i]];
      let end = i;
      while (end + 1 < n && sent[end + 1] === sent[i] && end - st < 16) end++;
      if (end + 1 >= n || sent[end + 1] === sent[i]) continue;
      plain = true;
      for (let k = st; k <= end && plain; k++) {
        if (cls[k] & (C.Violence | C.ViolencePassive | C.NegAttr | C.Dehum | C.HateVerb | C.Exclusion | C.Rejection | C.Negation | C.Threat | C.Profane) || UNSAFE.has(tokens[k].key) || (k < i && OBJECT_OF.has(tokens[k].key) && !(tokens[k].key === K.of && k > 0 && (PART_OF.has(tokens[k - 1].key) || cls[k - 1] & C.All))) || REPORT_FRAME.has(tokens[k].key) || (k < i && SITUATION.has(tokens[k].key))) plain = false;
        else if (k > st && !(cls[k] & C.Identity) && (LINK.has(tokens[k - 1].key) || PAST_AUX.has(tokens[k - 1].key) || tokens[k - 1].key === K.get) && /(?:ed|en)$/.test(tokens[k].key)) plain = false;
      }
      const ge = groupEnd(i);
      perceived = plain && PERCEIVE.has(tokens[st].key) && (ge === end || (ge + 1 === end && TIME_WORD.has(tokens[end].key)));
      b = end;
    }
    if ((!named && !plain) || b + 1 >= n) continue;
    let c = b + 1;
    let e = c;
    while (e + 1 < n && sent[e + 1] === sent[c] && e - c <= 6) e++;
    let verdict = false;
    let only = true;
    let person = false;
    for (let k = c; k <= e; k++) {
      if (cls[k] & (C.NegAttr | C.Dehum | C.ProfaneMod) && !isNeg(k)) {
        verdict = true;
        if (cls[k] & C.Dehum) person = true;
      } else if (VERDICT_PERSON.has(tokens[k].key) || tokens[k].key === K.them) person = true;
      else if (!(ADVERB.has(tokens[k].key) || VERDICT_FILLER.has(tokens[k].key) || cls[k] & (C.All | C.Anaphora))) only = false;
    }
    // After a plain sentence only a verdict on people ("Disgusting people.", "What a vile creature.") or, after
    // "look at / I saw those X", any verdict, is about the group.
    if (verdict && only && e - c <= 5 && (named || person || perceived)) hits.push({ kind: 'derogation', from: i, to: e, score: SCORES.derogation });
  }
  if (hits.length === 0) {
    let hostile = false;
    // A hostile word next to a negation ("nafrat mat failao", "don't hate") or told to stop ("nafrat failana
    // band karo", "नफरत फैलाना बंद करो") is no hostility.
    const stopped = (i: number): boolean => (i + 1 < n && STOP.has(tokens[i + 1].key)) || (i + 2 < n && STOP.has(tokens[i + 2].key));
    for (let i = 0; i < n && !hostile; i++) if (cls[i] & HOSTILE && !negAt(i - 1) && !negAt(i + 1) && !negAt(i + 2) && !stopped(i)) hostile = true;
    return { hits, counterSpeech: false, identities, hostile };
  }

  // "Dalits are not allowed to enter the temple, WHICH IS SHAMEFUL": the author condemns the state described.
  // "Muslims are not welcome in that club, SAYS THE OWNER": a claim attributed to someone else.
  const condemned = (h: HateHit): boolean => {
    for (let k = h.to + 1; k < n && sent[k] === sent[h.to]; k++) {
      const kk = tokens[k].key;
      if ((kk === K.which || kk === K.this || kk === K.it || kk === K.that) && k > h.to + 1) {
        for (let m = k + 1; m <= Math.min(n - 1, k + 3) && sent[m] === sent[k]; m++) if (cls[m] & C.Rejection && !(cls[m] & C.HateVerb)) return true;
      }
      const comma = text.slice(tokens[k - 1].end, tokens[k].start).includes(',');
      if (comma && (cls[k] & C.CounterCue || kk === K.according) && !FIRST.has(tokens[k + 1]?.key ?? '')) return true;
    }
    return false;
  };
  for (let x = hits.length - 1; x >= 0; x--) if (hits[x].kind !== 'slur' && condemned(hits[x])) hits.splice(x, 1);
  // A word that both derogates and rejects ("hateful", "horrible", "pathetic") said after another hit of the
  // same sentence judges that clause ("Saying women belong in the kitchen IS HATEFUL"): it is no second hit,
  // and it may reject the first as counter-speech below.
  for (let x = hits.length - 1; x >= 0; x--) {
    const h = hits[x];
    if (h.kind === 'slur' || h.to <= h.from || !(cls[h.to] & C.Rejection)) continue;
    if (hits.some((o) => o !== h && o.to < h.to && sent[o.to] === sent[h.to] && !(cls[o.to] & C.Rejection && o.to === h.to))) hits.splice(x, 1);
  }
  // Statements like "Christians are traitors" HAVE NO PLACE in a democracy: a quoted clause introduced as words
  // (`statements like`, `slogans such as`) judged by what follows the closing quote. The group is the quote's,
  // the predicate after it is said of the words.
  const judged = new Uint8Array(n);
  let judgedQuote = false;
  for (let x = hits.length - 1; x >= 0; x--) {
    const h = hits[x];
    if (h.kind === 'slur' || quoted[h.from] !== 1 || quoted[h.to] === 1) continue;
    let q = h.from;
    while (q > 0 && quoted[q - 1] === 1) q--;
    let cue = false;
    for (let k = q - 1; k >= Math.max(0, q - 3) && sent[k] === sent[q]; k--) if (cls[k] & C.CounterCue) cue = true;
    if (!cue) continue;
    for (let m = h.from; m <= h.to; m++) if (quoted[m] !== 1) judged[m] = 1;
    hits.splice(x, 1);
    judgedQuote = true;
  }
  if (hits.length === 0) return { hits, counterSpeech: true, identities, hostile: true };
  // Counter-speech: a hit inside somebody else's words (a report: `saying`, `calling`, `you think`,
  // quotation marks) that the comment rejects (`wrong`, `racist`, `stop`, a doubting question).
  const inHit = new Uint8Array(n);
  // The group word, the attack and the words of the attack after it ("They are too STUPID for that": `stupid`
  // is the hate itself, not a rejection of it).
  for (const h of hits) {
    inHit[h.from] = inHit[h.to] = 1;
    for (let m = h.to + 1; m < n && m <= h.to + 2 && sent[m] === sent[h.to] && cls[m] & (C.NegAttr | C.Dehum); m++) inHit[m] = 1;
  }
  let rejection = judgedQuote;
  for (let i = 0; i < n; i++) if (cls[i] & C.Rejection && !inHit[i]) rejection = true;
  // "Nobody should say that…", "never call…", "you can't call…": the report is rejected by its negation.
  // "I don't think…" is the author's own view, neither a report nor its rejection.
  const ownView = (i: number): boolean => (i > 0 && FIRST.has(tokens[i - 1].key)) || (i > 1 && FIRST.has(tokens[i - 2].key) && isNeg(i - 1));
  for (let i = 0; i < n && !rejection; i++) if (cls[i] & C.CounterCue && !inHit[i] && !ownView(i)) for (let k = Math.max(0, i - 3); k < i; k++) if (isNeg(k) && sent[k] === sent[i]) rejection = true;
  const reported = (h: HateHit): boolean => {
    if (quoted[h.from] === 1 && quoted[h.to] === 1) return true;
    // A slur must be the reported word itself ("calling them f*gs"), not the author's label ("stop spreading k*ke lies").
    const reach = h.kind === 'slur' ? 3 : 8;
    for (let k = h.from - 1; k >= 0 && k >= h.from - reach && sent[k] === sent[h.from]; k--) {
      if (cls[k] & C.CounterCue && !(k > 0 && FIRST.has(tokens[k - 1].key)) && !(k > 1 && FIRST.has(tokens[k - 2].key) && tokens[k - 1].key === K.dont)) return true;
    }
    return false;
  };
  // Asking somebody how they can say it, or answering a condition: "how can you say…", "if you think…".
  let addressed = false;
  for (let i = 0; i + 1 < n; i++) {
    if (ASKER.has(tokens[i].key) && ASKED.has(tokens[i + 1].key)) addressed = true;
    // "when you said…", "you keep calling…", "people who claim…": somebody else's words, answered.
    const endorsing = (i > 0 && (RHETORICAL_NEG.has(tokens[i - 1].key) || tokens[i - 1].key === K.one || tokens[i - 1].key === K.else)) || tokens[i + 1].key === K.else;
    if (!endorsing && (tokens[i].key === K.you || tokens[i].key === K.u || tokens[i].key === K.who) && (cls[i + 1] & C.CounterCue || (i + 2 < n && cls[i + 2] & C.CounterCue && !(cls[i + 1] & (C.Identity | C.HateVerb))))) addressed = true;
  }
  let reporting = false;
  for (let i = 0; i < n; i++) if (cls[i] & C.CounterCue && !inHit[i] && !ownView(i)) reporting = true;
  let counter = hits.every((h) => (reported(h) && (rejection || addressed)) || (h.kind !== 'slur' && reporting && rejection));
  // Hate only inside quotation marks, the author's own words around it neither hostile nor agreeing
  // ("so true", "exactly"): reported speech, as in a news comment quoting a politician.
  const allQuoted = hits.every((h) => quoted[h.from] === 1 && quoted[h.to] === 1);
  if (!counter && allQuoted) {
    let outside = 0;
    let endorse = false;
    for (let i = 0; i < n; i++) {
      if (quoted[i]) continue;
      outside++;
      if ((cls[i] & HOSTILE && !judged[i]) || cls[i] & C.Slur || ENDORSE.has(tokens[i].key)) endorse = true;
    }
    if (outside >= 2 && !endorse) counter = true;
  }
  return { hits: counter ? [] : hits, counterSpeech: counter, identities, hostile: true };
}

/** "Gay people WERE once SENT to mental hospitals": a past or passive put (group i, place j), no strong modal. */
function putInPast(x: RuleView, i: number, j: number): boolean {
  const { tokens, cls } = x;
  let past = false;
  for (let k = i + 1; k < j; k++) {
    if (cls[k] & C.Modal && STRONG_MODAL.has(tokens[k].key)) return false;
    if (PAST_AUX.has(tokens[k].key)) past = true;
  }
  return past;
}

const SEEING = new Set(['seeing', 'hearing', 'watching', 'meeting', 'having', 'being', 'getting', 'reading', 'finding', 'noticing', 'smelling', 'letting', 'allowing', 'bringing', 'importing'].map(key));
const OF_ABOUT = new Set(['of', 'about', 'with', 'by', 'at', 'when', 'how'].map(key));
/** "I'm sick of RACISTS ATTACKING immigrants": between the feeling (ending at je) and the group at i, somebody (a word before the gerund) acts on it. */
function othersActOn(x: RuleView, je: number, i: number): boolean {
  const { tokens, cls } = x;
  for (let k = je + 2; k < i; k++) {
    if (!(tokens[k].key.endsWith('ing') && tokens[k].key.length > 5) || cls[k] & (C.Identity | C.Slur | C.NegAttr | C.Dehum | C.ProfaneMod) || SEEING.has(tokens[k].key)) continue;
    const s = tokens[k - 1].key;
    if (!OF_ABOUT.has(s) && !(cls[k - 1] & (C.Identity | C.Slur | C.Negation)) && /^[a-z]+$/.test(s)) return true;
  }
  return false;
}

const SEND_VERB = new Set(['send', 'ship', 'pack', 'deport', 'return', 'kick', 'throw', 'drive', 'chase', 'boot'].map(key));
const BACK = new Set(['back', 'home', 'off'].map(key));
/** "Send them all back", "ship immigrants home": an order (sentence start, after a modal or a comma) to return the group at i. */
function sentBack(x: RuleView, i: number): void {
  const { tokens, cls, n, sent, hits, has, commaBetween, groupEnd } = x;
  let e = groupEnd(i);
  while (e + 1 < n && sent[e + 1] === sent[i] && cls[e + 1] & C.All && e <= i + 2) e++;
  if (e + 1 >= n || sent[e + 1] !== sent[i] || !BACK.has(tokens[e + 1].key)) return;
  let k = i - 1;
  while (k >= 0 && sent[k] === sent[i] && k >= i - 3 && (cls[k] & C.All || tokens[k].key === K.the || tokens[k].key === K.these || tokens[k].key === K.those)) k--;
  if (k < 0 || sent[k] !== sent[i] || !SEND_VERB.has(tokens[k].key)) return;
  if (k === 0 || sent[k - 1] !== sent[k] || (has(k - 1, C.Modal) && STRONG_MODAL.has(tokens[k - 1].key)) || commaBetween(k - 1, k)) hits.push({ kind: 'exclusion', from: k, to: e + 1, score: SCORES.exclusion });
}

const WHETHER = new Set(['whether', 'if'].map(key));
const DISCUSS = new Set(['discussed', 'discuss', 'discusses', 'debate', 'debated', 'debates', 'asked', 'ask', 'asks', 'study', 'studied', 'studies', 'examined', 'examine', 'examines', 'question', 'questioned', 'wonder', 'wondered', 'survey', 'surveyed', 'checked', 'check', 'decide', 'decided', 'tested', 'test', 'investigated', 'investigate'].map(key));
/** "The panel discussed WHETHER immigrants are a burden": a question reported, not a claim (group at i). */
function whetherClause(x: RuleView, i: number): boolean {
  const { tokens, sent } = x;
  for (let k = i - 1; k >= Math.max(0, i - 3) && sent[k] === sent[i]; k--) {
    if (!WHETHER.has(tokens[k].key)) continue;
    if (tokens[k].key === K.whether) return true;
    // `if` only after a verb of asking ("they asked IF Muslims are…"), not a condition ("if Muslims are…").
    return k > 0 && sent[k - 1] === sent[k] && DISCUSS.has(tokens[k - 1].key);
  }
  return false;
}

const HOW_CAN = new Set(['can', 'could'].map(key));
const ANYONE = new Set(['anyone', 'anybody', 'you', 'u', 'somebody', 'someone', 'people', 'one', 'we', 'i'].map(key));
const YES_NO_DO = new Set(['do', 'does', 'did', 'have', 'has'].map(key));
const YES_NO_BE = new Set(['are', 'is', 'r'].map(key));
const PERMITTED = new Set(['allowed', 'permitted', 'welcome', 'given', 'safe', 'entitled', 'accepted', 'wanted'].map(key));
const EVER_FILLER = new Set(['do', 'done', 'did', 'say', 'said', 'make', 'made', 'achieve', 'achieved', 'contribute', 'contributed', 'anything', 'something', 'a', 'an', 'single', 'thing', 'be', 'been', 'have', 'had', 'create', 'created', 'invent', 'invented', 'build', 'built', 'bring', 'brought', 'produce', 'produced', 'write', 'wrote'].map(key));
const SOMETHING = new Set(['nothing', 'anything', 'nobody', 'noone', 'none', 'something', 'anyone', 'everything'].map(key));
const ARTICLE = new Set(['a', 'an', 'the', 'any', 'some', 'those', 'these', 'your', 'every'].map(key));
/**
 * Hate asked as a question or ranked as the worst, for the group at token i:
 * - "How can anyone trust a Muslim?", "how could you ever love a trans person?"
 * - "Are immigrants even human?" (not "are Dalits even allowed inside?", a question about a rule);
 * - "Do immigrants ever do anything useful?", "has a woman ever achieved anything great?";
 * - "Is there anything more pathetic than a gay man?", "nothing is more disgusting than women".
 */
function askedOrRanked(x: RuleView, i: number): void {
  const { tokens, cls, n, sent, sentStart, question, hits, isNeg, negBetween, groupEnd } = x;
  const e = groupEnd(i);
  const st = sentStart[sent[i]];
  let k = i - 1;
  while (k > st && ARTICLE.has(tokens[k].key)) k--;
  if (question[sent[i]]) {
    // how can anyone [ever] VERB (a) GROUP ?
    if (k >= st + 3 && WHY_WOULD_VERB.has(tokens[k].key) && tokens[st].key === K.how && HOW_CAN.has(tokens[st + 1].key) && ANYONE.has(tokens[st + 2].key) && k - st <= 4 && (k - st === 3 || tokens[st + 3].key === K.ever) && !negBetween(st, i)) {
      hits.push({ kind: 'derogation', from: st, to: e, score: SCORES.derogation });
    }
    // are GROUP even POSITIVE ?
    if (YES_NO_BE.has(tokens[st].key) && k === st && e + 2 < n && tokens[e + 1].key === K.even && sent[e + 2] === sent[i]) {
      let j = e + 2;
      while (j < n && j <= e + 4 && sent[j] === sent[i] && (tokens[j].key === K.a || tokens[j].key === K.an || tokens[j].key === K.real || tokens[j].key === K.fully)) j++;
      if (j < n && sent[j] === sent[i] && cls[j] & C.Positive && !PERMITTED.has(tokens[j].key) && !(cls[j] & (C.Identity | C.Anaphora))) hits.push({ kind: 'derogation', from: st, to: j, score: SCORES.derogation });
    }
    // do GROUP ever … POSITIVE ?
    if (YES_NO_DO.has(tokens[st].key) && k === st && e + 2 < n && tokens[e + 1].key === K.ever) {
      for (let j = e + 2; j < n && j <= e + 6 && sent[j] === sent[i]; j++) {
        if (cls[j] & C.Positive && !PERMITTED.has(tokens[j].key) && j > e + 2) {
          hits.push({ kind: 'derogation', from: st, to: j, score: SCORES.derogation });
          break;
        }
        if (!EVER_FILLER.has(tokens[j].key)) break;
      }
    }
  }
  // (is there) nothing / anything more NEGATIVE than (a) GROUP
  if (k >= 2 && tokens[k].key === K.than && cls[k - 1] & (C.NegAttr | C.Dehum) && !(cls[k - 1] & C.Identity) && tokens[k - 2].key === K.more) {
    for (let m = k - 3; m >= Math.max(st, k - 6); m--) {
      if (SOMETHING.has(tokens[m].key)) {
        if (!(m > st && isNeg(m - 1)) && (tokens[m].key === K.nothing || tokens[m].key === K.nobody || tokens[m].key === K.noone || tokens[m].key === K.none || question[sent[i]])) hits.push({ kind: 'derogation', from: m, to: e, score: SCORES.derogation });
        break;
      }
    }
  }
}

const CONSIDER = new Set(['consider', 'find', 'think', 'call', 'believe', 'count', 'regard', 'deem', 'rate', 'see'].map(key));
/** "I don't CONSIDER Muslims human": a verb of judging right before the group (token i), negated before it. */
function consideredAs(x: RuleView, i: number): boolean {
  const { tokens, sent, isNeg } = x;
  if (i < 2 || sent[i - 1] !== sent[i] || !CONSIDER.has(tokens[i - 1].key)) return false;
  return isNeg(i - 2) || (i > 2 && isNeg(i - 3) && tokens[i - 2].key === K.even);
}

const GIVEN = key('given');
const CALL_NEG = new Set(['shouldnt', 'mustnt', 'cannot', 'cant'].map(key));
/**
 * A quality (tokens j..e) denied to the group at i by somebody else, reported: "Muslims are not trusted BY this
 * government", "Dalits are not respected by the upper castes", "disabled people are not GIVEN jobs" (without
 * a modal: "women should not be given the vote" is a call).
 */
function deniedByOthers(x: RuleView, i: number, j: number, e: number): boolean {
  const { tokens, cls, n, sent } = x;
  if (e + 1 < n && sent[e + 1] === sent[j] && tokens[e + 1].key === K.by && /(?:ed|en)$/.test(tokens[e].key)) return true;
  let given = false;
  for (let k = i + 1; k <= e && !given; k++) if (tokens[k].key === GIVEN) given = true;
  if (!given) return false;
  for (let k = i + 1; k < j; k++) if (cls[k] & C.Modal || CALL_NEG.has(tokens[k].key)) return false;
  return true;
}

/** The rules that read what is said of the group at token i (everything after the group gate of applyRules). */
function groupPredicates(x: RuleView, i: number, c: number, negatedClaim: boolean, isDoubt: boolean): void {
  const { text, tokens, cls, n, sent, quoted, sentStart, question, hindi, hits } = x;
  const { isNeg, negBetween, lessAfterNeg, tight, commaBetween, rhetorical, has, negAt, ownFeeling, societyAfter, askedWho, groupEnd, sentenceEndsAfter, linked, objectOfPrep, gerundObject, objectInRelative, framed, reportedPast, notSubject } = x;
  const FIRST = FIRST_PERSON;
  const lo = Math.max(0, i - 6);
  const hi = Math.min(n - 1, i + 8);
  for (let j = lo; j <= hi; j++) {
    if (j === i || sent[j] !== sent[i]) continue;
    const cj = cls[j];
    if (cj & (C.Dehum | C.NegAttr) && !negatedClaim && !isDoubt) {
      // Attribute after the identity ("women are disgusting", "why are X so stupid") or right
      // before it as an adjective ("filthy Muslims"); never across a negation.
      // Before the group only as its adjective: "filthy Muslims", "filthy dirty Muslims" — not
      // "a threat to Muslims".
      const before = j < i;
      let ok = true;
      if (before && j > 0 && tokens[j - 1].key === K.to) ok = false; // "to disgrace Islam": a verb
      if (before && !((i - j === 1 && tight(j, i)) || (i - j === 2 && cls[i - 1] & (C.Dehum | C.NegAttr | C.ProfaneMod) && tight(j, i - 1) && tight(i - 1, i)))) ok = false;
      // ("Are Muslims NOT disgusting?": a rhetorical question asserts it.)
      const askedNot = !before && question[sent[i]] && (tokens[sentStart[sent[i]]].key === K.are || tokens[sentStart[sent[i]]].key === K.is) && sentStart[sent[i]] < i && i - sentStart[sent[i]] <= 2 && tokens[groupEnd(i) + 1]?.key === K.not && groupEnd(i) + 1 < j && j - groupEnd(i) <= 3;
      if (ok && !before && !linked(i, j) && !askedNot) ok = false;
      // "The attack ON Muslims was disgusting", "what happened TO the Dalit family is sickening": the
      // predicate is said of something else.
      if (ok && !before && objectOfPrep(i)) ok = false;
      // "People who HATE gay people are horrible", "those who attack Muslims are cowards": the group is the
      // object in a relative clause; the predicate is said of its subject.
      if (ok && !before && objectInRelative(i)) ok = false;
      // "Murdering gay people is evil", "hating women is stupid": the act is judged, not the group.
      if (ok && !before && gerundObject(i) >= 0) ok = false;
      // "Muslims are the worst AFFECTED": a superlative of a participle, not of the group.
      let je = j;
      while (je + 1 < n && cls[je + 1] & (C.NegAttr | C.Dehum) && sent[je + 1] === sent[j]) je++;
      if (ok && !before && SUPERLATIVE.has(tokens[je].key) && je + 1 < n && sent[je + 1] === sent[je] && (/ed$/.test(tokens[je + 1].key) || tokens[je + 1].key === K.hit || tokens[je + 1].key === K.off)) ok = false;
      // "Rohingya refugees are living IN terrible camps", "Dalits work IN the most dangerous jobs": the
      // attribute describes the noun of a place or a condition after a preposition, not the group.
      if (ok && !before && j - 1 > i && sent[j + 1] === sent[j] && j + 1 < n && !(cls[j + 1] & (C.NegAttr | C.Dehum | C.Identity))) {
        let k = j - 1;
        while (k > i && j - k <= 3 && (DETERMINER.has(tokens[k].key) || ADVERB.has(tokens[k].key) || NP_FILLER.has(tokens[k].key))) k--;
        if (k > i && PLACE_PREP.has(tokens[k].key)) ok = false;
      }
      if (ok && (negBetween(i, j) || negAt(j - 1)) && !askedNot) ok = false;
      if (ok && cj & (C.Identity | C.Slur)) ok = false; // two group words side by side are not a predicate
      if (ok) hits.push({ kind: cj & C.Dehum ? 'dehumanising' : 'derogation', from: Math.min(i, j), to: Math.max(i, j), score: cj & C.Dehum ? SCORES.dehumanising : SCORES.derogation });
    }
    // "hate against Muslims", "stop hatred towards women": the phenomenon named, not felt.
    if (cj & C.HateVerb && j < i && i - j <= 6) {
      // The end of a hate-verb phrase ("don't like", "can't stand"): what follows it is its object.
      let je = j;
      while (je + 1 < i && cls[je + 1] & C.HateVerb) je++;
      // ("MY hatred of Muslims": the author's own, not hate named as a phenomenon.)
      const described = je + 1 < n && DESCRIBED_NEXT.has(tokens[je + 1].key) && !(j > 0 && tokens[j - 1].key === K.my) && !ownFeeling(j);
      // "It is wrong to hate Muslims", "shameful to despise…": the hating itself judged.
      const judged = j > 1 && tokens[j - 1].key === K.to && (has(j - 2, C.Rejection) || has(j - 3, C.Rejection));
      const opposed = judged || (j > 0 && (OPPOSE.has(tokens[j - 1].key) || tokens[j - 1].key === K.self));
      let clause = je + 1 < i && CLAUSE_NEXT.has(tokens[je + 1].key);
      // "I hate the WAY women are paid", like "I hate how…": a situation, unless the group's own conduct follows
      // ("I hate how Muslims ACT", "the way women TALK", "I hate it when immigrants MOVE in").
      for (let k = je + 1; k < i; k++) if (tokens[k].key === K.way) clause = true;
      if (clause) {
        const e = groupEnd(i);
        if (e + 1 < n && sent[e + 1] === sent[i] && BEHAVE.has(tokens[e + 1].key)) clause = false;
      }
      // "I don't like Muslims BEING targeted": the object is what happens to the group.
      if (i + 1 < n && sent[i + 1] === sent[i] && (tokens[i + 1].key === K.being || tokens[i + 1].key === K.getting)) clause = true;
      // "I don't care about their religion, Muslims are welcome": the group is in another clause.
      if (commaBetween(je, i) && i + 1 < n && sent[i + 1] === sent[i] && (LINK.has(tokens[i + 1].key) || cls[i + 1] & C.Modal)) clause = true;
      // "disgusted by the lynching OF Muslims", "sick of the treatment OF women": an act done to the group.
      for (let k = je + 2; k < i; k++) if ((tokens[k].key === K.of || PREP.has(tokens[k].key)) && (cls[k - 1] & (C.Violence | C.ViolencePassive) || ACT_NOUN.has(tokens[k - 1].key) || /(?:ing|ion|ment|ism)$/.test(tokens[k - 1].key))) clause = true;
      if (!clause && othersActOn(x, je, i)) clause = true;
      let other = false;
      for (let k = j + 1; k < i; k++) if (cls[k] & C.CounterCue) other = true; // "sick of people SAYING that…"
      for (let k = j - 1; k >= Math.max(0, j - 3) && sent[k] === sent[j]; k--) {
        if (FIRST.has(tokens[k].key) || cls[k] & C.SelfRef) break; // "…and I hate them": the author's own
        // "people hate…", "why do they hate…", "you hate…" (not the generic "you can't trust…").
        // ("Everyone SHOULD hate Muslims", "we must all hate…": a call to hate, not a report.)
        const called = j > 0 && cls[j - 1] & C.Modal && STRONG_MODAL.has(tokens[j - 1].key) && k === j - 2;
        if (OTHER_SUBJECT.has(tokens[k].key) && !called && ((k === j - 1 && !(cls[j] & C.Negation)) || (tokens[k].key !== K.you && tokens[k].key !== K.u))) other = true;
      }
      // "Only idiots hate immigrants": insulted haters are somebody else.
      if (j > 0 && cls[j - 1] & (C.NegAttr | C.Rejection) && !(cls[j - 1] & (C.HateVerb | C.Negation)) && tokens[j - 1].key.endsWith('s') && !FIRST.has(tokens[j - 1].key)) other = true;
      // "I hate racists WHO abuse Dalits": the hated are others, the group is in their clause.
      for (let k = j + 1; k < i; k++) if (tokens[k].key === K.who) other = true;
      // "a city THAT hates Muslims", "a party WHICH despises…": somebody else's hate, described.
      if (j > 0 && (tokens[j - 1].key === K.that || tokens[j - 1].key === K.which) && !negAt(j - 1)) other = true;
      // "Am I the only one who hates…": the author's own feeling.
      if (j > 2 && tokens[j - 1].key === K.who && tokens[j - 2].key === K.one && tokens[j - 3].key === K.only) other = false;
      // "Who else hates…?": the author among them.
      if (j > 1 && tokens[j - 1].key === K.else && tokens[j - 2].key === K.who) other = false;
      // "Don't you just hate…?": a question inviting agreement, not a denial.
      // "Nobody hates Muslims MORE THAN ME": a boast, not a denial.
      let boast = false;
      for (let k = i + 1; k + 2 < n && k <= i + 4 && sent[k] === sent[i]; k++) if (tokens[k].key === K.more && tokens[k + 1].key === K.than && (FIRST.has(tokens[k + 2].key) || tokens[k + 2].key === K.me)) boast = true;
      const negBefore = (k: number): boolean => negAt(k) && !rhetorical(k) && !boast;
      // "Do you hate women AS MUCH AS I DO?": the author's own hate, shared.
      for (let k = i + 1; k + 3 < n && k <= i + 3 && sent[k] === sent[i]; k++) if (tokens[k].key === K.as && tokens[k + 1].key === K.much && tokens[k + 2].key === K.as && FIRST.has(tokens[k + 3].key)) other = false;
      if (!described && !opposed && !clause && !other && !negBetween(j, i) && !negBefore(j - 1) && !negBefore(j - 2) && !negBefore(j - 3)) {
        hits.push({ kind: 'hate_verb', from: j, to: i, score: SCORES.hate_verb });
      }
    }
    if (cj & C.Violence) {
      // English: a call needs a modal / imperative / "all" before the verb, verb before the group.
      // Hindi word order puts the imperative after the group ("mulle ko maaro").
      const modalAt = (m: number): boolean => (has(m, C.Modal) && (tokens[m].key !== K.to || (m > 0 && WANT_TO.has(tokens[m - 1].key)) || (m > 1 && tokens[m - 1].key === K.is && WANT_TO.has(tokens[m - 2].key)))) || (m === j - 1 && m >= 0 && NEED.has(tokens[m].key));
      const imperative = j === 0 || sent[j - 1] !== sent[j] || modalAt(j - 1) || modalAt(j - 2) || modalAt(j - 3) || has(j + 1, C.All);
      // "Hang the rapists OF the Dalit girl": the group names the victims, not the target ("kill all OF them" is).
      let victim = false;
      // ("burn the houses OF X", "slit the throat OF any X" still aim at the group: only agents OF X are others.)
      for (let k = j + 1; k < i; k++) {
        if (!OBJECT_OF.has(tokens[k].key) || cls[k - 1] & C.All || PART_OF.has(tokens[k - 1].key)) continue;
        const prev = tokens[k - 1].key;
        if (tokens[k].key !== K.of || AGENT.has(prev) || /(?:er|ist|or)s?$/.test(prev)) victim = true;
      }
      // "kashmiri students ko hostel se nikala GAYA": Hindi past passive, news of what was done.
      const donePast = hindi && ((j + 1 < n && HI_PASSIVE_PAST.has(tokens[j + 1].key)) || (j + 2 < n && HI_PASSIVE_PAST.has(tokens[j + 2].key)));
      // "Why don't we just kill all Muslims?", "Shouldn't we deport all immigrants?": a call put as a question.
      const st = sentStart[sent[j]];
      const askedCall = question[sent[j]] && st + 1 < n && ((tokens[st].key === K.why && (RHETORICAL_NEG.has(tokens[st + 1].key) || tokens[st + 1].key === K.not)) || tokens[st].key === K.shouldnt) && j - st <= 5;
      if (askedCall && j < i && !negBetween(j, i) && !victim && !framed(j)) {
        hits.push({ kind: 'violence', from: j, to: i, score: SCORES.violence });
        continue;
      }
      const ok = victim || donePast || framed(Math.min(i, j)) || askedWho(j) ? false : hindi ? !negBetween(i, j) && !negAt(j - 1) : j < i && imperative && !negBetween(j, i) && !negAt(j - 1) && !negAt(j - 2) && !negAt(j - 3) && !(sent[j - 4] === sent[j] && negAt(j - 4)) && !(sent[j - 5] === sent[j] && negAt(j - 5));
      if (ok) hits.push({ kind: 'violence', from: Math.min(i, j), to: Math.max(i, j), score: SCORES.violence });
    }
    if (cj & C.ViolencePassive && j > i && !negatedClaim) {
      // "Muslims should be killed", "immigrants must die": a modal between identity and verb;
      // "I want all Muslims dead", "make women suffer": a wish or causative right before the group.
      let modal = false;
      const addressedGroup = i > 0 && (tokens[i - 1].key === K.you || tokens[i - 1].key === K.u);
      // "Any immigrant who comes here WILL be shot": a promise made to every member of the group.
      // "Why can't Muslims just disappear?", "why don't immigrants go away?": a wish put as a question.
      if (i > 1 && (tokens[i - 1].key === K.cant || tokens[i - 1].key === K.dont) && tokens[i - 2].key === K.why) modal = true;
      // "Shouldn't all Muslims be deported?": a call put as a question.
      for (let k = Math.max(0, i - 3); k < i; k++) if (tokens[k].key === K.shouldnt && rhetorical(k)) modal = true;
      const everyMember = i > 0 && (cls[i - 1] & C.All || tokens[i - 1].key === K.any || tokens[i - 1].key === K.every);
      for (let k = i + 1; k < j; k++) if ((cls[k] & C.Modal && (STRONG_MODAL.has(tokens[k].key) || addressedGroup || everyMember)) || (k === j - 1 && NEED.has(tokens[k].key))) modal = true;
      // Not a wish denied: "I don't want to see any Muslims suffer".
      if (!modal && j - i <= 3) for (let k = Math.max(0, i - 4); k < i; k++) if (WISH.has(tokens[k].key) && sent[k] === sent[i] && !negAt(k - 1) && !negAt(k - 2) && !negAt(k - 3) && !negAt(k - 4) && !has(k - 1, C.HateVerb)) modal = true; // (not "I hate seeing Muslims suffer")
      if (modal && !negBetween(i, j) && !notSubject(i) && !framed(i)) hits.push({ kind: 'violence', from: i, to: j, score: SCORES.violence });
    }
    if (cj & C.Exclusion && j > i && !negatedClaim && !negBetween(i, j) && !isDoubt && (j - i <= 3 || linked(i, j)) && !reportedPast(i, j) && !notSubject(i)) hits.push({ kind: 'exclusion', from: i, to: j, score: SCORES.exclusion });
    // "fucking immigrants": a profane or contemptuous modifier right before the group word.
    if (cj & C.ProfaneMod && j === i - 1 && tight(j, i) && !(cls[i] & C.Anaphora)) hits.push({ kind: 'derogation', from: j, to: i, score: SCORES.derogation });
    // Denying a group a basic quality: "women are not human", "Muslims can never be trusted",
    // "Muslim lives do not matter", "I don't think immigrants are capable".
    // (A denial denied is none: "It is not true that Biharis can't be trusted", "It's a lie that women can't drive".)
    // ("No Dalit should HAVE TO clean sewers": a verb of what nobody should be made to do, no quality.)
    if (cj & C.Positive && j > i && j - i <= 6 && !(tokens[j - 1].key === K.to && OBLIGED.has(tokens[j - 2].key)) && negatedClaim !== negBetween(i, j) && !lessAfterNeg(Math.max(0, i - 3), j) && !isDoubt && !objectOfPrep(i) && gerundObject(i) < 0) {
      let filler = false;
      for (let k = i + 1; k < j; k++) if (!(cls[k] & C.Identity)) filler = true;
      for (let k = i + 1; k < j && filler; k++) if (!isNeg(k) && !DENY_FILLER.has(tokens[k].key) && !(cls[k] & (C.Positive | C.Identity))) filler = false;
      // "…don't deserve to live IN fear": the conditions are denied, not the life.
      let e = j;
      while (e + 1 < n && cls[e + 1] & C.Positive && sent[e + 1] === sent[j]) e++;
      if (e + 1 < n && sent[e + 1] === sent[j] && (tokens[e].key === K.live || tokens[e].key === K.exist) && HOW_LIVED.has(tokens[e + 1].key)) filler = false;
      // "Women are not equal IN pay yet": a state in some respect, not a quality denied.
      const ea = e + 1 < n && tokens[e + 1].key === K.enough ? e + 2 : e + 1;
      // (But "Women have no value IN SOCIETY", "…no place in this country": the quality denied everywhere.)
      if (ea < n && sent[ea] === sent[j] && ((tokens[ea].key === K.in && !societyAfter(ea) && !sentenceEndsAfter(ea)) || tokens[ea].key === K.yet)) filler = false;
      // "Dalit lives are not important TO THIS GOVERNMENT": a complaint about an institution.
      if (ea + 1 < n && sent[ea + 1] === sent[j] && (tokens[ea].key === K.to || tokens[ea].key === K.for) && (cls[ea + 1] & C.Institution || cls[ea + 2] & C.Institution || tokens[ea + 1].key === K.them)) filler = false;
      // "I don't consider Muslims human", "I don't find women intelligent": the quality denied right after the group.
      if (!filler && j === groupEnd(i) + 1 && consideredAs(x, i)) filler = true;
      if (filler && deniedByOthers(x, i, j, e)) filler = false;
      if (filler) hits.push({ kind: 'derogation', from: i, to: j, score: SCORES.derogation });
    }
    // "Women belong in the kitchen", "lock these people in cages": where a group is to be put.
    if (cj & C.Place && Math.abs(j - i) <= 8 && !negatedClaim && !isDoubt) {
      let put = false;
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      // (also after both: "a zoo is where immigrants BELONG")
      for (let k = Math.max(sentStart[sent[i]], a - 2); k < Math.min(n, j < i ? b + 3 : b) && sent[k] === sent[i] && !put; k++) if (BELONG.has(tokens[k].key) || (k > i && cls[k] & C.Modal && STRONG_MODAL.has(tokens[k].key))) put = true;
      // ("Gay people WERE once sent to mental hospitals": history, not a call.)
      // ("Muslims in Assam FEAR they will be sent to detention camps": news of a threat, not a call.)
      if (put && !negBetween(a, b) && !negAt(a - 1) && !(j > i && putInPast(x, i, j)) && !framed(a)) hits.push({ kind: 'exclusion', from: a, to: b, score: SCORES.exclusion });
    }
  }
  // A threat or wish of harm found by personal_attack that takes the group as its target ("I'm going to
  // make every woman here pay", "someone should shoot those Muslims"). At the head of the threat the group
  // must be its subject ("Muslims should be shot", not "the killers OF Muslims should be shot").
  let threatStart = i;
  while (threatStart > 0 && cls[threatStart - 1] & C.Threat) threatStart--;
  let threatNegated = false; // "I'm not going to kill any immigrants"
  for (let k = Math.max(0, threatStart - 4); k < i && !threatNegated; k++) if (sent[k] === sent[i] && isNeg(k)) threatNegated = true;
  if (cls[i] & C.Threat && !negatedClaim && !threatNegated && !isDoubt && (threatStart < i || !notSubject(i))) {
    hits.push({ kind: 'violence', from: i, to: i, score: SCORES.violence });
  } else if (!(cls[i] & (C.Threat | C.Anaphora)) && !negatedClaim && !isDoubt) {
    // The threat's object goes on past the span personal_attack marked ("I'm going to cut the throat OF EVERY
    // gay person"), or the group is named or addressed before a threat aimed at a pronoun ("Immigrants, I will
    // find YOU and kill you", "next time I see a woman I'll punch HER", "Gay people, YOUR days are numbered").
    let a = -1;
    let k = i - 1;
    let agentOf = false; // "I will kill the killers OF Muslims": the group names the victims
    while (k >= 0 && sent[k] === sent[i] && i - k <= 4 && !(cls[k] & C.Threat) && (THREAT_OBJECT_FILLER.has(tokens[k].key) || cls[k] & C.All)) k--;
    for (let q = k + 1; q < i; q++) if (tokens[q].key === K.of && q > 0 && (AGENT.has(tokens[q - 1].key) || /(?:er|ist|or)s?$/.test(tokens[q - 1].key))) agentOf = true;
    if (k >= 0 && k < i && sent[k] === sent[i] && cls[k] & C.Threat && !agentOf) a = k;
    // Named before: right before the threat (one word between at most, the rest of a group phrase aside),
    // not quoted, so not "Muslims received letters saying 'we will burn your houses'", "…fear that mobs will attack them".
    let ge = i;
    while (ge + 1 < n && cls[ge + 1] & C.Identity && sent[ge + 1] === sent[i]) ge++;
    for (let m = ge + 1; a < 0 && m < n && sent[m] === sent[i] && m - ge <= 2; m++) {
      if (!(cls[m] & C.Threat)) continue;
      if (quoted[m] || cls[m - 1] & C.CounterCue || tokens[m - 1].key === K.that || tokens[m - 1].key === K.who) break;
      for (let q = m; q < n && cls[q] & C.Threat; q++) if (THREAT_PRONOUN.has(tokens[q].key)) a = q;
      break;
    }
    if (a >= 0) {
      let s0 = a;
      while (s0 > 0 && cls[s0 - 1] & C.Threat) s0--;
      let denied = false;
      for (let q = Math.max(0, s0 - 4); q <= a && !denied; q++) if (sent[q] === sent[a] && isNeg(q)) denied = true;
      if (!denied && (a < i || (!notSubject(i) && !objectOfPrep(i)))) hits.push({ kind: 'violence', from: Math.min(i, a), to: Math.max(i, a), score: SCORES.violence });
    }
  }
  // Profanity aimed at the group: "fuck all Muslims", "immigrants are pieces of shit", "women can fuck off".
  for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 6); j++) {
    if (!(cls[j] & C.Profane) || cls[j] & (C.Identity | C.Slur) || sent[j] !== sent[i] || negatedClaim || isDoubt) continue;
    if (j < i) {
      // "bullshit, they were…": a pronoun is no named target, except as the whole object ("Fuck them.", "Screw them all.").
      if (cls[i] & C.Anaphora && !(j === i - 1 && (tokens[j].key === K.fuck || tokens[j].key === K.screw) && (i + 1 >= n || sent[i + 1] !== sent[i] || (cls[i + 1] & C.All && (i + 2 >= n || sent[i + 2] !== sent[i]))) && (j === 0 || sent[j - 1] !== sent[j]))) continue;
      // Only determiners between, no punctuation, and not an interjection ("what the fuck, Muslims…").
      let ok = !(j > 0 && (tokens[j - 1].key === K.the || tokens[j - 1].key === K.a)) && !tokens[j].key.endsWith('ed');
      for (let k = j + 1; k < i && ok; k++) if (!(cls[k] & C.All) && tokens[k].key !== K.the && tokens[k].key !== K.you) ok = false;
      for (let k = j + 1; k <= i && ok; k++) if (!tight(k - 1, k)) ok = false;
      if (ok) hits.push({ kind: 'derogation', from: j, to: i, score: SCORES.derogation });
    } else if (j > i && linked(i, j) && !negBetween(i, j) && !(j > 0 && negAt(j - 1))) {
      // Said of the group and not an intensifier of something else ("women are fucking amazing").
      const next = j + 1 < n && sent[j + 1] === sent[j] ? j + 1 : -1;
      if (next < 0 || cls[next] & (C.NegAttr | C.Dehum | C.Exclusion | C.Profane) || PROFANE_TAIL.has(tokens[next].key)) {
        hits.push({ kind: 'derogation', from: i, to: j, score: SCORES.derogation });
      }
    }
  }
  // "Typical woman, always complaining": the group as a byword.
  if (i > 0 && (tokens[i - 1].key === K.typical || tokens[i - 1].key === K.classic) && (i === 1 || sent[i - 2] !== sent[i - 1] || tokens[i - 2].key === K.so || tokens[i - 2].key === K.how || tokens[i - 2].key === K.such)) {
    hits.push({ kind: 'derogation', from: i - 1, to: i, score: SCORES.derogation });
  }
  // "I have never met a Muslim who wasn't disgusting", "there is no woman who is not stupid": two negations.
  if (negatedClaim && !isDoubt) {
    for (let j = i + 2; j <= Math.min(n - 1, i + 7) && sent[j] === sent[i]; j++) {
      if (!(cls[j] & (C.NegAttr | C.Dehum)) || cls[j] & (C.Identity | C.Slur)) continue;
      let rel = false;
      for (let k = i + 1; k < j; k++) if (tokens[k].key === K.who || tokens[k].key === K.that) rel = true;
      if (rel && negBetween(i, j)) hits.push({ kind: 'derogation', from: i, to: j, score: SCORES.derogation });
      break;
    }
  }
  // "Muslims are the kind of people I despise", "women are people I can't stand": the author's hate after the group.
  for (let j = i + 2; j <= Math.min(n - 1, i + 7) && sent[j] === sent[i] && !negatedClaim; j++) {
    if (!(cls[j] & C.HateVerb) || !(FIRST.has(tokens[j - 1].key) || (j > i + 2 && FIRST.has(tokens[j - 2].key) && ADVERB.has(tokens[j - 1].key)))) continue;
    let ok = true;
    for (let k = i + 1; k < j - 1; k++) if (isNeg(k) || cls[k] & (C.CounterCue | C.Rejection) || (CLAUSE_NEXT.has(tokens[k].key) && !(tokens[k].key === K.what && k === j - 2))) ok = false;
    if (ok && !(j + 1 < n && CLAUSE_NEXT.has(tokens[j + 1].key))) hits.push({ kind: 'hate_verb', from: i, to: j, score: SCORES.hate_verb });
    break;
  }
  // "The only good Muslim is a dead Muslim".
  if (i > 1 && ((tokens[i - 1].key === K.good && tokens[i - 2].key === K.only) || tokens[i - 1].key === K.best)) {
    for (let j = i + 1; j < Math.min(n, i + 5) && sent[j] === sent[i]; j++) if (cls[j] & C.ViolencePassive) hits.push({ kind: 'violence', from: i - 2, to: j, score: SCORES.violence });
  }
  // "Killing Muslims is the right thing to do", "murdering gay people should be legal": violence against the
  // group approved (not "…is a crime", "…is never okay").
  {
    const g = gerundObject(i);
    if (g >= 0 && GERUND_VIOLENCE.has(tokens[g].key)) {
      let e = i;
      while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
      let linkAt = -1;
      for (let k = e + 1; k <= Math.min(n - 1, e + 3) && sent[k] === sent[i]; k++) if (LINK.has(tokens[k].key) || cls[k] & C.Modal) { linkAt = k; break; }
      if (linkAt > 0) for (let k = linkAt + 1; k <= Math.min(n - 1, linkAt + 5) && sent[k] === sent[i]; k++) {
        if (isNeg(k) || cls[k] & C.Rejection) break;
        if (APPROVE.has(tokens[k].key)) { hits.push({ kind: 'violence', from: g, to: k, score: SCORES.violence }); break; }
      }
    }
  }
  // "It would be great if all Muslims died", "I'd be happy if every immigrant disappeared": harm to the group wished.
  if (i > 1 && !negatedClaim) {
    let f = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3) && sent[k] === sent[i]; k--) if (tokens[k].key === K.if) { f = k; break; }
    let glad = false;
    for (let k = f - 1; f > 0 && k >= Math.max(0, f - 3) && sent[k] === sent[f]; k--) if (APPROVE.has(tokens[k].key) || tokens[k].key === K.happy || tokens[k].key === K.glad) glad = true;
    if (glad) for (let k = i + 1; k <= Math.min(n - 1, i + 4) && sent[k] === sent[i]; k++) {
      if (isNeg(k)) break;
      if (cls[k] & C.ViolencePassive) { hits.push({ kind: 'violence', from: f, to: k, score: SCORES.violence }); break; }
    }
  }
  // "What black people need is a bullet", "what Muslims deserve is the rope".
  if (i > 0 && tokens[i - 1].key === K.what) {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    if (e + 2 < n && NEED.has(tokens[e + 1].key) && sent[e + 2] === sent[i]) {
      for (let k = e + 2; k <= Math.min(n - 1, e + 4) && sent[k] === sent[i]; k++) if (cls[k] & C.ViolencePassive) { hits.push({ kind: 'violence', from: i - 1, to: k, score: SCORES.violence }); break; }
    }
  }
  // "Hitler was right about the Jews", "Hitler should have finished the job with Muslims".
  for (let k = i - 1; k >= Math.max(0, i - 8) && sent[k] === sent[i]; k--) {
    if (tokens[k].key !== K.hitler) continue;
    let right = false;
    for (let m = k + 1; m < i; m++) if (isNeg(m)) { right = false; break; } else if (tokens[m].key === K.right || tokens[m].key === K.finish || tokens[m].key === K.finished) right = true;
    if (right) hits.push({ kind: 'violence', from: k, to: i, score: SCORES.violence });
    break;
  }
  // "We should have killed all gay people": a past chance regretted.
  for (let k = i - 1; k >= Math.max(2, i - 3) && sent[k] === sent[i]; k--) {
    if (!(cls[k] & C.ViolencePassive)) { if (!(cls[k] & C.All) && !DETERMINER.has(tokens[k].key)) break; continue; }
    if (tokens[k - 1].key === K.have && STRONG_MODAL.has(tokens[k - 2].key) && !negAt(k - 3) && !negAt(k - 2)) hits.push({ kind: 'violence', from: k - 2, to: i, score: SCORES.violence });
    break;
  }
  // "Of course a woman would say that", "of course a Muslim did it": the group's behaviour as a byword.
  if (i > 2 && (tokens[i - 1].key === K.a || tokens[i - 1].key === K.an || tokens[i - 1].key === K.the) && tokens[i - 2].key === K.course && tokens[i - 3].key === K.of) {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    let praise = false; // "of course a Muslim would be WELCOME here"
    for (let k = e + 1; k < Math.min(n, e + 6) && sent[k] === sent[i]; k++) if (cls[k] & C.Positive) praise = true;
    if (e + 1 < n && sent[e + 1] === sent[i] && BYWORD_VERB.has(tokens[e + 1].key) && !negAt(e + 2) && !praise) hits.push({ kind: 'derogation', from: i - 3, to: e + 1, score: SCORES.derogation });
  }
  // "I'd rather date a goat than a Muslim": the group below an animal.
  if (i > 1) {
    let k = i - 1;
    if (tokens[k].key === K.a || tokens[k].key === K.an || tokens[k].key === K.any) k--;
    if (k > 1 && tokens[k].key === K.than) {
      let animal = false;
      let rather = false;
      for (let m = k - 1; m >= Math.max(0, k - 6) && sent[m] === sent[i]; m--) {
        if (cls[m] & C.Dehum || ANIMAL.has(tokens[m].key)) animal = true;
        if (tokens[m].key === K.rather && animal) rather = true;
      }
      if (rather) hits.push({ kind: 'dehumanising', from: k, to: i, score: SCORES.dehumanising });
    }
  }
  // "Fuck off, immigrants.", "Go back where you came from, Muslims!": the group addressed at the end of an abusive sentence.
  if (i > 1 && !(cls[i] & C.Anaphora) && commaBetween(i - 1, i)) {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    if (e + 1 >= n || sent[e + 1] !== sent[i]) {
      for (let k = i - 1; k >= 0 && sent[k] === sent[i]; k--) {
        if (cls[k] & (C.Profane | C.NegAttr | C.Dehum | C.Exclusion | C.ProfaneMod) && !(cls[k] & (C.Identity | C.Rejection)) && !negAt(k - 1) && !negAt(k - 2)) {
          hits.push({ kind: 'derogation', from: k, to: e, score: SCORES.derogation });
          break;
        }
      }
    }
  }
  // "Why do trans people even exist?", "why should disabled people be allowed to live?": a question that denies the group.
  if (i > 1 && question[sent[i]] && tokens[i - 2].key === K.why && (tokens[i - 1].key === K.do || tokens[i - 1].key === K.does || tokens[i - 1].key === K.should)) {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    let x = e + 1;
    if (x < n && (tokens[x].key === K.even || tokens[x].key === K.still)) x++;
    const exist = x < n && sent[x] === sent[i] && (tokens[x].key === K.exist || tokens[x].key === K.live) && (x + 1 >= n || sent[x + 1] !== sent[x]);
    const allowed = x + 1 < n && tokens[x].key === K.be && tokens[x + 1].key === K.allowed && x + 3 < n && (tokens[x + 3].key === K.live || tokens[x + 3].key === K.exist || tokens[x + 3].key === K.vote) && !(x + 4 < n && sent[x + 4] === sent[x] && HOW_LIVED.has(tokens[x + 4].key));
    if (exist || allowed) hits.push({ kind: 'derogation', from: i - 2, to: x, score: SCORES.derogation });
  }
  // "There is no such thing as a decent immigrant", "I have never met a smart woman": a good quality denied to
  // every member (not "no TRUE Muslim WOULD kill": the group defended; not questions).
  if (i > 1 && cls[i - 1] & C.Positive && !(cls[i - 1] & (C.Identity | C.Anaphora)) && !PERSON_NOUN.has(tokens[i - 1].key) && tight(i - 1, i) && !isDoubt && !question[sent[i]]) {
    let k = i - 2;
    while (k >= 0 && sent[k] === sent[i] && i - k <= 9 && !isNeg(k) && NEG_ADJ_FILLER.has(tokens[k].key)) k--;
    const e = groupEnd(i);
    const end = sentenceEndsAfter(e) || commaBetween(e, e + 1) || PLACE_PREP.has(tokens[e + 1].key) || tokens[e + 1].key === K.there || FOLLOWER_END.has(tokens[e + 1].key);
    if (k >= 0 && sent[k] === sent[i] && isNeg(k) && end) hits.push({ kind: 'derogation', from: k, to: i, score: SCORES.derogation });
  }
  if (i > 1 && question[sent[i]]) {
    const e = groupEnd(i);
    const st = sentStart[sent[i]];
    // "What is the point of women?", "what's the point of immigrants anyway?"
    if (tokens[i - 1].key === K.of && tokens[i - 2].key === K.point && (sentenceEndsAfter(e) || tokens[e + 1].key === K.anyway)) hits.push({ kind: 'derogation', from: i - 2, to: e, score: SCORES.derogation });
    // "Why would anyone hire a woman?", "why would you marry a Dalit?"
    let k = i - 1;
    while (k > st && (tokens[k].key === K.a || tokens[k].key === K.an || tokens[k].key === K.any || tokens[k].key === K.the || cls[k] & C.All)) k--;
    if (WHY_WOULD_VERB.has(tokens[k].key) && k - st <= 5 && k - st >= 2 && tokens[st].key === K.why && tokens[st + 1].key === K.would && !negBetween(st, i)) hits.push({ kind: 'derogation', from: st, to: e, score: SCORES.derogation });
    // "Why do we let Muslims into this country?", "why should we tolerate trans people?" (not "…let Muslims BE lynched").
    const after = e + 1 < n && sent[e + 1] === sent[i] ? tokens[e + 1].key : '';
    const harmed = after === K.be || after === K.get || after === K.suffer || (after === K.to && tokens[e + 2]?.key === K.be) || (e + 1 < n && cls[e + 1] & (C.ViolencePassive | C.Violence));
    if (WHY_LET.has(tokens[k].key) && k - st <= 4 && k - st >= 2 && tokens[st].key === K.why && !negBetween(st, i) && !harmed) hits.push({ kind: 'exclusion', from: st, to: e, score: SCORES.exclusion });
    // "Why are gay people allowed near children?", "why are women even allowed to vote?"
    let x = e + 1;
    if (x < n && tokens[x].key === K.even) x++;
    if (i - 2 === st && tokens[st].key === K.why && (tokens[i - 1].key === K.are || tokens[i - 1].key === K.is) && x < n && sent[x] === sent[i] && tokens[x].key === K.allowed) hits.push({ kind: 'exclusion', from: st, to: x, score: SCORES.exclusion });
  }
  // "Letting women vote was a mistake", "allowing Muslims into this country was the biggest mistake".
  {
    const g = gerundObject(i);
    if (g >= 0 && PERMIT_GERUND.has(tokens[g].key)) {
      for (let k = i + 1; k <= Math.min(n - 1, i + 9) && sent[k] === sent[i]; k++) {
        if (isNeg(k)) break;
        if (MISTAKE.has(tokens[k].key) && k > 0 && (LINK.has(tokens[k - 1].key) || tokens[k - 1].key === K.a || tokens[k - 1].key === K.biggest || tokens[k - 1].key === K.huge || tokens[k - 1].key === K.big || tokens[k - 1].key === K.terrible)) {
          hits.push({ kind: 'exclusion', from: g, to: k, score: SCORES.exclusion });
          break;
        }
      }
    }
  }
  // "This neighbourhood was nice until the Muslims moved in", "it all went downhill since immigrants came".
  {
    const e = groupEnd(i);
    let k = i - 1;
    if (k >= 0 && (tokens[k].key === K.the || cls[k] & C.All)) k--;
    if (k > 0 && e + 1 < n && sent[e + 1] === sent[i] && ARRIVE.has(tokens[e + 1].key) && (tokens[k].key === K.until || tokens[k].key === K.since || tokens[k].key === K.when || tokens[k].key === K.after)) {
      for (let m = k - 1; m >= Math.max(0, k - 6) && sent[m] === sent[i]; m--) {
        if (isNeg(m)) break;
        if ((tokens[k].key === K.until && WAS_GOOD.has(tokens[m].key)) || WENT_BAD.has(tokens[m].key)) {
          hits.push({ kind: 'derogation', from: m, to: e + 1, score: SCORES.derogation });
          break;
        }
      }
    }
  }
  // "The fewer Muslims the better": the group's absence wished.
  if (i > 0 && (tokens[i - 1].key === K.fewer || tokens[i - 1].key === K.les) && (i < 2 || tokens[i - 2].key === K.the)) {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    if (e + 2 < n && tokens[e + 1].key === K.the && tokens[e + 2].key === K.beter) hits.push({ kind: 'exclusion', from: i - 1, to: e + 2, score: SCORES.exclusion });
  }
  // "The world needs fewer Muslims", "we need fewer gay people around" (not asked, not "…fewer X IN poverty").
  if (i > 1 && tokens[i - 1].key === K.fewer && (tokens[i - 2].key === K.need || tokens[i - 2].key === K.needs || tokens[i - 2].key === K.want) && !negAt(i - 3) && !question[sent[i]]) {
    const e = groupEnd(i);
    let harm = false;
    for (let k = e + 1; k < Math.min(n, e + 6) && sent[k] === sent[i]; k++) if (UNSAFE.has(tokens[k].key) || cls[k] & (C.Violence | C.ViolencePassive | C.NegAttr)) harm = true;
    if (!harm) hits.push({ kind: 'exclusion', from: i - 2, to: e, score: SCORES.exclusion });
  }
  // "It's a shame gay people exist", "sad that Muslims even exist": the group's existence regretted.
  {
    let e = i;
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    let x = e + 1;
    if (x < n && (tokens[x].key === K.even || tokens[x].key === K.still)) x++;
    // Not "…exist IN such poverty", "…ON such pensions": how the group lives is regretted.
    const how = x + 1 < n && sent[x + 1] === sent[x] && HOW_LIVED.has(tokens[x + 1].key);
    if (x < n && sent[x] === sent[i] && (tokens[x].key === K.exist || tokens[x].key === K.exists) && !negAt(x - 1) && !how) {
      for (let k = i - 1; k >= Math.max(0, i - 4) && sent[k] === sent[i]; k--) if (REGRET.has(tokens[k].key) && !negAt(k - 1)) { hits.push({ kind: 'derogation', from: k, to: x, score: SCORES.derogation }); break; }
    }
  }
  // "There is nothing good about immigrants", "nothing positive about Dalits".
  if (i > 2 && tokens[i - 1].key === K.about && cls[i - 2] & C.Positive && (negAt(i - 3) || negAt(i - 4))) hits.push({ kind: 'derogation', from: i - 3, to: i, score: SCORES.derogation });
  // "I can't think of one good thing about immigrants", "There isn't a single good thing about Biharis".
  else if (i > 4 && tokens[i - 1].key === K.about && GOOD_THING.has(tokens[i - 2].key) && cls[i - 3] & C.Positive && sent[i - 4] === sent[i]) {
    let neg = false;
    for (let k = i - 4; k >= Math.max(0, i - 8) && sent[k] === sent[i]; k--) if (negAt(k)) neg = true;
    if (neg && !framed(i)) hits.push({ kind: 'derogation', from: i - 3, to: i, score: SCORES.derogation });
  }
  // "Women don't deserve the vote", "Dalits do not deserve rights".
  for (let j = i + 1; j < Math.min(n - 1, i + 5) && sent[j] === sent[i]; j++) {
    if (tokens[j].key !== K.deserve && tokens[j].key !== K.deserves) continue;
    let deny = negatedClaim;
    for (let k = i + 1; k < j; k++) if (isNeg(k)) deny = true;
    // Not "…don't deserve to live IN fear", "…to exist LIKE this": the conditions are what is denied.
    for (let m = j + 1; m < Math.min(n, j + (tokens[j + 2]?.key === K.be ? 4 : 3)) && deny && !isDoubt; m++) if (DESERVED.has(tokens[m].key) && !(m + 1 < n && sent[m + 1] === sent[m] && (HOW_LIVED.has(tokens[m + 1].key) || cls[m + 1] & (C.NegAttr | C.Dehum | C.HateVerb | C.Violence | C.ViolencePassive)))) hits.push({ kind: 'derogation', from: i, to: m, score: SCORES.derogation });
    break;
  }
  // "I don't want any Muslims living here", "we don't need more immigrants": the group unwanted.
  if (i > 1 && !question[sent[i]]) {
    let k = i - 1;
    if (tokens[k].key === K.any || tokens[k].key === K.more || tokens[k].key === K.a || tokens[k].key === K.an || cls[k] & C.All) k--;
    const want = k >= 1 && (tokens[k].key === K.want || tokens[k].key === K.need) && negAt(k - 1);
    let e = i; // the end of a group phrase ("trans people")
    while (e + 1 < n && cls[e + 1] & C.Identity && sent[e + 1] === sent[i]) e++;
    const after = e + 1 < n && sent[e + 1] === sent[i] ? tokens[e + 1].key : '';
    let harmLater = false; // "I don't want any Muslims living in fear": harm to the group unwanted, not the group
    for (let k = i + 1; k < Math.min(n, i + 12) && sent[k] === sent[i]; k++) if (cls[k] & (C.Violence | C.ViolencePassive | C.NegAttr | C.Dehum | C.HateVerb) || UNSAFE.has(tokens[k].key)) harmLater = true;
    if (want && (after === '' || WANT_AFTER.has(after)) && !harmLater) hits.push({ kind: 'exclusion', from: k - 1, to: i, score: SCORES.exclusion });
  }
  // "I feel sick when I see Muslims", "I get angry whenever I meet a disabled person": the author's revulsion at the group.
  if (i > 3 && !negatedClaim) {
    let k = i - 1;
    while (k > 0 && (tokens[k].key === K.a || tokens[k].key === K.an || tokens[k].key === K.any || tokens[k].key === K.the || tokens[k].key === K.about || cls[k] & C.All)) k--;
    if (SEE.has(tokens[k].key) && FIRST.has(tokens[k - 1].key) && WHEN.has(tokens[k - 2].key)) {
      for (let m = k - 3; m >= Math.max(0, k - 7) && sent[m] === sent[i]; m--) {
        if (isNeg(m)) break;
        if (FEEL_BAD.has(tokens[m].key) || cls[m] & C.HateVerb) {
          hits.push({ kind: 'hate_verb', from: m, to: i, score: SCORES.hate_verb });
          break;
        }
      }
    }
  }
  // "Keep your daughters away from Muslims", "stay away from immigrants": the group shunned.
  if (i > 2 && !question[sent[i]] && !negatedClaim) {
    let k = i - 1;
    while (k > 0 && (tokens[k].key === K.the || tokens[k].key === K.any || cls[k] & C.All)) k--;
    if (tokens[k].key === K.from && tokens[k - 1]?.key === K.away) {
      for (let m = k - 2; m >= Math.max(0, k - 5) && sent[m] === sent[i]; m--) {
        if (isNeg(m)) break;
        if ((tokens[m].key === K.keep || tokens[m].key === K.stay) && (m === sentStart[sent[m]] || has(m - 1, C.Modal) || commaBetween(m - 1, m))) {
          hits.push({ kind: 'exclusion', from: m, to: i, score: SCORES.exclusion });
          break;
        }
      }
    }
  }
  // "What the fuck is wrong with women?", "what's wrong with immigrants?": the group itself as the fault.
  if (i > 2 && tokens[i - 1].key === K.with && tokens[i - 2].key === K.wrong && sentenceEndsAfter(groupEnd(i))) {
    for (let k = i - 3; k >= Math.max(0, i - 7) && sent[k] === sent[i]; k--) if (tokens[k].key === K.what || tokens[k].key === K.whats) { hits.push({ kind: 'derogation', from: k, to: groupEnd(i), score: SCORES.derogation }); break; }
  }
  // "Swimming pools are no place for black people", "this country has no place for Muslims".
  if (i > 2 && !question[sent[i]] && tokens[i - 1].key === K.for && tokens[i - 2].key === K.place && negAt(i - 3)) hits.push({ kind: 'exclusion', from: i - 3, to: i, score: SCORES.exclusion });
  // "Women only want money", "Muslims only know violence": the group reduced to a vice.
  if (i + 3 < n && !negatedClaim && !isDoubt) {
    const e = groupEnd(i);
    if (e + 3 < n && (tokens[e + 1].key === K.only || tokens[e + 1].key === K.just) && ONLY_VERB.has(tokens[e + 2].key)) {
      for (let m = e + 3; m <= Math.min(n - 1, e + 5) && sent[m] === sent[i]; m++) if (VICE.has(tokens[m].key)) { hits.push({ kind: 'derogation', from: i, to: m, score: SCORES.derogation }); break; }
    }
    // "Women are so "smart"", "Muslims are really 'peaceful'": a good quality in scare quotes.
    let q = e + 1;
    if (q < n && LINK.has(tokens[q].key)) {
      q++;
      while (q < n && q <= e + 4 && ADVERB.has(tokens[q].key)) q++;
      if (q < n && sent[q] === sent[i] && cls[q] & C.Positive && tokens[q].start > 0 && /["'“‘]/.test(text[tokens[q].start - 1]) && /["'”’]/.test(text[tokens[q].end] ?? '')) hits.push({ kind: 'derogation', from: i, to: q, score: SCORES.derogation });
    }
  }
  // "Nobody likes immigrants", "no one could ever love a disabled person", "no one wants Muslims here".
  if (i > 1 && !question[sent[i]]) {
    let k = i - 1;
    while (k > 0 && (tokens[k].key === K.a || tokens[k].key === K.an || tokens[k].key === K.any || tokens[k].key === K.the || cls[k] & C.All)) k--;
    if (NOBODY_VERB.has(tokens[k].key)) {
      let m = k - 1;
      while (m >= 0 && k - m <= 3 && sent[m] === sent[i] && (tokens[m].key === K.would || tokens[m].key === K.could || tokens[m].key === K.should || tokens[m].key === K.ever || tokens[m].key === K.will || tokens[m].key === K.really)) m--;
      const nobody = m >= 0 && sent[m] === sent[i] && (tokens[m].key === K.nobody || tokens[m].key === K.noone || (tokens[m].key === K.one && m > 0 && tokens[m - 1].key === K.no));
      let harm = false; // "no one wants women to suffer"
      for (let q = i + 1; q < Math.min(n, i + 8) && sent[q] === sent[i]; q++) if (UNSAFE.has(tokens[q].key) || cls[q] & (C.Violence | C.ViolencePassive | C.NegAttr | C.Dehum | C.HateVerb) || tokens[q].key === K.to) harm = true;
      if (nobody && !harm) hits.push({ kind: 'derogation', from: m, to: i, score: SCORES.derogation });
    }
  }
  // "Keep immigrants out of our schools", "kick these Muslims out": an order to shut the group out.
  if (i > 0 && i + 1 < n && (tokens[i + 1].key === K.out || tokens[i + 1].key === K.away) && sent[i + 1] === sent[i]) {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      // The order may open a clause after a comma: "Christians are fake converts, throw them out".
      if (OUT_VERB.has(tokens[k].key) && (k === 0 || sent[k - 1] !== sent[k] || has(k - 1, C.Modal) || commaBetween(k - 1, k))) hits.push({ kind: 'exclusion', from: k, to: i + 1, score: SCORES.exclusion });
      if (!(cls[k] & (C.All | C.Identity)) && tokens[k].key !== K.the) break;
    }
  }
  // "All I feel for women is hatred": the feeling named after the group.
  if (i > 0 && (tokens[i - 1].key === K.for || tokens[i - 1].key === K.towards)) {
    let feel = false;
    for (let k = Math.max(0, i - 4); k < i - 1; k++) if (tokens[k].key === K.feel || tokens[k].key === K.have) feel = true;
    if (feel) for (let j = i + 1; j < Math.min(n, i + 5) && sent[j] === sent[i]; j++) if (cls[j] & C.HateVerb && !negBetween(i - 4, j)) hits.push({ kind: 'hate_verb', from: i, to: j, score: SCORES.hate_verb });
  }
  // "Nothing is worse than a Muslim": a superlative of contempt.
  if (i > 1) {
    for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
      if (tokens[k].key !== K.than) continue;
      const w = tokens[k - 1].key;
      // "My dog is smarter than any immigrant", "a rock is more intelligent than women": something lowly above the group.
      if (COMPARED_UP.has(w) && !question[sent[i]]) {
        let low = -1;
        for (let m = k - 2; m >= Math.max(0, k - 8) && sent[m] === sent[k] && low < 0; m--) if (LOWLY.has(tokens[m].key) || (cls[m] & C.Dehum && !(cls[m] & C.Identity))) low = m;
        if (low >= 0 && !negBetween(low, k)) {
          hits.push({ kind: 'dehumanising', from: low, to: i, score: SCORES.dehumanising });
          break;
        }
      }
      // "EVEN animals are better than Muslims" (not "even cows are TREATED better than Dalits": a complaint).
      if (w === K.beter && !question[sent[i]]) {
        let low = -1;
        let even = false;
        let treated = false;
        for (let m = k - 2; m >= Math.max(0, k - 6) && sent[m] === sent[k]; m--) {
          if (LOWLY.has(tokens[m].key) || (cls[m] & C.Dehum && !(cls[m] & C.Identity))) low = m;
          if (tokens[m].key === K.even) even = true;
          if (NONPRED.has(tokens[m].key) || tokens[m].key === K.paid || tokens[m].key === K.fed) treated = true;
        }
        if (low >= 0 && even && !treated && !negBetween(low, k)) {
          hits.push({ kind: 'dehumanising', from: low, to: i, score: SCORES.dehumanising });
          break;
        }
      }
      // "I'm better than any Muslim", "we are better than these immigrants": the author above the group.
      if (w === K.beter && k > 1 && (tokens[k - 2].key === K.im || (k > 2 && tokens[k - 2].key === K.am && tokens[k - 3].key === K.i) || (k > 2 && tokens[k - 2].key === K.are && tokens[k - 3].key === K.we))) {
        hits.push({ kind: 'derogation', from: k - 2, to: i, score: SCORES.derogation });
        break;
      }
      if (w === K.worse || w === K.lower || w === K.dumber || w === K.dirtier || w === K.uglier) {
        let nothing = false;
        for (let m = Math.max(0, k - 5); m < k - 1; m++) if (tokens[m].key === K.nothing || tokens[m].key === K.noone) nothing = true;
        if (nothing || w !== K.worse) hits.push({ kind: 'derogation', from: k - 1, to: i, score: SCORES.derogation });
      }
      break;
    }
  }
  // "Women are dumber than men", "Biharis are dirtier than animals": the group compared down (not "worse off").
  if (i + 3 < n && (tokens[i + 1].key === K.are || tokens[i + 1].key === K.r) && !negatedClaim && !isDoubt) {
    let k = i + 2;
    while (k < n && k <= i + 4 && ADVERB.has(tokens[k].key)) k++;
    if (k + 1 < n && COMPARED_DOWN.has(tokens[k].key) && tokens[k + 1].key === K.than && sent[k + 1] === sent[i] && !negBetween(i, k)) hits.push({ kind: 'derogation', from: i, to: k + 1, score: SCORES.derogation });
  }
  // "Jews control the media", "Muslims run the underworld": the conspiracy myth of a group in secret control.
  if (i + 2 < n && CONTROL.has(tokens[i + 1].key) && !negatedClaim && !isDoubt) {
    let k = i + 2;
    while (k < n && k <= i + 4 && (tokens[k].key === K.the || cls[k] & C.All || ADVERB.has(tokens[k].key))) k++;
    // Not asked or debunked: "Do Jews control the media? No, that is a myth", "the lie that X run the banks".
    let debunked = !!question[sent[i]];
    for (let m = 0; m < n && !debunked; m++) if (sent[m] >= sent[i] - 1 && sent[m] <= sent[i] + 1 && MYTH.has(tokens[m].key)) debunked = true;
    if (k < n && sent[k] === sent[i] && CONTROLLED.has(tokens[k].key) && !debunked) hits.push({ kind: 'derogation', from: i, to: k, score: SCORES.derogation });
  }
  // "I'll make these Muslims pay".
  if (i > 0 && i + 1 < n && tokens[i + 1].key === K.pay) for (let k = Math.max(0, i - 3); k < i; k++) if (tokens[k].key === K.make) hits.push({ kind: 'violence', from: k, to: i + 1, score: SCORES.violence });
  // "The world would be better without Muslims", "India is better off without them".
  for (let k = i - 1; k >= Math.max(0, i - 3) && sent[k] === sent[i]; k--) {
    if (tokens[k].key !== K.without && tokens[k].key !== K.before) continue;
    // "Life was better BEFORE the immigrants came" (not "…before Muslims WERE targeted").
    if (tokens[k].key === K.before) {
      const e = groupEnd(i);
      if (e + 1 < n && sent[e + 1] === sent[i] && (PAST_AUX.has(tokens[e + 1].key) || LINK.has(tokens[e + 1].key) || tokens[e + 1].key === K.is)) break;
    }
    for (let m = k - 1; m >= Math.max(0, k - 4); m--) if (tokens[m].key === K.beter && !negBetween(m - 3, k)) hits.push({ kind: 'exclusion', from: m, to: i, score: SCORES.exclusion });
    break;
  }
  // "Piss off back home, you Muslims": a group addressed while abused.
  if (i > 0 && (tokens[i - 1].key === K.you || tokens[i - 1].key === K.u) && !(cls[i] & C.Anaphora)) {
    for (let j = 0; j < n; j++) {
      if (sent[j] !== sent[i] || j === i || j === i - 1 || !(cls[j] & (C.Dehum | C.NegAttr | C.Exclusion | C.ProfaneMod)) || cls[j] & C.Identity) continue;
      if (!negAt(j - 1) && !negBetween(i, j)) hits.push({ kind: 'derogation', from: Math.min(i, j), to: Math.max(i, j), score: SCORES.derogation });
      break;
    }
  }
}
