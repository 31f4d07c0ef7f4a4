import * as fs from 'node:fs';
import { ModerationEngine, ScreeningResult } from '@app/moderation';
import { defaultDatasetsDir } from './datasets';
import { EvalContext, ReportRow } from './suite';
import { attackSuite } from './suites/attack.suite';
import { linksSuite } from './suites/links.suite';
import { obscenitySuite } from './suites/obscenity.suite';

// Deterministic eval on fixed data: the acceptance numbers of issue 3 as a regression gate.
// Peers are stubbed (their numbers are `bin/moderate eval`'s job); the shared datasets must be
// present at ../shared/datasets, otherwise the dataset-backed cases are skipped.

const datasets = defaultDatasetsDir();
const have = fs.existsSync(datasets);
const engine = ModerationEngine.load();
const cache = new Map<string, ScreeningResult>();
const ctx: EvalContext = {
  datasets,
  engine,
  peers: { badWords: () => false, obscenity: () => false },
  screen: (t) => cache.get(t) ?? (cache.set(t, engine.screen(t)), cache.get(t)!),
  log: () => {},
};
const row = (rows: ReportRow[], prefix: string): ReportRow => rows.find((r) => r.dataset.startsWith(prefix))!;

(have ? describe : describe.skip)('acceptance numbers (deterministic eval)', () => {
  let ob: ReportRow[];
  let at: ReportRow[];
  beforeAll(() => {
    ob = obscenitySuite.run(ctx);
    at = attackSuite.run(ctx);
  }, 170_000);

  it('obscenity: Scunthorpe false positives <= 0.1 %, none on the rustrict negatives', () => {
    expect(row(ob, 'rustrict false_positives').engine.flagRate).toBeLessThanOrEqual(0.001);
    for (const f of ['rustrict test_negative', 'rustrict safe.txt', 'rustrict test_safe']) expect(row(ob, f).engine.flagRate).toBe(0);
  });

  it('obscenity: HateCheck profanity_nh recall >= 0.98, generated obfuscations >= 0.95', () => {
    expect(row(ob, 'HateCheck profanity_nh').engine.recall).toBeGreaterThanOrEqual(0.98);
    expect(row(ob, 'generated obfuscation suite').engine.recall).toBeGreaterThanOrEqual(0.95);
    expect(row(ob, 'rustrict test_positive.txt (recall)').engine.recall).toBeGreaterThan(0.37); // obscenity's own rate
  });

  it('links: precision and recall >= 0.97 on the labelled set', () => {
    const r = row(linksSuite.run(ctx), 'test/fixtures/links');
    expect(r.n).toBeGreaterThanOrEqual(300);
    expect(r.engine.precision).toBeGreaterThanOrEqual(0.97);
    expect(r.engine.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('personal attacks: the numbers do not regress', () => {
    expect(row(at, 'Kaggle insults').engine.auc).toBeGreaterThanOrEqual(KAGGLE_AUC_FLOOR);
    expect(row(at, 'OLID level A').engine.macroF1).toBeGreaterThanOrEqual(OLID_FLOOR);
    expect(row(at, 'HateCheck target_indiv_nh').engine.recall).toBeGreaterThanOrEqual(0.9);
    expect(row(at, 'HateCheck threat_dir_h').engine.recall).toBeGreaterThanOrEqual(THREAT_FLOOR);
    expect(row(at, 'HateCheck ident_neutral_nh').engine.flagRate).toBeLessThanOrEqual(IDENT_CEILING);
    expect(row(at, 'Wikipedia identity subset, non-toxic').engine.flagRate).toBeLessThanOrEqual(WIKI_CEILING);
  });
});

// Measured floors (see the report in the commit that set them); targets where reached.
const KAGGLE_AUC_FLOOR = 0.9;
const OLID_FLOOR = 0.75; // target reached: 0.751 (session 6: HASOC en train rows, threshold from 3 CV seeds smoothed; 0.745 with the session-5 model, 0.733 before, 0.726 before @mentions counted as a person in sight)
const THREAT_FLOOR = 0.9;
const IDENT_CEILING = 0.05;
const WIKI_CEILING = 0.05;
