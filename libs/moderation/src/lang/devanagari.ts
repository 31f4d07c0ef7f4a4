// Devanagari folding for matching: one key per spelling family, so the word lists need one
// entry where writers use several spellings. The key is only for lookups; evidence spans are
// always taken from the original text (see tokens.ts), so nothing here needs an offset map.
//
// What is folded (and why):
// - nukta: precomposed क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ and the separate nukta sign are written with and without it;
// - ZWJ / ZWNJ and other invisible joiners (also a common way to slip past filters);
// - chandrabindu → anusvara, and a nasal consonant + virama before a consonant → anusvara
//   (गाँड / गांड / गान्ड are one word to a reader);
// - vowel length (ि/ी, ु/ू and the independent इ/ई, उ/ऊ): spelt either way on social media;
// - candra vowels and visarga, avagraha: rare, dropped or mapped to the plain vowel.

const NUKTA = 0x093c;
const VIRAMA = 0x094d;
const ANUSVARA = 0x0902;

// Precomposed nukta letters → base letter.
const NUKTA_BASE: Record<number, number> = {
  0x0958: 0x0915, // क़
  0x0959: 0x0916, // ख़
  0x095a: 0x0917, // ग़
  0x095b: 0x091c, // ज़
  0x095c: 0x0921, // ड़
  0x095d: 0x0922, // ढ़
  0x095e: 0x092b, // फ़
  0x095f: 0x092f, // य़
  0x0929: 0x0928, // ऩ
  0x0931: 0x0930, // ऱ
  0x0934: 0x0933, // ऴ
};

const VOWEL_FOLD: Record<number, number> = {
  0x0940: 0x093f, // ी → ि
  0x0942: 0x0941, // ू → ु
  0x0908: 0x0907, // ई → इ
  0x090a: 0x0909, // ऊ → उ
  0x0901: ANUSVARA, // chandrabindu → anusvara
  0x0945: 0x0947, // ॅ → े
  0x0949: 0x094b, // ॉ → ो
  0x090d: 0x090f, // ऍ → ए
  0x0911: 0x0913, // ऑ → ओ
  0x0960: 0x090b, // ॠ → ऋ
  0x0944: 0x0943, // ॄ → ृ
};

// Dropped entirely from keys.
const DROP = new Set<number>([NUKTA, 0x0903 /* visarga */, 0x093d /* avagraha */, 0x200c, 0x200d, 0x200b, 0x2060, 0xfeff, 0x00ad, 0x034f]);

// Nasal consonants that fold to anusvara when followed by virama + consonant.
const NASALS = new Set<number>([0x0919, 0x091e, 0x0923, 0x0928, 0x092e]);

export function isDevanagari(cp: number): boolean {
  return cp >= 0x0900 && cp <= 0x097f;
}

export function isDevanagariConsonant(cp: number): boolean {
  return (cp >= 0x0915 && cp <= 0x0939) || (cp >= 0x0958 && cp <= 0x095f);
}

/**
 * Folded key of a Devanagari (or mixed) word. Non-Devanagari characters pass through
 * unchanged except the invisible ones in DROP. Linear in the input length.
 */
export function foldDevanagari(word: string): string {
  // First pass: drop invisibles, fold nukta letters and vowel variants.
  const cps: number[] = [];
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (DROP.has(c)) continue;
    c = NUKTA_BASE[c] ?? c;
    c = VOWEL_FOLD[c] ?? c;
    cps.push(c);
  }
  // Second pass: nasal + virama + consonant → anusvara + consonant; doubled anusvara collapses.
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (NASALS.has(c) && cps[i + 1] === VIRAMA && cps[i + 2] !== undefined && isDevanagariConsonant(cps[i + 2]) && i > 0) {
      if (out[out.length - 1] !== ANUSVARA) out.push(ANUSVARA);
      i++; // skip the virama
      continue;
    }
    if (c === ANUSVARA && out[out.length - 1] === ANUSVARA) continue;
    out.push(c);
  }
  let s = '';
  for (const c of out) s += String.fromCharCode(c);
  return s;
}
