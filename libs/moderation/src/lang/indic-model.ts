import * as fs from 'node:fs';
import * as path from 'node:path';
import { FeatureConfig, Model, SerializedModel, featurize } from '../ml';
import { FastScorer } from '../ml/fast';
import type { Language } from '../types';
import { foldDevanagari } from './devanagari';
import { hinglishReported, isHindiInsultWord } from './hindi-attacks';
import { HindiLexicon, isCleanLookalike } from './hindi-lexicon';
import { NOT_THEIR_KEY, romanKey } from './roman';
import { Token, tokenize, tokensOf } from './tokens';

// Shared by training (apps/cli/src/train/indian-models.ts) and scoring: the extra features the
// Indian-context models see on top of the ML core's hashed word and character n-grams.
// - `k:<key>`: each token's spelling key, so `chutiya` / `chootiya` / `चूतिया` variants share weight;
// - `obs:<severity>`: a Hindi / Hinglish obscenity entry matched;
// - `lang:<tag>`.
// Changing this function changes what the shipped weights mean: retrain after any change.

export const INDIC_FEATURES: FeatureConfig = { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 4] };

export function indicExtras(tokens: Token[], language: Language, lexicon = HindiLexicon.load(), text?: string): string[] {
  const out: string[] = [`lang:${language}`];
  for (const t of tokens) if (t.key) out.push(`k:${t.key}`);
  // `text` (the folded comment `tokens` come from) lets the lexicon read split and cross-script words.
  for (const h of lexicon.match(tokens, language, text)) out.push(`obs:${h.severity}`);
  return out;
}

// Second-person address (Hinglish, Devanagari, English): with an abusive word, the strongest
// sign that a comment insults someone rather than complains about something.
const SECOND_PERSON = new Set(
  ['tu', 'tum', 'tera', 'teri', 'tere', 'tujhe', 'tumhe', 'tumhara', 'tumhari', 'tumko', 'tujhko', 'tumse', 'tujhse', 'abe', 'you', 'your', 'u', 'ur']
    .map(romanKey)
    .concat(['तू', 'तुम', 'तेरा', 'तेरी', 'तेरे', 'तुझे', 'तुम्हें', 'तुम्हारा', 'तुम्हारी', 'तुमको', 'तुझको', 'अबे'].map(foldDevanagari)),
);

/**
 * Score of one shipped Indian-context model, recalibrated so the decision threshold maps to 0.5.
 * Three thresholds: `threshold` (5-fold CV, macro-F1) when the comment has a strong abusive word or
 * addresses someone in the second person, `threshold + NO_CUE_MARGIN` when it has neither but a
 * person is in sight, and `+ NO_PERSON_MARGIN` on top when nobody is (see PERSON) —
 * the training data (HASOC) labels much plain political complaint as offensive, and a comment
 * with no abusive word and no addressee should need a surer model to be held.
 */
export const NO_CUE_MARGIN = 0.15;

// A person in sight: third-person pronouns and nouns for people (Hinglish, Devanagari, English).
// A comment with no abusive word, nobody addressed and no person named complains about a thing —
// the government, the trains, the heat — which the SPEC allows; the model then needs more.
// Titles of politicians (`neta`, `mantri`, `ji`) are not here: a news comment about a minister
// criticises an office holder ("ye mantri ji jhooth bolte hain"), which the SPEC allows too.
const PERSON = new Set(
  ['woh', 'wo', 'vo', 'voh', 'usne', 'uski', 'uska', 'uske', 'usko', 'unhone', 'unki', 'unka', 'unke', 'unko', 'unhe', 'isne', 'inhone', 'inko', 'isko',
    'aadmi', 'admi', 'aurat', 'ladka', 'ladki', 'ladke', 'banda', 'bande', 'anchor', 'patrakar', 'reporter', 'journalist', 'author',
    'bhakt', 'bhakts', 'andhbhakt', 'chamcha', 'chamche', 'chamcho', 'chamchon', 'he', 'she', 'him', 'her', 'his', 'behen', 'maa', 'baap',
    'beta', 'bete', 'aaplog', 'aplog', 'tumlog', 'tumlogo', 'tumlogon', 'jao',
    // words for people that insult them, and violence done to someone
    'gadha', 'gadhe', 'gadho', 'gadhon', 'pagal', 'paagal', 'kutte', 'kutto', 'kutton', 'kutta', 'suar', 'suvar', 'murkh', 'najayaz', 'najayz',
    'aulad', 'awlad', 'maro', 'maaro', 'marna', 'maarna', 'phansi', 'phaansi', 'fansi', 'goli', 'jala', 'jalao', 'kaat', 'kaato', 'peeto', 'pito', 'thoko']
    .map(romanKey)
    .concat(['वह', 'वो', 'उसने', 'उसकी', 'उसका', 'उसके', 'उसको', 'उसे', 'उन्होंने', 'उनकी', 'उनका', 'उनके', 'उनको', 'उन्हें', 'इसने', 'इन्होंने', 'आदमी', 'औरत', 'लड़का', 'लड़की',
      'पत्रकार', 'मां', 'माँ', 'बाप', 'बेटा', 'आपलोग', 'तुमलोग', 'जाओ', 'गधा', 'गधे', 'गधो', 'गधों', 'पागल', 'कुत्ते', 'कुत्तों',
      'सुअर', 'मूर्ख', 'नाजायज', 'औलाद', 'मारो', 'मारना', 'फांसी', 'फाँसी', 'गोली', 'जलाओ', 'काटो', 'पीटो'].map(foldDevanagari)),
);
/** Multiplier for the score of a comment that reports name-calling to condemn it (see REPORTED_NAME_CALLING). */
export const REPORTED_DAMPING = 0.5;
/** Extra margin when a comment asks when justice will come for a crime (see CRIME_NEWS). */
export const EXPLAINED_MARGIN = 0.1;
/** Extra margin when no person is in sight at all (see PERSON). */
export const NO_PERSON_MARGIN = 0.15;

