import { HateDetector } from './hate.check';

// Session 10 (issue 7): clean frames (frames.ts), a group named in a sentence of its own and attacked through
// "they" in another (crossref.ts), and the lexicon additions. Written from our own news-comment sentences; each
// family has the held comments and the clean comments that share its words.
const detector = HateDetector.load();
const hate = (t: string) => detector.analyze(t, 'en').score >= 0.5;
const expectAll = (texts: string[], flagged: boolean) => {
  for (const t of texts) expect({ t, flagged: hate(t) }).toEqual({ t, flagged });
};

describe('hate (session 10): clean frames', () => {
  it('keeps clean a group that is the object of its harmers, of a report, or of what the author would rather die than see', () => {
    expectAll([
      "I'd rather die than see Muslims and Hindus fight again.",
      "I'd rather die than let anyone harm my Muslim neighbours.",
      'Muslims should leave the decision to the court.',
      'Women should leave early if the metro is crowded.',
      'The killers of Muslims should be in jail.',
      'The attackers of Dalits must be punished.',
      'The world would be better without hate against Muslims.',
      "Don't trust the news about Muslims. They lie, these channels.",
      'Nobody would hire a Dalit in that village, which is why the law matters.',
      'Anyone who calls Biharis parasites is a bigot.',
      'Muslims are not capable of being silenced, they will vote.',
      'Immigrants should be grateful to the volunteers who helped them.',
      'They keep attacking women. Those animals must be jailed.',
    ], false);
  });
  it('still holds the same words said of the group', () => {
    expectAll([
      "I'd rather die than live next to Muslims.",
      'Muslims should leave this country.',
      'Muslims should leave India now.',
      'Muslims should be in jail.',
      'Nobody would hire a Dalit, they are too dirty.',
      'Biharis are parasites.',
      'Muslims are not capable of living peacefully with anyone.',
      'Dalits should be grateful we even let them into the temple.',
    ], true);
  });
  it('keeps clean the saying of an insult that the sentence judges', () => {
    expectAll([
      'Labelling all Muslims as jihadis is dangerous.',
      'To say that women belong in the kitchen is backward.',
      'I hate it when people say Muslims are terrorists.',
      'Quit calling women stupid.',
      'Your tweet calling women whores should be deleted.',
    ], false);
  });
  it('holds the insult when the saying is not judged', () => {
    expectAll(['Calling Muslims jihadis is accurate.', 'Women belong in the kitchen.', 'Muslims are terrorists.'], true);
  });
});

describe('hate (session 10): a group named in a sentence of its own', () => {
  it('holds the insult said through "they" before or after the naming', () => {
    expectAll([
      'They are parasites. I mean Kashmiris, obviously.',
      'They are useless. Women always are.',
      'They are animals. Gay people, I mean.',
      'They ruin everything. Christians, that is.',
      "They should all be locked up. I'm talking about trans people.",
      "Don't let them in. They are Muslims.",
      'They are a plague. Muslims, I mean.',
      "They're subhuman. Women, I mean.",
      "They smell. That's what immigrants are like.",
    ], true);
  });
  it('keeps clean a naming that says more, and a pronoun sentence that is clean', () => {
    expectAll([
      'They are brave. Dalit women, I mean.',
      "They were beaten badly. I'm talking about Dalits in Una.",
      'They deserve justice. Muslims, I mean.',
      'They are not a threat. I am talking about Rohingyas.',
      'They are disgusting. They are the politicians who attacked Muslims.',
      'They are exhausted. They are Dalit labourers who walked 200 km.',
      'They are not criminals. They are immigrants.',
      'They call us parasites. We are Biharis.',
      'They are lazy. I mean our MLAs.',
    ], false);
  });
});

describe('hate (session 10): lexicon', () => {
  it('holds the new slur and denied quality', () => {
    expectAll(['Peacefuls did it again.', 'Hindus are never tolerant of anyone.'], true);
  });
  it('keeps clean the words next to them', () => {
    expectAll(['The protest ended peacefully.', 'Hindus are never intolerant.', 'The fag end of the session was wasted.', 'Indians are a tolerant people.'], false);
  });
});

describe('hate (session 10): predicates that demean without a hostile word', () => {
  it('holds the group made the cause of worse, shut out of respected roles, beyond improvement', () => {
    expectAll([
      'Muslims make the world a worse place.',
      'Biharis turn every city into a slum.',
      "Gay people shouldn't be teachers.",
      'Women should never be judges.',
      'Dalits must not be priests.',
      "Muslims can't be educated.",
      'Dalits will never be civilised.',
      'The only good Kashmiri is a silent one.',
      'Biharis think they are equal to us.',
      'Immigrants are a swarm.',
      'Christians are wolves in sheep\'s clothing.',
      'Biharis are a blot on Mumbai.',
    ], true);
  });
  it('keeps clean the same words about roles, help and other subjects', () => {
    expectAll([
      "Dalits shouldn't only be peons, they should be officers too.",
      "Women shouldn't be forced to be mothers.",
      "Dalit girls can't be educated in that village because there is no school.",
      'Politicians make the world a worse place.',
      'Muslims made this town a better place.',
      'Dalits should not be priests only in name, give them real power.',
      'The only good thing about Muslims in this film is the music.',
      'Kashmiris think they are equal citizens, and they are.',
      "Women don't think they are equal to us, they know they are better.",
      "Disabled people can't be helped by this budget.",
      'Christians can\'t be blamed for the riots.',
      'A swarm of locusts hit Rajasthan farmers this week.',
      'Women are a blessing, not a curse.',
      'Hordes of tourists in Shimla again, the roads are jammed.',
    ], false);
  });
  it('keeps clean a slur worn with pride and a community named by its own word', () => {
    expectAll(["She's a proud dyke and activist.", 'Hijra community members got ration cards.'], false);
    expectAll(['You hijra, stop dancing on the road.', 'He is just another dyke.'], true);
  });
});
