import { CheckName } from '@app/moderation';
import { binary, rate, recallOnly, peersBinary } from '../score';
import { EvalContext, Metrics, ReportRow, Suite } from '../suite';
import { HATECHECK_NAMED_NH, TRAC_BANDS } from './indian-eval';
import { loadHasoc2019, loadHateCheck, loadHateXplain, loadTrac1, TracLabel } from './indian-datasets';
import { confusion, prf } from '@app/moderation/ml';

// Issue 7 suites for `bin/moderate eval`: `indian` (HASOC 2019 en/hi test, TRAC-1 Facebook gold)
// and `hate` (HateCheck per functionality, HateXplain test). Test / gold files only: reported,
// never trained or tuned on. indian-eval.ts prints the same numbers as stand-alone tables.

const OFFENSIVE: CheckName[] = ['obscenity', 'personal_attack', 'hate'];

function flaggedBy(ctx: EvalContext, text: string, checks: CheckName[]): boolean {
  return ctx.screen(text).checks.some((c) => c.flagged && checks.includes(c.check));
}
function maxScore(ctx: EvalContext, text: string, checks: CheckName[]): number {
  let s = 0;
  for (const c of ctx.screen(text).checks) if (checks.includes(c.check)) s = Math.max(s, c.score);
  return s;
}

function weightedF1(pred: TracLabel[], gold: TracLabel[]): number {
  let sum = 0;
  for (const k of ['NAG', 'CAG', 'OAG'] as const) sum += prf(confusion(pred.map((p) => p === k), gold.map((g) => g === k))).f1 * gold.filter((g) => g === k).length;
  return sum / Math.max(1, gold.length);
}

export const indianSuite: Suite = {
  name: 'indian',
  description: 'Indian readers (issue 7): HASOC 2019 en/hi test (HOF = obscenity|attack|hate), TRAC-1 Facebook gold en/hi (evaluation only)',
  run(ctx) {
    const rows: ReportRow[] = [];
    for (const lang of ['hi', 'en'] as const) {
      const data = loadHasoc2019(`${lang}-test`, ctx.datasets);
      const gold = data.map((r) => r.hof);
      const pred = data.map((r) => flaggedBy(ctx, r.text, OFFENSIVE));
      const m = binary(pred, gold, data.map((r) => maxScore(ctx, r.text, OFFENSIVE)));
      const target = lang === 'hi' ? 0.75 : 0.7;
      rows.push({
        dataset: `HASOC 2019 ${lang} test (HOF vs NOT macro-F1)`,
        check: 'obscenity|personal_attack|hate',
        n: data.length,
        target: `macro-F1 >= ${target} (best of task ${lang === 'hi' ? '0.81' : '0.78'})`,
        pass: (m.macroF1 ?? 0) >= target,
        engine: m,
        ...peersBinary(ctx, data.map((r) => r.text), gold),
      });
      const prfn = data.filter((r) => r.task2 === 'PRFN').map((r) => r.text);
      const rec = recallOnly(prfn.map((t) => flaggedBy(ctx, t, OFFENSIVE)));
      rows.push({
        dataset: `HASOC 2019 ${lang} test PRFN rows (recall)`,
        check: 'obscenity|personal_attack|hate',
        n: prfn.length,
        target: 'recall >= 0.80',
        pass: (rec.recall ?? 0) >= 0.8,
        engine: rec,
        badWords: recallOnly(prfn.map(ctx.peers.badWords)),
        obscenity: recallOnly(prfn.map(ctx.peers.obscenity)),
      });
    }
    for (const lang of ['en', 'hi'] as const) {
      const seen = new Set([...loadTrac1(`${lang}-train`, ctx.datasets), ...loadTrac1(`${lang}-dev`, ctx.datasets)].map((r) => r.text.trim()));
      const data = loadTrac1(`${lang}-fb-gold`, ctx.datasets).filter((r) => !seen.has(r.text.trim()));
      const gold = data.map((r) => r.label === 'OAG');
      const pred = data.map((r) => flaggedBy(ctx, r.text, OFFENSIVE));
      const m = binary(pred, gold);
      rows.push({
        dataset: `TRAC-1 ${lang} Facebook gold (OAG vs rest)`,
        check: 'obscenity|personal_attack|hate',
        n: data.length,
        target: 'F1 >= 0.60',
        pass: (m.f1 ?? 0) >= 0.6,
        engine: m,
        ...peersBinary(ctx, data.map((r) => r.text), gold),
      });
      const band = (flag: boolean, score: number): TracLabel => (flag ? 'OAG' : score >= TRAC_BANDS.cagFrom ? 'CAG' : 'NAG');
      const labels = data.map((r) => r.label);
      const w = (f: (t: string) => boolean, score?: (t: string) => number): Metrics => ({ f1: weightedF1(data.map((r) => band(f(r.text), score ? score(r.text) : 0)), labels) });
      rows.push({
        dataset: `TRAC-1 ${lang} Facebook gold (weighted F1 NAG/CAG/OAG; CAG band: score >= ${TRAC_BANDS.cagFrom} unflagged)`,
        check: 'obscenity|personal_attack|hate',
        n: data.length,
        target: 'report (best of task 0.64)',
        engine: w((t) => flaggedBy(ctx, t, OFFENSIVE), (t) => maxScore(ctx, t, OFFENSIVE)),
        badWords: w(ctx.peers.badWords),
        obscenity: w(ctx.peers.obscenity),
      });
    }
    return rows;
  },
};

