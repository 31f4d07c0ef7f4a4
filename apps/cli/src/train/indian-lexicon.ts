import * as fs from 'node:fs';
import * as path from 'node:path';
import { romanKey } from '@app/moderation/lang/roman';

// Compiles libs/moderation/data/hi/obscenity.json, the Hindi / Hinglish obscenity entries,
// from the three SHIPPABLE word lists only:
//   - ldnoobw-hindi/hi                                (CC BY 4.0, attribution in the data file)
//   - contentshield-hindi-profanity/profanity.json    (MIT)
//   - kumar2018-aggression-corpus/swear.txt, lines 953+ (romanized Hindi part; Apache-2.0)
// The Mathur list, Bohra and TRAC are evaluation-only and are never read here.
//
// Severities: ContentShield's 1–4 where it has one (1 = everyday word, dropped), otherwise from
// the strongest root the term contains (ROOTS below, hand-assigned). Terms that are also common
// English words or everyday Hindi words are dropped or restricted to Hinglish comments (AMBIGUOUS).

type Sev = 'mild' | 'strong' | 'severe';
interface OutEntry {
  term: string;
  severity: Sev;
  /** Only counts in comments tagged hi / hi-Latn (the romanized form is also an English word). */
  hinglishOnly?: true;
  sources: string[];
}

// Romanized roots → severity. Checked as substrings of the lower-cased term without spaces.
const ROOTS: Array<[string, Sev]> = [
  ['chod', 'severe'], ['chud', 'severe'], ['chut', 'severe'], ['choot', 'severe'], ['bhosd', 'severe'], ['bhosad', 'severe'],
  ['bhosr', 'severe'], ['lund', 'severe'], ['lauda', 'severe'], ['laude', 'severe'], ['lavda', 'severe'], ['lavde', 'severe'],
  ['lawda', 'severe'], ['lawde', 'severe'], ['loda', 'severe'], ['lode', 'severe'], ['lodu', 'severe'], ['randi', 'severe'],
  ['rundi', 'severe'], ['raand', 'severe'], ['gaand', 'severe'], ['gand', 'severe'], ['phuddi', 'severe'], ['fuddi', 'severe'],
  ['jhaant', 'strong'], ['jhant', 'strong'], ['jhaat', 'strong'], ['muth', 'strong'], ['harami', 'strong'], ['haraam', 'strong'],
  ['haram', 'strong'], ['kamina', 'strong'], ['kamine', 'strong'], ['kutiya', 'strong'], ['kuttiya', 'strong'], ['kutti', 'strong'],
  ['bhadv', 'strong'], ['bhadw', 'strong'], ['chinal', 'strong'], ['chinaal', 'strong'], ['dalli', 'strong'], ['rakhail', 'strong'],
  ['chooche', 'strong'], ['choochi', 'strong'], ['tatte', 'strong'], ['kutte', 'mild'], ['kutta', 'mild'], ['suar', 'mild'],
  ['suvar', 'mild'], ['suwar', 'mild'], ['sooar', 'mild'], ['ullu', 'mild'], ['saala', 'mild'], ['saale', 'mild'], ['sala', 'mild'],
  ['tatti', 'mild'], ['gadha', 'mild'], ['tharki', 'mild'], ['moot', 'mild'], ['hugna', 'mild'],
];

