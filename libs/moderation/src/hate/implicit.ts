import type { Token } from '../lang/tokens';
import { C, HateHit } from './hate-rules';
import { keys, kw } from './word-keys';
import { sentenceStarts } from './sentences';

// Implicit derogation of a group that the grammar (hate-rules.ts) does not read, because no listed hostile
// word is said of the group (issue 7, session 9). Each form is an idiom of contempt, written from our own
// sentences about the groups a news site sees:
// - "I'd rather die than live next to Muslims" (the author would take death or filth over the group);
// - "Letting women vote was a huge mistake", "Giving rights to Dalits was the worst decision ever";
// - "The only thing immigrants are good at is complaining", "Women are only fit to be slaves";
// - "We never had these problems before the Biharis arrived";
// - "Disabled people are best kept at home", "Gay people should not be allowed near schools",
//   "Women should be seen and not heard";
// - "I can smell a Muslim from a mile away", "The smell of immigrants makes me gag";
// - "Women have the brains of a child", "Dalits think with their animal instincts",
//   "Muslims still live like it's the stone age", "Immigrants would sell their own mothers";
// - "Nobody in their right mind would hire a trans person", "Nobody would miss gay people";
// - "If only immigrants would just disappear", "Women are nothing to me";
// - "They are just women, what do you expect";
// - denied qualities the grammar misses: "not capable of thinking", "not intelligent enough to vote",
//   "have never contributed anything", "don't have any place here".
// Not when the sentence reports it, quotes it, rejects it or negates it ("Nobody should say women are only
// good for cooking", "It is wrong to claim that…"), nor when the group word names a thing or an institution.


const WORD_NEG = keys('not no never nobody noone none dont doesnt didnt cannot cant shouldnt wont wouldnt isnt arent aint nahi mat');
/** The sentence tells of the view, judges it or answers it: news, counter-speech. */
const SAID = /\b(?:says?|said|saying|claims?|claimed|claiming|called|calling|believes?|myths?|stereotypes?|wrong|false|lies?|untrue|nonsense|not true|bigot\w*|racis[mt]\w*|casteis[mt]\w*|sexis[mt]\w*|misogyn\w*|homophob\w*|transphob\w*|hateful|hate speech|told|tells|asked|accused|alleged\w*|report(?:s|ed)?|according|police|booked|arrested|court|survey|study|studies|data|found|finds|shows|slogans?|posters?|tweets?|tweeted|wrote|writes|condemn\w*|shameful|disgrace\w*|outrage\w*|offensive|unacceptable|stop|used to|anymore)\b/;
/** Where a group sits as the subject: what may stand between it and the predicate. */
const SUBJ_FILL = keys('are is were was will would should must could can just all really truly honestly basically always only still simply literally clearly mostly generally usually so too even ever');
/** "…rather DIE than…": what the author would take instead of the group. */
const RATHER_WORSE = keys('die dead death starve rot suffer eat drink lick jump burn kill shoot homeless alone celibate pigsty sewer sewers dump gutter garbage trash toilet toilets cockroaches cockroach rats rat pigs pig dogs dog glass poison hell cancer plague virus');
const RATHER_FILL = keys('live living stay be see sit work share date marry kiss touch hire trust vote meet near next to with a an the any one single around among beside');
const PERMIT = keys('letting allowing giving granting accepting admitting hiring electing welcoming importing');
const MISTAKE = keys('mistake mistakes error errors disaster blunder catastrophe failure');
const DECISION = keys('decision idea move');
const WORST = keys('worst stupidest dumbest biggest greatest');
const GOOD_FOR = keys('good fit useful suited');
const ARRIVE = keys('arrived came come moved showed turned started invaded settled flooded');
const PROBLEM = keys('problems problem trouble crime crimes issues issue riots dirt filth rapes theft thefts');
const WAS_GOOD = keys('safe clean peaceful nice quiet lovely decent pleasant good great');
const KEPT = keys('kept locked hidden caged chained confined');
const KEPT_WHERE = keys('home away out inside indoors locked behind cages cage hidden sight basement');
const NEAR = keys('near around');
const YOUNG = keys('schools school children kids child kid students playgrounds classrooms babies');
const SMELL_VERB = keys('smell smells smelled smelt stink stinks stank reek reeks');
const SMELL_NOUN = keys('smell stench stink odour odor');
const SMELL_NEXT = keys('makes make made is was fills filled gets everywhere in on');
const MIND_NOUN = keys('brains brain mind minds intelligence iq mentality morals manners intellect sense wits');
const LOWER_BEING = keys('child children toddler toddlers baby babies infant goldfish monkey monkeys ape apes animal animals dog dogs pig pigs donkey donkeys rock rocks potato cow cows sheep goat goats rat rats chimp chimps fly flies gnat snail worm insect slug cockroach');
const BACKWARD = keys('stone dark middle');
const AGE = keys('age ages');
const LIVE = keys('live lives living think behave act belong stuck');
const INSTINCT = keys('instinct instincts urges');
const ANIMAL_ADJ = keys('animal animalistic primitive savage base beastly');
const SELL_KIN = keys('mothers mother sisters sister daughters daughter children kids grandmothers grandmother wives families');
const WOULD_VERB = keys('hire marry date trust employ befriend rent love respect promote elect want touch kiss');
const MISS = keys('miss mourn notice');
const VANISH = keys('disappear vanish die leave go drop');
const NOTHING_TO = keys('nothing');
const MEAN = keys('mean means');
const CAPABLE = keys('capable able');
const THINKING = keys('thinking thought reasoning learning understanding reason logic love loving leading working intelligence feelings empathy');
const SMART = keys('intelligent smart clever bright competent mature wise sane civilised civilized educated responsible rational');
const CONTRIBUTED = keys('contributed given added achieved done created built invented produced offered');
const PLACE = keys('place future role');
const HERE = keys('here society country nation india world community neighbourhood neighborhood city town');
const EXPECT = keys('expect');
const YOU = keys('you u');
const SEEN_HEARD = keys('heard');
const SECOND = keys('second');
const CLASS = keys('class');
const CITIZENS = keys('citizens citizen humans human people beings');
const STRONG_MODAL = keys('should must deserve deserves need needs ought');
const TAKE_OVER = keys('take taking');
const OVER = keys('over');
const OUR_THING = keys('country nation india world land jobs culture society neighbourhood neighborhood city town');
const OUR = keys('our the this my');
const BOAT = keys('boat boats ship ships plane planes train trains truck trucks');
const PUT = keys('put load pack ship send throw stick shove');
const BARS = keys('bars');
const BEHIND = keys('behind');
const BELONG = keys('belong belongs');

const END_NEXT = keys('again anymore ever around near here there at in on with for from like and or every all');
const SEE_VERB = keys('see meet hear notice spot watch think am');
const RETCH = keys('throw puke vomit gag retch sick cringe shudder nauseous scream barf');
const WHENEVER = keys('whenever when wherever');
const SHOW_UP = keys('show shows showed come comes came arrive arrives arrived move moves moved are is turn turns');
const AFTERMATH = keys('stolen steal steals stealing theft crime crimes trouble dirty filthy filth mess riot riots fights violence missing stink stinks smell smells rapes disease diseases');
const DEMAND = keys('expect expects demand demands grab grabs scrounge scrounging leech leeching want wants come came live living');
const FREEBIES = keys('handouts handout freebies free welfare charity');
const BARELY = keys('barely hardly');
const BASIC = keys('read write think speak count function spell tie talk understand walk');
const ALL_OF_THEM = keys('all every each lot');
const BEAR = keys('bear');
const AROUND_VERB = keys('be around see look stand live near with at');
const NERVES = keys('nerves');
const ALLERGIC = keys('allergic');
const POLE = keys('pole barge');
const INTERJ = keys('ugh urgh eww ew yuck yikes');