// Mild words in their everyday sense (the model has learnt them from insults):
// - an animal as an animal or in the simile of hard work: "gali ke kutte ne kaat liya", "awara
//   kutton", "kutta paalna", "kutte ko roti khilao", "kisan gadhe ki tarah mehnat karte hain" (not when the reader is
//   addressed: "tu kutte ki tarah bhonkta hai", nor with the dog-like behaviour that makes it an
//   insult, nor after a pointing word: "is suar ne afwah phailayi");
// - `saala` / `saale` as a brother-in-law: "mere saale ki shaadi", "साले की शादी";
// - the idioms "bewakoof / ullu banana" (to fool someone, also "bewakoof mat bano"), "pagal samajhna"
//   and the owl of late nights ("ullu ki tarah raat bhar jaagna");
// - a thief as news or the "back door" idiom: "police ne 2 chor pakde", "chor darwaze se bill pass";
// - everyday words spelt like abuse (`chutti`, holiday; `gandi`, dirty: see hindi-lexicon.ts).
// The model is then asked about the comment without those words.
const keys = (latin: string, deva: string): Set<string> =>
  new Set([...latin.split(' ').filter(Boolean).map(romanKey), ...deva.split(' ').filter(Boolean).map(foldDevanagari)]);
const ANIMAL = keys('kutta kutte kutton kutto kuta kute kuton bandar bandaron suar suvar suwar suaron gadha gadhe gadho gadhon', 'कुत्ता कुत्ते कुत्तों बंदर बंदरों सुअर सूअर गधा गधे गधों');
const ANIMAL_BEFORE = keys('awara aawara avara paaltu paltu gali sadak pagal paagal bechara bechare bechari bezuban bejuban', 'आवारा पालतू गली सड़क पागल बेचारा बेचारे बेचारी बेज़ुबान बेजुबान');
const ERGATIVE = keys('ne', 'ने');
const EVEN = keys('bhi', 'भी');
const NEG = keys('na nahi nahin nai', 'न ना नहीं');
const RABID = keys('pagal paagal', 'पागल');
// "is suar ne afwah phailayi": a person pointed at and called an animal.
const POINTING = keys('is iss us uss ye yeh wo woh ek', 'इस उस ये यह वो वह');
// The simile is the idiom of hard work ("kutte ki tarah kaam", "gadhe ki tarah mehnat"), not
// "suar ki tarah bachche paida karte hain".
const TOIL = keys('kaam kam mehnat mehenat khat khatna khatte khatta pis pisna pis rahe daud daudte ghis ghiste bhaag bhaagna bhaagte bhagna bhagte bhaagta ratta ratto ratna ratte', 'काम मेहनत खट खटता खटते खटना पिस पिसते दौड़ दौड़ते घिस घिसते');
const ANIMAL_AFTER = keys(
  'paalna palna paalne palne paal pal paalo palo paalte palte paala pala paali pali paalta palta kaat kata kaata kaatne katne ghus ghuse ghusa ghuske ghusne utpat utpaat aatank atank khila khilao khilana khilane khilate khilaya khilayi roti chara chaara ' +
    'kuchal kuchla kuchli kuchle bachaya bachayi bachane ghayal zakhmi jakhmi ilaaj ilaj rescue teeka tika vaccine nasbandi bhookha bhookhe pyasa pyase shelter maans maas gosht meat',
  'पालना पालने पाल पालो पालते पाला पाली पालता काट काटा काटने घुस घुसे घुसकर घुसने उत्पात आतंक खिला खिलाओ खिलाना खिलाने खिलाते खिलाया रोटी चारा मांस गोश्त कुचल कुचला कुचली बचाया बचाने घायल ज़ख्मी जख्मी इलाज टीका नसबंदी भूखा भूखे प्यासा',
);
/** Pests, and the verbs that kill them (see innocentMildSpans). */
const PEST = keys('mosquito mosquitoes machhar machhar machharon machhron keede keedon keedo chuhe chuhon chuho cockroach cockroaches tidde tiddi deemak dimak', 'मच्छर मच्छरों कीड़े कीड़ों चूहे चूहों टिड्डी दीमक');
const PEST_KILL = keys('maar maaro maarne maarna mar maro marne marna bhagao bhagane bhagaane khatam', 'मार मारो मारने मारना भगाओ भगाने ख़त्म खत्म');
/** "aukaat se bahar / zyada": beyond one's means. */
const AUKAAT = keys('aukaat aukat aukad okat', 'औकात');
const SE = keys('se', 'से');
const BEYOND = keys('bahar baahar zyada jyada upar adhik', 'बाहर ज़्यादा ज्यादा ऊपर अधिक');
/** "gadha gaadi wala": a cart. */
const CART = keys('gaadi gadi gaadiwala gadiwala', 'गाड़ी');
const SIMILE = keys('jaisa jaise jaisi', 'जैसा जैसे जैसी');
const TARAH = keys('tarah tarh', 'तरह');
const KI = keys('ki ke ka', 'की के का');
const INSULT_BEHAVIOUR = /bho+n?k|bhau+n?k|bhonk|दुम|talw|तलवे|tukd|टुकड़|dum hila/;
const SAALA = keys('saala saale saali saalon sala sale', 'साला साले सालों');
/** Only spaces, quotes or an emoji since the last sentence end (or the comment's start). */
const SENTENCE_START = /(?:^|[.!?\u0964\n])[^\p{L}\p{N}]*$/u;
const KIN_BEFORE = keys('mera mere meri apna apne apni uska uske uski unka unke unki hamare humare hamara humara', 'मेरा मेरे मेरी अपना अपने अपनी उसका उसके उसकी उनका उनके उनकी हमारे हमारा');
const KIN_AFTER = keys('shaadi shadi ghar beti beta bete biwi bivi patni ji sahab saheb', 'शादी घर बेटी बेटा बेटे बीवी पत्नी जी साहब');
const FOOL = keys('bewakoof bevkoof bewkoof bevakoof ullu pagal paagal', 'बेवकूफ बेवकूफ़ उल्लू पागल');
const FOOL_AFTER = /^(?:ban|samajh|samjh|बन|समझ)/;
/** "Pagal ho gaye hain log": going crazy over something, with no reader addressed. */
const GO_CRAZY = keys('ho', 'हो');
/** "Pagal kar diya is garmi ne": the heat drove someone crazy. */
const MAKE = keys('kar', 'कर');
// (hinglish11: "pagal kar dene wali garmi")
const MADE = keys('diya di diye dega degi denge deta deti dene', 'दिया दी दिए देगा देगी देंगे देता देती');
const IN = keys('mein me mai par pe', 'में पर पे');
const PLACE = keys('mohalle mohalla colony society gaon gali ilaake ilake area sadak sadkon shahar basti', 'मोहल्ले कॉलोनी सोसाइटी गांव गाँव गली इलाके सड़क सड़कों शहर बस्ती');
/** "bewakoof mat bano" (don't be fooled): the idiom with a negation between. */
const FOOL_NEG = keys('mat na', 'मत ना');
/** "ullu ki tarah raat bhar jaag ke": the owl of staying up at night. */
const NIGHT = keys('jaag jag jaagte jagte jaagna raat', 'जाग जागते जागना रात');
/**
 * Communities named by a comment. HASOC labels much communal argument offensive, so the model
 * learned "Hindu" and "Muslim" themselves as signs of abuse ("Hindu Muslim sab ek hain" scored
 * 0.77). Group hate is the hate check's job: a comment with no abusive word and no reader addressed
 * is scored again with its community names blanked out, and the lower score counts.
 */