export const hateSuite: Suite = {
  name: 'hate',
  description: 'hate (issue 7): HateCheck accuracy per functionality (never trained or tuned on), HateXplain test hate vs rest',
  run(ctx) {
    const rows: ReportRow[] = [];
    const hc = loadHateCheck(ctx.datasets);
    const funcs = [...new Set(hc.map((r) => r.functionality))];
    const accOf = (pred: boolean[], hateful: boolean): Metrics => ({ recall: pred.filter((p) => p === hateful).length / Math.max(1, pred.length) });
    const mean: Record<'h' | 'nh' | 'named', number[]> = { h: [], nh: [], named: [] };
    for (const f of funcs) {
      const cases = hc.filter((r) => r.functionality === f);
      const hateful = cases[0].hateful;
      const engine = accOf(cases.map((r) => flaggedBy(ctx, r.text, ['hate'])), hateful);
      (hateful ? mean.h : mean.nh).push(engine.recall!);
      if (HATECHECK_NAMED_NH.includes(f)) mean.named.push(engine.recall!);
      rows.push({
        dataset: `HateCheck ${f} (accuracy; ${hateful ? 'hateful' : 'non-hateful'})`,
        check: 'hate',
        n: cases.length,
        engine,
        badWords: accOf(cases.map((r) => ctx.peers.badWords(r.text)), hateful),
        obscenity: accOf(cases.map((r) => ctx.peers.obscenity(r.text)), hateful),
      });
    }
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    rows.push({ dataset: 'HateCheck mean over hateful functionalities (accuracy)', check: 'hate', n: mean.h.length, target: 'mean >= 0.85', pass: avg(mean.h) >= 0.85, engine: { recall: avg(mean.h) } });
    rows.push({ dataset: 'HateCheck mean over non-hateful functionalities (accuracy)', check: 'hate', n: mean.nh.length, target: 'mean >= 0.85', pass: avg(mean.nh) >= 0.85, engine: { recall: avg(mean.nh) } });
    rows.push({ dataset: 'HateCheck mean over the non-hateful ones named in issue 7', check: 'hate', n: mean.named.length, target: 'report', engine: { recall: avg(mean.named) } });

    const hx = loadHateXplain('test', ctx.datasets);
    const gold = hx.map((r) => r.label === 'hate');
    rows.push({
      dataset: 'HateXplain test (hate vs offensive+normal)',
      check: 'hate',
      n: hx.length,
      target: 'report',
      engine: binary(hx.map((r) => flaggedBy(ctx, r.text, ['hate'])), gold, hx.map((r) => maxScore(ctx, r.text, ['hate']))),
      ...peersBinary(ctx, hx.map((r) => r.text), gold),
    });
    const normal = hx.filter((r) => r.label === 'normal').map((r) => r.text);
    rows.push({ dataset: 'HateXplain test normal posts (flag rate of hate)', check: 'hate', n: normal.length, target: 'report', engine: rate(normal.map((t) => flaggedBy(ctx, t, ['hate']))) });
    return rows;
  },
};
