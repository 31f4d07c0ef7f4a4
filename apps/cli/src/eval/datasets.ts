import * as fs from 'node:fs';
import * as path from 'node:path';

// Loaders for ../shared/datasets. Each returns plain { text, ... } rows; formats are described
// in every folder's SOURCE.md.

/** Repo root: walk up from this file (works from src and from dist). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(path.dirname(dir)) === 'node_modules') {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

/** The records of a JSONL fixture committed under the repository (one JSON object per line). */
export function readFixtureJsonl<T>(relPath: string): T[] {
  return fs
    .readFileSync(path.join(repoRoot(), relPath), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function defaultDatasetsDir(): string {
  return path.resolve(repoRoot(), '../shared/datasets');
}

/** RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (q) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function csvObjects(file: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/** Kaggle insults text is a Python-escaped string inside quotes. */
export function unescapeKaggle(s: string): string {
  let t = s.replace(/^"+|"+$/g, '');
  t = t.replace(/\\\\/g, '\\');
  // \xc2\xa0 pairs are UTF-8 bytes written as escapes: decode runs of \xHH as UTF-8.
  t = t.replace(/(?:\\x[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Buffer.from(run.split('\\x').slice(1).map((h) => parseInt(h, 16)));
    const dec = bytes.toString('utf8');
    return dec.includes('\ufffd') ? bytes.toString('latin1') : dec;
  });
  t = t.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return t.replace(/\\n/g, '\n').replace(/\\t/g, ' ').replace(/\\r/g, '').replace(/\\'/g, "'").replace(/\\"/g, '"');
}

export interface Labelled {
  text: string;
  label: number;
}

export function kaggle(dir: string, file: 'train.csv' | 'test_with_solutions.csv'): Labelled[] {
  return csvObjects(path.join(dir, 'kaggle-insults-2012', file)).map((r) => ({ text: unescapeKaggle(r.Comment), label: Number(r.Insult) }));
}

function tsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
    .slice(1)
    .map((l) => l.split('\t'));
}

export interface OlidRow extends Labelled {
  b: string;
  c: string;
}

export function olidTrain(dir: string): OlidRow[] {
  return tsv(path.join(dir, 'olid', 'olid-training-v1.0.tsv')).map((r) => ({ text: r[1], label: r[2] === 'OFF' ? 1 : 0, b: r[3], c: r[4] }));
}

export function olidTestA(dir: string): Labelled[] {
  const labels = new Map(
    fs
      .readFileSync(path.join(dir, 'olid', 'labels-levela.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',') as [string, string]),
  );
  return tsv(path.join(dir, 'olid', 'testset-levela.tsv')).map((r) => ({ text: r[1], label: labels.get(r[0]) === 'OFF' ? 1 : 0 }));
}

export interface HateCheckRow {
  functionality: string;
  text: string;
  hateful: boolean;
}

export function hatecheck(dir: string): HateCheckRow[] {
  return csvObjects(path.join(dir, 'hatecheck', 'test_suite_cases.csv')).map((r) => ({
    functionality: r.functionality,
    text: r.test_case.trim(),
    hateful: r.label_gold === 'hateful',
  }));
}

export function wikiIdentity(dir: string): Labelled[] {
  return csvObjects(path.join(dir, 'wikipedia-toxicity-identity-subset', 'toxicity_nonfuzzed_testset.csv')).map((r) => ({
    text: r.comment,
    label: r.toxic === 'True' ? 1 : 0,
  }));
}

export function davidson(dir: string): Array<{ text: string; cls: number }> {
  return csvObjects(path.join(dir, 'davidson2017', 'labeled_data.csv')).map((r) => ({ text: decodeEntities(r.tweet), cls: Number(r.class) }));
}

export function youtube(dir: string): Array<{ id: string; text: string; spam: number }> {
  const out: Array<{ id: string; text: string; spam: number }> = [];
  for (const f of ['Youtube01-Psy.csv', 'Youtube02-KatyPerry.csv', 'Youtube03-LMFAO.csv', 'Youtube04-Eminem.csv', 'Youtube05-Shakira.csv']) {
    for (const r of csvObjects(path.join(dir, 'youtube-spam-collection', f))) out.push({ id: r.COMMENT_ID, text: decodeEntities(r.CONTENT), spam: Number(r.CLASS) });
  }
  return out;
}

export function lines(dir: string, rel: string): string[] {
  return fs
    .readFileSync(path.join(dir, rel), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
