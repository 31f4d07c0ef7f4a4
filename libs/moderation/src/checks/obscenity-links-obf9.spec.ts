import { ModerationEngine } from '../engine';

// Obfuscated obscenity and disguised links in news comments, and the clean traps next to them
// (obf9 helper, session 9, hand-written probes).

const engine = ModerationEngine.load();
const flagged = (check: string, text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === check)!.flagged;

describe('obscenity: "f" for the word in set phrases', () => {
  it.each([
    'What the f is wrong with the traffic police in Bengaluru',
    'what the f?',
    'Shut the f up about your party',
    'Get the f out of our city with this plan',
    'go f yourself with this biased coverage',
  ])('flags %j', (t) => expect(flagged('obscenity', t)).toBe(true));

  it.each([
    'What the F in F1 visa stands for is nobody\'s business',
    'He got an F in maths and still topped the state exam later',
    'Grade F hotels should be shut, says the tourism minister',
    'Why the F-35 deal matters for India, explained well',
    'What the f-stop of this lens is matters for night shots',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('obscenity: "sheet" as the exclamation, "v" for "u"', () => {
  it.each(['holy sheeet this is bad journalism', 'Holy sheet, the bridge fell again', 'this cvnt of a minister', 'what a pvssy move', 'slvts and thugs'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each(['Print the balance sheet and send it to the auditor', 'Holy water from the Ganga is sold online now', 'The civet cat was rescued in Kerala', 'A savvy curve ball by the finance minister'])('leaves %j', (t) =>
    expect(flagged('obscenity', t)).toBe(false),
  );
});

describe('links: handles after a page noun or a spaced "@", own accounts, searches, spaced suffixes', () => {
  it.each([
    'Telegram channel: @cryptokingindia, join now',
    'follow me on instagram @ priya.earns.daily for tips',
    'my snap is rahul_2001 add me',
    "Search 'quickloan24' on Telegram for instant loan",
    'free recharge at rechargefree.c o m',
    'WhatsApp no. nine-eight-seven-six-five-four-three-two-one-zero',
    'WhatsApp no. 98 76 54 32 10',
  ])('flags %j', (t) => expect(flagged('links', t)).toBe(true));

  it.each([
    'The Telegram channel is banned in Russia, as per reports',
    'WhatsApp group: admins only can post, said the RWA',
    'The show airs on Instagram @ 10.30 pm every Sunday',
    "Search 'Modi speech' on YouTube and you will see it",
    'My snap is broken since the update',
    'Count down: nine eight seven six five four three two one zero, and the rocket lifted off',
  ])('leaves %j', (t) => expect(flagged('links', t)).toBe(false));
});

describe('obscenity: misspellings of strong words, Latin and street names', () => {
  it.each(['bastids ruled this state for 50 years', 'what a bunch of basturds', 'Shut up you puzzy', 'you absolute wnker'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each([
    'Cum laude graduates from IIT got the best offers',
    'She graduated magna cum laude from Columbia',
    'The Hoe Street market in London has Indian shops',
    'Inglourious Basterds is my favourite Tarantino film',
  ])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
  it('still holds the Hindi word and the insult outside the phrase', () => {
    expect(flagged('obscenity', 'abe laude chup kar')).toBe(true);
    expect(flagged('obscenity', 'you dirty hoe')).toBe(true);
  });
});

describe('links: more dots, a spaced dash between digit groups', () => {
  it.each(['sign up at winbig\u2027com', 'Visit cashloan\u0387in for instant approval', 'text me at 9 8 7 6 5 - 4 3 2 1 0'])('flags %j', (t) => expect(flagged('links', t)).toBe(true));
  it.each(['India won 3 - 2 and then 4 - 1 in the two legs', 'Count 1 2 3 4 5 - 6 7 8 9 10 and breathe'])('leaves %j', (t) => expect(flagged('links', t)).toBe(false));
});

describe('obscenity: a doubled consonant before an ending, strong phrases the lists rate mild', () => {
  it.each(['bullshittery of the highest order', 'stop bullshitting us', 'sonofab*tch', 'son of a bitch, he lied again', 'wtaf is happening in Manipur'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each(['The bulldozer flattened the shops', 'Bullet train work is slow', 'The shuttering of the mill hurt workers'])('leaves %j', (t) => expect(flagged('obscenity', t)).toBe(false));
});

describe('links: look-alike letters inside a Latin word, ISBNs', () => {
  it.each(['Visit jobsadda d\u043et com', 'go to earnfast.c\u043em today'])('flags %j', (t) => expect(flagged('links', t)).toBe(true));
  it.each(['ISBN 978-0-14-044913-6 is the Penguin edition', 'The Russian site \u043f\u0440\u0438\u043c\u0435\u0440 was blocked', 'Read 979-8-88-888888-1 for the reprint'])('leaves %j', (t) =>
    expect(flagged('links', t)).toBe(false),
  );
});

describe('obscenity: a profane head glued to an insult tail', () => {
  it.each(['dickwad, read the article first', 'what a shitbrain take', 'twatwaffles in the assembly', 'cockwomble of a minister', 'you asshats'])('flags %j', (t) =>
    expect(flagged('obscenity', t)).toBe(true),
  );
  it.each(['The cockpit crew were praised', 'Cockburn Street in Edinburgh', 'Assam and Assamese voters', 'Dickens wrote about debt', 'Shitala Mata temple fair'])('leaves %j', (t) =>
    expect(flagged('obscenity', t)).toBe(false),
  );
});

describe('links: a range of amounts is no phone number', () => {
  it.each(['Monthly income : 15000 - 75000 Rs. for freshers', 'people paid 12000 - 20000 for each ticket'])('leaves %j', (t) => expect(flagged('links', t)).toBe(false));
  it('a number cut by " - " still counts when the comment asks to be called', () => expect(flagged('links', 'call 98765 - 43210 for loans')).toBe(true));
});

describe('links: a trunk 0 before spaced digits, a bracketed "(dot) in", follow requests on other networks', () => {
  it.each(['Call 0 9 8 1 1 2 2 3 3 4 4 for tips', 'go to the site freeloan24 (dot) in for details', 'follow on twitter @FreeMoneyIndia for giveaways', 'Follow us on X @dealsdaily_in'])('flags %j', (t) =>
    expect(flagged('links', t)).toBe(true),
  );
  it.each([
    'He arrived on the dot in time for the meeting',
    'As @PMOIndia said on Twitter, the scheme is extended',
    'Follow the news on Twitter, @ANI has updates',
    'Count 0 1 2 3 4 5 6 7 8 9 aloud',
  ])('leaves %j', (t) => expect(flagged('links', t)).toBe(false));
});

describe('obscenity: the "f" phrase reads tokens, not object keys', () => {
  it('does not throw on words that name object properties', () => {
    expect(flagged('obscenity', 'constructor the f is here; toString the f?')).toBe(false);
  });
});

describe('obscenity: a word named as a word, the noun after it', () => {
  it('leaves the word named', () => expect(flagged('obscenity', "Dickhead is not a word I'd use for the minister, but he is wrong")).toBe(false));
  it('still holds the word used', () => expect(flagged('obscenity', 'Dickhead is what you are')).toBe(true));
});

describe('obscenity: a plant spelt like a compound insult', () => {
  it('leaves cockweed, holds dickweed', () => {
    expect(flagged('obscenity', 'Cockweed grows along the canal banks')).toBe(false);
    expect(flagged('obscenity', 'shut up, dickweed')).toBe(true);
  });
});
