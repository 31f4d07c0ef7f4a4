import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../types';
import { foldDevanagari } from '../lang/devanagari';
import { romanKey } from '../lang/roman';
import { keyRecord, Token } from '../lang/tokens';

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
}

const MODALS = ['should', 'must', 'need to', 'needs to', 'ought to', 'deserve to', 'deserves to', 'deserve', 'have to', 'has to', 'got to', 'gotta', 'will', "'ll", 'gonna', 'going to', 'want to', 'wanna', "let's", 'lets', 'let us', 'shall', 'would', "i'd", "we'd", 'to', 'chahiye', 'chahie', 'चाहिए', 'do', 'please'];
// Also subgroups defined by what they do or believe, not by who they are ("Hindu nationalists",
// "Muslim extremists", "Sikh separatists"): criticism of them is political, not hate.
const SUBGROUPS = ['nationalists', 'nationalist', 'extremists', 'extremist', 'fundamentalists', 'fundamentalist', 'separatists', 'separatist', 'militants', 'militant', 'terrorists', 'terrorist', 'radicals', 'radical', 'politicians', 'politician', 'organisations', 'organizations', 'organisation', 'organization', 'groups', 'mobs', 'mob', 'rioters', 'gangs', 'gang', 'clerics', 'cleric', 'leaders', 'leader', 'vote', 'votes', 'voters', 'appeasement', 'card', 'politics', 'bank', 'neta', 'netaon', 'नेता', 'नेताओं', 'वोट',
  // a nationality or religion used as an adjective for things, teams and professions
  'cricketers', 'cricket', 'bowlers', 'bowler', 'batsmen', 'batsman', 'athletes', 'actors', 'actor', 'singers', 'films', 'film', 'movies', 'dramas', 'serials', 'channels', 'channel', 'news', 'economy', 'border', 'borders', 'side', 'officials', 'diplomats', 'troops', 'soldiers', 'forces', 'intelligence', 'agencies', 'agency', 'spies', 'hackers', 'drones', 'products', 'imports', 'exports', 'brands', 'phones'];
const INSTITUTIONS = ['government', 'govt', 'gov', 'regime', 'army', 'military', 'state', 'party', 'parties', 'media', 'team', 'players', 'companies', 'company', 'apps', 'app', 'products', 'goods', 'embassy', 'officials', 'minister', 'ministry', 'leaders', 'leadership', 'board', 'police', 'sarkar', 'sarkaar', 'सरकार', 'सेना', 'टीम', 'food', 'cuisine', 'restaurant', 'restaurants', 'festival', 'festivals', 'culture', 'community'];
const ALL_WORDS = ['all', 'every', 'those', 'these', 'sab', 'sabhi', 'saare', 'sare', 'सब', 'सभी', 'सारे'];

const key = (w: string): string => (/[\u0900-\u097f]/.test(w) ? foldDevanagari(w) : romanKey(w));

interface Phrase {
  keys: string[];
  cls: number;
}

interface HateKeyEntry {
  single: number;
  phrases: Phrase[] | undefined;
  /** Class from the fuzzy / plural / split pass for unlisted Latin keys; -1 until computed. */
  unknown: number;
}

export class HateLexicon {
  readonly single = new Map<string, number>();
  readonly phrases = new Map<string, Phrase[]>();
  /** Deletion neighbourhood of long Latin words (typos, swapped or dropped letters) → [word, class]. */
  readonly fuzzy = new Map<string, Array<[string, number]>>();

  constructor(lex: LexiconFile) {
    const add = (words: string[], cls: number, fuzzy = false) => {
      for (const w of words) {
        const parts = w.toLowerCase().split(' ').map(key).filter(Boolean);
        if (parts.length === 0) continue;
        if (parts.length === 1) {
          this.single.set(parts[0], (this.single.get(parts[0]) ?? 0) | cls);
          if (fuzzy && parts[0].length >= 6 && !/[\u0900-\u097f]/.test(parts[0])) {
            for (const d of deletions(parts[0])) {
              const l = this.fuzzy.get(d) ?? [];
              l.push([parts[0], cls]);
              this.fuzzy.set(d, l);
            }
          }
        } else {
          const list = this.phrases.get(parts[0]) ?? [];
          list.push({ keys: parts, cls });
          this.phrases.set(parts[0], list);
        }
      }
    };
    add(lex.identity, C.Identity, true);
    add(lex.identityPhrases, C.Identity);
    add(lex.slurs, C.Slur);
    add(lex.dehumanising, C.Dehum, true);
    add(lex.negativeAttributes, C.NegAttr, true);
    add(lex.hateVerbs, C.HateVerb);
    add(lex.violence, C.Violence);
    add(lex.violencePassive, C.ViolencePassive);
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
  }

