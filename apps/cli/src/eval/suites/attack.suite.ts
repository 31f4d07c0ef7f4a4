import { hatecheck, kaggle, olidTestA, wikiIdentity } from '../datasets';
import { binary, rate, recallOnly, peersBinary } from '../score';
import { EvalContext, ReportRow, Suite } from '../suite';

const check = (ctx: EvalContext, t: string, name: string) => ctx.screen(t).checks.find((c) => c.check === name)!;
const attack = (ctx: EvalContext, t: string): boolean => check(ctx, t, 'personal_attack').flagged;

export const attackSuite: Suite = {
  name: 'attack',
  description: 'personal attacks: Kaggle insults test, OLID level A test, HateCheck individual abuse and threats, identity false positives',
  run(ctx) {
    const d = ctx.datasets;
    const rows: ReportRow[] = [];
    const kt = kaggle(d, 'test_with_solutions.csv');
    const kg = kt.map((r) => r.label === 1);
    const kScores = kt.map((r) => check(ctx, r.text, 'personal_attack').score);
    const kPred = kt.map((r) => attack(ctx, r.text));
    const km = binary(kPred, kg, kScores);
    rows.push({
      dataset: 'Kaggle insults test_with_solutions (AUC; P/R/F1 at flag)',
      check: 'personal_attack',
      n: kt.length,
      target: 'AUC >= 0.90 (leader ~0.919)',
      pass: (km.auc ?? 0) >= 0.9,
      engine: km,
      ...peersBinary(ctx, kt.map((r) => r.text), kg),
    });
    const ot = olidTestA(d);
    const og = ot.map((r) => r.label === 1);
    const oPred = ot.map((r) => ctx.screen(r.text).checks.some((c) => (c.check === 'obscenity' || c.check === 'personal_attack') && c.flagged));
    const om = binary(oPred, og, ot.map((r) => Math.max(check(ctx, r.text, 'personal_attack').score, check(ctx, r.text, 'obscenity').flagged ? 1 : 0)));
    rows.push({
      dataset: 'OLID level A test (macro-F1; OFF = obscenity or attack)',
      check: 'obscenity|personal_attack',
      n: ot.length,
      target: 'macro-F1 >= 0.75 (SVM 0.69, BiLSTM 0.75, CNN 0.80)',
      pass: (om.macroF1 ?? 0) >= 0.75,
      engine: om,
      ...peersBinary(ctx, ot.map((r) => r.text), og),
    });
    // (An unflagged obscenity result keeps its score: 0.6 when only mild words were found.)
    // OLID's annotators label any profanity offensive ("non-acceptable language (profanity) or a targeted
    // offense"), mild words included; our default news policy lets mild words pass. Reported for the
    // comparison with the OLID paper, not a target: the row above (the default policy) is.
    const oPredAny = ot.map((r) =>
      ctx.screen(r.text).checks.some((c) => (c.check === 'obscenity' && c.score > 0) || (c.check === 'personal_attack' && c.flagged)),
    );
    rows.push({
      dataset: "OLID level A test, OLID's definition (mild profanity counts too)",
      check: 'obscenity|personal_attack',
      n: ot.length,
      target: 'report (a site policy with obscenity minSeverity mild)',
      engine: binary(oPredAny, og),
    });
    const hc = hatecheck(d);
    for (const f of ['target_indiv_nh', 'threat_dir_h']) {
      const texts = hc.filter((r) => r.functionality === f).map((r) => r.text);
      const rec = recallOnly(texts.map((t) => attack(ctx, t)));
      rows.push({
        dataset: `HateCheck ${f} (recall)`,
        check: 'personal_attack',
        n: texts.length,
        target: 'recall >= 0.90',
        pass: rec.recall! >= 0.9,
        engine: rec,
        badWords: recallOnly(texts.map(ctx.peers.badWords)),
        obscenity: recallOnly(texts.map(ctx.peers.obscenity)),
      });
    }
    for (const f of ['threat_norm_h', 'target_group_nh', 'target_obj_nh']) {
      const texts = hc.filter((r) => r.functionality === f).map((r) => r.text);
      rows.push({ dataset: `HateCheck ${f} (flag rate)`, check: 'personal_attack', n: texts.length, target: 'report', engine: rate(texts.map((t) => attack(ctx, t))) });
    }
    const ident = hc.filter((r) => r.functionality === 'ident_neutral_nh' || r.functionality === 'ident_pos_nh').map((r) => r.text);
    const ir = rate(ident.map((t) => attack(ctx, t)));
    rows.push({
      dataset: 'HateCheck ident_neutral_nh + ident_pos_nh (flag rate)',
      check: 'personal_attack',
      n: ident.length,
      target: 'flag rate <= 0.05',
      pass: ir.flagRate! <= 0.05,
      engine: ir,
      badWords: rate(ident.map(ctx.peers.badWords)),
      obscenity: rate(ident.map(ctx.peers.obscenity)),
    });
    const wiki = wikiIdentity(d);
    const clean = wiki.filter((r) => r.label === 0).map((r) => r.text);
    const wr = rate(clean.map((t) => attack(ctx, t)));
    rows.push({
      dataset: 'Wikipedia identity subset, non-toxic rows (flag rate)',
      check: 'personal_attack',
      n: clean.length,
      target: 'flag rate <= 0.05',
      pass: wr.flagRate! <= 0.05,
      engine: wr,
      badWords: rate(clean.map(ctx.peers.badWords)),
      obscenity: rate(clean.map(ctx.peers.obscenity)),
    });
    const wg = wiki.map((r) => r.label === 1);
    rows.push({
      dataset: 'Wikipedia identity subset, toxic vs not (any of obscenity|attack|hate)',
      check: 'any',
      n: wiki.length,
      target: 'report',
      engine: binary(wiki.map((r) => ctx.screen(r.text).checks.some((c) => c.check !== 'links' && c.flagged)), wg),
      ...peersBinary(ctx, wiki.map((r) => r.text), wg),
    });
    return rows;
  },
};
