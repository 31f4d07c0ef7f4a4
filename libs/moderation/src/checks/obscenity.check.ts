import * as fs from 'node:fs';
import * as path from 'node:path';
import { HindiLexicon, LexiconEntry, romanKey, tokenize as tokenizeWords, tokensOf } from '../lang';
import { NOT_THEIR_KEY } from '../lang/roman';
import { WordRecord, setWordMemo, spansFor, wordAtSpan, wordMemo, wordSlot } from '../lang/tokens';
import { NormalizedText } from '../normalize';
import { Evidence, SEVERITIES, Severity } from '../types';
import { Check, CheckContext, evidence, result } from './check';

// Dictionary matcher over the folded text. Matching is per token (word boundaries are what
// keep "Scunthorpe", "cocktail" and "assassin" clean); inside a token only a short list of
// roots that never occur in innocent words may match (with an exception list), and compound
// forms are listed terms. Obfuscation is decoded per token: leet and symbols, masking
// wildcards (f*ck), letters split by spaces/dots/dashes, repeated letters.

interface Dictionary {
  terms: Record<string, [1 | 2 | 3, string]>;
  partialRoots: string[];
  anywhereRoots: string[];
  exceptionPrefixes: string[];
  exceptionPhrases: string[];
  exceptions: string[];
}

const SEV: Severity[] = ['none', 'mild', 'strong', 'severe'];

