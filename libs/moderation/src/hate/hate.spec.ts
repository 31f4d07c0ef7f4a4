import fc from 'fast-check';
import { ModerationEngine } from '../engine';
import { HateDetector } from './hate.check';

const detector = HateDetector.load();
const hate = (t: string, lang: 'en' | 'hi' | 'hi-Latn' = 'en') => detector.analyze(t.toLowerCase(), lang).score >= 0.5;

describe('hate check', () => {
  it('flags attacks on groups for who they are', () => {
    for (const t of [
      'Muslims are vermin and should be thrown out',
      'I hate immigrants.',
      'Women are disgusting creatures',
      'We should kill all the gays',
      'Immigrants must be deported, every last one',
      'Dalits are filthy and dont belong here',
      'these katuas should be sent to pakistan',
      'Those f4ggots disgust me',
      'womenare disgusting',
      'Ihate immigrants',
      '"Muslims are vermin" - so true',
      'I want all Muslims dead.',
    ]) expect({ t, flagged: hate(t) }).toEqual({ t, flagged: true });
  });

  it('flags Hindi and Hinglish calls for violence or exclusion against a group', () => {
    expect(hate('मुल्लों को देश से निकालो', 'hi')).toBe(true);
    expect(hate('in katuon ko kaat do', 'hi-Latn')).toBe(true);
    expect(hate('bihari log gande hote hain', 'hi-Latn')).toBe(true);
    expect(hate('मुसलमानों का बहिष्कार करो', 'hi')).toBe(true);
    expect(hate('मुसलमान भी इस देश के नागरिक हैं', 'hi')).toBe(false);
    expect(hate('Pakistani cricketers are dangerous bowlers', 'en')).toBe(false);
  });

  it('leaves identity mentions, counter-speech, criticism of governments and violence news alone', () => {
    for (const t of [
      'I love my Muslim neighbours, they invited us for Eid.',
      'Women deserve equal pay.',
      'Two Dalits were killed in the clash, police said.',
      'The Chinese government is dangerous and must be stopped.',
      'Pakistan army violated the ceasefire again.',
      'BJP and Congress are both useless parties.',
      'Saying "Muslims are vermin" is wrong and racist.',
      'Calling immigrants criminals is bigoted nonsense.',
      'Muslims are not terrorists.',
      'I am a proud dyke and I love my wife.',
      'Terrorists kill innocent people.',
      'हिंदू और मुसलमान भाई भाई हैं',
      'We must stop hate against Muslims.',
      'Hate crimes against Sikhs rose last year.',
      'Growing hatred towards migrants worries the UN.',
      'Hindu nationalists are dangerous for democracy.',
      'Islamist terrorists are a threat to Muslims too.',
      'Illegal immigrants are a burden on the state.',
      'Muslim men are being lynched and the government is silent.',
      "I don't think gay people are dangerous.",
      'Women therapists are great.',
      'What the fuck, Muslims were attacked again',
      'The MLA said "Muslims are vermin" at the rally on Sunday.',
      'Women face rapes daily in this district.',
    ]) expect({ t, flagged: hate(t) }).toEqual({ t, flagged: false });
  });
});