const TERRIBLE = keys('terrible awful bad horrible lousy worst poor dreadful useless pathetic');
const ROLE = keys('parents parent leaders leader doctors doctor teachers teacher drivers driver employees employee workers worker neighbours neighbors neighbour neighbor citizens citizen friends friend soldiers soldier mothers mother fathers father pilots pilot bosses boss students student wives wife husbands husband colleagues colleague managers manager politicians judges scientists engineers cops officers athletes');
const BUT = keys('but');
const COMES = keys('comes come came');
const LET_IN = keys('let allowed');
const IN_OUT = keys('in into here out');
const LIKE_THAT = keys('that this');
const LOW_LIKE = keys('disaster nightmare suicide hell madness asking');
const GLAD = keys('glad thank thankfully lucky grateful relieved');
const BACK = keys('back');
const TAKE = keys('take taking took');
const LAND = keys('country nation land streets india neighbourhood neighborhood city cities town jobs');
const SKIPPED = keys('skipped');
const EVOLUTION = keys('evolution');
const EVOLVED = keys('evolved');
const LINK_NOUN = keys('link');
const CHEAP = keys('cheap');
const LABOUR = keys('labour labor slaves servants');
const SHAME = keys('shame pity tragedy disgrace travesty scandal joke');
const MAY = keys('can could are get');
const ALLOWED_ACT = keys('vote drive work live exist marry adopt breed teach allowed able');
const REASON_I = keys('reason');
const CARRY = keys('carry lock keep moved left hide avoid bought buy own');
const HIDE = keys('lock hide guard protect watch');
const VALUABLES = keys('doors door wallets wallet daughters daughter kids children women girls valuables purses purse bags bag cattle cows goats jewellery jewelry wives sisters');
const SMALL = keys('smaller small tiny little lower low');
const BRAINS = keys('brains brain iqs iq skulls skull');
const BEING = keys('being');
const AROUND = keys('around near with among');
const TORTURE = keys('torture hell nightmare unbearable agony painful exhausting hellish miserable');
const LEAVE = keys('leave left');
const ALONE = keys('alone');
const WIRED = keys('wired');
const RIGHT_WRONG = keys('right wrong');
const WRONG = keys('wrong off');
const BROKEN = keys('broken damaged defective');
const PLACE_BEFORE = keys('near at in of from by to into behind beside outside inside');
const WHO_DID = keys('who that');
const BROKEN_NOUN = keys('people goods humans beings creatures');

const AFTER_OUR = keys('money jobs women daughters land benefits houses homes wealth country');
const NATURE = keys('nature blood dna genes genetics');
const VICE_WORD = keys('crime crimes violence cheating lying stealing theft terror terrorism hate hatred dirt filth laziness rape greed treachery betrayal deceit');
const REASON_STATE = keys('poor poverty jail prison unemployed hated despised bottom slums ghettos');
const TURN = keys('turn make');
const DECENT = keys('decent human humans person people civilised civilized gentleman lady citizen citizens');
const JUNGLE = keys('jungle jungles village slum slums gutter ghetto');
const FORCE = keys('violence force stick whip lathi beating beatings gun guns boot punishment fear');
const MOVED_AWAY = keys('out away house houses');
const MOVED_IN = keys('moved came arrived started');
const MANY = keys('many much');
const KIDS = keys('children kids babies');
const KNEW = keys('knew know');
const THEN_GOOD = keys('better happier safer great nicer cleaner peaceful');
const COULDNT = keys('couldnt cannot cant werent stayed had');
const GOD = keys('god gods nature natures');
const SOCIETY_VIEW = keys('society public view sight everyone everybody people');
const DEAD = keys('dead');
const LEAVE_VERB = keys('leave disappear vanish die perish emigrate');
const LEAVE_WHERE = keys('country countries india nation city town state place here area neighbourhood neighborhood planet earth world');

/** Every word a rule below starts from: the other tokens are skipped at once (most comments hold none). */
const TRIGGER = new Set<string>([...keys('before better bring course even good having if in it its just letting like make makes missing moved no nobody noone nothing only put rather reason rid seen sell sold something time too understand who wish'), ...ALLERGIC, ...BACKWARD, ...BARELY, ...BEAR, ...BEING, ...BELONG, ...BROKEN, ...CHEAP, ...DEMAND, ...EVOLVED, ...EXPECT, ...GLAD, ...HIDE, ...INSTINCT, ...INTERJ, ...JUNGLE, ...KEPT, ...KNEW, ...LEAVE, ...MIND_NOUN, ...MISTAKE, ...NEAR, ...NERVES, ...NOTHING_TO, ...PERMIT, ...POLE, ...PUT, ...REASON_I, ...SECOND, ...SHAME, ...SKIPPED, ...SMALL, ...SMELL_NOUN, ...SMELL_VERB, ...STRONG_MODAL, ...TAKE, ...TAKE_OVER, ...THEN_GOOD, ...TURN, ...WHENEVER, ...WIRED, ...WORD_NEG]);