/** Leet and symbol decoding: each char -> candidate letters ('?' = any letter). */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'il', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g',
  '@': 'a?', $: 's', '!': 'il', '|': 'li', '+': 't', '€': 'e', '£': 'e', '¢': 'c', '¥': 'y', '§': 's', '©': 'c', '®': 'r', '°': 'o',
  '¡': 'i', '×': 'x', 'ß': 'b', '*': '?', '#': 'h?', '%': '?', '^': 'a?', '(': 'c', '<': 'c', '{': 'c', '[': 'c', ')': 'o',
};
const TOKEN_CHAR = /[\p{L}\p{N}@$!|+€£¢¥§©®°¡×*#%^]/u;
const ASCII_LETTER = /^[a-z]+$/;
const DOUBLING_OK = new Set('aiuhkywjqxv'.split(''));
// Plural and verb endings only; "-y" is left out on purpose ("spiky", "tardy").
/** Pieces of a word split by separators ("f u c k", "F.U.C.K"): Latin letters, digits, leet. */
const SPLIT_PIECE = /^[a-z0-9@$!|*+]{1,2}$/;
const MAX_SPLIT = 14;
const SUFFIXES = ['s', 'es', 'ed', 'er', 'ers', 'ing', 'in', 'ings', 'ery'];
/** Ambiguous words ("Dick Cheney", "prick a finger") that are obscene insults after these. */
const CONTEXT_STRONG = new Set('dick dicks prick pricks cock cocks pussy pussies knob knobs twat tit tits cnut cnuts phuc'.split(' '));
/** A mild spelling of "fuck" ("phuc", also a Vietnamese name; "fack") used as the verb: "phuc off", "fack this". */
const FUCK_VERB_AFTER = /^ (?:off|you|u|ya|yourself|urself|this|that|these|those|them|him|her|it|the|me|us|everyone|all)\b/;
/** "FFS" is also an acronym ("the FFS rule", fee-for-service): a noun after a determiner is no exclamation. */
const ACRONYM_AFTER_DETERMINER = /(?:^|[^a-z])(?:the|a|an|this|that|under|of|its|their|our|new|old)\s+$/;
/** First words of compounds written as two words ("ass wipe", "dip shit", "dick wad"): the join is looked up. */
const JOIN_HEADS = new Set('ass arse dick bull horse dumb shit mother cock cunt twat wank douche butt'.split(' '));
/** Heads and tails of compound insults written as one word ("dickwad", "shitbrain", "twatwaffle"). */
const COMPOUND_HEADS = 'dick ass arse shit cock douche twat cunt fuck piss jizz wank bitch slut'.split(' ');
const INSULT_TAILS = new Set(
  'wad weed bag brain weasel hole face head wit nugget stain nozzle waffle womble muppet goblin monkey lord sucker licker knob sack stick tard burger bucket pants canoe clown hat mouth nut rag biscuit gibbon splat'.split(' '),
);
/** "f" and three masks, with an ending: "f***", "f***ing", "f***ers". */
const F_MASKED = /^f\?\?\?(?:ing|in|ed|er|ers|s)?$/;
/** A word named, not used: "the word 'bastard' once meant...", "the slur 'X' was condemned". */
const MENTIONED = /\b(?:the|this|that|a|hindi|urdu|english|punjabi|marathi|bengali|slang) (?:word|words|term|slur|expression|phrase|epithet|label|abuse) ?["'\u2018\u201c]?$/;
/** A word named as a word, the noun after it: "Dickhead is not a word I'd use", "'bastard' is a term that...". */
// A quoted word glossed ("'kamina' means rascal") is named too.
const MENTIONED_AFTER = /^["'\u2019\u201d]? (?:is|was) (?:not |never )?(?:a|an|the) (?:word|term|slur|expression)\b|^["'\u2019\u201d] (?:means|meaning)\b/;
const MIDDLE_FINGER = '\u{1F595}';
/** A token with a digit or a symbol in it: a word written in disguise. */
const DISGUISED = /[^a-z]/;
const DOG_CONTEXT = /\b(?:pupp(?:y|ies)|pups?|litters?|whelp\w*|kennels?|breeders?|dogs?|canine|labradors?|retrievers?|greyhounds?|spaniels?|terriers?|beagles?|stray|strays|vet|vets)\b/;
/** "cnut of a man", "prick of a minister": an ambiguous word made an insult by "of a" and a person after it. */
const OF_A_PERSON = /^ of an? (?:man|woman|person|human(?: being)?|guy|fellow|chap|bloke|boy|girl|politician|minister|leader|anchor|journalist|reporter|editor|writer|author|judge|umpire|referee|commentator|mla|mp|pm|cm|neta|coach|captain|player|actor|husband|wife|cop|officer|teacher|boss|father|son|brother)\b/;
/** Clinical nouns for sex acts, and the subjects in which a comment names them plainly. */
const CLINICAL_NOUNS = new Set(['masturbation']);
const CLINICAL_CONTEXT = /\b(?:scenes?|films?|movies?|cinema|censor(?:ed|s|ship)?|cbfc|series|ott|director|actor|actress|novel|book|play|study|studies|research|researchers?|doctors?|health|medical|education|survey|myths?|teenagers?|adolescents?)\b/;
const SECOND_PERSON = /\b(?:you|your|ur|u|tu|tum|tera|teri|tujhe)\b/;
/** Endings after "f-" / "f'" that make the cut word "fucking" or "fucker" ("F-ing", "f'in", "f-er", "f-ers"). */
const F_CUT_ENDINGS = new Set(['ing', 'in', 'er', 'ers']);
/**
 * "f" standing for "fuck" in a set phrase: "what the f is this", "shut the f up", "get the f out", "go f
 * yourself". Not the letter ("what the F in F1 stands for", "grade F"): "what the f" needs the end of a
 * clause or a verb or pronoun after it.
 */
const F_PHRASE_AFTER = new Map<string, RegExp>(Object.entries({
  what: /^(?:\s*(?:[?!.,;]|$)| (?:is|was|are|were|did|does|do|has|have|had|happened|just|man|bro|dude|yaar|even|going|u|you|r|am|i|he|she|they|we|this|that|these|those|kind|sort|ever|again)\b)/,
  who: /^(?:\s*(?:[?!.,;]|$)| (?:is|was|are|were|does|do|cares|asked|r|u|you)\b)/,
  where: /^(?:\s*(?:[?!.,;]|$)| (?:is|was|are|were|did|does|do|r|u|you)\b)/,
  why: /^(?:\s*(?:[?!.,;]|$)| (?:is|was|are|were|did|does|do|would|should|r|u|you)\b)/,
  how: /^ (?:is|was|are|were|did|does|do|would|could|r|u|you)\b/,
  shut: /^ up\b/,
  get: /^ (?:out|off|away|lost)\b/,
  go: /^ (?:yourself|urself|yourselves|themselves|himself|herself|off)\b/,
  just: /^ off\b/,
}));
const INSULT_CONTEXT = /(?:^|\s)(?:a|an|such a|you|ur|your|u|little|big|total|absolute|annoying|fucking|stupid|complete|massive|real|what a|being a|bunch of|such|like a)\s+$/;

interface Token {
  /** folded start/end */
  start: number;
  end: number;
  raw: string;
  /** The language tokens' record of the same span (same word), when there is one. */
  rec: WordRecord | undefined;
}

interface Hit {
  start: number;
  end: number;
  term: string;
  sev: 1 | 2 | 3;
  /** From the Hindi / Hinglish lexicon. */
  hi?: true;
}

interface TokenInfo {
  /** Innocent phrases starting with this token. */
  phrases: string[][] | undefined;
  /** Multi-word terms starting with this token. */
  multi: Array<[string[], string]> | undefined;
  /** The second words of `multi`'s terms: a term can only match when the next token is one. */
  second: Set<string> | undefined;
  /** Match without site word lists: undefined until computed, null when clean. */
  hit: [1 | 2 | 3, string] | null | undefined;
  /** raw.length <= 2 && SPLIT_PIECE.test(raw): a possible piece of a word split by separators. */
  piece: boolean;
}

/** Reused per call (cleared up to the token count): allocating a typed array per comment costs more. */
let coveredBuf = new Uint8Array(256);
/** Reused per call: token infos by token index (match() is not re-entered). */
const infoBuf: TokenInfo[] = [];

let shared: ObscenityMatcher | undefined;

export class ObscenityMatcher {
  private readonly terms: Map<string, [1 | 2 | 3, string]>;
  /** squeezed form (runs -> 1 letter) -> terms */
  private readonly squeezed = new Map<string, string[]>();
  /** first word of a multi-word term -> [words[], term] */
  private readonly multi = new Map<string, Array<[string[], string]>>();
  /** strong/severe single-word terms by length, for wildcard (masked) tokens */
  private readonly byLength = new Map<number, string[]>();
  private readonly partial: RegExp;
  /** Roots of partial matches, longest first ("motherf" before "fuck"). */
  private readonly roots: string[];
  private readonly exceptions: Set<string>;
  private readonly exceptionPrefix: RegExp;
  /** first word -> innocent phrases starting with it ("spick and span", "honky tonk") */
  private readonly exceptionPhrases = new Map<string, string[][]>();

  static shared(): ObscenityMatcher {
    if (!shared) {
      const dict = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/obscenity.json'), 'utf8')) as Dictionary;
      shared = new ObscenityMatcher(dict);
    }
    return shared;
  }

  constructor(dict: Dictionary) {
    this.terms = new Map(Object.entries(dict.terms));
    this.exceptions = new Set(dict.exceptions);
    for (const [t, [sev]] of this.terms) {
      if (t.includes(' ')) {
        const words = t.split(' ');
        // Letters spelled one by one ("s h i t", "a s s") are the split-letter pass's job, which
        // tries the longest window first: as a phrase, "s h i" would claim the start of "s h i t".
        if (words.every((w) => w.length === 1)) continue;
        const list = this.multi.get(words[0]) ?? [];
        list.push([words, t]);
        this.multi.set(words[0], list);
        continue;
      }
      const sq = squeeze(t);
      const l = this.squeezed.get(sq) ?? [];
      l.push(t);
      this.squeezed.set(sq, l);
      if (sev >= 2) {
        const b = this.byLength.get(t.length) ?? [];
        b.push(t);
        this.byLength.set(t.length, b);
      }
    }
    for (const list of this.multi.values()) list.sort((a, b) => b[0].length - a[0].length); // longest phrase first
    for (const p of dict.exceptionPhrases) {
      const w = p.split(' ');
      this.exceptionPhrases.set(w[0], [...(this.exceptionPhrases.get(w[0]) ?? []), w]);
    }
    const edge = dict.partialRoots.filter((r) => !dict.anywhereRoots.includes(r));
    this.roots = [...dict.partialRoots].sort((a, b) => b.length - a.length);
    this.partial = new RegExp(`${dict.anywhereRoots.join('|')}|^(?:${edge.join('|')})|(?:${edge.join('|')})$`);
    this.exceptionPrefix = new RegExp(`^(?:${dict.exceptionPrefixes.join('|')})`);
  }

  /** Severity and canonical term of a single token (already decoded to a-z), or undefined. */
  lookupWord(w: string, allow?: Set<string>, vForU = true): [1 | 2 | 3, string] | undefined {
    if (w.length < 2 || this.exceptions.has(w) || allow?.has(w)) return undefined;
    // Comparatives and superlatives of a listed "-y" word ("shittiest", "crappier"): as strong as the word
    // (the lists rate "shittiest" mild while "shitty" is strong).
    const ie = w.endsWith('iest') ? 4 : w.endsWith('ier') ? 3 : 0;
    // The word without its "-y" must be strong too: "pussier" is fuller of pus.
    if (ie && w.length - ie >= 4) {
      const stem = w.slice(0, -ie);
      const hit = this.terms.get(stem + 'y');
      const root = this.terms.get(stem) ?? this.terms.get(stem.slice(0, -1));
      if (hit && hit[0] >= 2 && root && root[0] >= 2 && !this.exceptions.has(w)) return hit;
    }
    const exact = this.terms.get(w);
    if (exact) return exact;
    const hasRun = /(.)\1/.test(w);
    if (hasRun) {
      const cands = this.squeezed.get(squeeze(w));
      if (cands) for (const t of cands) if (repeatsOk(w, t)) return this.terms.get(t);
    }
    for (const s of SUFFIXES) {
      if (w.length - s.length >= (s === 's' || s === 'es' ? 3 : 5) && w.endsWith(s)) {
        const base = w.slice(0, -s.length);
        let hit = this.terms.get(base) ?? (/(.)\1/.test(base) ? this.viaSqueeze(base) : undefined);
        // A final consonant doubled before the ending ("bullshitting", "bullshittery", "dickheadded").
        if (!hit && s.length > 1 && base.length >= 6 && base[base.length - 1] === base[base.length - 2]) hit = this.terms.get(base.slice(0, -1));
        if (hit && hit[0] >= 2 && !this.exceptions.has(base)) return hit;
      }
    }
    if (this.exceptionPrefix.test(w)) return undefined;
    const m = this.partial.exec(w) ?? (hasRun ? this.partial.exec(squeeze(w)) : null);
    if (m) return [this.terms.get(m[0])?.[0] ?? 2, m[0]];
    // A profane head glued to an insult tail ("dickwad", "shitbrain", "twatwaffle", "cockwomble"): no
    // English word is spelt so (checked against a dictionary word list).
    const compound = this.insultCompound(w);
    if (compound) return compound;
    // "v" written for "u" ("cvnt", "pvssy", "slvt"): a strong or severe word only, spelt with a "u" in
    // every place of the "v" (no English word turns into one: "civet", "curve", "vault" stay clean).
    if (vForU && w.includes('v')) {
      const hit = this.lookupWord(w.replace(/v/g, 'u'), allow, false);
      if (hit && hit[0] >= 2) return hit;
    }
    // "x" typed for the "c" next to it ("fuxk", "fuxking", "dixk"): a strong or severe word only, spelt
    // exactly so (no endings or roots: "sexist", "toxic" stay clean).
    if (vForU && w.includes('x') && w.length >= 4) {
      const hit = this.terms.get(w.replace(/x/g, 'c'));
      if (hit && hit[0] >= 2 && !this.exceptions.has(w.replace(/x/g, 'c'))) return hit;
    }
    return undefined;
  }

  private insultCompound(w: string): [1 | 2 | 3, string] | undefined {
    if (w.length < 6) return undefined;
    for (const h of COMPOUND_HEADS) {
      if (!w.startsWith(h)) continue;
      let tail = w.slice(h.length);
      if (tail.endsWith('s') && !INSULT_TAILS.has(tail)) tail = tail.slice(0, -1);
      if (!INSULT_TAILS.has(tail)) continue;
      const sev = this.terms.get(h)?.[0] ?? 2;
      return [sev >= 2 ? sev : 2, h];
    }
    return undefined;
  }

  private viaSqueeze(w: string): [1 | 2 | 3, string] | undefined {
    const cands = this.squeezed.get(squeeze(w));
    if (cands) for (const t of cands) if (repeatsOk(w, t)) return this.terms.get(t);
    return undefined;
  }

  /** Token -> decoded candidate spellings (leet variants), at most 16. */
  private variants(raw: string): string[] {
    if (ASCII_LETTER.test(raw)) return [raw];
    let t = raw;
    // alternating letter/symbol ("f*u*c*k", "f.u.c.k" inside one token): drop the separators
    if (/^[a-z0-9@$](?:[*#%^|+_.][a-z0-9@$])+$/.test(t)) t = t.replace(/[*#%^|+_.]/g, '');
    let out = [''];
    for (const ch of t) {
      const opts = /[a-z]/.test(ch) ? ch : LEET[ch] ?? (/\p{L}/u.test(ch) ? ch : /\p{Extended_Pictographic}/u.test(ch) ? '?' : '');
      if (!opts) continue;
      const next: string[] = [];
      for (const o of out) for (const c of opts) if (next.length < 16) next.push(o + c);
      out = next;
    }
    return out;
  }

  private wildcard(p: string): string | undefined {
    // "f***", "f***ing": one letter and three masks, the way "fuck" is always masked.
    if (F_MASKED.test(p)) return 'fuck';
    const known = p.replace(/\?/g, '').length;
    if (known < 2 || known < p.length * 0.4 || p[0] === '?') return undefined;
    const re = new RegExp(`^${p.replace(/\?/g, '[a-z]')}$`);
    for (const t of this.byLength.get(p.length) ?? []) if (re.test(t)) return t;
    return undefined;
  }

  /**
   * A masked word at the head of a compound ("sh*tshow", "b*tchass"): the
   * head read as a listed word, then the whole compound looked up as if it were written plainly.
   */
  private maskedCompound(p: string): [1 | 2 | 3, string] | undefined {
    for (let n = 3; n <= 6 && n <= p.length - 3; n++) {
      const tail = p.slice(n);
      if (tail.includes('?') || !p.slice(0, n).includes('?')) continue;
      const t = this.wildcard(p.slice(0, n));
      const hit = t ? this.lookupWord(t + tail) : undefined;
      if (hit && hit[0] >= 2) return hit;
    }
    // The mask inside a root at the tail ("dumbf*ck"): the root written plainly, the compound looked up.
    if (p.length > 30) return undefined;
    for (const r of this.roots) {
      for (let k = 1; k + r.length <= p.length; k++) {
        let fits = true;
        for (let j = 0; j < r.length && fits; j++) fits = p[k + j] === r[j] || p[k + j] === '?';
        if (!fits) continue;
        const plain = p.slice(0, k) + r + p.slice(k + r.length);
        if (plain.includes('?')) continue;
        const hit = this.lookupWord(plain);
        if (hit && hit[0] >= 2) return hit;
      }
    }
    return undefined;
  }

  /**
   * Per-process memo of what a token string means: the innocent phrases and multi-word terms it
   * starts, and its match for the common case (no site word lists). One lookup per token.
   */
  private readonly memo = new Map<string, TokenInfo>();

  private info(raw: string): TokenInfo {
    let inf = this.memo.get(raw);
    if (inf === undefined) {
      const multi = this.multi.get(raw) ?? this.multiOfVariants(raw);
      const second = multi === undefined ? undefined : new Set(multi.map(([words]) => words[1]));
      inf = { phrases: this.exceptionPhrases.get(raw), multi, second, hit: undefined, piece: raw.length <= 2 && SPLIT_PIECE.test(raw) };
      if (this.memo.size > 200_000) this.memo.clear();
      this.memo.set(raw, inf);
    }
    return inf;
  }

  /** Multi-word terms started by a leet spelling of their first word ("c0ck sucker"). */
  private multiOfVariants(raw: string): TokenInfo['multi'] {
    if (ASCII_LETTER.test(raw)) return undefined;
    for (const v of this.variants(raw)) {
      const list = this.multi.get(v);
      if (list) return list;
    }
    return undefined;
  }

  /** Slot of this matcher in the shared word records (lang/tokens.ts). */
  private readonly slot = wordSlot();

  /** info(t.raw), read from the shared word record when the language tokens had the same span. */
  private infoAt(t: Token): TokenInfo {
    const slot = this.slot;
    const r = slot === undefined ? undefined : t.rec;
    if (r === undefined) return this.info(t.raw);
    let inf = wordMemo(r, slot!) as TokenInfo | undefined;
    if (inf === undefined) {
      inf = this.info(t.raw);
      setWordMemo(r, slot!, inf);
    }
    return inf;
  }

  private matchToken(raw: string, allow?: Set<string>, block?: Map<string, string>, inf = this.info(raw)): [1 | 2 | 3, string] | undefined {
    if (allow || block) return this.matchTokenUncached(raw, allow, block);
    if (inf.hit === undefined) inf.hit = this.matchTokenUncached(raw) ?? null;
    return inf.hit ?? undefined;
  }

  private matchTokenUncached(raw: string, allow?: Set<string>, block?: Map<string, string>): [1 | 2 | 3, string] | undefined {
    if (!/[a-z]/.test(raw) && !/[@$]/.test(raw)) return undefined;
    if (/^[0-9]/.test(raw) && /^[0-9.,:%x+-]+[a-z]{0,3}$/.test(raw)) return undefined; // 3.5, 10km, 2nd
    // The strongest reading wins: "f@ck" is "fack" (a mild listed word) with '@' as 'a', but "f?ck"
    // with '@' as a mask.
    let best: [1 | 2 | 3, string] | undefined;
    for (const v of this.variants(raw)) {
      if (!v) continue;
      if (block?.has(v)) return [2, block.get(v)!];
      let hit: [1 | 2 | 3, string] | undefined;
      if (v.includes('?')) {
        const t = this.wildcard(v);
        hit = t ? this.terms.get(t) : this.maskedCompound(v);
      } else {
        if (allow?.has(v)) return undefined;
        hit = this.lookupWord(v, allow);
      }
      if (hit && (!best || hit[0] > best[0])) best = hit;
      if (best?.[0] === 3) break;
    }
    return best;
  }

  match(doc: NormalizedText, allow?: Set<string>, block?: Map<string, string>): Hit[] {
    const text = doc.text;
    const toks = tokenize(text);
    const hits: Hit[] = [];
    if (coveredBuf.length < toks.length) coveredBuf = new Uint8Array(toks.length * 2);
    const covered = coveredBuf;
    covered.fill(0, 0, toks.length);
    const infos = infoBuf;
    infos.length = toks.length;
    let anyPhrase = false;
    for (let i = 0; i < toks.length; i++) {
      const inf = this.infoAt(toks[i]);
      infos[i] = inf;
      if (inf.phrases !== undefined) anyPhrase = true;
    }
    // Bounded work for split-letter windows on pathological input (thousands of single letters).
    let budget = 4000;
    for (let i = 0; anyPhrase && i < toks.length; i++) {
      const phrases = infos[i].phrases;
      if (phrases === undefined) continue;
      for (const words of phrases) {
        if (words.every((w, k) => toks[i + k]?.raw === w)) for (let k = 0; k < words.length; k++) covered[i + k] = 1;
      }
    }
    // Multi-word terms and letters split by separators first (they span several tokens).
    for (let i = 0; i < toks.length; i++) {
      // Every multi-word term has a second word, and a term matches only when the next token is it.
      const second = covered[i] || i + 1 >= toks.length ? undefined : infos[i].second;
      let list = second !== undefined && second.has(toks[i + 1].raw) ? infos[i].multi : undefined;
      // A possessive's "s" starts no term ("the team's hit rate" is no "s hit", "it's lut" no "s lut").
      if (list && toks[i].raw.length === 1 && toks[i].start > 0 && text.charCodeAt(toks[i].start - 1) === 39) list = undefined;
      if (list) {
        for (const [words, term] of list) {
          if (i + words.length > toks.length) continue;
          let ok = true;
          for (let k = 1; k < words.length && ok; k++) ok = toks[i + k].raw === words[k] && toks[i + k].start - toks[i + k - 1].end <= 3;
          if (ok && !allow?.has(term)) {
            let sev = this.terms.get(term)![0];
            for (const w of words) sev = Math.max(sev, this.lookupWord(w, allow)?.[0] ?? 0) as 1 | 2 | 3;
            hits.push({ start: toks[i].start, end: toks[i + words.length - 1].end, term: this.terms.get(term)![1], sev });
            for (let k = 0; k < words.length; k++) covered[i + k] = 1;
            break;
          }
        }
      }
      // Split letters: a run of >= 3 tokens of length <= 2 (at least 2 single letters), close together.
      if (infos[i].piece && !covered[i]) {
        let j = i;
        let singles = 0;
        while (j < toks.length && infos[j].piece && (j === i || toks[j].start - toks[j - 1].end <= 3)) {
          if (j > i && /\n/.test(text.slice(toks[j - 1].end, toks[j].start))) break;
          if (toks[j].raw.length === 1) singles++;
          j++;
        }
        if (j - i >= 3 && singles >= 2) {
          // Longest matching window inside the run ("you f u c k" still finds the word). Windows
          // are capped at MAX_SPLIT pieces, so a 10,000-letter run costs linear time.
          for (let a = i; a < j - 1 && budget > 0; a++) {
            const lim = Math.min(j, a + MAX_SPLIT);
            let w = '';
            for (let b = a; b < lim; b++) w += toks[b].raw;
            for (let b = lim; b > a + 1; b--) {
              if (b < lim) w = w.slice(0, w.length - toks[b].raw.length);
              if (w.length < 3) break;
              budget--;
              const hit = this.matchToken(w, allow, block);
              if (hit) {
                // Spelling an ambiguous word out letter by letter ("p.r.i.c.k") is no finger prick.
                const sev = hit[0] === 1 && CONTEXT_STRONG.has(hit[1]) ? 2 : hit[0];
                hits.push({ start: toks[a].start, end: toks[b - 1].end, term: hit[1], sev });
                for (let k = a; k < b; k++) covered[k] = 1;
                a = b - 1;
                break;
              }
            }
          }
        }
        i = Math.max(i, j - 1);
      }
    }
    // A compound written as two words ("ass wipe", "what an ass hat"): the first a listed head, the
    // join a strong term that neither word is on its own.
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i];
      const b = toks[i + 1];
      if (covered[i] || covered[i + 1] || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 32 || !JOIN_HEADS.has(a.raw) || b.raw.length < 2 || b.raw.length > 7) continue;
      // The join must be a listed word as it stands: no endings stripped ("jack offer" is no "jackoff").
      const joined = a.raw + b.raw;
      const hit = this.exceptions.has(joined) || allow?.has(joined) ? undefined : this.terms.get(joined);
      if (!hit || hit[0] < 2) continue;
      const own = Math.max(this.matchToken(a.raw, allow, block, infos[i])?.[0] ?? 0, this.matchToken(b.raw, allow, block, infos[i + 1])?.[0] ?? 0);
      if (own >= hit[0]) continue;
      hits.push({ start: a.start, end: b.end, term: hit[1], sev: hit[0] });
      covered[i] = covered[i + 1] = 1;
    }
    // A strong word cut in two by one hyphen ("sh-it", "fu-ck", "a-holes"): short halves, neither a word
    // the dictionary knows, whose join is a strong or severe term.
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i];
      const b = toks[i + 1];
      // "F-ing ridiculous", "f'in hell", "you f-er", "mother-f-er": "fucking" / "fucker" with the middle cut out.
      if (a.raw === 'f' && F_CUT_ENDINGS.has(b.raw) && b.start === a.end + 1 && (text.charCodeAt(a.end) === 45 || text.charCodeAt(a.end) === 39) && !covered[i] && !covered[i + 1]) {
        const p = i > 0 ? toks[i - 1] : undefined;
        // "mother-f-er", "mother f-ers": the compound, severe like "motherfucker".
        const mother = p !== undefined && !covered[i - 1] && p.raw === 'mother' && a.start - p.end === 1 && (text.charCodeAt(p.end) === 45 || text.charCodeAt(p.end) === 32) && b.raw !== 'in' && b.raw !== 'ing';
        if (mother) covered[i - 1] = 1;
        hits.push({ start: mother ? p!.start : a.start, end: b.end, term: mother ? 'motherfucker' : 'fuck', sev: mother ? 3 : 2 });
        covered[i] = covered[i + 1] = 1;
        continue;
      }
      if (covered[i] || covered[i + 1] || b.start !== a.end + 1 || text.charCodeAt(a.end) !== 45 || a.raw.length > 4 || b.raw.length > 5) continue;
      if (this.matchToken(a.raw, allow, block, infos[i]) || this.matchToken(b.raw, allow, block, infos[i + 1])) continue;
      const hit = this.matchToken(a.raw + b.raw, allow, block);
      if (!hit || hit[0] < 2) continue;
      hits.push({ start: a.start, end: b.end, term: hit[1], sev: hit[0] });
      covered[i] = covered[i + 1] = 1;
    }
    // Letters masked by a run of dashes, underscores or dots ("F--k", "sh__t", "b...h"), and a strong word
    // cut in two by one space or a line break where a half is no syllable ("fu ck", "sh it", "bi tch", "fu\nck").
    for (let i = 0; i + 1 < toks.length; i++) {
      if (covered[i] || covered[i + 1]) continue;
      const a = toks[i];
      const b = toks[i + 1];
      const gap = b.start - a.end;
      if (gap < 1 || gap > 3 || a.raw.length > 4 || b.raw.length > 5) continue;
      // Cheap exits first (this runs on every pair of short words): a mask character, or a space or line
      // break next to a half with no vowel or a final single consonant.
      const c0 = text.charCodeAt(a.end);
      const masked = c0 === 45 || c0 === 95 || c0 === 46;
      if (!masked && !((c0 === 32 || c0 === 10 || c0 === 13) && mayBeCutWord(a.raw, b.raw))) continue;
      const sep = text.slice(a.end, b.start);
      let hit: [1 | 2 | 3, string] | undefined;
      if (masked && MASK_RUN.test(sep)) {
        if (!ASCII_LETTER.test(a.raw) || !ASCII_LETTER.test(b.raw)) continue;
        // Dots are also an ellipsis between words ("the dude can ball...I"): short letters on both sides only.
        if (sep[0] === '.' && (a.raw.length > 2 || b.raw.length > 3 || (gap > 1 && b.raw.length > 2) || b.raw === 'i' || b.raw === 'a')) continue;
        // One dot: a letter for a letter ("f.ck", "sh.t"), never inside a chain of initials ("N.C.T.", "U.S.A").
        if (sep === '.' && (a.raw.length + b.raw.length < 3 || text.charCodeAt(a.start - 1) === 46 || text.charCodeAt(b.end) === 46)) continue;
        if (this.matchToken(a.raw, allow, block, infos[i]) || this.matchToken(b.raw, allow, block, infos[i + 1])) continue;
        // The mask's length where it is exact, else the usual two or one letters ("f...k" is "f??k").
        for (const n of sep[0] === '.' && gap > 1 ? [gap, 2, 1] : [gap]) {
          const t = n <= 3 ? this.wildcard(a.raw + '?'.repeat(n) + b.raw) : undefined;
          hit = t ? this.terms.get(t) : undefined;
          if (hit) break;
        }
      } else if ((sep === ' ' || LINE_BREAK.test(sep)) && a.raw.length + b.raw.length >= 4 && spaceSplitHalves(text, a, b)) {
        if (this.matchToken(a.raw, allow, block, infos[i]) || this.matchToken(b.raw, allow, block, infos[i + 1])) continue;
        // The join must be a listed word exactly, no endings or roots inside ("PS hit" is no "pshit", "nc until" no "cunt").
        for (const v of this.variants(a.raw + b.raw)) if (!hit && !allow?.has(v)) hit = this.terms.get(v);
      }
      if (!hit || hit[0] < 2) continue;
      hits.push({ start: a.start, end: b.end, term: hit[1], sev: hit[0] });
      covered[i] = covered[i + 1] = 1;
    }
    for (let i = 0; i < toks.length; i++) {
      if (covered[i]) continue;
      if (toks[i].raw === 'f') {
        const fp = this.fPhrase(text, toks, i);
        if (fp !== undefined) hits.push(fp);
        continue;
      }
      const hit = this.matchToken(toks[i].raw, allow, block, infos[i]) ?? this.lowerLForI(doc, toks[i], allow, block);
      if (!hit) continue;
      let sev = hit[0];
      let end = toks[i].end;
      // An ambiguous word in the insult context ("what a prick"), or disguised ("pr!ck", "d1ck move"):
      // nobody writes a finger prick with a "!".
      if (sev === 1 && (CONTEXT_STRONG.has(toks[i].raw) || CONTEXT_STRONG.has(hit[1])) && (INSULT_CONTEXT.test(text.slice(Math.max(0, toks[i].start - 24), toks[i].start)) || (CONTEXT_STRONG.has(hit[1]) && DISGUISED.test(toks[i].raw)) || OF_A_PERSON.test(text.slice(toks[i].end, toks[i].end + 40)))) sev = 2;
      // "holy sheet", "sheeeet!": a mild spelling of "shit" (also the word "sheet") as the exclamation.
      if (sev === 1 && hit[1] === 'shit' && (/^she{3,}t$/.test(toks[i].raw) || (i > 0 && toks[i - 1].raw === 'holy' && toks[i].start - toks[i - 1].end === 1))) sev = 2;
      if (sev === 1 && hit[1] === 'fuck' && FUCK_VERB_AFTER.test(text.slice(toks[i].end, toks[i].end + 12))) sev = 2;
      // "The bitch gave birth to six puppies": a female dog where the comment is about dogs.
      if (sev === 2 && /^bitch(?:es)?$/.test(toks[i].raw) && DOG_CONTEXT.test(text) && !INSULT_CONTEXT.test(text.slice(Math.max(0, toks[i].start - 24), toks[i].start))) sev = 1;
      // "The masturbation scene was cut by the censor board": the clinical noun in a comment about a film,
      // a censor or health, not aimed at anyone, is mild.
      if (sev === 2 && CLINICAL_NOUNS.has(toks[i].raw) && CLINICAL_CONTEXT.test(text) && !INSULT_CONTEXT.test(text.slice(Math.max(0, toks[i].start - 24), toks[i].start)) && !SECOND_PERSON.test(text)) sev = 1;
      if (sev === 1 && /^piss(?:ed|es|ing)?$/.test(toks[i].raw)) {
        // "piss (someone) off" is the strong phrasal verb; "piss" alone stays mild.
        for (let k = i + 1; k <= i + 3 && k < toks.length; k++) if (toks[k].raw === 'off') {
          sev = 2;
          end = toks[k].end;
          break;
        }
      }
      if (MENTIONED.test(text.slice(Math.max(0, toks[i].start - 24), toks[i].start)) || MENTIONED_AFTER.test(text.slice(end, end + 24))) continue;
      if (toks[i].raw === 'ffs' && ACRONYM_AFTER_DETERMINER.test(text.slice(Math.max(0, toks[i].start - 12), toks[i].start))) continue;
      hits.push({ start: toks[i].start, end, term: hit[1], sev });
    }
    // The middle-finger emoji is the gesture itself.
    for (let k = text.indexOf(MIDDLE_FINGER); k >= 0; k = text.indexOf(MIDDLE_FINGER, k + 2)) hits.push({ start: k, end: k + 2, term: 'middle finger', sev: 2 });
    return hits.sort((a, b) => a.start - b.start);
  }

  /**
   * A word in capitals with a lower-case "l" for the capital "I" ("SHlT", "BlTCH", "FUCKlNG"): the two look
   * the same in most fonts. Strong or severe words only.
   */
  private lowerLForI(doc: NormalizedText, t: Token, allow?: Set<string>, block?: Map<string, string>): [1 | 2 | 3, string] | undefined {
    if (t.raw.length < 4 || !t.raw.includes('l')) return undefined;
    // Capitals: the first two characters of the original are not lower-case letters (most words are).
    const s0 = doc.starts[t.start];
    const c0 = doc.original.charCodeAt(s0);
    const c1 = doc.original.charCodeAt(s0 + 1);
    if ((c0 >= 97 && c0 <= 122 && c0 !== 108) || (c1 >= 97 && c1 <= 122 && c1 !== 108)) return undefined;
    const o = doc.original.slice(s0, doc.ends[t.end - 1]);
    if (o.length !== t.raw.length || !CAPS_WITH_L.test(o)) return undefined;
    let caps = 0;
    for (let k = 0; k < o.length; k++) if (o.charCodeAt(k) >= 65 && o.charCodeAt(k) <= 90) caps++;
    if (caps < 2) return undefined;
    let alt = '';
    for (let k = 0; k < o.length; k++) alt += o[k] === 'l' ? 'i' : t.raw[k];
    const hit = this.matchToken(alt, allow, block);
    return hit && hit[0] >= 2 ? hit : undefined;
  }

  /** "f" for "fuck" in a set phrase ("what the f is this", "shut the f up"), or undefined. */
  private fPhrase(text: string, toks: Token[], i: number): Hit | undefined {
    // The words before, one space apart: "<head> the f" or "go f" / "just f" (tokens, not a scan of the text).
    const t = toks[i];
    if (i < 1 || t.start - toks[i - 1].end !== 1) return undefined;
    let head = toks[i - 1].raw;
    if (head === 'the') {
      if (i < 2 || toks[i - 1].start - toks[i - 2].end !== 1) return undefined;
      head = toks[i - 2].raw;
      if (head === 'go' || head === 'just') return undefined;
    } else if (head !== 'go' && head !== 'just') return undefined;
    const after = F_PHRASE_AFTER.get(head);
    if (after === undefined || !after.test(text.slice(t.end, t.end + 14))) return undefined;
    return { start: t.start, end: t.end, term: 'fuck', sev: 2 };
  }
}

const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;

/** Capitals (and leet) with at least one lower-case "l" among them. */
const CAPS_WITH_L = /^[A-Z0-9@$!*]*l[A-Zl0-9@$!*]*$/;
/** One to three dashes, underscores or dots: a mask between letters ("f--k", "sh_t", "f.ck", "b...h"). */
const MASK_RUN = /^(?:-{1,3}|_{1,3}|\.{1,3})$/;
/** A line break (a word wrapped by hand: "fu\nck"). */
const LINE_BREAK = /^ ?\r?\n ?$/;
/** A half of a word cut by a space: letters (and leet) with no vowel, two or more ("ck", "sh", "tch", "nt"). */
const NO_SYLLABLE = /^[b-df-hj-np-tv-xz0-9@$!*]{2,}$/;
/** Letters (and leet) with no vowel, at least one a-z letter ("ck", "sh", "tch"; not "10"). */
function noVowel(w: string): boolean {
  let letter = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return false;
    if (c >= 97 && c <= 122) letter = true;
  }
  return letter;
}
/** The cheap half of spaceSplitHalves: the shapes of the two halves alone. */
function mayBeCutWord(a: string, b: string): boolean {
  if (a.length + b.length < 4) return false;
  if (b.length <= 3 && a.length >= 2 && noVowel(a)) return true;
  if (a.length <= 3 && b.length >= 2 && noVowel(b)) return true;
  return b.length === 1 && a.length >= 3;
}
/**
 * Whether "a b" may be one word cut by a space: one half has no vowel and the other is short ("fu ck", "sh it", "bi tch"), or the
 * second is one consonant after a longer first half ("fuc k"); not after or before an apostrophe ("team's hit"),
 * not inside a run of single letters (the split-letter pass's job), and letters only.
 */
function spaceSplitHalves(text: string, a: Token, b: Token): boolean {
  const before = a.start > 0 ? text.charCodeAt(a.start - 1) : 32;
  const after = b.end < text.length ? text.charCodeAt(b.end) : 32;
  if (before === 39 || after === 39 || before === 45 || after === 45) return false;
  if (!/[a-z]/.test(a.raw) || !/[a-z]/.test(b.raw)) return false;
  // The other half short too: a word of four letters or more is a word ("sch long" is a school's long day).
  if (NO_SYLLABLE.test(a.raw)) return b.raw.length <= 3;
  if (NO_SYLLABLE.test(b.raw)) return a.raw.length <= 3;
  return b.raw.length === 1 && a.raw.length >= 3 && /^[b-df-hj-np-rt-xz]$/.test(b.raw);
}

let TOKEN_CHARS: Uint8Array | undefined;
/** TOKEN_CHAR.test(one UTF-16 code unit), as a table. */
function tokenCharTable(): Uint8Array {
  if (!TOKEN_CHARS) {
    TOKEN_CHARS = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) TOKEN_CHARS[c] = TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  }
  return TOKEN_CHARS;
}

