import { ModerationEngine } from '../engine';
import { normalize } from '../normalize';
import { deleet } from '../checks/personal-attack.check';
import { detectLanguage } from './detect';
import { hindiAttackRules } from './hindi-attacks';
import { HindiLexicon } from './hindi-lexicon';
import { tokenize } from './tokens';

// hinglish11: hand-written Hinglish / Hindi reader comments, each family with the clean comments that
// share its words.
const engine = ModerationEngine.load();
const screen = (t: string) => engine.screen(t, { siteDomains: ['thehindu.com'] });
const flaggedBy = (t: string, check: string) => screen(t).checks.some((c) => c.check === check && c.flagged);
const held = (t: string) => screen(t).checks.some((c) => c.flagged);
const rules = (t: string) => hindiAttackRules(deleet(normalize(t).text));
const lang = (t: string) => detectLanguage(t, tokenize(t));

describe('language tag of short Hinglish comments', () => {
  it.each([
    'chup baith, anpadh',
    'tujhe dekh lenge, bahar mil',
    'abe chomu, pehle padhna seekh le',
    'bhosdike apna muh band rakh',
    'tere haath pair tod denge',
    'dekh lenge agle chunav me kaun jeetega',
    'ghar aake khana khayenge, mummy ne bulaya hai',
    'kameeni aurat, paise leke khabar likhti hai',
  ])('hi-Latn: %j', (t) => expect(lang(t)).toBe('hi-Latn'));
  it.each([
    'They will take revenge in the next match, mark my words',
    'I accept the challenge, said the captain.',
    'The minister said the policy will change next year.',
    // a long English tweet with one Hindi phrase in it stays English
    'You do not worry Sir, India is playing cricket with them and in the next five years we will play with everyone, chal dekh lenge.',
  ])('en: %j', (t) => expect(lang(t)).toBe('en'));
});

describe('Hindi obscenity: spacing, masking and vowel spellings', () => {
  const lex = HindiLexicon.load();
  const hits = (t: string) => lex.match(tokenize(t), lang(t), t).map((h) => t.slice(h.start, h.end));
  it.each([
    ['ch u t i y a writer', 'ch u t i y a'],
    ['bh o s d i k e', 'bh o s d i k e'],
    ['ch u t i y e anchor', 'ch u t i y e'],
    ['ma dar chod reporter', 'ma dar chod'],
    ['maderchod anchor', 'maderchod'],
    ['maderc**d anchor', 'maderc**d'],
    ['bh@nchod', 'bh@nchod'],
    ['gaa***ndu', 'gaa***ndu'],
  ])('%j reads %j', (t, want) => expect(hits(t)).toEqual([want]));
  it.each(['kamine dost hi asli dost hote hain', 'the defender played well and the leader spoke', 'a b c d e f g h', 'th e end of the story'])('no hit: %j', (t) =>
    expect(hits(t)).toEqual([]),
  );
  it.each(['ch u t i y a writer', 'ma dar chod reporter', 'maderc**d anchor', 'bh@nchod', 'gaa***ndu'])('held: %j', (t) => expect(flaggedBy(t, 'obscenity')).toBe(true));
});

