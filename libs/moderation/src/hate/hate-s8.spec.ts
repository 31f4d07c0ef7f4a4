import { HateDetector } from './hate.check';
import type { Language } from '../types';

// Session 8 (issue 7): calls against a community told to the reader (calls.ts), Indian forms in Hindi and
// Hinglish, and the clean comments next to each (news, counter-speech, boycotts of states, real lessons).
const detector = HateDetector.load();
const hate = (t: string, lang: Language = 'en') => detector.analyze(t.toLowerCase(), lang).score >= 0.5;
const expectAll = (texts: string[], flagged: boolean, lang: Language = 'en') => {
  for (const t of texts) expect({ t, flagged: hate(t, lang) }).toEqual({ t, flagged });
};

describe('hate (session 8): boycotts, lessons, calls to arms', () => {
  it('flags boycotts and exclusion told to the reader', () => {
    expectAll([
      "Don't rent your flat to Muslims.",
      'Never buy from a Muslim shop.',
      'Friends, never buy vegetables from Muslim vendors.',
      'Do not sell your land to Christians.',
      'Employ only Hindus in your shop.',
      'Boycott all Muslim shops.',
      'We must boycott all Muslim businesses.',
      'Economic boycott of Muslims is the only answer.',
    ], true);
  });
  it('leaves boycotts of states and products, reports of boycotts and other advice alone', () => {
    expectAll([
      "Don't rent your flat to strangers without police verification.",
      'Landlords in Mumbai don\'t rent to Muslims, a new survey shows.',
      'Hire only women drivers for the night shift cabs.',
      'Boycott Chinese products and apps.',
      'Boycott Pakistani artists until terror stops.',
      'The boycott of Muslim traders in the village was condemned by the court.',
      'Economic boycott of Dalits is a crime under the SC/ST Act.',
      'Dalit groups have called for a boycott of the company over caste abuse.',
    ], false);
  });
  it('flags "teach X a lesson" and calls to arms that name a group', () => {
    expectAll([
      'Time to teach these Christians a lesson.',
      'These Biharis need to be taught a lesson.',
      "Let's teach the Rohingyas a lesson.",
      'Wake up Hindus, pick up weapons.',
      'Sikhs, take up arms against the Hindus.',
      'Hinduon jaago, hathiyar uthao.',
    ], true);
  });
  it('leaves real lessons, sport and weapons training alone', () => {
    expectAll([
      'Teach Dalit children a lesson in English every day and they will shine.',
      'India taught Pakistan a lesson in the final.',
      'The Pakistani team should be taught a lesson on the field.',
      'Women should pick up weapons training for self-defence.',
      "Don't pick up weapons, brothers; Hindus and Muslims must stay united.",
    ], false);
  });
});

describe('hate (session 8): blame, denied qualities, regret', () => {
  it('flags blame, "never met a X who was honest", "nothing good from X", "nicer with fewer X", "a pity X were born"', () => {
    expectAll([
      'Biharis are the reason this city is dirty.',
      'Muslims always bring trouble wherever they go.',
      'Wherever Bangladeshis settle, crime follows.',
      'I have never met a Muslim who was honest.',
      'Nothing good ever came out of the Muslims.',
      'India would be a safer place with fewer Muslims.',
      "It's a shame Dalits were ever born.",
      'Kashmiris are never grateful.',
      'Christians can never be patriots.',
      'Allmuslimsarescum.',
      'Muslims area stain on this country.',
      'Women think they can do everything. They are too stupid for that.',
      'I have zero respect for Dalits.',
      'Women are in no way our equals.',
    ], true);
  });
  it('leaves praise, victims, other subjects and the noun `area` alone', () => {
    expectAll([
      'Muslims are the reason this festival is so colourful.',
      'Floods always bring trouble for Biharis every monsoon.',
      'I have never met a Sikh who was rude to me.',
      'Nothing good has ever come from this government\'s policies for Muslims.',
      'The city would be a safer place with fewer cars on the road.',
      'No Dalit should have to clean sewers by hand.',
      'Muslims in Assam fear they will be sent to detention camps.',
      'The Muslim area of the city is crowded.',
      'I have no sympathy for the killers of Muslims.',
      'We have zero tolerance for violence against women.',
      'Women are in no way inferior to anyone.',
    ], false);
  });
});

describe('hate (session 8): counter-speech and news', () => {
  it('leaves a hateful claim reported with its consequence or judged after its quotes alone', () => {
    expectAll([
      'The MLA was booked for saying Muslims should be sent to Pakistan.',
      'Statements like "Christians are traitors" have no place in a democracy.',
      'He tweeted that Kashmiris should be shot. He deserves jail.',
    ], false);
  });
});

describe('hate (session 8): Hindi and Hinglish', () => {
  it('flags a community sent abroad, never to be trusted, taught a lesson, breeding like animals', () => {
    expectAll(['Musalmanon ko Pakistan bhej do.', 'Biharis pe kabhi bharosa mat karna.', 'Ye log suar ki tarah bachche paida karte hain.', 'Dalits ko unki aukaat dikhani chahiye.'], true, 'hi-Latn');
    expectAll(['Musalmanon ko Pakistan bhej do.'], true, 'en');
    expectAll(['मुसलमानों पर कभी भरोसा मत करो।', 'मुसलमानों को पाकिस्तान भेज दो।'], true, 'hi');
  });
  it('leaves the same words in trust, rejection and refusal alone', () => {
    expectAll(['Biharis pe bharosa karo, ye mehnati log hain.', 'Musalmanon ko Pakistan bhejne ki baat karna galat hai.', 'Dalit bhaiyon, hathiyar nahi, shiksha uthao.'], false, 'hi-Latn');
    expectAll(['दलितों पर भरोसा करो, वे मेहनती हैं।'], false, 'hi');
  });
  it('flags a good quality denied to a whole community, not to some of it, and not keeping a group out called a crime', () => {
    expectAll(['Musalman kabhi wafadar nahi ho sakte.', 'Musalman deshbhakt nahi hote.'], true, 'hi-Latn');
    expectAll(['Sab Musalman wafadar nahi hote.', 'Musalman bhi utne hi deshbhakt hain.', 'Dalito ko mandir mein ghusne se rokna apradh hai.'], false, 'hi-Latn');
  });
});