/** Tokens of the folded text: letters, digits and leet symbols; split on everything else. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const spans = spansFor(text);
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isTok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 ? tokenCharTable()[c] === 1 : c === 64 || c === 36 || c === 33 || c === 124 || c === 43 || c === 42 || c === 35 || c === 37 || c === 94);
    // An emoji between two letters masks a letter ("f🤬ck"): both its UTF-16 units join the token.
    if (!isTok && c >= 0xd83c && c <= 0xd83e && start >= 0 && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 2))) {
      i++;
      continue;
    }
    if (isTok) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      pushToken(out, text, start, i, spans);
      start = -1;
    }
  }
  return out;
}

function pushToken(out: Token[], text: string, start: number, end: number, spans: boolean): void {
  // A sentence-final "!" or a "#hashtag" marker is punctuation, not leet.
  while (end - start > 1 && (text[end - 1] === '!' || text[end - 1] === '*') && /[a-z]{3}/.test(text.slice(start, end - 1)) && !/[*]/.test(text.slice(start, end - 1))) end--;
  if (end - start > 1 && text[start] === '#' && /^[a-z]/.test(text[start + 1])) start++;
  // The language tokens' record of the same span holds the same string: no copy of it.
  const rec = spans ? wordAtSpan(start, end) : undefined;
  out.push({ start, end, raw: rec !== undefined ? rec.raw : text.slice(start, end), rec });
}

export function squeeze(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) if (w[i] !== w[i - 1]) out += w[i];
  return out;
}

/** Does token `w` spell term `t` with letters repeated for effect (not an innocent double letter)? */
function repeatsOk(w: string, t: string): boolean {
  const rw = runs(w);
  const rt = runs(t);
  if (rw.length !== rt.length) return false;
  for (let i = 0; i < rw.length; i++) {
    const [cw, nw] = rw[i];
    const [ct, nt] = rt[i];
    if (cw !== ct || nw < nt) return false;
    if (nw > nt && nw === 2 && !DOUBLING_OK.has(cw)) return false;
  }
  return true;
}

