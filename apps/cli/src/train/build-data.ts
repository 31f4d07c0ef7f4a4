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

// ---------------------------------------------------------------------------------------------
// Obscenity dictionary: libs/moderation/data/obscenity.json
//
// Sources (all MIT): dsojevic/profanity-list (severity 1-4, exceptions), surge-ai profanity
// (Mild/Strong/Severe), rustrict profanity.csv ("profane" and "sexual" columns), bad-words' list
// (no severity: kept only where another list rates it, or where it spells a strong root).
// Terms are stored folded (lower-case a-z, single spaces between words).

type Sev = 1 | 2 | 3; // mild, strong, severe

/**
 * Words that the lists carry but a newsroom must not flag as obscene: identity terms (the hate
 * check judges how they are used), religious names, ordinary words. Deliberately explicit.
 */
const NOT_OBSCENE = new Set(
  (
    'gay gays lesbian lesbians homosexual homosexuals queer queers bisexual trans transgender transsexual jew jews jewish muslim muslims islam ' +
    'arab arabs black blacks white whites negro negroes asian asians mexican mexicans chinese indian indians african nazi nazis neonazi genocide holocaust ' +
    'god gods jesus christ lord hell damn crap bloody sex sexy sexual kill die hate drug drugs condom breast breasts nipple nipples ' +
    'pee poop fart butt butts period vagina penis anus rectum semen sperm genitals testicle testicles ovary uterus pubic erotic nude naked ' +
    'kiss kissing hug hump lust drunk stoned weed pot crack beaver cherry balls ball nuts nut screw screwed suck sucks sucked sucking blow ' +
    'hooker hookers pimp virgin strip stripper whip spank rape raped rapes raping rapist rapists murder terrorist slave slaves ' +
    'dummy stupid idiot moron dumb loser jerk fool clown liar pig pigs rat dog dogs cow snake ' +
    'ho tit tits twink shag shagging bugger sod bum bums willy johnson dick dicks cock cocks ' +
    'knob knobs prick pricks bone boner boned boning hard horny wank ' + // handled below with context-free severity
    'coolie coolies' // railway porters in India (and two films)
  ).split(' '),
);

