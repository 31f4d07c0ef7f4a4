// Literal strings that every match of a regular expression must contain, as an AND/OR tree
// (the "prefilter" idea of RE2): a rule whose expression needs "death to" cannot match a comment
// without that substring, so one `includes` replaces a scan of the comment by the expression.
//
// The tree is computed from the expression's source. It is a NECESSARY condition only: when it
// is false the expression certainly has no match in the text (or in any part of it); when it is
// true the expression is run as before. What the parser does not understand makes no demand.
//
// How a node's demand is built (as in RE2's prefilter.cc):
// - a literal character is the exact set {c}; a zero-width assertion (^, $, lookarounds) the
//   exact set {""}: it consumes nothing, so the strings on either side of it are adjacent; \b is
//   a mark in the string that `includes` ignores and the word keys read as a word's edge;
// - concatenation: the cross product of two exact sets while small, else AND of both demands;
// - alternation: the union of two exact sets while small, else OR of both demands;
// - anything else (a class, `.`, `\w`, a repetition that may be empty or repeat) makes no demand
//   of its own and breaks literal strings apart; X+ and X{n,} (n >= 1) demand what X demands.
// An exact set that contains "" demands nothing.

export type Needles = true | string | { and: Needles[] } | { or: Needles[] };

const MAX_EXACT = 64;

/** A word boundary (\b) inside a needle string: matches no character of a text (see mayContain). */
const B = '\u0000';
const strip = (s: string): string => (s.includes(B) ? s.split(B).join('') : s);

type Info = { exact: Set<string> } | { match: Needles };

const ANY: Info = { match: true };
const empty = (): Info => ({ exact: new Set(['']) });

/** Whether one-character strings are kept as needles (needlesOf's `singles`; set only while it parses). */
let keepSingles = false;

function toMatch(i: Info): Needles {
  if ('match' in i) return i.match;
  // A one-character string is in almost every comment: not worth a test (no demand is weaker, so still
  // necessary), unless the caller asks for them. The empty string demands nothing.
  for (const x of i.exact) if ((keepSingles ? strip(x).length : x.length) < (keepSingles ? 1 : 2)) return true;
  // OR of strings: a string that contains another of the set adds nothing.
  const all = [...i.exact].sort((a, b) => a.length - b.length);
  const keep: string[] = [];
  for (const s of all) if (!keep.some((k) => s.includes(k))) keep.push(s);
  return keep.length === 1 ? keep[0] : { or: keep };
}

function and(a: Needles, b: Needles): Needles {
  if (a === true) return b;
  if (b === true) return a;
  const parts = [...(typeof a === 'object' && 'and' in a ? a.and : [a]), ...(typeof b === 'object' && 'and' in b ? b.and : [b])];
  return { and: parts };
}

function or(a: Needles, b: Needles): Needles {
  if (a === true || b === true) return true;
  const parts = [...(typeof a === 'object' && 'or' in a ? a.or : [a]), ...(typeof b === 'object' && 'or' in b ? b.or : [b])];
  return { or: parts };
}

function concat(a: Info, b: Info): Info {
  if ('exact' in a && 'exact' in b && a.exact.size * b.exact.size <= MAX_EXACT) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return { exact: out };
  }
  return { match: and(toMatch(a), toMatch(b)) };
}

