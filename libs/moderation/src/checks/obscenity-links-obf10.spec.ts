import { ModerationEngine } from '../engine';
import { normalize } from '../normalize';

// Obfuscated obscenity and disguised links in news comments, and the clean traps next to them
// (obf10 helper, session 10, hand-written probes).

const engine = ModerationEngine.load();
const flagged = (check: string, text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === check)!.flagged;

describe('normalize: asterisk look-alikes are the mask', () => {
  it.each([
    ['f\u204eck', 'f*ck'],
    ['sh\u2217t', 'sh*t'],
    ['b\u2731tch', 'b*tch'],
  ])('folds %j to %j', (input, folded) => expect(normalize(input).text).toBe(folded));
});

describe('obscenity: letters masked by dashes, underscores or dots', () => {
  it.each(['F--k this heat wave', 'what the f__k is this budget', 'sh--t roads again', 'this is total sh_t', 'what the f...k happened', 'she is a b...h', 'what a f\u204eck-up of a plan'])(
    'flags %j',
    (t) => expect(flagged('obscenity', t)).toBe(true),
  );
  it.each([
    'The dude can ball...I would not call him a talker',
    'The co-op bank and the e-mail scam were both in the news',
    'T-shirt prices and X-ray machines are both costlier',
    'Wait...what? The bill passed?',
    'He said so...and then left the stage',
    'The U-turn on fuel prices, the A-list guests and the pre-k classes',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('obscenity: a word cut in two by one space', () => {
  it.each(['fu ck this traffic', 'sh it man, the bridge fell again', 'she is a bi tch', 'what a cu nt', 'fuc k this government'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each([
    'The team\'s hit rate is down',
    'PS hit the target, said the SP',
    'BS hit a new low on the index',
    'Sch long holidays start in May',
    'Sh, it is fine, the minister said',
    'The pen is mightier than the sword',
    'NC until further notice, said the order',
    'Mr Shi t-shirt brand opened a store',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('obscenity: a lower-case "l" for the capital "I" in a word in capitals', () => {
  it.each(['SHlT show at the stadium', 'what a BlTCH move', 'FUCKlNG useless'])('flags %j', (t) => expect(flagged('obscenity', t)).toBe(true));
  it.each(['The SHlELD act passed', 'Read the BlLL before you comment', 'DElHl roads are flooded'])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('obscenity: names and film titles spelt like a Hindi word', () => {
  it.each([
    "Niki Lauda's crash in 1976 is the stuff of legend.",
    'Kamina is my favourite Vishal Bhardwaj film.',
    'The Kamina actor Shahid Kapoor is in a new film.',
    'Watched Kaminey again last night, what a movie!',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
  it.each(['Kamine log film industry barbad kar rahe hai', 'tu kamina hai, film dekhne bhi nahi diya', 'kamina neta, movie ticket bhi mehenga kar diya', 'Lauda lasun sab chor hai'])(
    'flags %j',
    (t) => expect(flagged('obscenity', t)).toBe(true),
  );
});

describe('links: domains in an Indian script', () => {
  it.each(['visit www.नौकरी.भारत for jobs', 'see https://नौकरी.com/apply', 'नौकरी.com पर देखो', 'पुलिस.भारत/complaint पर शिकायत करें'])('flags %j', (t) =>
    expect(flagged('links', t)).toBe(true),
  );
  it.each(['मैंने बी.कॉम और एम.कॉम दोनों किया है', 'यह मेरा देश है.भारत महान है', 'बात सही है.सरकार को सोचना चाहिए'])('leaves %j', (t) =>
    expect(flagged('links', t)).toBe(false),
  );
});

describe('links: a news source named as a bare domain is a link (SPEC: bare domains with a real TLD)', () => {
  it.each(['As NDTV.com reported this morning, the bridge collapsed', 'isro.gov.in has the full launch schedule', 'According to indianexpress.com the toll rose'])(
    'flags %j',
    (t) => expect(flagged('links', t)).toBe(true),
  );
  it.each([
    'As NDTV reported this morning, the bridge collapsed',
    'Node.js 18.2 and the U.S. both came up, Rs.500 at No.1',
    'The meeting starts at 10.30am sharp',
    'India were 250/4 in 45.2 overs when rain stopped play',
    'Dr.Singh, St.Stephen\'s, B.Tech, M.Sc. and a Ph.D :) :-)',
    'Update to version 2.4.1 and open report.pdf',
  ])('leaves %j', (t) => expect(flagged('links', t)).toBe(false));
});

describe('obscenity: one dot for a letter, x for c, superlatives', () => {
  it.each(['f.ck the new toll rates', 'what a sh.t show', 'Holy fuxk, look at the price of tomatoes', 'fuxking useless council', 'sh1ttiest service ever, Air India'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each([
    'The Govt. of N.C.T. of Delhi issued the order.',
    'He is a B.Tech, M.Sc. and Ph.D holder from St.Stephen\'s',
    'The sexist remark and the toxic air were both discussed',
    'The wound got pussier by the day, the doctor said',
    'Saxena and Dixit spoke at the Vox event',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('links: an abbreviation before "in", handles after "search karo", the link in a profile', () => {
  it.each(['Telegram search karo: @sarkarinaukri_updates', 'insta follow karo @desi.memes.daily', 'go to my profile for the link', 'visit earnbig . co . in for details'])('flags %j', (t) =>
    expect(flagged('links', t)).toBe(true),
  );
  it.each(['The film earned Rs.300 cr. in a week.', 'Costs rose approx. in line with inflation', 'The govt. in Delhi and the dept. in Mumbai', 'Search karo Google pe, sab mil jayega'])('leaves %j', (t) =>
    expect(flagged('links', t)).toBe(false),
  );
});

describe('obscenity: a word wrapped across a line break, Hindi cut into syllables, one-word insults', () => {
  it.each(['what the fu\nck is this', 'she is a bi\ntch', 'chu.ti.ya sarkar', 'gaan-du log', 'bhen_chod neta', 'dipshit mayor', 'what a pieceofshit plan'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each([
    'The pen\nis mightier than the sword',
    'Great match.\nIt was a thriller',
    'B.Tech and M.Tech seats rose; U.S.A. and U.K. too',
    'ek-do-teen is a classic song; Ram-Leela is on TV',
    'Su-30 and Mig-21 jets flew past',
    "Lauda's comeback after the crash inspires me.",
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('obscenity: "go f themselves", a Hindi word named and glossed; links: a run of abbreviations', () => {
  it('flags "go f themselves"', () => expect(flagged('obscenity', 'the whole council can go f themselves')).toBe(true));
  it.each(["Hindi word 'kamina' means rascal, the teacher explained.", 'The Hindi word "kamine" is used lightly among friends'])('leaves %j', (t) =>
    expect(flagged('obscenity', t)).toBe(false),
  );
  it.each(['tu kamina hai', 'kamina neta'])('still flags %j', (t) => expect(flagged('obscenity', t)).toBe(true));
  it('leaves "Ltd. cos. in the S&P 500 fell."', () => expect(flagged('links', 'Ltd. cos. in the S&P 500 fell.')).toBe(false));
  it('flags "earnbig. co. in"', () => expect(flagged('links', 'visit earnbig. co. in for free recharge')).toBe(true));
});