/** Terms that are obscene but ambiguous in news prose: kept, demoted to mild (flag only if the site asks). */
const AMBIGUOUS_MILD = new Set(
  ('prostitut prostitute prostitutes prostitution slit spook spooks tramp pansy sissy grope coot nip jap haji hajji hadji klan kkk mong domme bdsm tgirl enby homo homos lesbo cholo gyp bicon coon coons cum anal labia porn spunk xxx ' +
    'collared collaring fingered fingering dominatrix domination mongrel flamer flamers flange bender knickers topless playboy nudity nudes intercourse incest molester pubescent prepubescent ' +
    'viagra cialis lovemaking threesome foursome inseminate inseminater inseminating inseminator penile scrotum testical clitoris orgasm orgasms orgasmic erotica effing bareback dicker nicker jigger ligger ' +
    'bastinado hippophile hippophilia claustrophile claustrophilia dendrophile dendrophilia panties ejaculate ejaculated ejaculating ejaculation santorum shylock sodomy pornography pornographic ' +
    'g spot jesus christ neo nazi cotton picker switch hitter missionary position strap on edge play impact play wax play date rape barely legal jail bait jailbait wet dream hot carl boston george ' +
    'harry palms crafty butcher window licker pancake face jelly donut pleasure chest leather restraint rice queen potato queen gray queen grey queen brownie king brownie queen tea bagging tea bagged ' +
    'wrapping men violet wand hickory switch muscle mary gym bunny pony boy pony girl ring raider dp action electro play bullet vibe bullet vibrator girl on top group sex menage a trois menages a trois ' +
    'leather straight jacket nipple clamp nipple clamps chicken queen bean queen dirty pillows baby juice humping bootycall booty call circle jerk circlejerk sissy mikehawk fisted dominatrics ' +
    'xnxx xvideos xhamster pornhub prnhub pronhub xtube redtube youporn brazzers poof poon poons pegging nymphomania nymphomaniac nympho paedophilia pedophilia paedophile paedophiles pedophile pedophiles swastika swastikas ' +
    'shemale shemales vibrator vibrater retard retarded spastic tosser twink knockers playboy onlyfans only fans transvestite trannie tranny'
  ).split(/ (?=[a-z])/).flatMap((w) => [w]),
);
const AMBIGUOUS_MILD_WORDS = new Set('damn hell crap bloody tit tits dick dicks cock cocks prick pricks knob knobs bone boner ho bugger sod bum bums willy johnson shag shagging twink horny wank'.split(' '));
for (const w of AMBIGUOUS_MILD_WORDS) AMBIGUOUS_MILD.add(w);
for (const phrase of ['china man', 'china men', 'cream pie', 'golden shower', 'golden showers', 'honkey tonk', 'honky tonk', 'g spot', 'jesus christ', 'neo nazi', 'cotton picker', 'switch hitter', 'missionary position', 'strap on', 'edge play', 'impact play', 'wax play', 'date rape', 'barely legal', 'jail bait', 'wet dream', 'hot carl', 'boston george', 'harry palms', 'crafty butcher', 'window licker', 'pancake face', 'jelly donut', 'pleasure chest', 'leather restraint', 'rice queen', 'potato queen', 'gray queen', 'grey queen', 'brownie king', 'brownie queen', 'tea bagging', 'tea bagged', 'wrapping men', 'violet wand', 'hickory switch', 'muscle mary', 'gym bunny', 'pony boy', 'pony girl', 'ring raider', 'dp action', 'electro play', 'bullet vibe', 'bullet vibrator', 'girl on top', 'group sex', 'menage a trois', 'menages a trois', 'leather straight jacket', 'nipple clamp', 'nipple clamps', 'chicken queen', 'bean queen', 'dirty pillows', 'baby juice', 'booty call', 'circle jerk', 'only fans']) AMBIGUOUS_MILD.add(phrase);

/** Roots that never occur inside innocent English words (beyond the exception list below). */
export const PARTIAL_ROOTS = ['fuck', 'fuk', 'fck', 'phuck', 'shit', 'cunt', 'bitch', 'nigger', 'nigga', 'faggot', 'whore', 'motherf', 'dickhead', 'asshole', 'jizz', 'wank', 'slut', 'pussy', 'bastard', 'douche', 'cocksuck', 'dipshit', 'mthrf'];
/** Roots allowed anywhere inside a token; the other partial roots only at its start or end. */
// "mthrf": "motherf" with its vowels left out ("mthrfckr", "mthrfkr").
export const ANYWHERE_ROOTS = ['fuck', 'motherf', 'cunt', 'nigger', 'faggot', 'cocksuck', 'mthrf'];

