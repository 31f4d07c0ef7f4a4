import * as fs from 'node:fs';
import * as path from 'node:path';
import { Model, SerializedModel } from '../ml';
import { indicAbuseModel } from '../lang';
import { namesNoPerson } from './not-persons';
import { NormalizedText } from '../normalize';
import { Evidence } from '../types';
import { Check, CheckContext, evidence, result } from './check';
import { RuleHit, attackRules, hasInsultWord, hasStrongInsultWord, insultsAllNegated } from './attack-rules';
import { GramNeedles, gramNeedles, gramsOf, needlesOf } from './regex-needles';

// Personal attacks: a hashed logistic-regression model trained by `bin/moderate train`
// (Kaggle insults + OLID train) plus rules for threats, incitement to self-harm and insults
// without swear words. The model's threshold comes from cross-validation on training data and
// is stored in the model file (meta.threshold).

const MODEL_FILE = path.join(__dirname, '../../data/attack-model.json');
let sharedModel: Model | null | undefined;

export function loadAttackModel(): Model | null {
  if (sharedModel === undefined) {
    sharedModel = fs.existsSync(MODEL_FILE) ? Model.fromJSON(JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as SerializedModel) : null;
  }
  return sharedModel;
}

const LEET_IN_WORD: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

const isRunCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36; // a-z 0-9 @ $
const LEET_CHAR = /[0-9@$]/g;
const RUN_REST = /[a-z0-9@$]*/y;

/** Same-length text with leet undone inside words that also have letters ("m0r0n" -> "moron"). */
export function deleet(text: string): string {
  // The words are what /[a-z0-9@$]*[0-9@$][a-z0-9@$]*/g matches (the expression used until
  // 2026-11-28): exactly the maximal runs of [a-z0-9@$] with a digit, "@" or "$" in them. Each is
  // found from its first such character (the expression retried every start inside a long run of
  // letters: "x" x 5,000 before a digit took 75 ms). The pieces are joined once at the end: a string
  // built with += is a rope that every later reader of the text would first have to flatten.
  const re = LEET_CHAR;
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  const parts: string[] = [];
  let last = 0;
  do {
    const at = re.lastIndex - 1;
    let s = at;
    while (s > last && isRunCode(text.charCodeAt(s - 1))) s--;
    RUN_REST.lastIndex = at + 1;
    RUN_REST.test(text);
    const e = RUN_REST.lastIndex;
    const w = text.slice(s, e);
    const d = deleetWord(w);
    if (d !== w) {
      parts.push(text.slice(last, s), d);
      last = e;
    }
    re.lastIndex = e;
  } while (re.test(text));
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join('');
}

/** For the rules (the model was trained without it): an exclamation mark inside a short word is an i ("d!e", "l!ar"; not "wow!great"). */
function bangAsI(text: string): string {
  return text.includes('!') ? text.replace(/\b([a-z]{1,3})!(?=[a-z]{1,4}\b)/g, '$1i') : text;
}

const deleetMemo = new Map<string, string>();
function deleetWord(w: string): string {
  let out = deleetMemo.get(w);
  if (out === undefined) {
    out = /[a-z]/.test(w) && !/^\d+(?:st|nd|rd|th|s|k|m|am|pm)$/.test(w) ? w.replace(/[0-9@$]/g, (c) => LEET_IN_WORD[c] ?? c) : w;
    if (deleetMemo.size >= 10_000) deleetMemo.clear();
    deleetMemo.set(w, out);
  }
  return out;
}

/** Text the model sees: folded, leet undone, @mentions and URLs reduced to placeholders. */
export function modelText(folded: string): string {
  return placeholders(folded, deleet(folded));
}

/** An @mention in the folded text: not inside a word, so not an e-mail address or "st@pid". */
const MENTION_G = /(?<![\w@/])@\w+/g;

