import { ModerationEngine } from '../engine';

// Insult words the insult walk did not know before session 11 (found as GloVe neighbours of the older ones and read one
// by one), in the shapes the walk reads, with clean comments that use the same words of things, characters or oneself.

const engine = ModerationEngine.load();
const attacked = (text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === 'personal_attack')!.flagged;

describe('personal_attack (session 11): the longer insult lexicon', () => {
  it.each([
    'You are a slob and a weirdo.',
    'This editor is a gormless twerp.',
    'What a nincompoop this minister is.',
    'Only a knucklehead like you would believe that.',
    'Our MP is a crackpot and a fantasist.',
    'Arnab is a megalomaniac and an egomaniac.',
    'The writer is a talentless dunderhead.',
    'He is a pompous, insufferable bore.',
    'You are a freeloader and a layabout.',
    'The MLA is a lout and a boor.',
    'You birdbrain, read the article first.',
    'Boy, you are puerile, aren\'t you?',
    'These bhakts are a bunch of crackpots.',
    'The commenters here are freeloaders and layabouts.',
  ])('holds %p', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'The slob in the sitcom is the funniest character this year.',
    'A psychopath killed three people in Delhi, police said.',
    'The film\'s hero is a lovable weirdo who fixes radios.',
    'The speech was pompous and long, but the policy is sound.',
    'Critics called the budget vacuous; the finance ministry disagrees.',
    'The villain in the novel is a megalomaniac who wants to rule the world.',
    'I was a wimp about injections as a child.',
    'Crackpot theories about vaccines are spreading on WhatsApp.',
    'My brother calls himself a knucklehead whenever he forgets his keys.',
    'The slimy texture of okra puts some people off.',
    'The drama features a loudmouth uncle and a quiet grandmother.',
    'These policies are crackpot ideas.',
  ])('passes %p', (text) => {
    expect(attacked(text)).toBe(false);
  });
});

describe('personal_attack (session 11): threats, ironic vocatives and traps', () => {
  it.each([
    'You won\'t be so brave when we find you.',
    'Wait till we catch you alone, reporter.',
    'This author should be tarred and feathered.',
    'Please don\'t breed.',
    'People like you should not be allowed to breed.',
    'Your days as a journalist are numbered, and so are you.',
    'Well done, Sherlock, you discovered that politicians lie.',
    'You have the emotional maturity of a spoilt toddler.',
    'Watch your back, madam.',
  ])('holds %p', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'Watch your back pockets at the Kumbh, pickpockets are everywhere.',
    'Keep your passport in your backpack and watch your backpack at the station.',
    'Wait till we get the results before judging the scheme.',
    'The board won\'t be so bold when the auditors arrive, said an analyst.',
    'Pandas don\'t breed easily in captivity.',
    'Don\'t breed your dog every season, vets advise.',
    'Tarred and feathered was a punishment in colonial America.',
    'Calling him an idiot is not an argument.',
    'Labelling the reporter a liar does not change the facts.',
  ])('passes %p', (text) => {
    expect(attacked(text)).toBe(false);
  });
});

describe('personal_attack (session 11): classic put-downs and veiled threats to writers', () => {
  it.each([
    'This so-called journalist couldn\'t find Delhi on a map.',
    'If brains were petrol, this anchor couldn\'t power an ant\'s scooter.',
    'If brains were money, you would be bankrupt.',
    'You are the reason they put instructions on shampoo bottles.',
    'Typical leftist rag, run by jholawalas with zero brains.',
    'You crawled out of which gutter to comment here?',
    'Which sewer did you crawl out of?',
    'You will be hearing from our people soon. Keep your doors locked.',
    'Remember Gauri Lankesh? Think about it before you write your next piece.',
    'I\'d love to see this guy get what\'s coming to him in a dark alley.',
    'The commentator\'s family should be ashamed of raising such a snake.',
  ])('holds %p', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'It is a tiny village you couldn\'t find on a map, but its school topped the state.',
    'Patients with no brain activity can be organ donors, the new rules say.',
    'Lowering the repo rate was a no-brainer for the RBI.',
    'You will be hearing from our lawyers, the company told the newspaper.',
    'He will get what\'s coming to him in court, said the victim\'s father.',
    'Remember Gauri Lankesh: press freedom needs protecting.',
    'If brains were all it took, the topper would be the CM, joked the principal.',
    'The rescue team came out of the drain after six hours.',
    'His family should be proud of raising such a fine doctor.',
    'Shampoo prices have gone up 20 percent, says the report.',
  ])('passes %p', (text) => {
    expect(attacked(text)).toBe(false);
  });
});

describe('personal_attack (session 11): insults reported and rejected', () => {
  it.each([
    'The article says the minister is a fool; I think that is unfair.',
    'Some readers called the author an idiot. That is uncalled for.',
    'The troll who called her a moron has apologised.',
    '"You are an idiot," the character shouts in the first scene.',
    'Calling the reporter a "liar" is wrong; she cited her sources.',
    'Your argument is idiotic, but I respect your right to make it.',
  ])('passes %p', (text) => {
    expect(attacked(text)).toBe(false);
  });

  it.each([
    'My wife says you are a fool; that is unfair to fools.',
    'Everyone says you are an idiot, and that is true.',
    'The article says the minister is a fool, and he is.',
    'Your argument is idiotic, just like you.',
    'Your comment is stupid and so are you.',
  ])('still holds %p', (text) => {
    expect(attacked(text)).toBe(true);
  });
});

describe('personal_attack (session 11): names in other shapes (round p11g)', () => {
  it.each([
    'The data clearly shows growth, but of course a clown like Mr. Iyer will never admit it.',
    'Dear editor, kindly stop publishing this imbecile.',
    'Useless fellow, go home and sleep instead of writing this garbage.',
    'You must be on drugs to believe this nonsense.',
    'Wow, a whole article and not a single brain cell involved.',
    'Poor thing, you must have been bullied a lot in school for being this slow.',
    'This writer is what you get when you cross a parrot with a photocopier.',
    'I hope this reporter loses her job and never works again.',
    'Anyone who writes this should be thrown out of the country.',
    'Rot in jail, you corrupt old vulture.',
  ])('holds %p', (text) => {
    expect(attacked(text)).toBe(true);
  });

  it.each([
    'A clown like Mr. Bean makes everyone laugh, even my grandfather.',
    'Stop publishing this nonsense about miracle cures.',
    'Poor fellow, he lost everything in the flood.',
    'You must be on antibiotics for a week, the doctor said.',
    'Not a single brain surgeon is posted at the district hospital.',
    'I hope he gets the job; he deserves it.',
    'I hope the minister loses the election fair and square.',
    'Lucky fellow, he won the lottery twice.',
    'Eastern Armenia was a puppet-state of the Parthians.',
  ])('passes %p', (text) => {
    expect(attacked(text)).toBe(false);
  });
});