// Latin-script terms never used on their own: English words, everyday Hindi words, or words whose
// romanization collides with "leave" (chhod), "bangle" (chudi), "quickly" (jhat se) and so on.
const DROP_LATIN = new Set(
  (
    'chod chhod chodd chodh chhodna chodna chudna chudi chude chudna hat hatt hut pad paad gu goo guu bhag bhaag bhagg bhak ' +
    'chi chee chhi chhee dhaka dhakka dhakke rani chal bhag chalbhag marna mar ja maar dala marr jaa pagal paagal p@gal ' +
    'murkh moorakh faltu faaltu phaltu bakwas bakwaas joota juta chappal hag hugg hagna hagana jhat jhaat jh@@t janwar ' +
    'januwar andh katla jhund maal havas hawas najayaz pille kooda kuda koora gandi gandee gandia gandagi gandgi ganwar ' +
    'ganwaar jahil jaahil jangli janglee dehati dehaati ghatiya ghattiya neech nich neecha gustakh gustaakh charas charsi ' +
    'peshab peshaab bhonda badmash nalayak naalayak nalayaki nashedi bewda bevda bewakoof bevakoof bewkoof bevkoof bevkuf ' +
    'bewkuf badtameez badtamiz mc bc pataka patakha hijra hijda hijada hijade hijdaa hijde chakka chhakka chakke paki chinki ' +
    'bhangi kanjar kanjra kamjat kamjaat mutar mootna mutna moot muut mootna bund burr bur khota dogla phuhar foohar dafli daffli dalli aand aaand buur booblay soor'
  ).split(/\s+/),
);
const DROP_LATIN_KEYS = new Set([...DROP_LATIN].map(romanKey));
const DROP_LATIN_PHRASES = new Set(['mar ja', 'maar dala', 'marr jaa', 'chal bhag', 'chal bhaag', 'teri maa ka']);
// Kept, but only in comments tagged Hinglish / Hindi: these spellings are also English words or names.
const HINGLISH_ONLY = new Set('boor land lund rand raand sale sala sali gote gotey mamme kutha chute chutan tatte tharki bkl mkc bkc'.split(' '));
// Abbreviations readers type for the strongest abuse (none in the shared lists), written by hand:
// `bsdk` / `bhosdk` / `bhsdk` (bhosdike), `bkl` (bhen ke lode), `mkc` / `bkc` (maa / bhen ki chut).
// `bkl`, `mkc`, `bkc` only in Hinglish comments; the `bsdk` family is no English word
// (`b.s.d.k. anchor` is tagged English).
// (hinglish11: `tmkc`, teri maa ki chut, no English word either.)
const HAND_ABBREVIATIONS: Array<[string, Sev]> = [['bsdk', 'severe'], ['bhosdk', 'severe'], ['bhsdk', 'severe'], ['bkl', 'severe'], ['mkc', 'severe'], ['bkc', 'severe'], ['tmkc', 'severe']];
// Derived forms the lists lack, written by hand: `chutiyapa` / `chutiyapanti` / `chutiyagiri` (foolery,
// from chutiya), the plural `chutiyon`, in Latin and Devanagari; their severity comes from the roots.
const HAND_FORMS = ['chutiyapa', 'chutiyapanti', 'chutiyagiri', 'chutiyon', 'chutiyo', 'चुतियापा', 'चूतियापा', 'चुतियों', 'चूतियों'];
// Devanagari forms dropped: everyday words listed as variants (रानी is "queen").
const DROP_DEVA = new Set(['रानी', 'हट', 'जूता', 'चप्पल', 'पागल', 'मूर्ख', 'बकवास', 'गंदगी', 'नीच', 'घटिया', 'मरना', 'देहाती', 'फालतू', 'धक्का', 'भक', 'छी', 'चल भाग', 'हिजड़ा', 'छक्का', 'छक्के', 'कंजर', 'कमजात', 'जाहिल', 'जंगली', 'गंवार', 'गू', 'पाद', 'पेशाब', 'मूत', 'मूतना', 'हग', 'हगना', 'कूड़ा', 'गंदी', 'गुस्ताख', 'भोंडा', 'चरसी']);

const SEV_RANK: Record<Sev, number> = { mild: 1, strong: 2, severe: 3 };

function rootSeverity(term: string): Sev | undefined {
  const t = romanKey(term.replace(/\s+/g, ''));
  let best: Sev | undefined;
  for (const [root, sev] of ROOTS) if (t.includes(romanKey(root)) && (!best || SEV_RANK[sev] > SEV_RANK[best])) best = sev;
  return best;
}

const DEVA = /[\u0900-\u097f]/;