/** Hand-set severities where the lists disagree with newsroom usage (documented choices). */
const SEVERITY_OVERRIDES: Record<string, Sev> = {
  dumbass: 2, jackass: 2, smartass: 2, scumbag: 2, scumbags: 2, douche: 2, douchebag: 2, bollocks: 2, tosser: 2, wanker: 2, dickhead: 2, arsehole: 2,
  damn: 1, hell: 1, crap: 1, bloody: 1, piss: 1, pissed: 1, retard: 1, badass: 1,
  // Abbreviations of "fucking" readers type, absent from the lists ("fkn idiots").
  fkn: 2, fckn: 2, fkin: 2, fckin: 2,
  // "What the fuck" abbreviated, as "stfu" is in the lists.
  wtf: 2,
  // "For fuck's sake" and "get the fuck out" abbreviated, as "stfu" and "wtf" are.
  ffs: 2, gtfo: 2,
  // No innocent English sense ("wanker" is strong already); Wankhede, Wankel, Wankaner and "swank" are exceptions.
  wank: 2,
  // "asshat" is as strong as "jackass"; "phuc" is a Vietnamese name (Nguyen Xuan Phuc, Kim Phuc): mild, strong
  // only as a verb or in an insult (obscenity.check.ts).
  asshat: 2, phuc: 1,
  assclown: 2, assclowns: 2, 'ass clown': 2, 'ass clowns': 2,
  // Spellings of "bitch", "fuck" and "shit" readers type, weaker in the lists than the word they spell.
  // "douchebag" shortened ("what a d-bag", "dbags"): no innocent sense.
  dbag: 2, dbags: 2,
  biatch: 2, biotch: 2, beyotch: 2, beeotch: 2, phock: 2, sheit: 2, wanka: 2, wankas: 2,
  // Deliberate misspellings of "bastard", "bitch", "wanker", "pussy" and "bollocks", rated mild by the lists but
  // with no innocent sense ("bastids ruled this state"): as strong as the word they spell (not "basterd": the film
  // "Inglourious Basterds").
  bassturd: 2, bastid: 2, basturd: 2, beyoch: 2, biotchez: 2, bitchez: 2, trashbitchez: 2, trashbtch: 2,
  trasherbitch: 2, trasherbitchs: 2, wnker: 2, puzzy: 2, puzzies: 2, puussy: 2, bollox: 2, shiat: 2,
  // "son of a bitch" is as strong as "bitch" (the lists rate it mild); "wtaf" is "wtf" with "actual".
  'son of a bitch': 2, sonofabitch: 2, 'sons of bitches': 2, sonsofbitches: 2, wtaf: 2,
  // Insults written as one word, rated mild by the lists while their words are strong ("dipshit mayor",
  // "pieceofshit", "sonofbitches"): no innocent sense (obf10).
  dipshit: 2, dipshits: 2, pieceofshit: 2, sonofbitches: 2, twathead: 2,
};
/** Mild inflections of a strong word that stay mild (see buildDictionary). */
const KEEP_MILD_INFLECTIONS = new Set('pubes fagots pussies'.split(' '));
/** Verb forms lifted with their word: "wank" has no innocent sense ("bitching", "complaining", stays mild). */
const LIFT_VERB_FORMS = new Set('wanked wanking shited'.split(' '));
/** Real English (or German, or place-name) words some lists carry as slang: never obscene here. */
// niger: the country and the river (the slur is spelt with two g's; a dropped letter is not decoded).
const DROP_TERMS = new Set('hoar hoary nutten fuch coom coomer bangbus mutth niger'.split(' '));

/** Innocent words containing a partial root or a listed term (Scunthorpe safety). */
const HAND_EXCEPTIONS = (
  'scunthorpe shiitake shitake matsushita hitchcock scuttle slutsk therapist therapists bastardise bastardize bastardisation retardant retardants retardation fuksas ' +
  'twatt cockermouth penistone essex sussex middlesex wessex dickens dickensian dickinson cocktail cocktails assassin assassins assassinate assassination ' +
  'pussycat pussycats ' +
  // A plant (pepperweed), spelt like a profane head and an insult tail ("dickweed").
  'cockweed cockweeds ' +
  // Hinglish: `pakki` / `pakka` / `pakke` (sure, confirmed), `chuta` (was left behind).
  'pakki pakka pakke pakkee chuta ' +
  // Hindi words in `-kshit` (romanized), common in Indian news comments: "surakshit" (safe),
  // "shikshit" (educated), "aarakshit" (reserved), the surname Dikshit (Sheila Dikshit).
  'dikshit dixit surakshit asurakshit sanrakshit samrakshit rakshit arakshit aarakshit anarakshit shikshit ashikshit prashikshit aprashikshit ' +
  'lakshit apekshit upekshit nirikshit parikshit pariksit kshit ' +
  // Indian first names ending in "-shit" (Harshit Rana, Nishit Desai, Ashit Desai, Akshit, Darshit, Rishit).
  'ashit ' +
  // The dog breed as it is often misspelt.
  'shitzu shitzus'
).split(' ');

