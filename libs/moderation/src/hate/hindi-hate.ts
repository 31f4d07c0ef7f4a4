import type { Token } from '../lang/tokens';
import { C, HateHit, STOP, key } from './hate-rules';

// Group hate in Hindi and Hinglish sentences (issue 7), for comments tagged `hi` or `hi-Latn`. The
// English grammar of hate-rules.ts reads subject-verb-object order; Hindi puts the group first and
// the order last: "Musalmanon ko naukri mat do", "दलितों को कुएं से पानी मत भरने दो", "Saare sardar
// Khalistani hote hain", "पंजाबी सब नशेड़ी होते हैं". Four shapes, each inside one sentence:
// - exclusion: a group (+ को / ko) denied a job, a home, water, entry, a vote or a right: "… mat do",
//   "… ka haq nahi hona chahiye", "… se kuch mat khareedo", "… ko desh se bahar phenko";
// - generalisation: all of a group (saare / sab / sabhi / har) called a bad name ("… hote hain");
// - a slur for a community (katwe, kathmulla), or a caste name next to a hostile word;
// - women's place: "aurton ki jagah rasoi mein hai", "ladkiyon ko padhana bekaar hai".
// Not when the sentence reports or rejects it ("… kehna galat hai", "… kehne wale neta par case ho").

const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(key));

/** Orders not to give or let: "mat do", "na dena", "nahi dena chahiye", "mat bharne do". */
const NOT = keys('mat na nahi nahin mut मत ना नहीं न');
const GIVE = keys('do dena dijiye dijie dena chahiye karne bharne ghusne rehne rahne aane dene de milni milna milne mile मिलनी मिलना मिलने मिले लेने दो देना दीजिए दें करने भरने घुसने रहने आने देने');
/** What a group is denied. */
const RESOURCE = keys(
  'naukri naukari job jobs ghar makaan makan kiraye kiraya kirayedar flat room paani pani kuan kuen kuon mandir school schoolon dukaan dukan zameen jameen ' +
    'vote jagah entry pravesh adhikar haq hak izzat samman shaadi bahu rashan ration gaon gaanv basti mohalla society colony desh ' +
    'नौकरी घर मकान किराए किराया कमरा पानी कुएं कुआं कुएँ मंदिर स्कूल दुकान ज़मीन जमीन वोट जगह प्रवेश अधिकार हक़ हक इज़्ज़त सम्मान शादी राशन गांव गाँव बस्ती मोहल्ला सोसाइटी कॉलोनी देश',
);
const RIGHT = keys('adhikar haq hak अधिकार हक़ हक');
const BUY = keys('khareedo kharido kharidna khareedna lo lena khareedein kharide खरीदो ख़रीदो खरीदना लो लेना खरीदें');
const OUT = keys('bahar baahar बाहर');
const THROW = keys('phenko fenko nikalo nikaalo bhagao bhagaao khadedo karo kar do भगाओ निकालो फेंको खदेड़ो करो');
/** All of a group. */
const ALL = keys('saare sare sab sabhi har tamam saara सारे सब सभी हर तमाम');
/** What all of a group is called (besides the hate lexicon's attributes and dehumanising nouns). */
const BAD = keys(
  'gaddar gaddaar chor aatanki atanki aatankwadi terrorist darpok dapok nashedi nasheri nashedi jaahil jahil ganwar gawar gande ganda kanjoos jhoothe jhute ' +
    'dhokebaaz dhokebaz pathharbaaz patharbaz deshdrohi andhvishwasi piyakkad gunde goonde lutere bhikhari bhikari kamine suar kutte deemak dimak keede kide ' +
    'janwar jaanwar haramkhor balatkari jihadi ghuspaithiye ghuspaithiya khalistani naxali bewakoof murkh anpadh ' +
    'गद्दार चोर आतंकी आतंकवादी डरपोक नशेड़ी जाहिल गंवार गँवार गंदे कंजूस झूठे धोखेबाज़ धोखेबाज पत्थरबाज़ पत्थरबाज देशद्रोही अंधविश्वासी पियक्कड़ गुंडे लुटेरे भिखारी कमीने सूअर कुत्ते दीमक कीड़े जानवर हरामखोर बलात्कारी जिहादी घुसपैठिये खालिस्तानी नक्सली मूर्ख अनपढ़',
);
const COPULA = keys('hote hain hai he hain hote hi hota hoti होते हैं है होता होती');
/** Slurs for communities, hate in any sentence. */
const SLURS = keys('katwa katwe katue katuwe katuaa katuon kathmulla kathmulle mulle mullon mullo sulle कटवा कटवे कटुए कटुआ कठमुल्ला कठमुल्ले मुल्ले');
/** Caste names used as slurs only next to a hostile word. */
const CASTE_SLURS = keys('chamar chamaar chamaro bhangi चमार भंगी');
const WOMEN = keys('aurat aurton auraton aurtein aurten ladki ladkiyon ladkiyan ladkiya mahila mahilaon betiyon बेटियों औरत औरतों औरतें लड़की लड़कियों लड़कियां महिला महिलाओं');
const WOMEN_PLACE = keys('rasoi kitchen chulha chulhe ghar रसोई चूल्हा चूल्हे घर');
const WOMEN_PLACE_CUE = keys('jagah kaam sirf bas जगह काम सिर्फ बस');
/** "… ghar mein rehna chahiye": women told to stay home, said of all of them (see judgeSentence). */
const STAY = keys('rehna rahna rehni rahni baithna baithe rahen rahe रहना रहनी बैठना रहें');
const SHOULD = keys('chahiye chaiye chahie चाहिए चाहिये');
const CONFINE = keys('band bandh kaid qaid बंद बन्द कैद क़ैद');
/** "… unka kaam nahi": not women's business. */
const KO = keys('ko को');
/** "Dalito ko aukaat mein rakhna chahiye": a group to be kept in its place. */
const PLACE_OF = keys('aukaat aukat aukad okat aukaad auqat औकात');
const KEEP = keys('rakhna rakho rakhiye rakhen rakhein rakhne rehna rahna dikhani dikhana dikhao dikhaiye dikhane रखना रखो रखें रखने रहना दिखानी दिखाना दिखाओ दिखाने');
/** "Musalman kabhi wafadar nahi ho sakte": a good quality denied to a whole community. */
const GOOD_HI = keys('wafadar wafadaar vafadar imaandar imandar eemandar deshbhakt shareef bharosemand वफादार वफ़ादार ईमानदार देशभक्त शरीफ भरोसेमंद');
const CAN_HI = keys('sakte sakta skte सकते सकता');
const THEIR = keys('unka inka unki inki उनका इनका उनकी इनकी');
const WORK = keys('kaam kam काम');
const USELESS = keys('bekaar bekar faltu bekaar बेकार फालतू');
const TEACH = keys('padhana padhane padhai पढ़ाना पढ़ाने पढ़ाई');

