import type { Token } from '../lang/tokens';
import { C, HateHit } from './hate-rules';
import { keys, kw } from './word-keys';
import { sentenceStarts } from './sentences';

// Clean frames (issue 7, session 10): sentences where a group word sits next to words the hate rules read as an
// attack on it, but the group is not what the sentence attacks. Run over the hits of every English rule family
// (hate-rules.ts, calls.ts, implicit.ts) and drops those whose group is:
// - the object of someone who harms it or of an act against it: "The KILLERS OF Muslims should be in jail",
//   "The world would be better without HATE AGAINST Muslims", "the NEWS ABOUT Muslims";
// - told to leave something that is no place: "Muslims should leave THE DECISION to the court", "Women should
//   leave EARLY if the metro is crowded" (not "Muslims should leave this country", "… should leave now");
// - in what the author would rather die than see happen TO it or BETWEEN groups: "I'd rather die than see Muslims
//   and Hindus FIGHT again", "… than let anyone HARM my Muslim neighbours" (not "… than live next to Muslims");
// - shut out by others in a sentence that names the wrong: "Nobody would hire a Dalit in that village, which is why
//   the LAW matters";
// - called names by someone the sentence judges: "Anyone who CALLS Biharis parasites is a BIGOT";
// - "not capable of BEING SILENCED", "grateful TO THE volunteers".

/** Someone who harms the group, or an act against it: the group after "of / against / on / towards" is its object. */
const AGENT_OR_ACT = keys(
  'killers killer murderers murderer attackers attacker lynchers lyncher rapists rapist abusers abuser harassers harasser oppressors oppressor persecutors persecutor tormentors tormentor assailants assailant perpetrators perpetrator enemies enemy haters hater butchers exploiters exploiter torturers assaulters mob mobs goons thugs ' +
    'violence attacks attack crimes crime discrimination bias prejudice bigotry racism cruelty injustice propaganda atrocities atrocity massacre massacres killing killings murder murders lynching lynchings persecution oppression exploitation harassment abuse insults slurs genocide pogrom pogroms riots riot targeting',
);
const AGAINST = keys('against towards toward');
const HATRED = keys('hate hatred');
const OWN = keys('my our i we have has feel feels deep intense pure');
const OBJ_PREP = keys('of against on towards toward upon');
/** What is said or shown about the group: "the news about Muslims", "lies about Dalits". */
const INFO = keys('news article articles report reports story stories lies rumours rumors propaganda posts post videos video claims data reporting coverage film films movie movies book books fake debate debates narrative narratives');
const ABOUT = keys('about regarding on');
/** "leave" + what is no place. */
const LEAVE = keys('leave');
const LEAVE_OBJ = keys('the a an it this that early earlier soon them us him her their his its no room office work politics aside alone everything nothing something some comments decisions decision matters');
const PLACE_NOUN = keys('country countries india nation land state city town village place here area colony mumbai delhi kashmir assam bengal bihar kerala punjab hindustan bharat pakistan bangladesh planet earth world society neighbourhood neighborhood locality street building');
/** "… rather die than see X …": harm done to the group, or a quarrel between groups. */
const RATHER = keys('rather');
const THAN = keys('than');
const HARM_VERB = keys('harm harmed hurt hurting attack attacked attacking insult insulted kill killed killing beat beaten beating lynch lynched abuse abused harass harassed humiliate humiliated mistreat mistreated divide divided separate separated suffer suffering');
const HARMING = keys('attacking attacked attack attacks harassing harassed harass harasses raping raped rape rapes killing killed kill kills beating beat beats abusing abused abuse abuses molesting molested molest lynching lynched lynch targeting targeted target targets assaulting assaulted assault stalking stalked threatening threatened torturing tortured');
const PROUD = keys('proud proudly');
const THINK = keys('think thinks believe believes');
const NEG_DO = keys('dont doesnt didnt');
const SUBJ_ADV = keys('just really even all still also');
const THINK_CLAUSE = keys('they theyre that so it its the we he she this there anyone everyone about of');
const SOMEONE = keys('anyone anybody someone somebody people others they any');
const QUARREL = keys('fight fighting fought clash clashing clashed suffer suffering cry crying die dying starve starving hurt harmed attacked killed lynched beaten riot rioting divided separated lose losing hungry homeless humiliated insulted mistreated fear afraid scared kill killing hate hating quarrel quarrelling quarreling bleed bleeding weep weeping');
const AND = keys('and or');
/** Lament or remedy in the sentence: it reports the exclusion as a wrong. */
const NOBODY = keys('nobody noone');
const NO_ONE = keys('no');
const WRONG_OF_IT = keys('law laws act discrimination discriminate discriminated casteism casteist racism racist sexism sexist prejudice bias sadly unfortunately shame shameful injustice unjust reservation reservations quota quotas protection protections matters sad tragic tragedy untouchability scheme schemes policy');
const CALL = keys('call calls calling called label labels labelling labeling labelled labeled brand brands branding branded term terms');
const CAPABLE = keys('capable able');
const OF = kw('of');
const BEING = keys('being getting');
const GRATEFUL = keys('grateful thankful');
const TO_FOR = keys('to for');
const DET_OTHER = keys('the those these all every');
const FIRST = keys('us we our india this');