function alternate(a: Info, b: Info): Info {
  if ('exact' in a && 'exact' in b) {
    const out = new Set([...a.exact, ...b.exact]);
    if (out.size <= MAX_EXACT) return { exact: out };
  }
  return { match: or(toMatch(a), toMatch(b)) };
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Info {
    const r = this.alternation();
    if (this.i !== this.s.length) throw new Error('unbalanced');
    return r;
  }

  private alternation(): Info {
    let r = this.sequence();
    while (this.s[this.i] === '|') {
      this.i++;
      r = alternate(r, this.sequence());
    }
    return r;
  }

  /**
   * A run of exact items is one exact set while the cross product stays small; a demand-only item
   * (or an overflow) closes the run, and the next exact items start a new one, so the literal
   * after `\\w+` (" like you") stays one string.
   */
  private sequence(): Info {
    let run = new Set(['']);
    let demand: Needles = true;
    let allExact = true;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const item = this.quantified();
      if ('exact' in item) {
        const joined = concat({ exact: run }, item);
        if ('exact' in joined) run = joined.exact;
        else {
          demand = and(demand, toMatch({ exact: run }));
          run = item.exact;
          allExact = false;
        }
      } else {
        demand = and(and(demand, toMatch({ exact: run })), item.match);
        run = new Set(['']);
        allExact = false;
      }
    }
    return allExact ? { exact: run } : { match: and(demand, toMatch({ exact: run })) };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.s[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      }
    }
    if (min === 1 && max === 1) return atom;
    if (this.s[this.i] === '?') this.i++; // lazy: same strings
    if (min === 0 && max === 1 && 'exact' in atom) return alternate(atom, empty());
    if (min === 0) return ANY;
    return { match: toMatch(atom) };
  }

  private atom(): Info {
    const s = this.s;
    const c = s[this.i++];
    if (c === '(') {
      let kind = '';
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i));
        if (!m) throw new Error('group');
        kind = m[0];
        this.i += m[0].length;
      }
      const inner = this.alternation();
      if (s[this.i++] !== ')') throw new Error('unbalanced');
      // Lookarounds consume nothing: no demand, and the strings around them stay adjacent.
      if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') return empty();
      return inner;
    }
    if (c === '[') {
      // A class: skip to its end. In JavaScript a ']' right after '[' or '[^' closes the class ('[^]' is any
      // character), unlike POSIX, where it would be a literal.
      if (s[this.i] === '^') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      if (s[this.i++] !== ']') throw new Error('class');
      return ANY;
    }
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return empty();
    if (c === '\\') {
      const e = s[this.i++];
      // \b is kept as a mark (B) that tells the word keys where a word ends; \B demands nothing.
      if (e === 'b') return { exact: new Set([B]) };
      if (e === 'B') return empty();
      if (e === 'u') {
        const h = /^[0-9a-fA-F]{4}/.exec(s.slice(this.i));
        if (!h) throw new Error('escape');
        this.i += 4;
        return { exact: new Set([String.fromCharCode(parseInt(h[0], 16))]) };
      }
      if (e === 'n') return { exact: new Set(['\n']) };
      if (e === 't') return { exact: new Set(['\t']) };
      if (e === 'p' || e === 'P') {
        const k = s.indexOf('}', this.i);
        if (s[this.i] !== '{' || k < 0) throw new Error('escape');
        this.i = k + 1;
        return ANY;
      }
      if (/[a-zA-Z0-9]/.test(e ?? '')) {
        // \w \s \d and their negations, a backreference (may be empty), \x.., \c..: no demand.
        if (e === 'x') this.i += 2;
        return ANY;
      }
      if (e === undefined) throw new Error('escape');
      return { exact: new Set([e]) };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Error('syntax');
    return { exact: new Set([c]) };
  }
}

/**
 * The substrings any match of `re` contains (true: no demand known). Only for expressions
 * without the `i` and `m` flags and without surrogate pairs in their source (a literal there
 * would be split); those get true. With `singles`, strings of one character are kept (for
 * CharGrams, which tests them for free; `includes` and the word keys gain little from them).
 */
export function needlesOf(re: RegExp, singles = false): Needles {
  if (/[im]/.test(re.flags) || /[\ud800-\udfff]/.test(re.source)) return true;
  keepSingles = singles;
  try {
    return toMatch(new Parser(re.source).parse());
  } catch {
    return true;
  } finally {
    keepSingles = false;
  }
}

/** False only when `text` lacks what every match needs (see needlesOf). */
export function mayContain(n: Needles, text: string): boolean {
  if (n === true) return true;
  if (typeof n === 'string') return text.includes(strip(n));
  if ('and' in n) {
    for (const x of n.and) if (!mayContain(x, text)) return false;
    return true;
  }
  for (const x of n.or) if (mayContain(x, text)) return true;
  return false;
}

