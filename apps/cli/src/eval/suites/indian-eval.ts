import { CheckName, ModerationEngine, defaultPolicy } from '@app/moderation';
import { confusion, macroF1, prf } from '@app/moderation/ml';
import { datasetsDir, HasocRow, HateCheckRow, loadHasoc2019, loadHateCheck, loadHateXplain, loadTrac1, TracLabel, TracRow } from './indian-datasets';

// Issue 7 evaluation: HASOC 2019 (en, hi), TRAC-1 Facebook gold (en, hi), HateXplain test and the
// HateCheck per-functionality table, each next to the `bad-words` and `obscenity` packages on the
// same rows. All of these are test / gold files: reported here, never trained or tuned on.

/** A system under test: flags a comment or not, and (engine only) a 0..1 score for bands. */
export interface System {
  name: string;
  /** Which of our checks flagged (engine) or ['peer'] for a word-filter package. */
  flags(text: string): { flagged: CheckName[] | ['peer']; score: number };
}

const OFFENSIVE: CheckName[] = ['obscenity', 'personal_attack', 'hate'];

/** Our engine under the default policy: a check counts when it is in the decision's flags. */
export function engineSystem(engine = ModerationEngine.load(), only?: CheckName[]): System {
  const policy = defaultPolicy();
  const keep = only ?? OFFENSIVE;
  return {
    name: only ? `engine:${only.join('+')}` : 'engine',
    flags(text) {
      const m = engine.moderate(text, { policy });
      const flagged = m.decision.flags.map((f) => f.check).filter((c) => keep.includes(c));
      let score = 0;
      for (const r of m.result.checks) if (keep.includes(r.check)) score = Math.max(score, r.score);
      return { flagged, score };
    },
  };
}

export function peerSystems(): System[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = require('obscenity');
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Filter } = require('bad-words');
  const filter = new Filter();
  const safe = (f: () => boolean) => {
    try {
      return f();
    } catch {
      return false; // bad-words throws on some inputs; count as not flagged
    }
  };
  return [
    { name: 'bad-words', flags: (t) => (safe(() => filter.isProfane(t)) ? { flagged: ['peer'], score: 1 } : { flagged: [], score: 0 }) },
    { name: 'obscenity', flags: (t) => (safe(() => matcher.hasMatch(t)) ? { flagged: ['peer'], score: 1 } : { flagged: [], score: 0 }) },
  ];
}