  private static cached: HateLexicon | undefined;
  static load(file = path.join(__dirname, '../../data/hate/lexicon.json')): HateLexicon {
    if (!HateLexicon.cached) HateLexicon.cached = new HateLexicon(JSON.parse(fs.readFileSync(file, 'utf8')) as LexiconFile);
    return HateLexicon.cached;
  }

  /**
   * Class of a word one edit (insertion, deletion, substitution, adjacent swap) from a listed
   * word with the same first letter: `disgustng`, `disgsuting`. Keeps `towards` from `cowards`.
   */
  private fuzzyClass(k: string): number {
    // Two neighbouring letters swapped (`wmoen`, `disgsuting`): a typo or a dodge, rarely another word.
    for (let i = 0; i + 1 < k.length; i++) {
      if (k[i] === k[i + 1]) continue;
      const c = this.single.get(k.slice(0, i) + k[i + 1] + k[i] + k.slice(i + 2));
      if (c) return c;
    }
    // One letter more or less: only for longer words (`tweeted` is one letter from `twisted`).
    if (k.length < 7) return 0;
    const ok = (w: string): boolean => w[0] === k[0] && w.length >= 7;
    for (const [w, cls] of this.fuzzy.get(k) ?? []) if (ok(w)) return cls; // k = w minus one letter
    for (const d of deletions(k)) {
      const direct = this.single.get(d); // k = w plus one letter
      if (direct && ok(d)) return direct;
      // Substitution or swap: only for long words, where one changed letter rarely makes another word.
      if (k.length >= 8) for (const [w, cls] of this.fuzzy.get(d) ?? []) if (ok(w)) return cls;
    }
    return 0;
  }

  /**
   * Two words run together (`womenare`, `ihate`, `aredisgusting`): one side a hate-relevant word,
   * the other a listed word or a short function word. Both sides' classes apply to the token.
   */
  private splitClass(k: string): number {
    const RELEVANT = C.Identity | C.Slur | C.Dehum | C.NegAttr | C.HateVerb | C.Violence;
    for (let p = 1; p < k.length; p++) {
      const l = k.slice(0, p);
      const r = k.slice(p);
      const lc = this.single.get(l) ?? 0;
      const rc = this.single.get(r) ?? 0;
      const lk = lc !== 0 || JOINABLE.has(l);
      const rk = rc !== 0 || JOINABLE.has(r);
      if (lk && rk && ((lc & RELEVANT && l.length >= 4) || (rc & RELEVANT && r.length >= 4))) return lc | rc;
    }
    return 0;
  }