describe('hate grammar (issue 7): group + predicate, with negation, reports, pronouns and spelling variants', () => {
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: hate(t) }).toEqual({ t, flagged: flag });
  };

  it('flags implicit hate, denied qualities and superlatives of contempt', () => {
    cases(true, [
      'Dalit families belong in the gutter.',
      'Women should be kept in the kitchen where they belong.',
      'Immigrant lives are not worth anything.',
      'Trans women are not women.',
      'Muslims can never be trusted with power.',
      'Biharis are only good for cleaning toilets.',
      'There is nothing worse than a Rohingya.',
      'Muslims breed like rats.',
      'Gay men should keep away from our children.',
      'The country would be better off without Christians.',
    ]);
  });

  it('flags threats, profane predicates and addressed groups', () => {
    cases(true, [
      "I'll shoot every Kashmiri I meet.",
      'I want to see all these Dalits burn.',
      'Pakistanis deserve to die.',
      'Sikhs should be lined up and shot.',
      'Muslims can go to hell.',
      'Immigrants can fuck off back home.',
      'Piss off back to Bangladesh, you Rohingyas.',
      'These Hindus need to shut the fuck up.',
    ]);
  });

  it('follows a pronoun to the group named before or after it', () => {
    cases(true, [
      'A lot of Biharis live in my area. They are parasites.',
      'Of course they stink. They are Dalits after all.',
      'We had Muslim tenants once and I hated every one of them.',
    ]);
  });

  it('reads misspelt, run-together, spaced and masked words', () => {
    cases(true, [
      'I hate Mslims.',
      'I hate imigrants.',
      'Dalits are disgsuting.',
      'Ihatewomen',
      'Sikhsarescum',
      'I hte Christians.',
      'Wo men are disgusting.',
      'I hate M*slims.',
      'M u s l i m s are vermin.',
      'I hate black poeple.',
    ]);
  });

  it('leaves denials, reports, rejections and doubting questions alone', () => {
    cases(false, [
      'No Muslim deserves to die.',
      'No woman should be beaten, ever.',
      "I don't think trans people are freaks.",
      "Don't call disabled people a burden.",
      'If you think women belong in the kitchen, you need help.',
      'How can you say Dalits are dirty?',
      'Anyone who says immigrants are parasites is an idiot.',
      "I'm sick of people saying that Biharis are thieves.",
      'Referring to refugees as cockroaches is dehumanising.',
      'Are Muslims really a threat? The data says no.',
      'Dalits are treated like animals in some villages, which is shameful.',
      'Why do people hate Muslims so much?',
      'I hate how women are treated in this country.',
      'No one should hate Dalits.',
    ]);
  });

  it('leaves neutral and positive news comments, homonyms and dictionary words alone', () => {
    cases(false, [
      'Muslims celebrated Eid in Lucknow with great joy.',
      'Dalit students topped the board exam this year.',
      'Women are still underrepresented in parliament, which is a disgrace.',
      'Muslims are rarely hired here, and this is shameful.',
      "The government's immigration policy is a disaster.",
      'Muslim women are fighting for their rights.',
      'Immigrant workers were stuck on the highway during the lockdown.',
      'We queers need to stick together.',
      'The Dutch built a dyke to hold back the sea.',
      'My old car needs a new tranny and a clutch.',
      'She cooked faggots and peas for dinner.',
      'He had a queer feeling that something was wrong.',
      'The trains to Patna were late again.',
      'Jewish references in the article are weak.',
      'The Muslim vote decided the election in Rampur.',
      'Immigrants built this city and deserve respect.',
    ]);
  });
});

