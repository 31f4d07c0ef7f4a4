import { ModerationEngine } from '../engine';
import { normalize } from '../normalize';
import { deleet } from '../checks/personal-attack.check';
import { detectLanguage } from './detect';
import { hindiAttackRules } from './hindi-attacks';
import { tokenize } from './tokens';

// hindi10: hand-written Hinglish / Hindi news comments. Each family: comments it must hold, and
// clean comments that share its words.
const engine = ModerationEngine.load();
const screen = (t: string) => engine.screen(t, { siteDomains: ['thehindu.com'] });
const flaggedBy = (t: string, check: string) => screen(t).checks.some((c) => c.check === check && c.flagged);
const held = (t: string) => screen(t).checks.some((c) => c.flagged);
const rules = (t: string) => hindiAttackRules(deleet(normalize(t).text));

describe('language tag: `do` closing a Hindi verb is no English', () => {
  it.each(['Musalmanon ko kaat do.', 'Daliton ko maar do.', 'Uski fasal ka daam do.'])('hi-Latn: %j', (t) => expect(detectLanguage(t, tokenize(t))).toBe('hi-Latn'));
  it.each(['What do they do?', 'I do not agree with this.', 'Do it now.'])('en: %j', (t) => expect(detectLanguage(t, tokenize(t))).toBe('en'));
  it.each(['Musalmanon ko kaat do.', 'Daliton ko maar do.'])('a short call for violence tagged Hinglish is held: %j', (t) => expect(held(t)).toBe(true));
});

