import type { Token } from '../lang/tokens';
import { C, HateHit } from './hate-rules';
import { keys, kw } from './word-keys';

// Calls against a community that the English grammar (hate-rules.ts) does not read, because the group
// is no subject and no plain object of a hostile verb (issue 7, session 8):
// - boycott and exclusion told to the reader: "Don't rent your flat to Muslims", "Never buy from a Muslim
//   shop", "Hire only Hindus", "Boycott all Muslim shops", "An economic boycott of Muslims is the only answer";
// - "teach X a lesson" ("Time to teach these Christians a lesson", "Muslims must be taught a lesson");
// - a call to arms that names a group ("Wake up Hindus, pick up weapons");
// - "I have never met a Bihari who was honest" (a good quality denied to every member).
// Not when the sentence reports it (`said`, `told`, `police`, `booked`…), quotes it, asks it, rejects it or
// negates the call ("Nobody should boycott Muslims"), nor when the group word names a thing
// ("Boycott Chinese products").


const NEG_IMP = keys('dont never');
const TRADE = keys('rent sell buy hire employ marry trade shop deal give vote let lease purchase eat');
const TRADE_FILL = keys('to from with for at in your our any a an the anything things house houses home homes flat flats land property room rooms shop shops jobs job work business daughter daughters daughter son sons ever even single one of their food vegetables fruit goods stuff');
/** What a group adjective may name in a boycott: their trade and their homes, not a state's products. */
const SHOP = keys('shop shops shopkeeper shopkeepers vendor vendors vendor business businesses traders trader sellers seller hawkers hawker landlord landlords tenants tenant store stores stall stalls dhaba dhabas restaurant restaurants eatery eateries brands brand butchers butcher workers worker labourers labour staff maids maid drivers driver tailor tailors barbers barber doctors doctor lawyers');
const ALLWORD = keys('all every any these those the');
const ONLY = keys('only');
const BOYCOTT = keys('boycott boycotts boycotting bahishkar');
const NOUN_BOYCOTT_OK = keys('answer solution needed necessary must need should only way time now today karo kijiye kare');
const LESSON = keys('lesson lessons');
const TEACH = keys('teach taught teaching');
const ARMS_VERB = keys('pick take');
const ARMS = keys('weapons weapon arms swords sword guns gun trishuls trishul lathis lathi knives knife');
const ARM_SELF = keys('arm');
const YOURSELVES = keys('yourselves yourself');
const HI_WEAPONS = keys('hathiyar hathiyaar talwar talwaren trishul lathi lathiyan');
const HI_RAISE = keys('uthao utha uthana uthaao');
/** Women-only hiring or booking ("Hire only women drivers") is a preference, not a community shut out. */
const WOMEN = keys('women woman girls girl ladies lady females female mahila mahilaon');
/** A real lesson ("a lesson IN English", "a lesson ON the field"). */
const LESSON_OF = keys('in on about of for from');
/** Weapons for defence or sport: "women should pick up weapons training for self-defence". */
const ARMS_OK = /\b(?:training|self[- ]?defen[cs]e|defen[cs]e|licen[cs]e|sport|shooting range|olympics?)\b/;
/** Blame: "Biharis are the reason this city is dirty", "wherever Muslims go, there is trouble". */
const REASON = keys('reason reasons cause causes root source');
const TROUBLE = keys('trouble troubles problem problems crime crimes riots riot dirt filth garbage disease diseases terror terrorism violence rapes rape unemployment chaos poverty pollution mess fights drugs');
const WHEREVER = keys('wherever jahan jahaan');
const BRING = keys('bring brings cause causes create creates spread spreads');
const BRING_FILL = keys('always only just nothing but all sorts of kinds kind more');
const COME = keys('come came comes');
const FROM = keys('from');
const NICER = keys('better nicer safer cleaner happier greater');
const FEWER = keys('fewer less no');
const REGRET_BORN = keys('pity shame shameful sad tragedy unfortunate');
const FEELING = keys('respect sympathy regard love tolerance patience');
const MET = keys('met seen known');
const WHO = keys('who that');
const WAS = keys('was is were are');
const CALL_MODAL = keys('should must need needs have has lets let time will gotta please to');
const WORD_NEG = keys('not no never nobody noone none dont doesnt didnt cannot cant shouldnt wont wouldnt isnt arent nahi mat');
/** The sentence tells of the call, asks about it or rejects it: news, a question, counter-speech. */
const REPORTED = /\b(?:says?|said|saying|told|tells|asked|asks|urged|urging|claims?|claimed|called|calling|calls|allegedly|alleged|police|booked|arrested|fir|case|court|video|viral|report(?:s|ed)?|according|accused|slogans?|chant(?:s|ed|ing)?|posters?|leaflets?|sign|message|wrong|shame\w*|illegal|hate|hateful|bigot\w*|communal|condemn\w*|against the law|discriminat\w*|unconstitutional|criminal|crime|oppose[sd]?|refused|refuses|denied|denies|survey|study)\b/;
/** Somebody else's words, or words judged: "the myth that wherever Muslims go, there is crime". */
const SAID = /\b(?:says?|said|saying|claims?|claimed|claiming|called|calling|believes?|think|thinks|myths?|stereotypes?|wrong|false|lies?|untrue|nonsense|not true|bigot\w*|racist|casteist|hateful)\b/;
/** Told of as past: "Landlords would say: never rent to Muslims. That was the rule." */
const PAST = /\b(?:was|were|used to|had|would)\b/;