/** The sentence reports or rejects the hate: "… kehna galat hai", "… kehne wale neta par case ho". */
const REJECTS = /(?:कहना|कहने|kehna|kehne|bolna|bolne|बोलना|बोलने|kaha|कहा|कहता|kehta|aarop|आरोप)[^.!?।]{0,40}(?:गलत|ग़लत|galat|ghalat|केस|case|शर्म|sharm|अपराध|apradh|jail|जेल|band|बंद|saza|सज़ा|सजा)|(?:गलत|ग़लत|galat|ghalat|bhedbhav|भेदभाव|अन्याय|anyay|sharmnak|शर्मनाक|गैरकानूनी|illegal)\b/i;

/** A sentence end (`.`, `!`, `?`, `।`, a line break) in text[from, to): a scan, no substring. */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0964 || c === 0x0a) return true;
  }
  return false;
}
/** A question or a quotation: asked or reported, not said by the commenter. */
const QUOTED = /[?"\u201c\u201d\u00ab\u00bb]/;

/** Calling a group names, or keeping it out, reported and rejected ("Dalito ko mandir mein ghusne se rokna apradh hai"): "मुसलमानों को गद्दार कहना गलत है", "… kehne wale neta par case ho". */
export const CALLING_REJECTED = /(?:कहना|कहने|kehna|kehne|bolna|bolne|बोलना|बोलने|rokna|rokne|रोकना|रोकने)[^.!?।]{0,40}(?:गलत|ग़लत|galat|ghalat|केस|case|अपराध|apradh|jurm|जुर्म|jail|जेल|saza|सज़ा|सजा)/i;

/** Hindi word order in a comment the language tag called English (short Hinglish): "X ko naukri mat do". */
export const HINGLISH_CUE = /\b(?:ko|hain|hai|hote|mat|nahi|nahin|sab|saare|sare|sabhi|se)\b/;

/** Communities the hate lexicon lacks in their Hindi forms. */
const EXTRA_GROUPS = keys(
  'sardar sardaron sardarji punjabi punjabiyon bihari biharion biharyon hijde hijdon hijda hijra hijron kinnar kinnaron ' +
    'सरदार सरदारों पंजाबी पंजाबियों बिहारी बिहारियों हिजड़े हिजड़ों किन्नर किन्नरों',
);
/** "Musalmanon ko Pakistan bhej do": a community sent out of the country. */
const ABROAD = keys('pakistan pakisthan bangladesh myanmar burma arab पाकिस्तान बांग्लादेश म्यांमार अरब');
const SEND = keys('bhejo bhej bhejna bhejdo bhejiye bhejenge भेजो भेज भेजना भेजिए भेजेंगे');
/** "Biharis pe kabhi bharosa mat karna": never to be trusted. */
const ON = keys('pe par pr पर पे');
const TRUST = keys('bharosa bharosaa vishwas vishvas yakeen yakin bharosemand भरोसा विश्वास यकीन');
/** "Hinduon jaago, hathiyar uthao": a community called to arms. */
const WEAPONS = keys('hathiyar hathiyaar talwar talwaren trishul lathi lathiyan हथियार तलवार तलवारें त्रिशूल लाठी');
const RAISE = keys('uthao utha uthana uthaao nikalo उठाओ उठा उठाना निकालो');
/** "Ye log suar ki tarah bachche paida karte hain": a people that breeds like animals. */
const LIKE = keys('tarah jaise jaisa jaisi तरह जैसे');
const BREED_HI = keys('paida bachche bacche baccha पैदा बच्चे');
/** Dehumanising nouns that make a verdict on a group without "all" ("Bangladeshi ghuspaithiye keede hain"). */
const VERMIN = keys('keede kide keeda kida deemak dimak suar suwar kutte janwar jaanwar sapole makode kocharoch कीड़े कीड़ा दीमक सूअर कुत्ते जानवर सपोले मकोड़े');

export function hindiGroupHate(text: string, tokens: Token[], cls: Uint32Array | number[]): HateHit[] {
  const n = tokens.length;
  if (n === 0) return [];
  const hits: HateHit[] = [];
  // Sentence spans over the tokens.
  let s = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && !sentenceEndBetween(text, tokens[i - 1].end, tokens[i].start)) continue;
    const sentence = text.slice(tokens[s].start, tokens[i - 1].end + 1);
    if (!REJECTS.test(sentence) && !QUOTED.test(sentence)) judgeSentence(tokens, cls, s, i, hits);
    s = i;
  }
  return hits;
}