/**
 * A word the text must have (a word: a maximal run of the letters a-z): `exact` when the needle
 * has the run with a non-letter on both sides, `prefix` / `suffix` when only before / after it,
 * `inside` when on neither (a text word that contains it).
 */
export interface WordKey {
  k: string;
  mode: 'exact' | 'prefix' | 'suffix' | 'inside';
}

const isAz = (c: number): boolean => c >= 97 && c <= 122;

/** Every word of one needle string that can serve as a key (one letter only as a whole word, "u"). */
function keysOfString(s: string): WordKey[] {
  const out: WordKey[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isAz(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isAz(s.charCodeAt(i))) i++;
    const left = start > 0;
    const right = i < s.length;
    // A boundary mark next to a letter means a non-word character (or the text's edge) there.
    const mode = left && right ? 'exact' : left ? 'prefix' : right ? 'suffix' : 'inside';
    if (i - start < 2 && mode !== 'exact') continue;
    out.push({ k: s.slice(start, i), mode });
  }
  return out;
}

/** How telling a key is: longer and whole words are rarer in texts; an everyday word is a poor key. */
const keyScore = ({ k, mode }: WordKey): number => k.length + (mode === 'exact' ? 3 : mode === 'inside' ? 0 : 1) - (mode === 'exact' && COMMON.has(k) ? 10 : 0);

/** The most telling word of one needle string (null: none of two letters or more). */
function keyOfString(s: string): WordKey | null {
  let best: WordKey | null = null;
  let bestScore = 0;
  for (const key of keysOfString(s)) {
    const score = keyScore(key);
    if (best === null || score > bestScore) {
      bestScore = score;
      best = key;
    }
  }
  return best;
}

/**
 * Words one of which every text with the needles has (null: no such list). Of an AND the list of
 * one part is kept (fewest words, longest shortest word): any one part is necessary.
 */
export function wordKeysOf(n: Needles): WordKey[] | null {
  if (n === true) return null;
  if (typeof n === 'string') {
    const k = keyOfString(n);
    return k ? [k] : null;
  }
  if ('or' in n) {
    const out: WordKey[] = [];
    for (const x of n.or) {
      const ks = wordKeysOf(x);
      if (!ks) return null;
      for (const k of ks) if (!out.some((o) => o.k === k.k && o.mode === k.mode)) out.push(k);
    }
    return out;
  }
  let best: WordKey[] | null = null;
  const quality = (ks: WordKey[]): number => -50 * ks.filter((k) => k.mode === 'exact' && COMMON.has(k.k)).length + Math.min(...ks.map((k) => k.k.length)) * 4 - ks.length;
  for (const x of n.and) {
    const ks = wordKeysOf(x);
    if (ks && (!best || quality(ks) > quality(best))) best = ks;
  }
  return best;
}

/** Words in most comments: poor keys (see keyOfString). */
const COMMON = new Set(
  `the of and to in is it that for you he she they we was were are be been have has had not but this with as on at by from or an
  his her him them their your our my me us do does did will would can could should must may all so no if what who when there
  one just like get got also more about out up than then only some any how why which its a i`.split(/\s+/),
);

/** Whether the word `w` (a maximal a-z run of a text) satisfies one of `keys`. */
export function wordHasKey(keys: readonly WordKey[], w: string): boolean {
  for (const { k, mode } of keys) {
    if (mode === 'exact' ? w === k : mode === 'prefix' ? w.startsWith(k) : mode === 'suffix' ? w.endsWith(k) : w.includes(k)) return true;
  }
  return false;
}

/**
 * The needles as words, for a test against the words of a text: a leaf is a clause, keys one of
 * which some word of the text satisfies. Stronger than wordKeysOf, which keeps one word of a needle
 * string and one part of an AND: the tree keeps every word ("you are an idiot" needs "you", "are",
 * "an" and a word that starts with "idiot", not only the last) and every AND inside an OR. Still
 * only necessary: what every match has.
 */
export type WordTree = true | { clause: WordKey[] } | { and: WordTree[] } | { or: WordTree[] };

export function wordTreeOf(n: Needles): WordTree {
  if (n === true) return true;
  if (typeof n === 'string') return allOf(keysOfString(n).map((k) => ({ clause: [k] })));
  return 'and' in n ? allOf(n.and.map(wordTreeOf)) : anyOf(n.or.map(wordTreeOf));
}