function runs(w: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const c of w) {
    const last = out[out.length - 1];
    if (last && last[0] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

export class ObscenityCheck implements Check {
  readonly name = 'obscenity' as const;
  private readonly matcher = ObscenityMatcher.shared();

  run(doc: NormalizedText, ctx: CheckContext): ReturnType<Check['run']> {
    const p = ctx.policy;
    const allow = p.allowWords.length ? new Set(p.allowWords.map((w) => fold(w))) : undefined;
    const block = p.blockWords.length ? new Map(p.blockWords.map((w) => [fold(w).replace(/ /g, ''), fold(w)] as [string, string])) : undefined;
    const hits = this.matcher.match(doc, allow, block);
    // issue 7: Hindi / Hinglish entries (data/hi, romanized and Devanagari) on the same folded text.
    for (const h of HindiLexicon.load().match(tokensOf(doc.text), ctx.language, doc.text)) {
      const word = doc.text.slice(h.start, h.end);
      if (NOT_THEIR_KEY.has(word) || allow?.has(fold(word)) || hits.some((x) => x.start < h.end && h.start < x.end)) continue;
      // A word named, not used ("the Hindi word 'kamina' means rascal"): as for the English list.
      if (h.severity !== 'severe' && (MENTIONED.test(doc.text.slice(Math.max(0, h.start - 24), h.start)) || MENTIONED_AFTER.test(doc.text.slice(h.end, h.end + 24)))) continue;
      hits.push({ start: h.start, end: h.end, term: h.term, sev: h.severity === 'severe' ? 3 : h.severity === 'strong' ? 2 : 1, hi: true });
    }
    if (ctx.language === 'hi' || ctx.language === 'hi-Latn') hinglishAbbreviations(doc, hits, allow);
    emojiMaskedHindi(doc, ctx, hits, allow);
    syllableSplitHindi(doc, ctx, hits, allow);
    // Surnames, places and communities spelt like a listed word ("Alan Cumming", "Niki Lauda", the Chutia
    // community of Assam), written as names; a film named by a Hindi word ("Kaminey", "Kamina").
    for (let i = hits.length - 1; i >= 0; i--) if (isNameHomograph(doc, hits[i]) || isLatinPhrase(doc, hits[i]) || isFilmTitle(doc, hits[i])) hits.splice(i, 1);
    const minSev = SEVERITIES.indexOf(p.checks.obscenity?.minSeverity ?? 'strong');
    let max = 0;
    const ev: Evidence[] = [];
    for (const h of hits) {
      max = Math.max(max, h.sev);
      ev.push(evidence(doc, h.start, h.end, `profanity:${SEV[h.sev]}:${h.term}`));
    }
    const flagged = max > 0 && max >= minSev;
    const score = max === 3 ? 1 : max === 2 ? 0.9 : max === 1 ? 0.6 : 0;
    return result('obscenity', flagged, score, SEV[max], ev.filter((_, i) => hits[i].sev >= minSev));
  }
}

/**
 * Hinglish abbreviations of the two commonest abuses, "bc" (bhenchod) and "mc" (madarchod), in comments
 * tagged Hindi / Hinglish (in English "bc" is "because", "B.C." a date). Not when they are acronyms:
 * after a number ("300 BC"), before a name ("MC Stan", "M.C. Mary Kom"), an upper-case "MC" without
 * dots (Municipal Corporation), or in a comment about Backward Classes, corporations or elections.
 */
const BC_MC = /(?<![\p{L}\p{N}.@#/_'-])([bm])(\.?) ?c(\.?)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;
const BC_MC_GATE = /(?:^|[^a-z])[bm]\.? ?c(?:[^a-z]|$)/;
const BC_MC_ACRONYM_CONTEXT =
  /\b(?:obc|obcs|sc|st|mbc|ebc|bcs|reservation|reservations|quota|caste|castes|category|categories|community|communities|samaj|varg|class|classes|commission|certificate|welfare|hostel|corporation|municipal|nagar|nigam|ward|wards|councillor|councillors|parshad|election|elections|chunav|commissioner|office|stan|kom|roy|square|bcci|ad|bce|century|sadi|saal|years?|era|zamane|zamana|zamaane|yug|kaal|purane|purana|history|itihas|ceremony|ceremonies|rapper|hydro)\b/;
function hinglishAbbreviations(doc: NormalizedText, hits: Hit[], allow: Set<string> | undefined): void {
  const text = doc.text;
  if (!BC_MC_GATE.test(text) || BC_MC_ACRONYM_CONTEXT.test(text)) return;
  for (const m of text.matchAll(BC_MC)) {
    const start = m.index!;
    const end = start + m[0].length;
    const letter = m[1];
    const dotted = m[2] === '.';
    // "b c" spaced: letters in a list ("a b c d") unless it stands alone ("sarkar bilkul m c hai").
    if (!dotted && m[0].includes(' ') && (/(?:^|\s)[a-z]\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s*[a-z](?:\s|$)/.test(text.slice(end, end + 3)))) continue;
    if (allow?.has(letter + 'c') || hits.some((h) => h.start < end && start < h.end)) continue;
    const o = doc.original.slice(doc.starts[start], doc.ends[end - 1]);
    if (letter === 'm' && !dotted && /^M/.test(o)) continue;
    // A number before ("300 BC", "500 b.c.") or a capitalised word after ("BC Roy", "MC Stan").
    if (/\d[\s,.]*$/.test(doc.original.slice(Math.max(0, doc.starts[start] - 8), doc.starts[start]))) continue;
    if (/^\.?\s+[A-Z][a-z]/.test(doc.original.slice(doc.ends[end - 1], doc.ends[end - 1] + 12))) continue;
    // Asked about, not said: "mc ka matlab kya hai", "BC full form".
    if (/^\.?\s*(?:(?:ka|ki|ke)\s+)?(?:matlab|meaning|full form|means|stands for)\b/.test(text.slice(end, end + 24))) continue;
    hits.push({ start, end, term: letter === 'b' ? 'bhenchod' : 'madarchod', sev: 3 });
  }
}

/** An emoji between two Latin letters ("ch😂tiya", "madar🔥chod"). */
const EMOJI_IN_WORD = /[a-z][\ud83c-\ud83e][\udc00-\udfff][a-z]/;
/**
 * A romanized Hindi word masked with an emoji ("ch😂tiya"): the emoji read as a mask ("**", the same
 * length, so offsets hold) and the Hindi entries matched on that text; only hits over an emoji count.
 */
function emojiMaskedHindi(doc: NormalizedText, ctx: CheckContext, hits: Hit[], allow: Set<string> | undefined): void {
  const text = doc.text;
  if (!EMOJI_IN_WORD.test(text)) return;
  const masked = text.replace(/([a-z])[\ud83c-\ud83e][\udc00-\udfff](?=[a-z])/g, '$1**');
  for (const h of HindiLexicon.load().match(tokenizeWords(masked), ctx.language, masked)) {
    if (!masked.slice(h.start, h.end).includes('*') || h.severity === 'mild') continue;
    if (allow?.has(fold(doc.text.slice(h.start, h.end))) || hits.some((x) => x.start < h.end && h.start < x.end)) continue;
    hits.push({ start: h.start, end: h.end, term: h.term, sev: h.severity === 'severe' ? 3 : 2 });
  }
}

/** A comment about a film or a song (the Hindi word before it may be its title). */
const FILM_CONTEXT = /\b(?:films?|movies?|cinema|songs?|trailer|soundtrack|album|serial|web ?series|actor|actress|director|directed|starring|bollywood|box office|released|release|rewatched|watched|sequel|ost)\b/;
/** Words that make the Hindi word before them a person ("Kamine log", "Kamina neta"), not a title. */
const PERSON_AFTER = /^\s+(?:log|logo|logon|neta|netaon|insaan|insan|aadmi|admi|ladka|ladki|sala|saala|dost|tu|tum|hai|ho|hain|ke|ki|ka)\b/;
/**
 * A film named by a word of the Hindi list that is not severe ("Kaminey", "Kamina", "Besharam"): written
 * as a title (capitalised, not shouted), in a comment about films or songs, and not a person's label
 * ("Kamine log film industry barbad kar rahe", "you kamine").
 */
function isFilmTitle(doc: NormalizedText, h: Hit): boolean {
  if (!h.hi || h.sev >= 3 || !FILM_CONTEXT.test(doc.text)) return false;
  const o = doc.original.slice(doc.starts[h.start], doc.ends[h.end - 1]);
  if (!/^[A-Z][a-z]+(?:['\u2019]s)?$/.test(o) || o.length < 5) return false;
  if (PERSON_AFTER.test(doc.text.slice(h.end, h.end + 12))) return false;
  const before = doc.text.slice(Math.max(0, h.start - 16), h.start);
  return !SECOND_PERSON.test(before) && !INSULT_CONTEXT.test(before);
}

/** Two or more short Latin pieces joined by one kind of separator: ".", "-" or "_" ("chu.ti.ya", "gaan-du"). */
const SYLLABLE_SPLIT = /(?<![\p{L}\p{N}.\-_])[a-z]{1,4}([.\-_])[a-z]{1,4}(?:\1[a-z]{1,4}){0,4}(?![\p{L}\p{N}]|[.\-_][\p{L}\p{N}])/gu;
const syllableMemo = new Map<string, LexiconEntry | null>();
const SYLLABLE_GATE = /(?:^|[^a-z.\-_])[a-z]{1,4}[.\-_][a-z]{1,4}(?:[.\-_][a-z]{1,4})*(?![a-z])/;
/**
 * A romanized Hindi word cut into syllables by dots, dashes or underscores ("chu.ti.ya", "gaan-du",
 * "bhen_chod"): the pieces joined and looked up as one word; strong or severe entries only, a piece of
 * two letters or more among them and five letters in all ("B.Tech", "U.S.A", "m.c." are no words here).
 */
function syllableSplitHindi(doc: NormalizedText, ctx: CheckContext, hits: Hit[], allow: Set<string> | undefined): void {
  const text = doc.text;
  if (!SYLLABLE_GATE.test(text)) return;
  const hindi = ctx.language === 'hi' || ctx.language === 'hi-Latn';
  for (const m of text.matchAll(SYLLABLE_SPLIT)) {
    const pieces = m[0].split(m[1]);
    const joined = pieces.join('');
    if (joined.length < 5 || joined.length > 16 || !pieces.some((p) => p.length >= 2) || allow?.has(joined)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (hits.some((x) => x.start < end && start < x.end)) continue;
    // One word looked up (not the lexicon's match over a token list: that would evict the list the abuse
    // model asks for next), memoized per joined spelling.
    let e = syllableMemo.get(joined);
    if (e === undefined) {
      const found = HindiLexicon.load().lookup({ start: 0, end: joined.length, key: romanKey(joined), script: 'latn', masked: false });
      e = found && found.severity !== 'mild' ? found : null;
      if (syllableMemo.size >= 5000) syllableMemo.clear();
      syllableMemo.set(joined, e);
    }
    if (e && (hindi || !e.hinglishOnly)) hits.push({ start, end, term: e.term, sev: e.severity === 'severe' ? 3 : 2, hi: true });
  }
}

/** Listed words that are also surnames, places or communities: only when written as a name. */
const NAME_HOMOGRAPHS: Record<string, RegExp | true> = {
  // Alan Cumming, Dominic Cummings, Cumming (Georgia): capitalised, never the verb.
  cumming: true,
  cummings: true,
  // Niki Lauda, Lauda Air.
  lauda: /\b(?:niki|nikki|mathias|lauda air|formula|f1|ferrari|mclaren)\b/,
  // Lund, the Swedish university town.
  lund: /\b(?:sweden|swedish|malmo|university|universitet)\b/,
  // Harami Nala, the creek on the Kutch border (BSF news).
  harami: /\bharami (?:nala|nalla|nallah|creek)\b/,
  // Hoe Street (London), Hoe Road: a street's name.
  hoe: /\bhoe (?:street|st|road|rd|lane|avenue|ave)\b/,
  // The Chutia community and kingdom of Assam (Sutiya).
  chutia: /\b(?:assam|assamese|ahom|kingdom|dynasty|community|tribe|tribes|tribal|kings?|sadiya|moran|matak|koch|st status|obc)\b/,
};
/** Latin phrases in English prose with a word spelt like a Hindi entry: "cum laude", "magna cum laude". */
const LATIN_PHRASES: Record<string, RegExp> = { laude: /\bcum laude\b/ };
function isLatinPhrase(doc: NormalizedText, h: Hit): boolean {
  const rule = LATIN_PHRASES[doc.text.slice(h.start, h.end)];
  return rule !== undefined && rule.test(doc.text.slice(Math.max(0, h.start - 4), h.end));
}

function isNameHomograph(doc: NormalizedText, h: Hit): boolean {
  // The possessive is the name's too ("Niki Lauda's crash").
  const word = doc.text.slice(h.start, h.end).replace(/'s$/, '');
  const rule = NAME_HOMOGRAPHS[word];
  if (rule === undefined) return false;
  const o = doc.original.slice(doc.starts[h.start], doc.ends[h.end - 1]);
  // Capitalised as a name (not shouted in capitals), and where the rule asks, named in its context.
  if (!/^[A-Z][a-z]+(?:['\u2019]s)?$/.test(o)) return false;
  // An English possessive on a capitalised word is a name's ("Lauda's comeback after the crash").
  return rule === true || /['\u2019]s$/.test(o) || rule.test(doc.text);
}

function fold(w: string): string {
  return w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