const SPEECH_ING = keys('calling saying labelling labeling describing comparing referring branding claiming suggesting implying insisting tweeting posting writing');
const SPEECH = keys('say says said call calls called label labels describe describes compare compares claim claims suggest suggests imply implies');
const TO = kw('to');
const IS = keys('is was');
const WHEN = keys('when whenever if');
const STOP = keys('stop quit avoid dont');
const HATE = kw('hate');
const IT = kw('it');
const NEG = keys('not never no isnt arent wasnt nothing');
const JUDGE = keys('dangerous backward hurtful harmful cruel toxic vile poisonous regressive medieval ignorant hateful disgusting sickening shameful unacceptable deleted removed banned sacked fired arrested punished apologise apologize condemned inexcusable offensive insulting divisive');

export function dropCleanFrames(text: string, tokens: Token[], cls: Uint32Array | number[], hits: HateHit[]): HateHit[] {
  if (hits.length === 0) return hits;
  const n = tokens.length;
  const k = (i: number): string => (i >= 0 && i < n ? tokens[i].key : '');
  const group = (i: number): boolean => i >= 0 && i < n && (cls[i] & (C.Identity | C.Slur)) !== 0 && (cls[i] & C.Anaphora) === 0;
  const starts = sentenceStarts(text, tokens);
  /** The sentence of token i: its first token and the next sentence's. */
  const sentenceOf = (i: number): number => {
    let s = 0;
    while (starts[s + 1] <= i) s++;
    return s;
  };
  /** The group is the object of a harmer, an act against it, or of news about it. */
  const objectOf = (g: number): boolean => {
    let s = g;
    while (group(s - 1)) s--;
    if (OBJ_PREP.has(k(s - 1)) && AGENT_OR_ACT.has(k(s - 2))) return true;
    // "better without hate against Muslims", not the author's own: "My hatred of Muslims", "I have a deep hatred of …"
    if (AGAINST.has(k(s - 1)) && HATRED.has(k(s - 2))) {
      for (let m = s - 3; m >= 0 && m >= s - 5; m--) if (OWN.has(k(m))) return false;
      return true;
    }
    // "my Muslim neighbours" etc. do not hide the preposition
    if (ABOUT.has(k(s - 1)) && INFO.has(k(s - 2))) return true;
    return false;
  };
  const neg = (m: number): boolean => NEG.has(k(m - 1)) || NEG.has(k(m - 2));
  /**
   * The group's insult is what somebody says, and the sentence judges the saying: "Labelling all Muslims as jihadis is
   * dangerous", "To say that women belong in the kitchen is backward", "I hate it when people say Muslims are
   * terrorists", "Your tweet calling women whores should be deleted", "Quit calling women stupid". The judgement
   * stands outside the insult and is not negated ("Calling Muslims terrorists is not wrong" stays held).
   */
  const reported = (g: number, a: number, b: number, h: HateHit): boolean => {
    let v = -1;
    for (let m = g - 1; m >= a && m >= g - 6; m--) {
      const w = k(m);
      if (SPEECH_ING.has(w) || (SPEECH.has(w) && (k(m - 1) === TO || (m - 2 >= a && WHEN.has(k(m - 2))) || (m - 3 >= a && WHEN.has(k(m - 3)))))) {
        v = m;
        break;
      }
    }
    if (v < 0) return false;
    if (SPEECH_ING.has(k(v)) && STOP.has(k(v - 1))) return true;
    const end = Math.max(h.to, g);
    for (let m = a; m <= b; m++) {
      // inside the insult only as "… IS dangerous" after a sentence that opens with the saying ("Labelling all Muslims
      // as jihadis is dangerous"), not "Saying Muslims ARE dangerous"
      if (m >= v && m <= end && !(IS.has(k(m - 1)) && (v === a || (v === a + 1 && k(a) === TO)))) continue;
      const judge = JUDGE.has(k(m)) || ((cls[m] & C.Rejection) !== 0 && (cls[m] & (C.NegAttr | C.Dehum)) === 0) || (k(m) === HATE && k(m + 1) === IT);
      if (judge && !neg(m)) return true;
    }
    return false;
  };
  const keep = (h: HateHit): boolean => {
    const groups: number[] = [];
    for (let i = Math.max(0, h.from); i <= Math.min(n - 1, h.to); i++) if (group(i)) groups.push(i);
    // "They keep attacking women. Those animals must be jailed": the pronoun names who harms the group before it
    if (groups.length === 0) {
      let g = Math.max(0, h.from) - 1;
      while (g >= 0 && !group(g)) g--;
      if (g >= 0 && HARMING.has(k(g - 1))) return false;
    }
    // "She's a proud dyke and activist": a slur worn with pride is reclaimed, whoever says it
    if (h.kind === 'slur' && (PROUD.has(k(h.from - 1)) || PROUD.has(k(h.from - 2)))) return false;
    // every group word in the hit is the object of a harmer, an act or a report
    if (groups.length > 0 && groups.every(objectOf)) return false;
    const a = starts[sentenceOf(Math.max(0, h.from))];
    const b = starts[sentenceOf(Math.min(n - 1, h.to)) + 1] - 1;
    for (let p = Math.max(0, h.from - 1); p <= Math.min(n - 1, h.to + 1); p++) {
      // "Muslims should leave the decision to the court"
      if (LEAVE.has(k(p)) && LEAVE_OBJ.has(k(p + 1)) && groups.some((g) => g < p)) {
        let place = false;
        for (let m = p + 1; m <= Math.min(b, p + 4); m++) if (PLACE_NOUN.has(k(m)) || (cls[m] & C.Place) !== 0) place = true;
        if (!place) return false;
      }
    }
    // "I'd rather die than see Muslims and Hindus fight again", "… than let anyone harm my Muslim neighbours"
    for (let p = a; p <= b; p++) {
      if (!RATHER.has(k(p))) continue;
      let t = p + 1;
      while (t <= b && !THAN.has(k(t))) t++;
      if (t > b) break;
      let g = t + 1;
      while (g <= b && !group(g)) g++;
      if (g > b) break;
      for (let m = t + 1; m < g; m++) if (HARM_VERB.has(k(m)) || (SOMEONE.has(k(m)) && HARM_VERB.has(k(m + 1)))) return false;
      let e = g;
      while (e + 1 <= b && (group(e + 1) || (cls[e + 1] & C.Identity) !== 0)) e++;
      if (AND.has(k(e + 1)) && group(e + 2)) {
        e += 2;
        while (e + 1 <= b && group(e + 1)) e++;
      }
      if (QUARREL.has(k(e + 1)) || (AND.has(k(e + 1)) && QUARREL.has(k(e + 2)))) return false;
    }
    // "Nobody would hire a Dalit in that village, which is why the law matters"
    const first = k(h.from);
    if (NOBODY.has(first) || (NO_ONE.has(first) && k(h.from + 1) === kw('one'))) {
      for (let m = a; m <= b; m++) if (WRONG_OF_IT.has(k(m))) return false;
    }
    for (const g of groups) {
      // "Anyone who calls Biharis parasites is a bigot"
      if (CALL.has(k(g - 1)) || CALL.has(k(g - 2))) {
        for (let m = a; m <= b; m++) if ((cls[m] & C.Rejection) !== 0 && (cls[m] & (C.NegAttr | C.Dehum)) === 0) return false;
      }
    }
    if (groups.length > 0 && reported(groups[0], a, b, h)) return false;
    // "Women don't think they are equal to us, they know they are better": "think" opens a clause, it is no want of thought
    for (let m = a + 1; m <= Math.min(b, h.to); m++) {
      if (!THINK.has(k(m)) || !NEG_DO.has(k(m - 1)) || !THINK_CLAUSE.has(k(m + 1)) || /[.,!?;:]/.test(text.slice(tokens[m].end, tokens[m + 1].start))) continue;
      let g = m - 2;
      while (g >= a && SUBJ_ADV.has(k(g))) g--;
      if (group(g)) return false;
    }
    for (let p = Math.max(a, h.from); p <= b; p++) {
      // "not capable of being silenced"
      if (CAPABLE.has(k(p)) && k(p + 1) === OF && BEING.has(k(p + 2)) && /(?:ed|en|wn)$/.test(k(p + 3))) return false;
      // "should be grateful to the volunteers who helped them"
      if (GRATEFUL.has(k(p)) && TO_FOR.has(k(p + 1)) && DET_OTHER.has(k(p + 2)) && !FIRST.has(k(p + 3)) && !PLACE_NOUN.has(k(p + 3))) return false;
    }
    return true;
  };
  return hits.filter(keep);
}