/**
 * The URL and @mention placeholders of modelText, on `text` = deleet(folded) (same length as
 * `folded`). Mentions are found in `folded`: the leet step reads "@user" as "auser", so until
 * 2026-11-28 no mention ever became the placeholder and the model read "auser auser auser".
 * A run of mentions ("@USER @USER @USER you...") becomes one placeholder: how many people a reply
 * is addressed to says nothing about its tone, and each repeat added ~16 features that diluted
 * the words that do.
 */
export function placeholders(folded: string, text: string): string {
  let t = text;
  if (folded.includes('@')) {
    let out = '';
    let last = 0;
    MENTION_G.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MENTION_G.exec(folded)) !== null) {
      out += t.slice(last, m.index) + ' @user ';
      last = m.index + m[0].length;
    }
    t = (out + t.slice(last)).replace(/ @user (?:\s*@user )+/g, ' @user ');
  }
  if (t.includes('http')) t = t.replace(/https?:\/\/\S+/g, ' url ');
  return t;
}

/** Words considered for model evidence (never matches the empty string). */
const EVIDENCE_WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Someone the comment could be attacking: the reader, a third person, the author, a named person. */
const TARGET = /\b(?:you|u|ur|your|yours|youre|ya|yall|y'all|yourself|thou|he|she|him|her|his|hers|they|them|@user|guy|dude|author|writer|reporter|journalist|editor|columnist|anchor)\b/;
const NAME = /[a-z,;:] +(\p{Lu}\p{Ll}+)/gu;
/** A capitalised word in mid-sentence that may name a person (not "Bengaluru", "Muslims", "Monday"). */
function namesSomeone(original: string): boolean {
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(original)) !== null) if (!namesNoPerson(m[1].toLowerCase())) return true;
  return false;
}
/**
 * An @mention ("@USER you...", "@jsmith"): a reply addressed to someone. (TARGET lists `@user`, but
 * the leet step reads that as "auser" and `\b` cannot precede "@", so it never matched.)
 */
const MENTION = /(?:^|[^\w@])@\w/;

/**
 * Praise of a person ("your mother is a saint", "you are a legend", "he is a true hero"): the model
 * has learnt "your mother" and "you are a" from insults, so without an insult word its score is damped.
 */
const PRAISE = /\b(?:you|u|ur|your \w+|he|she|they|him|her|this (?:man|woman|guy|lady|boy|girl))(?: (?:are|r|is|was|were|'re|'s|remain|remains))?(?: (?:a|an|the|such an?|truly|really|so|real|true|absolute|total|genuine|simply|just))* (?:saint|saints|hero|heroes|legend|legends|genius|gem|gems|star|angel|angels|champion|inspiration|role model|blessing|treasure|sweetheart|darling|brave|kind|wonderful|amazing|brilliant|great|honest|lovely|beautiful|awesome|the best|right|correct)\b|\b(?:people like you|readers like you|you) (?:make|makes) (?:this|the) (?:comment section|comments|paper|column|page|site) (?:worth|a joy|better)\b/;