describe('engine on Devanagari and mixed-script input', () => {
  const engine = ModerationEngine.load();
  const deva = fc.string({ unit: fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCharCode(c)) });
  const pieces = fc.constantFrom('चूतिया', 'रंडी', 'मुसलमान', 'गद्दार', ' ', '\u200d', '\u200c', '\u093c', 'ch*tiya', 'c h u t i y a', 'Muslims are', 'vermin', 'तुम', 'katua', '"', '.', 'ँ', 'ं');
  const text = fc.array(fc.oneof(deva, pieces, fc.string(), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 16 }).map((a) => a.join(''));
  it('never throws, tags a language, and every evidence span indexes the original text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = engine.screen(t);
        expect(['en', 'hi', 'hi-Latn', 'other']).toContain(r.language);
        for (const c of r.checks) for (const e of c.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 400 },
    );
  });
  it('gives spans into the original for Hindi abuse written with nukta, ZWJ and chandrabindu variants', () => {
    const t = 'तुम गाँ\u200dड़ू हो और चू\u200cतिया भी';
    const r = engine.screen(t);
    expect(r.language).toBe('hi');
    const obs = r.checks.find((c) => c.check === 'obscenity')!;
    expect(obs.flagged).toBe(true);
    for (const e of obs.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('hate (issue 7, third pass): threats and profanity from earlier checks, spelling repair, implicit hate', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('counts a threat or a wish of harm aimed at a group as hate (calls for violence)', () => {
    cases(true, [
      "I'm going to make every woman here pay.",
      "Let's burn every immigrant out of this town.",
      'Any immigrant who comes here will be shot.',
      'The best Muslim is a dead one.',
      'Why can\'t Dalits just disappear?',
      "I can't wait to kill some Biharis.",
    ]);
  });

  it('leaves denied threats, victims of violence and news of past exclusion alone', () => {
    cases(false, [
      "I'm not going to kill any immigrants.",
      "There's no way I'd ever harm a gay person.",
      "I don't want to see any Muslims suffer.",
      'The killers of the Dalit boy must be hanged.',
      'Those who lynched the Muslim man should be punished.',
      'The migrants were sent back by the border police.',
      'Rapists should be shot.',
      'Kill the bill! Farmers reject these laws.',
    ]);
  });

  it('counts profanity aimed at a group, not profanity near one', () => {
    cases(true, ['Fuck the Muslims.', 'Fuck black kids.', 'Trans people are a fucking joke.', 'Immigrants are pieces of shit.', 'Women can fuck right off.', 'Dalits make me fucking sick.']);
    cases(false, [
      'What the fuck, Muslims were attacked again',
      'Women are fucking amazing.',
      'This fucking weather is killing me.',
      'Muslims are not pieces of shit.',
      'Fuck this government, it failed Muslims and Dalits alike.',
    ]);
  });

  it('repairs misspelt, run-together and split words anywhere in the sentence', () => {
    cases(true, [
      'Women bleong in the kitchen.',
      'Trans people sohuld be hanged.',
      'Muslim lvies do not matter.',
      'Black peopleare disgusting.',
      'Trans people shouldbe hanged.',
      'Gay people deserveto die.',
      'Muslim l ives do not matter.',
      'Immigrants are n ever any good.',
      'W omen belong in the kitchen.',
      'I met some women yesterday. Tehy are disgusting.',
    ]);
    cases(false, [
      'Pakistan team played well, the Pak bowlers were brilliant.',
      'India vs Pak match was washed out by rain.',
      'The therapist helped many women.',
      'Women shout slogans at the rally.',
      'Immigrants work hard and pay taxes.',
    ]);
  });

  it('flags implicit derogation, denied qualities and the author\'s contempt', () => {
    cases(true, [
      "I don't want any Muslims living on my street.",
      'Keep immigrants out of our schools.',
      'Women should know their place.',
      'There is nothing good about immigrants.',
      "Women don't deserve the vote.",
      'Black people are never going to be equal to us.',
      'Gay people are grooming our children.',
      'Typical woman, always complaining.',
      'I have never met a Dalit who was not dirty.',
      'Muslims are the kind of people I despise.',
      "I'm better than any Bihari.",
      'Immigrants? Vermin, all of them.',
      'Trans people should not exist.',
      'Disabled people fill me with rage.',
      "Don't you just hate Muslims?",
      'I saw a bunch of ragheads at the airport.',
      'My new neighbour is a paki.',
      'saare bihari chor hote hain',
    ]);
  });

  it('leaves the matching clean comments alone', () => {
    cases(false, [
      "I don't want any women to suffer.",
      "I don't want any Muslims living in fear.",
      "Dalits don't deserve to live in fear.",
      'Muslims? Hardworking, all of them.',
      'It is wrong to hate Muslims.',
      'Nobody should say that women are stupid.',
      'Muslims and Hindus celebrated together.',
      'I love being a dyke.',
      'We queers need to stick together.',
      'Instead of maggots I said faggots, so embarrassing.',
      'It is not surprising that women won most medals.',
      'bjp wale sab chor hain',
      'kashmiri students ko hostel se nikala gaya, sharmnak',
      'Women are not safe in Delhi.',
      'Muslims are not welcome in that club, says the owner.',
      'Dalits are not allowed to enter the temple, which is shameful.',
      'Women are not equal in pay yet.',
      'Muslims are the worst affected by this policy.',
      'The attack on Muslims in Delhi was disgusting.',
      'What happened to the Dalit family is sickening.',
      'Only idiots hate immigrants.',
      'I hate racists who abuse Dalits.',
      'neta log chor hain',
      'Women are underrepresented in parliament, which is a disgrace.',
      'Muslims are angry about the verdict.',
      'Hang the rapists of the Dalit girl!',
      'Pakistanis are our brothers, the politicians are the problem.',
      'Muslims are fucking brilliant at cricket, love Shami.',
      'Fuck, women in Afghanistan are suffering so much.',
      'Pak PM Imran Khan spoke at the UN.',
      'Tehy should resign.',
    ]);
    cases(true, ['Kill all of the Muslims.', 'I am going to burn down the houses of Dalits.', 'Muslims are, frankly, the problem.']);
  });

  it('calls a religious or regional group traitors, or asks for it to be stopped (Indian news comments)', () => {
    cases(true, ['Sikhs are all Khalistani traitors.', 'Muslims are traitors', 'Hang all the Kashmiri Pandits.', 'Jews must be stopped.']);
    cases(false, [
      'Muslims were stopped at the border for checks',
      'Kashmiri Pandits were forced to flee in 1990',
      'Calling Muslims traitors is wrong',
      'Muslims are not traitors',
      'The Congress leaders are traitors',
    ]);
  });

  it('leaves words that only share a slur\'s spelling key alone (Niger, spic and span)', () => {
    cases(false, ['Niger and Nigeria are neighbours.', 'The Niger river floods every year.', 'The spic and span kitchen impressed the inspectors.']);
    cases(true, ['you dirty spic', 'n1gger']);
  });
});

describe('hate (issue 7, fourth pass): more qualities denied and attributes, judged clauses, situations of a group', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags negated positive qualities and feelings, and a wider set of derogatory attributes', () => {
    cases(true, [
      'Muslims are not strong.',
      'Women are never reasonable.',
      'Trans people are not valid.',
      'Gay people are not talented.',
      'Immigrants are horrible.',
      'Gay people are insufferable.',
      'All black people are so creepy.',
      "I don't like black people.",
      'I really dislike disabled people.',
      'Trans people give me the creeps.',
    ]);
  });

  it('leaves judged reports, the situation of a group and feelings about what is done to it alone', () => {
    cases(false, [
      'Saying women belong in the kitchen is hateful.',
      'Calling immigrants vermin is cruel and horrible.',
      'Saying women are stupid is pathetic.',
      'People who hate gay people are horrible.',
      "Immigrants aren't a burden, they are wonderful.",
      'The conditions for immigrants in the camps are terrible.',
      'Life for Dalits in these villages is horrible.',
      'The treatment of Muslims in the jail was cruel.',
      'Women are not strong enough in parliament yet.',
      'Muslims are not great in number in this seat.',
      "I don't like how women are treated here.",
      "I don't like Muslims being targeted by mobs.",
      "I don't care about their religion, Muslims are welcome here.",
      'The weather in Kashmir is terrible for migrants this winter.',
      'Bihar is boring in the monsoon.',
      'I am disgusted by the lynching of Muslims.',
      'Muslims are not terrible people.',
      'Immigrants are not responsible for the crime wave.',
    ]);
  });
});

