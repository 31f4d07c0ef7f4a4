import fc from 'fast-check';
import { ModerationEngine } from '../engine';
import { normalize } from '../normalize';
import { HindiLexicon } from './hindi-lexicon';
import { detectLanguage } from './detect';
import { tokenize } from './tokens';
import { romanizeDevanagari } from './translit';

// hindi7: obscenity split across scripts or into letters, and romanized with the vowels left out.
const engine = ModerationEngine.load();
const obscenity = (t: string) => engine.screen(t, { siteDomains: [] }).checks.find((c) => c.check === 'obscenity')!;

describe('Devanagari read out in Latin letters', () => {
  it.each([
    ['मादरचोद', 'maadarchod'],
    ['तिया', 'tiyaa'],
    ['चोद', 'chod'],
    ['कमल', 'kamal'],
    ['chuतिया', 'chutiyaa'],
    ['क', 'ka'],
  ])('%s -> %s', (d, l) => expect(romanizeDevanagari(d)).toBe(l));
});

describe('split, cross-script and vowel-dropped obscenity', () => {
  it.each([
    'chu तिया neta',
    'chuतिया neta',
    'ये नेता पूरा चू तिया है',
    'म द र चो द',
    'ब हन चो द',
    'भो स डी के',
    'madar चोद',
    'bhen चोद sarkar',
    'हरा मी नेता',
    'गां डू है ये',
    'bhn ke lwde',
    'bhen ke ***de',
    'mdrchd neta',
    'bhnchd log',
    'babu picture banao dhang ki, bkchodi karne ko rhn do',
    'Indian express ka journalist madrchod hai',
  ])('flags %s', (t) => {
    const c = obscenity(t);
    expect(c.flagged).toBe(true);
    for (const e of c.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
  });

  it.each([
    'Chup chap intezar karo, jawab aayega.',
    'Koi samarthan nahi mila, log chup rahe.',
    'chod diya uchaal uchaal ke, kya match tha',
    'Desh chod kar jaane ki baat mat karo.',
    'aapko bhi mahashivratri ki subh kamna pitaji',
    'T v chnl aapas me larwane ka kam kar rahe hain',
    'duzmana ke chakke chuड़a de',
    'jisa dina sarakara choड़i usi dina se',
    'Chu chu train ki kahani bachon ko pasand hai.',
    'Bhen ki shaadi mein aana zaroor.',
    'Lwd ka matlab kya hota hai, koi batayega?',
    'BC ke zamane se log yahi kar rahe hain.',
    'म द र स (मदरसा) में पढ़ाई का नया नियम।',
    'Madurai mein baarish hui.',
    'Boko haram ko paisa kahan se milta hai?',
    'हम घर में हैं, तुम भी आ जाओ।',
    'क ख ग घ सीखना बच्चों का पहला पाठ है।',
  ])('does not flag %s', (t) => expect(obscenity(t).flagged).toBe(false));

  it('a joined word does not swallow the words after an entry', () => {
    const t = 'कृपया इस रंडी की औलाद को मत बुलाओ';
    const ev = obscenity(t).evidence.map((e) => e.text);
    expect(ev).toContain('रंडी');
    expect(ev.every((x) => !x.includes(' '))).toBe(true);
  });

  it('hits with the text span the original text on arbitrary mixed input', () => {
    const lex = HindiLexicon.load();
    const piece = fc.constantFrom('chu', 'तिया', 'म', 'द', 'र', 'चो', 'bhn', 'ke', 'lwde', '***de', 'bhen', ' ', '  ', '\u200d', 'मा', 'दर', 'x', '.', 'गां', 'डू');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (a) => {
        const t = normalize(a.join(' ')).text;
        const toks = tokenize(t);
        for (const h of lex.match(toks, detectLanguage(t, toks), t)) expect(h.start >= 0 && h.end <= t.length && h.start < h.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