function judgeSentence(tokens: Token[], cls: Uint32Array | number[], a: number, b: number, hits: HateHit[]): void {
  const k = (i: number): string => tokens[i].key;
  const ident: number[] = [];
  for (let i = a; i < b; i++) if (((cls[i] & C.Identity) !== 0 && (cls[i] & C.Institution) === 0) || EXTRA_GROUPS.has(k(i))) ident.push(i);
  const has = (set: Set<string>, from: number, to = b): number => {
    for (let i = Math.max(a, from); i < to; i++) if (set.has(k(i))) return i;
    return -1;
  };
  for (let i = a; i < b; i++) if (SLURS.has(k(i))) hits.push({ from: i, to: i, kind: 'slur', score: 0.8 });
  const hostile = (i: number): boolean => BAD.has(k(i)) || (cls[i] & (C.NegAttr | C.Dehum | C.Slur)) !== 0;
  for (let i = a; i < b; i++) {
    if (!CASTE_SLURS.has(k(i))) continue;
    for (let j = a; j < b; j++) if (j !== i && hostile(j)) {
      hits.push({ from: Math.min(i, j), to: Math.max(i, j), kind: 'slur', score: 0.8 });
      break;
    }
  }
  // A call to arms with a community named in the sentence ("Hinduon jaago, hathiyar uthao"; not "hathiyar mat uthao").
  const weapon = has(WEAPONS, a);
  if (weapon >= 0 && ident.length > 0) {
    const raise = has(RAISE, weapon + 1, Math.min(b, weapon + 3));
    if (raise >= 0 && has(NOT, weapon + 1, raise) < 0 && has(NOT, Math.max(a, weapon - 2), weapon) < 0) hits.push({ from: Math.min(ident[0], weapon), to: Math.max(ident[0], raise), kind: 'violence', score: 0.9 });
  }
  // Breeding like animals, said of a people ("ye log suar ki tarah bachche paida karte hain").
  for (let i = a; i + 2 < b; i++) {
    if (!VERMIN.has(k(i)) || (!LIKE.has(k(i + 1)) && !(LIKE.has(k(i + 2)) && (k(i + 1) === key('ki') || k(i + 1) === key('की'))))) continue;
    const breed = has(BREED_HI, i + 2, Math.min(b, i + 6));
    let who = -1;
    for (let j = a; j < i; j++) if ((cls[j] & (C.Identity | C.Anaphora)) !== 0 || EXTRA_GROUPS.has(k(j))) who = j;
    if (breed >= 0 && who >= 0 && has(NOT, i, b) < 0) hits.push({ from: who, to: breed, kind: 'dehumanising', score: 0.85 });
  }
  for (const g of ident) {
    // Sent out of the country: "Musalmanon ko Pakistan bhej do" (not "… mat bhejo").
    const abroad = has(ABROAD, g + 1, Math.min(b, g + 4));
    if (abroad >= 0) {
      const send = has(SEND, abroad + 1, Math.min(b, abroad + 3));
      if (send >= 0 && has(NOT, g + 1, Math.min(b, send + 2)) < 0) {
        hits.push({ from: g, to: send, kind: 'exclusion', score: 0.85 });
        continue;
      }
    }
    // A good quality denied: "Musalman kabhi wafadar nahi ho sakte", "… deshbhakt nahi hote" (not "sab … nahi").
    const good = has(GOOD_HI, g + 1, Math.min(b, g + 4));
    const copula = good >= 0 ? Math.max(has(COPULA, good + 2, Math.min(b, good + 5)), has(CAN_HI, good + 2, Math.min(b, good + 5))) : -1;
    if (good >= 0 && has(ALL, a, g) < 0 && has(NOT, good + 1, Math.min(b, good + 2)) >= 0 && copula >= 0) {
      hits.push({ from: g, to: good, kind: 'derogation', score: 0.8 });
      continue;
    }
    // Never to be trusted: "Biharis pe kabhi bharosa mat karna", "… par vishwas nahi kiya ja sakta".
    if (g + 1 < b && ON.has(k(g + 1))) {
      const trust = has(TRUST, g + 2, Math.min(b, g + 5));
      if (trust >= 0 && has(NOT, trust + 1, Math.min(b, trust + 3)) >= 0) {
        hits.push({ from: g, to: trust, kind: 'derogation', score: 0.8 });
        continue;
      }
    }
    // Exclusion: group … resource … not … give ("Musalmanon ko naukri mat do"), group … right … not
    // ("… ko vote ka haq nahi hona chahiye"), group … se … not … buy, group … out … throw.
    const not = has(NOT, g + 1);
    if (not >= 0) {
      const give = has(GIVE, not + 1, Math.min(b, not + 4));
      const res = has(RESOURCE, g + 1, not);
      const right = has(RIGHT, g + 1, not);
      const buy = has(BUY, not + 1, Math.min(b, not + 3));
      if ((give >= 0 && res >= 0) || (right >= 0 && res >= 0 && res < right) || buy >= 0) {
        hits.push({ from: g, to: Math.max(give, buy, not), kind: 'exclusion', score: 0.8 });
        continue;
      }
    }
    const out = has(OUT, g + 1);
    if (out >= 0) {
      const thr = has(THROW, out + 1, Math.min(b, out + 3));
      if (thr >= 0) {
        hits.push({ from: g, to: thr, kind: 'exclusion', score: 0.8 });
        continue;
      }
    }
    // Kept in their place: "Dalito ko aukaat mein rakhna chahiye".
    const placeOf = has(PLACE_OF, g + 1, Math.min(b, g + 4));
    const keep = placeOf >= 0 ? has(KEEP, placeOf + 1, Math.min(b, placeOf + 3)) : -1;
    // ("… rakhna band karo": told to stop.)
    if (keep >= 0 && has(STOP, keep + 1, Math.min(b, keep + 3)) < 0 && has(NOT, placeOf + 1, keep) < 0) {
      hits.push({ from: g, to: placeOf, kind: 'derogation', score: 0.8 });
      continue;
    }
    // Vermin: "Bangladeshi ghuspaithiye keede hain", "ये कटुए दीमक हैं".
    const v = has(VERMIN, g + 1, Math.min(b, g + 4));
    if (v >= 0 && has(COPULA, v + 1, Math.min(b, v + 3)) >= 0 && has(NOT, g + 1, Math.min(b, v + 3)) < 0) {
      hits.push({ from: g, to: v, kind: 'dehumanising', score: 0.8 });
      continue;
    }
    // Generalisation: "saare sardar Khalistani hote hain", "पंजाबी सब नशेड़ी होते हैं".
    const all = has(ALL, g - 2, Math.min(b, g + 2));
    if (all >= 0 || (cls[g - 1] !== undefined && g - 1 >= a && (cls[g - 1] & C.All) !== 0)) {
      for (let j = g + 1; j < b; j++) {
        if (!hostile(j)) continue;
        // "Saare Pakistani aatanki nahi hote": denied, not said.
        if (has(NOT, g + 1, Math.min(b, j + 3)) >= 0) break;
        if (has(COPULA, j + 1, Math.min(b, j + 3)) >= 0 || j === b - 1) {
          hits.push({ from: Math.min(g, all >= 0 ? all : g), to: j, kind: 'derogation', score: 0.78 });
          break;
        }
      }
    }
  }
  // Women's place: "aurton ki jagah rasoi mein hai", "ladkiyon ko padhana bekaar hai".
  const w = has(WOMEN, a);
  if (w >= 0) {
    const place = has(WOMEN_PLACE, w + 1);
    const cue = has(WOMEN_PLACE_CUE, w + 1);
    const teach = has(TEACH, w + 1);
    const useless = teach >= 0 ? has(USELESS, teach + 1) : -1;
    // Tight: "aurton ko ghar mein rehna chahiye", nothing between ("… raat mein ghar pe …" is not a rule for all time).
    const tight = place === w + 1 || (place === w + 2 && KO.has(k(w + 1)));
    let stay = tight ? has(STAY, place + 1, Math.min(b, place + 3)) : -1;
    // "… ghar mein band / kaid rakhna chahiye": locked up at home (hindi9).
    if (tight && stay < 0) {
      const shut = has(CONFINE, place + 1, Math.min(b, place + 3));
      if (shut >= 0 && shut + 1 < b && KEEP.has(k(shut + 1))) stay = shut + 1;
    }
    const their = has(THEIR, w + 1);
    const notTheirs = their >= 0 && has(WORK, their + 1, their + 2) >= 0 ? has(NOT, their + 2, Math.min(b, their + 4)) : -1;
    if (place >= 0 && cue >= 0 && cue < place) hits.push({ from: w, to: place, kind: 'derogation', score: 0.78 });
    else if (useless >= 0) hits.push({ from: w, to: useless, kind: 'derogation', score: 0.78 });
    // "औरतों को घर में रहना चाहिए": a rule for all women opens the sentence ("Covid mein aurton ko
    // ghar mein rehna chahiye" is advice for a time; "pregnant auraton ko …" for some women).
    else if (stay >= 0 && stay + 1 < b && SHOULD.has(k(stay + 1)) && (w === a || (w === a + 1 && ALL.has(k(a)))))
      hits.push({ from: w, to: stay + 1, kind: 'derogation', score: 0.78 });
    // "… naukri unka kaam nahi": not women's business.
    else if (notTheirs >= 0) hits.push({ from: w, to: notTheirs, kind: 'derogation', score: 0.78 });
  }
  hinglishImplicit(tokens, cls, a, b, ident, hits);
}