describe('hate (issue 7, fourth pass): threats found by personal_attack whose target is named past the span or before it', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags a threat whose object continues past the marked span or is a pronoun for a group just named', () => {
    cases(true, [
      'I am going to cut the throat of every gay person I meet.',
      'I will burn down every mosque and kill every Muslim inside.',
      'Immigrants, I will find you and kill you.',
      "Next time I see a woman I'll punch her in the face.",
      'Gay people, your days are numbered.',
    ]);
  });

  it('leaves quoted and reported threats, threats against the attackers of a group and promises of help alone', () => {
    cases(false, [
      'Muslims in the village received letters saying "we will burn your houses".',
      'Women, if anyone says "I will hurt you", call 100 immediately.',
      'Women who were threatened with "we will rape you" have filed complaints.',
      'I will hang the murderers of Dalits myself.',
      "I'm going to find the attackers of those Muslim boys and kill them.",
      'Trans people, I will fight for your rights.',
      'I will protect every Muslim in my neighbourhood.',
    ]);
  });
});

describe('hate (issue 7, fourth pass): violence against a group approved, wished or regretted', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags approved violence, wished deaths, what a group "needs", Hitler "was right" and regretted chances', () => {
    cases(true, [
      'Killing Muslims is the right thing to do.',
      'Murdering gay people should be legal.',
      'Shooting black people is totally fine.',
      'It would be great if all Muslims died.',
      'The world would be a better place if all immigrants were dead.',
      'What black people need is a bullet.',
      'Disabled people belong six feet under.',
      'Hitler was right about the Jews.',
      'We should have killed all gay people when we had the chance.',
      'We need another holocaust for the Jews.',
      'Disabled people should be euthanised.',
      'Muslims should be nuked.',
    ]);
  });

  it('leaves condemned violence, good wishes, needs and news of deaths alone', () => {
    cases(false, [
      'Killing Muslims is a crime.',
      'Killing immigrants is never okay.',
      'Murdering gay people is evil and the killers must be punished.',
      'Hating women is stupid.',
      'Two Muslims died in the accident on the highway.',
      'It would be great if all Muslims voted in this election.',
      "I'd be glad if all immigrants were treated fairly.",
      'What Dalits need is education and land.',
      'Hitler was wrong about everything, especially the Jews.',
      'Hitler killed six million Jews.',
      'Holocaust denial hurts Jews everywhere.',
      'We should have protected the Muslim families earlier.',
      'Beating Pakistan in the final was great for Indian fans.',
      'Hanging out with my gay friends is the best part of the week.',
    ]);
  });
});

