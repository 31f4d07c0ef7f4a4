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
  ])('passes %s', (t) => expect(attacked(t)).toBe(false));
});