const COMMUNITY = keys(
  'hindu hindus hinduon hinduo muslim muslims musalman musalmaan musalmano musalmanon musalmaano musalmaanon sikh sikhon sikho isai isaai christian christians ' +
    'dalit dalito dalits daliton brahmin brahmins brahman jain jaino buddh bauddh hindustani pakistani bangladeshi kashmiri bihari punjabi marathi tamil bengali',
  'हिंदू हिन्दू हिंदुओं हिन्दुओं मुस्लिम मुस्लिमों मुसलमान मुसलमानों सिख सिखों ईसाई दलित दलितों ब्राह्मण ब्राह्मणों जैन बौद्ध पाकिस्तानी कश्मीरी बिहारी पंजाबी मराठी तमिल बंगाली',
);
// A pet ("hamara kutta Bruno"), and animals in their own life: the street dogs barking all night
// that the municipality ignores, a proverb ("purani kahawat hai").
const PET_BEFORE = keys('mera mere meri hamara hamare humara humare apna apne', 'मेरा मेरे हमारा हमारे अपना अपने');
const LITERAL_ANIMAL = keys(
  // (hinglish11: the dog's proverbial loyalty, "kuttey ki wafadari insaan se zyada hai")
  'raat raaton municipal corporation nigam mcd bmc society colony mohalla mohalle wafadari wafadar vafadar vafadari',
  'रात नगर निगम सोसाइटी कॉलोनी मोहल्ले वफ़ादारी वफ़ादार वफादारी वफादार',
);
const PROVERB = keys('kahawat kahavat kehawat muhavara muhavra muhawara kahaawat', 'कहावत मुहावरा');
/** "Pagal hai cricket ke peeche": crazy about something. */
const BEHIND = keys('peeche piche pichhe peechhe deewana diwana deewani diwani', 'पीछे दीवाना दीवानी');
// News of a crime, its investigation and trial: "Gauri Lankesh ki hatya ke aaropiyon par faisla kab
// aayega?". HASOC labels much of it offensive for its subject; with no abusive word and nobody
// addressed it asks for justice.
const CRIME_NEWS = keys(
  'hatya hatyaa katl qatl aaropi aaropiyon aropi aropiyon aaropit faisla faisle adalat court giraftar giraftari girftar fir chargesheet jaanch janch sunwai saza sazaa',
  'हत्या क़त्ल कत्ल आरोपी आरोपियों आरोपित फैसला फ़ैसला फैसले अदालत कोर्ट गिरफ्तार गिरफ़्तार गिरफ्तारी चार्जशीट जांच जाँच सुनवाई सज़ा सजा',
);
/**
 * News told: an agent of the law or a hospital acting ("police ne pakad liya"), an accident, an arrest.
 * (Not `pakad`, `maut`, `shaheed`, `zamanat`: "haath pakad ke baithe raho", "zamanat zabt ho gayi" are taunts.)
 */
