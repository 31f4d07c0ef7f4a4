import { HateDetector } from './hate.check';

// Session 11 (issue 7): whole sentences run together (spelling.ts segment), "those people" across sentences
// (crossref.ts), new predicate forms (predicates.ts), a denied good thing about a group (hate-rules.ts), the
// "allowed to" of "It's a shame women are allowed to vote" (implicit.ts) and the lexicon additions. Written from
// our own news-comment sentences; each family has the held comments and the clean comments that share its words.
const detector = HateDetector.load();
const hate = (t: string) => detector.analyze(t, 'en').score >= 0.5;
const expectAll = (texts: string[], flagged: boolean) => {
  for (const t of texts) expect({ t, flagged: hate(t) }).toEqual({ t, flagged });
};

describe('hate (session 11): sentences run together', () => {
  it('reads a run-together sentence around a group word', () => {
    expectAll(['womenbelonginthekitchen', 'Muslimsbelonginazoo', 'Deathtoallmuslims', 'kashmirisshouldbeshot', 'killalltherohingyas', 'transpeoplearefreaks', 'blackpeoplebelonginzoos', 'Allmuslimsareterrorists.'], true);
  });
  it('keeps clean run-together praise, hashtags and dictionary words', () => {
    expectAll(['womenempowermentsummit', 'IstandwithDalitstudents', 'gaypeopledeserveequalrights', 'transpeoplearevalid', 'muslimsarewelcomehere', 'hindusandmuslimsarebrothers', 'disabledpeoplecandoanything', 'womenbelongintheboardroom', 'kashmirisshouldbeheard', 'justiceforbiharimigrants', 'grounded in fact-challenged star-spangled retardation, entirely voluntary'], false);
  });
});

describe('hate (session 11): "those people" across sentences', () => {
  it('holds "those people" said of a group named in a sentence of its own', () => {
    expectAll(['Those people are revolting. I mean Muslims, of course.', 'Those people are a disease. I mean Rohingyas.', 'Those types should be banned. Gays, obviously.'], true);
  });
  it('keeps clean what "those people" are when it is praise', () => {
    expectAll(['Those people are helping. I mean the Sikhs, of course.', 'Those people are our neighbours. Muslims, I mean.', 'Those people are the real victims. I mean Kashmiris.'], false);
  });
});

describe('hate (session 11): predicate forms', () => {
  it('holds a group said to be all alike, too many, denied children, with nothing to offer, kept apart', () => {
    expectAll([
      'Northeasterners all look the same',
      'Deep down all Muslims are the same',
      'Rohingyas are all the same.',
      'There are too many women in this country',
      'Too many Muslims around here now',
      'There are too many Biharis in Mumbai already',
      'Dalits should not have children',
      'Gay people should never be allowed to have kids',
      'Trans people have nothing to offer',
      'Dalits have nothing to contribute to society',
      'Dalits should stay in their own colonies',
      'Immigrants should stay in their own colonies',
    ], true);
  });
  it('keeps clean the same words said of people alike, of complaints and of clauses that go on', () => {
    expectAll([
      'Hindus and Muslims are the same, we bleed the same blood',
      'The rules for women are the same as for men',
      'Politicians are all the same, only the party colour changes',
      'Deep down all of us are the same',
      'Too many women in this country face violence at home',
      'There are too many Dalits dying in sewers, the report says',
      'Too many Biharis in Mumbai live in slums because wages are low',
      "There aren't too many women in Parliament",
      'Women should not have children before they are ready',
      'Nobody should say disabled people should not have children',
      'The budget has nothing to offer to Dalits',
      'Biharis have nothing to eat after the floods',
      'Women have nothing to prove to anyone',
      'Migrant workers should stay in their own homes during the lockdown, said the order',
    ], false);
  });
  it('holds a group put below an animal or denied good roles, not how the group is treated', () => {
    expectAll(['Dogs are better than Muslims', "I'd take a stray dog over a Bihari any day", 'My dog is smarter than all women', 'Even cockroaches have more value than Dalits', "Gay couples don't make good parents", 'Women never make good leaders', "Biharis can't make good neighbours"], true);
    expectAll([
      'Dogs are better than people at sensing earthquakes',
      'Even dogs are treated better than Dalits in this village',
      'Cows get more protection than Muslims here',
      "I'd take a dog over a cat any day",
      'My dog is better behaved than most politicians',
      "Biharis don't make good money in Mumbai's construction sites",
      'Women make good leaders, look at the panchayats',
      "Nobody can say gay couples don't make good parents",
    ], false);
  });
  it('holds a denied good thing about a group and a shame that it may vote', () => {
    expectAll(["I can't think of one good thing about immigrants", "There isn't one good thing about Kashmiris", 'Refugees have never done a single useful thing', 'It is a shame women are allowed to vote', 'It is a shame Sikhs are allowed to vote'], true);
    expectAll(['I have nothing but good things to say about Sikhs', "I can't think of one good thing about this government", "There isn't a single good thing about violence against women", 'Refugees have never had a single good day in the camps', 'It is a shame women are allowed to vote only in some clubs', 'It is a shame that so few women vote in that district'], false);
  });
});

describe('hate (session 11): lexicon', () => {
  it('holds the new slurs and places', () => {
    expectAll(['Kangladeshis go back', 'These rice bag converts will sell their religion', 'Bloody ricebags converting everyone', 'Gaumutris ruined this country', 'Biharis belong in cattle sheds, not in our trains', 'Rohingyas belong in cowsheds', 'Put these Biharis in pigsties'], true);
  });
  it('keeps clean their homonyms and counter-speech', () => {
    expectAll(['Farmers are distributing rice bags to flood victims', 'Gaumutra sales rise in Gujarat', 'Doctors say gaumutra does not cure cancer', 'The pork industry in Pakistan is tiny', 'Calling Christians rice bags is bigoted and the minister should apologise', 'The cattle shed in the village was washed away', 'Biharis live in slums because of low wages, not by choice', 'Kids were sleeping in cattle sheds after the floods'], false);
  });
});

describe('hate (session 11): a denial denied', () => {
  it('keeps clean a negated quality that the sentence calls false', () => {
    expectAll(["It is not true that Biharis can't be trusted", "It's a lie that women can't drive", 'It is not true that women are not smart', 'Nobody says Dalits are not human'], false);
  });
  it('still holds a denied quality, and a quality called a myth', () => {
    expectAll(["I don't think women are smart", 'No Muslim can ever be trusted', "It's a myth that women are smart", "Biharis can't be trusted"], true);
  });
});