describe('the reader blamed for the country: "aap / tum jaise log hi ..."', () => {
  it.each([
    'aap jaise log hi desh ka naam kharab karte ho',
    'Aap jaise patrakar hi desh ko badnaam karte ho.',
    'Tum jaise log hi samaj ko ganda kar rahe ho.',
    'तुम जैसे लोग ही देश को बर्बाद कर रहे हो।',
    'Tumhare jaise log hi is desh ki sabse badi problem ho.',
    'Aap log hi desh ke dushman ho, sharam bhi nahi aati.',
  ])('held: %j', (t) => {
    expect(rules(t).length).toBeGreaterThan(0);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'Aap jaise log hi desh ka naam roshan karte ho, bahut badhai.',
    'Tum jaise log hi desh ko aage le ja rahe ho, salaam.',
    'Aap log hi desh ki asli taakat ho, jai hind.',
    'आप लोग ही असली हीरो हो।',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('the reader as the one to jail or throw out; the law asked to act on wrongdoers', () => {
  it.each(['Tujhe toh jail mein daal dena chahiye, jhoothi khabar chhapta hai.', 'Tumko toh school se nikal dena chahiye tha, itni bhi samajh nahi.', 'तुझे तो जेल में डाल देना चाहिए।', 'Tujhe toh pagalkhane mein band kar dena chahiye.'])(
    'held: %j',
    (t) => expect(flaggedBy(t, 'personal_attack')).toBe(true),
  );
  it.each([
    'Ghotala karne walon ko jail mein daalo, chahe kisi bhi party ke hon.',
    'Usko jail mein daal do jisne bridge mein ghotala kiya, CBI jaanch ho.',
    'Main toh kehta hoon dono ko jail mein daalo jo ghotale mein shamil hain.',
    'Bhrasht afsaron ko jail mein daalo jinhone paisa khaya.',
    'Bachchon ko school mein daalo, padhai zaroori hai.',
    'Tumko school se nikal diya? Fees nahi bhari thi kya?',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('veiled threats to a journalist or the reader: home known, coming home, job gone, "khabar lenge"', () => {
  it.each([
    'Reporter sahab, ghar ka pata hai humein, sambhal ke likhna.',
    'Tera kya hoga patrakar, teri naukri toh gayi samjho, ghar pe aayenge hum.',
    'Patrakar babu, ghar pe aayenge hum, tayyar rehna.',
    'तेरी हिम्मत कैसे हुई ऐसा लिखने की, घर आके बताते हैं।',
    'Oye patrakar, teri khabar lenge hum, intezaar kar.',
    'Jyada hoshiyari mat dikha warna tod denge.',
    'तुम्हारे जैसे पत्रकारों को सड़क पर घसीटना चाहिए।',
  ])('held: %j', (t) => {
    expect(rules(t).some((h) => h.reason === 'threat')).toBe(true);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'Diwali pe ghar aayenge hum, maa ne bulaya hai.',
    'Ghar ka pata galat tha isliye courier wapas aa gaya.',
    'Ghar ka pata hai mujhe, main khud aa jaunga party mein.',
    'Meri naukri gayi lockdown mein, ab tak koi kaam nahi mila.',
    'Tumhari khabar padhi, bahut achhi lagi.',
    'Bill bharo warna bijli kaat denge, ye message aaya mujhe.',
    'घर आकर बताते हैं, अभी सफर में हैं।',
    'Usne gusse mein kaha main tujhe dekh lunga, phir dono hasne lage.',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('brains "se paidal", a foul way of thinking', () => {
  it.each(['Tum log dimaag se paidal ho, kuch bhi likh dete ho.', 'Tu dimaag se paidal hai kya?', 'Tumhari soch hi gandi hai, tumse kya umeed.'])('held: %j', (t) =>
    expect(flaggedBy(t, 'personal_attack')).toBe(true),
  );
  it.each(['Dimaag se kaam lo, vote soch samajh ke do.', 'Tumhari soch achhi hai, aise hi likhte raho.', 'Meri soch gandi nahi hai, bas sach bolta hoon.'])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('animals and harm verbs told as news or a story', () => {
  it.each([
    'Kal raat gali ke kutte ne ek bachche ko kaat liya, nagar nigam so raha hai.',
    'गली के कुत्तों को खाना खिलाने वालों को परेशान मत करो।',
    'Ye gadha gaadi wala roz subah doodh laata hai.',
    'Gabbar ne Thakur ke haath kaat diye, Sholay classic hai.',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
  it.each(['Abe kutte, zyada bhonk mat.', 'Kutte ki tarah bhonkna band kar, tu.'])('held: %j', (t) => expect(held(t)).toBe(true));
});

describe('the reader shamed, pitied, questioned, threatened in their trade', () => {
  it.each([
    'Tumhe sharam aani chahiye aisi khabar chhapte hue.',
    'तुम्हें शर्म आनी चाहिए ऐसी खबर छापते हुए।',
    'Aapki soch pe taras aata hai, kuch padh lijiye.',
    'पत्रकार हो या दलाल, पैसे लेकर लिखते हो।',
    'Itna jhooth likhte hue haath nahi kaanpte tumhare?',
    'Zara sambhal ke reh, tujhe nahi pata hum kaun hain.',
    'तुम्हें नहीं पता हम कौन हैं।',
    'Tumhara channel band karwa denge, yaad rakhna.',
    'तेरा चैनल बंद करवा देंगे।',
    'तुम जैसों को देश से निकाल देना चाहिए।',
    'Kitne paise mile is article ke, bikau patrakar?',
  ])('held: %j', (t) => {
    expect(rules(t).length).toBeGreaterThan(0);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'Neta ji ko sharam aani chahiye, itna bada ghotala hua.',
    'सरकार को शर्म आनी चाहिए, किसान आत्महत्या कर रहे हैं।',
    'Sharam aani chahiye is system ko, bachche bhookhe mar rahe hain.',
    'Aapki soch achhi hai, aise lekh aur likhiye.',
    'Patrakar ho ya neta, sabko sach bolna chahiye.',
    'Insaan ho ya jaanwar, sabko jeene ka haq hai.',
    'Haath kaanp rahe the jab result dekha, pass ho gaya!',
    'Pata nahi hum kaun hain aur kahan ja rahe hain, desh ka haal dekho.',
    'हमें नहीं पता था कि वो कौन हैं, बाद में पता चला मंत्री थे।',
    'Channel band karwa diya sarkar ne, ye press ki azadi pe hamla hai.',
    'चैनल बंद होने से कर्मचारियों की नौकरी गई।',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe('film lines, pets, means: words of abuse in their everyday sense', () => {
  it.each([
    'Film mein villain ka dialogue tha, main tujhe zinda nahi chhodunga, ekdum dhansu.',
    'Aukaat se bahar jaake kharcha kiya, ab karze mein doobe hain.',
    'Mera kutta toh baarish se darta hai, poori raat bhonkta raha.',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
  it.each(['Main tujhe zinda nahi chhodunga, yaad rakhna.', 'Apni aukaat mein reh, samjha.', 'Tu mera kutta hai, bhonkta reh.'])('held: %j', (t) => expect(held(t)).toBe(true));
});

describe('nerve challenged, insult before the reader, stones on the house, boot-licking', () => {
  it.each([
    'Tumhari himmat kaise hui ye likhne ki?',
    'तुम्हारी हिम्मत कैसे हुई ये लिखने की?',
    'Padhe likhe jaahil ho tum sab.',
    'Tere ghar pe patthar padenge, dekhna.',
    'तुझे तो गोली मार देनी चाहिए।',
    'Wah re patrakar, kitna chaata hai sarkar ke talwe.',
    'Tujh jaise ko toh main roz dekhta hoon, sadak chhap.',
    'Tera hisaab jaldi hoga, intezaar kar.',
  ])('held: %j', (t) => {
    expect(rules(t).length).toBeGreaterThan(0);
    expect(flaggedBy(t, 'personal_attack')).toBe(true);
  });
  it.each([
    'Himmat kaise hui chor ki, din dahade bank loot liya.',
    'Virat ko out dene ki himmat kaise hui umpire ki, haha.',
    'Ghar pe patthar pade toh police ne kuch nahi kiya, FIR tak nahi likhi.',
    'Sadak chhap romeo ko police ne pakda, achha kiya.',
    'Chullu bhar paani mein doob maro, ye dialogue Amitabh ka tha ya Dharmendra ka?',
    'Goli maar bheje mein, Satya ka gaana aaj bhi sunta hoon.',
    'Hisaab kitaab mein gadbad hai, audit hona chahiye.',
    'Suar ka maans khana mana hai kuch dharmon mein.',
  ])('clean: %j', (t) => expect(held(t)).toBe(false));
});

describe("a third person's words are a story; the writer's own words to the reader are not", () => {
  it('a story', () => expect(held('Usne gusse mein kaha main tujhe dekh lunga, phir dono hasne lage.')).toBe(false));
  it.each(['Maine pehle hi kaha tha tu gadha hai.', 'Humne toh pehle hi bola tha tumhari aukaat kya hai.'])('held: %j', (t) => expect(flaggedBy(t, 'personal_attack')).toBe(true));
});