type Node = Exclude<WordTree, true>;

/** A clause's keys in one order, as a name: two clauses with the same name are the same test. */
const clauseName = (c: WordKey[]): string => c.map((k) => `${k.mode}:${k.k}`).sort().join('|');
const names = new WeakMap<WordKey[], string>();
function nameOf(t: WordTree): string | undefined {
  if (t === true || !('clause' in t)) return undefined;
  let name = names.get(t.clause);
  if (name === undefined) names.set(t.clause, (name = clauseName(t.clause)));
  return name;
}

/** The names of the clauses of an AND (undefined for another node), kept: anyOf asks again at each step. */
const andNames = new WeakMap<Node, Set<string | undefined>>();
function namesInAnd(k: Node): Set<string | undefined> | undefined {
  if (!('and' in k)) return undefined;
  let ns = andNames.get(k);
  if (ns === undefined) andNames.set(k, (ns = new Set(k.and.map(nameOf))));
  return ns;
}

/**
 * The AND of `kids`. Most texts fail an AND, so it is tested from the part most likely to fail: the
 * clauses first, the one whose commonest key is the most telling first.
 */
function allOf(kids: WordTree[]): WordTree {
  const need: Node[] = [];
  for (const k of kids) if (k !== true) for (const x of 'and' in k ? k.and : [k]) if (x !== true) need.push(x);
  const rank = (t: Node): number => ('clause' in t ? t.clause.reduce((m, k) => Math.min(m, keyScore(k)), Infinity) : -Infinity);
  need.sort((a, b) => rank(b) - rank(a));
  return need.length === 0 ? true : need.length === 1 ? need[0] : { and: need };
}

/**
 * The OR of `kids`, smaller. A clause that several ANDs share is taken out of them (the cross
 * products of needle strings repeat words: "iq of", "brains of"... is "of" AND one of "iq",
 * "brains"...), then the children that are clauses make one clause: "one of these words" either way.
 */
function anyOf(kids: WordTree[]): WordTree {
  const flat: Node[] = [];
  for (const k of kids) {
    if (k === true) return true;
    for (const x of 'or' in k ? k.or : [k]) {
      if (x === true) return true;
      flat.push(x);
    }
  }
  const namesIn = flat.map(namesInAnd);
  const counts = new Map<string, number>();
  for (const ns of namesIn) if (ns) for (const name of ns) if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  let shared: string | undefined;
  for (const [name, n] of counts) if (n >= 2 && (shared === undefined || n > counts.get(shared)!)) shared = name;
  if (shared === undefined) return joinOr(flat);
  // Each step joins two or more ANDs into one: it ends.
  const others: Node[] = [];
  const rests: WordTree[] = [];
  let clause: WordTree = true;
  flat.forEach((k, i) => {
    if (!namesIn[i]?.has(shared) || !('and' in k)) return void others.push(k);
    clause = k.and.find((x) => nameOf(x) === shared)!;
    rests.push(allOf(k.and.filter((x) => nameOf(x) !== shared)));
  });
  return anyOf([...others, allOf([clause, anyOf(rests)])]);
}

/** The OR of `kids` (none true, none an OR), its clauses made one. */
function joinOr(kids: Node[]): WordTree {
  const rest: Node[] = [];
  const clause: WordKey[] = [];
  const seen = new Set<string>();
  for (const k of kids) {
    if (!('clause' in k)) rest.push(k);
    else for (const key of k.clause) if (!seen.has(`${key.mode}:${key.k}`)) seen.add(`${key.mode}:${key.k}`), clause.push(key);
  }
  if (clause.length > 0) rest.unshift({ clause });
  return rest.length === 1 ? rest[0] : { or: rest };
}

const NO_CLAUSES = new Int32Array(0);

/**
 * Many expressions' word trees, tested against the words of one text at a time. Each distinct
 * clause has a number; which clauses a word satisfies is a function of the word (clausesOf, for the
 * caller to memoize per word); a text's words mark their clauses (clear, then see per word), and
 * holds(i) walks tree i over the marks. The trees are flat programs of integers: [op, length, ...],
 * op 0 a clause (its number follows), 1 an AND and 2 an OR of the nodes that follow.
 */
