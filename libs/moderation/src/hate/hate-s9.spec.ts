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
  it('flags stereotypes and contempt without a hostile word', () => {
    expectAll([
      'Muslims make terrible parents.',
      'Nothing but trouble comes from immigrants.',
      'Who let the Muslims in?',
      "It's always the immigrants.",
      'Of course it was Dalits who did it.',
      'All Biharis are like that.',
      'Having women in charge is like letting a monkey fly a plane.',
      "I'm glad I'm not one of those gay people.",
      'We need to take our country back from immigrants.',
      'Evolution skipped black people.',
      "Disabled people aren't fully evolved.",
      'Immigrants are just cheap labour.',
      "It's a shame women can vote.",
      'Muslims are the reason I carry pepper spray.',
      'Lock your doors, there are Dalits around.',
      'Women have smaller brains.',
      'Only a Muslim would do something that stupid.',
      'Being around trans people is torture.',
      "Don't ever leave a gay person alone with your kids.",
      'Something is wrong with immigrants.',
      'Women are just not wired right.',
      'Muslims are only after our money.',
      'Crime is in their blood, these immigrants.',
      "Muslims can't help themselves, it's in their nature.",
      'My son will never bring home a Dalit.',
      'Black people are at the bottom for a reason.',
      "You can't turn a Bihari into a decent person.",
      "You can take immigrants out of the jungle but you can't take the jungle out of them.",
      'Muslims only understand the language of force.',
      'I moved house because Muslims moved in.',
      'Muslims have too many children.',
      'Back in the day women knew their place.',
      "Things were better when women couldn't vote.",
      'This country was great before immigrants.',
      'God made a mistake with trans people.',
      'Disabled people should be hidden from society.',
      'It would be kinder to put disabled people down.',
      'Better dead than a Muslim.',
    ], true);
  });
  it('leaves praise, sympathy, structural causes and other subjects alone', () => {
    expectAll([
      'Women make great leaders, and Dalits make fine doctors.',
      'Nothing but good news comes from the Dalit students of this school.',
      "It's always the Dalits who suffer when the rains fail.",
      'Of course it was Muslims who helped the flood victims first.',
      'Not all Muslims are like that.',
      'Having women in charge is like a breath of fresh air.',
      "I'm glad I'm not a woman in Afghanistan under the Taliban.",
      'Migrants are exploited as cheap labour in the Gulf.',
      "It's a shame Dalits can't enter the temple even today.",
      'Lock your doors, there are thieves around during Diwali.',
      'Hide your wallets, pickpockets are active near the Muslim market.',
      'Only a Dalit would understand this pain.',
      'Being around Muslims during Eid is a joy.',
      'Something is wrong with how Dalits are treated in this state.',
      'Music is in their blood, these Punjabis.',
      'Dalits are at the bottom because of centuries of caste oppression.',
      'Women only understand too well what violence at home means.',
      'We moved out because the Muslims of our area were being targeted.',
      'Things were better when Dalits could vote freely without fear.',
      "Don't put women down for wanting careers.",
      'Better dead than a coward, said the freedom fighter.',
    ], false);
  });
});

describe('hate (session 9): denied claims about two-word groups', () => {
  it('reads a negation or a denial before "trans people", "gay people" as before "Muslims"', () => {
    expectAll([
      'It is not true that trans people are dangerous.',
      "It's not true that disabled people are disgusting.",
      'There is no evidence that black people are criminals.',
      "It's a lie that gay people are lazy.",
      "It's a lie that Muslims are lazy.",
    ], false);
    expectAll(['Trans people are dangerous.', 'It is true that gay people are disgusting.', 'Black people are criminals, no doubt.'], true);
  });
});