/** The author calling themselves names ("Stupid me, I voted for them", "I am such an idiot"). */
const SELF_INSULT = /\b(?:called|calls|call|calling|considers?|considered) (?:himself|herself|themselves|myself|ourselves) (?:a |an )?(?:\w+ )?(?:fool|idiot|moron|loser|stupid|dumb|failure)\b|\b(?:stupid|silly|dumb|foolish|idiot|idiotic) me\b|\b(?:i'm|im|i am|i was|i feel like|i felt like|what an? (?:\w+ )?(?:idiot|fool|moron) i (?:am|was))(?: (?:such|a|an|so|an absolute|a complete|a total|the biggest|really))* (?:idiot|fool|moron|stupid|dumb|idiotic)\b/;
const READER = /\b(?:you|u|ur|your|yours|youre|ya|yall)\b/;

/**
 * Criticism of someone's argument, not of them ("your argument ignores inflation", "his numbers are
 * outdated"): the model has learnt "your" from insults, so without an insult word its score is damped.
 */
const CRITIQUE = /\b(?:your|ur|his|her|their|the author's|the writer's) (?:argument|arguments|point|points|comment|logic|claim|claims|data|numbers|figures|analysis|reasoning|premise|article|piece|report|view|views|math|maths|facts|source|sources) (?:ignores?|miss(?:es)?|overlooks?|assumes?|is (?:wrong|incorrect|flawed|outdated|misleading|one-sided|weak|old)|are (?:wrong|incorrect|outdated|misleading|old)|does not|doesn't|do not|don't|fails? to|leaves? out|omits?)\b/;

/** "You clearly don't understand cricket", "you are entitled to your opinion, but…": a reader told they are wrong, not insulted. */
const MISREAD = /\b(?:you|u|he|she|they|your \w+|the \w+)(?: clearly| obviously| simply| really| still)? (?:doesn't|does not|don't|do not|didn't|did not) (?:understand|know|get|grasp|follow)\b|\b(?:you are|you're|youre|he is|she is|they are|everyone is) entitled to (?:your|his|her|their) (?:own )?opinions?\b/;
/** "How dumb do they think voters are?": what politicians think of voters, said against the politicians. */
const HOW_DUMB = /\bhow (?:dumb|stupid|foolish|gullible|naive) do (?:they|these \w+|the \w+|politicians|parties|governments?) think (?:\w+ ){1,2}(?:are|is)\b/;

/**
 * An insult reported and rejected ("Calling her a dumb woman is sexist", 'He said the nurse was a "dumb
 * woman" — that is disgusting'), or waved away as no argument ("Calling him an idiot is not an argument"):
 * counter-speech, whose insult word the model reads as an attack.
 */
const REJECTING = '(?:so |very |just |absolutely |totally |deeply )?';
const REJECTION_WORDS = 'sexist|racist|casteist|misogynistic|wrong|disgusting|unacceptable|shameful|abusive|offensive|insulting|disrespectful|hateful|uncalled for';
const REJECTED = `${REJECTING}(?:${REJECTION_WORDS})`;
/** A claim rejected as untrue, besides the words that reject an insult. */
const CLAIM_REJECTED = `${REJECTING}(?:${REJECTION_WORDS}|false|a lie|untrue|nonsense|bigotry|bigoted|hate speech)`;
const REPORTED_INSULT = new RegExp(
  `\\b(?:calling|called|call|calls) (?:\\w+ ){1,5}(?:is|was|are|were) ${REJECTED}\\b|(?:^|[.!?] *)(?:calling|labell?ing|branding) (?:\\w+ ){1,5}(?:is not|isn't|is no|was not|wasn't|does not|doesn't|did not|didn't|will not|won't|proves) (?:an? |the )?(?:argument|rebuttal|answer|counter-?argument|debate|make (?:it|them|him|her|you) (?:wrong|right|true|false)|change (?:the|any) facts?|nothing)\\b|["'\u201c][^"'\u201d]{1,40}["'\u201d][^.!?]{0,20}\\b(?:that|this|it)(?:'s| is| was) ${REJECTED}\\b`,
);

/**
 * A group called names by someone the comment rejects, the reader included ("You have to stop calling Muslims
 * disgusting", "You called gay people sick. Apologise.", "It's disgusting that he called trans people mentally
 * ill"): counter-speech, whose quoted insult the model reads as an attack. Insults the rules find still count.
 */
const CALLED_GROUP = /\b(?:calling|called|call|calls|saying|said|say|says|labell?ing|labell?ed|branding|branded) (?:that )?(?:all )?(?:muslims?|hindus?|christians?|sikhs?|dalits?|women|girls|gay people|gays|lesbians|trans people|trans women|trans men|biharis|kashmiris|migrants|refugees|tribals|adivasis|north-?easterners|disabled people|the disabled|jews)\b/;
const CALL_REJECTED = new RegExp(`\\b(?:stop|quit|don't|do not|never) (?:calling|saying|labell?ing|branding)\\b|\\b(?:ashamed|apologi[sz]e|apology)\\b|\\b(?:${REJECTION_WORDS}|backward|bigoted|bigotry|bigot)\\b`);

/**
 * News of an arrest or a sentence ("The troll who threatened the journalist was arrested"): the model
 * reads the crime's words as an attack; with no reader addressed its score is damped.
 */
const LAW_NEWS = /\b(?:was|were|has been|have been|had been|got|is being|are being|being) (?:arrested|booked|detained|charged|convicted|sentenced|jailed|held|nabbed|remanded|acquitted|suspended|fined|chargesheeted|caught)\b/;

/**
 * A thing called stupid, not a person ("What a stupid decision by the BCCI", "Stupid question maybe, but…",
 * "the stupidity of the signal timing"), and an insult word named, not used ('The word "idiot" comes from
 * Greek'): the model reads the insult word as an attack.
 */
const THING_CRITIQUE = /\b(?:stupid|idiotic|dumb|silly|foolish|moronic|pathetic|ridiculous|absurd|senseless|brainless|crazy) (?:decision|decisions|move|moves|policy|policies|idea|ideas|question|questions|call|choice|choices|selection|plan|plans|rule|rules|law|laws|timing|design|scheme|schemes|bill|order|orders|verdict|argument|logic|statement|statements|mistake|system|reform|reforms)\b|\b(?:your|ur|his|her|their|the author's|the writer's|this|that) (?:argument|arguments|logic|point|comment|claim|reasoning|idea|take|analysis|article|piece|column|editorial|theory|suggestion|question) (?:is|was|sounds|seems|looks) (?:so |really |just |utterly |totally |plain |frankly )?(?:stupid|idiotic|dumb|silly|foolish|moronic|pathetic|ridiculous|absurd|senseless|brainless)\b|\bstupidity of (?:the|this|that|these|such|our) \w+|\bdumb ?charades\b|\bthe (?:word|term|slur|expression) ["'\u201c\u2018]?\w+/;

/** A pet or farm animal called names: "My neighbour's dog is a complete idiot, he barks at his own shadow". */
const ANIMAL_SUBJECT = /(?:^|[.!?] *|\b(?:my|our|the|his|her|their|this|that|\w+'s?) )(?:dog|dogs|cat|cats|puppy|puppies|pup|kitten|kittens|parrot|cow|cows|goat|goats|pet|pets|horse|donkey|monkey|monkeys) (?:is|was|are|were|seems?|acts?|behaves?)\b/;
/** An insult word said of the reader or a person ("you are stupid", "he is an idiot", "…, just like you"): not a thing criticised. */
const SAID_OF_PERSON = /\b(?:you|u|ur|you're|youre|he|she|they|he's|she's)(?: are| is| r| were| was)?(?: such| so| a| an| the| really| very| total| complete)* (?:stupid|idiotic|dumb|silly|foolish|moronic|pathetic|brainless|idiot|moron|fool)\b|\b(?:just |exactly )?like (?:you|u|yourself|the (?:author|writer))(?= *(?:[.!?]|$))|\b(?:and|but) so (?:are|is) (?:you|u|he|she|the (?:author|writer))\b|\bas (?:are|is) (?:you|u)\b/;

/**
 * Someone else's insult reported ("He called me a liar.", "He called them traitors"): the reporter is
 * not attacking anyone, though the session-5 model reads the insult noun as one.
 */
const REPORTED_CALL = /\b(?:he|she|they|someone|somebody|everyone|people) (?:called|calls|call|has called|had called) (?:me|us|them|him|her|each other)(?: (?:a|an|the))? \w+[.!]?$/;

/** A character in a story described ("The film's villain is a spineless coward, brilliantly played by…"): no real person attacked. */
const FICTION = /(?:^|[.!?] *|\b(?:the|this|that|his|her|their|its|(?:film|movie|show|series|novel|book|play|serial|story|game)(?:'s|s')) )(?:villain|villains|antagonist|antagonists|protagonist|protagonists|character|characters|anti-hero|antihero|narrator|role|lead character)(?: \w+)? (?:is|was|are|were|plays|played|remains)\b/;

/** Things shut, not a mouth ("Shut your windows during the Diwali smog"): the model has learnt "shut your" from "shut your mouth". */
const SHUT_THING = /\b(?:shut|close) (?:your|ur|the|all|our|their) (?:windows?|doors?|shops?|gates?|shutters?|curtains?|laptops?|computers?|phones?|eyes|books?|accounts?|businesses|offices?|schools?|factories|factory|tabs?|apps?|taps?)\b/;

/** A ruler of history judged ("Idi Amin was a brutal dictator", "Aurangzeb was a cruel emperor"): history, not an attack on anyone here. */
const HISTORY = /\b(?:was|were) (?:a |an |the )?(?:\w+ )?(?:dictator|dictators|tyrant|tyrants|despot|despots|invader|invaders|emperor|emperors|king|kings|ruler|rulers|sultan|sultans|warlord|warlords|conqueror|conquerors|coloniser|colonisers|colonizer|colonizers)\b/;

/** Proverbs with a fool in them ("a fool and his money are soon parted", "fools rush in"): wisdom quoted, not an insult. */
const PROVERB = /\b(?:a fool and (?:his|her|their) money|fools rush in|only a fool argues with a fool|penny wise,? pound foolish|april fools?'?s?(?: day)?)\b/;

/**
 * Counter-speech that reports a claim and rejects it ("You wrote that Sikhs are traitors. That is disgusting and
 * false.", "Stop saying that gay people are sick."): the model reads the reported insult as the commenter's.
 */
const COUNTER_SPEECH = new RegExp(
  `\\b(?:wrote|writes|said|says|tweeted|posted|claimed|claims|claiming|saying|suggested|implied) (?:that )?[^.!?]{3,100}[.!?] *(?:that|this|it|which)(?:'s| is| was) (?:\\w+ )?${CLAIM_REJECTED}\\b|\\b(?:stop|quit) (?:saying|claiming|spreading|repeating) (?:that )?`,
);

/** Words reported with who they were said to and by whom ("Run to your mummy, the little girl was told by the bullies"). */
const TOLD_BY = /[,"'\u201d\u2019] *(?:the|a|an|his|her|their|my|our) (?:[a-z]+ ){0,3}?(?:was|were|had been|has been|got) (?:told|taunted|asked|mocked|abused) by (?:the|a|an|his|her|their|some|two|three|[a-z]+)\b/;

/** Texts this long have their expressions prefiltered (see matches). */
const LONG_TEXT = 1000;
const needlesMemo = new Map<RegExp, GramNeedles>();

/**
 * `re.test(text)`. On a long text (a 10,000-character adversarial comment) the strings every match of
 * `re` needs (regex-needles.ts) are first looked up in the text's characters, pairs and triples, read
 * once per text: without them `re` cannot match, so the scan of the whole text is skipped.
 */
function matches(re: RegExp, text: string): boolean {
  if (text.length >= LONG_TEXT) {
    let n = needlesMemo.get(re);
    if (n === undefined) needlesMemo.set(re, (n = gramNeedles(needlesOf(re, true))));
    if (!gramsOf(text).mayContain(n)) return false;
  }
  return re.test(text);
}

/** Multiplier for a model score when no person is in sight ("stupid policy" is criticism, not an attack). */
export const NO_TARGET_DAMPING = 0.5;

/**
 * The model score after the context rules: halved when no person is in sight, when every insult
 * word is negated, when a person is praised without an insult word, when the author calls
 * themselves names with no reader addressed, when someone's argument (not they) is criticised
 * without an insult word, when an insult is reported and rejected (of a group: even to the reader), and when an arrest or a sentence is reported, with no reader addressed. `text` is the de-leeted folded text.
 */
export function dampModelScore(doc: NormalizedText, text: string, ml: number): number {
  if (!matches(TARGET, text) && !MENTION.test(doc.text) && !namesSomeone(doc.original)) return ml * NO_TARGET_DAMPING;
  if (insultsAllNegated(text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(PRAISE, text) && !hasInsultWord(text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(SELF_INSULT, text) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(CRITIQUE, text) && !hasInsultWord(text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(REPORTED_INSULT, text) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(LAW_NEWS, text) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(HOW_DUMB, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(MISREAD, text) && !hasStrongInsultWord(text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && REPORTED_CALL.test(text.trim()) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(THING_CRITIQUE, text) && !matches(SAID_OF_PERSON, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(ANIMAL_SUBJECT, text) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(FICTION, text) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(SHUT_THING, text) && !hasInsultWord(text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(COUNTER_SPEECH, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(CALLED_GROUP, text) && matches(CALL_REJECTED, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && REPORTED_REJECTED.test(text) && !READER.test(text.replace(QUOTED, ' '))) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(PROVERB, text) && !matches(READER, text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(HISTORY, text) && !matches(READER, text) && !hasStrongInsultWord(text)) return ml * NO_TARGET_DAMPING;
  if (ml >= 0.5 && matches(TOLD_BY, text) && !hasStrongInsultWord(text)) return ml * NO_TARGET_DAMPING;
  return ml;
}

/** The obscenity check ran before this one and found nothing, not even a mild word (which scores without evidence). */
function innocentOfProfanity(ctx: CheckContext): boolean {
  return ctx.previous.find((c) => c.check === 'obscenity')?.score === 0;
}

/** A word with a profanity root inside a longer word: "nishit", "dikshit", "cockpit", "dickensian". */
const ROOT_ONLY = /^(?:shits?|fuck|fuk|cunts?|cocks?|dicks?|bitch|wank|sluts?|whores?|puss|bastards?)$/;

const ROOT = /shit|fuck|fuk|cunt|cock|dick|bitch|wank|slut|whore|puss|bastard/;

/**
 * `text` with its profanity look-alike words replaced by spaces (same length), or null when it has none. A whole
 * profanity word is blanked too where `capitalizedAt` says it starts with a capital ("Moby Dick", "Dick Cheney"): the
 * obscenity check, which ran first and found nothing, read it as a name.
 */
export function blankLookalikes(text: string, capitalizedAt?: (i: number) => boolean): string | null {
  // The words are what /[a-z]*(?:shit|fuck|...)[a-z]*/g matches (the expression used until
  // 2026-11-28): exactly the maximal runs of a-z that contain a root. Found run by run: the expression
  // retried every start inside a long run of letters ("a" x 9,999 + "1" took 180 ms).
  if (!ROOT.test(text)) return null;
  const parts: string[] = [];
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && (c = text.charCodeAt(i)) >= 97 && c <= 122) i++;
    const w = text.slice(s, i);
    if (!ROOT.test(w) || (ROOT_ONLY.test(w) && !capitalizedAt?.(s))) continue;
    parts.push(text.slice(last, s), ' '.repeat(w.length));
    last = i;
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(last));
  return parts.join('');
}

/** Whether the original character at folded offset i of `doc` is a capital letter. */
const capitalAt = (doc: NormalizedText, i: number): boolean => {
  const c = doc.original[doc.starts[i]];
  return c !== undefined && c !== c.toLowerCase();
};

/** The attack rules' hits on the de-leeted folded text `text` of `doc`. */
export function rulesOf(doc: NormalizedText, text: string): RuleHit[] {
  const capitalizedAt = (i: number): boolean => capitalAt(doc, i);
  text = bangAsI(text);
  const hits = attackRules(text, capitalizedAt);
  const joined = joinSplitLetters(text);
  if (!joined) return hits;
  // The rules again on the text with split letters joined ("you're an I D I O T"), hits mapped back.
  const { at } = joined;
  for (const h of attackRules(joined.text, (i) => capitalizedAt(at[i]))) {
    const start = at[h.start];
    const end = at[h.end - 1] + 1;
    if (!hits.some((o) => o.start < end && start < o.end)) hits.push({ ...h, start, end });
  }
  return hits;
}

/** Three or more single letters joined by one kind of separator: "I D I O T", "m.o.r.o.n", "k-i-l-l". */
const SPLIT_RUN = /(?<![a-z0-9])[a-z]([ .\-_*])[a-z](?:\1[a-z])+(?![a-z0-9])/g;

/**
 * `text` with the separators of split-letter runs removed, and for each of its characters the
 * offset it came from in `text`; null when there is no such run (most comments).
 */
export function joinSplitLetters(text: string): { text: string; at: number[] } | null {
  SPLIT_RUN.lastIndex = 0;
  if (!SPLIT_RUN.test(text)) return null;
  SPLIT_RUN.lastIndex = 0;
  let out = '';
  const at: number[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = SPLIT_RUN.exec(text)) !== null) {
    for (let i = last; i < m.index; i++) at.push(i);
    out += text.slice(last, m.index);
    for (let i = m.index; i < m.index + m[0].length; i += 2) {
      out += text[i];
      at.push(i);
    }
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) at.push(i);
  out += text.slice(last);
  return { text: out, at };
}

/**
 * An insult a comment reports and then rejects, of someone other than the reader: "The article says the minister is a
 * fool; I think that is unfair", "Some readers called the author an idiot. That is uncalled for", and a line of a
 * story's character ('"You are an idiot," the character shouts'). The insult rules read the reported words as said.
 */
const REPORTED_BEFORE = /\b(?:says|said|say|claims|claimed|claim|writes|wrote|calls|called|call|calling|tweeted|alleges|alleged|labels|labelled|labeled|branded|brands)\b(?: that)?[^.!?;]*$/;
const REJECTION_TAIL = `(?:(?:i|we) (?:think|feel|believe|find) )?(?:that|this|it|which|such (?:talk|language))(?:'s| is| was| would be) (?:${CLAIM_REJECTED}|${REJECTING}(?:unfair|unjust|too harsh|baseless|not fair|not okay|not ok|not true))\\b`;
const APOLOGISED = '(?:has|have|had) (?:since )?(?:apologi[sz]ed|retracted|withdrawn)';
const REJECTED_AFTER = new RegExp(`^[^.!?;]{0,60}[.!?;,]? *${REJECTION_TAIL}|^[^.!?;]{0,60}\\b${APOLOGISED}\\b`);
/** Who speaks a quoted line in a story, and how ('"You are an idiot," the character shouts'). */
const STORY_SPEAKER = 'character|villain|hero|heroine|protagonist|antagonist|narrator|actor|actress';
const spokenBy = (speakers: string): string =>
  `,? (?:the|a|an|his|her|one) (?:${speakers}) (?:in the \\w+ )?(?:says|said|shouts|shouted|yells|yelled|screams|screamed|tells|told|mutters|muttered)\\b`;
// (For a rule's hit, also the people of a scene: the boss, the teacher, a girl.)
const SPOKEN_LINE = new RegExp(`^[^"\u201d]{0,80}["\u201d]${spokenBy(`${STORY_SPEAKER}|boss|teacher|father|mother|girl|boy|man|woman`)}`);
/** An open quotation mark with no closing one after it. */
const IN_QUOTES = /["\u201c][^"\u201d]*$/;

function reportedAndRejected(text: string, hit: RuleHit): boolean {
  if (hit.reason !== 'insult') return false;
  const before = text.slice(Math.max(0, hit.start - 120), hit.start);
  const after = text.slice(hit.end, hit.end + 120);
  if (IN_QUOTES.test(before) && SPOKEN_LINE.test(after)) return true;
  return REPORTED_BEFORE.test(before) && !READER.test(text.slice(hit.start, hit.end)) && REJECTED_AFTER.test(after);
}

/**
 * The same for the model: an insult reported and rejected in the next sentence, an insulter who apologised, a
 * character's quoted line ("The troll who called her a moron has apologised").
 */
const REPORTED_REJECTED = new RegExp(
  `\\b(?:says|said|claims|claimed|writes|wrote|calls|called|calling|tweeted|alleged)\\b[^.!?;]{1,80}[.!?;,] *${REJECTION_TAIL}` +
    `|\\bwho (?:called|had called|abused|insulted|trolled) [^.!?]{1,40}\\b${APOLOGISED}\\b|["\u201c][^"\u201d]{1,80}["\u201d]${spokenBy(STORY_SPEAKER)}`,
);
const QUOTED = /["\u201c][^"\u201d]{0,200}["\u201d]/g;

/** Recalibrates a model probability so the threshold `t` maps to 0.5 (the policy default). */
export function recalibrate(p: number, t: number): number {
  return p >= t ? 0.5 + (0.5 * (p - t)) / (1 - t) : (0.5 * p) / t;
}

export class PersonalAttackCheck implements Check {
  readonly name = 'personal_attack' as const;
  private readonly model = loadAttackModel();
  private readonly threshold: number = Number(this.model?.meta.threshold ?? 0.5);

  /** Model probability recalibrated so the CV-chosen threshold maps to 0.5 (the policy default). */
  modelScore(doc: NormalizedText, deleeted = deleet(doc.text)): number {
    if (!this.model) return 0;
    const p = this.model.score(placeholders(doc.text, deleeted));
    return recalibrate(p, this.threshold);
  }

  run(doc: NormalizedText, ctx: CheckContext): ReturnType<Check['run']> {
    void ctx;
    const text = deleet(doc.text);
    const rules = rulesOf(doc, text).filter((r) => !reportedAndRejected(text, r));
    let ml = dampModelScore(doc, text, this.modelScore(doc, text));
    // issue 7: Hindi / Hinglish comments also get the Indian-context abuse model (data/hi).
    const indic = ctx.language === 'hi' || ctx.language === 'hi-Latn' ? indicAbuseModel() : undefined;
    const indicScore = indic ? indic.score(doc.text, ctx.language) : 0;
    if (ml >= 0.5 && this.model && innocentOfProfanity(ctx)) {
      // A name or word that only looks like profanity ("Nishit and Rishit are twins", "Dikshit"): the
      // obscenity check found none, but the model's letter n-grams still read it. Scored again with
      // such words blanked out, the lower score counts.
      const blanked = blankLookalikes(text, (i) => capitalAt(doc, i));
      if (blanked !== null) ml = Math.min(ml, dampModelScore(doc, blanked, recalibrate(this.model.score(placeholders(doc.text, blanked)), this.threshold)));
    }
    const indicWins = indicScore > ml;
    if (indicWins) ml = indicScore;
    let score = ml;
    const ev: Evidence[] = [];
    let severity: 'mild' | 'strong' | 'severe' = 'strong';
    for (const r of rules) {
      score = Math.max(score, r.score);
      ev.push(evidence(doc, r.start, r.end, `attack:${r.reason}`));
      if (r.reason === 'threat' || r.reason === 'self_harm_incitement' || r.reason === 'harm_wish') severity = 'severe';
    }
    if (ev.length === 0 && ml >= 0.5) {
      if (indicWins && indic) for (const t of indic.topTokens(doc.text)) ev.push(evidence(doc, t.start, t.end, 'attack:model-hi'));
      if (ev.length === 0 && this.model) ev.push(...this.modelEvidence(doc));
    }
    const minScore = ctx.policy.checks.personal_attack?.threshold ?? 0.5;
    return result('personal_attack', score >= minScore, score, severity, ev);
  }

  /** Evidence for a model-only flag: the words whose own features weigh most towards an attack. */
  private modelEvidence(doc: NormalizedText): Evidence[] {
    const m = this.model!;
    const words: Array<{ s: number; e: number; w: number }> = [];
    let seen = 0;
    const re = EVIDENCE_WORD;
    re.lastIndex = 0;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(doc.text)) !== null) {
      if (++seen > 300) break;
      const w = m.tokenWeight(mm[0]);
      if (w > 0) words.push({ s: mm.index, e: mm.index + mm[0].length, w });
    }
    words.sort((a, b) => b.w - a.w);
    const top = words.slice(0, 2);
    if (top.length === 0) return doc.text.length ? [evidence(doc, 0, doc.text.length, 'attack:model')] : [];
    return top.sort((a, b) => a.s - b.s).map((x) => evidence(doc, x.s, x.e, 'attack:model'));
  }
}
