// Devanagari → romanized Hindi, for matching only (hindi7). Writers mix the scripts inside one
// word or across a split word to slip past filters (`chuतिया`, `chu तिया`, `madar चोद`): the
// Devanagari part is read out in Latin letters and the whole is looked up by its romanized key
// (roman.ts), which already folds the usual spelling variation (long vowels, w/v, doubled letters).
//
// The inherent vowel follows the usual schwa-deletion reading: dropped at the end of a word and in a
// V C ə C V context, read right to left (मादरचोद → maadarchod, not maadarachoda). Input is a folded
// key (devanagari.ts: nukta dropped, vowel length folded); Latin and other characters pass through.

const CONS: Record<number, string> = {};
const consonants: Array<[string, string]> = [
  ['क', 'k'], ['ख', 'kh'], ['ग', 'g'], ['घ', 'gh'], ['ङ', 'n'], ['च', 'ch'], ['छ', 'chh'], ['ज', 'j'], ['झ', 'jh'], ['ञ', 'n'],
  ['ट', 't'], ['ठ', 'th'], ['ड', 'd'], ['ढ', 'dh'], ['ण', 'n'], ['त', 't'], ['थ', 'th'], ['द', 'd'], ['ध', 'dh'], ['न', 'n'],
  ['प', 'p'], ['फ', 'ph'], ['ब', 'b'], ['भ', 'bh'], ['म', 'm'], ['य', 'y'], ['र', 'r'], ['ल', 'l'], ['ळ', 'l'], ['व', 'v'],
  ['श', 'sh'], ['ष', 'sh'], ['स', 's'], ['ह', 'h'],
];
for (const [d, l] of consonants) CONS[d.charCodeAt(0)] = l;

const VOWEL: Record<number, string> = {};
const vowels: Array<[string, string]> = [
  ['अ', 'a'], ['आ', 'aa'], ['इ', 'i'], ['ई', 'i'], ['उ', 'u'], ['ऊ', 'u'], ['ऋ', 'ri'], ['ए', 'e'], ['ऐ', 'ai'], ['ओ', 'o'], ['औ', 'au'], ['ऑ', 'o'], ['ऍ', 'e'],
];
for (const [d, l] of vowels) VOWEL[d.charCodeAt(0)] = l;

const SIGN: Record<number, string> = {};
const signs: Array<[string, string]> = [
  ['\u093e', 'aa'], ['\u093f', 'i'], ['\u0940', 'i'], ['\u0941', 'u'], ['\u0942', 'u'], ['\u0943', 'ri'], ['\u0945', 'e'], ['\u0946', 'e'], ['\u0947', 'e'],
  ['\u0948', 'ai'], ['\u0949', 'o'], ['\u094a', 'o'], ['\u094b', 'o'], ['\u094c', 'au'],
];
for (const [d, l] of signs) SIGN[d.charCodeAt(0)] = l;

const VIRAMA = 0x094d;
const NASAL = new Set([0x0901, 0x0902]);

interface Syl {
  /** Consonant letters (romanized), '' for an independent vowel or a non-Devanagari run. */
  c: string;
  /** Vowel: romanized sign, 'ə' for the inherent vowel, '' after a virama. */
  v: string;
  /** Trailing nasal / pass-through text. */
  tail: string;
  deva: boolean;
}

/** Romanized reading of a (folded) word; Latin letters pass through unchanged. */
export function romanizeDevanagari(word: string): string {
  const syl: Syl[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const cons = CONS[c];
    if (cons !== undefined) {
      syl.push({ c: cons, v: 'ə', tail: '', deva: true });
      continue;
    }
    const last = syl[syl.length - 1];
    if (SIGN[c] !== undefined && last?.deva && last.c && last.v === 'ə') last.v = SIGN[c];
    else if (c === VIRAMA && last?.deva && last.c) last.v = '';
    else if (NASAL.has(c) && last?.deva) last.tail += 'n';
    else if (VOWEL[c] !== undefined) syl.push({ c: '', v: VOWEL[c], tail: '', deva: true });
    else if (c >= 0x0900 && c <= 0x097f) continue; // other signs: dropped
    else syl.push({ c: '', v: '', tail: word[i], deva: false });
  }
  // Schwa deletion: final, then V C ə C V right to left (only inside a Devanagari run).
  const hasV = (s: Syl | undefined): boolean => s !== undefined && s.deva && s.v !== '';
  for (let i = syl.length - 1; i >= 0; i--) {
    const s = syl[i];
    if (!s.deva || s.v !== 'ə' || !s.c || s.tail) continue;
    const next = syl[i + 1];
    if (next === undefined || !next.deva) {
      if (i > 0 || syl.length > 1) s.v = ''; // word-final (a lone consonant keeps its vowel: `क` → ka)
      continue;
    }
    if (i > 0 && hasV(syl[i - 1]) && syl[i - 1].tail === '' && next.c && hasV(next)) s.v = '';
  }
  let out = '';
  for (const s of syl) out += s.c + (s.v === 'ə' ? 'a' : s.v) + s.tail;
  return out;
}
