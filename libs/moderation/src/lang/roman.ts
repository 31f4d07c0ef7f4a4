// Spelling key for romanized Hindi (Hinglish). There is no standard spelling: `chutiya`, `chutia`,
// `chootiya`, `chutiyah` and `ch00tiya` are one word to a reader. The key folds the usual
// variations so one dictionary entry covers them; it is used for lookups only.
//
// Folds: l33t digits and symbols; long vowels (aa, ee, oo, ii, uu); `iy` → `i`; w→v, z→j, q→k,
// ph→f; a final `h` after a vowel; a final `ey`/`ay` → `e`; doubled letters.
// Kept apart on purpose: aspirates (`dh`, `bh`, `kh`…) so `gandi` and `Gandhi` stay different,
// and vowels in general (a consonant skeleton would collide with English words).

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i' };

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
// Scratch buffer for romanKey (single-threaded; grown on demand).
let buf = new Uint16Array(64);

const A = 0x61;
const isVowel = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
const LEET_CODE = new Map<number, number>(Object.entries(LEET).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/**
 * Words that are not the word their spelling key folds to: Hinglish `raat` (night) folds to English
 * `rat`, `diye` / `liye` (gave / for) to `die` / `lie`, `pakki` (sure) to the slur `paki`, `chuta`
 * (left behind) to a Hindi obscenity; English `foodie` to the Hindi slur `fuddi`. The lexicon
 * matchers (obscenity's Hindi entries, the hate lexicon) skip them.
 */
export const NOT_THEIR_KEY: ReadonlySet<string> = new Set(['raat', 'raaton', 'diye', 'liye', 'pakki', 'pakkee', 'chuta', 'foodie', 'foodies']);

export function romanKey(word: string): string {
  // One pass over char codes with the last emitted letter as state (runs for every Latin token).
  if (buf.length < word.length * 2 + 2) buf = new Uint16Array(word.length * 2 + 2);
  let n = 0;
  const emit = (c: number): void => {
    const last = n > 0 ? buf[n - 1] : 0;
    if (c === 0x68 && last === 0x70) buf[n - 1] = 0x66; // ph → f
    else if (c === 0x65 && last === 0x65) buf[n - 1] = 0x69; // ee → i
    else if (c === 0x6f && last === 0x6f) buf[n - 1] = 0x75; // oo → u
    else if (c === 0x79 && last === 0x69) return; // iy → i
    else buf[n++] = c;
  };
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    else if (!(c >= A && c <= 0x7a) && c !== 0x2a) {
      const l = LEET_CODE.get(c);
      if (l === undefined) continue; // zero-width, marks, dots inside the word: dropped
      c = l;
    }
    if (c === 0x77) emit(0x76); // w → v
    else if (c === 0x7a) emit(0x6a); // z → j
    else if (c === 0x71) emit(0x6b); // q → k
    else if (c === 0x78) {
      emit(0x6b); // x → ks
      emit(0x73);
    } else emit(c);
  }
  // Final `h` after a vowel (`chutiyah`), final `ey` / `ay` → `e` (`kaminey`; not in short words:
  // `they` must stay apart from `the`).
  if (n >= 2 && buf[n - 1] === 0x68 && isVowel(buf[n - 2])) n--;
  if (n >= 5 && buf[n - 1] === 0x79 && (buf[n - 2] === 0x65 || buf[n - 2] === A)) {
    buf[n - 2] = 0x65;
    n--;
  }
  // Doubled letters collapse, except `hh` (chhod "leave" must not become chod).
  // Squeeze repeated letters (not "h") in place; a word that comes out unchanged is returned as is.
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || buf[i] !== buf[i - 1] || buf[i] === 0x68) buf[m++] = buf[i];
  if (m === word.length) {
    let same = true;
    for (let i = 0; i < m && same; i++) same = buf[i] === word.charCodeAt(i);
    if (same) return word;
  }
  let s = '';
  for (let i = 0; i < m; i++) s += String.fromCharCode(buf[i]);
  return s;
}
