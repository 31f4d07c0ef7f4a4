import { foldDevanagari, isDevanagari } from './devanagari';
import { hasLatinLetter, romanKey } from './roman';

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
}

// A word: letters, marks, digits, invisible joiners and the usual l33t / masking symbols.
// Built once; `lastIndex` is reset per call.
const WORD = /[\p{L}\p{M}\p{N}@$*#'’\u200b-\u200d\u2060\ufeff\u00ad]+/gu;
const MASK = /[*#]/g;
const LEAD = /^[@$*#'’]+/;
const TRAIL = /[@$*#'’]+$/;
const ANY_LETTER = /\p{L}/u;
const INNER_MASK = /[a-z0-9@$][*#]+[a-z0-9@$]/i;
// Between the letters of a spaced-out word: `c h u t i y a`, `c.h.u.t`, `c-h-u-t`.
const SPACED_GAP = /^[\s.\-_·•]{1,3}$/;

function scriptOf(s: string): Script {
  let deva = false;
  let latn = false;
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDevanagari(c)) deva = true;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latn = true;
    else if (c > 0x7f && !(c >= 0x200b && c <= 0x200d) && c !== 0x2060 && c !== 0xfeff && c !== 0xad) other = true;
  }
  if (deva && latn) return 'mixed';
  if (deva) return 'deva';
  if (latn) return 'latn';
  return other ? 'other' : 'latn';
}

function keyOf(raw: string, script: Script): string {
  if (script === 'deva') return foldDevanagari(raw);
  if (script === 'latn') return romanKey(raw.replace(MASK, '*'));
  if (script === 'mixed') return foldDevanagari(raw).toLowerCase();
  return raw.toLowerCase();
}

/** Tokens in text order. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let raw = m[0];
    let start = m.index;
    // Strip leading/trailing symbols (`@user`, `**word**`, `word$`) but keep them inside words.
    const lead = LEAD.exec(raw);
    if (lead && lead[0].length < raw.length) {
      start += lead[0].length;
      raw = raw.slice(lead[0].length);
    }
    const trail = TRAIL.exec(raw);
    if (trail && trail[0].length < raw.length) raw = raw.slice(0, raw.length - trail[0].length);
    if (!hasLatinLetter(raw) && !ANY_LETTER.test(raw)) continue;
    const script = scriptOf(raw);
    const masked = script === 'latn' && INNER_MASK.test(raw);
    out.push({ start, end: start + raw.length, key: keyOf(raw, script), script, masked });
  }
  return joinSpacedLetters(text, out);
}

// `c h u t i y a` → one token spanning the whole run (three or more single letters).
function joinSpacedLetters(text: string, toks: Token[]): Token[] {
  let hasSingles = false;
  for (const t of toks) if (t.end - t.start === 1 && t.script === 'latn') { hasSingles = true; break; }
  if (!hasSingles) return toks;
  const out: Token[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.end - t.start === 1 && t.script === 'latn') {
      let j = i;
      while (
        j + 1 < toks.length &&
        toks[j + 1].end - toks[j + 1].start === 1 &&
        toks[j + 1].script === 'latn' &&
        SPACED_GAP.test(text.slice(toks[j].end, toks[j + 1].start))
      ) j++;
      if (j - i + 1 >= 3) {
        let raw = '';
        for (let k = i; k <= j; k++) raw += text[toks[k].start];
        out.push({ start: t.start, end: toks[j].end, key: romanKey(raw), script: 'latn', masked: false });
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
