import { ModerationEngine } from '../engine';

// Attacks without a swear word in news comments (session 10, hand-written probe rounds 85-88), each family with the
// clean comments that share its words. The whole rounds are in the news set (news-eval.spec.ts).

const engine = ModerationEngine.load();
const attacked = (text: string): boolean => engine.screen(text, { siteDomains: ['thehindu.com'] }).checks.find((c) => c.check === 'personal_attack')!.flagged;

describe('personal_attack (session 10): insults without an insult word', () => {
  it.each([
    'Here comes the daily slap of facts for the bhakts like you.',
    'Congratulations, you have managed to be wrong about everything again.',
    'Every village has an idiot, and ours writes for this paper.',
    'Uncle, please retire quietly and let the young people speak.',
    'Someone should lock this guy in a room with his own articles.',
    'Stupid is as stupid writes.',
    'Did your editor even read this before publishing, or do they just let anyone type?',
    'Your opinion is like your haircut, nobody asked for it and it looks terrible.',
    'The anchor should be paid by the lie, she would be a billionaire.',
    'Madam anchor, you shout so much because you have nothing sensible to say.',
    'The columnist has clearly never met a fact he liked.',
    'I feel sorry for your students, professor.',
    'She is only on TV because her father owns half the channel, zero talent.',
    'Oh look, the sycophant-in-chief has written another love letter to the ministry.',
    'You write as if your salary depends on licking boots, and maybe it does.',
    'Nobody with a functioning brain would write this, so I guess that explains it.',
    'A clown would have done a better job as finance minister than this lady.',
    'You are to journalism what termites are to furniture.',
    'He has the spine of a wet chapati.',
    'Go and sell pakodas, you are not fit for anything else.',
    "I'd call you a tool, but tools are actually useful.",
    'Honestly, how does this woman still have a job?',
    "You talk a lot for someone who has never done an honest day's work.",
    'They should put this anchor\'s face on the warning labels of cigarette packets.',
    "You couldn't report your way out of a paper bag.",
    'Kejriwal has the memory of a goldfish when it comes to his own promises.',
    "This minister's brain must be on a permanent holiday in Switzerland.",
    'Sambit Patra shouting on TV is the best advertisement for mute buttons.',
    'The home minister should be locked up in the zoo with the other animals.',
    'Our MLA is a walking disaster with a permanent grin.',
    'Hey Mr. Know-Nothing, read the report before you type.',
    'Reply to Anita: go back to your kitty party, the grown-ups are discussing the economy.',
    'To the gentleman above: your logic has left the building.',
    '@PatriotBoy your keyboard courage is hilarious, say this to my face.',
    'This commenter has been posting the same nonsense for five years, get a life man.',
    '@Meena sweetheart, leave politics to people who understand it.',
    'The person above me has clearly been dropped on his head more than once.',
    "Sorry, I don't argue with people whose only source is their uncle's WhatsApp.",
    'Please see a doctor, your obsession with Nehru is not healthy.',
    'Madam, you got this job because of your smile, not your brain.',
    'This lady anchor needs a husband, not a microphone.',
    'Ask your husband to explain the budget to you, madam.',
    'Be careful madam, people remember faces and your face is on TV every night.',
    "Some of us know where the editor's daughter goes for tuition.",
    'Keep writing such articles and see how long your office stays open.',
    'It would be a shame if something happened to that fancy car of yours.',
    'You have the confidence of a man who has never been right.',
    'Any day now you will say something intelligent, we are all waiting.',
    "Your channel's van was lucky last time, next time it won't be.",
    'Write one more word against our leader and your family will regret it.',
    'You talk like someone who has never been slapped, that can change.',
    'We are keeping a list of journalists like you, your turn will come.',
    'Delete this article before tomorrow evening if you know what is good for you.',
    'If common sense was a currency, this writer would be bankrupt.',
    'He is proof that you can go to Oxford and still learn nothing.',
    "The reporter's research skills are limited to copying press releases.",
    'Dear editor, please hire someone who can at least count.',
    'This guy argues like my two-year-old nephew, only louder.',
  ])('holds %s', (t) => expect(attacked(t)).toBe(true));

  it.each([
    'Fools like you and me keep paying taxes while the rich avoid them.',
    'Congratulations to ISRO, you have managed to land on the moon on a shoestring budget.',
    'Well done, you have managed to finish the marathon in under four hours!',
    'Every village has a temple and a school, but few have a hospital.',
    'Uncle, please retire from the society committee only after the elections, we need you.',
    'They should lock the temple gates at night to stop thefts.',
    'The minister had nothing new to say about the drought relief package.',
    'I feel sorry for your family, may God give you strength after this loss.',
    'The film is a love letter to old Bombay and its cinema halls.',
    'Please get this man a wheelchair, he has been standing in the queue for hours.',
    'The editor-in-chief resigned after the plagiarism row.',
    'The farmers were licking their wounds after the hailstorm destroyed the crop.',
    'A child could have told you the drain would overflow, yet the corporation did nothing.',
    'My grandmother used to sell pakodas near the station to pay for our school fees.',
    'You are not fit for duty, the doctor told the injured constable.',
    'Born poor, he worked hard and became the district collector.',
    'Imagine being paid to write such a beautiful piece every week. Lucky columnist!',
    'Nobody asked the residents before cutting the trees on the road.',
    'The zoo in Byculla has new animals and the children loved the penguins.',
    'The minister is on holiday in Switzerland while the state burns, very insensitive.',
    'The adults are talking about pensions while the youth worry about jobs.',
    'Get a life insurance policy before thirty, premiums go up later.',
    "My uncle's WhatsApp forwards are all fake news, I have stopped reading them.",
    'Please see a doctor if the fever lasts more than three days.',
    'Nothing in the budget is dumber than the tax on popcorn, honestly.',
    'She got the job because of her brilliant research on groundwater.',
    'Ask your bank to explain the new charges, they are hidden in the fine print.',
    'Be careful when you drive on the ghat road during the monsoon.',
    'It would be a shame if the old library is demolished for a parking lot.',
    'The new captain has the confidence of a man who has won everything.',
    'Any day now the monsoon will arrive in Kerala, the IMD says.',
    'People remember faces better than names, a new study from IISc shows.',
    'The grown-ups are talking about the elections while the kids play cricket outside.',
    'Lock your doors at night, there have been three burglaries in our colony.',
    'Get a life jacket before boarding the ferry, it is compulsory now.',
    'Our family doctor has the patience of a saint.',
    'Keeping a list of expenses helps during tax season.',
    'Write to your MLA and your complaint will be heard, it worked for us.',
    'If common sense prevailed, the flyover would have been built years ago.',
    'Dear editor, please hire more reporters for the districts, rural news is missing.',
    'My two-year-old nephew argues like a lawyer already, it is hilarious.',
  ])('passes %s', (t) => expect(attacked(t)).toBe(false));

  // Another author's held-out round: 41 of its 80 attacks were missed before these rules, 18 after; none of its 80 clean
  // comments is held.
  it.each([
    'What a spineless creature this minister is, bending to whoever pays.',
    'Look at this joker pretending to be an expert on foreign policy.',
    'Dhoni would be ashamed to have a fan as clueless as you.',
    'You are too old and too senile to be commenting on anything.',
    'How does someone this dim even get a job at a newspaper?',
    'That fat slob of a minister should look in the mirror before lecturing us.',
    'The columnist is a bitter failure who takes it out on the country.',
    'Clap clap, another genius who has never read a book.',
    'Such a tiny mind in such a big chair.',
    'Honestly, my pet goat has a better grasp of economics than you.',
    'Your argument is as thin as your hairline.',
    'This commentator has the depth of a puddle.',
    "It's adorable that you think anyone takes you seriously.",
    'Old man, your time is over, go feed pigeons in the park.',
    "Keep writing like this and don't be surprised if you have an accident.",
    'Nobody would cry if this columnist vanished tomorrow.',
  ])('holds %s', (t) => expect(attacked(t)).toBe(true));

  it.each([
    'What a brilliant innings by Gill, a pleasure to watch.',
    'The government\'s new farm policy is a disaster for small growers.',
    'The old bridge should retire, it has been unsafe for years.',
    'The budget is a joke for the middle class, nothing for salaried people.',
    'He is too injured to play in the final, the physio said.',
    'As clever as you may think the scheme is, the numbers do not add up.',
    'Our English teacher would be proud of the debate team this year.',
  ])('passes %s', (t) => expect(attacked(t)).toBe(false));

  // A group called names by someone the comment rejects: counter-speech, even when it speaks to the reader; an insult of
  // the reader's own still counts.
  it.each([
    'You have to stop calling Muslims disgusting.',
    'You should be ashamed for saying Biharis are parasites.',
    'You called gay people sick. Apologise.',
    "It's disgusting that he called trans people mentally ill.",
  ])('passes counter-speech %s', (t) => expect(attacked(t)).toBe(false));
  it.each(['You called Muslims terrorists, you bigot, apologise.', 'Stop calling women stupid, you moron.'])('holds %s', (t) =>
    expect(attacked(t)).toBe(true),
  );

  // Clean traps found by the helpers: a name that contains a swear word, praise in a cricket comment.
  it.each(['Moby Dick is a classic American novel.', 'Great match.\nBumrah is a beast', 'Dick Cheney was the vice president.'])('passes %s', (t) =>
    expect(attacked(t)).toBe(false),
  );
  it.each(['You are a dick.', 'Great match, but that umpire is a pig.'])('holds %s', (t) => expect(attacked(t)).toBe(true));

  // A capitalised party or institution is criticised, not a person insulted (SPEC); a named person still is.
  it.each(['The BJP is a plague on democracy.', 'The Congress is a disease for this country.'])('passes %s', (t) => expect(attacked(t)).toBe(false));
  it.each(['Modi is a plague on democracy.', 'Rahul is a clown.'])('holds %s', (t) => expect(attacked(t)).toBe(true));
});