/** Innocent word families: any token starting with one of these is never matched by a root. */
const EXCEPTION_PREFIXES = ['placunt', 'shitepoke', 'honkytonk', 'honkeytonk', 'niggard', 'scunthorp', 'shiit', 'shitak', 'shittim', 'wankel', 'cockburn', 'hitchcock', 'dickens', 'dickins', 'penistone', 'matsushit',
  // Indian names and places: Shital, the goddess Shitala (Shitalpur, Shitalkuchi), Shitanshu, the surname Shitole.
  'shital', 'shitansh', 'shitol',
  // Places and names: Phuket (Thailand), Fukuoka, Fukushima, Fukui, Fukuyama (Japan; Francis Fukuyama), the
  // Wankhede stadium (Mumbai) and the surname.
  'phuket', 'fukuoka', 'fukushima', 'fukui', 'fukuyama', 'wankhede',
  // Indian first names ending in "-shit" (Harshit, Harshith; Nishit; Akshit; Darshit; Rishit; Sparshit).
  'harshit', 'nishit', 'akshit', 'darshit', 'rishit', 'sparshit',
  // Fukuda (Yasuo Fukuda, Japanese PM), Fukuzawa, Fukunaga; the film "Fukrey"; Wankaner (Gujarat); the idiom
  // "pussyfooting"; "snigger" (to laugh); BitChute (a video site, named in news about extremism).
  'fukuda', 'fukuzawa', 'fukunaga', 'fukrey', 'wankaner', 'pussyfoot', 'snigger', 'bitchute',
  // Kshitij misspelt without its k.
  'shitij'];

