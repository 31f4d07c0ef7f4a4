import { HateDetector } from './hate.check';

// Session 9 (issue 7): implicit derogation of a group (implicit.ts), written from our own sentences about the
// groups a news site sees, and the clean comments next to each (news, counter-speech, real needs, sympathy).
const detector = HateDetector.load();
const hate = (t: string) => detector.analyze(t, 'en').score >= 0.5;
const expectAll = (texts: string[], flagged: boolean) => {
  for (const t of texts) expect({ t, flagged: hate(t) }).toEqual({ t, flagged });
};

describe('hate (session 9): implicit derogation', () => {
  it('flags idioms of contempt said of a group', () => {
    expectAll([
      "I'd rather die than live next to Muslims.",
      'I would rather eat glass than work with trans people.',
      'Letting women vote was a huge mistake.',
      'Giving rights to Dalits was the worst decision ever.',
      'The only thing immigrants are good at is complaining.',
      'We never had these problems before the Biharis arrived.',
      'Disabled people are best kept at home.',
      'Gay people should not be allowed near schools.',
      'Women should be seen and not heard.',
      'I can smell a Muslim from a mile away.',
      'The smell of immigrants makes me gag.',
      'Women have the brains of a child.',
      'Dalits think with their animal instincts.',
      'Muslims still live like it is the stone age.',
      'Immigrants would sell their own mothers for a few rupees.',
      'Nobody in their right mind would hire a trans person.',
      'If only immigrants would just disappear.',
      'Women are nothing to me.',
      'They are just women, what do you expect.',
      'Women should be treated as second class citizens.',
      'Immigrants want to take over our country.',
      'Put the Biharis on a boat and send them away.',
      'Black people belong behind bars.',
    ], true);
  });
  it('flags denied capabilities, disgust and pronouns that carry the group', () => {
    expectAll([
      'Women are not capable of thinking for themselves.',
      'Muslims are not intelligent enough to vote.',
      'Immigrants have never contributed anything to society.',
      "Gay people don't have any place here.",
      'Immigrants moved in next door and now the whole street smells of them.',
      'When I see disabled people, I want to throw up.',
      'Whenever Muslims show up, things get stolen.',
      'Immigrants come here and expect handouts.',
      'Dalits got the vote. What a joke, they can barely read.',
      "Don't get me started on immigrants. Absolute parasites, all of them.",
      "I can't bear to be around trans people.",
      "I'm allergic to Muslims.",
      'Women get on my nerves.',
      "I wouldn't touch a Dalit with a ten-foot pole.",
      'I wish I never had to see immigrants again.',
      'Ugh, women.',
    ], true);
  });
  it('leaves news, counter-speech, real needs and sympathy alone', () => {
    expectAll([
      'I would rather eat glass than watch another debate, but Muslims deserve better representation.',
      'Letting women vote was the best decision this country ever made.',
      'Not letting women vote was a huge mistake.',
      'Saying women are only good for cooking is sexist.',
      'The village was peaceful before the rioters arrived.',
      'Women should be kept safe at home and at work.',
      'The smell of Muslim biryani fills the lane during Eid.',
      'The whole street smells of biryani when the Muslims of our lane celebrate Eid.',
      'My grandmother had the brains of a genius.',
      'Nobody would miss this government if it fell.',
      'Women are not safe in this city after dark.',
      'What do you expect from a government that ignores Dalits?',
      'Women must never be treated as second-class citizens.',
      'Big companies want to take over our country\'s farmland.',
      'Women belong in parliament.',
      'Dalits are nothing to be afraid of; they are our neighbours.',
      'Whenever migrants arrive in the city, crime against them goes unreported.',
      'Disabled people want benefits that are theirs by right.',
      'Many Dalit children can barely read because their schools have no teachers.',
      'Muslims were lynched by a mob. Cowards, all of them.',
      'Women are joining the army. Brave, all of them.',
      "I can't bear to see women treated this way.",
      'I wish I never had to see Dalits suffer like this again.',
      'Ugh, another article about Muslims being lynched.',
      'Nobody would hire a Muslim tenant in that society, the survey found.',
      'When I see women leaders like her, I want to scream with joy.',
    ], false);
  });
});