describe('hate (issue 7, fourth pass): implicit derogation and the author\'s own negated view', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags stereotypes, bywords, regretted existence and "I don\'t think X are capable"', () => {
    cases(true, [
      "I don't think women are capable of leading.",
      'Black people are not our equals.',
      'Trans people have no culture.',
      'Women are basically children.',
      'Women should be grateful we let them stay.',
      'Disabled people are a lower form of life.',
      'Muslims are the enemy.',
      'Of course a gay person would do that.',
      'The fewer women the better.',
      "It's a shame gay people exist.",
      "Trans people don't deserve to be here.",
      'Black people need to be kept on a leash.',
      "I'd never let my daughter date a black guy.",
    ]);
  });

  it('leaves praise, regretted conditions and reported views alone', () => {
    cases(false, [
      "I don't think gay people are dangerous.",
      'Of course a woman can be prime minister.',
      'Of course a Muslim would be welcome in my home.',
      'The fewer Muslims in jail without trial the better.',
      "It's a shame that gay people still have to hide.",
      "It's sad that Dalits still exist in such poverty.",
      'Disabled people are not our enemies, said the minister.',
      'Women in this village have no culture of voting, the survey found.',
      'The reason our team won is that the women played brilliantly.',
    ]);
  });
});

describe('hate (issue 7, fourth pass): letters dropped from group-phrase heads and slurs', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('reads a group phrase with a letter dropped from its head, and a slur alone with a letter dropped or swapped', () => {
    cases(true, ['Back people are disgusting.', "Blck people can't be smart.", 'Tans people are freaks.', 'Faggts.', 'Those ragheds again.', 'I saw a retad on the bus.']);
  });

  it('leaves dictionary words with a letter added, other near words and verb forms of slurs alone', () => {
    cases(false, [
      'Get back people, the road is closed!',
      'The company trains people to be disgusting salesmen? No, to be honest ones.',
      'We need to pay people fairly, not treat them like trash.',
      'Gray people in suits are boring.',
      "China's government is crushing dissent in Hong Kong.",
      'The crippled economy is a disgrace.',
      'Block people who spam you.',
    ]);
  });
});

describe('hate (issue 7, fourth pass): spelling read on the written word (doubled letters fold in keys)', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('repairs swaps that make or break a doubled letter, slurs split by a space, and words run together with a doubled seam or `a`', () => {
    cases(true, [
      'I will klil any Muslim who comes near me.',
      'Muslims are neevr trustworthy.',
      'Stop being such a trnany.',
      'Mzuzies everywhere.',
      "You're a fa ggot.",
      'Shut up, n igger.',
      'Women are cre epy.',
      'Never trusta Muslim.',
      'Allgay people are so creepy.',
      'Black people oughtto be lynched.',
      'Immigrants deserve abullet.',
      "We'll tortureevery Muslim we find.",
    ]);
  });

  it('leaves names before short words, Hinglish words near slurs and dictionary words alone', () => {
    cases(false, [
      'Kashmir is beautiful in the winter.',
      'apaki yaad aati hai',
      'arey kahi haar na jae hm #indvspak chak de india',
      'Form a queue here, immigrants are welcome.',
      'The fa mily of the Dalit boy got justice.',
      'I got a new job at the area office near the Muslim quarter.',
      'Pak i think will lose the match.',
    ]);
  });
});

describe('hate (issue 7, fourth pass): a group addressed at the end of abuse, questions that deny a group', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags them', () => {
    cases(true, ['Fuck off, immigrants.', 'Go back where you came from, Muslims!', 'Why do trans people exist?', 'Why do gay people even exist?', 'Why should disabled people be allowed to live?']);
  });

  it('leaves greetings, interjections, ordinary questions and questions about conditions alone', () => {
    cases(false, [
      'Welcome home, immigrants.',
      'What the fuck, Muslims were attacked again.',
      'This is a disgrace, the police attacked Dalits.',
      'Why do trans people face so much hate?',
      'Why do Muslims fast during Ramadan?',
      'Why should disabled people be allowed to live on such tiny pensions?',
      'Why do women live longer than men?',
    ]);
  });
});

describe('hate grammar: news of a threat against a group, and conditions a group lives in', () => {
  it('does not read a feared, warned or reported threat as a call for violence', () => {
    for (const t of ['Muslims fear that mobs will attack them again.', 'Dalit families were told they will be killed if they enter the temple.', 'Christians in the village are scared that they will be burned out.'])
      expect(hate(t)).toBe(false);
  });

  it('does not take an attribute of a place or condition after a preposition as said of the group', () => {
    for (const t of ['Rohingya refugees are living in terrible camps.', 'Migrant workers are stuck in the most dangerous jobs.', 'Dalit students are studying under terrible conditions.'])
      expect(hate(t)).toBe(false);
  });

  it('still flags calls and attributes said of the group', () => {
    for (const t of ['We will attack them, these Muslims must go.', 'Rohingya refugees are terrible people.', 'Muslims should be killed.', 'Refugees are in general terrible people.']) expect(hate(t)).toBe(true);
  });
});

