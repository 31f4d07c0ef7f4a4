import fc from 'fast-check';
import { ModerationEngine } from '../engine';
import { HateDetector } from './hate.check';

const detector = HateDetector.load();
const hate = (t: string, lang: 'en' | 'hi' | 'hi-Latn' = 'en') => detector.analyze(t.toLowerCase(), lang).score >= 0.5;

describe('hate check', () => {
  it('flags attacks on groups for who they are', () => {
    for (const t of [
      'Muslims are vermin and should be thrown out',
      'I hate immigrants.',
      'Women are disgusting creatures',
      'We should kill all the gays',
      'Immigrants must be deported, every last one',
      'Dalits are filthy and dont belong here',
      'these katuas should be sent to pakistan',
      'Those f4ggots disgust me',
      'womenare disgusting',
      'Ihate immigrants',
      '"Muslims are vermin" - so true',
      'I want all Muslims dead.',
    ]) expect({ t, flagged: hate(t) }).toEqual({ t, flagged: true });
  });

  it('flags Hindi and Hinglish calls for violence or exclusion against a group', () => {
    expect(hate('मुल्लों को देश से निकालो', 'hi')).toBe(true);
    expect(hate('in katuon ko kaat do', 'hi-Latn')).toBe(true);
    expect(hate('bihari log gande hote hain', 'hi-Latn')).toBe(true);
    expect(hate('मुसलमानों का बहिष्कार करो', 'hi')).toBe(true);
    expect(hate('मुसलमान भी इस देश के नागरिक हैं', 'hi')).toBe(false);
    expect(hate('Pakistani cricketers are dangerous bowlers', 'en')).toBe(false);
  });

  it('leaves identity mentions, counter-speech, criticism of governments and violence news alone', () => {
    for (const t of [
      'I love my Muslim neighbours, they invited us for Eid.',
      'Women deserve equal pay.',
      'Two Dalits were killed in the clash, police said.',
      'The Chinese government is dangerous and must be stopped.',
      'Pakistan army violated the ceasefire again.',
      'BJP and Congress are both useless parties.',
      'Saying "Muslims are vermin" is wrong and racist.',
      'Calling immigrants criminals is bigoted nonsense.',
      'Muslims are not terrorists.',
      'I am a proud dyke and I love my wife.',
      'Terrorists kill innocent people.',
      'हिंदू और मुसलमान भाई भाई हैं',
      'We must stop hate against Muslims.',
      'Hate crimes against Sikhs rose last year.',
      'Growing hatred towards migrants worries the UN.',
      'Hindu nationalists are dangerous for democracy.',
      'Islamist terrorists are a threat to Muslims too.',
      'Illegal immigrants are a burden on the state.',
      'Muslim men are being lynched and the government is silent.',
      "I don't think gay people are dangerous.",
      'Women therapists are great.',
      'What the fuck, Muslims were attacked again',
      'The MLA said "Muslims are vermin" at the rally on Sunday.',
      'Women face rapes daily in this district.',
    ]) expect({ t, flagged: hate(t) }).toEqual({ t, flagged: false });
  });
});

describe('engine on Devanagari and mixed-script input', () => {
  const engine = ModerationEngine.load();
  const deva = fc.string({ unit: fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCharCode(c)) });
  const pieces = fc.constantFrom('चूतिया', 'रंडी', 'मुसलमान', 'गद्दार', ' ', '\u200d', '\u200c', '\u093c', 'ch*tiya', 'c h u t i y a', 'Muslims are', 'vermin', 'तुम', 'katua', '"', '.', 'ँ', 'ं');
  const text = fc.array(fc.oneof(deva, pieces, fc.string(), fc.string({ unit: 'grapheme', maxLength: 5 })), { maxLength: 16 }).map((a) => a.join(''));
  it('never throws, tags a language, and every evidence span indexes the original text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = engine.screen(t);
        expect(['en', 'hi', 'hi-Latn', 'other']).toContain(r.language);
        for (const c of r.checks) for (const e of c.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 400 },
    );
  });
  it('gives spans into the original for Hindi abuse written with nukta, ZWJ and chandrabindu variants', () => {
    const t = 'तुम गाँ\u200dड़ू हो और चू\u200cतिया भी';
    const r = engine.screen(t);
    expect(r.language).toBe('hi');
    const obs = r.checks.find((c) => c.check === 'obscenity')!;
    expect(obs.flagged).toBe(true);
    for (const e of obs.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
  });
});