  /** Class bits per token; phrase matches mark every token they cover. */
  classify(tokens: Token[]): Uint32Array {
    const cls = new Uint32Array(tokens.length);
    let any = 0;
    const unknown: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const k = tokens[i].key;
      const e = this.entry(tokens[i]);
      const c = e.single;
      if (c === 0 && tokens[i].script === 'latn' && k.length >= 5) unknown.push(i);
      cls[i] |= c;
      any |= c;
      const ps = e.phrases;
      if (ps) {
        for (const p of ps) {
          if (i + p.keys.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < p.keys.length && ok; j++) ok = tokens[i + j].key === p.keys[j];
          if (ok) {
            for (let j = 0; j < p.keys.length; j++) cls[i + j] |= p.cls;
            any |= p.cls;
          }
        }
      }
    }
    // Misspelt and inflected words only matter next to something hostile or a group word, so the
    // (costlier) fuzzy pass runs only when the exact pass found one of them.
    if (unknown.length === 0 || !(any & (C.Identity | C.Slur | C.Dehum | C.NegAttr | C.HateVerb | C.Violence | C.ViolencePassive | C.Exclusion))) return cls;
    for (const i of unknown) {
      // The class of an unlisted word depends on the word alone: memoized.
      const e = this.entry(tokens[i]);
      if (e.unknown < 0) e.unknown = this.unknownClass(tokens[i].key);
      cls[i] |= e.unknown;
    }
    return cls;
  }

  /** This lexicon's facts about a token's key, kept on the shared per-key record (lang/tokens.ts). */
  private entry(t: Token): HateKeyEntry {
    const rec = t.rec ?? keyRecord(t.key);
    if (rec.hateOwner !== this) {
      rec.hateOwner = this;
      rec.hate = { single: this.single.get(t.key) ?? 0, phrases: this.phrases.get(t.key), unknown: -1 } satisfies HateKeyEntry;
    }
    return rec.hate as HateKeyEntry;
  }

  private unknownClass(k: string): number {
    let c = 0;
    // Plurals and oblique forms of group words and slurs: `katuas`, `mullon`, `pakistaniyon`.
    for (const suf of PLURAL_SUFFIXES) {
      if (!k.endsWith(suf)) continue;
      const base = this.single.get(k.slice(0, k.length - suf.length)) ?? 0;
      if (base & (C.Identity | C.Slur | C.Dehum)) {
        c = base & (C.Identity | C.Slur | C.Dehum);
        break;
      }
    }
    if (c === 0 && k.length >= 5) c = this.fuzzyClass(k) & (C.Identity | C.Dehum | C.NegAttr);
    if (c === 0 && k.length >= 5) c = this.splitClass(k);
    return c;
  }
}

// "hate against", "hate crimes", "hate speech": hate named as a phenomenon.
const DESCRIBED_NEXT = new Set(['against', 'towards', 'toward', 'crime', 'crimes', 'speech', 'campaign', 'campaigns', 'propaganda', 'mongers', 'monger', 'mongering', 'comments', 'posts', 'messages', 'groups', 'group', 'speeches', 'attacks', 'rhetoric', 'politics', 'agenda'].map(romanKey));
const OPPOSE = new Set(['stop', 'end', 'fight', 'fighting', 'condemn', 'against', 'oppose', 'spreading', 'spread', 'spreads', 'no', 'rising', 'growing'].map(romanKey));
// Short function words that get run into a neighbour when spaces are dropped.
// Not `the`, `r`, `a`: `the|rapists`, `r|apes` and `a|…` would split innocent words.
const JOINABLE = new Set(['i', 'are', 'is', 'so', 'all', 'we', 'you', 'to', 'be', 'must', 'should', 'will', 'these', 'those', 'such', 'really', 'very', 'just'].map(romanKey));
const ENDORSE = new Set(['true', 'right', 'agree', 'agreed', 'exactly', 'correct', 'fact', 'facts', 'yes', 'indeed', 'sahi', 'bilkul', 'satya', 'sach', 'well'].map(romanKey));
const FIRST_PERSON = new Set(['i', 'we', 'im', 'ive', 'main', 'hum'].map(romanKey));
const NOT_NEGATING_NEXT = new Set(['but', 'better', 'different', 'smarter', 'beter'].map(romanKey));
const WISH = new Set(['want', 'wish', 'wants', 'wished', 'wanted'].map(romanKey));
const PLURAL_SUFFIXES = ['s', 'es', 'on', 'o', 'yon', 'ion'];

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
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

