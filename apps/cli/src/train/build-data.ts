import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCsv } from '../eval/datasets';

// Compiles the look-alike table libs/moderation/data/confusables.json from rustrict's
// replacement tables (MIT) plus a hand-written Cyrillic/Greek table.

const HAND: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ь: 'b', ц: 'u', п: 'n', и: 'u', г: 'r', д: 'd', л: 'n', я: 'r', ш: 'w', щ: 'w', ч: 'y', з: 'e', э: 'e',
  // Greek
  α: 'a', β: 'b', γ: 'y', δ: 'd', ε: 'e', ζ: 'z', η: 'n', θ: 'o', ι: 'i', κ: 'k', λ: 'l', μ: 'u', ν: 'v', ξ: 'e', ο: 'o', π: 'n', ρ: 'p', σ: 'o', ς: 's', τ: 't', υ: 'u', φ: 'o', χ: 'x', ψ: 'w', ω: 'w',
  // Latin extras NFKD does not fold
  ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ł: 'l', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'p', ð: 'd', ƒ: 'f', ɑ: 'a', ɢ: 'g', ʜ: 'h', ɪ: 'i', ʟ: 'l', ɴ: 'n', ʀ: 'r', ʏ: 'y', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ᴊ: 'j', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o', ᴘ: 'p', ǫ: 'q', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
};

export function buildConfusables(datasets: string): Record<string, string> {
  const opts = new Map<string, string>();
  for (const f of ['replacements.csv', 'replacements_extra.csv']) {
    for (const r of parseCsv(fs.readFileSync(path.join(datasets, 'rustrict', f), 'utf8'))) {
      if (r.length >= 2 && r[0] && !opts.has(r[0])) opts.set(r[0], r[1]);
    }
  }
  const resolve = (ch: string, depth = 0): string | undefined => {
    if (/^[a-z]$/.test(ch)) return ch;
    if (/^[A-Z]$/.test(ch)) return ch.toLowerCase();
    if (depth > 3) return undefined;
    const o = opts.get(ch);
    if (!o) return undefined;
    for (const c of o) {
      if (c === ch) continue;
      const r = resolve(c, depth + 1);
      if (r) return r;
    }
    return undefined;
  };
  const letters: Record<string, string> = {};
  for (const ch of opts.keys()) {
    if (ch.codePointAt(0)! < 0x80 || [...ch].length !== 1) continue;
    if (!/^\p{L}$/u.test(ch)) continue; // symbols are leet, decoded by the obscenity matcher only
    if (/[\u0900-\u097f]/.test(ch)) continue; // Devanagari is a language, not a look-alike
    const nf = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (/^[a-z]+$/.test(nf)) continue; // NFKD already folds it
    const r = resolve(ch);
    if (r) letters[ch] = r;
  }
  for (const r of parseCsv(fs.readFileSync(path.join(datasets, 'rustrict', 'unicode_fonts.csv'), 'utf8'))) {
    const alpha = [...(r[1] ?? '')];
    if (alpha.length !== 26) continue;
    alpha.forEach((c, i) => {
      const nf = c.normalize('NFKD').toLowerCase();
      if (!/^[a-z]$/.test(nf)) letters[c] = String.fromCharCode(97 + i);
    });
  }
  for (const [k, v] of Object.entries(HAND)) {
    letters[k] = v;
    letters[k.toUpperCase()] ??= v;
  }
  return letters;
}