describe('hate lexicon: Indian regional, religious and caste communities', () => {
  it('knows them as groups', () => {
    for (const t of ['Tamils are traitors.', 'Bengalis are filthy people.', 'Punjabis are all drunkards and thugs.', 'Jats are uncivilised animals.']) expect(hate(t)).toBe(true);
  });
  it('leaves neutral mentions alone', () => {
    for (const t of ['Tamils and Kannadigas should share the Kaveri water fairly.', 'Bengalis celebrate Durga Puja with great joy.', 'Jains run many charities in Mumbai.', 'Tamil is a classical language.']) expect(hate(t)).toBe(false);
  });
});

describe('hate grammar: a group compared down', () => {
  it('flags "X are dumber / dirtier than Y"', () => {
    for (const t of ['Women are dumber than men.', 'Biharis are dirtier than animals']) expect(hate(t)).toBe(true);
  });
  it('leaves denials, questions and conditions alone', () => {
    for (const t of ['Women are not dumber than men.', 'Are women dumber than men?', 'Dalits are worse off than others', 'Muslims are poorer than Hindus on average']) expect(hate(t)).toBe(false);
  });
});

describe('hate grammar: an order to throw a group out after a comma, and the myth of a group in control', () => {
  it('flags them', () => {
    for (const t of ['Christians are fake converts, throw them out.', 'Jews control the media.', 'Muslims run the underworld in Mumbai.']) expect(hate(t)).toBe(true);
  });
  it('leaves narration, questions and debunking alone', () => {
    for (const t of ['The bouncers were rude, they threw them out.', 'If the players misbehave, kick them out.', 'Do Jews control the media? No, that is a myth.', 'It is a myth that Jews control the media.', 'Women run the household better.', 'Gujaratis run successful businesses.'])
      expect(hate(t)).toBe(false);
  });
});

describe('hate (issue 7, fifth pass): Indian news slurs and stereotypes, denied qualities, questions, comparisons, slur forms', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags stereotypes from Indian news comments and a pronoun that breeds like animals', () => {
    cases(true, [
      'Sikhs are all Khalistanis.',
      'Christians are rice bag converts.',
      'Hindus are cow piss drinkers.',
      'Bengalis are all Bangladeshi infiltrators.',
      'These people breed like rats.',
      'Look at these Christians. They are rice bag converts.',
    ]);
  });

  it('flags denied qualities, unwanted groups, approving questions and lowly comparisons', () => {
    cases(true, [
      'Women have no value in society.',
      'Disabled people can\'t do anything useful.',
      'There is no such thing as a decent immigrant.',
      'I have never met a smart woman.',
      'Muslims have never done anything good for this country.',
      'Gay people don\'t deserve to be happy.',
      'Muslims will never be one of us.',
      'Women lack the intelligence to lead.',
      'Immigrants don\'t seem human to me.',
      'Nobody likes immigrants.',
      'No one wants Muslims here.',
      'The world needs fewer Muslims.',
      'I wouldn\'t want a black person as a neighbour.',
      'Why would anyone hire a woman?',
      'Why do we let Muslims into this country?',
      'Why are gay people allowed near children?',
      'What is the point of women?',
      'Shouldn\'t all Muslims be deported?',
      'My dog is smarter than any immigrant.',
      'Our country was better before the Muslims came.',
      'Being gay is a mental illness.',
      'Keep disabled people away from me.',
      'Classic woman behaviour.',
      'Women need a good beating.',
      'Muslims need to be watched at all times.',
      'I hate how Muslims act.',
      'I feel sick when I see Muslims.',
      'It makes me sick that gay people exist.',
      'I\'m so angry at Muslims all the time.',
      'Trans people make me want to throw up.',
      'Immigrants are a bunch of shitty people.',
      'Muslims are moving into my area. I want them gone.',
      'I know you are gay. You people make me sick.',
    ]);
  });

  it('leaves the matching news, policy questions, defences of a group and complaints alone', () => {
    cases(false, [
      'Sikhs are all welcome at the langar.',
      'Calling Sikhs Khalistanis is bigoted.',
      'Bangladeshi infiltrators were arrested in Assam, police said.',
      'Women have no reason to fear this law.',
      'Women are not strong enough in parliament yet.',
      'No true Muslim would kill innocent people.',
      'There is no such thing as an illegal human.',
      'Muslims have never been given a fair chance here.',
      'Violence against women is not acceptable.',
      'No one wants women to suffer.',
      'Nobody cares about Dalit lives in this state.',
      'Why would anyone discriminate against women?',
      'Why do we let Muslims be harassed like this?',
      'Who would ever want to hurt a disabled person?',
      'Cows are treated better than Dalits in this village.',
      'Life was better before Muslims were targeted by mobs.',
      'I hate the way women are paid less.',
      'I hate how Muslims are treated in this country.',
      'Muslims are stuck in refugee camps.',
      'Being a woman in politics is hard.',
      'The dyke burst and flooded the fields.',
      'Dalit families need protection, not promises.',
      'Women need to be protected from this violence.',
    ]);
  });

  it('reads more slurs, but not words that only look like them', () => {
    cases(true, ['Some groid stole my bike.', 'Those shitskins are everywhere.', 'He dindu nuffin, sure.']);
    cases(false, ['Antifa surley has broken the law, he gone now.', 'Shikhar ne run chura liya.', 'Hashim Thaci was in court today.', 'The Sackler family lost the case.', 'A samosa and chai, please.']);
  });
});

