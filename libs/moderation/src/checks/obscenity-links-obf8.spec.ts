import { ModerationEngine } from '../engine';

// Obfuscated obscenity (English, Hinglish) and disguised links in Indian news comments, and the clean
// traps next to them: names, degrees, acronyms, numbers (obf8 helper, session 8, hand-written).

const engine = ModerationEngine.load();
const flagged = (check: string, text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === check)!.flagged;

describe('obscenity: cut, masked and vowel-dropped words', () => {
  it.each([
    'What a mother-f-er this minister is',
    'You f-ers ruined the city',
    'mthrfckr stole our money',
    'Sab chtiya hain yahan',
    'Abe lwda ye kya likh diya',
    'bhen ke l***e, pehle khabar padh le',
    'Behen ke l***e kya bakwas likha hai yeh',
    'Tu m.c. hai, tujhe kuch nahi pata',
    'BC ye log kabhi nahi sudhrenge',
    'bc kya bakwas hai',
    'You are such a masturbation addict, go away',
    'ye sarkar bilkul m c hai',
    'Aise netaon ko dekh ke lagta hai b.c. desh ka kya hoga',
    'ch\u{1F602}tiya hai kya',
    'What a d-bag',
  ])('flags %j', (t) => expect(flagged('obscenity', t)).toBe(true));

  it.each([
    'Alan Cumming was brilliant in the play',
    'The Cumming family donated to the temple trust',
    'Dominic Cummings advised Boris Johnson',
    'Lauda Air and Niki Lauda',
    'The Chutia community of Assam wants ST status',
    'the masturbation scene was cut by the censor board',
    '300 BC mein Ashok ka raj tha',
    'BC reservation pe kya bologe',
    'MC Stan ka concert tha kal',
    'M.C. Mary Kom ne gold jeeta',
    'MCD ne sadak nahi banayi, M.C.D. office band tha',
    'B.C.A. aur M.C.A. ke baad bhi naukri nahi milti',
    'I left early bc it was boring',
    'F-1 visa rules changed',
    'Harami Nala area in Gujarat border, BSF alert',
    'a b c d sab padh lo',
    'BC ke zamane se log yahi kar rahe hain.',
    'Kamna hai ki sab theek ho jaye, Jai Hind',
    'Bha\u{1F602}i log, match dekho',
    'Kya aap log mc ka matlab jaante ho? master of ceremonies',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));

  it('a capitalised name homograph is still abuse in capitals or out of its context', () => {
    expect(flagged('obscenity', 'Modi is a Chutia')).toBe(true);
    expect(flagged('obscenity', 'CUMMING all over the place lol')).toBe(true);
  });
});

describe('links: pages written as paths, spelled slashes, Hindi number words', () => {
  it.each([
    'Follow my page on FB: /realnewsindia',
    'Subscribe on YouTube: /c/TruthKhabar for the real story',
    'Follow us on Twitter: /IndiaTruthNow',
    'full video yaha milega: desivideos dot in slash viral',
    'Call nine eight seven six five four three two one zero for jobs',
    'Contact nau aath saat chhe paanch chaar teen do ek shunya',
    'WhatsApp karo: nau aath do do ek paanch saat saat chaar teen',
    'Twitter pe follow karo: @sach_bolo_india',
    'message me on 98115\u201143270',
    'visit karo apnijobs डॉट com',
  ])('flags %j', (t) => expect(flagged('links', t)).toBe(true));

  it.each([
    'B.Com graduates ko bhi mauka milna chahiye',
    'He has an M.Com and B.Sc degree',
    'B.C.A. aur M.C.A. ke baad bhi naukri nahi milti',
    'Bhai dot ke baad space do, grammar sudharo',
    'I saw it on FB/Insta yesterday, fake news',
    'ek do teen char paanch chhe saat aath nau das, bacche ginti seekh rahe hai',
    'Maine do teen baar call kiya par koi nahi aaya',
    'The Dot com bubble burst in 2000 and many lost money',
    'Twitter pe @PMOIndia ne kaha ki relief jaldi aayega',
    'Watch it on YouTube/Netflix, the film is good',
    'ख़बर सही है, डॉट कॉम बबल की तरह यह भी फूटेगा',
    'मैं डॉट के बाद स्पेस देता हूँ',
  ])('leaves %j', (t) => expect(flagged('links', t)).toBe(false));
});