const AGENT = keys('police polis pulis court adalat hospital aspatal doctor doctoron cbi nia', 'पुलिस कोर्ट अदालत अस्पताल डॉक्टर डॉक्टरों सीबीआई एनआईए');
const NEWS_REPORT = new Set([
  ...AGENT,
  ...keys(
    'accident haadsa hadsa haadse hadse durghatna giraftar giraftaar girftar arrest',
    'हादसा हादसे दुर्घटना गिरफ्तार गिरफ़्तार',
  ),
]);
/** The law acting: jail, a sentence, an arrest, an inquiry, a case. */
const LEGAL = keys('jail jel saza sazaa giraftar giraftaar girftar jaanch janch mukadma mukadama mukaddma kanoon kanun qanoon adalat court', 'जेल सज़ा सजा गिरफ्तार गिरफ़्तार जांच जाँच मुकदमा मुक़दमा कानून क़ानून अदालत');
/** Someone named by their deed: "jo ghotale mein shamil hain", "jisne ghotala kiya", "ghotala karne walon ko". */
const DEED = keys('jo jisne jinhone jinhon jiske jinke walon waalon valon wale waale', 'जो जिसने जिन्होंने जिसके जिनके वालों वाले');
/** Harm verbs that take a perfective auxiliary in a story or in the news (see PERSON). */
const HARM_TOLD = keys('kaat jala', 'काट जला');
const PERFECTIVE = keys('liya liye li diya diye di daala daale daali dala dale gaya gaye gayi', 'लिया लिए ली दिया दिए दी डाला डाले गया गए गई');
/** Praise and thanks: with them, the reader addressed is no cue of abuse. */
const PRAISE = keys(
  'salaam salam salute shabash shabaash badhai badhaai mubarak dhanyavaad dhanyawad dhanyavad shukriya thanks thank proud garv naaz sammaan samman respect wah waah bravo',
  'सलाम शाबाश बधाई मुबारक धन्यवाद शुक्रिया गर्व नाज़ सम्मान वाह',
);
/** A question about when or why: "faisla kab aayega?", "saza kyon nahi mili?". */
const JUSTICE_ASKED = /\?\s*$/;
const OWN = keys('mera mere meri hamara hamare hamari humara humare humari', 'मेरा मेरे मेरी हमारा हमारे हमारी');
const KIN = keys('maa beta bete behen baap', 'मां माँ बाप बेटा');
// A thief as news ("police ne 2 chor pakde") and the idiom "chor darwaza" (the back door).
const CHOR = keys('chor choron', 'चोर चोरों');
const CHOR_NEWS = keys('pakda pakde pakdi pakdaa pakdaya giraftar girftar arrest darwaze darwaza darvaze gang giroh ghus ghuse ghusa ghuske ghuskar churaya churayi churake chura chori cctv camera faraar farar loot luta lute looti looti loota', 'पकड़ा पकड़े पकड़ी गिरफ्तार दरवाज़े दरवाजे दरवाज़ा गिरोह घुस घुसे घुसकर चुराया चुराई चुरा चोरी');

