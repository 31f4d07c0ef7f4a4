import type { Token } from '../lang/tokens';
import { C, HateHit, key } from './hate-rules';

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

const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(key));
const KW = new Map<string, string>();
function kw(word: string): string {
  let k = KW.get(word);
  if (k === undefined) KW.set(word, (k = key(word)));
  return k;
}

const WORD_NEG = keys('not no never nobody noone none dont doesnt didnt cannot cant shouldnt wont wouldnt isnt arent aint nahi mat');
/** The sentence tells of the view, judges it or answers it: news, counter-speech. */
const SAID = /\b(?:says?|said|saying|claims?|claimed|claiming|called|calling|believes?|myths?|stereotypes?|wrong|false|lies?|untrue|nonsense|not true|bigot\w*|racis[mt]\w*|casteis[mt]\w*|sexis[mt]\w*|misogyn\w*|homophob\w*|transphob\w*|hateful|hate speech|told|tells|asked|accused|alleged\w*|report(?:s|ed)?|according|police|booked|arrested|court|survey|study|studies|data|found|finds|shows|slogans?|posters?|tweets?|tweeted|wrote|writes|condemn\w*|shame\w*|disgrace\w*|outrage\w*|offensive|unacceptable|stop|used to|anymore)\b/;
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

export function implicitDerogation(text: string, tokens: Token[], cls: Uint32Array | number[]): HateHit[] {
  const n = tokens.length;
  const hits: HateHit[] = [];
  if (n < 2) return hits;
  const k = (i: number): string => (i >= 0 && i < n ? tokens[i].key : '');
  const inst = (i: number): boolean => i >= 0 && i < n && (cls[i] & C.Institution) !== 0;
  const group = (i: number): boolean => i >= 0 && i < n && (cls[i] & (C.Identity | C.Slur)) !== 0 && (cls[i] & (C.Institution | C.Anaphora)) === 0 && !inst(i + 1) && !inst(i + 2);
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
  const starts: number[] = [0];
  for (let i = 1; i < n; i++) if (/[.!?।\n;]/.test(text.slice(tokens[i - 1].end, tokens[i].start))) starts.push(i);
  starts.push(n);
  for (let s = 0; s + 1 < starts.length; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    const sentence = text.slice(tokens[a].start, tokens[b - 1].end);
    const lower = sentence.toLowerCase();
    if (/["“”]/.test(sentence) || SAID.test(lower)) continue;
    // a word that rejects what is said ("wrong", "disgrace", "condemn"), unless it is itself an insult
    let rejected = false;
    for (let m = a; m < b; m++) if ((cls[m] & C.Rejection) !== 0 && (cls[m] & (C.NegAttr | C.Dehum | C.Negation)) === 0 && k(m) !== kw('enough')) rejected = true;
    if (rejected) continue;
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
    const add = (from: number, to: number): void => {
      hits.push({ from, to, kind: 'derogation', score: 0.85 });
    };
    for (let p = a; p < b; p++) {
      const kp = k(p);
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
        let g = -1;
        let call = false;
        for (let m = p - 1; m >= Math.max(a, p - 5); m--) {
          if (STRONG_MODAL.has(k(m)) || k(m) === kw('best') || k(m) === kw('better')) call = true;
          if (who(m)) {
            g = m;
            break;
          }
        }
        if (g >= 0 && call && !negBefore(p) && !question) add(g, p + 1);
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
      // 14. "Women belong behind bars".
      if (BELONG.has(kp) && BEHIND.has(k(p + 1)) && BARS.has(k(p + 2))) {
        const g = subject(p);
        if (g >= 0 && !negBefore(p)) add(g, p + 2);
      }
    }
  }
  return hits;
}
