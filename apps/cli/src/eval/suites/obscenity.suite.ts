import * as path from 'node:path';
import { hatecheck, lines } from '../datasets';
import { obfuscationSuite, TRANSFORMS, Transform } from '../obfuscation';
import { rate, recallOnly } from '../score';
import { EvalContext, ReportRow, Suite } from '../suite';

const flagged = (ctx: EvalContext, t: string): boolean => ctx.screen(t).checks.some((c) => c.check === 'obscenity' && c.flagged);
const anyFlag = (ctx: EvalContext, t: string): boolean => ctx.screen(t).checks.some((c) => c.flagged);

function negatives(ctx: EvalContext, name: string, texts: string[], target: string, max: number): ReportRow {
  const e = texts.map((t) => flagged(ctx, t));
  const r = rate(e).flagRate!;
  return {
    dataset: name,
    check: 'obscenity',
    n: texts.length,
    target,
    pass: r <= max,
    engine: rate(e),
    badWords: rate(texts.map(ctx.peers.badWords)),
    obscenity: rate(texts.map(ctx.peers.obscenity)),
  };
}

function positives(ctx: EvalContext, name: string, texts: string[], target: string | undefined, min: number | undefined, check = 'obscenity', any = false): ReportRow {
  const e = texts.map((t) => (any ? anyFlag(ctx, t) : flagged(ctx, t)));
  const r = recallOnly(e).recall!;
  return {
    dataset: name,
    check,
    n: texts.length,
    target,
    pass: min === undefined ? undefined : r >= min,
    engine: recallOnly(e),
    badWords: recallOnly(texts.map(ctx.peers.badWords)),
    obscenity: recallOnly(texts.map(ctx.peers.obscenity)),
  };
}

export const obscenitySuite: Suite = {
  name: 'obscenity',
  description: 'Scunthorpe false positives, rustrict curated strings, HateCheck profanity, generated obfuscations',
  run(ctx) {
    const d = ctx.datasets;
    const rows: ReportRow[] = [];
    const fp = lines(d, 'rustrict/false_positives.txt');
    rows.push(negatives(ctx, 'rustrict false_positives.txt (flag rate)', fp, 'flag rate <= 0.001', 0.001));
    for (const f of ['test_negative.txt', 'safe.txt', 'test_safe.txt']) rows.push(negatives(ctx, `rustrict ${f} (flag rate)`, lines(d, `rustrict/${f}`), 'no flags', 0));
    const pos = lines(d, 'rustrict/test_positive.txt');
    rows.push(positives(ctx, 'rustrict test_positive.txt (recall)', pos, 'report (peers 24 % / 37 %)', undefined));
    rows.push(positives(ctx, 'rustrict test_positive.txt, any check (recall)', pos, 'report', undefined, 'any', true));
    const hc = hatecheck(d);
    rows.push(positives(ctx, 'HateCheck profanity_nh (recall)', hc.filter((r) => r.functionality === 'profanity_nh').map((r) => r.text), 'recall >= 0.98', 0.98));
    rows.push(positives(ctx, 'HateCheck profanity_h (recall)', hc.filter((r) => r.functionality === 'profanity_h').map((r) => r.text), 'report', undefined));
    const gen = obfuscationSuite(path.join(__dirname, '../../../../../libs/moderation/data'));
    rows.push(positives(ctx, `generated obfuscation suite, all (recall)`, gen.map((g) => g.text), 'recall >= 0.95', 0.95));
    for (const t of Object.keys(TRANSFORMS) as Transform[]) {
      rows.push(positives(ctx, `  obfuscation: ${t}`, gen.filter((g) => g.transform === t).map((g) => g.text), undefined, undefined));
    }
    return rows;
  },
};
