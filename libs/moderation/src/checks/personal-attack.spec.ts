import { normalize } from '../normalize';
import { dampModelScore, deleet, modelText } from './personal-attack.check';

const damped = (t: string, ml = 0.8): number => {
  const doc = normalize(t);
  return dampModelScore(doc, deleet(doc.text), ml);
};

describe('personal_attack model damping', () => {
  it('halves the model score when no person is in sight', () => {
    expect(damped('what a stupid and pointless policy')).toBeCloseTo(0.4);
  });

  it('keeps it for the reader, a pronoun or a name', () => {
    expect(damped('you are a stupid clown')).toBe(0.8);
    expect(damped('she is a stupid clown')).toBe(0.8);
  });

  it('keeps it for a reply addressed with an @mention (the leet step reads "@user" as "auser")', () => {
    expect(damped('@USER what a stupid clown')).toBe(0.8);
    expect(damped('@jsmith what a stupid clown')).toBe(0.8);
    expect(damped('what a stupid clown @USER')).toBe(0.8);
  });

  it('does not take an e-mail address or leet for an @mention', () => {
    expect(damped('write to desk@paper.com about this stupid policy')).toBeCloseTo(0.4);
    expect(damped('what a st@pid policy')).toBeCloseTo(0.4);
  });

  it('takes a capitalised word in mid-sentence for a named person, but not a place, a group or a month', () => {
    expect(damped('what a stupid thing Sharma said')).toBe(0.8);
    expect(damped('sick of these potholes in Bengaluru, nothing done for years')).toBeCloseTo(0.4);
    expect(damped('calling all Muslims terrorists is bigotry and must stop')).toBeCloseTo(0.4);
    expect(damped('the stupid rule changes in January')).toBeCloseTo(0.4);
    expect(damped('potholes in Delhi and a stupid reply from Gadkari')).toBe(0.8);
  });

  it('damps criticism of an argument with no insult word, not an insult', () => {
    expect(damped('your argument ignores inflation entirely')).toBeCloseTo(0.4);
    expect(damped('your numbers are outdated, check the survey')).toBeCloseTo(0.4);
    expect(damped('your argument ignores facts, you idiot')).toBe(0.8);
  });

  it('damps a thing called stupid and an insult word named, not one said of a person', () => {
    expect(damped('what a stupid decision by the bcci to drop him again')).toBeCloseTo(0.4);
    expect(damped('stupid question maybe, but why is the metro closed on sundays?')).toBeCloseTo(0.4);
    expect(damped('the word "idiot" comes from greek and meant a private citizen')).toBeCloseTo(0.4);
    expect(damped('what a stupid decision, you are stupid')).toBe(0.8);
    expect(damped('he is an idiot and this is a stupid policy')).toBe(0.8);
  });

  it('damps news of an arrest, a reader told they are wrong and what politicians think of voters', () => {
    expect(damped('the troll who threatened the journalist was arrested in noida')).toBeCloseTo(0.4);
    expect(damped('your columnist clearly doesn\'t understand cricket, but the piece was fun')).toBeCloseTo(0.4);
    expect(damped('how dumb do they think voters are? every election the same promises')).toBeCloseTo(0.4);
    expect(damped('you clearly don\'t understand cricket, you idiot')).toBe(0.8);
    expect(damped('you were arrested and you deserved it')).toBe(0.8);
  });

  it('damps an insult reported and rejected, not one endorsed or said to the reader', () => {
    expect(damped('calling her a dumb woman is sexist')).toBeCloseTo(0.4);
    expect(damped('he said the nurse was a "dumb woman" — that is disgusting, he should apologise')).toBeCloseTo(0.4);
    expect(damped('calling him a dumb idiot is accurate')).toBe(0.8);
    expect(damped('calling you a dumb idiot is wrong? no, you are one')).toBe(0.8);
  });
});

describe('personal_attack model text', () => {
  const mt = (t: string): string => modelText(normalize(t).text).replace(/\s+/g, ' ').trim();

  it('reduces @mentions to one placeholder the model can read (not "auser")', () => {
    expect(mt('@USER you are a clown')).toBe('@user you are a clown');
    expect(mt('@jsmith what a clown')).toBe('@user what a clown');
  });

  it('collapses a run of @mentions into one placeholder', () => {
    expect(mt('@USER @USER @USER you are a clown')).toBe('@user you are a clown');
    expect(mt('@USER @bob @USER thanks, @x')).toBe('@user thanks, @user');
  });

  it('leaves e-mail addresses, leet and links alone', () => {
    expect(mt('write to desk@paper.com')).toBe('write to deskapaper.com');
    expect(mt('what a st@pid m0r0n')).toBe('what a stapid moron');
    expect(mt('see https://medium.com/@bob/post now')).toBe('see url now');
  });
});

describe('personal_attack reported name-calling', () => {
  it('damps an insult someone else was reported to say, not one said to the reader', () => {
    expect(damped('He called me a liar.')).toBeCloseTo(0.4);
    expect(damped('He called them traitors')).toBeCloseTo(0.4);
    expect(damped('He called you a liar.')).toBe(0.8);
    expect(damped('He is a liar.')).toBe(0.8);
  });
});