export class WordTrees {
  private readonly programs: Int32Array[] = [];
  /** Clause numbers by key, per mode; the lengths of the prefix, suffix and inside keys. */
  private readonly byMode = { exact: new Map<string, number[]>(), prefix: new Map<string, number[]>(), suffix: new Map<string, number[]>(), inside: new Map<string, number[]>() };
  private readonly lengths = { prefix: [] as number[], suffix: [] as number[], inside: [] as number[] };
  private marks: Int32Array = NO_CLAUSES;

  constructor(trees: WordTree[]) {
    const numbers = new Map<string, number>();
    const clauseNumber = (keys: WordKey[]): number => {
      const name = clauseName(keys);
      let n = numbers.get(name);
      if (n === undefined) {
        numbers.set(name, (n = numbers.size));
        for (const { k, mode } of keys) {
          const m = this.byMode[mode];
          const list = m.get(k);
          if (list === undefined) m.set(k, [n]);
          else if (!list.includes(n)) list.push(n);
          if (mode !== 'exact' && !this.lengths[mode].includes(k.length)) this.lengths[mode].push(k.length);
        }
      }
      return n;
    };
    for (const t of trees) {
      const out: number[] = [];
      const emit = (x: WordTree): void => {
        const at = out.length;
        if (x !== true && 'clause' in x) out.push(0, 0, clauseNumber(x.clause));
        else {
          out.push(x === true || 'and' in x ? 1 : 2, 0);
          if (x !== true) for (const k of 'and' in x ? x.and : x.or) emit(k);
        }
        out[at + 1] = out.length - at;
      };
      emit(t);
      this.programs.push(Int32Array.from(out));
    }
    this.marks = new Int32Array((numbers.size >>> 5) + 1);
  }

  /** The numbers of the clauses the word `w` (a maximal a-z run of a text) satisfies. */
  clausesOf(w: string): Int32Array {
    const found = new Set<number>();
    const add = (list: number[] | undefined): void => {
      if (list !== undefined) for (const n of list) found.add(n);
    };
    add(this.byMode.exact.get(w));
    for (const l of this.lengths.prefix) if (l <= w.length) add(this.byMode.prefix.get(w.slice(0, l)));
    for (const l of this.lengths.suffix) if (l <= w.length) add(this.byMode.suffix.get(w.slice(w.length - l)));
    for (const l of this.lengths.inside) for (let i = 0; i + l <= w.length; i++) add(this.byMode.inside.get(w.slice(i, i + l)));
    return found.size === 0 ? NO_CLAUSES : Int32Array.from(found);
  }

  /** Forgets the marks of the last text. */
  clear(): void {
    this.marks.fill(0);
  }

  /** Marks the clauses of one word of the text (clausesOf). */
  see(clauses: Int32Array): void {
    const marks = this.marks;
    for (let i = 0; i < clauses.length; i++) marks[clauses[i] >>> 5] |= 1 << (clauses[i] & 31);
  }

  /** False only when expression i certainly has no match in the text whose words were seen. */
  holds(i: number): boolean {
    return this.run(this.programs[i], 0);
  }

  private run(code: Int32Array, at: number): boolean {
    const op = code[at];
    if (op === 0) return (this.marks[code[at + 2] >>> 5] & (1 << (code[at + 2] & 31))) !== 0;
    const end = at + code[at + 1];
    for (let kid = at + 2; kid < end; kid += code[kid + 1]) if (this.run(code, kid) !== (op === 1)) return op !== 1;
    return op === 1;
  }
}

/**
 * Needles ready for CharGrams (computed once, at load), as one flat program of integers: a node is
 * [op, length of the node, ...], op 0 a string given as the table slots of its triples, pairs and
 * characters (the rarest first), op 1 an AND and op 2 an OR of the nodes that follow; `true` is an
 * AND of nothing. Flat, so a walk over thousands of strings reads memory in order.
 */
