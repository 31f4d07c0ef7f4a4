import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalize } from '@app/moderation/normalize';
import { modelText } from '@app/moderation/checks/personal-attack.check';
import { repoRoot } from '../eval/datasets';
import { HANDWRITTEN_ATTACKS, HANDWRITTEN_CLEAN } from './attack-handwritten';
import { HANDWRITTEN_WEIGHT, handwrittenExamples } from './attack-model';

// The hand-written English attack / clean training rows (attack-handwritten.ts): they load, are
// distinct, are kept apart from the news test gate, and are turned into training rows by
// handwrittenExamples, which attackExamples appends (at HANDWRITTEN_WEIGHT; 0 = not used, see there).

const key = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

describe('hand-written attack-model training rows', () => {
  it('load: several hundred attacks and at least as many clean counterparts, no duplicates, no overlap', () => {
    expect(HANDWRITTEN_ATTACKS.length).toBeGreaterThanOrEqual(200);
    expect(HANDWRITTEN_CLEAN.length).toBeGreaterThanOrEqual(HANDWRITTEN_ATTACKS.length);
    const a = new Set(HANDWRITTEN_ATTACKS.map(key));
    const c = new Set(HANDWRITTEN_CLEAN.map(key));
    expect(a.size).toBe(HANDWRITTEN_ATTACKS.length);
    expect(c.size).toBe(HANDWRITTEN_CLEAN.length);
    expect([...a].filter((t) => c.has(t))).toEqual([]);
    for (const t of [...HANDWRITTEN_ATTACKS, ...HANDWRITTEN_CLEAN]) expect(t.trim().length).toBeGreaterThan(10);
  });

  it('share no sentence with the news test gate (test/fixtures/news)', () => {
    const file = path.join(repoRoot(), 'test/fixtures/news/news-comments.jsonl');
    const news = new Set(
      fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => key((JSON.parse(l) as { text: string }).text)),
    );
    expect([...HANDWRITTEN_ATTACKS, ...HANDWRITTEN_CLEAN].filter((t) => news.has(key(t)))).toEqual([]);
  });

  it('are turned into model rows: attacks label 1, clean label 0, at the given weight, in the model text form', () => {
    const rows = handwrittenExamples(3);
    expect(rows.length).toBe(HANDWRITTEN_ATTACKS.length + HANDWRITTEN_CLEAN.length);
    expect(rows.filter((r) => r.label === 1).length).toBe(HANDWRITTEN_ATTACKS.length);
    expect(rows.filter((r) => r.label === 0).length).toBe(HANDWRITTEN_CLEAN.length);
    expect(rows.every((r) => r.weight === 3)).toBe(true);
    expect(rows[0].text).toBe(modelText(normalize(HANDWRITTEN_ATTACKS[0]).text));
    expect(handwrittenExamples(0)).toEqual([]);
  });

  it('the shipped model was trained with the rows exactly when HANDWRITTEN_WEIGHT > 0 (its meta says so)', () => {
    const model = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'libs/moderation/data/attack-model.json'), 'utf8')) as {
      meta: { options: { handwritten?: string } };
    };
    const want = HANDWRITTEN_WEIGHT > 0 ? `${HANDWRITTEN_ATTACKS.length} attacks + ${HANDWRITTEN_CLEAN.length} clean (weight ${HANDWRITTEN_WEIGHT})` : undefined;
    expect(model.meta.options.handwritten).toBe(want);
    expect(handwrittenExamples().length).toBe(HANDWRITTEN_WEIGHT > 0 ? HANDWRITTEN_ATTACKS.length + HANDWRITTEN_CLEAN.length : 0);
  });
});