export function applyRules(text: string, tokens: Token[], cls: Uint32Array, language: Language): RuleOutcome {
  const n = tokens.length;
  const hits: HateHit[] = [];
  const identities: number[] = [];
  let group = false;
  for (let i = 0; i < n; i++) {
    // "Immigrants are everywhere. I hate them.": a pronoun after a group word stands for the group.
    if (cls[i] & C.Anaphora && group && !(cls[i] & (C.Identity | C.Slur))) cls[i] |= C.Identity;
    if (cls[i] & (C.Identity | C.Slur)) group = true;
  }
  if (!group) return { hits, counterSpeech: false, identities, hostile: false }; // every rule needs a group word
  // Sentence id and quotation state per token.
  const sent = new Int32Array(n);
  const quoted = new Uint8Array(n);
  let s = 0;
  let inQuote = false;
  for (let i = 0; i < n; i++) {
    // Scan the gap before token i for sentence ends and quotation marks (no allocation).
    let brk = false;
    for (let p = i > 0 ? tokens[i - 1].end : 0; p < tokens[i].start; p++) {
      const c = text.charCodeAt(p);
      if (SENTENCE_END.has(c)) brk = true;
      else if (QUOTES.has(c)) inQuote = !inQuote;
    }
    if (brk && i > 0) s++;
    sent[i] = s;
    quoted[i] = inQuote ? 1 : 0;
  }
  const hindi = language === 'hi' || language === 'hi-Latn';
  // "nothing but contempt", "no one but": intensifiers, not negations.
  // "no better than rats", "no different from pigs": comparisons, not negations.
  const isNeg = (k: number): boolean =>
    (cls[k] & C.Negation) !== 0 && !(k + 1 < n && (NOT_NEGATING_NEXT.has(tokens[k + 1].key) || (tokens[k].key === 'nothing' && tokens[k + 1].key === 'more')));
  const negBetween = (a: number, b: number): boolean => {
    for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (isNeg(k)) return true;
    return false;
  };
  // "no less human": a negation followed by `less` / `only` affirms instead.
  const lessAfterNeg = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k++) if (isNeg(k) && (tokens[k + 1]?.key === 'les' || tokens[k + 1]?.key === 'only' || tokens[k + 1]?.key === 'just')) return true;
    return false;
  };
  // Only spaces between two tokens ("fucking Muslims", not "what the fuck, Muslims").
  const tight = (a: number, b: number): boolean => {
    for (let p = tokens[a].end; p < tokens[b].start; p++) if (text.charCodeAt(p) !== 0x20) return false;
    return true;
  };
  const has = (i: number, c: number): boolean => i >= 0 && i < n && (cls[i] & c) !== 0;
  const negAt = (i: number): boolean => i >= 0 && i < n && isNeg(i);

  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if (c & C.Slur) {
      // Reclaimed: first person right before ("I'm a proud dyke", "we queers").
      let reclaimed = false;
      for (let k = Math.max(0, i - 5); k < i; k++) if (cls[k] & C.SelfRef && sent[k] === sent[i]) reclaimed = true;
      if (!reclaimed) hits.push({ kind: 'slur', from: i, to: i, score: SCORES.slur });
    }
    if (!(c & (C.Identity | C.Slur))) continue;
    // "the Chinese government", "Pakistani army": an institution, not people; "illegal immigrants":
    // a legal status, the stuff of policy debate.
    if (has(i + 1, C.Institution) || has(i + 2, C.Institution)) continue;
    if (i > 0 && (tokens[i - 1].key === 'ilegal' || tokens[i - 1].key === 'avaidh' || tokens[i - 1].key === foldDevanagari('अवैध'))) continue;
    identities.push(i);
    // "I don't think gay people are dangerous": a negation just before the group word negates the claim.
    let negatedClaim = false;
    for (let k = Math.max(0, i - 3); k < i; k++) if (isNeg(k) && sent[k] === sent[i]) negatedClaim = true;
    const lo = Math.max(0, i - 5);
    const hi = Math.min(n - 1, i + 6);
    for (let j = lo; j <= hi; j++) {
      if (j === i || sent[j] !== sent[i]) continue;
      const cj = cls[j];
      if (cj & (C.Dehum | C.NegAttr) && !negatedClaim) {
        // Attribute after the identity ("women are disgusting", "why are X so stupid") or right
        // before it as an adjective ("filthy Muslims"); never across a negation.
        // Before the group only as its adjective: "filthy Muslims", "filthy dirty Muslims" — not
        // "a threat to Muslims".
        const before = j < i;
        if (before && !((i - j === 1 && tight(j, i)) || (i - j === 2 && cls[i - 1] & (C.Dehum | C.NegAttr | C.ProfaneMod) && tight(j, i - 1) && tight(i - 1, i)))) continue;
        if (negBetween(i, j) || negAt(j - 1)) continue;
        if (cj & (C.Identity | C.Slur)) continue; // two group words side by side are not a predicate
        hits.push({ kind: cj & C.Dehum ? 'dehumanising' : 'derogation', from: Math.min(i, j), to: Math.max(i, j), score: cj & C.Dehum ? SCORES.dehumanising : SCORES.derogation });
      }
      // "hate against Muslims", "stop hatred towards women": the phenomenon named, not felt.
      const described = j + 1 < n && DESCRIBED_NEXT.has(tokens[j + 1].key);
      const opposed = j > 0 && OPPOSE.has(tokens[j - 1].key);
      if (cj & C.HateVerb && j < i && i - j <= 6 && !described && !opposed && !negBetween(j, i) && !negAt(j - 1) && !negAt(j - 2)) {
        hits.push({ kind: 'hate_verb', from: j, to: i, score: SCORES.hate_verb });
      }
      if (cj & C.Violence) {
        // English: a call needs a modal / imperative / "all" before the verb, verb before the group.
        // Hindi word order puts the imperative after the group ("mulle ko maaro").
        const imperative = j === 0 || sent[j - 1] !== sent[j] || has(j - 1, C.Modal) || has(j - 2, C.Modal) || has(j + 1, C.All);
        const ok = hindi ? !negBetween(i, j) && !negAt(j - 1) : j < i && imperative && !negBetween(j, i) && !negAt(j - 1) && !negAt(j - 2);
        if (ok) hits.push({ kind: 'violence', from: Math.min(i, j), to: Math.max(i, j), score: SCORES.violence });
      }
      if (cj & C.ViolencePassive && j > i) {
        // "Muslims should be killed", "immigrants must die": a modal between identity and verb;
        // "I want all Muslims dead": a wish right before the group, the verb right after it.
        let modal = false;
        for (let k = i + 1; k < j; k++) if (cls[k] & C.Modal) modal = true;
        if (!modal && j - i <= 2) for (let k = Math.max(0, i - 3); k < i; k++) if (WISH.has(tokens[k].key) && sent[k] === sent[i]) modal = true;
        if (modal && !negBetween(i, j)) hits.push({ kind: 'violence', from: i, to: j, score: SCORES.violence });
      }
      if (cj & C.Exclusion && j > i && !negBetween(i, j)) hits.push({ kind: 'exclusion', from: i, to: j, score: SCORES.exclusion });
      // "fucking immigrants": a profane or contemptuous modifier right before the group word.
      if (cj & C.ProfaneMod && j === i - 1 && tight(j, i) && !(cls[i] & C.Anaphora)) hits.push({ kind: 'derogation', from: j, to: i, score: SCORES.derogation });
      // Denying a group a basic quality: "women are not human", "Muslims can never be trusted",
      // "I don't think immigrants are capable".
      if (cj & C.Positive && j > i && j - i <= 5 && (negatedClaim || negBetween(i, j)) && !lessAfterNeg(Math.max(0, i - 3), j)) hits.push({ kind: 'derogation', from: i, to: j, score: SCORES.derogation });
    }
  }
  if (hits.length === 0) {
    let hostile = false;
    for (let i = 0; i < n && !hostile; i++) if (cls[i] & HOSTILE) hostile = true;
    return { hits, counterSpeech: false, identities, hostile };
  }

  // Counter-speech: a sentence (or the comment) that reports the hateful words and rejects them.
  let counter = false;
  let rejection = false;
  let reporting = false;
  for (let i = 0; i < n; i++) {
    if (cls[i] & C.Rejection) rejection = true;
    // Reporting someone else's words; "I think", "we say" is the author's own opinion.
    if (cls[i] & C.CounterCue && !(i > 0 && FIRST_PERSON.has(tokens[i - 1].key))) reporting = true;
  }
  const allQuoted = hits.every((h) => quoted[h.from] === 1 && quoted[h.to] === 1);
  if (rejection && (reporting || allQuoted)) counter = true;
  // Hate only inside quotation marks, the author's own words around it neither hostile nor agreeing
  // ("so true", "exactly"): reported speech, as in a news comment quoting a politician.
  if (!counter && allQuoted) {
    let outside = 0;
    let endorse = false;
    for (let i = 0; i < n; i++) {
      if (quoted[i]) continue;
      outside++;
      if (cls[i] & HOSTILE || cls[i] & C.Slur || ENDORSE.has(tokens[i].key)) endorse = true;
    }
    if (outside >= 2 && !endorse) counter = true;
  }
  return { hits: counter ? [] : hits, counterSpeech: counter, identities, hostile: true };
}