// A film, song or show named by words that look like abuse: "Kamine film ka gaana", "Ullu ka pattha film dekhi".
/** "pagal hain \"pk\" movie mein ...": a word said of someone (a copula between), not a title. */
const COPULA = keys('hai hain ho he h tha thi the hota hote hoti', 'है हैं हो था थी थे होता होते होती');
const TITLE = keys('film filmon films movie movies picture gaana gaane gana song songs trailer serial webseries album', 'फिल्म फ़िल्म मूवी पिक्चर गाना गाने सीरियल ट्रेलर');
// Proverbs and idioms with an animal, a thief or a fool in them, read as a whole (their first words' keys).
const IDIOMS: string[][] = [
  'chor chor mausere', 'chor police', 'chor sipahi', 'ulta chor kotwal', 'chor ki daadhi', 'chor ki dadhi', 'kutte ki dum', 'kutte ki poonch', 'kutte ki pooch', 'dhobi ka kutta', 'har kutte ka',
  'bandar kya jaane', 'bandar kya jane', 'apna ullu seedha', 'apna ullu sidha', 'ullu seedha', 'ullu sidha', 'gadhe ko baap', 'gadhe ko bhi baap',
  'चोर चोर मौसेरे', 'उल्टा चोर कोतवाल', 'चोर की दाढ़ी', 'कुत्ते की दुम', 'कुत्ते की पूंछ', 'धोबी का कुत्ता', 'बंदर क्या जाने', 'अपना उल्लू सीधा', 'उल्लू सीधा', 'गधे को बाप',
].map((p) => p.split(' ').map((w) => (/[\u0900-\u097f]/.test(w) ? foldDevanagari(w) : romanKey(w))));
// A mother or sister in the family's news (not 'seva', which can be a leer): "bhai ki maa ki tabiyat kharab hai", "meri behen ki shaadi hai".
const KIN_F = keys('maa ma mummy mata behen bahan behan beti', 'मां माँ माता मम्मी बहन बेटी');
const FAMILY_NEWS = keys(
  'tabiyat tabiyet tabeeyat sehat shaadi shadi dawai dawa ilaaj ilaj operation maut nidhan dehant barsi yaad puja pooja khana haath dua duaen aashirwad ashirwad padhai naukri',
  'तबीयत तबियत सेहत शादी दवाई दवा इलाज ऑपरेशन मौत निधन देहांत बरसी याद पूजा खाना हाथ दुआ आशीर्वाद पढ़ाई नौकरी',
);
// `dalal` as a broker: "Dalal Street", "property / RTO ke dalal", "commission".
const DALAL = keys('dalal dalaal dalalon dalaalon dalalo', 'दलाल दलालों');
const BROKER = keys('chakkar chakkaron street property zameen jameen rto share shares stock commission kamishan agent registry mandi ticket tickets', 'स्ट्रीट प्रॉपर्टी ज़मीन जमीन आरटीओ शेयर कमीशन एजेंट रजिस्ट्री मंडी टिकट');

/** Spans of mild words used in their everyday sense (see above); empty when the reader is addressed. */
/** A postposition after it makes `saale` a noun for a person ("Saale ko ek run lene ki kya jarurat thi?"). */
const POSTPOSITION = new Set([...KI, ...ERGATIVE, ...SE, ...keys('ko mein me par pe', 'को में पर')]);

/**
 * `saala` at toks[i] opens a sentence as an exclamation: nothing but spaces, quotes or an emoji before it since the
 * sentence began, and no abusive word (an animal, a fool, a thief, a lexicon word, an insult) or postposition after it.
 */
function saalaExclaims(toks: Token[], text: string, i: number, titleWords?: Set<number>): boolean {
  if (!SENTENCE_START.test(text.slice(Math.max(0, toks[i].start - 40), toks[i].start))) return false;
  if (i + 1 >= toks.length) return true;
  const next = toks[i + 1];
  return !(ANIMAL.has(next.key) || FOOL.has(next.key) || CHOR.has(next.key) || POSTPOSITION.has(next.key) || (titleWords?.has(next.start) ?? false) || isHindiInsultWord(text.slice(next.start, next.end)));
}

