import { davidson, hatecheck, kaggle, youtube } from '../eval/datasets';
import { loadHasoc2019, loadTrac1 } from '../eval/suites/indian-datasets';

// Benchmark corpora. The throughput corpus is real comments from the shared datasets (the same
// rows for every system); the adversarial corpus is built to hit worst cases of normalization
// and of every regular expression: long separator runs, 10,000-character comments, deep
// Unicode mixes, and many near-matches.

export function throughputCorpus(datasets: string, max = 12_000): string[] {
  const out: string[] = [];
  out.push(...kaggle(datasets, 'test_with_solutions.csv').map((r) => r.text));
  out.push(...youtube(datasets).map((r) => r.text));
  out.push(...hatecheck(datasets).map((r) => r.text));
  const dv = davidson(datasets);
  for (let i = 0; out.length < max && i < dv.length; i += 3) out.push(dv[i].text);
  return out.slice(0, max);
}

/**
 * Indian-language comments (Hindi in Devanagari and romanized Hindi / Hinglish): HASOC 2019 Hindi
 * test tweets and the TRAC-1 Hindi gold sets (Facebook and Twitter). Read for timing only.
 */
export function indianCorpus(datasets: string): string[] {
  const out: string[] = [];
  out.push(...loadHasoc2019('hi-test', datasets).map((r) => r.text));
  out.push(...loadTrac1('hi-fb-gold', datasets).map((r) => r.text));
  out.push(...loadTrac1('hi-tw-gold', datasets).map((r) => r.text));
  return out;
}

export function adversarialCorpus(): Array<{ name: string; text: string }> {
  const N = 10_000;
  const rep = (s: string, n = N): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  const zalgo = (s: string): string => [...s].map((c) => c + '\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308').join('');
  const cases: Array<{ name: string; text: string }> = [
    { name: 'spaces', text: rep(' ') },
    { name: 'dots', text: rep('.') },
    { name: 'dot-space', text: rep('. ') },
    { name: 'letter-dot', text: rep('a.') },
    { name: 'letter-space', text: rep('f ') },
    { name: 'split-fuck', text: rep('f u c k ') },
    { name: 'dash-run', text: 'f' + rep('-', N - 2) + 'k' },
    { name: 'star-run', text: rep('*') },
    { name: 'leet-run', text: rep('$h!7 @$$ ') },
    { name: 'mask-run', text: rep('f*ck ') },
    { name: 'repeat-letter', text: 'f' + rep('u', N - 3) + 'ck' },
    { name: 'one-word', text: rep('abcdefghij') },
    { name: 'digits', text: rep('1234567890') },
    { name: 'digit-groups', text: rep('98765 43210 ') },
    { name: 'digit-dots', text: rep('1.2.') },
    { name: 'zero-width', text: rep('f\u200bu\u200bc\u200bk\u200b ') },
    { name: 'zalgo', text: zalgo(rep('fuck you ', 1100)).slice(0, N) },
    { name: 'combining-only', text: rep('\u0301') },
    { name: 'cyrillic-mix', text: rep('fυсk уоu іdіоt ') },
    { name: 'fullwidth', text: rep('ｆｕｃｋ　ｙｏｕ　') },
    { name: 'math-bold', text: rep('𝐟𝐮𝐜𝐤 𝐲𝐨𝐮 ') },
    { name: 'emoji', text: rep('😀🔥💯 ') },
    { name: 'lone-surrogates', text: rep('\ud800a\udc00b') },
    { name: 'devanagari', text: rep('तुम बहुत बुरे हो ') },
    { name: 'mixed-scripts', text: rep('fuck तुम 你好 مرحبا שלום ') },
    { name: 'urls', text: rep('https://evil.ru/x?a=b ') },
    { name: 'www-run', text: rep('www.') },
    { name: 'domain-labels', text: rep('a.b.c.d.e.f.g.h.com ') },
    { name: 'spaced-domain', text: rep('site . com . ') },
    { name: 'dot-words', text: rep('example dot ') },
    { name: 'brackets', text: rep('[.](.){.}') },
    { name: 'at-run', text: rep('@') },
    { name: 'email-like', text: rep('a@b.') },
    { name: 'at-words', text: rep('john at ') },
    { name: 'anchors', text: rep('<a href="') },
    { name: 'html', text: rep('<a href="http://x.com">x</a>') },
    { name: 'you-run', text: rep('you ') },
    { name: 'you-are', text: rep('you are a ') },
    { name: 'i-will', text: rep('i will ') },
    { name: 'i-hope-you', text: rep('i hope you ') },
    { name: 'telegram', text: rep('telegram ') },
    { name: 'hindi-latin', text: rep('tu bahut bura hai yaar ') },
    { name: 'newlines', text: rep('\n') },
    { name: 'apostrophes', text: rep("'") },
    { name: 'random', text: randomText(N, 1) },
    { name: 'random-unicode', text: randomText(N, 2, true) },
  ];
  return cases;
}

function randomText(n: number, seed: number, unicode = false): string {
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  let s = '';
  const ascii = 'abcdefghijklmnopqrstuvwxyz .,!?*@$1234567890-_/:';
  while (s.length < n) s += unicode && next() % 3 === 0 ? String.fromCodePoint(0xa0 + (next() % 0x2f00)) : ascii[next() % ascii.length];
  return s.slice(0, n);
}