describe('hate (session 9): rhetorical questions judged by the statement they assert', () => {
  it('flags questions that ask the reader to agree with hate', () => {
    expectAll([
      "Don't you think women are disgusting?",
      'Is it not clear that trans people are vermin?',
      'Do you not agree that Muslims are worthless?',
      "Isn't it obvious that immigrants are scum?",
      "Isn't it time we got rid of Dalits?",
      "Don't gay people make you sick?",
      "Who doesn't hate Muslims?",
      "Why shouldn't disabled people be killed?",
      'Why are immigrants not locked up yet?',
      "Why don't Biharis just leave?",
      "Don't you hate Muslims?",
      "Why doesn't everyone hate trans people?",
      'Why is nobody saying immigrants are vermin?',
      "Can't we just ban Muslims?",
      'Is there anything worse than gay people?',
      "Doesn't everyone think women are disgusting?",
      'Am I wrong to think Dalits are subhuman?',
      "Am I the only one who can't stand immigrants?",
      'Why would anyone not hate black people?',
      'Can you not see that trans people are vermin?',
      "Why can't people understand that immigrants are parasites?",
    ], true);
  });
  it('leaves questions whose statement is clean, or that reject hate, alone', () => {
    expectAll([
      "Don't you think women are underpaid?",
      "Don't you think calling Muslims terrorists is wrong?",
      "Isn't it obvious that Dalits are being targeted?",
      "Isn't it time we got rid of caste discrimination?",
      "Who doesn't love Bihari litti chokha?",
      "Why can't Dalits enter the temple?",
      "Why shouldn't women be allowed to drive trucks?",
      "Why are women not paid equally?",
      "Why aren't the killers of Muslims in jail yet?",
      "Don't attacks on Muslims make you sick?",
      "Can't the government protect Muslims from mobs?",
      'Is there anything worse than the treatment of Dalits in this village?',
      'Am I the only one who thinks Muslims are treated unfairly?',
      "Don't you hate it when politicians divide Hindus and Muslims?",
      "Can't we all agree that hating Muslims is wrong?",
      'Can you not see that Muslims are suffering?',
      "Don't you realise trans people are human too?",
    ], false);
  });
  it('flags the statements themselves: leaving, getting rid of', () => {
    expectAll(['Muslims should just leave.', 'Immigrants must all go back to where they came from.', 'It is time we got rid of trans people.'], true);
    expectAll(['Women should just leave abusive husbands.', 'Migrants had to leave the city during the lockdown.', 'It is time we got rid of untouchability.'], false);
  });
});

describe('hate (session 9): questions asking why nobody does it, and ration cards', () => {
  it('flags "why won\'t anyone…", "why not…" when the statement is hate', () => {
    expectAll(["Why won't anyone kill Muslims?", "Why doesn't someone shoot these immigrants?", 'Why not exterminate trans people?'], true);
    expectAll(["Why won't anyone help the Dalit families who lost their homes?", 'Why not hire more women judges?', 'Why not give migrants ration cards?'], false);
  });
  it('reads "ration" as a ration, not as a Hindi plural of "rat"', () => {
    expectAll(['Give migrants ration cards.', 'Migrants ration cards are delayed again.'], false);
    expectAll(['Migrants are rats.'], true);
  });
});

describe('hate (session 9): implicit derogation in Hinglish', () => {
  const hinglish = (t: string) => detector.analyze(t, 'hi-Latn').score >= 0.5;
  const expectHinglish = (texts: string[], flagged: boolean) => {
    for (const t of texts) expect({ t, flagged: hinglish(t) }).toEqual({ t, flagged });
  };
  it('flags contempt without a hostile word, and the rhetorical "kya tumhe nahi lagta"', () => {
    expectHinglish([
      'Main mar jaunga par Musalmanon ke bagal mein nahi rahunga.',
      'Biharis ka dimaag bachche jaisa hota hai.',
      'Jab se ye Bangladeshi aaye hain, mohalla ganda ho gaya.',
      'Auraton ko vote ka haq dena sabse badi galti thi.',
      'Kya tumhe nahi lagta ki Muslim sab gande hote hain?',
      'Ye Kashmiri log sirf danda samajhte hain.',
    ], true);
  });
  it('leaves the same words in praise, sympathy and clean questions alone', () => {
    expectHinglish([
      'Main mar jaunga par apne desh ko bikne nahi dunga.',
      'Bihari bachche ka dimaag bahut tez hai, usne topper list mein naam kiya.',
      'Auraton ko vote ka haq dena sabse sahi kadam tha.',
      'Kya tumhe nahi lagta ki Musalmanon ke saath galat ho raha hai?',
      'Kashmiri log sirf pyaar ki bhasha samajhte hain.',
      'Jab se Dalit teacher aaye hain, school ka result achha ho gaya.',
      'Kya aapko nahi lagta ki auraton ko barabar tankhwah milni chahiye?',
    ], false);
  });
});