export function innocentMildSpans(toks: Token[], text: string, titleWords?: Set<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let readerAddressed: boolean | undefined;
  // "tum log", "tum sab": the readers addressed as a crowd ("tum log bhi na, pagal ho jaate ho") are no reader.
  const reader = (): boolean => (readerAddressed ??= toks.some((t, j) => SECOND_PERSON.has(t.key) && !(TUM.has(t.key) && j + 1 < toks.length && CROWD.has(toks[j + 1].key))));
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i].key;
    // A proverb or idiom, read as a whole.
    const idiom = IDIOMS.find((p) => p[0] === k && i + p.length <= toks.length && p.every((w, j) => toks[i + j].key === w));
    if (idiom) {
      out.push([toks[i].start, toks[i + idiom.length - 1].end]);
      i += idiom.length - 1;
      continue;
    }
    // A title: up to three words right before "film" / "gaana" with a word that looks like abuse among them.
    if (!reader()) {
      let tEnd = -1;
      for (let j = i + 1; j <= i + 3 && j < toks.length; j++) if (TITLE.has(toks[j].key)) {
        tEnd = j;
        break;
      }
      if (tEnd > 0 && !toks.slice(i, tEnd).some((t) => COPULA.has(t.key)) && toks.slice(i, tEnd).some((t) => ANIMAL.has(t.key) || FOOL.has(t.key) || SAALA.has(t.key) || CHOR.has(t.key) || (titleWords?.has(t.start) ?? false))) {
        out.push([toks[i].start, toks[tEnd - 1].end]);
        i = tEnd;
        continue;
      }
    }
    const prev = i > 0 ? toks[i - 1].key : '';
    const next = i + 1 < toks.length ? toks[i + 1].key : '';
    const next2 = i + 2 < toks.length ? toks[i + 2].key : '';
    let innocent = false;
    if (toks[i].script === 'latn' && isCleanLookalike(k)) innocent = true; // `chutti`, `gandi`: the model reads their letters
    else if (ANIMAL.has(k) && CART.has(next)) innocent = true; // "gadha gaadi": a donkey cart
    else if (ANIMAL.has(k)) {
      // "kutte ki tarah bhaunkte hain": a comparison, said of people
      const simile = SIMILE.has(next) || (KI.has(next) && TARAH.has(next2));
      /** One of `set` within six words either side. */
      const near = (set: Set<string>): boolean => toks.slice(Math.max(0, i - 6), i + 7).some((t) => set.has(t.key));
      // "mohalle mein kutte", and (hinglish11) "hamari gali ke kutte raat bhar bhaunkte hain": animals of a place.
      const placeOf = i > 1 && PLACE.has(toks[i - 2].key) && (IN.has(prev) || KI.has(prev));
      innocent =
        !reader() &&
        (!INSULT_BEHAVIOUR.test(text) || placeOf || (!KI.has(prev) && !simile && near(LITERAL_ANIMAL)) || PET_BEFORE.has(prev)) &&
        !POINTING.has(prev) &&
        (ANIMAL_BEFORE.has(prev) ||
          // "mere mohalle mein kutte raat bhar bhaunkte hain": animals of a place.
          placeOf ||
          ERGATIVE.has(next) ||
          ((SIMILE.has(next) || (KI.has(next) && TARAH.has(next2))) && toks.slice(i + 2, i + 5).some((t) => TOIL.has(t.key))) ||
          toks.slice(i + 1, i + 9).some((t) => ANIMAL_AFTER.has(t.key)) ||
          // "itna ghatiya khana ki kutta bhi na khaye": even a dog would not.
          // "gadha bhi itna bojh nahi uthata": not even a donkey does, a comparison.
          (EVEN.has(next) && toks.slice(i + 2, i + 6).some((t) => NEG.has(t.key))) ||
          PET_BEFORE.has(prev) ||
          // not "media ke kutte raat din bhaunkte hain": someone's dogs are his men
          // (a pet barks: "mera kutta poori raat bhonkta raha", hindi10)
          (!KI.has(prev) && !simile && (near(LITERAL_ANIMAL) || toks.some((t) => PROVERB.has(t.key)))));
    } else if (SAALA.has(k)) {
      // (Session 11) Also an exclamation opening a sentence with nobody addressed: "Sala, kya baarish hai aaj",
      // "Saala pooora match ek ghante mein khatam" (not "Sala tu chor hai", "sale kutte, teri aukaat…", nor "saale gaddar"
      // with an abusive word right after it).
      innocent = KIN_BEFORE.has(prev) || KIN_AFTER.has(next) || (KI.has(next) && KIN_AFTER.has(next2)) || (!reader() && saalaExclaims(toks, text, i, titleWords));
    } else if (FOOL.has(k)) {
      innocent = (!reader() && (GO_CRAZY.has(next) || (MAKE.has(next) && MADE.has(next2)))) || FOOL_AFTER.test(next) || (FOOL_NEG.has(next) && FOOL_AFTER.test(next2)) || (KI.has(next) && TARAH.has(next2) && toks.slice(i + 3, i + 7).some((t) => NIGHT.has(t.key))) ||
        toks.slice(i + 1, i + 7).some((t, j) => BEHIND.has(t.key) && (t.key.startsWith('d') || t.key.startsWith('\u0926') || KI.has(toks[i + j].key)));
    } else if (KIN_F.has(k)) {
      // (Also the reader's: "teri maa ki tabiyat kaisi hai?" asks after her.)
      innocent = KI.has(next) && FAMILY_NEWS.has(next2);
      if (innocent) {
        out.push([toks[i].start, toks[i + 1].end]);
        i++;
        continue;
      }
    } else if (PEST.has(k)) {
      // "machharon ko maar do": pests killed; the harm verb (which the model has learnt from threats) goes too.
      const j = toks.slice(i + 1, i + 4).findIndex((t) => PEST_KILL.has(t.key));
      if (j >= 0) {
        out.push([toks[i].start, toks[i + 1 + j].end]);
        i += 1 + j;
        continue;
      }
    } else if (AUKAAT.has(k)) {
      // "aukaat se bahar kharcha": beyond one's means, not the reader put in their place.
      innocent = !reader() && SE.has(next) && BEYOND.has(next2);
    } else if (DALAL.has(k)) {
      innocent = !reader() && toks.slice(Math.max(0, i - 6), i + 7).some((t) => BROKER.has(t.key));
    } else if (CHOR.has(k)) {
      innocent = toks.slice(i + 1, i + 6).some((t) => CHOR_NEWS.has(t.key)); // "chor ko dauda ke pakda"
    }
    if (innocent) {
      // "pagal kutta" (rabid dog): the adjective goes with the animal.
      if (ANIMAL.has(k) && RABID.has(prev)) out.push([toks[i - 1].start, toks[i - 1].end]);
      out.push([toks[i].start, toks[i].end]);
    }
  }
  return out;
}

