// Spelling key for romanized Hindi (Hinglish). There is no standard spelling: `chutiya`, `chutia`,
// `chootiya`, `chutiyah` and `ch00tiya` are one word to a reader. The key folds the usual
// variations so one dictionary entry covers them; it is used for lookups only.
//
// Folds: l33t digits and symbols; long vowels (aa, ee, oo, ii, uu); `iy` → `i`; w→v, z→j, q→k,
// ph→f; a final `h` after a vowel; a final `ey`/`ay` → `e`; doubled letters.
// Kept apart on purpose: aspirates (`dh`, `bh`, `kh`…) so `gandi` and `Gandhi` stay different,
// and vowels in general (a consonant skeleton would collide with English words).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
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
export function romanKey(word: string): string {
  // One pass with the last emitted letter as state (this runs for every Latin token).
  const out: string[] = [];
  const emit = (c: string): void => {
    const last = out.length ? out[out.length - 1] : '';
    if (c === 'h' && last === 'p') out[out.length - 1] = 'f';
    else if (c === 'e' && last === 'e') out[out.length - 1] = 'i';
    else if (c === 'o' && last === 'o') out[out.length - 1] = 'u';
    else if (c === 'y' && last === 'i') return;
    else out.push(c);
  };
  for (let i = 0; i < word.length; i++) {
    let ch = word[i];
    const code = ch.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) ch = String.fromCharCode(code + 32);
    else if (!(code >= 0x61 && code <= 0x7a) && ch !== '*') {
      const l = LEET[ch];
      if (l === undefined) continue; // zero-width, marks, dots inside the word: dropped
      ch = l;
    }
    if (ch === 'w') emit('v');
    else if (ch === 'z') emit('j');
    else if (ch === 'q') emit('k');
    else if (ch === 'x') {
      emit('k');
      emit('s');
    } else emit(ch);
  }
  let n = out.length;
  // Final `h` after a vowel (`chutiyah`), final `ey` / `ay` → `e` (`kaminey`).
  if (n >= 2 && out[n - 1] === 'h' && VOWELS.has(out[n - 2])) n--;
  // Not in short words: `they` must stay apart from `the`.
  if (n >= 5 && out[n - 1] === 'y' && (out[n - 2] === 'e' || out[n - 2] === 'a')) {
    out[n - 2] = 'e';
    n--;
  }
  // Doubled letters collapse, except `hh` (chhod "leave" must not become chod).
  let s = '';
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1] || out[i] === 'h') s += out[i];
  return s;
}
