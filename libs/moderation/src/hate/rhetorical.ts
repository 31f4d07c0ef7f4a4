// Rhetorical questions that assert what they ask (issue 7, session 9): "Don't you think women are disgusting?",
// "Isn't it obvious that Muslims are scum?", "Do you not agree that immigrants are worthless?", "Isn't it time we
// got rid of them?", "Who doesn't hate Dalits?", "Why shouldn't gay people be killed?", "Why are trans people not
// locked up yet?". The grammar reads the negation as denying the claim. Each form is rewritten to the statement it
// asks the reader to agree with, and that statement is judged by the same rules: a question whose statement is
// clean ("Don't you think women are underpaid?", "Why can't Dalits enter the temple?") stays clean, and so does a
// question that rejects hate ("Don't you think calling Muslims terrorists is wrong?").

export interface RhetoricalClaim {
  /** The question's range in the comment. */
  start: number;
  end: number;
  /** The statement it asserts. */
  claim: string;
}

const N = "(?:don'?t|do not|doesn'?t|does not|wouldn'?t|would not|won'?t|can'?t|cannot|didn'?t)";
/** [form, the statement it asserts, whether its first capture is the statement's subject] */
const FORMS: Array<[RegExp, (m: RegExpExecArray) => string, boolean?]> = [
  // "Don't you think / agree / feel that …?", "Wouldn't you agree …?", "Can't we all agree that …?"
  [new RegExp(`^${N} (?:you|u|we all|we|everyone|everybody|anyone|people) (?:all )?(?:think|agree|feel|believe|find|reckon)(?: that)? (.+)$`, 'i'), (m) => m[1]],
  // "Am I wrong to think …?", "Am I the only one who can't stand …?"
  [/^am i (?:wrong|crazy|mad|bad|evil|racist|the only one) (?:to think|for thinking|in thinking|to say|for saying|to believe)(?: that)? (.+)$/i, (m) => m[1]],
  [/^am i the only one (?:who|that) (.+)$/i, (m) => `I ${m[1]}`],
  // "Why is nobody saying …?", "Why does no one admit that …?"
  [/^why (?:is|does|do|will|won'?t) (?:nobody|no one|noone|anyone|anybody)(?: not)? (?:saying|say|admitting|admit|accepting|accept|realising|realizing|realise|realize|seeing|see)(?: that)? (.+)$/i, (m) => m[1]],
  // "Is there anything worse than …?"
  [/^is there (?:anything|anyone|anybody|any group|any people|anything more) (worse|lower|filthier|dirtier|more disgusting|more pathetic|more useless|more vile) than (.+)$/i, (m) => `Nothing is ${m[1]} than ${m[2]}`],
  // "Wouldn't it be nice to get rid of …?", "Wouldn't it be better if … were gone?"
  [/^(?:wouldn'?t|would not) it be (nice|great|good|better|wonderful|best|lovely|amazing)( if| to)? (.+)$/i, (m) => `It would be ${m[1]}${m[2] ?? ''} ${m[3]}`],
  // "Doesn't everyone / Does anyone not / Why would anyone not / Why doesn't everyone hate …?"
  [/^(?:why )?(?:doesn'?t|don'?t|does|do|would|why would) (?:everyone|everybody|anyone|anybody|people|we|you|u) not (.+)$/i, (m) => `I ${m[1]}`],
  [/^(?:why )?(?:doesn'?t|don'?t|wouldn'?t) (?:everyone|everybody|anyone|anybody|people|we|you|u) (?!dare\b)(.+)$/i, (m) => `I ${m[1]}`],
  // "Why won't anyone / doesn't someone / isn't anyone willing to kill …?" -> "Someone should kill …"
  [/^why (?:won'?t|will not|doesn'?t|does not|isn'?t|is not|hasn'?t|has not) (?:anyone|anybody|someone|somebody|the government|the police)(?: willing to| ready to| able to| going to| just)? (.+)$/i, (m) => `Someone should ${m[1]}`],
  // "Why not kill …?" -> "We should kill …"
  [/^why not (?:just |simply )?(.+)$/i, (m) => `We should ${m[1]}`],
  // "Can't we just ban …?" -> "We should ban …"
  [/^(?:can'?t|cannot|couldn'?t) (we|you|they|the government|someone|somebody) (?:just |simply |all )?(.+)$/i, (m) => `${m[1]} should ${m[2]}`],
  // Hinglish: "Kya tumhe nahi lagta ki Muslim sab gande hote hain?"
  [/^kya (?:tumhe|tumko|tum ko|aapko|aap ko|tujhe|aap logon ko|sabko) (?:nahi|nahin|nai) lagta(?: hai)?(?: ki| k)? (.+)$/i, (m) => m[1]],
  // "Do you not agree that …?", "Did you not think …?"
  [/^(?:do|did|does) (?:you|u|we|anyone) not (?:think|agree|believe|see|feel)(?: that)? (.+)$/i, (m) => m[1]],
  // "Can you not see that …?", "Why can't people understand that …?", "Don't you realise …?"
  [/^(?:why )?(?:can|could|do|did|does|would|will|won'?t|can'?t|don'?t|doesn'?t|couldn'?t|wouldn'?t) (?:you|u|we|anyone|people|they|everyone|everybody)(?: not)? (?:see|tell|understand|admit|accept|realise|realize|notice)(?: that)? (.+)$/i, (m) => m[1]],
  // "Isn't it clear / obvious / true that …?", "Is it not obvious …?"
  [/^(?:why )?(?:isn'?t it|is it not|wasn'?t it|ain'?t it) (?:clear|obvious|true|evident|plain|a fact|so obvious|so clear|crystal clear)(?: that)?,? (.+)$/i, (m) => m[1]],
  // "Isn't it time we got rid of …?" -> "It is time we got rid of …"
  [/^(?:isn'?t it|is it not) (high time|about time|time) (.+)$/i, (m) => `It is ${m[1]} ${m[2]}`],
  // "Don't women make you sick?" -> "Women make me sick"
  [/^(?:don'?t|doesn'?t) (.+?) (make|makes|disgust|disgusts|sicken|sickens|revolt|revolts|repulse|repulses) (you|u|everyone|everybody|us|anyone)\b(.*)$/i, (m) => `${m[1]} ${m[2]} me${m[4]}`, true],
  // "Who doesn't hate Dalits?", "Who wouldn't want to kill them?" -> "I hate Dalits"
  [/^who (?:doesn'?t|does not|don'?t|wouldn'?t|would not) (.+)$/i, (m) => `I ${m[1]}`],
  // "Why shouldn't we kill them?", "Why can't we deport all Muslims?" -> "We should …"
  [/^why (?:shouldn'?t|should not|can'?t|cannot|don'?t|do not|won'?t) (we|i|you|u) (.+)$/i, (m) => `${m[1] === 'u' ? 'you' : m[1]} should ${m[2]}`],
  // "Why shouldn't gay people be killed?", "Why don't immigrants just leave?" -> "Gay people should be killed"
  [/^why (?:shouldn'?t|should not|don'?t|do not|won'?t|will not) (.+?) (be|just|simply|all|go|leave|get|die|disappear) (.*)$/i, (m) => `${m[1]} should ${m[2]} ${m[3]}`, true],
  // "Why are trans people not locked up yet?", "Why aren't they in jail?" -> "Trans people should be locked up"
  [/^why (?:are|is) (.+?) not (.+?)(?: yet| already| still)?$/i, (m) => `${m[1]} should be ${m[2]}`, true],
  [/^why (?:aren'?t|isn'?t) (.+?) (locked|put|sent|thrown|deported|banned|jailed|shot|hanged|hung|killed|gassed|in jail|in prison|behind bars|gone|dead|removed|kicked|expelled)\b(.*?)(?: yet| already| still)?$/i, (m) => `${m[1]} should be ${m[2]}${m[3]}`, true],
];

/** The rhetorical questions of a comment, each with the statement it asserts. */
export function rhetoricalClaims(text: string): RhetoricalClaim[] {
  const out: RhetoricalClaim[] = [];
  if (!text.includes('?')) return out;
  const re = /[^.!?\n]+\?+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const q = raw.trim().replace(/\?+$/, '').replace(/[’‘]/g, "'").trim();
    if (q.length < 8 || /["“”]/.test(q)) continue;
    for (const [form, rewrite, subject] of FORMS) {
      const f = form.exec(q);
      if (!f) continue;
      // The group must be the subject, not what somebody did something to ("Why aren't the killers OF Muslims in
      // jail?", "Don't attacks ON Muslims make you sick?").
      if (subject && /\b(?:of|by|against|for|to|with|on|towards)\b/i.test(f[1])) break;
      out.push({ start: m.index + lead, end: m.index + raw.length, claim: rewrite(f).trim() + '.' });
      break;
    }
  }
  return out;
}
