import * as fs from 'node:fs';
import * as path from 'node:path';
import { FeatureConfig, Model, SerializedModel, featurize } from '../ml';
import { FastScorer } from '../ml/fast';
import type { Language } from '../types';
import { foldDevanagari } from './devanagari';
import { HindiLexicon } from './hindi-lexicon';
import { romanKey } from './roman';
import { Token, tokensOf } from './tokens';

// Shared by training (apps/cli/src/train/indian-models.ts) and scoring: the extra features the
// Indian-context models see on top of the ML core's hashed word and character n-grams.
// - `k:<key>`: each token's spelling key, so `chutiya` / `chootiya` / `चूतिया` variants share weight;
// - `obs:<severity>`: a Hindi / Hinglish obscenity entry matched;
// - `lang:<tag>`.
// Changing this function changes what the shipped weights mean: retrain after any change.

export const INDIC_FEATURES: FeatureConfig = { bits: 18, wordNgrams: [1, 2], charNgrams: [2, 4] };

export function indicExtras(tokens: Token[], language: Language, lexicon = HindiLexicon.load()): string[] {
  const out: string[] = [`lang:${language}`];
  for (const t of tokens) if (t.key) out.push(`k:${t.key}`);
  for (const h of lexicon.match(tokens, language)) out.push(`obs:${h.severity}`);
  return out;
}

// Second-person address (Hinglish, Devanagari, English): with an abusive word, the strongest
// sign that a comment insults someone rather than complains about something.
const SECOND_PERSON = new Set(
  ['tu', 'tum', 'tera', 'teri', 'tere', 'tujhe', 'tumhe', 'tumhara', 'tumhari', 'tumko', 'tujhko', 'tumse', 'tujhse', 'abe', 'you', 'your', 'u', 'ur']
    .map(romanKey)
    .concat(['तू', 'तुम', 'तेरा', 'तेरी', 'तेरे', 'तुझे', 'तुम्हें', 'तुम्हारा', 'तुम्हारी', 'तुमको', 'तुझको', 'अबे'].map(foldDevanagari)),
);

/**
 * Score of one shipped Indian-context model, recalibrated so the decision threshold maps to 0.5.
 * Three thresholds: `threshold` (5-fold CV, macro-F1) when the comment has a strong abusive word or
 * addresses someone in the second person, `threshold + NO_CUE_MARGIN` when it has neither but a
 * person is in sight, and `+ NO_PERSON_MARGIN` on top when nobody is (see PERSON) —
 * the training data (HASOC) labels much plain political complaint as offensive, and a comment
 * with no abusive word and no addressee should need a surer model to be held.
 */
export const NO_CUE_MARGIN = 0.15;

// A person in sight: third-person pronouns and nouns for people (Hinglish, Devanagari, English).
// A comment with no abusive word, nobody addressed and no person named complains about a thing —
// the government, the trains, the heat — which the SPEC allows; the model then needs more.
const PERSON = new Set(
  ['woh', 'wo', 'vo', 'voh', 'usne', 'uski', 'uska', 'uske', 'usko', 'unhone', 'unki', 'unka', 'unke', 'unko', 'unhe', 'isne', 'inhone', 'inko', 'isko',
    'aadmi', 'admi', 'aurat', 'ladka', 'ladki', 'ladke', 'banda', 'bande', 'neta', 'netaji', 'mantri', 'anchor', 'patrakar', 'reporter', 'journalist', 'author',
    'bhakt', 'bhakts', 'andhbhakt', 'chamcha', 'chamche', 'chamcho', 'chamchon', 'he', 'she', 'him', 'her', 'his', 'ji', 'sahab', 'saheb', 'behen', 'maa', 'baap',
    'beta', 'bete', 'aaplog', 'aplog', 'tumlog', 'tumlogo', 'tumlogon', 'jao',
    // words for people that insult them, and violence done to someone
    'gadha', 'gadhe', 'gadho', 'gadhon', 'pagal', 'paagal', 'kutte', 'kutto', 'kutton', 'kutta', 'suar', 'suvar', 'murkh', 'najayaz', 'najayz',
    'aulad', 'awlad', 'maro', 'maaro', 'marna', 'maarna', 'phansi', 'phaansi', 'fansi', 'goli', 'jala', 'jalao', 'kaat', 'kaato', 'peeto', 'pito', 'thoko']
    .map(romanKey)
    .concat(['वह', 'वो', 'उसने', 'उसकी', 'उसका', 'उसके', 'उसको', 'उसे', 'उन्होंने', 'उनकी', 'उनका', 'उनके', 'उनको', 'उन्हें', 'इसने', 'इन्होंने', 'आदमी', 'औरत', 'लड़का', 'लड़की',
      'नेता', 'मंत्री', 'पत्रकार', 'जी', 'मां', 'माँ', 'बाप', 'बेटा', 'आपलोग', 'तुमलोग', 'जाओ', 'गधा', 'गधे', 'गधो', 'गधों', 'पागल', 'कुत्ते', 'कुत्तों',
      'सुअर', 'मूर्ख', 'नाजायज', 'औलाद', 'मारो', 'मारना', 'फांसी', 'फाँसी', 'गोली', 'जलाओ', 'काटो', 'पीटो'].map(foldDevanagari)),
);
/** Extra margin when no person is in sight at all (see PERSON). */
export const NO_PERSON_MARGIN = 0.15;

