import { HateDetector } from './hate.check';

// Session 7 (issue 7): more obfuscated spellings, negated qualities, implicit derogation and questions.
const detector = HateDetector.load();
const hate = (t: string) => detector.analyze(t.toLowerCase(), 'en').score >= 0.5;
const expectAll = (texts: string[], flagged: boolean) => {
  for (const t of texts) expect({ t, flagged: hate(t) }).toEqual({ t, flagged });
};

describe('hate (session 7): leet letters the tokenizer splits on or drops, letter-spaced words with an article', () => {
  it('reads `@` for `a` at a word start, `!` for `i` inside a word, and a spaced-out word that took in `a` or `I`', () => {
    expectAll([
      'Gay people @re vermin.',
      'Muslims @re @nimals.',
      'Gay people are verm!n.',
      'Dalits are d!rty.',
      'Trans people are a p l a g u e.',
      'I m m i g r a n t s are a d i s e a s e.',
      'I will kill every M u s l i m I see.',
    ], true);
  });
  it('leaves handles, exclamations between words and other spaced words alone', () => {
    expectAll([
      '@rahul are you coming to the Eid party?',
      'Wow!nice match by the Muslim players.',
      'I saw a c a t near the mosque today.',
      'Women are amazing!Incredible win.',
    ], false);
  });
});

describe('hate (session 7): negated positive statements about a group', () => {
  it('flags qualities denied to every member, with `rarely`, `yet to`, `nowhere near` and "I don\'t consider X human"', () => {
    expectAll([
      'No Muslim deserves respect.',
      'Not a single immigrant here is worth anything.',
      "I don't consider Muslims human.",
      "I don't find women intelligent.",
      'Women are nowhere near as smart as men.',
      'I have yet to meet an honest immigrant.',
      'Muslims are anything but peaceful.',
      'Black people rarely amount to anything.',
    ], true);
  });
  it('leaves negated negatives, and qualities denied to a group by others (reported treatment), alone', () => {
    expectAll([
      'Muslims are rarely violent.',
      'No Muslim I know is violent.',
      'Muslims are not trusted by this government, sadly.',
      'Dalits are not respected by the upper castes in these villages.',
      'Disabled people are not given jobs despite the quota.',
      'Women are not given enough respect in our society.',
      "I don't consider Muslims a threat.",
    ], false);
  });
  it('still flags a call to deny a group a right', () => {
    expectAll(['Women should not be given the vote.'], true);
  });
});

describe('hate (session 7): hate asked as a question or ranked as the worst, and more implicit derogation', () => {
  it('flags "how can anyone trust X", "are X even human", "do X ever do anything useful", "nothing more pathetic than X"', () => {
    expectAll([
      'How can anyone trust a Muslim?',
      'How could you ever love a trans person?',
      'Are immigrants even human?',
      'Do immigrants ever do anything useful?',
      'Nothing is more pathetic than a gay man.',
      'Is there anything more pathetic than a gay man?',
      "Black people still haven't evolved.",
      'Black people are a different species.',
      'Disabled kids should never have been born.',
      'Trans people should be in psychiatric wards.',
    ], true);
  });
  it('leaves questions about rules and justice, reported debates and history alone', () => {
    expectAll([
      'Are Dalits even allowed inside the temple?',
      'Do Muslims ever get justice in this country?',
      'Do women ever get respect in this country?',
      'How can anyone hate Muslims?',
      'How can anyone trust this government?',
      'Nothing is more disgusting than hating women.',
      'The panel discussed whether immigrants are a burden on welfare; data says no.',
      'Gay people were once sent to mental hospitals, a dark chapter of history.',
      'Immigrants were sent back to the camps.',
      "Muslims haven't done anything wrong.",
    ], false);
  });
});

