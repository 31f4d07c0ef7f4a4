import * as fs from 'node:fs';
import * as path from 'node:path';
import { mulberry32 } from '@app/moderation/ml';

// Generated obfuscation suite: every strong/severe single-word term of the shipped dictionary,
// disguised eight ways and placed inside a neutral sentence. It measures the normalizer and the
// matcher (can a known word still be found once disguised?), not the dictionary's coverage,
// which is measured on data the dictionary was not built from (rustrict test_positive, HateCheck).

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7', l: '1', g: '9', b: '8' };
const LOOK: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', k: 'κ', u: 'υ', t: 'т', h: 'һ', n: 'ո' };
const SENTENCES = [
  'I read the whole article and {} is all I can say',
  'honestly {} to the people who wrote this',
  'what a {} this turned out to be',
  'the minister said it again, {} indeed',
  '{} that was not what I expected from the council',
];

export type Transform = 'leet' | 'mask' | 'spacing' | 'dots' | 'repeat' | 'lookalike' | 'zero-width' | 'fullwidth';

export const TRANSFORMS: Record<Transform, (w: string, r: () => number) => string> = {
  leet: (w) => {
    // Replace every leetable letter after the first (the way people write "sh1t", "a$$h0le").
    let done = 0;
    return [...w].map((c, i) => (i > 0 && LEET[c] && done++ < 2 ? LEET[c] : c)).join('');
  },
  mask: (w) => (w.length <= 3 ? w[0] + '*' + w.slice(2) : w[0] + '*'.repeat(Math.min(2, w.length - 2)) + w.slice(1 + Math.min(2, w.length - 2))),
  spacing: (w) => [...w].join(' '),
  dots: (w) => [...w].join('.').toUpperCase(),
  repeat: (w) => {
    const i = [...w].findIndex((c, k) => k > 0 && 'aeiouy'.includes(c));
    const k = i > 0 ? i : w.length - 1;
    return w.slice(0, k) + w[k].repeat(4) + w.slice(k + 1);
  },
  lookalike: (w) => [...w].map((c, i) => (i % 2 === 1 && LOOK[c] ? LOOK[c] : c)).join(''),
  'zero-width': (w) => [...w].join('\u200b'),
  fullwidth: (w) => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
};

export interface ObfuscationCase {
  term: string;
  transform: Transform;
  text: string;
}

export function obfuscationSuite(dataDir: string, seed = 7): ObfuscationCase[] {
  const dict = JSON.parse(fs.readFileSync(path.join(dataDir, 'obscenity.json'), 'utf8')) as { terms: Record<string, [number, string]> };
  const rand = mulberry32(seed);
  const out: ObfuscationCase[] = [];
  for (const [term, [sev]] of Object.entries(dict.terms)) {
    if (sev < 2 || term.includes(' ') || term.length < 3 || !/^[a-z]+$/.test(term)) continue;
    for (const t of Object.keys(TRANSFORMS) as Transform[]) {
      const disguised = TRANSFORMS[t](term, rand);
      const s = SENTENCES[Math.floor(rand() * SENTENCES.length)];
      out.push({ term, transform: t, text: s.replace('{}', disguised) });
    }
  }
  return out;
}