export class IndicModel {
  constructor(
    readonly model: Model,
    readonly threshold: number,
  ) {}

  /**
   * Word weights for evidence, as `featurize` (version 2) sums them, memoized per word; exact for
   * weights read from JSON (see ml/fast.ts), else undefined and the reference loop runs.
   */
  private get evidenceScorer(): FastScorer | undefined {
    if (this.scorer === undefined) this.scorer = FastScorer.exactWeights(this.model.weights) ? new FastScorer(this.model.features, this.model.weights) : null;
    return this.scorer ?? undefined;
  }
  private scorer: FastScorer | null | undefined;

  static tryLoad(file: string): IndicModel | undefined {
    if (!fs.existsSync(file)) return undefined;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as SerializedModel;
    const t = Number((json.meta as { threshold?: number } | undefined)?.threshold ?? 0.5);
    return new IndicModel(Model.fromJSON(json), t);
  }

  probability(text: string, language: Language): number {
    return this.model.score(text, indicExtras(tokensOf(text), language));
  }

  /** 0..1 with the applicable threshold at 0.5. */
  score(text: string, language: Language): number {
    const toks = tokensOf(text);
    const p = this.model.score(text, indicExtras(toks, language));
    // Mild words (`saala`, `kutta`) are everyday speech: not a cue on their own.
    const hits = HindiLexicon.load().match(toks, language);
    let cue = hits.some((h) => h.severity !== 'mild');
    for (let i = 0; i < toks.length && !cue; i++) if (SECOND_PERSON.has(toks[i].key)) cue = true;
    let person = cue || hits.length > 0;
    for (let i = 0; i < toks.length && !person; i++) if (PERSON.has(toks[i].key)) person = true;
    const t = Math.min(0.99, cue ? this.threshold : this.threshold + NO_CUE_MARGIN + (person ? 0 : NO_PERSON_MARGIN));
    return p >= t ? 0.5 + (0.5 * (p - t)) / Math.max(1e-9, 1 - t) : (0.5 * p) / Math.max(1e-9, t);
  }

  /** The tokens with the largest positive weight (for evidence when only the model fired). */
  topTokens(text: string, max = 2): Token[] {
    const toks = tokensOf(text);
    const scored: Array<{ t: Token; w: number }> = [];
    const w = this.model.weights;
    // A token's weight depends on its text alone (its key is derived from it): repeated words
    // are featurized once per call.
    const seen = new Map<string, number>();
    for (const t of toks) {
      const word = text.slice(t.start, t.end);
      let s = seen.get(word);
      if (s === undefined) {
        if (this.evidenceScorer) s = this.evidenceScorer.sumWithoutZero(word, [`k:${t.key}`]);
        else {
          const v = featurize(word, this.model.features, [`k:${t.key}`]);
          s = 0;
          for (let i = 0; i < v.idx.length; i++) if (v.idx[i] !== 0) s += w[v.idx[i]];
        }
        seen.set(word, s);
      }
      scored.push({ t, w: s });
    }
    scored.sort((a, b) => b.w - a.w);
    // Positive contributors; at least the strongest token so a flag always shows a span.
    const n = Math.max(1, scored.filter((x) => x.w > 0).length);
    return scored.slice(0, Math.min(max, n)).map((x) => x.t).sort((a, b) => a.start - b.start);
  }
}

let abuse: IndicModel | null | undefined;
/**
 * The Hindi / Hinglish abuse model (data/hi/abuse-model.json): offensive, abusive or aggressive
 * comments in Devanagari Hindi and romanized Hindi. The personal-attack check consults it for
 * comments tagged `hi` / `hi-Latn`.
 */
export function indicAbuseModel(): IndicModel | undefined {
  if (abuse === undefined) abuse = IndicModel.tryLoad(path.join(__dirname, '../../data/hi/abuse-model.json')) ?? null;
  return abuse ?? undefined;
}