export type GramNeedles = Int32Array;

/** `n` for CharGrams.mayContain. */
export function gramNeedles(n: Needles): GramNeedles {
  const out: number[] = [];
  const emit = (x: Needles): void => {
    const at = out.length;
    if (typeof x === 'string') {
      out.push(0, 0, ...slotsOf(x));
    } else {
      out.push(x === true ? 1 : 'and' in x ? 1 : 2, 0);
      if (x !== true) for (const k of 'and' in x ? x.and : x.or) emit(k);
    }
    out[at + 1] = out.length - at;
  };
  emit(n);
  return Int32Array.from(out);
}

const CHARS = 0;
const PAIRS = 1 << 16;
const TRIPLES = 2 << 16;
// (a << 7) ^ b keeps every pair of two ASCII characters, or of two Devanagari ones, apart.
const pairSlot = (a: number, b: number): number => PAIRS + (((a << 7) ^ b) & 0xffff);
const tripleSlot = (a: number, b: number, c: number): number => TRIPLES + ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c) >>> 16);

/** The slots a text that contains `s` has (boundary marks of needles ignored: they match no character). */
function slotsOf(s: string): number[] {
  const triples = new Set<number>();
  const pairs = new Set<number>();
  const chars = new Set<number>();
  let a = -1;
  let b = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) continue; // a \b mark (B): its neighbours are adjacent in the text
    if (a >= 0) triples.add(tripleSlot(a, b, c));
    if (b >= 0) pairs.add(pairSlot(b, c));
    chars.add(CHARS + c);
    a = b;
    b = c;
  }
  return [...triples, ...pairs, ...chars];
}

/**
 * The characters, pairs and triples of adjacent UTF-16 code units of one text, the pairs and
 * triples hashed: a cheaper necessary test than `includes` when many needles are asked of one long
 * text. A text that contains the string s has every character, pair and triple of s, so a string
 * with one the text lacks is certainly not in it; two pairs (or triples) sharing a hash slot can
 * only make the answer "maybe" (still necessary). Use the shared instance through gramsOf().
 */
export class CharGrams {
  /**
   * One bit per slot: characters (exact), then hashed pairs, then hashed triples. A bit set (24 KB)
   * rather than a table of stamps: the lookups of a long comment's needles stay in the CPU cache.
   */
  private readonly seen = new Int32Array((3 << 16) >>> 5);
  private text: string | undefined;

  /** Reads `text` unless it is the text already read. */
  index(text: string): this {
    if (text === this.text) return this;
    this.text = text;
    const seen = this.seen;
    seen.fill(0);
    let a = -1;
    let b = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = CHARS + c;
      seen[k >>> 5] |= 1 << (k & 31);
      if (b >= 0) {
        const p = pairSlot(b, c);
        seen[p >>> 5] |= 1 << (p & 31);
      }
      if (a >= 0) {
        const t = tripleSlot(a, b, c);
        seen[t >>> 5] |= 1 << (t & 31);
      }
      a = b;
      b = c;
    }
    return this;
  }

  /** False only when the indexed text certainly does not contain `s` (boundary marks of needles ignored). */
  mayInclude(s: string): boolean {
    return this.mayContain(gramNeedles(s));
  }

  /** mayContain(needles, text) answered from the indexed text (false only when that would be false). */
  mayContain(n: GramNeedles): boolean {
    return this.run(n, 0);
  }

  /** The node of `code` at `at` (see GramNeedles). */
  private run(code: Int32Array, at: number): boolean {
    const op = code[at];
    const end = at + code[at + 1];
    if (op === 0) {
      const seen = this.seen;
      for (let i = at + 2; i < end; i++) {
        const k = code[i];
        if ((seen[k >>> 5] & (1 << (k & 31))) === 0) return false;
      }
      return true;
    }
    for (let kid = at + 2; kid < end; kid += code[kid + 1]) if (this.run(code, kid) !== (op === 1)) return op !== 1;
    return op === 1;
  }
}

const shared = new CharGrams();
/** The shared CharGrams with `text` indexed (read again only when the text changes). */
export const gramsOf = (text: string): CharGrams => shared.index(text);