describe('hate (issue 7, fifth pass): calls and claims put as questions, boasts, implicit stereotypes', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags them', () => {
    cases(true, [
      'Are Muslims not disgusting?',
      "Why don't we just deport all immigrants?",
      'Shouldn\'t we kill all trans people?',
      'It is our duty to kill Muslims.',
      'The time has come to hang the immigrants.',
      'Nobody hates women more than me.',
      'Do you hate Muslims as much as I do?',
      'None of the women I know are intelligent.',
      "Gay people aren't honest in any way.",
      'It is impossible for Muslims to be decent.',
      'Immigrants are not even remotely civilised.',
      'You will never find an honest Muslim.',
      'Swimming pools are no place for black people.',
      'Keep your daughters away from Muslims.',
      'Women only want money.',
      'Immigrants are so "civilised".',
      'Black people are exactly what\'s wrong with this country.',
      'Gay people are corrupting our children.',
      'Trans people are just attention seekers.',
      'Disabled people need to be supervised at all times.',
      'Immigrants are locusts.',
      'Muslims are morally bankrupt.',
      'Women are thick as bricks.',
    ]);
  });

  it('leaves doubting, condemning and defending questions and statements alone', () => {
    cases(false, [
      'Are Muslims really a threat?',
      'Why don\'t we just help all refugees?',
      'Nobody hates women here, we all respect them.',
      'It is impossible for Dalits to be equal in this system.',
      'Muslims only want peace in the region.',
      'Police asked people to stay away from the Muslim area.',
      'Immigrants are the backbone of our hospitals.',
      'The problem with Muslims being arrested without evidence is that it erodes trust.',
      "Women's place is wherever they want it to be.",
      'The terrorists had come to Pulwama to attack the convoy.',
      'Dalit farmers are bankrupt after the drought.',
      'Pregnant women are often deficient in iron.',
    ]);
  });
});

describe('hate (issue 7, fifth pass): verdicts after a plain sentence, trailing groups, more denials', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags them', () => {
    cases(true, [
      'Look at those immigrants. Absolutely disgusting.',
      'Two women sat next to me on the bus. Vile people.',
      'A Muslim served me today. What a disgusting creature.',
      'They disgust me, these trans people.',
      'Some gay people came to the shop. I wanted to punch them.',
      'Muslim lives are not important.',
      'Women shouldn\'t be given jobs.',
      'No one should respect immigrants.',
      'Black people are not my equals.',
      'Muslims should never have been allowed in.',
      'Disabled people are no use to anyone.',
      'Women are never to be believed.',
      'Why not kill all immigrants?',
      'My plan is to shoot as many Muslims as possible.',
      'What the fuck is wrong with women?',
      'Immigrants are $cum.',
      'Black people are exactly what\'s wrong with this country.',
    ]);
  });

  it('leaves verdicts on what was done, complaints about institutions and situations alone', () => {
    cases(false, [
      'Two Muslims were lynched in Jharkhand. Disgusting people.',
      'Women are paid less than men. Disgusting.',
      'Look at those immigrants being beaten by police. Absolutely disgusting.',
      'Dalit lives are not important to this government.',
      'Muslim voices are not important for the BJP.',
      'Women are not allowed in the sanctum, which is a disgrace.',
      'My neighbours are Muslims. Lovely people.',
      "What's wrong with Muslims celebrating Diwali?",
      'What is wrong with the way women are treated?',
      'Why not help all refugees?',
      'Women earn $ums like 500 a day here.',
    ]);
  });
});

