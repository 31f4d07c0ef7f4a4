import type { Language } from '../types';
import { isDevanagari } from './devanagari';
import { romanKey } from './roman';
import { Token, keyRecord, tokensOf } from './tokens';

// Per-comment language tag (SPEC "Checks"): `hi` for Devanagari Hindi, `hi-Latn` for romanized
// Hindi / Hinglish, `en`, and `other` for text in another script. A cheap count of script and of
// function words, not a statistical model: Hinglish is identified by the Hindi function words
// nobody writes in English (`hai`, `nahi`, `kya`, `ke`…), never by content words.

// Romanized keys (see roman.ts) of Hindi function words and very common Hinglish words.
// Left out on purpose: words that are also frequent English (`to`, `me`, `main`, `par`, `do`), and
// `toh`, whose key is `to`.
const HINGLISH = new Set(
  (
    'hai hain nahi nai nhi nahin na kya kyu kyun kyon ki ka ke ko se mei mein mai hum tum aap ' +
    'mera meri mere tera teri tere apna apni apne unka unki unke uska uski uske iska iski iske ye yeh ' +
    'vo voh vah bhi aur tho ho hota hoti hote hoga hogi honge raha rahe rahi rha rhe kar karo ' +
    'karna karte karta karti kiya kiye kuch kuchh koi sab sabhi bahut bohot bhai bhaiya ji jo jab ' +
    'agar lekin magar abe saale yaar yar wala vala vale vali wale wali liye lie sirf bas kaha ' +
    'kahan kab kaise kyunki isliye phir fir abhi sath saath baat logo logon desh hua hue hui ' +
    'tha thi diya dena dete lagta lagti chahiye chaiye sakte sakta milega jaise usne maine ' +
    'hamara hamare humara tumhara tumhare inka inke unhe unko inhe inko jaao jao aaj kal ' +
    'h ha hy hay kr kro krna krega krte tu tujhe mujhe tujhse mujhse gaya gayi gaye jaye jayega lo dikh bol bole bolo ' +
    'kon kaun pe pr ab ro koi kisi apne usko isko humare aapke aapki bohat bht acha accha achha sahi galat kyonki ' +
    // hindi9: more words no English comment has ("Lund jaisi shakal wala anchor" was tagged English).
    'jaisa jaisi waala waale waali hoon hun yahan wahan idhar udhar kidhar kabhi sabse unhone inhone humne tumne unse inse usse isse saare tumhari'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map(romanKey),
);

// hinglish11: frequent words of the Hinglish rows of kumar2018 (training material) that English training text
// (OLID, Kaggle, HASOC en, Davidson) has at most three times, names and English look-alikes (`ache`, `lena`) left
// out, and abuse words nobody writes in English. Short Hinglish comments were tagged English ("chup baith,
// anpadh", "tere haath pair tod denge"), which keeps the Hindi lexicon's Hinglish-only words and the Indian model
// away. They count in short comments only (WEAK_WORDS): a long English tweet with a Hindi phrase in it stays English.
const WEAK = new Set(
  (
    'ne kaam aaja tak laga karne pata sarkar bata jata aise zyada jyada janta bana khud aisa dekh karke kare yaha pehle pahle jate neta ghar ' +
    'baki chahie mauka gya aisi aadmi admi bola yahi vaha dene aapko apko wahi vahi dekha banane pani dekho gai hona deta krne chal insaan ' +
    'insan kitna pta vaise waise sach kyo jahan jaha jis lete lage khatam paisa pura poora kahi rakha dikha bina bura soch hamari ' +
    'mili kitne pyar khane theek thik haath hath itni itna chor dono suna karega samajh thoda nikal saamne samne jaldi khana bahar baahar ' +
    'peeche piche chup bane doosre dusre chahe jitna jitne paida rakh baith baitho muh munh ' +
    'chutiya chutiye bhosdike madarchod bhenchod behenchod gandu harami kamina kamine kamini ' +
    // the harm imperatives of a short call for violence ("Musalman kaat do." was tagged English)
    'kaat kaato maaro jalao jala peeto thoko nikalo bhagao'
  )
    .split(/\s+/)
    .filter(Boolean)
    .map(romanKey),
);
const WEAK_WORDS = 10;

// English function words, for the balance in mixed comments.
const ENGLISH = new Set(
  (
    'the a an is are was were be been am of to in on at for with and or but not no this that these ' +
    'those it its you your he she they them their we our i my me his her what which who why how when ' +
    'will would can could should have has had do does did from by as if so than then there here all ' +
    'just about into out up more most very only also any some'
  )
    .split(/\s+/)
    .map(romanKey),
);

const DO = romanKey('do');

// hinglish11: the Hindi future ("maarenge", "dekhenge", "chhodunga", "bataoonga"): a spelling no English word has
// but these.
const NOT_FUTURE = new Set(['challenge', 'revenge', 'avenge', 'scavenge', 'lozenge', 'stonehenge', 'bunga'].map(romanKey));
function hindiFuture(k: string): boolean {
  if (k.length < 5) return false;
  const end = k.slice(-4);
  return (end === 'enge' && !NOT_FUTURE.has(k)) || end === 'unga' || end === 'ungi';
}

/** Accepts the raw text or the engine's normalized document (`{ text }`). */
export function detectLanguage(input: string | { readonly text: string; readonly ascii?: boolean }, tokens?: Token[]): Language {
  const text = typeof input === 'string' ? input : input.text;
  tokens ??= tokensOf(text);
  let deva = 0;
  let latin = 0;
  // Count letters by script over the whole text (cheap, one pass). An ASCII document (normalize()
  // says so) has no Devanagari and no other script: none of the tests after the count can return
  // for it, except 'en' for a text without Latin letters, which the word count below returns too
  // (no Latin letter, no Latin token, no word).
  if (typeof input === 'string' || input.ascii !== true) {
    let other = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const l = c | 0x20;
        if (l >= 0x61 && l <= 0x7a) latin++;
      } else if (isDevanagari(c)) deva++;
      else if (c >= 0xc0 && c < 0x2000 && !(c >= 0x300 && c < 0x370)) other++;
      else if (c >= 0x3040 && c < 0xfe00) other++;
    }
    if (deva === 0 && latin === 0) return other > 0 ? 'other' : 'en';
    if (deva >= latin * 0.5 && deva >= other) return 'hi';
    if (other > latin + deva) return 'other';
  }

  let hi = 0;
  let en = 0;
  let words = 0;
  let weak = 0;
  let prev = -1;
  for (const t of tokens) {
    if (t.script !== 'latn') continue;
    words++;
    const r = t.rec ?? keyRecord(t.key);
    if (r.lang < 0) r.lang = HINGLISH.has(t.key) ? 1 : WEAK.has(t.key) || hindiFuture(t.key) ? 3 : ENGLISH.has(t.key) ? 2 : 0;
    // hindi10: `do` closing a Hindi verb ("Musalmanon ko kaat do", "maar do", "daam do") is the
    // Hindi "give", not English: English `do` comes after a function word ("what they do", "we do")
    // or opens a question. After a word that is not English it counts for neither side.
    const lang = r.lang === 2 && t.key === DO && prev >= 0 && prev !== 2 ? 0 : r.lang;
    prev = r.lang;
    if (lang === 1) hi++;
    else if (lang === 3) weak++;
    else if (lang === 2) en++;
  }
  if (words <= WEAK_WORDS) hi += weak;
  if ((hi >= 2 || (hi === 1 && words <= 4 && en === 0)) && hi >= en * 0.8 && hi / Math.max(1, words) >= 0.12) return 'hi-Latn';
  // A comment with a good share of Devanagari next to English is still Hindi-speaking.
  if (deva > 0 && deva >= latin * 0.2) return 'hi';
  return 'en';
}
