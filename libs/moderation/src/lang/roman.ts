// Spelling key for romanized Hindi (Hinglish). There is no standard spelling: `chutiya`, `chutia`,
// `chootiya`, `chutiyah` and `ch00tiya` are one word to a reader. The key folds the usual
// variations so one dictionary entry covers them; it is used for lookups only.
//
// Folds: l33t digits and symbols; long vowels (aa, ee, oo, ii, uu); `iy` → `i`; w→v, z→j, q→k,
// ph→f; a final `h` after a vowel; a final `ey`/`ay` → `e`; doubled letters.
// Kept apart on purpose: aspirates (`dh`, `bh`, `kh`…) so `gandi` and `Gandhi` stay different,
// and vowels in general (a consonant skeleton would collide with English words).

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i' };

const FOLD_RULES: Array<[RegExp, string]> = [
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/iy/g, 'i'],
  [/([aeiou])h$/g, '$1'],
  [/[ea]y$/g, 'e'],
  [/([^h])\1+/g, '$1'], // not hh: chhod (leave) is not chod
];

/** True when the string has at least one ASCII letter. */
export function hasLatinLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/**
 * Key of one romanized word. `*` (and other masking characters already mapped to `*` by the
 * tokenizer) is kept as a wildcard marker so masked forms can be matched separately.
 */
export function romanKey(word: string): string {
  let s = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const c = ch.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) s += ch;
    else if (ch === '*') s += '*';
    else if (LEET[ch] !== undefined) s += LEET[ch];
    // anything else (zero-width, combining marks, dots inside the word) is dropped
  }
  for (const [re, rep] of FOLD_RULES) s = s.replace(re, rep);
  return s;
}