export function communityCalls(text: string, tokens: Token[], cls: Uint32Array | number[]): HateHit[] {
  const n = tokens.length;
  const hits: HateHit[] = [];
  if (n < 2) return hits;
  const k = (i: number): string => (i >= 0 && i < n ? tokens[i].key : '');
  const group = (i: number): boolean => i >= 0 && i < n && (cls[i] & C.Identity) !== 0 && (cls[i] & C.Institution) === 0 && (cls[i] & C.Anaphora) === 0;
  const inst = (i: number): boolean => i >= 0 && i < n && (cls[i] & C.Institution) !== 0;
  let anyGroup = -1;
  for (let i = 0; i < n && anyGroup < 0; i++) if (group(i)) anyGroup = i;
  if (anyGroup < 0) return hits;
  // Sentences: [start, end) token ranges.
  const starts: number[] = [0];
  for (let i = 1; i < n; i++) if (/[.!?।\n;:]/.test(text.slice(tokens[i - 1].end, tokens[i].start))) starts.push(i);
  starts.push(n);
  for (let s = 0; s + 1 < starts.length; s++) {
    const a = starts[s];
    const b = starts[s + 1];
    const sentence = text.slice(tokens[a].start, tokens[b - 1].end + 1);
    const after = text.slice(tokens[b - 1].end, tokens[b - 1].end + 2);
    const lower = sentence.toLowerCase();
    if (/["“”?]/.test(sentence) || after.includes('?') || SAID.test(lower)) continue;
    // Calls (1–5) are also not made in a report or a past; statements (6–10) only need to be the author's own.
    const reported = REPORTED.test(lower);
    const past = reported || PAST.test(lower);
    // A group named as an adjective counts only before its trade ("a Muslim shop"), not a state's goods.
    const groupAt = (i: number): boolean => group(i) && !inst(i + 1) && !inst(i + 2);
    const shopAfter = (g: number): number => (SHOP.has(k(g + 1)) ? g + 1 : g);
    // Where an imperative may start: the sentence start, after an address ("Hindus, …", "Friends, …") or `so`, `please`, `and`.
    const imperativeAt = (p: number): boolean => {
      if (p === a) return true;
      const prev = k(p - 1);
      if (prev === kw('so') || prev === kw('please') || prev === kw('and') || prev === kw('just') || prev === kw('also')) return p - 1 === a || imperativeAt(p - 1);
      // after a comma that closes an address of a few words
      const gap = text.slice(tokens[p - 1].end, tokens[p].start);
      return gap.includes(',') && p - a <= 4;
    };
    for (let p = a; p < b; p++) {
      // 1. "Don't rent your flat to Muslims", "Never buy from a Muslim shop", "Do not sell land to Christians".
      let neg = -1;
      if (NEG_IMP.has(k(p))) neg = p;
      else if (k(p) === kw('do') && k(p + 1) === kw('not')) neg = p + 1;
      if (neg >= 0 && !past && imperativeAt(p)) {
        for (let v = neg + 1; v < Math.min(b, neg + 4); v++) {
          if (!TRADE.has(k(v))) continue;
          let g = v + 1;
          while (g < b && g <= v + 6 && TRADE_FILL.has(k(g)) && !groupAt(g)) g++;
          if (groupAt(g)) {
            hits.push({ from: p, to: shopAfter(g), kind: 'exclusion', score: 0.85 });
            break;
          }
        }
      }
      // 2. "Hire only Hindus", "Buy only from Hindu shops": everyone else shut out.
      if (TRADE.has(k(p)) && !past && imperativeAt(p)) {
        let g = p + 1;
        let only = false;
        while (g < b && g <= p + 4 && (TRADE_FILL.has(k(g)) || ONLY.has(k(g))) && !groupAt(g)) {
          if (ONLY.has(k(g))) only = true;
          g++;
        }
        if (only && groupAt(g) && !WOMEN.has(k(g))) hits.push({ from: p, to: shopAfter(g), kind: 'exclusion', score: 0.85 });
      }
      // 3. "Boycott all Muslim shops", "Boycott Muslims", "we must boycott Dalit traders"; the noun:
      // "An economic boycott of Muslims is the only answer".
      if (BOYCOTT.has(k(p)) && !past) {
        let g = p + 1;
        if (k(g) === kw('of')) g++;
        while (g < b && g <= p + 3 && ALLWORD.has(k(g))) g++;
        if (groupAt(g) && (group(g + 1) || !/^[a-z]/.test(k(g + 1)) || SHOP.has(k(g + 1)) || g + 1 >= b || (cls[g + 1] & C.Identity) !== 0 || k(g + 1) === kw('and') || k(g + 1) === kw('is') || k(g + 1) === kw('now') || k(g + 1) === kw('ka') || k(g + 1) === kw('ki') || k(g + 1) === kw('in') || k(g + 1) === kw('from'))) {
          let called = imperativeAt(p) && k(p + 1) !== kw('of');
          for (let m = Math.max(a, p - 3); m < p; m++) if (CALL_MODAL.has(k(m)) || (cls[m] & C.Modal) !== 0) called = true;
          for (let m = p + 1; m < b; m++) if (NOUN_BOYCOTT_OK.has(k(m))) called = true;
          let negated = false;
          for (let m = a; m < p; m++) if (WORD_NEG.has(k(m))) negated = true;
          if (called && !negated) hits.push({ from: p, to: shopAfter(g), kind: 'exclusion', score: 0.85 });
        }
      }
      // 4. "Time to teach these Christians a lesson", "Muslims must be taught a lesson".
      if (TEACH.has(k(p)) && !past) {
        let l = -1;
        for (let m = p + 1; m < Math.min(b, p + 7); m++) if (LESSON.has(k(m))) l = m;
        if (l >= 0 && !LESSON_OF.has(k(l + 1))) {
          let g = -1;
          for (let m = p + 1; m < l; m++) if (groupAt(m) || ((cls[m] & C.Anaphora) !== 0 && anyGroup < p)) g = m;
          let neg = false;
          for (let m = Math.max(a, p - 4); m < p; m++) if (WORD_NEG.has(k(m))) neg = true;
          if (k(p) === kw('taught')) {
            // passive: the group before, a modal between ("X must be taught a lesson")
            let modal = false;
            for (let m = Math.max(a, p - 4); m < p; m++) {
              if (groupAt(m) || ((cls[m] & C.Anaphora) !== 0 && anyGroup < m)) g = m;
              if (CALL_MODAL.has(k(m)) && k(m) !== kw('to')) modal = true;
            }
            if (g >= 0 && modal && !neg) hits.push({ from: g, to: l, kind: 'violence', score: 0.9 });
          } else if (g >= 0 && !neg) {
            let called = imperativeAt(p);
            for (let m = Math.max(a, p - 3); m < p; m++) if (CALL_MODAL.has(k(m)) || (cls[m] & C.Modal) !== 0) called = true;
            if (called) hits.push({ from: p, to: l, kind: 'violence', score: 0.9 });
          }
        }
      }
      // 5. "Wake up Hindus, pick up weapons", "Sikhs, take up arms", "arm yourselves".
      const arms = ARMS_VERB.has(k(p)) && k(p + 1) === kw('up') && ARMS.has(k(p + 2)) ? p + 2 : -1;
      const armSelf = ARM_SELF.has(k(p)) && YOURSELVES.has(k(p + 1)) ? p + 1 : -1;
      // (Hinglish the language tag took for English: "Hinduon jaago, hathiyar uthao".)
      const hiArms = HI_WEAPONS.has(k(p)) && HI_RAISE.has(k(p + 1)) ? p + 1 : -1;
      const at = arms >= 0 ? arms : armSelf >= 0 ? armSelf : hiArms;
      if (at >= 0 && !past && !ARMS_OK.test(lower)) {
        let neg = false;
        for (let m = Math.max(a, p - 4); m < p; m++) if (WORD_NEG.has(k(m))) neg = true;
        // the group addressed or named in this sentence or the one before
        const from = s > 0 ? starts[s - 1] : a;
        let g = -1;
        for (let m = from; m < b; m++) if (group(m)) g = m;
        if (g >= 0 && !neg) hits.push({ from: Math.min(g, p), to: Math.max(g, at), kind: 'violence', score: 0.9 });
      }
      // 7. "Biharis are the reason this city is dirty", "Muslims are the cause of all the crime", "wherever
      // Muslims go, there is trouble".
      if (groupAt(p) && ((k(p + 1) === kw('are') && (REASON.has(k(p + 2)) || (k(p + 2) === kw('the') && REASON.has(k(p + 3))))) || (p > a && WHEREVER.has(k(p - 1))))) {
        let bad = -1;
        for (let m = p + 2; m < Math.min(b, p + 10); m++) if (TROUBLE.has(k(m)) || (cls[m] & (C.NegAttr | C.Dehum)) !== 0) bad = m;
        let neg = false;
        for (let m = Math.max(a, p - 3); m < (bad >= 0 ? bad : p); m++) if (WORD_NEG.has(k(m))) neg = true;
        if (bad >= 0 && !neg) hits.push({ from: WHEREVER.has(k(p - 1)) ? p - 1 : p, to: bad, kind: 'derogation', score: 0.85 });
      }
      // 7b. "Muslims always bring trouble wherever they go", "immigrants spread disease".
      if (groupAt(p) && p + 2 < b) {
        let v = p + 1;
        while (v < b && v <= p + 2 && BRING_FILL.has(k(v))) v++;
        if (BRING.has(k(v))) {
          let t = v + 1;
          while (t < b && t <= v + 4 && BRING_FILL.has(k(t))) t++;
          let neg = false;
          for (let m = Math.max(a, p - 3); m < v; m++) if (WORD_NEG.has(k(m))) neg = true;
          if (TROUBLE.has(k(t)) && !neg) hits.push({ from: p, to: t, kind: 'derogation', score: 0.85 });
        }
      }
      // 8. "Nothing good has ever come from Muslims".
      if (k(p) === kw('nothing') && k(p + 1) === kw('good')) {
        let c = p + 2;
        while (c < b && c <= p + 5 && !COME.has(k(c))) c++;
        let g = c + 1;
        if (FROM.has(k(g))) g++;
        else if (k(g) === kw('out') && k(g + 1) === kw('of')) g += 2;
        else g = -1;
        if (g > 0 && (k(g) === kw('the') || k(g) === kw('any'))) g++;
        if (g > 0 && COME.has(k(c)) && groupAt(g)) hits.push({ from: p, to: g, kind: 'derogation', score: 0.85 });
      }
      // 9. "The world would be a nicer place with fewer immigrants".
      if (NICER.has(k(p))) {
        for (let m = p + 1; m < Math.min(b, p + 5); m++) {
          if (k(m) !== kw('with') || !FEWER.has(k(m + 1))) continue;
          if (groupAt(m + 2)) hits.push({ from: p, to: m + 2, kind: 'derogation', score: 0.85 });
          break;
        }
      }
      // 10. "It's a pity women were ever born".
      if (REGRET_BORN.has(k(p))) {
        for (let g = p + 1; g < Math.min(b, p + 4); g++) {
          if (!groupAt(g)) continue;
          let e = g + 1;
          while (e < b && group(e)) e++;
          if ((k(e) === kw('were') || k(e) === kw('was')) && (k(e + 1) === kw('born') || (k(e + 1) === kw('ever') && k(e + 2) === kw('born')))) hits.push({ from: p, to: e + 1, kind: 'derogation', score: 0.85 });
          break;
        }
      }
      // 11. "I have zero respect for women", "we have no sympathy for Dalits": the author's own contempt.
      if ((k(p) === kw('zero') || k(p) === kw('no')) && FEELING.has(k(p + 1)) && (k(p + 2) === kw('for') || k(p + 2) === kw('towards')) && groupAt(p + 3)) {
        let own = false;
        for (let m = Math.max(a, p - 3); m < p; m++) if (k(m) === kw('i') || k(m) === kw('we') || k(m) === kw('ive') || k(m) === kw('im')) own = true;
        let neg = false;
        for (let m = Math.max(a, p - 3); m < p; m++) if (WORD_NEG.has(k(m))) neg = true;
        if (own && !neg) hits.push({ from: p, to: p + 3, kind: 'derogation', score: 0.85 });
      }
      // 6. "I have never met a Bihari who was honest": every member denied the quality.
      if (k(p) === kw('never') && (MET.has(k(p + 1)) || (k(p + 1) === kw('once') && MET.has(k(p + 2))))) {
        const m0 = MET.has(k(p + 1)) ? p + 2 : p + 3;
        let g = m0;
        while (g < b && g <= m0 + 2 && (k(g) === kw('a') || k(g) === kw('an') || k(g) === kw('one') || k(g) === kw('single') || k(g) === kw('any'))) g++;
        if (group(g)) {
          let w = g + 1;
          while (w < b && group(w)) w++;
          if (WHO.has(k(w)) && WAS.has(k(w + 1))) {
            let q = w + 2;
            while (q < b && q <= w + 4 && (k(q) === kw('a') || k(q) === kw('an') || k(q) === kw('even') || k(q) === kw('actually') || k(q) === kw('remotely') || k(q) === kw('truly') || k(q) === kw('really'))) q++;
            if ((cls[q] & C.Positive) !== 0) hits.push({ from: p, to: q, kind: 'derogation', score: 0.85 });
          }
        }
      }
    }
  }
  return hits;
}
