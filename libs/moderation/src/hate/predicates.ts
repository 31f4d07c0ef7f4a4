import type { Token } from '../lang/tokens';
import { C, HateHit } from './hate-rules';
import { keys, kw } from './word-keys';
import { sentenceStarts } from './sentences';

// Predicates that demean a group without a hostile word of their own (issue 7, session 10), each a grammar form
// with the group as its subject, written from our own news-comment sentences:
// - the group makes things worse: "Muslims make the world a worse place", "Biharis turn every city into a slum";
// - the group denied a place among respected roles: "Gay people shouldn't be teachers", "Women must never be
//   judges" (not "Dalits shouldn't ONLY be peons", "… shouldn't be FORCED to be …");
// - the group cannot be improved: "Muslims can't be educated", "Dalits will never be civilised" (the participle
//   ends the clause: not "Dalit girls can't be educated in that village because there is no school");
// - "The only good Kashmiri is a silent one";
// - the group mocked for thinking itself equal: "Biharis think they are equal to us".
// - (session 11) the group's members told apart from nobody: "Northeasterners all look the same", "Deep down all
//   Muslims are the same" (not "Hindus and Muslims are the same", two groups said alike);
// - too many of the group: "There are too many Biharis in this city" (the clause ends there: not "too many women in
//   this country face violence");
// - the group denied children: "Disabled people should not have children";
// - the group with nothing to give: "Trans people have nothing to offer", "… nothing to contribute to society".
// - the group kept apart: "Dalits should stay in their own colonies", "Muslims must live in their own areas".
// - the group denied a good role: "Gay couples don't make good parents", "Women never make good leaders".
// - the group put below an animal: "Dogs are better than Muslims", "Even cockroaches have more value than Dalits",
//   "I'd take a stray dog over a Bihari any day" (not how the group is treated: "Even dogs are treated better
//   than Dalits in this village" is a complaint, nor "Cows get more protection than Muslims here").
// Not when the sentence reports, quotes or rejects the view.

