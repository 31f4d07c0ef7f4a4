import { ModerationEngine } from '../engine';

// Attacks without a swear word in news comments (session 9, hand-written probe rounds), each family with
// the clean comments that share its words. The whole rounds are in the news set (news-eval.spec.ts).

const engine = ModerationEngine.load();
const attacked = (text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === 'personal_attack')!.flagged;

describe('personal_attack (session 9): insults without an insult word', () => {
  it.each([
    "Don't quit your day job, Mr. Columnist.",
    'You are the kind of person who claps when the plane lands.',
    'This reporter would sell his own grandmother for a byline.',
    'Who let you out of the asylum today?',
    'I have seen more intelligence in a bowl of dal.',
    'Someone get this man a dictionary and a brain, in that order.',
    'You have a face made for radio and a voice made for silent films.',
    'This writer is proof that anyone can become a journalist these days.',
    'The editor has the morals of an alley cat.',
    "I wouldn't trust this woman to run a tea stall.",
    'This so-called economist couldn\'t balance his own household budget.',
    'Your parents must be so disappointed.',
    'Wow, a whole article and not a single fact. Proud of you, genius.',
    'A person of your intelligence should not be allowed to vote.',
    'ur a joke bro',
    'Nobody cares what a failed actor thinks.',
  ])('holds %s', (t) => expect(attacked(t)).toBe(true));

  it.each([
    'Don\'t quit your day job to trade crypto, the SEBI chief warned young investors.',
    'Who let the stray dogs into the hospital ward? The dean must answer.',
    'I have seen more honesty in my village panchayat than in this entire ministry.',
    'The new phone comes with an instruction manual in twelve Indian languages.',
    'She runs a tea stall near the bus stand and put her daughter through college.',
    'My parents were disappointed that the metro line got delayed again.',
    'A person of your age should get a flu shot before winter, says the health ministry.',
    'Nobody cares what the common man thinks until elections come around.',
    'Lights are on but nobody is home in half the government flats in Dwarka, an RTI shows.',
    'Get your head checked regularly if you have a family history of strokes, doctors advise.',
  ])('passes %s', (t) => expect(attacked(t)).toBe(false));
});

describe('personal_attack (session 9): named people, commas, honorifics', () => {
  it.each([
    'What a smug, shrieking hyena this anchor is.',
    'This anchor is an arrogant, ignorant, lying clown',
    'Mamata didi is an embarrassment to Bengal and to every woman.',
    'The judge who gave this verdict should be ashamed of himself, spineless man.',
    "Modi ji's critics are frustrated jobless losers.",
    'Such a spineless bootlicker, bowing to whoever is in power.',
  ])('holds %s', (t) => expect(attacked(t)).toBe(true));

  it.each([
    'I saw a big, fat pig at the farm today.',
    'She is a loud, proud fighter',
    'What a fool I was to believe the builder\'s promises, now I pay EMI and rent both.',
    "Modi ji's critics and supporters both turned up at the rally in Varanasi.",
  ])('passes %s', (t) => expect(attacked(t)).toBe(false));
});

describe('personal_attack (session 9): veiled threats and harassment', () => {
  it.each([
    'Be careful when you step out of your house next time, madam.',
    'Your time will come soon, very soon.',
    'Nice DP madam, send me your number.',
    'We all know how she got that promotion.',
    'Girls like you end up in trouble, remember that.',
    'Tell me where you live and I will show you what real patriotism looks like.',
    'It would be a pity if your car\'s brakes failed on the ghat road.',
    'Let him come to Kolkata once, he will not return the same.',
    'If I ever meet this anchor, I will make sure he never speaks again.',
    'People like you should be chased out of the colony with sticks.',
  ])('holds %s', (t) => expect(attacked(t)).toBe(true));

  it.each([
    'Be careful when you step out of your house during the heatwave, the IMD warns.',
    'Your time will come, Shubman, keep your head down and score runs.',
    'Send me your number, said the caller claiming to be from the bank, and that is how the fraud began.',
    'We all know how she got that promotion: 18-hour days and the best conviction rate in the state.',
    'Girls like her end up topping the boards when given a chance. Educate them.',
    'Tell me where you live and I will tell you which party your MP belongs to. Fun map!',
    'Let him come to Kolkata once, he will fall in love with the city\'s food.',
    'I would slap a fine on every builder who violates the height norms.',
    'Run to your mummy, the little girl was told by the bullies, says the complaint.',
  ])('passes %s', (t) => expect(attacked(t)).toBe(false));
});
