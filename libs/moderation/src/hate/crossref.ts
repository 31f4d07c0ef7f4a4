import type { Token } from '../lang/tokens';
import { C } from './hate-rules';
import { keys, kw } from './word-keys';
import { sentenceStarts } from './sentences';

// A group named in a sentence of its own and attacked in another through "they / them / those people" (issue 7,
// session 10): "They are parasites. I mean Kashmiris, obviously.", "They all lie. Every single one of those Muslims.",
// "They should all be locked up. I'm talking about trans people.", "They are useless. Women always are.". The grammar
// reads a pronoun as the group only after the group is named in a clause it can follow. Here the naming sentence is
// nothing but the group and words that point at it ("I mean", "talking about", "typical", "they're … after all"),
// so the pronoun can only be the group: the pronoun sentence is rewritten with the group in its place and judged by
// the same rules. A naming sentence that says anything else ("They are Dalit labourers who walked 200 km", "They are
// the politicians who attacked Muslims") is no naming, and a rewritten sentence that is clean ("They are not
// criminals. They are immigrants." -> "immigrants are not criminals") stays clean.

export interface CrossClaim {
  start: number;
  end: number;
  claim: string;
}

/** What may stand in a naming sentence besides the group. */
const NAMING = keys(
  "i mean im i'm am talking about speaking of referring to that is obviously typical just all every single one those these the after you know course they are theyre re always being and what do did does expect from else can them people folks lot bunch guys especially yes yeah exactly like such so clearly naturally honestly again as usual ever a an its it's well sure who were was is would could of course sigh ugh thats that's whats what's",
);
const PRONOUN: Map<string, string> = new Map([
  ['they', ''],
  ['them', ''],
  ["they're", ' are'],
  ['theyre', ' are'],
  ["they've", ' have'],
  ['theyve', ' have'],
  ["they'll", ' will'],
  ['theyll', ' will'],
  ["they'd", ' would'],
  ['theyd', ' would'],
].map(([w, tail]) => [kw(w), tail]));
const DEMONSTRATIVE = keys('those these such');
const PERSON = keys('people folks guys lot types');

export function crossReferences(text: string, tokens: Token[], cls: Uint32Array | number[]): CrossClaim[] {
  const n = tokens.length;
  const out: CrossClaim[] = [];
  if (n < 4) return out;
  const group = (i: number): boolean => (cls[i] & (C.Identity | C.Slur)) !== 0 && (cls[i] & (C.Anaphora | C.Institution)) === 0;
  let pron = false;
  let grp = false;
  // "those people" / "these types" stand for the group as "they" does ("Those people are revolting. I mean Muslims.").
  const pointer = (i: number): boolean => PRONOUN.has(tokens[i].key) || (DEMONSTRATIVE.has(tokens[i].key) && i + 1 < n && PERSON.has(tokens[i + 1].key));
  for (let i = 0; i < n; i++) {
    if (pointer(i)) pron = true;
    else if (group(i)) grp = true;
  }
  if (!pron || !grp) return out;
  const starts = sentenceStarts(text, tokens);
  if (starts.length < 3) return out; // one sentence
  // the naming sentence: its group phrase, or none
  let name = '';
  for (let s = 0; s + 1 < starts.length && !name; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    if (b - a > 10) continue;
    let g0 = -1;
    let g1 = -1;
    let ok = true;
    for (let m = a; m < b && ok; m++) {
      if (group(m)) {
        if (g0 >= 0 && m !== g1 + 1) ok = false; // one group phrase only
        if (g0 < 0) g0 = m;
        g1 = m;
      } else if (g0 >= 0 && m === g1 + 1 && PERSON.has(tokens[m].key)) g1 = m;
      else if (!NAMING.has(tokens[m].key)) ok = false;
    }
    if (ok && g0 >= 0) name = text.slice(tokens[g0].start, tokens[g1].end);
  }
  if (!name) return out;
  for (let s = 0; s + 1 < starts.length; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    let has = false;
    let named = false;
    for (let m = a; m < b; m++) {
      if (pointer(m) && !(m + 1 < b && group(m + 1))) has = true;
      if (group(m)) named = true;
    }
    if (!has || named) continue;
    let claim = '';
    let at = tokens[a].start;
    for (let m = a; m < b; m++) {
      const t = tokens[m];
      const tail = PRONOUN.get(t.key);
      if (tail !== undefined) {
        claim += text.slice(at, t.start) + name + tail;
        at = t.end;
      } else if (DEMONSTRATIVE.has(t.key) && m + 1 < b && PERSON.has(tokens[m + 1].key)) {
        claim += text.slice(at, t.start) + name;
        at = tokens[m + 1].end;
        m++;
      }
    }
    claim += text.slice(at, tokens[b - 1].end);
    out.push({ start: tokens[a].start, end: tokens[b - 1].end, claim });
  }
  return out;
}