const SAID = /["“”]|\b(?:says?|said|saying|claims?|claimed|claiming|calls?|called|calling|myths?|stereotypes?|wrong|false|lies?|untrue|nonsense|not true|bigot\w*|racis[mt]\w*|casteis[mt]\w*|sexis[mt]\w*|misogyn\w*|homophob\w*|transphob\w*|hateful|shameful|told|asked|accused|alleged\w*|according|survey|study|studies|report(?:s|ed)?)\b/;
const SUBJ_FILL = keys('are is were was will would should must could can just all really truly always only still simply also even basically literally honestly');
const OBJ_BEFORE = keys('of by against for towards toward to with');
const MAKE = keys('make makes made making turn turns turned');
const WORSE = keys('worse worst dirtier filthier poorer uglier unsafe dangerous shithole slum slums hell dump ghetto ghettos mess');
const NOT_WORSE = keys('better safer cleaner richer');
const SHOULD_NOT = keys('shouldnt cant mustnt cannot');
const SHOULD = keys('should must can');
const NOT = keys('not never dont doesnt didnt');
const BE = kw('be');
const ROLE = keys('teachers teacher doctors doctor judges judge officers officer priests priest leaders leader ministers minister pilots pilot soldiers soldier police cops engineers engineer ceos ceo managers manager bosses boss mps mlas pm president presidents citizens citizen voters voter lawyers lawyer nurses nurse scientists scientist professors professor principals principal captains captain parents parent mothers fathers');
const ROLE_BLOCK = keys('only just forced made allowed treated');
const IMPROVE = keys('educated civilised civilized reformed taught tamed fixed changed integrated trusted cured saved helped improved uplifted');
const CLAUSE_END_OK = keys('at all ever anyway either period');
const ONLY = kw('only');
const GOOD = kw('good');
const IS_ARE = keys('is are');
const THINK = keys('think thinks believe believes feel feels imagine imagines act acts behave behaves');
const THEY = keys('they theyre');
const ARE = keys('are re');
const EQUAL = keys('equal equals superior');
const US = keys('us we our');
const SAME = kw('same');
const LOOK = keys('look looks seem seem are is all basically just really');
const TOO = kw('too');
const MANY = kw('many');
const HERE_PLACE = keys('here now anymore nowadays already today these days');
const PLACE_PREP = keys('in into around');
const PLACE_DET = keys('this our my the india indian');
const PLACE_NOUN = keys('country nation city town state area colony neighbourhood neighborhood locality society world place india delhi mumbai bengaluru bangalore kolkata chennai hyderabad street building office school college trains train schools colleges offices jobs');
const HAVE = keys('have has');
const NOT_BE = keys("aren't arent isn't isnt wasn't wasnt weren't werent no nobody none");
const NOTHING = kw('nothing');
const OFFER = keys('offer contribute give add');
const KIDS = keys('children kids babies child kid baby families family');
const HAVE_KIDS = keys('have breed reproduce marry');
const ALLOWED = keys('allowed permitted');
const AND_OR = keys('and or');
const STAY = keys('stay live remain keep stick');
const OWN_PLACE = keys('colonies colony areas area ghettos ghetto localities locality countries country villages village bastis basti mohallas mohalla neighbourhoods neighborhoods states state kind');
const ANIMAL = keys('dog dogs pig pigs rat rats cockroach cockroaches cow cows animal animals monkey monkeys donkey donkeys goat goats insect insects worm worms snake snakes stray strays cattle buffalo buffaloes ape apes rodent rodents vermin');
const ABOVE = keys('better smarter cleaner wiser nicer loyal loyaler honest useful valuable intelligent human civilised civilized value worth');
const THAN = kw('than');
const OVER = kw('over');
const PREFER = keys('take choose prefer pick want');
/** How a group is treated, protected or valued by others: a complaint, not a ranking. */
const TREATED = /\b(?:treat\w*|valued|value[sd]? more|protect\w*|respect(?:ed)?|cared|fed|paid|safer|safe|rights?|sadly|shame\w*|in this country|here|govt|government|state)\b/;
const GOOD_ROLE = keys('good great decent fine competent proper real');
const ROLE_MORE = keys('wives wife husbands husband friends friend neighbours neighbors neighbour neighbor employees employee workers worker citizens citizen drivers driver partners partner');
const TRIGGER = new Set<string>([...MAKE, ...SHOULD_NOT, ...SHOULD, ...IMPROVE, ONLY, ...THINK, SAME, MANY, NOTHING, THAN, OVER]);

export function demeaningPredicates(text: string, tokens: Token[], cls: Uint32Array | number[]): HateHit[] {
  const n = tokens.length;
  const hits: HateHit[] = [];
  if (n < 3) return hits;
  let any = false;
  for (let i = 0; i < n && !any; i++) if (TRIGGER.has(tokens[i].key)) any = true;
  if (!any) return hits;
  const k = (i: number): string => (i >= 0 && i < n ? tokens[i].key : '');
  const group = (i: number): boolean => i >= 0 && i < n && (cls[i] & (C.Identity | C.Slur)) !== 0 && (cls[i] & (C.Institution | C.Anaphora)) === 0 && !(i + 1 < n && (cls[i + 1] & C.Institution) !== 0);
  const starts = sentenceStarts(text, tokens);
  const endsClause = (e: number, b: number): boolean => e + 1 >= b || /[.,!?;:]/.test(text.slice(tokens[e].end, tokens[e + 1].start)) || CLAUSE_END_OK.has(k(e + 1));
  for (let s = 0; s + 1 < starts.length; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    let trig = false;
    for (let m = a; m < b && !trig; m++) if (TRIGGER.has(k(m))) trig = true;
    if (!trig) continue;
    if (SAID.test(text.slice(tokens[a].start, tokens[b - 1].end).toLowerCase())) continue;
    /** The group is the subject of the verb at p: the group word, then only auxiliaries and adverbs. */
    const subject = (p: number): number => {
      let m = p - 1;
      while (m >= a && m > p - 5 && SUBJ_FILL.has(k(m))) m--;
      if (!group(m)) return -1;
      let g = m;
      while (g - 1 >= a && group(g - 1)) g--;
      if (g > a && OBJ_BEFORE.has(k(g - 1))) return -1;
      return g;
    };
    const negBefore = (g: number, p: number): boolean => {
      for (let m = g; m < p; m++) if (NOT.has(k(m)) || SHOULD_NOT.has(k(m))) return true;
      return false;
    };
    for (let p = a; p < b; p++) {
      const w = k(p);
      // "Gay couples don't make good parents", "Women never make good leaders", "Biharis can't make good neighbours".
      if ((w === kw('make') || w === kw('makes')) && GOOD_ROLE.has(k(p + 1)) && (ROLE.has(k(p + 2)) || ROLE_MORE.has(k(p + 2))) && (NOT.has(k(p - 1)) || SHOULD_NOT.has(k(p - 1))) && endsClause(p + 2, b)) {
        let g = subject(p - 1);
        // ("couples", "men": a person noun after the group word)
        if (g < 0 && p - 2 >= a && /^(?:couples?|men|women|people|folks|parents)$/.test(k(p - 2)) && group(p - 3)) g = p - 3;
        if (g >= 0) hits.push({ kind: 'derogation', from: g, to: p + 2, score: 0.85 });
      }
      // "Muslims make the world a worse place"
      if (MAKE.has(w)) {
        const g = subject(p);
        if (g >= 0 && !negBefore(g, p) && !NOT.has(k(p + 1))) {
          for (let m = p + 1; m < b && m <= p + 6; m++) {
            if (NOT_WORSE.has(k(m)) || NOT.has(k(m))) break;
            if (WORSE.has(k(m))) {
              hits.push({ kind: 'derogation', from: g, to: m, score: 0.85 });
              break;
            }
          }
        }
      }
      // "Gay people shouldn't be teachers", "Women should never be judges", "Muslims can't be educated"
      const negModal = SHOULD_NOT.has(w) || (SHOULD.has(w) && NOT.has(k(p + 1)));
      if (negModal) {
        const g = subject(p);
        let q = SHOULD_NOT.has(w) ? p + 1 : p + 2;
        while (q < b && (k(q) === kw('ever') || k(q) === kw('even'))) q++;
        if (g >= 0 && k(q) === BE) {
          let r = q + 1;
          while (r < b && (k(r) === kw('our') || k(r) === kw('the') || k(r) === kw('a') || k(r) === kw('an'))) r++;
          if (ROLE.has(k(r)) && !ROLE_BLOCK.has(k(q + 1)) && !ROLE_BLOCK.has(k(r + 1)) && k(r + 1) !== kw('in') && w !== kw('cant') && w !== kw('cannot') && k(p) !== kw('can')) hits.push({ kind: 'exclusion', from: g, to: r, score: 0.85 });
          if (IMPROVE.has(k(q + 1)) && (w === kw('cant') || w === kw('cannot') || k(p) === kw('can')) && endsClause(q + 1, b)) hits.push({ kind: 'derogation', from: g, to: q + 1, score: 0.85 });
        }
      }
      // "Dalits will never be civilised"
      if (NOT.has(w) && k(p + 1) === BE && IMPROVE.has(k(p + 2)) && endsClause(p + 2, b)) {
        const g = subject(p);
        if (g >= 0 && p - g <= 3 && (k(p - 1) === kw('will') || k(p - 1) === kw('can'))) hits.push({ kind: 'derogation', from: g, to: p + 2, score: 0.85 });
      }
      // "The only good Kashmiri is a silent one"
      if (w === ONLY && k(p + 1) === GOOD && group(p + 2)) {
        let e = p + 2;
        while (group(e + 1)) e++;
        if (IS_ARE.has(k(e + 1))) hits.push({ kind: 'derogation', from: p, to: e + 1, score: 0.85 });
      }
      // "Northeasterners all look the same", "Deep down all Muslims are the same": the clause ends on "the same".
      if (w === SAME && k(p - 1) === kw('the') && endsClause(p, b)) {
        let q = p - 2;
        while (q >= a && q > p - 6 && LOOK.has(k(q))) q--;
        if (q < p - 2 && group(q)) {
          let g = q;
          while (g - 1 >= a && group(g - 1)) g--;
          // (two groups said alike, or the group the object of something: no verdict on the group)
          let other = false;
          for (let m = a; m < g; m++) if (group(m) || AND_OR.has(k(m)) || OBJ_BEFORE.has(k(m))) other = true;
          if (!other && !negBefore(g, p)) hits.push({ kind: 'derogation', from: g, to: p, score: 0.85 });
        }
      }
      // "There are too many Biharis in this city", "Too many Muslims here": the clause ends there.
      if (w === MANY && k(p - 1) === TOO && group(p + 1)) {
        let e = p + 1;
        while (group(e + 1)) e++;
        // then where and when: "here", "now", "already", "in this city", "in Jammu" (a capitalised name)
        let q = e + 1;
        for (let steps = 0; q > 0 && q < b && steps < 3; steps++) {
          if (HERE_PLACE.has(k(q))) q++;
          else if (PLACE_PREP.has(k(q)) && !(k(q) === kw('around') && HERE_PLACE.has(k(q + 1)))) {
            q++;
            while (q < b && PLACE_DET.has(k(q))) q++;
            if (PLACE_NOUN.has(k(q)) || (q < b && /^[A-Z][a-z]/.test(text.slice(tokens[q].start, tokens[q].end)))) q++;
            else q = -1;
          } else if (k(q) === kw('around')) q++;
          else break;
        }
        let neg = false;
        for (let m = a; m < p - 1; m++) if (NOT.has(k(m)) || SHOULD_NOT.has(k(m)) || NOT_BE.has(k(m))) neg = true;
        if (q > 0 && !neg && (q >= b || endsClause(q - 1, b))) hits.push({ kind: 'exclusion', from: p - 1, to: q - 1, score: 0.85 });
      }
      // "Disabled people should not have children", "Dalits should never be allowed to have kids".
      if (negModal) {
        const g = subject(p);
        let q = SHOULD_NOT.has(w) ? p + 1 : p + 2;
        while (q < b && (k(q) === kw('ever') || k(q) === kw('even'))) q++;
        if (k(q) === BE && ALLOWED.has(k(q + 1)) && k(q + 2) === kw('to')) q += 3;
        if (g >= 0 && HAVE_KIDS.has(k(q)) && (k(q) !== kw('have') || KIDS.has(k(q + 1))) && w !== kw('cant') && w !== kw('cannot') && k(p) !== kw('can')) {
          const e = k(q) === kw('have') ? q + 1 : q;
          if (endsClause(e, b)) hits.push({ kind: 'exclusion', from: g, to: e, score: 0.85 });
        }
      }
      // "Trans people have nothing to offer", "Biharis have nothing to contribute to society".
      if (w === NOTHING && HAVE.has(k(p - 1)) && k(p + 1) === kw('to') && OFFER.has(k(p + 2))) {
        const g = subject(p - 1);
        let e = p + 2;
        if (k(e + 1) === kw('to') || k(e + 1) === kw('this') || k(e + 1) === kw('the')) {
          let q = e + 1;
          while (q < b && (k(q) === kw('to') || PLACE_DET.has(k(q)))) q++;
          if (PLACE_NOUN.has(k(q))) e = q;
        }
        if (g >= 0 && endsClause(e, b)) hits.push({ kind: 'derogation', from: g, to: e, score: 0.85 });
      }
      // "Dalits should stay in their own colonies", "Muslims must live in their own areas" (the clause ends there).
      if (SHOULD.has(w) && w !== kw('can') && STAY.has(k(p + 1)) && (k(p + 2) === kw('in') || k(p + 2) === kw('to') || k(p + 2) === kw('with')) && k(p + 3) === kw('their') && k(p + 4) === kw('own') && OWN_PLACE.has(k(p + 5)) && endsClause(p + 5, b)) {
        const g = subject(p);
        if (g >= 0) hits.push({ kind: 'exclusion', from: g, to: p + 5, score: 0.85 });
      }
      // "Dogs are better than Muslims", "Even cockroaches have more value than Dalits": an animal before "than", the
      // group right after it, the ranking word between them.
      const gp = k(p + 1) === kw('a') || k(p + 1) === kw('an') || k(p + 1) === kw('any') || k(p + 1) === kw('all') ? p + 2 : p + 1;
      if ((w === THAN || w === OVER) && group(gp) && !TREATED.test(text.slice(tokens[a].start, tokens[b - 1].end).toLowerCase())) {
        let animal = -1;
        let above = false;
        for (let m = p - 1; m >= a && m >= p - 7; m--) {
          if (ABOVE.has(k(m)) || (w === THAN && k(m) === kw('more') && m === p - 1)) above = true;
          if (ANIMAL.has(k(m))) {
            animal = m;
            break;
          }
          if (NOT.has(k(m)) || SHOULD_NOT.has(k(m)) || group(m)) break;
        }
        let prefer = false;
        if (w === OVER && animal >= 0) for (let m = animal - 1; m >= a && m >= animal - 4; m--) if (PREFER.has(k(m))) prefer = true;
        let neg = false;
        for (let m = a; m < p; m++) if (NOT.has(k(m)) || SHOULD_NOT.has(k(m))) neg = true;
        if (animal >= 0 && !neg && ((w === THAN && above) || prefer)) {
          let e = gp;
          while (group(e + 1)) e++;
          hits.push({ kind: 'dehumanising', from: animal, to: e, score: 0.85 });
        }
      }
      // "Biharis think they are equal to us"
      if (THINK.has(w) && THEY.has(k(p + 1))) {
        const g = subject(p);
        let q = p + 2;
        if (ARE.has(k(q))) q++;
        if (g >= 0 && !negBefore(g, p) && EQUAL.has(k(q)) && (US.has(k(q + 2)) || US.has(k(q + 1)))) hits.push({ kind: 'derogation', from: g, to: q, score: 0.85 });
      }
    }
  }
  return hits;
}