export function implicitDerogation(text: string, tokens: Token[], cls: Uint32Array | number[]): HateHit[] {
  const n = tokens.length;
  const hits: HateHit[] = [];
  if (n < 2) return hits;
  const k = (i: number): string => (i >= 0 && i < n ? tokens[i].key : '');
  const inst = (i: number): boolean => i >= 0 && i < n && (cls[i] & C.Institution) !== 0;
  const group = (i: number): boolean => i >= 0 && i < n && (cls[i] & (C.Identity | C.Slur)) !== 0 && (cls[i] & (C.Institution | C.Anaphora)) === 0 && !inst(i + 1) && !inst(i + 2);
  /** A group word followed by what it may do ("women vote", "Muslims can vote"): `vote` is no vote bank here. */
  const groupDoing = (i: number): boolean => i >= 0 && i < n && (cls[i] & C.Identity) !== 0 && (cls[i] & (C.Institution | C.Anaphora)) === 0 && !inst(i + 1);
  let firstGroup = -1;
  for (let i = 0; i < n && firstGroup < 0; i++) if ((cls[i] & (C.Identity | C.Slur)) !== 0 && (cls[i] & (C.Institution | C.Anaphora)) === 0) firstGroup = i;
  if (firstGroup < 0) return hits;
  /** A pronoun ("they", "them") after a group named earlier in the comment. */
  const referent = (i: number): boolean => i >= 0 && i < n && (cls[i] & C.Anaphora) !== 0 && firstGroup < i;
  const who = (i: number): boolean => group(i) || referent(i);
  /** The group word ends its clause ("…than live next to Muslims", "…see Dalits again"), not "…see Dalits suffer". */
  const clauseEnd = (g: number): boolean => {
    let e = g;
    while (group(e + 1)) e++;
    return e + 1 >= n || /[.,!?;:]/.test(text.slice(tokens[e].end, tokens[e + 1].start)) || END_NEXT.has(k(e + 1));
  };
  /** The group as people, not an adjective on their food or music: a plural, or the word ends its phrase. */
  const people = (g: number): boolean => {
    if (!group(g)) return false;
    let e = g;
    while (group(e + 1)) e++;
    return /s$/.test(tokens[e].key) || /men$/i.test(text.slice(tokens[e].start, tokens[e].end)) || e + 1 >= n || SMELL_NEXT.has(k(e + 1)) || /[.,!?;]/.test(text.slice(tokens[e].end, tokens[e + 1].start));
  };
  const starts = sentenceStarts(text, tokens, /[.!?।\n;]/);
  for (let s = 0; s + 1 < starts.length; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    let any = false;
    for (let m = a; m < b && !any; m++) if (TRIGGER.has(tokens[m].key) || (cls[m] & (C.Dehum | C.NegAttr)) !== 0) any = true;
    if (!any) continue;
    const sentence = text.slice(tokens[a].start, tokens[b - 1].end);
    // (the idiom's own `wrong` judges the group, not somebody's words: "Something is wrong with immigrants")
    const lower = sentence.toLowerCase().replace(/\bsomething(?: i|')s (?:wrong|off) with\b/, '');
    if (/["“”]/.test(sentence) || SAID.test(lower)) continue;
    // a word that rejects what is said ("wrong", "disgrace", "condemn"), unless it is itself an insult or the
    // idiom's own word ("It's a SHAME women can vote", "Something is WRONG with them")
    const rejections: number[] = [];
    for (let m = a; m < b; m++) if ((cls[m] & C.Rejection) !== 0 && (cls[m] & (C.NegAttr | C.Dehum | C.Negation)) === 0 && k(m) !== kw('enough')) rejections.push(m);
    const question = text.slice(tokens[b - 1].end, tokens[b - 1].end + 2).includes('?');
    const negBefore = (p: number, from = a): boolean => {
      for (let m = from; m < p; m++) if (WORD_NEG.has(k(m))) return true;
      return false;
    };
    /** The group (or a pronoun for it) is the subject of the predicate starting at p. */
    const subject = (p: number): number => {
      let m = p - 1;
      while (m >= a && m > p - 5 && SUBJ_FILL.has(k(m))) m--;
      let g = m;
      while (g - 1 >= a && who(g - 1) && who(g)) g--;
      if (m >= a && who(m) && !(g > a && (k(g - 1) === kw('of') || k(g - 1) === kw('by') || k(g - 1) === kw('against') || k(g - 1) === kw('for') || k(g - 1) === kw('towards')))) return g;
      return -1;
    };
    /**
     * "Disabled people are best kept at home", "X should be hidden from society": the group within five words before
     * the verb at p, with a modal or "best" / "better" between (-1: none).
     */
    const keptGroup = (p: number): number => {
      let call = false;
      for (let m = p - 1; m >= Math.max(a, p - 5); m--) {
        if (STRONG_MODAL.has(k(m)) || k(m) === kw('best') || k(m) === kw('better')) call = true;
        if (who(m)) return call ? m : -1;
      }
      return -1;
    };
    const add = (from: number, to: number): void => {
      if (rejections.some((m) => m < from || m > to)) return;
      hits.push({ from, to, kind: 'derogation', score: 0.85 });
    };
    for (let p = a; p < b; p++) {
      const kp = k(p);
      if (!TRIGGER.has(kp) && (cls[p] & (C.Dehum | C.NegAttr)) === 0) continue;
      // 1. "I'd rather die than live next to Muslims".
      if (kp === kw('rather') && !question) {
        let worse = false;
        let than = -1;
        for (let m = p + 1; m < Math.min(b, p + 10); m++) {
          if (RATHER_WORSE.has(k(m))) worse = true;
          if (k(m) === kw('than')) {
            than = m;
            break;
          }
        }
        if (worse && than > 0) {
          let g = than + 1;
          while (g < b && g <= than + 5 && RATHER_FILL.has(k(g)) && !group(g)) g++;
          if (group(g) && clauseEnd(g) && !negBefore(p)) add(p, g);
        }
      }
      // 2. "Letting women vote was a huge mistake", "Giving rights to Dalits was the worst decision ever".
      if (PERMIT.has(kp) && !question) {
        let g = -1;
        // ("women vote": `vote` marks a vote bank after a group word, here it is what they are let do)
        for (let m = p + 1; m < Math.min(b, p + 5); m++) if ((cls[m] & C.Identity) !== 0 && (cls[m] & (C.Institution | C.Anaphora)) === 0) {
          g = m;
          break;
        }
        if (g > 0) {
          for (let m = g + 1; m < Math.min(b, g + 10); m++) {
            if (MISTAKE.has(k(m)) || (DECISION.has(k(m)) && WORST.has(k(m - 1)))) {
              if (!negBefore(m)) add(p, m);
              break;
            }
          }
        }
      }
      // 3. "The only thing immigrants are good at is complaining"; "Women are only good for cooking",
      // "only fit to be slaves", "good for nothing" is the grammar's.
      if (kp === kw('only') && k(p + 1) === kw('thing') && !question) {
        let g = p + 2;
        if (k(g) === kw('that')) g++;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those')) g++;
        if (who(g)) {
          let e = g;
          while (who(e + 1)) e++;
          let m = e + 1;
          while (m < b && m <= e + 3 && SUBJ_FILL.has(k(m))) m++;
          if (GOOD_FOR.has(k(m)) && !negBefore(p)) add(p, m);
        }
      }
      if (kp === kw('only') && GOOD_FOR.has(k(p + 1)) && (k(p + 2) === kw('for') || k(p + 2) === kw('to') || k(p + 2) === kw('as')) && !question) {
        const g = subject(p);
        if (g >= 0 && !negBefore(p)) add(g, p + 2);
      }
      // 4. "We never had these problems before the Biharis arrived", "It was safe before immigrants came".
      if (kp === kw('before')) {
        let g = p + 1;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those') || k(g) === kw('all')) g++;
        if (group(g)) {
          let e = g;
          while (group(e + 1)) e++;
          if (ARRIVE.has(k(e + 1))) {
            let bad = false;
            for (let m = a; m < p; m++) if (PROBLEM.has(k(m)) || WAS_GOOD.has(k(m))) bad = true;
            if (bad) add(a, e + 1);
          }
        }
      }
      // 5. "Disabled people are best kept at home", "should be kept away from children", "should be locked up".
      if (KEPT.has(kp) && (KEPT_WHERE.has(k(p + 1)) || KEPT_WHERE.has(k(p + 2)))) {
        const g = keptGroup(p);
        if (g >= 0 && !negBefore(p) && !question) add(g, p + 1);
      }
      // "Gay people should not be allowed near schools", "kept away from children".
      if (NEAR.has(kp) && YOUNG.has(k(p + 1)) || (NEAR.has(kp) && (k(p + 1) === kw('our') || k(p + 1) === kw('the') || k(p + 1) === kw('any')) && YOUNG.has(k(p + 2)))) {
        let allowed = false;
        for (let m = Math.max(a, p - 3); m < p; m++) if (k(m) === kw('allowed') || k(m) === kw('let') || k(m) === kw('go') || k(m) === kw('come')) allowed = true;
        const g = allowed ? subject(p - 4) >= 0 ? subject(p - 4) : -1 : -1;
        let g2 = -1;
        for (let m = p - 1; m >= Math.max(a, p - 7); m--) if (who(m)) {
          g2 = m;
          break;
        }
        if (allowed && (g >= 0 || g2 >= 0) && negBefore(p) && !question) add(g >= 0 ? g : g2, p + 1);
      }
      // "Women should be seen and not heard".
      if (kp === kw('seen') && k(p + 1) === kw('and') && k(p + 2) === kw('not') && SEEN_HEARD.has(k(p + 3))) {
        for (let m = p - 1; m >= Math.max(a, p - 4); m--) if (who(m)) {
          add(m, p + 3);
          break;
        }
      }
      // 6. "I can smell a Muslim from a mile away", "The smell of immigrants makes me gag", "Dalits stink".
      if (SMELL_VERB.has(kp) && !question) {
        let g = p + 1;
        if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('these')) g++;
        const obj = group(g) && (k(p - 1) === kw('can') || k(p - 1) === kw('could')) && (k(g + 1) === kw('from') || k(g + 2) === kw('from') || g + 1 >= b);
        const subj = subject(p);
        if (obj && !negBefore(p)) add(p, g);
        else if (subj >= 0 && !negBefore(p) && !(k(p + 1) === kw('like') || k(p + 1) === kw('of') || k(p + 1) === kw('the'))) add(subj, p);
      }
      if (SMELL_NOUN.has(kp) && k(p + 1) === kw('of') && !question) {
        let g = p + 2;
        if (k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('these')) g++;
        // people, not their food or music ("the smell of Muslim biryani"): a plural, or the sentence goes on with a verb
        if (people(g) && !negBefore(p)) add(p, g);
      }
      // 7. "Women have the brains of a child", "the intelligence of a goldfish".
      if (MIND_NOUN.has(kp) && k(p + 1) === kw('of') && !question) {
        let l = p + 2;
        if (k(l) === kw('a') || k(l) === kw('an') || k(l) === kw('the')) l++;
        if (k(l) === kw('small') || k(l) === kw('little') || k(l) === kw('five') || k(l) === kw('young')) l++;
        if (LOWER_BEING.has(k(l))) {
          let g = -1;
          for (let m = p - 1; m >= Math.max(a, p - 6); m--) if (who(m)) {
            g = m;
            break;
          }
          if (g >= 0 && !negBefore(p)) add(g, l);
        }
      }
      // "Muslims still live like it's the stone age", "think with their animal instincts".
      if (BACKWARD.has(kp) && AGE.has(k(p + 1)) && !question) {
        let g = -1;
        let live = false;
        for (let m = p - 1; m >= Math.max(a, p - 8); m--) {
          if (LIVE.has(k(m))) live = true;
          if (who(m)) {
            g = m;
            break;
          }
        }
        if (g >= 0 && live && !negBefore(p)) add(g, p + 1);
      }
      if (INSTINCT.has(kp) && ANIMAL_ADJ.has(k(p - 1)) && !question) {
        for (let m = p - 2; m >= Math.max(a, p - 7); m--) if (who(m)) {
          if (!negBefore(p)) add(m, p);
          break;
        }
      }
      // "Immigrants would sell their own mothers".
      if ((kp === kw('sell') || kp === kw('sold')) && (k(p + 1) === kw('their') || k(p + 1) === kw('its'))) {
        const kin = k(p + 2) === kw('own') ? p + 3 : p + 2;
        if (SELL_KIN.has(k(kin))) {
          for (let m = p - 1; m >= Math.max(a, p - 5); m--) if (who(m)) {
            if (!negBefore(p)) add(m, kin);
            break;
          }
        }
      }
      // 8. "Nobody in their right mind would hire a trans person", "Nobody would miss gay people".
      if (kp === kw('nobody') || kp === kw('noone') || (kp === kw('no') && k(p + 1) === kw('one'))) {
        let m = kp === kw('no') ? p + 2 : p + 1;
        if (k(m) === kw('in') && k(m + 1) === kw('their') && k(m + 2) === kw('right') && k(m + 3) === kw('mind')) m += 4;
        if (k(m) === kw('would') || k(m) === kw('will') || k(m) === kw('could')) {
          m++;
          if (k(m) === kw('ever') || k(m) === kw('even') || k(m) === kw('really')) m++;
          const verb = m;
          if (WOULD_VERB.has(k(verb)) || MISS.has(k(verb))) {
            let g = verb + 1;
            if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('the') || k(g) === kw('any')) g++;
            if (group(g) && !(k(verb) === kw('want') && k(g + 1) === kw('to'))) add(p, g);
          }
        }
      }
      // "If only immigrants would just disappear".
      if (kp === kw('if') && k(p + 1) === kw('only')) {
        let g = p + 2;
        if (k(g) === kw('the') || k(g) === kw('all') || k(g) === kw('these') || k(g) === kw('those')) g++;
        if (who(g)) {
          let e = g;
          while (who(e + 1)) e++;
          let m = e + 1;
          while (m < b && m <= e + 4 && (k(m) === kw('would') || k(m) === kw('could') || k(m) === kw('just') || k(m) === kw('all') || k(m) === kw('simply') || k(m) === kw('will'))) m++;
          if (VANISH.has(k(m)) && (k(m) !== kw('go') || k(m + 1) === kw('away') || k(m + 1) === kw('back'))) add(p, m);
        }
      }
      // "Women are nothing to me", "Muslims mean nothing to me".
      if (NOTHING_TO.has(kp) && k(p + 1) === kw('to') && (k(p + 2) === kw('me') || k(p + 2) === kw('us'))) {
        let m = p - 1;
        if (MEAN.has(k(m))) m--;
        while (m >= a && SUBJ_FILL.has(k(m))) m--;
        if (who(m) && !negBefore(m)) add(m, p + 2);
      }
      // 9. Denied capabilities: "not capable of thinking", "not intelligent enough to vote",
      // "have never contributed anything", "don't have any place here".
      if (WORD_NEG.has(kp) && !question) {
        const subj = subject(p) >= 0 ? subject(p) : k(p - 1) === kw('do') || k(p - 1) === kw('have') || k(p - 1) === kw('are') ? subject(p - 1) : -1;
        if (subj >= 0 && !negBefore(subj)) {
          let m = p + 1;
          while (m < b && m <= p + 3 && (SUBJ_FILL.has(k(m)) || k(m) === kw('be') || k(m) === kw('even') || k(m) === kw('remotely'))) m++;
          if (CAPABLE.has(k(m)) && k(m + 1) === kw('of') && THINKING.has(k(m + 2))) add(subj, m + 2);
          else if (SMART.has(k(m)) && k(m + 1) === kw('enough') && k(m + 2) === kw('to')) add(subj, m + 1);
          else if (k(p - 1) === kw('have') || k(p) === kw('never')) {
            let v = m;
            if (k(v) === kw('ever')) v++;
            if (CONTRIBUTED.has(k(v)) && (k(v + 1) === kw('anything') || k(v + 1) === kw('nothing')) && (k(p) === kw('never') || k(p - 1) === kw('have'))) add(subj, v + 1);
          }
          if ((k(p + 1) === kw('have') || k(p + 1) === kw('deserve')) && (k(p + 2) === kw('any') || k(p + 2) === kw('a')) && PLACE.has(k(p + 3)) && (HERE.has(k(p + 4)) || HERE.has(k(p + 5)) || HERE.has(k(p + 6)))) add(subj, p + 3);
        }
      }
      // 10. "They are just women, what do you expect", "What do you expect from immigrants".
      if (EXPECT.has(kp) && YOU.has(k(p - 1)) && (k(p - 2) === kw('do') || k(p - 2) === kw('did') || k(p - 2) === kw('can') || k(p - 2) === kw('would'))) {
        let g = -1;
        if (k(p + 1) === kw('from')) {
          let m = p + 2;
          if (k(m) === kw('a') || k(m) === kw('an') || k(m) === kw('the') || k(m) === kw('these') || k(m) === kw('those')) m++;
          if (group(m)) g = m;
        }
        // the group named just before in the same sentence as "just X" ("They are just women, what…")
        for (let m = p - 3; m >= Math.max(a, p - 6) && g < 0; m--) if (group(m) && (k(m - 1) === kw('just') || k(m - 1) === kw('only') || k(m - 2) === kw('just'))) g = m;
        if (g >= 0 && !negBefore(Math.min(g, p))) add(Math.min(g, p), Math.max(g, p));
      }
      // 11. "Women should be treated as second-class citizens", "Dalits deserve to be second class".
      if (SECOND.has(kp) && CLASS.has(k(p + 1)) && !question) {
        let call = false;
        let g = -1;
        for (let m = p - 1; m >= Math.max(a, p - 7); m--) {
          if (STRONG_MODAL.has(k(m))) call = true;
          if (who(m)) {
            g = m;
            break;
          }
        }
        if (g >= 0 && call && !negBefore(p) && (CITIZENS.has(k(p + 2)) || p + 2 >= b)) add(g, p + 1);
      }
      // 12. "Immigrants want to take over our country".
      if (TAKE_OVER.has(kp) && OVER.has(k(p + 1)) && OUR.has(k(p + 2)) && OUR_THING.has(k(p + 3)) && !question) {
        let g = -1;
        for (let m = p - 1; m >= Math.max(a, p - 5); m--) if (who(m)) {
          g = m;
          break;
        }
        if (g >= 0 && !negBefore(p)) add(g, p + 3);
      }
      // 13. "Put them all on a boat and send them back", "Load the immigrants on trains".
      if (PUT.has(kp) && (p === a || k(p - 1) === kw('just') || k(p - 1) === kw('lets') || k(p - 1) === kw('should')) && !question) {
        let g = -1;
        for (let m = p + 1; m < Math.min(b, p + 4); m++) if (who(m)) g = m;
        if (g >= 0) {
          for (let m = g + 1; m < Math.min(b, g + 5); m++) if (BOAT.has(k(m)) && (k(m - 1) === kw('a') || k(m - 1) === kw('on') || k(m - 1) === kw('the') || k(m - 1) === kw('onto') || k(m - 1) === kw('in'))) {
            if (!negBefore(p)) add(p, m);
            break;
          }
        }
      }
      // 15. "The street smells of them now", "the bus stank of immigrants".
      if (SMELL_VERB.has(kp) && k(p + 1) === kw('of') && (referent(p + 2) || people(p + 2) || ((k(p + 2) === kw('the') || k(p + 2) === kw('those')) && people(p + 3))) && !negBefore(p) && !question) add(p, who(p + 2) ? p + 2 : p + 3);
      // 16. "When I see women, I want to throw up", "Every time I meet a Dalit I feel sick".
      if ((WHENEVER.has(kp) || (kp === kw('time') && k(p - 1) === kw('every'))) && k(p + 1) === kw('i') && SEE_VERB.has(k(p + 2)) && !question) {
        let g = -1;
        for (let m = p + 3; m < Math.min(b, p + 7); m++) if (group(m)) {
          g = m;
          break;
        }
        if (g >= 0) {
          for (let m = g + 1; m < Math.min(b, g + 9); m++) if (RETCH.has(k(m))) {
            if (!negBefore(m, g)) add(p, m);
            break;
          }
        }
      }
      // 17. "Whenever Muslims show up, things get stolen", "when immigrants move in, crime follows".
      if (WHENEVER.has(kp) && !question) {
        let g = p + 1;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those')) g++;
        if (group(g)) {
          let e = g;
          while (group(e + 1)) e++;
          if (SHOW_UP.has(k(e + 1)) || (k(e + 1) === kw('start') && k(e + 2) === kw('coming'))) {
            for (let m = e + 2; m < Math.min(b, e + 10); m++) if (AFTERMATH.has(k(m))) {
              if (!negBefore(m) && k(m + 1) !== kw('against') && k(m + 1) !== kw('on')) add(p, m);
              break;
            }
          }
        }
      }
      // 18. "Immigrants come here and expect handouts", "they only want benefits".
      if (DEMAND.has(kp) && !question) {
        let f = p + 1;
        while (f < b && f <= p + 4 && !FREEBIES.has(k(f))) f++;
        if (FREEBIES.has(k(f))) {
          let g = -1;
          for (let m = p - 1; m >= Math.max(a, p - 8); m--) if (who(m)) {
            g = m;
            break;
          }
          // `want` and `come` only with `only` / `just` ("they only want free stuff", "just come for the handouts")
          const plain = k(p) === kw('want') || k(p) === kw('wants') || k(p) === kw('come') || k(p) === kw('came') || k(p) === kw('live') || k(p) === kw('living');
          const only = k(p - 1) === kw('only') || k(p - 1) === kw('just') || (k(p) === kw('live') || k(p) === kw('living')) && k(p + 1) === kw('off');
          if (g >= 0 && !negBefore(p) && (!plain || only)) add(g, f);
        }
      }
      // 19. "They can barely read", "Dalits can't even spell their names".
      if ((BARELY.has(kp) && (k(p - 1) === kw('can') || k(p - 1) === kw('could'))) || (kp === kw('even') && (k(p - 1) === kw('cant') || k(p - 1) === kw('cannot')))) {
        if (BASIC.has(k(p + 1)) && !question) {
          const g = subject(k(p - 1) === kw('cant') || k(p - 1) === kw('cannot') ? p - 1 : p - 1);
          if (g >= 0 && !negBefore(g)) add(g, p + 1);
        }
      }
      // 20. "Absolute parasites, all of them." after a sentence that names the group (not its attackers).
      if ((cls[p] & (C.Dehum | C.NegAttr)) !== 0 && (cls[p] & (C.Identity | C.Negation)) === 0 && s > 0 && p - a <= 2 && !question) {
        let them = -1;
        for (let m = p + 1; m < Math.min(b, p + 5); m++) if (ALL_OF_THEM.has(k(m)) && (cls[m] & C.Anaphora) !== 0 || (ALL_OF_THEM.has(k(m)) && (k(m + 1) === kw('of') || k(m + 1) === kw('one')) && (k(m + 2) === kw('them') || k(m + 3) === kw('them')))) them = m;
        if (them > 0) {
          const pa = starts[s - 1];
          let g = -1;
          let other = false;
          for (let m = pa; m < a; m++) {
            if (group(m) && !(m > pa && (k(m - 1) === kw('by') || k(m - 1) === kw('against') || k(m - 1) === kw('attacked') || k(m - 1) === kw('of')))) g = m;
            if (k(m) === kw('were') || k(m) === kw('was') || k(m) === kw('by') || k(m) === kw('police') || k(m) === kw('mob') || k(m) === kw('men')) other = true;
          }
          let verb = false;
          for (let m = a; m < b; m++) if (k(m) === kw('i') || k(m) === kw('we') || k(m) === kw('you') || k(m) === kw('he') || k(m) === kw('she') || k(m) === kw('are') || k(m) === kw('is')) verb = true;
          if (g >= 0 && !other && !verb) add(p, them);
        }
      }
      // 21. "I can't bear to be around women", "I'm allergic to Muslims", "gay people get on my nerves",
      // "I wouldn't touch a Dalit with a ten-foot pole", "I wish I never had to see immigrants again", "Ugh, women."
      if (BEAR.has(kp) && (k(p - 1) === kw('cant') || k(p - 1) === kw('cannot')) && !question) {
        let g = p + 1;
        if (k(g) === kw('to')) g++;
        while (g < b && g <= p + 5 && AROUND_VERB.has(k(g))) g++;
        if (k(g) === kw('the') || k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('those') || k(g) === kw('these')) g++;
        if (group(g) && clauseEnd(g)) add(p, g);
      }
      if (ALLERGIC.has(kp) && k(p + 1) === kw('to') && (group(p + 2) || (k(p + 2) === kw('the') && group(p + 3))) && !negBefore(p) && !question) add(p, group(p + 2) ? p + 2 : p + 3);
      if (NERVES.has(kp) && k(p - 1) === kw('my') && (k(p - 2) === kw('on') || k(p - 2) === kw('get'))) {
        for (let m = p - 3; m >= Math.max(a, p - 6); m--) if (who(m)) {
          if (!negBefore(m)) add(m, p);
          break;
        }
      }
      if (POLE.has(kp) && !question) {
        let touch = -1;
        for (let m = p - 1; m >= Math.max(a, p - 9); m--) if (k(m) === kw('touch')) touch = m;
        if (touch > 0 && negBefore(touch)) {
          for (let m = touch + 1; m < p; m++) if (who(m)) {
            add(touch, p);
            break;
          }
        }
      }
      if (kp === kw('wish') && k(p - 1) === kw('i') && !question) {
        let see = -1;
        for (let m = p + 1; m < Math.min(b, p + 7); m++) if (SEE_VERB.has(k(m)) || k(m) === kw('deal')) see = m;
        const g = k(see + 1) === kw('with') ? see + 2 : see + 1;
        if (see > 0 && negBefore(see, p) && who(g) && (referent(g) || clauseEnd(g))) add(p, g);
      }
      if (INTERJ.has(kp) && p === a) {
        let g = p + 1;
        if (k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('these') || k(g) === kw('bloody') || k(g) === kw('fucking')) g++;
        let e = g;
        while (group(e + 1)) e++;
        if (group(g) && e + 1 === b) add(p, e);
      }
      // 22. "Muslims make terrible parents", "women make the worst leaders".
      if (kp === kw('make') || kp === kw('makes')) {
        let m = p + 1;
        if (k(m) === kw('the') || k(m) === kw('such')) m++;
        if (TERRIBLE.has(k(m)) && ROLE.has(k(m + 1)) && !question) {
          const g = subject(p);
          if (g >= 0 && !negBefore(p)) add(g, m + 1);
        }
      }
      // 23. "Nothing but trouble comes from immigrants".
      if (kp === kw('nothing') && BUT.has(k(p + 1)) && !question) {
        for (let m = p + 2; m < Math.min(b, p + 5); m++) if (COMES.has(k(m)) && k(m + 1) === kw('from')) {
          let g = m + 2;
          if (k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('these')) g++;
          let bad = false;
          for (let q = p + 2; q < m; q++) if (PROBLEM.has(k(q)) || AFTERMATH.has(k(q)) || ((cls[q] & (C.NegAttr | C.Dehum)) !== 0 && (cls[q] & C.Negation) === 0)) bad = true;
          if (bad && people(g)) add(p, g);
          break;
        }
      }
      // 24. "Who let the Muslims in?".
      if (kp === kw('who') && LET_IN.has(k(p + 1))) {
        let g = p + 2;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those') || k(g) === kw('all')) g++;
        if (group(g)) {
          let e = g;
          while (group(e + 1)) e++;
          if (IN_OUT.has(k(e + 1)) && (e + 2 >= b || k(e + 2) === kw('here') || k(e + 2) === kw('again'))) add(p, e + 1);
        }
      }
      // 25. "It's always the Muslims." (not "It's always the Dalits who suffer").
      if ((kp === kw('its') || (kp === kw('it') && k(p + 1) === kw('is'))) && p === a) {
        let m = kp === kw('its') ? p + 1 : p + 2;
        if (k(m) === kw('always')) {
          m++;
          if (k(m) === kw('the') || k(m) === kw('those') || k(m) === kw('these')) m++;
          let e = m;
          while (group(e + 1)) e++;
          if (group(m) && (e + 1 >= b || k(e + 1) === kw('again'))) add(p, e);
        }
      }
      // "Of course it was Muslims who did it", "of course it was the immigrants".
      if (kp === kw('course') && k(p - 1) === kw('of') && k(p + 1) === kw('it') && (k(p + 2) === kw('was') || k(p + 2) === kw('is'))) {
        let g = p + 3;
        if (k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('a') || k(g) === kw('an')) g++;
        let e = g;
        while (group(e + 1)) e++;
        if (group(g) && (e + 1 >= b || k(e + 1) === kw('again') || (WHO_DID.has(k(e + 1)) && k(e + 2) === kw('did') && (k(e + 3) === kw('it') || k(e + 3) === kw('this'))))) add(p, e);
      }
      // 26. "All Muslims are like that." (the sentence ends there).
      if (kp === kw('like') && LIKE_THAT.has(k(p + 1)) && p + 2 >= b && !question) {
        const g = subject(p);
        if (g >= 0 && !negBefore(p)) add(g, p + 1);
      }
      // 27. "Having women in charge is like letting a monkey fly a plane".
      if (kp === kw('having') || kp === kw('letting')) {
        let g = p + 1;
        if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('the')) g++;
        if (group(g)) {
          for (let m = g + 1; m < Math.min(b, g + 6); m++) if (k(m) === kw('like') && (k(m - 1) === kw('is') || k(m - 1) === kw('was'))) {
            let low = false;
            for (let q = m + 1; q < Math.min(b, m + 7); q++) if (LOWER_BEING.has(k(q)) || LOW_LIKE.has(k(q))) low = true;
            if (low && !negBefore(p)) add(p, m);
            break;
          }
        }
      }
      // 28. "I'm glad I'm not one of those Muslims", "Thank god I'm not a woman." (the sentence ends there).
      if (GLAD.has(kp) && !question) {
        for (let m = p + 1; m < Math.min(b, p + 5); m++) if (k(m) === kw('not') && (k(m - 1) === kw('im') || k(m - 1) === kw('am'))) {
          let g = m + 1;
          if (k(g) === kw('one') && k(g + 1) === kw('of')) g += 2;
          if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('those') || k(g) === kw('them') || k(g) === kw('these')) g++;
          let e = g;
          while (group(e + 1)) e++;
          if ((group(g) || referent(g - 1)) && e + 1 >= b) add(p, e);
          break;
        }
      }
      // 29. "We need to take our country back from immigrants".
      if (TAKE.has(kp) && (OUR.has(k(p + 1)) && LAND.has(k(p + 2)) && BACK.has(k(p + 3))) && k(p + 4) === kw('from')) {
        let g = p + 5;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those') || k(g) === kw('all')) g++;
        if (group(g) && !negBefore(p) && !question) add(p, g);
      }
      // 30. "Evolution skipped Muslims", "women are the missing link", "gay people aren't fully evolved".
      if (SKIPPED.has(kp) && EVOLUTION.has(k(p - 1))) {
        const g = k(p + 1) === kw('the') || k(p + 1) === kw('these') || k(p + 1) === kw('those') ? p + 2 : p + 1;
        if (who(g)) add(p - 1, g);
      }
      if (kp === kw('missing') && LINK_NOUN.has(k(p + 1)) && !question) {
        const g = subject(k(p - 1) === kw('the') ? p - 1 : p);
        if (g >= 0 && !negBefore(g)) add(g, p + 1);
      }
      if (EVOLVED.has(kp) && !question) {
        const deny = k(p - 1) === kw('fully') ? p - 2 : p - 1;
        if (WORD_NEG.has(k(deny)) || k(deny) === kw('less') || k(deny) === kw('barely') || k(deny) === kw('half')) {
          const g = subject(deny);
          if (g >= 0 && !negBefore(g)) add(g, p);
        }
      }
      // 31. "Immigrants are just cheap labour".
      // (`labour` is no American dictionary word and the speller splits it: "lab our")
      if (CHEAP.has(kp) && (LABOUR.has(k(p + 1)) || /^\s*labou?r\b/i.test(text.slice(tokens[p].end, tokens[p].end + 8))) && (k(p - 1) === kw('just') || k(p - 1) === kw('only') || k(p - 1) === kw('but') || k(p - 1) === kw('for')) && !question) {
        const g = subject(p);
        let g2 = g;
        if (g2 < 0) for (let m = p - 1; m >= Math.max(a, p - 6); m--) if (who(m)) g2 = m;
        if (g2 >= 0 && !negBefore(g2)) add(g2, p + 1);
      }
      // 32. "It's a shame women can vote".
      if (SHAME.has(kp) && !question) {
        let g = p + 1;
        if (k(g) === kw('that')) g++;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those')) g++;
        let e = g;
        while (groupDoing(e + 1)) e++;
        if (groupDoing(g) && MAY.has(k(e + 1))) {
          let act = -1;
          for (let m = e + 2; m < Math.min(b, e + 5); m++) if (ALLOWED_ACT.has(k(m))) {
            act = m;
            break;
          }
          // "…are allowed to vote", "…are able to marry": the act after the permission
          if (act > 0 && (k(act) === kw('allowed') || k(act) === kw('able')) && k(act + 1) === kw('to') && ALLOWED_ACT.has(k(act + 2))) act += 2;
          // the sentence ends with the act ("…can vote.", "…can vote now"), not "…can vote only if…"
          if (act > 0 && !negBefore(act) && (act + 1 >= b || k(act + 1) === kw('now') || k(act + 1) === kw('too') || k(act + 1) === kw('here'))) add(p, act);
        }
      }
      // 33. "Muslims are the reason I carry pepper spray".
      if (REASON_I.has(kp) && k(p + 1) === kw('i') && CARRY.has(k(p + 2)) && !question) {
        const g = subject(k(p - 1) === kw('the') ? p - 1 : p);
        if (g >= 0 && !negBefore(g)) add(g, p + 2);
      }
      // 34. "Lock your doors, there are Muslims around", "Hide your daughters, immigrants are in town".
      if (HIDE.has(kp) && p === a && (k(p + 1) === kw('your') || k(p + 1) === kw('ur')) && VALUABLES.has(k(p + 2))) {
        // the group is who comes ("…, Muslims are in town", "…, there are immigrants around"), not a place ("near the Muslim market")
        for (let m = p + 3; m < Math.min(b, p + 7); m++) if (group(m)) {
          if (!PLACE_BEFORE.has(k(m - 1)) && !(k(m - 1) === kw('the') && PLACE_BEFORE.has(k(m - 2)))) add(p, m);
          break;
        }
      }
      // 35. "Women have smaller brains".
      if (SMALL.has(kp) && BRAINS.has(k(p + 1)) && (k(p - 1) === kw('have') || k(p - 1) === kw('has')) && !question) {
        const g = subject(p - 1);
        if (g >= 0 && !negBefore(g)) add(g, p + 1);
      }
      // 36. "Only a Muslim would do something that stupid".
      if (kp === kw('only') && (p === a || k(p - 1) === kw('and') || k(p - 1) === kw('but')) && !question) {
        let g = p + 1;
        if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('the')) g++;
        let e = g;
        while (group(e + 1)) e++;
        if (group(g) && (k(e + 1) === kw('would') || k(e + 1) === kw('could'))) {
          for (let m = e + 2; m < Math.min(b, e + 9); m++) if ((cls[m] & (C.NegAttr | C.Dehum)) !== 0 && (cls[m] & C.Negation) === 0) {
            if (!negBefore(m, e)) add(p, m);
            break;
          }
        }
      }
      // 37. "Being around Muslims is torture".
      if (BEING.has(kp) && AROUND.has(k(p + 1)) && !question) {
        let g = p + 2;
        if (k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('these') || k(g) === kw('a') || k(g) === kw('an')) g++;
        let e = g;
        while (group(e + 1)) e++;
        if (group(g) && (k(e + 1) === kw('is') || k(e + 1) === kw('was'))) {
          let m = e + 2;
          if (k(m) === kw('a') || k(m) === kw('pure') || k(m) === kw('absolute') || k(m) === kw('such') || k(m) === kw('just')) m++;
          if (TORTURE.has(k(m)) || ((cls[m] & (C.NegAttr | C.Dehum)) !== 0 && (cls[m] & C.Negation) === 0)) add(p, m);
        }
      }
      // 38. "Muslims can't be left alone with children", "Don't ever leave a Dalit alone with your kids".
      if (LEAVE.has(kp) && !question) {
        let m = p + 1;
        let g = -1;
        if (k(m) === kw('a') || k(m) === kw('an') || k(m) === kw('the') || k(m) === kw('those')) m++;
        if (who(m)) {
          g = m;
          while (who(m + 1)) m++;
          m++;
        }
        if (ALONE.has(k(m)) && k(m + 1) === kw('with')) {
          let y = m + 2;
          if (k(y) === kw('your') || k(y) === kw('our') || k(y) === kw('the') || k(y) === kw('any')) y++;
          if (YOUNG.has(k(y)) || VALUABLES.has(k(y))) {
            if (g < 0) {
              const sj = subject(k(p - 1) === kw('be') ? p - 1 : p);
              if (sj >= 0) g = sj;
              else for (let q = p - 1; q >= Math.max(a, p - 5) && g < 0; q--) if (who(q)) g = q;
            }
            if (g >= 0) add(Math.min(g, p), y);
          }
        }
      }
      // 39. "Women are just not wired right", "Something is wrong with gay people", "Dalits are broken people".
      if (WIRED.has(kp) && (RIGHT_WRONG.has(k(p + 1)) || k(p + 1) === kw('differently')) && !question) {
        let m = p - 1;
        if (WORD_NEG.has(k(m))) m--;
        const g = subject(m + 1);
        if (g >= 0 && (k(p + 1) !== kw('right') || WORD_NEG.has(k(p - 1)))) add(g, p + 1);
      }
      if (kp === kw('something') && (k(p + 1) === kw('is') || k(p + 1) === kw('s')) && WRONG.has(k(p + 2)) && k(p + 3) === kw('with') && !question) {
        let g = p + 4;
        if (k(g) === kw('the') || k(g) === kw('those') || k(g) === kw('these') || k(g) === kw('all')) g++;
        if (group(g) && clauseEnd(g) && !negBefore(p)) add(p, g);
      }
      if (BROKEN.has(kp) && BROKEN_NOUN.has(k(p + 1)) && !question) {
        const g = subject(p);
        if (g >= 0 && !negBefore(g)) add(g, p + 1);
      }
      if (kp === kw('good') && k(p + 1) === kw('at') && k(p + 2) === kw('nothing') && !question) {
        const g = subject(p);
        if (g >= 0 && !negBefore(g)) add(g, p + 2);
      }
      // 40. "Muslims are only after our money".
      if ((kp === kw('only') || kp === kw('just')) && k(p + 1) === kw('after') && OUR.has(k(p + 2)) && AFTER_OUR.has(k(p + 3)) && !question) {
        const g = subject(p);
        if (g >= 0 && !negBefore(g)) add(g, p + 3);
      }
      // 41. "Crime is in their blood", "it's in their nature" (with a vice or "can't help themselves").
      if (kp === kw('in') && (k(p + 1) === kw('their') || k(p + 1) === kw('its')) && NATURE.has(k(p + 2)) && !question) {
        let vice = false;
        let g = -1;
        for (let m = a; m < b; m++) {
          if (VICE_WORD.has(k(m)) || ((cls[m] & (C.NegAttr | C.Dehum)) !== 0 && (cls[m] & C.Negation) === 0) || (k(m) === kw('help') && k(m + 1) === kw('themselves'))) vice = true;
          if (who(m)) g = m;
        }
        if (g < 0 && s > 0) for (let m = starts[s - 1]; m < a; m++) if (group(m)) g = m;
        let neg = false;
        for (let m = a; m < p; m++) if (WORD_NEG.has(k(m)) && !(k(m + 1) === kw('help') && k(m + 2) === kw('themselves'))) neg = true;
        if (vice && g >= 0 && !neg) add(Math.min(g, p), Math.max(g, p + 2));
      }
      // 42. "My son will never bring home a Muslim".
      if (kp === kw('bring') && k(p + 1) === kw('home') && !question) {
        let g = p + 2;
        if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('any')) g++;
        if (group(g) && clauseEnd(g) && negBefore(p)) add(p, g);
      }
      // 43. "Dalits are at the bottom for a reason." (the sentence ends there).
      if (kp === kw('reason') && k(p - 1) === kw('a') && k(p - 2) === kw('for') && p + 1 >= b && !question) {
        let state = false;
        let g = -1;
        for (let m = a; m < p - 2; m++) {
          if (REASON_STATE.has(k(m)) || ((cls[m] & (C.NegAttr | C.Dehum)) !== 0 && (cls[m] & C.Negation) === 0)) state = true;
          if (who(m) && g < 0) g = m;
        }
        if (state && g >= 0 && !negBefore(g)) add(g, p);
      }
      // 44. "You can't turn a Dalit into a decent person".
      if (TURN.has(kp) && negBefore(p, Math.max(a, p - 3)) && !question) {
        let g = p + 1;
        if (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those')) g++;
        if (group(g)) {
          let e = g;
          while (group(e + 1)) e++;
          if (k(e + 1) === kw('into')) {
            for (let m = e + 2; m < Math.min(b, e + 6); m++) if (DECENT.has(k(m)) || (cls[m] & C.Positive) !== 0) {
              add(p, m);
              break;
            }
          }
        }
      }
      // 45. "…but you can't take the jungle out of them".
      if (JUNGLE.has(kp) && k(p + 1) === kw('out') && k(p + 2) === kw('of') && (who(p + 3) || ((k(p + 3) === kw('a') || k(p + 3) === kw('an')) && group(p + 4)))) add(p, p + 3);
      // 46. "Muslims only understand violence", "…the language of force".
      if (kp === kw('understand') && (k(p - 1) === kw('only') || k(p - 1) === kw('just')) && !question) {
        let f = -1;
        let m = p + 1;
        while (m < b && m <= p + 4 && (k(m) === kw('the') || k(m) === kw('a') || k(m) === kw('language') || k(m) === kw('of') || k(m) === kw('brute'))) m++;
        if (FORCE.has(k(m))) f = m;
        const g = subject(p - 1);
        if (f > 0 && g >= 0 && !negBefore(g)) add(g, f);
      }
      // 47. "I moved house because Muslims moved in".
      if (kp === kw('moved') && MOVED_AWAY.has(k(p + 1)) && !question) {
        for (let m = p + 2; m < Math.min(b, p + 5); m++) if (k(m) === kw('because') || k(m) === kw('when') || k(m) === kw('after')) {
          let g = m + 1;
          if (k(g) === kw('the') || k(g) === kw('some') || k(g) === kw('these') || k(g) === kw('those') || k(g) === kw('a') || k(g) === kw('an')) g++;
          let e = g;
          while (group(e + 1)) e++;
          if (group(g) && MOVED_IN.has(k(e + 1)) && !negBefore(p)) add(p, e + 1);
          break;
        }
      }
      // 48. "Muslims have too many children".
      if (kp === kw('too') && MANY.has(k(p + 1)) && KIDS.has(k(p + 2)) && (k(p - 1) === kw('have') || k(p - 1) === kw('breed') || k(p - 1) === kw('produce')) && !question) {
        const g = subject(p - 1);
        if (g >= 0 && !negBefore(g)) add(g, p + 2);
      }
      // 49. "…when they knew their place", "Things were better when Muslims couldn't vote", "great before Muslims."
      if (KNEW.has(kp) && (k(p + 1) === kw('their') || k(p + 1) === kw('her') || k(p + 1) === kw('his')) && k(p + 2) === kw('place') && !question) {
        let g = -1;
        for (let m = p - 1; m >= Math.max(a, p - 4); m--) if (who(m)) {
          g = m;
          break;
        }
        if (g >= 0 && !negBefore(g)) add(g, p + 2);
      }
      if (THEN_GOOD.has(kp) && (k(p + 1) === kw('when') || k(p + 1) === kw('before')) && (k(p - 1) === kw('was') || k(p - 1) === kw('were') || k(p - 1) === kw('much') || k(p - 1) === kw('so')) && !question) {
        let g = p + 2;
        if (k(g) === kw('the') || k(g) === kw('these') || k(g) === kw('those') || k(g) === kw('all')) g++;
        let e = g;
        while (group(e + 1)) e++;
        // (`vote` after a group word is a vote bank to group(); here it is what they could not do)
        const gl = groupDoing;
        while (gl(e + 1)) e++;
        if (gl(g) && !negBefore(p) && ((k(p + 1) === kw('when') && COULDNT.has(k(e + 1))) || (k(p + 1) === kw('before') && e + 1 >= b))) add(p, e);
      }
      // 50. "God made a mistake with Muslims", "women are God's mistake".
      if (MISTAKE.has(kp) && !question) {
        let god = false;
        for (let m = Math.max(a, p - 4); m < p; m++) if (GOD.has(k(m))) god = true;
        if (god) {
          let g = -1;
          if (k(p + 1) === kw('with') || k(p + 1) === kw('when') || k(p + 1) === kw('by')) {
            let m = p + 2;
            if (k(m) === kw('making') || k(m) === kw('creating') || k(m) === kw('the') || k(m) === kw('a') || k(m) === kw('an')) m++;
            if (group(m)) g = m;
          }
          if (g < 0) g = subject(k(p - 1) === kw('s') ? p - 2 : p - 1) >= 0 ? subject(k(p - 1) === kw('s') ? p - 2 : p - 1) : -1;
          if (g < 0) {
            let m = p - 1;
            while (m >= a && (GOD.has(k(m)) || k(m) === kw('s') || k(m) === kw('a') || k(m) === kw('one') || k(m) === kw('of') || SUBJ_FILL.has(k(m)))) m--;
            if (who(m)) g = m;
          }
          if (g >= 0 && !negBefore(Math.min(g, p))) add(Math.min(g, p), Math.max(g, p));
        }
      }
      // 51. "Disabled people should be hidden from society".
      if (KEPT.has(kp) && (k(p + 1) === kw('from') || (k(p + 1) === kw('away') && k(p + 2) === kw('from'))) && !question) {
        const f = k(p + 1) === kw('from') ? p + 2 : p + 3;
        const w = k(f) === kw('the') ? f + 1 : f;
        const g = keptGroup(p);
        if (SOCIETY_VIEW.has(k(w)) && g >= 0 && !negBefore(p)) add(g, w);
      }
      // 52. "It would be kinder to put disabled people down".
      if (kp === kw('put') && !question) {
        let g = p + 1;
        if (k(g) === kw('the') || k(g) === kw('all') || k(g) === kw('these') || k(g) === kw('those')) g++;
        let e = g;
        while (who(e + 1)) e++;
        if (who(g) && k(e + 1) === kw('down') && (e + 2 >= b || k(e + 2) === kw('like') || k(e + 2) === kw('humanely') || k(e + 2) === kw('for')) && !negBefore(p)) add(p, e + 1);
      }
      // 53. "Better dead than a Muslim."
      if (kp === kw('better') && DEAD.has(k(p + 1)) && k(p + 2) === kw('than') && p === a) {
        let g = p + 3;
        if (k(g) === kw('a') || k(g) === kw('an')) g++;
        if (group(g) && clauseEnd(g)) add(p, g);
      }
      // 54. "Muslims should just leave.", "immigrants must all go back", "they should disappear".
      if (STRONG_MODAL.has(kp) && !question) {
        let m = p + 1;
        while (m < b && m <= p + 3 && (k(m) === kw('just') || k(m) === kw('all') || k(m) === kw('simply') || k(m) === kw('to') || k(m) === kw('better'))) m++;
        const v = m;
        let end = -1;
        if (LEAVE_VERB.has(k(v))) end = v;
        else if ((k(v) === kw('go') || k(v) === kw('get')) && (k(v + 1) === kw('away') || k(v + 1) === kw('back') || k(v + 1) === kw('out') || k(v + 1) === kw('lost'))) end = v + 1;
        if (end > 0) {
          // nothing after it but where to ("…leave the country", "…go back to Pakistan"), not "leave abusive husbands"
          let tail = end + 1;
          if (k(tail) === kw('the') || k(tail) === kw('this') || k(tail) === kw('our') || k(tail) === kw('my')) tail++;
          const clean = tail >= b || LEAVE_WHERE.has(k(tail)) || k(end + 1) === kw('to') || k(end + 1) === kw('already') || k(end + 1) === kw('now') || k(end + 1) === kw('forever');
          const g = subject(p);
          if (g >= 0 && clean && !negBefore(g) && !negBefore(v, p)) add(g, end);
        }
      }
      // 55. "It is time we got rid of Muslims", "high time to get rid of them".
      if (kp === kw('rid') && k(p + 1) === kw('of') && (k(p - 1) === kw('got') || k(p - 1) === kw('get')) && !question) {
        let time = false;
        for (let m = Math.max(a, p - 5); m < p; m++) if (k(m) === kw('time')) time = true;
        let g = p + 2;
        if (k(g) === kw('the') || k(g) === kw('all') || k(g) === kw('these') || k(g) === kw('those')) g++;
        if (time && who(g) && !negBefore(p)) add(p - 1, g);
      }
      // 14. "Women belong behind bars".
      if (BELONG.has(kp) && BEHIND.has(k(p + 1)) && BARS.has(k(p + 2))) {
        const g = subject(p);
        if (g >= 0 && !negBefore(p)) add(g, p + 2);
      }
    }
  }
  return hits;
}
