import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCsv } from '../datasets';

// Loaders for the Indian-context and hate datasets in ../shared/datasets (issue 7). Each returns
// plain rows; which rows train and which only evaluate is decided by the callers and documented
// in docs/MODEL_CARD.md (TRAC-1, HateCheck and HateXplain are never trained on).

export interface HasocRow {
  id: string;
  text: string;
  hof: boolean;
  /** HATE / OFFN / PRFN, or NONE for NOT rows. */
  task2: 'HATE' | 'OFFN' | 'PRFN' | 'NONE';
  targeted: boolean;
}

export type TracLabel = 'NAG' | 'CAG' | 'OAG';
export interface TracRow {
  id: string;
  text: string;
  label: TracLabel;
}

export interface KumarRow {
  id: string;
  text: string;
  level: TracLabel;
  /** Normalised sub-type: none, political, general, communal, curse, geographical, sexual, threat, gendered, casteist, racial. */
  subtype: string;
}

export interface HateCheckRow {
  functionality: string;
  text: string;
  hateful: boolean;
  target: string;
}

export interface HateXplainRow {
  id: string;
  text: string;
  label: 'hate' | 'offensive' | 'normal';
}

export function datasetsDir(): string {
  const candidates = [process.env.MODERATION_DATASETS, path.resolve(process.cwd(), '../shared/datasets'), path.resolve(__dirname, '../../../../../../shared/datasets'), path.resolve(__dirname, '../../../../../shared/datasets')];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'README.md'))) return c;
  return path.resolve(process.cwd(), '../shared/datasets');
}

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

export type HasocSplit = 'en-train' | 'en-test' | 'hi-train' | 'hi-test';
const HASOC_FILES: Record<HasocSplit, string> = {
  'en-train': 'hasoc2019-en-hi/english_dataset.tsv',
  'en-test': 'hasoc2019-en-hi/hasoc2019_en_test-2919.tsv',
  'hi-train': 'hasoc2019-en-hi/hindi_dataset.tsv',
  'hi-test': 'hasoc2019-en-hi/hasoc2019_hi_test_gold_2919.tsv',
};

/** HASOC 2019 (TSV, no quoting). */
export function loadHasoc2019(split: HasocSplit, dir = datasetsDir()): HasocRow[] {
  const lines = read(dir, HASOC_FILES[split]).split('\n');
  const out: HasocRow[] = [];
  for (const line of lines.slice(1)) {
    const f = line.replace(/\r$/, '').split('\t');
    if (f.length < 5) continue;
    out.push({ id: f[0], text: f[1], hof: f[2] === 'HOF', task2: (f[3] as HasocRow['task2']) ?? 'NONE', targeted: f[4] === 'TIN' });
  }
  return out;
}

export type TracSplit = 'en-fb-gold' | 'hi-fb-gold' | 'en-tw-gold' | 'hi-tw-gold' | 'en-train' | 'hi-train' | 'en-dev' | 'hi-dev';
/** TRAC-1 (evaluation only: CC BY-NC-SA). */
export function loadTrac1(split: TracSplit, dir = datasetsDir()): TracRow[] {
  const [lang, a, b] = split.split('-');
  const file = b ? `trac1-aggression/agr_${lang}_${a}_${b}.csv` : `trac1-aggression/agr_${lang}_${a}.csv`;
  const out: TracRow[] = [];
  for (const r of parseCsv(read(dir, file))) {
    if (r.length < 3) continue;
    const label = r[r.length - 1].trim() as TracLabel;
    if (label !== 'NAG' && label !== 'CAG' && label !== 'OAG') continue;
    if (r[1].trim() === '(Save Kashmir).') continue; // known broken row in en train
    out.push({ id: r[0], text: r.slice(1, r.length - 1).join(','), label });
  }
  return out;
}

const KUMAR_LEVEL: Record<string, TracLabel> = { 'Non Aggressive': 'NAG', 'Covertly Aggressive': 'CAG', 'Overtly Aggressive': 'OAG', NAG: 'NAG', CAG: 'CAG', OAG: 'OAG' };
function kumarSubtype(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (t === '' || t === '-') return 'none';
  if (t.startsWith('political')) return 'political';
  if (t.startsWith('general')) return 'general';
  if (t.startsWith('communal')) return 'communal';
  if (t.startsWith('curse')) return 'curse';
  if (t.startsWith('geographical')) return 'geographical';
  if (t.startsWith('sexual')) return 'sexual';
  if (t.startsWith('physical') || t === 'pth') return 'threat';
  if (t.startsWith('gendered') || t === 'gag') return 'gendered';
  if (t.startsWith('casteist') || t === 'caag') return 'casteist';
  if (t.startsWith('racial')) return 'racial';
  return t;
}

/** kumar2018 aggression corpus (Apache-2.0): Facebook + Twitter. */
export function loadKumar2018(dir = datasetsDir()): KumarRow[] {
  const out: KumarRow[] = [];
  for (const file of ['kumar2018-aggression-corpus/Facebook.csv', 'kumar2018-aggression-corpus/Twitter.csv']) {
    for (const r of parseCsv(read(dir, file))) {
      if (r.length < 3) continue;
      const level = KUMAR_LEVEL[r[2].trim()];
      if (!level) continue;
      out.push({ id: r[0].trim(), text: r[1].trim(), level, subtype: kumarSubtype(r[3] ?? '') });
    }
  }
  return out;
}

/** HateCheck test suite (evaluation only). */
export function loadHateCheck(dir = datasetsDir()): HateCheckRow[] {
  const rows = parseCsv(read(dir, 'hatecheck/test_suite_cases.csv'));
  const h = rows[0];
  const fi = h.indexOf('functionality');
  const ti = h.indexOf('test_case');
  const li = h.indexOf('label_gold');
  const gi = h.indexOf('target_ident');
  return rows.slice(1).filter((r) => r.length > li).map((r) => ({ functionality: r[fi], text: r[ti].trim(), hateful: r[li] === 'hateful', target: r[gi] }));
}

// post_tokens is a Python list literal of strings.
function pyList(s: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  return out;
}

/** HateXplain test (or val) split: majority label, text rebuilt from post_tokens. */
export function loadHateXplain(split: 'test' | 'val' = 'test', dir = datasetsDir()): HateXplainRow[] {
  const rows = parseCsv(read(dir, `hatexplain-test-val/df_${split}_processed.csv`));
  const h = rows[0];
  const ai = h.indexOf('annotators');
  const pi = h.indexOf('post_tokens');
  const out: HateXplainRow[] = [];
  for (const r of rows.slice(1)) {
    if (r.length <= pi) continue;
    const labels = /'label':\s*\[([^\]]*)\]/.exec(r[ai])?.[1].split(',').map((x) => Number(x.trim())) ?? [];
    const count = [0, 0, 0];
    for (const l of labels) if (l >= 0 && l <= 2) count[l]++;
    const best = count.indexOf(Math.max(...count));
    if (count[best] < 2) continue;
    out.push({ id: r[0], text: pyList(r[pi]).join(' '), label: best === 0 ? 'hate' : best === 1 ? 'normal' : 'offensive' });
  }
  return out;
}
