import { ModerationEngine } from '../engine';

// Obfuscated English obscenity and the clean traps next to it: names, places and idioms that
// contain a listed root (links7 helper, hand-written news comments).

const engine = ModerationEngine.load();
const obscene = (text: string): boolean => engine.screen(text).checks.find((c) => c.check === 'obscenity')!.flagged;

describe('obscenity: abbreviations, plurals and ambiguous words in an insult', () => {
  it.each([
    'FFS, who approved this flyover design',
    'gtfo with your propaganda',
    'what a load of wank',
    'stop wanking around and do your job',
    'you wankers have ruined the city',
    'these politicians are shits',
    'Liberals are such jackasses.',
    'What a cnut of a man, resign already',
    'cnut of a man',
    'you cnut',
    'prick of a minister',
    'This minister is a total w@nk3r',
    'A$$hat of the highest order',
    'what an ass wipe',
    'dumb ass decision by the umpire',
    'f^ck the toll plaza',
    'phuc off with your propaganda',
    'ffs can the BMC fix one road',
    'Oh FFS, not again.',
  ])('flags %j', (t) => expect(obscene(t)).toBe(true));

  it.each([
    'Hoes and sickles were distributed to farmers under the scheme.',
    'My brother is a complete foodie.',
    'Mera bhai bada foodie hai.',
    'Yeh pakki khabar hai, kal se hadtal hai.',
    'Pakka sure hai, kal match hai.',
    'The coolies at Howrah station demand better pay.',
    "Amitabh's Coolie was a 1983 hit.",
    'Prostitutes were rescued in the raid.',
    'Sickles and hoes for every farmer.',
    'King Cnut tried to hold back the tide.',
    'Cnut the Great ruled England and Denmark.',
    'the prick of a needle before the vaccine',
    'He turned the knob of a door that was locked.',
    'What a cock-up by the railways, again.',
    'The coin tosser called heads.',
    'The new office is swank, but the canteen is terrible.',
    "Vietnam's former president Nguyen Xuan Phuc met Modi in 2018.",
    "Kim Phuc's photo changed how the world saw the Vietnam war.",
    'I took a dip, sea was cold.',
    '2^10 is 1024, x^2 + y^2 in the maths paper.',
    'The FFS rule for doctors (fee-for-service) is being reviewed by the ministry.',
  ])('does not flag %j', (t) => expect(obscene(t)).toBe(false));
});

describe('obscenity: names and places that contain a root', () => {
  it.each([
    'Harshit Rana bowled a superb spell in the final overs.',
    'Nishit Desai Associates is a well known law firm.',
    'Ashit Desai composed many bhajans.',
    'Rishit and Akshit both cleared NEET.',
    'Darshit Nayak is a cricketer from Gujarat.',
    'Fukrey 3 was hilarious, Pulkit Samrat is great.',
    'Former Japanese PM Yasuo Fukuda visited Delhi in 2008.',
    'The Wankaner palace in Gujarat is a heritage hotel now.',
    'Stop pussyfooting around and announce the results.',
    "Don't snigger, this is a serious issue for the farmers.",
    'Sniggering at the poor is not funny.',
    'BitChute is a video site with extremist content.',
    'Our shitzu puppy loves the monsoon.',
    'Shitij? No, his name is Kshitij, please correct it.',
  ])('does not flag %j', (t) => expect(obscene(t)).toBe(false));
});