export interface CompiledDictionary {
  anywhereRoots: string[];
  exceptionPrefixes: string[];
  exceptionPhrases: string[];
  /** term -> [severity 1..3, canonical form] */
  terms: Record<string, [Sev, string]>;
  partialRoots: string[];
  exceptions: string[];
  sources: string[];
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildDictionary(datasets: string, badWordsList: string[]): CompiledDictionary {
  const curated = new Map<string, { sev: Sev; canon: string }>();
  const add = (raw: string, sev: Sev, canon: string, map = curated): void => {
    const t = fold(raw);
    if (!/^[a-z0-9@$!* ]+$/.test(t) || t.length < 2) return;
    const prev = map.get(t);
    if (!prev || prev.sev < sev) map.set(t, { sev, canon: fold(canon) || t });
  };
  // dsojevic
  const ds = JSON.parse(fs.readFileSync(path.join(datasets, 'dsojevic-profanity-list', 'en.json'), 'utf8')) as Array<{
    id: string;
    match: string;
    severity: number;
    exceptions?: string[];
  }>;
  const exceptions = new Set<string>(HAND_EXCEPTIONS);
  for (const e of ds) {
    const sev: Sev = e.severity <= 1 ? 1 : e.severity >= 4 ? 3 : 2;
    for (const m of e.match.split('|')) add(m.replace(/\*/g, ''), sev, e.id.replace(/-/g, ' '));
    for (const x of e.exceptions ?? []) {
      for (const m of e.match.split('|')) if (!m.includes(' ')) exceptions.add(fold(x.replace('*', m.replace(/\*/g, ''))));
    }
  }
  // surge
  const surge = parseCsv(fs.readFileSync(path.join(datasets, 'surge-ai-profanity', 'profanity_en.csv'), 'utf8')).slice(1);
  for (const r of surge) {
    const sev: Sev = r[8] === 'Severe' ? 3 : r[8] === 'Strong' ? 2 : 1;
    add(r[0], sev, r[1] || r[0]);
  }
  // rustrict: profane / sexual columns only (mean and offensive are attacks and hate, judged elsewhere)
  const rust = new Map<string, { sev: Sev; canon: string }>();
  for (const r of parseCsv(fs.readFileSync(path.join(datasets, 'rustrict', 'profanity.csv'), 'utf8')).slice(1)) {
    const profane = Number(r[1]);
    const sexual = Number(r[3]);
    const w = fold(r[0]);
    if (!/^[a-z]{4,}$/.test(w)) continue;
    if (profane >= 2 || sexual >= 3) add(w, profane >= 3 || sexual >= 3 ? 3 : 2, w, rust);
    else if (profane === 1) add(w, 1, w, rust);
  }
  for (const [k, v] of rust) if (!curated.has(k)) curated.set(k, v);
  // bad-words: only what a strong root vouches for, else mild
  for (const w of badWordsList) {
    const t = fold(w);
    if (curated.has(t)) continue;
    const strong = PARTIAL_ROOTS.some((r) => t.replace(/[^a-z]/g, '').includes(r));
    add(t, strong ? 2 : 1, t);
  }
  const terms: Record<string, [Sev, string]> = {};
  for (const [t, v] of [...curated.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (/[0-9@$!*]/.test(t)) continue; // leet spellings are decoded by the matcher, not listed
    if ((NOT_OBSCENE.has(t) && !AMBIGUOUS_MILD.has(t)) || DROP_TERMS.has(t)) continue;
    const sev: Sev = SEVERITY_OVERRIDES[t] ?? (AMBIGUOUS_MILD.has(t) ? 1 : v.sev);
    terms[t] = [sev, v.canon];
  }
  for (const [t, sev] of Object.entries(SEVERITY_OVERRIDES)) terms[t] ??= [sev, t];
  // The lists rate some plurals and inflections of a strong word as mild ("wankers", "shits", "skanks",
  // "jackasses" mild while "wanker", "shit", "skank", "jackass" are strong): a plural is as strong as its
  // word. Phrases ("jack offs") and ambiguous plurals keep their own rating ("pubes"; "fagots", bundles of sticks; "pussies", cats).
  for (const [t, v] of Object.entries(terms)) {
    if (v[0] !== 1 || KEEP_MILD_INFLECTIONS.has(t) || t.includes(' ')) continue;
    for (const suffix of ['s', 'es', 'ers', 'ed', 'ing']) {
      const base = t.endsWith(suffix) ? terms[t.slice(0, -suffix.length)] : undefined;
      if (base && base[0] >= 2 && (suffix !== 'ed' && suffix !== 'ing' ? true : LIFT_VERB_FORMS.has(t))) {
        terms[t] = [2, v[1]];
        break;
      }
    }
  }
  for (const e of [...exceptions]) if (terms[e]) exceptions.delete(e);
  return {
    terms,
    partialRoots: PARTIAL_ROOTS,
    anywhereRoots: ANYWHERE_ROOTS,
    exceptionPrefixes: EXCEPTION_PREFIXES,
    exceptionPhrases: ['pussy cat', 'pussy willow', 'pussy riot', 'garden hoe', 'hoe the', 'hoe your', 'hoe and', 'hoes and', 'and hoes', 'with a hoe', 'with hoes', 'honkey tonk', 'honky tonk', 'spick and span', 'spic and span', 'dick van dyke', 'moby dick', 'cock and bull', 'cock a doodle doo',
      // "a cock-up" (a blunder, British), "a coin tosser".
      'cock up', 'cock ups', 'coin tosser'],
    exceptions: [...exceptions].sort(),
    sources: ['dsojevic/profanity-list@c2792431 (MIT)', 'surge-ai/profanity@db99278f (MIT)', 'finnbear/rustrict profanity.csv@c98b60e8 (MIT)', 'bad-words 4.1.5 list (MIT)'],
  };
}