export interface Table {
  title: string;
  header: string[];
  rows: Array<Array<string | number>>;
  notes?: string[];
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

export function hasocTable(systems: System[], dir = datasetsDir()): { table: Table; metrics: Record<string, Record<string, number>> } {
  const metrics: Record<string, Record<string, number>> = {};
  const rows: Table['rows'] = [];
  for (const lang of ['hi', 'en'] as const) {
    const data: HasocRow[] = loadHasoc2019(`${lang}-test`, dir);
    for (const s of systems) {
      const pred = data.map((r) => s.flags(r.text).flagged.length > 0);
      const c = confusion(pred, data.map((r) => r.hof));
      const recallOf = (k: HasocRow['task2']) => {
        const idx = data.map((r, i) => (r.task2 === k ? i : -1)).filter((i) => i >= 0);
        return idx.filter((i) => pred[i]).length / Math.max(1, idx.length);
      };
      const notFp = data.filter((r, i) => !r.hof && pred[i]).length / Math.max(1, data.filter((r) => !r.hof).length);
      const m = { macroF1: macroF1(c), hofF1: prf(c).f1, prfnRecall: recallOf('PRFN'), offnRecall: recallOf('OFFN'), hateRecall: recallOf('HATE'), notFlagRate: notFp };
      metrics[`${lang}:${s.name}`] = m;
      rows.push([`hasoc2019-${lang}-test`, s.name, f3(m.macroF1), f3(m.prfnRecall), f3(m.offnRecall), f3(m.hateRecall), f3(m.notFlagRate), data.length]);
    }
  }
  return {
    table: {
      title: 'HASOC 2019 test: HOF vs NOT (HOF = obscenity, personal_attack or hate flagged)',
      header: ['dataset', 'system', 'macro-F1', 'PRFN recall', 'OFFN recall', 'HATE recall', 'NOT flagged', 'rows'],
      rows,
      notes: ['Best of the shared task (HOF macro-F1): en 0.78, hi 0.81 (Modha et al., FIRE 2019). Targets: hi >= 0.75, en >= 0.70, PRFN recall >= 0.80.'],
    },
    metrics,
  };
}

/** Score bands for the three TRAC classes (fixed in advance, not fitted on TRAC). */
export const TRAC_BANDS = { cagFrom: 0.3 } as const;

function tracClass(r: { flagged: unknown[]; score: number }): TracLabel {
  if (r.flagged.length > 0) return 'OAG';
  return r.score >= TRAC_BANDS.cagFrom ? 'CAG' : 'NAG';
}

function weightedF1(pred: TracLabel[], gold: TracLabel[]): number {
  let sum = 0;
  for (const k of ['NAG', 'CAG', 'OAG'] as const) {
    const c = confusion(pred.map((p) => p === k), gold.map((g) => g === k));
    sum += prf(c).f1 * gold.filter((g) => g === k).length;
  }
  return sum / gold.length;
}

export function tracTable(systems: System[], dir = datasetsDir()): { table: Table; metrics: Record<string, Record<string, number>> } {
  const metrics: Record<string, Record<string, number>> = {};
  const rows: Table['rows'] = [];
  for (const lang of ['en', 'hi'] as const) {
    // De-duplicate the gold texts against TRAC train + dev (SOURCE.md: some texts repeat).
    const seen = new Set<string>([...loadTrac1(`${lang}-train`, dir), ...loadTrac1(`${lang}-dev`, dir)].map((r) => r.text.trim()));
    const data: TracRow[] = loadTrac1(`${lang}-fb-gold`, dir).filter((r) => !seen.has(r.text.trim()));
    for (const s of systems) {
      const out = data.map((r) => s.flags(r.text));
      const c = confusion(out.map((o) => o.flagged.length > 0), data.map((r) => r.label === 'OAG'));
      const p = prf(c);
      const w = weightedF1(out.map(tracClass), data.map((r) => r.label));
      metrics[`${lang}:${s.name}`] = { oagF1: p.f1, oagPrecision: p.precision, oagRecall: p.recall, weightedF1: w };
      rows.push([`trac1-${lang}-fb-gold`, s.name, f3(p.precision), f3(p.recall), f3(p.f1), f3(w), data.length]);
    }
  }
  return {
    table: {
      title: 'TRAC-1 Facebook gold (evaluation only): overtly aggressive (OAG) vs rest, and weighted F1 over NAG/CAG/OAG',
      header: ['dataset', 'system', 'OAG P', 'OAG R', 'OAG F1', 'weighted F1', 'rows'],
      rows,
      notes: [
        `Bands: OAG = flagged by obscenity, personal_attack or hate; CAG = not flagged but max score of those checks >= ${TRAC_BANDS.cagFrom}; NAG otherwise (word filters: OAG or NAG). Fixed in advance, not fitted on TRAC.`,
        'Best weighted F1 of the shared task: 0.64 (en and hi Facebook; Kumar et al., TRAC 2018). Target: OAG F1 >= 0.60.',
        'Gold texts that also occur in TRAC train/dev are left out.',
      ],
    },
    metrics,
  };
}

export function hateXplainTable(systems: System[], dir = datasetsDir()): { table: Table; metrics: Record<string, Record<string, number>> } {
  const data = loadHateXplain('test', dir);
  const metrics: Record<string, Record<string, number>> = {};
  const rows: Table['rows'] = [];
  for (const s of systems) {
    const pred = data.map((r) => s.flags(r.text).flagged.length > 0);
    const p = prf(confusion(pred, data.map((r) => r.label === 'hate')));
    const offensiveFlagRate = data.filter((r, i) => r.label === 'offensive' && pred[i]).length / Math.max(1, data.filter((r) => r.label === 'offensive').length);
    const normalFlagRate = data.filter((r, i) => r.label === 'normal' && pred[i]).length / Math.max(1, data.filter((r) => r.label === 'normal').length);
    metrics[s.name] = { precision: p.precision, recall: p.recall, f1: p.f1, offensiveFlagRate, normalFlagRate };
    rows.push(['hatexplain-test', s.name, f3(p.precision), f3(p.recall), f3(p.f1), f3(offensiveFlagRate), f3(normalFlagRate), data.length]);
  }
  return {
    table: { title: 'HateXplain test: hate vs rest (offensive and normal)', header: ['dataset', 'system', 'P', 'R', 'F1', 'offensive flagged', 'normal flagged', 'rows'], rows },
    metrics,
  };
}

/** The functionalities HateCheck labels non-hateful that the issue names explicitly. */
export const HATECHECK_NAMED_NH = ['counter_quote_nh', 'counter_ref_nh', 'ident_neutral_nh', 'ident_pos_nh', 'slur_reclaimed_nh', 'slur_homonym_nh', 'target_obj_nh'];

export function hateCheckTable(systems: System[], dir = datasetsDir()): { table: Table; metrics: Record<string, Record<string, number>> } {
  const data: HateCheckRow[] = loadHateCheck(dir);
  const funcs = [...new Set(data.map((r) => r.functionality))];
  const metrics: Record<string, Record<string, number>> = {};
  const acc: Record<string, Record<string, number>> = {};
  for (const s of systems) {
    acc[s.name] = {};
    for (const f of funcs) {
      const rows = data.filter((r) => r.functionality === f);
      acc[s.name][f] = rows.filter((r) => s.flags(r.text).flagged.length > 0 === r.hateful).length / rows.length;
    }
    const mean = (fs: string[]) => fs.reduce((a, f) => a + acc[s.name][f], 0) / Math.max(1, fs.length);
    const hateful = funcs.filter((f) => data.find((r) => r.functionality === f)!.hateful);
    const nonHateful = funcs.filter((f) => !data.find((r) => r.functionality === f)!.hateful);
    metrics[s.name] = { meanHateful: mean(hateful), meanNonHateful: mean(nonHateful), meanNamedNonHateful: mean(HATECHECK_NAMED_NH), ...acc[s.name] };
  }
  const rows: Table['rows'] = funcs.map((f) => [f, data.find((r) => r.functionality === f)!.hateful ? 'hateful' : 'non-hateful', ...systems.map((s) => f3(acc[s.name][f])), data.filter((r) => r.functionality === f).length]);
  rows.push(['MEAN hateful', '', ...systems.map((s) => f3(metrics[s.name].meanHateful)), '']);
  rows.push(['MEAN non-hateful (all)', '', ...systems.map((s) => f3(metrics[s.name].meanNonHateful)), '']);
  rows.push(['MEAN non-hateful (named in issue 7)', '', ...systems.map((s) => f3(metrics[s.name].meanNamedNonHateful)), '']);
  return {
    table: {
      title: 'HateCheck (test suite, never trained or tuned on): accuracy per functionality',
      header: ['functionality', 'gold', ...systems.map((s) => s.name), 'cases'],
      rows,
      notes: ['Targets for `hate`: mean >= 0.85 over hateful and over non-hateful functionalities.'],
    },
    metrics,
  };
}

export function renderTable(t: Table): string {
  const all = [t.header, ...t.rows.map((r) => r.map(String))];
  const w = t.header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r: Array<string | number>) => r.map((c, i) => String(c).padEnd(w[i])).join('  ').trimEnd();
  return [`## ${t.title}`, line(t.header), w.map((n) => '-'.repeat(n)).join('  '), ...t.rows.map(line), ...(t.notes ?? []).map((n) => `  ${n}`), ''].join('\n');
}

/** Every issue-7 table. `bin/moderate eval --suite indian` prints this. */
export function runIndianEval(dir = datasetsDir(), log: (s: string) => void = (s) => process.stdout.write(s)): Record<string, unknown> {
  const engine = engineSystem();
  const peers = peerSystems();
  const all = [engine, ...peers];
  const hasoc = hasocTable(all, dir);
  log(renderTable(hasoc.table) + '\n');
  const trac = tracTable(all, dir);
  log(renderTable(trac.table) + '\n');
  const hateOnly = engineSystem(undefined, ['hate']);
  const hx = hateXplainTable([hateOnly, engine, ...peers], dir);
  log(renderTable(hx.table) + '\n');
  const hc = hateCheckTable([hateOnly, ...peers], dir);
  log(renderTable(hc.table) + '\n');
  return { hasoc: hasoc.metrics, trac: trac.metrics, hatexplain: hx.metrics, hatecheck: hc.metrics };
}