// Implicit derogation in Hinglish (session 9), our own sentences: "Main mar jaunga par Musalmanon ke bagal mein nahi
// rahunga", "Biharis ka dimaag bachche jaisa hota hai", "inko unki jagah dikhao", "Jab se ye Bangladeshi aaye hain,
// mohalla ganda ho gaya", "Auraton ko vote ka haq dena sabse badi galti thi", "Kashmiri log sirf danda samajhte hain".
const DIE = keys('mar marr');
const WILL_DIE = keys('jaunga jaungi jaaunga jaaungi jaayenge jayenge jaana');
const BUT_HI = keys('par lekin magar pr');
const NOT_HI = keys('nahi nahin na nai');
const BRAIN_HI = keys('dimaag dimag dimaagh akal akl budhi buddhi');
const CHILD_HI = keys('bachche bacche bachhe bachon janwar jaanwar janwaron gadhe gadha bandar bandaron ullu bhains');
const LIKE_HI = keys('jaisa jaise jaisi jitna jitni');
const THEIR_HI = keys('unki inki inko unko unhe inhe unka inka');
const PLACE_HI = keys('jagah aukaat aukat okat auqat');
const SHOW_HI = keys('dikhao dikhani dikhana dikha dikhaa dikhaiye dikhado');
const SINCE_HI = keys('se');
const WHEN_HI = keys('jab');
const CAME_HI = keys('aaye aye aaya aayi aa');
const RUINED_HI = keys('ganda gandi gande barbaad barbad kharab chori chor gandagi tabah');
const TREATED_HI = keys('saath sath bartav bartaav vyavhar vyavahar police sarkar unke unka unki inke inka inki');
const RIGHT_HI = keys('vote voting haq hak adhikar aarakshan arakshan reservation naukri');
const GIVE_HI = keys('dena diya dene');
const MISTAKE_HI = keys('galti galati bhool bhul');
const ONLY_HI = keys('sirf bas');
const FORCE_HI = keys('danda dande lathi laathi joota jute joote goli');
const GRASP_HI = keys('samajhte samajhta samajhti samjhte samjhta');