export function compileHindiLexicon(datasets: string): { entries: OutEntry[]; counts: Record<string, number> } {
  const out = new Map<string, OutEntry>();
  const counts: Record<string, number> = {};
  const add = (term: string, severity: Sev | undefined, source: string) => {
    term = term.trim().replace(/\s+/g, ' ');
    if (!term || !severity) return;
    const lower = term.toLowerCase();
    const isDeva = DEVA.test(term);
    if (isDeva ? DROP_DEVA.has(term) : DROP_LATIN.has(lower) || DROP_LATIN_PHRASES.has(lower)) return;
    // Every spelling of a dropped word goes too (`ch@kka`, `chhakka` fold to the key of `chakka`).
    if (!isDeva && !lower.includes(' ') && DROP_LATIN_KEYS.has(romanKey(lower))) return;
    if (!isDeva && /[^a-z0-9@$* '!-]/.test(lower)) return; // stray punctuation / other scripts
    if (!isDeva && lower.replace(/[^a-z]/g, '').length < 3) return; // `bc`, `mc`: acronyms collide with English
    const key = isDeva ? term : lower;
    const prev = out.get(key);
    if (prev) {
      if (SEV_RANK[severity] > SEV_RANK[prev.severity]) prev.severity = severity;
      if (!prev.sources.includes(source)) prev.sources.push(source);
      return;
    }
    const e: OutEntry = { term: key, severity, sources: [source] };
    if (!isDeva && HINGLISH_ONLY.has(lower)) e.hinglishOnly = true;
    out.set(key, e);
    counts[source] = (counts[source] ?? 0) + 1;
  };

  // ContentShield (MIT): Devanagari word + variants (both scripts), severity 1–4.
  const cs = JSON.parse(fs.readFileSync(path.join(datasets, 'contentshield-hindi-profanity/profanity.json'), 'utf8')) as {
    words: Array<{ word: string; romanized: string; severity: number; variations: string[] }>;
  };
  for (const w of cs.words) {
    if (w.severity <= 1) continue;
    const base: Sev = w.severity >= 4 ? 'severe' : w.severity === 3 ? 'strong' : 'mild';
    for (const t of [w.word, w.romanized, ...w.variations]) {
      if (!t || t.includes('*')) continue; // `म***ड`: masked examples, not words
      const isDeva = DEVA.test(t);
      // A romanized variant takes the stronger of the entry's severity and its own root.
      const r = isDeva ? undefined : rootSeverity(t);
      add(t, r && SEV_RANK[r] > SEV_RANK[base] ? r : base, 'contentshield-hindi-profanity');
    }
  }

  // LDNOOBW Hindi (CC BY 4.0): romanized; severity from roots, otherwise strong.
  for (const line of fs.readFileSync(path.join(datasets, 'ldnoobw-hindi/hi'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t) add(t, rootSeverity(t) ?? 'strong', 'ldnoobw-hindi');
  }

  // kumar2018 swear.txt (Apache-2.0): the romanized Hindi part starts at line 953.
  const swear = fs.readFileSync(path.join(datasets, 'kumar2018-aggression-corpus/swear.txt'), 'utf8').split(/\r?\n/);
  for (const line of swear.slice(952)) {
    const t = line.trim();
    // Long sentences add nothing the roots inside them do not already catch.
    if (!t || t.split(/\s+/).length > 4) continue;
    add(t, rootSeverity(t) ?? 'mild', 'kumar2018-swear');
  }

  for (const [t, sev] of HAND_ABBREVIATIONS) add(t, sev, 'hand-written');
  for (const t of HAND_FORMS) add(t, rootSeverity(t) ?? 'severe', 'hand-written');

  const entries = [...out.values()].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return { entries, counts };
}

/** Writes data/hi/obscenity.json. Called by `bin/moderate train` (and runnable alone). */
export function writeHindiLexicon(datasets: string, outDir: string): string {
  const { entries, counts } = compileHindiLexicon(datasets);
  const file = path.join(outDir, 'obscenity.json');
  fs.mkdirSync(outDir, { recursive: true });
  const doc = {
    description: 'Hindi (Devanagari) and romanized Hindi obscenity entries with severity. Generated by apps/cli/src/train/indian-lexicon.ts; do not edit by hand.',
    sources: [
      { name: 'ldnoobw-hindi', licence: 'CC BY 4.0', url: 'https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words', attribution: 'LDNOOBW contributors (originally Shutterstock)', entries: counts['ldnoobw-hindi'] ?? 0 },
      { name: 'contentshield-hindi-profanity', licence: 'MIT', url: 'https://github.com/ZachHandley/ContentShield', attribution: 'Copyright (c) 2025 ZachHandley', entries: counts['contentshield-hindi-profanity'] ?? 0 },
      { name: 'kumar2018-swear', licence: 'Apache-2.0', url: 'https://github.com/kmi-linguistics/text-aggression', attribution: 'Kumar et al., LREC 2018', entries: counts['kumar2018-swear'] ?? 0 },
    ],
    entries,
  };
  fs.writeFileSync(file, JSON.stringify(doc, null, 0).replace(/\},\{"term"/g, '},\n{"term"') + '\n');
  return file;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '../../../..');
  const datasets = process.argv[2] ?? path.resolve(root, '../shared/datasets');
  const f = writeHindiLexicon(datasets, path.join(root, 'libs/moderation/data/hi'));
  process.stderr.write(`wrote ${f}\n`);
}