// Name-calling reported and rejected, with no reader addressed: "kisanon ko Khalistani bolne wale
// anchor ko maafi maangni chahiye", "मुसलमानों को गद्दार कहने वाले नेता", "neta ji ne kaha
// 'gaddaron ko goli maaro', aisi bhasha par action ho", "video mein MLA ko 'kutta' bolte sun sakte
// hain". Someone else's words, quoted to condemn them.
const REPORTED_NAME_CALLING = new RegExp(
  [
    // "X ko Y kehna / bolne wale / kehte hain"
    '\\bko (?:\\S+ ){1,3}(?:kehna|kahna|kehne|kahne|bolna|bolne|bulana|bulane|kehte|bolte|kehti|bolti)\\b',
    `(?<![\\u0900-\\u097f])को (?:\\S+ ){1,3}(?:कहना|कहने|बोलना|बोलने|कहते|बोलते|कहती|बोलती)(?![\\u0900-\\u097f])`,
    // a quotation with a reporting verb after it: "ne kaha 'X'", "'X' bolte", "'X' कहा"
    `["'\u201c\u2018][^"'\u201d\u2019]{1,60}["'\u201d\u2019],? (?:\\S+ ){0,2}(?:kaha|kahaa|bola|boli|bole|bolte|kehte|likha|कहा|बोला|बोले|बोलते|कहते|लिखा)`,
    `(?:kaha|kahaa|bola|boli|bole|likha|कहा|बोला|बोले|लिखा),?(?: \\S+){0,3}? ?[-:]? ?(?:ki |कि )?["'\u201c\u2018][^"'\u201d\u2019]{1,60}["'\u201d\u2019]`,
  ].join('|'),
);

/** A film's line or song named as such: "ye dialogue Amitabh ka tha", "Satya ka gaana". */
const FILM_LINE = /\b(?:ka|ki|ke|ye|yeh|wo|woh) (?:dialogue|dialog|dailog|gaana|gana|song)\b|(?:dialogue|dialog|dailog|gaana|gana|song) (?:tha|thi|hai)\b|(?:का|की|ये|वो) (?:डायलॉग|गाना)|(?:डायलॉग|गाना) (?:था|है)/;
const TUM = keys('tum', 'तुम');
const CROWD = keys('log logon logo sab sabhi', 'लोग लोगों सब सभी');
const QUOTED = /["\u201c\u2018'][^"\u201c\u201d\u2018\u2019']{1,80}["\u201d\u2019']/g;
/** A second-person word outside quotation marks (inside them it is someone else's words). */
function addressesReader(toks: Token[], text: string): boolean {
  const quoted: Array<[number, number]> = [];
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text)) !== null) quoted.push([m.index, m.index + m[0].length]);
  return toks.some((t) => SECOND_PERSON.has(t.key) && !quoted.some(([s, e]) => t.start >= s && t.end <= e) && !hinglishReported(text, t.start, t.end));
}

/** `text` with the given spans (in order, not overlapping) replaced by spaces: offsets stay put. */
function blank(text: string, spans: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}

export class IndicModel {
  constructor(
    readonly model: Model,
    readonly threshold: number,
  ) {}

  /**
   * Word weights for evidence, as `featurize` (version 2) sums them, memoized per word; exact for
   * weights read from JSON (see ml/fast.ts), else undefined and the reference loop runs.
   */
  private get evidenceScorer(): FastScorer | undefined {
    if (this.scorer === undefined) this.scorer = FastScorer.exactWeights(this.model.weights) ? new FastScorer(this.model.features, this.model.weights) : null;
    return this.scorer ?? undefined;
  }
  private scorer: FastScorer | null | undefined;

  static tryLoad(file: string): IndicModel | undefined {
    if (!fs.existsSync(file)) return undefined;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as SerializedModel;
    const t = Number((json.meta as { threshold?: number } | undefined)?.threshold ?? 0.5);
    return new IndicModel(Model.fromJSON(json), t);
  }

  probability(text: string, language: Language): number {
    return this.model.score(text, indicExtras(tokensOf(text), language, undefined, text));
  }