describe('hate (session 7): orders to send a group back, and feelings about what others do to a group', () => {
  it('flags "send them all back", "ship X back", and contempt for the group itself', () => {
    expectAll([
      'Send immigrants back.',
      'Immigrants keep arriving. Send them all back.',
      'We should ship Muslims back to Pakistan.',
      "I'm sick of Muslims.",
      'I love seeing Muslims suffer.',
      "I'd love to watch gay people burn.",
    ], true);
  });
  it('leaves disgust at those who attack a group, sympathy with its suffering, and deportation news alone', () => {
    expectAll([
      "I'm sick of racists attacking immigrants.",
      "I'm tired of people abusing Muslims.",
      "I'm sick of bigots harassing gay people.",
      'I hate people hating women.',
      'I hate seeing Muslims suffer.',
      "I can't stand seeing women suffer.",
      'The court will send the immigrants back after the hearing.',
      'Refugees were sent back.',
      'I had a fag break behind the pub.',
    ], false);
  });
});

describe('hate (session 7): more words of contempt and profane verdicts', () => {
  it('flags zero tolerance for, sickened by a group; full of crap, pain in the ass, bane of my existence; lacking common sense', () => {
    expectAll([
      'I have zero tolerance for trans people.',
      "I'm sickened by women.",
      'Women are full of crap.',
      'Disabled people are such a pain in the ass.',
      'Women are the bane of my existence.',
      'Women lack any common sense.',
    ], true);
  });
  it('leaves the same words about treatment, racism and caste alone', () => {
    expectAll([
      "I'm sickened by the treatment of women.",
      'I have zero tolerance for racism against Muslims.',
      "I can't bear to see Dalits treated like this.",
      'Caste is the bane of Indian society, Dalits suffer.',
    ], false);
  });
});

describe('hate (session 7): `1` for `l`, `9` for `g`, a leading `!` for `i`, `a` run into a short word, a doubled seam', () => {
  it('reads the respelt words', () => {
    expectAll([
      'B1ack people belong in a zoo.',
      'Women are never any 9ood.',
      'Gay people shou1d all be locked up.',
      'Trans people are !nferior.',
      'Women belong in azoo.',
      'Women cannever be trusted.',
      'Are transpeople even human?',
    ], true);
  });
  it('leaves numbers and the same spellings in clean comments alone', () => {
    expectAll([
      'I scored 100 runs in 1999.',
      'Call 911 for help, Muslims and Hindus alike.',
      'B1ack people deserve equal rights.',
      'Women cannever be stopped, they are unstoppable!',
      'Muslims are !ndians too.',
    ], false);
  });
});

describe('hate (session 7): a word split by a space whose halves are both short known keys', () => {
  it('joins a lone letter or a two-letter half that is no English word (`g ood`, `l ive`, `do ne`, `n ever`, `a llowed`)', () => {
    expectAll([
      'Women are never any g ood.',
      "Gay people don't deserve to l ive.",
      'Women have never do ne anything good.',
      'Disabled people can n ever be trusted.',
      'Muslims should not be a llowed in public.',
    ], true);
  });
  it('keeps real two-word sequences apart', () => {
    expectAll([
      'Plan B is good for Muslims and Hindus alike.',
      'We do not hate Muslims.',
      'I go to the temple with my Muslim friends.',
      'Muslims can never be stopped from praying, it is their right.',
      'Vitamin D is good for women.',
    ], false);
  });
});

describe('hate (session 7): leet digits against the key, and letters dropped where the key folds', () => {
  it('reads `11v3`, `4110w3d`, `w0r7h1355`, `neer`, `caable`', () => {
    expectAll([
      "Women don't deserve to 11v3.",
      'Why are women 4110w3d to exist?',
      'Trans people are w0r7h1355.',
      'Women can neer be trusted.',
      'Disabled people are not caable of anything.',
      'Nowoman can ever be a good person.',
    ], true);
  });
  it('leaves numbers next to group words alone', () => {
    expectAll([
      'I scored 100 in the 1st match, Muslims and Hindus cheered.',
      'Muslims in 1947 were welcome.',
      'I feel good about Muslims.',
    ], false);
  });
});