describe('insults in the Hinglish frames "tu / aap ... hai", "ye anchor ... hai", vocatives', () => {
  it.each([
    'Reporter saab aap to paltu kutte ho sarkar ke',
    'madam aap toh ekdum murkh ho, kuch pata nahi',
    'bhai tu na ekdum bewda lagta hai, nasha karke comment karta hai kya',
    'तू तो एकदम गधा लगता है',
    'आप तो पूरे मूर्ख हो',
    'ये एंकर बिकाऊ है',
    'ये रिपोर्टर एकदम घटिया है',
    'sun be lallu, tujhse na ho payega',
    'Sun le bikau media, tumhara time aayega',
    'सुन बे जोकर, तेरी बकवास कोई नहीं पढ़ता',
    'oye chirkut, pehle apna kaam dhang se kar',
    'tu hai kaun be, chal hatt',
    'is editor ki akal maari gayi hai, kuch bhi chhaap deta hai',
    'behen ki shaadi pe bhi aise hi likhega kya, nalle',
    'bhai tere jaisa dhakkan maine aaj tak nahi dekha',
    'तुम जैसे दोगले पत्रकारों को देश से निकाल देना चाहिए',
    'reporter ho ya sarkar ke naukar? sharam karo thodi',
    'kitna gira hua insaan hai tu',
  ])('held: %j', (t) => {
    expect(rules(t).length).toBeGreaterThan(0);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'aap toh bahut samajhdaar ho madam, badhiya likha',
    'tu toh hero lagta hai is photo me bhai',
    'ye scheme to bakwas lagti hai mujhe',
    'ye reporter bahut mehnati hai, zameen se khabar laata hai',
    'Media bikau hai ye kehna aasaan hai, par sabut chahiye',
    'bhai aapne sahi likha, ye neta log sach me nikamme hain kaam ke maamle me',
    'tum kaun ho? main yahan naya hoon',
    'chal hat, mazaak mat kar yaar',
    'meri akal maari gayi thi jo maine ye phone liya',
    'sarkar ki akal maari gayi hai jo tax badha diya',
    'तुम जैसे मेहनती लोगों को सलाम',
    'sarkar nikammi hai, mehngai pe koi kaam nahi kiya',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('threats: the reader met, then dealt with', () => {
  it.each(['ek baar mil ja tu, phir batayenge', 'एक बार मिल जा तू, फिर बताएंगे'])('held: %j', (t) => {
    expect(rules(t).some((h) => h.reason === 'threat')).toBe(true);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each(['ek baar mil jao phir baat karenge, chai peete hain', 'dekh lenge agle chunav me kaun jeetega', 'ghar aake khana khayenge, mummy ne bulaya hai'])(
    'clean: %j',
    (t) => expect(held(t)).toBe(false),
  );
});

describe('animals as animals', () => {
  it.each([
    'mummy ne kaha kutta mat paalo, ghar chhota hai',
    'hamari gali ke kutte raat bhar bhaunkte hain, neend nahi aati',
    'kuttey ki wafadari insaan se zyada hai',
    'Arre bhai maine ghar pe kutta paala hai, bahut wafadar hai',
    'hamare ghar ka kutta bahut pyaara hai, roz walk pe le jaate hain',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
  it.each(['media ke kutte raat din bhaunkte hain', 'tu kutte ki tarah bhaunkta hai'])('held: %j', (t) => expect(held(t)).toBe(true));
});

describe('round 5: English frames with Hindi insults, idioms, limbs, the reader found', () => {
  it.each([
    'you people are such gawars, padhe likhe hote toh samajh aata',
    'you guys are total jahils, kuch nahi pata',
    'Madam ji aapko journalism ka J bhi nahi aata, ghar baitho',
    'तुझे पत्रकारिता का क भी नहीं आता',
    'tere ghar ka address nikal liya hai, intezaar kar',
    'abe o bhains ki aankh, kuch bhi likhta hai',
    'tu apni maa ka bhi nahi hua, desh ka kya hoga',
    'jo bhi ye article likha hai uske haath kaat dene chahiye',
    'is anchor ke haath tod dene chahiye',
    'आपकी औकात नहीं है इस मुद्दे पर बोलने की',
    'ऐ पागल औरत, कुछ भी बकती है',
  ])('held: %j', (t) => expect(flaggedBy(t, 'personal_attack')).toBe(true));
  it.each([
    'उसके हाथ में चोट लगी है',
    'mujhe cricket ka C bhi nahi aata, par ye match accha laga',
    'ye phone aapki aukaat se bahar hai kya? EMI pe le lo',
    'hamari aukaat nahi hai itna mehnga ghar lene ki',
    'ऐ भाई, ज़रा सुनो, बस कब आएगी',
    'you people are amazing, thanks for the coverage',
    'these people are illiterate not by choice, sarkar schools banaye',
    'bhains ki aankh ek purana muhavra hai, Hindi class me padhaya tha',
    'ye pagal kar dene wali garmi hai, AC bhi kaam nahi kar raha',
    'Mere ghar ka address change ho gaya hai, naya pata courier ko diya',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
  it('reads tmkc, an abbreviation no English word has', () => expect(flaggedBy('tmkc', 'obscenity')).toBe(true));
});

describe('round 6: spellings of length, aap as the target, idioms of damnation', () => {
  it.each([
    'aap jaise patrakaaron ko toh jutte maarne chahiye',
    'aapki soch pe thookta hoon main',
    'tumhari aisi ki taisi, dobara dikha toh',
    'tujhe toh jail me sadna chahiye, desh ka dushman',
    'yeh aadmi ek number ka jhootha aur makkaar hai, reporter sahab aap bhi',
    'ye banda ekdum jhoota aur makkar hai',
    'तू नीच इंसान है',
    'अरे ओ बिकाऊ एंकर, शर्म कर',
    'अरे ओ जोकर, चुप हो जा',
  ])('held: %j', (t) => {
    expect(rules(t).length).toBeGreaterThan(0);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'ye aadmi bahut mehnati hai, poore gaon ki madad karta hai',
    'arre o bhai, sun na, kal ka match dekha?',
    'is aadmi ko jail me sadna padega, court ne saza di',
    'aap jaise logon ko salaam karna chahiye',
    'jutte utaar ke mandir me jaana chahiye',
    'aapki soch pe garv hai mujhe',
    'Sensex ne aaj market me zabardast maar khayi',
    'is sarkar ne kisaanon ki kamar tod di mehngai se',
    'सरकार ने गरीबों की कमर तोड़ दी',
    'mere papa ne kaha beta padhai kar warna pachtayega',
    'bhagwan kare aapki maa jaldi theek ho jaayein',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('round 7: slaps promised, a body part harmed, heads full of straw, not worth the name', () => {
  it.each([
    'ek thappad padega na toh akal thikane aa jayegi',
    'एक थप्पड़ पड़ेगा ना तो अक्ल ठिकाने आ जाएगी',
    'bahut bol raha hai tu, zubaan kheench lunga',
    'tere daant tod denge, bahut hans raha hai tu',
    'tum log insaan kehlane layak nahi ho',
    'तुम लोग इंसान कहलाने लायक नहीं हो',
    'aapke dimaag me gobar bhara hai madam',
    'तेरी खोपड़ी में भूसा भरा है',
    'दो टके का पत्रकार',
  ])('held: %j', (t) => {
    expect(rules(t).length).toBeGreaterThan(0);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'thappad film bahut acchi thi, Taapsee ka kaam shandaar',
    'main apna haath tod lunga agar ye game phir khela',
    'khet me bhoosa bhara pada hai, pashuon ke liye chara',
    'uske dimaag me bahut acche idea bhare hain',
    'मेरी खोपड़ी में दर्द है आज',
    'insaan kehlane layak wahi hai jo dusron ki madad kare',
    'Kohli ne gend ko boundary ke bahar maar diya, zabardast shot',
    'saale sahab ki shaadi me gaye the kal',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('a short call for violence with no function word', () => {
  it.each(['Musalman kaat do.', 'Hindu kaat do'])('is tagged Hinglish and held: %j', (t) => {
    expect(lang(t)).toBe('hi-Latn');
    expect(held(t)).toBe(true);
  });
  it.each(['They will jala the effigy, said the organisers of the Dussehra mela today', 'Muslims do.'])('stays English: %j', (t) => expect(lang(t)).toBe('en'));
});

describe('Hindi abuse model (session 11, lead): `sala` opening a sentence as an exclamation', () => {
  const attackFlag = (text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === 'personal_attack')!.flagged;

  it.each(['Sala pooora match ek ghante mein khatam. #IndvsSA', 'Sala ye to kamaal ho gaya', 'Saala, kya shot maara Kohli ne!', 'Sala, kya baarish hai aaj Mumbai mein'])(
    'passes %p',
    (text) => {
      expect(attackFlag(text)).toBe(false);
    },
  );

  it.each(['Sala tu bahut bada chor hai', 'Sale kutte, teri aukaat kya hai', 'Saale gaddar, desh chhod do', 'Sala, ye anchor pagal hai', 'Saale ko ek run lene ki kya jarurat thi?'])(
    'holds %p',
    (text) => {
      expect(attackFlag(text)).toBe(true);
    },
  );
});