  /** 0..1 with the applicable threshold at 0.5. */
  score(text: string, language: Language): number {
    let toks = tokensOf(text);
    let p = this.model.score(text, indicExtras(toks, language, undefined, text));
    // Mild words (`saala`, `kutta`) are everyday speech: not a cue on their own.
    let hits = HindiLexicon.load().match(toks, language, text);
    let blanked = text;
    if (p >= this.threshold) {
      // ... and in their everyday sense the model is asked about the comment without them.
      // (Words the lexicon matched may be a title's words: their starts.)
      const innocent = innocentMildSpans(toks, text, new Set(hits.filter((h) => h.severity !== 'severe').map((h) => h.start)));
      // Words that only fold to an entry's key ("Train chuta toh kya", left behind: NOT_THEIR_KEY)
      // are no abuse either, and the model reads their letters too.
      for (const h of hits) if (h.end - h.start <= 12 && NOT_THEIR_KEY.has(text.slice(h.start, h.end)) && !innocent.some(([s]) => s === h.start)) innocent.push([h.start, h.end]);
      innocent.sort((a, b) => a[0] - b[0]);
      if (innocent.length > 0) {
        blanked = blank(text, innocent);
        toks = tokenize(blanked);
        p = this.model.score(blanked, indicExtras(toks, language, undefined, blanked));
        hits = hits.filter((h) => !innocent.some(([s]) => s === h.start));
      }
    }
    let cue = hits.some((h) => h.severity !== 'mild');
    // "tum log", "tum sab": the readers addressed as a crowd ("tum log vote zaroor dena") are no cue.
    // Nor is the reader praised ("tum insaan ho ya farishta, salaam"), with no abusive word.
    const praised = hits.length === 0 && toks.some((k) => PRAISE.has(k.key));
    // Nor is a second person inside someone else's words told as a story ("mere bhai ne kaha tu pagal
    // hai jo 5 baje uthta hai", "maine bhai ko kaha ..."): `toldTo` counts those.
    let toldTo = 0;
    for (let i = 0; i < toks.length && !cue && !praised; i++) {
      if (!SECOND_PERSON.has(toks[i].key) || (TUM.has(toks[i].key) && i + 1 < toks.length && CROWD.has(toks[i + 1].key))) continue;
      if (hinglishReported(text, toks[i].start, toks[i].end)) toldTo++;
      else cue = true;
    }
    let person = cue || hits.length > 0;
    // "mera beta", "hamari maa": the writer's own family is nobody attacked.
    // Nor is a harm verb told in the perfective ("kutte ne bachche ko kaat liya", "haath kaat diye the"): news or a story, not an order.
    for (let i = 0; i < toks.length && !person; i++)
      if (PERSON.has(toks[i].key) && !(i > 0 && OWN.has(toks[i - 1].key) && KIN.has(toks[i].key)) && !(HARM_TOLD.has(toks[i].key) && i + 1 < toks.length && PERFECTIVE.has(toks[i + 1].key))) person = true;
    // With no cue left once the mild words were read in their everyday sense, or in news of a crime
    // and its trial, the rest of the comment is what the model reads: it must be surer still.
    // A report of what the police, a court or a hospital did, or of an accident, with no abusive word.
    // Or a demand that the law act on wrongdoers named by their deed, with nobody addressed: "ghotala karne walon ko
    // jail mein daalo", "usko jail mein daal do jisne ghotala kiya" (hindi10).
    const reported = hits.length === 0 && ((!cue && toks.some((k) => LEGAL.has(k.key)) && toks.some((k) => DEED.has(k.key))) || (JUSTICE_ASKED.test(text) && toks.some((k) => CRIME_NEWS.has(k.key))) || toks.some((k, j) => NEWS_REPORT.has(k.key) && (!AGENT.has(k.key) || (j + 1 < toks.length && ERGATIVE.has(toks[j + 1].key)))));
    const margin = cue ? 0 : NO_CUE_MARGIN + (person ? 0 : NO_PERSON_MARGIN) + (reported ? EXPLAINED_MARGIN : 0);
    const t = Math.min(0.99, this.threshold + margin);
    if (p >= t && !cue && hits.length === 0) {
      const communities = toks.filter((k) => COMMUNITY.has(k.key)).map((k): [number, number] => [k.start, k.end]);
      if (communities.length > 0) {
        const plain = blank(blanked, communities);
        p = Math.min(p, this.model.score(plain, indicExtras(tokenize(plain), language, undefined, plain)));
      }
    }
    const score = p >= t ? 0.5 + (0.5 * (p - t)) / Math.max(1e-9, 1 - t) : (0.5 * p) / Math.max(1e-9, t);
    // Name-calling quoted or reported to condemn it, or said to someone in a story, with no reader addressed.
    // (Also a film's line or song quoted: "goli maar bheje mein, Satya ka gaana", hindi10.)
    if (score >= 0.5 && (toldTo > 0 || REPORTED_NAME_CALLING.test(text) || FILM_LINE.test(text)) && !addressesReader(toks, text)) return score * REPORTED_DAMPING;
    return score;
  }

  /** The tokens with the largest positive weight (for evidence when only the model fired). */
  topTokens(text: string, max = 2): Token[] {
    const toks = tokensOf(text);
    const scored: Array<{ t: Token; w: number }> = [];
    const w = this.model.weights;
    // A token's weight depends on its text alone (its key is derived from it): repeated words
    // are featurized once per call.
    const seen = new Map<string, number>();
    for (const t of toks) {
      const word = text.slice(t.start, t.end);
      let s = seen.get(word);
      if (s === undefined) {
        if (this.evidenceScorer) s = this.evidenceScorer.sumWithoutZero(word, [`k:${t.key}`]);
        else {
          const v = featurize(word, this.model.features, [`k:${t.key}`]);
          s = 0;
          for (let i = 0; i < v.idx.length; i++) if (v.idx[i] !== 0) s += w[v.idx[i]];
        }
        seen.set(word, s);
      }
      scored.push({ t, w: s });
    }
    scored.sort((a, b) => b.w - a.w);
    // Positive contributors; at least the strongest token so a flag always shows a span.
    const n = Math.max(1, scored.filter((x) => x.w > 0).length);
    return scored.slice(0, Math.min(max, n)).map((x) => x.t).sort((a, b) => a.start - b.start);
  }
}

let abuse: IndicModel | null | undefined;
/**
 * The Hindi / Hinglish abuse model (data/hi/abuse-model.json): offensive, abusive or aggressive
 * comments in Devanagari Hindi and romanized Hindi. The personal-attack check consults it for
 * comments tagged `hi` / `hi-Latn`.
 */
export function indicAbuseModel(): IndicModel | undefined {
  if (abuse === undefined) abuse = IndicModel.tryLoad(path.join(__dirname, '../../data/hi/abuse-model.json')) ?? null;
  return abuse ?? undefined;
}