function hinglishImplicit(tokens: Token[], cls: Uint32Array | number[], a: number, b: number, ident: number[], hits: HateHit[]): void {
  if (ident.length === 0) return;
  const k = (i: number): string => (i >= a && i < b ? tokens[i].key : '');
  const find = (set: Set<string>, from: number, to = b): number => {
    for (let i = Math.max(a, from); i < Math.min(b, to); i++) if (set.has(k(i))) return i;
    return -1;
  };
  const g = ident[0];
  const add = (from: number, to: number): void => {
    hits.push({ from: Math.min(from, to), to: Math.max(from, to), kind: 'derogation', score: 0.78 });
  };
  // "Main mar jaunga par Musalmanon ke bagal mein nahi rahunga".
  const die = find(DIE, a);
  if (die >= 0 && WILL_DIE.has(k(die + 1))) {
    const but = find(BUT_HI, die + 2);
    if (but >= 0 && g > but && find(NOT_HI, g + 1) > g) add(die, g);
  }
  // "Biharis ka dimaag bachche jaisa hota hai".
  const brain = find(BRAIN_HI, g + 1, g + 4);
  if (brain >= 0 && CHILD_HI.has(k(brain + 1)) && (LIKE_HI.has(k(brain + 2)) || LIKE_HI.has(k(brain + 3)))) add(g, brain + 1);
  // "inko unki jagah / aukaat dikhao".
  const place = find(PLACE_HI, a);
  if (place >= 0 && THEIR_HI.has(k(place - 1)) && SHOW_HI.has(k(place + 1)) && find(NOT_HI, a, place) < 0) add(g, place + 1);
  // "Jab se ye Bangladeshi aaye hain, mohalla ganda ho gaya".
  const when = find(WHEN_HI, a, g);
  if (when >= 0 && SINCE_HI.has(k(when + 1)) && g <= when + 4 && CAME_HI.has(k(g + 1)) || (when >= 0 && SINCE_HI.has(k(when + 1)) && g <= when + 4 && CAME_HI.has(k(g + 2)))) {
    const ruined = find(RUINED_HI, g + 2);
    // what became bad is the place, not how they are treated ("… unke saath police ka bartav kharab hai")
    if (ruined >= 0 && find(TREATED_HI, g + 2, ruined) < 0) add(when, ruined);
  }
  // "Auraton ko vote ka haq dena sabse badi galti thi" (not "… sabse achha faisla tha").
  if (k(g + 1) === key('ko')) {
    const right = find(RIGHT_HI, g + 2, g + 5);
    const give = right >= 0 ? find(GIVE_HI, right + 1, right + 4) : -1;
    const mistake = give >= 0 ? find(MISTAKE_HI, give + 1, give + 5) : -1;
    if (mistake >= 0 && find(NOT_HI, give, mistake) < 0) add(g, mistake);
  }
  // "Ye Kashmiri log sirf danda samajhte hain".
  const only = find(ONLY_HI, g + 1, g + 4);
  if (only >= 0) {
    const force = find(FORCE_HI, only + 1, only + 3);
    const grasp = force >= 0 ? find(GRASP_HI, force + 1, force + 5) : -1;
    if (grasp >= 0) add(g, grasp);
  }
}