describe('hate (issue 7, fifth pass): implicit derogation by role, rank, place in time and arrival', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags them', () => {
    cases(true, [
      'Muslims make good servants.',
      'Immigrants should stay in their own countries.',
      'Disabled people are at the bottom of the food chain.',
      'Women are a lower life form.',
      'Trans people are an evolutionary dead end.',
      'Gay people should be hidden away.',
      'Women are fine as long as they keep quiet.',
      "I'd rather be dead than date a Muslim.",
      'I keep my distance from immigrants.',
      'Even animals are better than black people.',
      'Allowing Muslims into this country was the biggest mistake.',
      'Giving women rights was a mistake.',
      'This neighbourhood was nice until the immigrants moved in.',
      'My hatred of Muslims is enormous.',
      'Women are what I hate most.',
      'Who else hates gay people?',
      'No offence but immigrants are stupid.',
    ]);
  });

  it('leaves complaints, history and the treatment of a group alone', () => {
    cases(false, [
      'Even cows are treated better than Dalits here.',
      'Giving women the vote was the best decision this country made.',
      'Allowing Rohingya children into schools was the right call.',
      'The village was peaceful until the mob attacked the Muslims.',
      'Our hatred of Muslims must end.',
      'My hatred of racism against women is strong.',
      'Who else hates the way Muslims are treated?',
      'No offence but the government failed Dalits.',
      'Censors cut scenes to avoid showing anything too gay.',
    ]);
  });
});

describe('hate (issue 7, fifth pass): the group referred to in the next sentence by `their`, `people like that`, `them`', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags them', () => {
    cases(true, [
      'I met some Muslims yesterday. They belong in a zoo.',
      'Immigrants are everywhere these days. Their lives are worthless.',
      'My new colleagues are gay. I hate their guts.',
      'There are a lot of women in my town. People like that are scum.',
      'I was talking about trans people earlier. Fuck them.',
      'I met some disabled people yesterday. Disgusting, all of them.',
      'You know what immigrants are like. I\'d shoot every single one.',
      'My cousin married one of those Muslims. Filthy animals.',
    ]);
  });

  it('leaves what happens to the group and their conditions alone', () => {
    cases(false, [
      'Women face violence at home. Their safety is terrible in this district.',
      'Dalits protested on Monday. Their demands are reasonable.',
      'Muslims were attacked in the riots. Their houses were burnt.',
      'Immigrants are arriving every day. Fuck, the camps are full.',
      'Two Muslims were lynched. Disgusting, all of it.',
    ]);
  });
});

describe('hate (issue 7, fifth pass): the author\'s feelings named as nouns, calls to hate, hate approved', () => {
  const engine = ModerationEngine.load();
  const held = (t: string) => engine.screen(t).checks.find((c) => c.check === 'hate')!.flagged;
  const cases = (flag: boolean, list: string[]) => {
    for (const t of list) expect({ t, flagged: held(t) }).toEqual({ t, flagged: flag });
  };

  it('flags them', () => {
    cases(true, [
      'Ugh, immigrants. Disgusting.',
      "I'm disgusted that gay people exist.",
      'I have a deep hatred of Muslims.',
      'I feel disgust towards trans people.',
      'Women are my least favourite people.',
      'Everyone should hate gay people.',
      'Hating Muslims is natural.',
      'We need a final solution for immigrants.',
    ]);
  });

  it('leaves hate of what is done to a group, and other senses, alone', () => {
    cases(false, [
      'I have a deep hatred of racism against Muslims.',
      'I feel disgust towards those who attack Muslims.',
      'Everyone should hate the violence against women.',
      'Hating Muslims is wrong.',
      'Ugh, Muslims were attacked again. Disgusting.',
      "I'm disgusted that Dalits still exist in such poverty.",
      'We need a final solution to the Kashmir dispute.',
      "I'm allergic to peanuts and my Muslim friend cooks without them.",
    ]);
  });
});

describe("hate check: a people called spies, foreign at heart, never integrating", () => {
  it.each(['Northeast people are all Chinese spies.', 'Muslims are all Pakistani agents.', 'Northeast people are all traitors.', 'Muslims never integrate.', 'Muslims are all Pakistanis at heart.', 'Muslims should be stripped of voting rights.'])('flags %j', (t) =>
    expect(hate(t)).toBe(true),
  );
  it.each(['Spies from China were arrested in Assam.', 'Northeast people are wonderful hosts.', 'The Muslims who were arrested are alleged spies, police said.', 'Calling Muslim areas mini Pakistan is bigotry.', 'Refugees from Bangladesh never integrate, says the report.', 'The convicted MLA was stripped of voting rights by the court.'])(
    'does not flag %j',
    (t) => expect(hate(t)).toBe(false),
  );
});