const ALLOWED = keys('allowed welcome');
const NOTICE_START = /(?:^|[.!?\n:;"]\s*)$/;
/** The notice reported, or described as past or wrong: "… says the report", "… was the old rule; the court ended it". */
const REPORTED = /\b(?:says?|said|report|reports|reported|alleged|allegedly|according|police|claims?|complain\w*|survey|study|data|was|were|used to|had been|until|ended|struck|scrapped|abolished|illegal|unconstitutional|discriminat\w*|wrong|shame\w*|sign|board|poster)\b/;
const EN_RESOURCE = keys('job jobs work entry house houses home homes flat flats room rooms rent place space admission seat seats vote votes rights water service shops shop visa visas');

/**
 * Exclusion said as a notice, in English: "No jobs for Muslims in our company", "no flats for
 * Dalits", "No Muslims allowed". The English grammar reads subject-verb sentences; these have no verb.
 */
export function exclusionNotice(text: string, tokens: Token[], cls: Uint32Array | number[]): HateHit[] {
  const hits: HateHit[] = [];
  const n = tokens.length;
  const group = (i: number): boolean => i < n && (cls[i] & C.Identity) !== 0 && (cls[i] & C.Institution) === 0;
  for (let i = 0; i + 2 < n; i++) {
    // A notice starts its sentence ("There are no jobs for X in the state" is a report).
    if (tokens[i].key !== 'no' || !NOTICE_START.test(text.slice(Math.max(0, tokens[i].start - 3), tokens[i].start))) continue;
    const sentenceEnd = text.slice(tokens[i].start).search(/[.!?\n]/);
    if (REPORTED.test(sentenceEnd < 0 ? text.slice(tokens[i].start) : text.slice(tokens[i].start, tokens[i].start + sentenceEnd + 1))) continue;
    const k1 = tokens[i + 1].key;
    // "no jobs for (the) Muslims"
    if (EN_RESOURCE.has(k1) && tokens[i + 2].key === 'for') {
      const g = group(i + 3) ? i + 3 : i + 4 < n && group(i + 4) ? i + 4 : -1;
      if (g >= 0 && !QUOTED.test(text.slice(tokens[i].start, tokens[g].end))) hits.push({ from: i, to: g, kind: 'exclusion', score: 0.8 });
      continue;
    }
    // "No Muslims allowed", "no Dalits welcome"
    if (group(i + 1) && ALLOWED.has(tokens[i + 2].key)) hits.push({ from: i, to: i + 2, kind: 'exclusion', score: 0.8 });
  }
  // "Kashmiris don't deserve to live in India", "Dalits do not deserve rights": a group denied a life or a place.
  if (text.includes('deserve')) {
    for (let i = 0; i + 3 < n; i++) {
      if (!group(i)) continue;
      const rest = text.slice(tokens[i].end, tokens[i].end + 40);
      const m = DENIED_LIFE.exec(rest);
      if (m && m.index <= 1 && !REPORTED.test(text.slice(tokens[i].start))) hits.push({ from: i, to: i, kind: 'exclusion', score: 0.8 });
    }
  }
  return hits;
}

const DENIED_LIFE = /^ (?:do not|don't|dont|does not|doesn't|never) deserve (?:to (?:live|exist|breathe|stay|be here|be in|vote|be citizens)(?! (?:in (?:fear|poverty|misery|slums|danger|hunger|darkness|terror|pain)|like|this way|without|under|with)\b)|rights|citizenship|respect|a place|a home|jobs)\b/;
