import { readFixtureJsonl } from '../datasets';
import { binary, peersBinary, rate, recallOnly } from '../score';
import { ReportRow, Suite } from '../suite';

// Hand-written news comments (test/fixtures/news/news-comments.jsonl), the kind a newsroom's readers
// write: clean ones full of traps (violent words in news, place names, criticism of policies, identity
// mentions, Hinglish and Hindi), obfuscated obscenity, attacks without swear words, disguised links and
// group hate. Each line: { text, expect: 'approve' | 'hold', check?: the check that should hold it, kind }.
// Written for this repository; no dataset rows. The whole engine with the default policy is judged:
// a clean comment must pass every check, a bad one must be held by at least one. The site is
// thehindu.com, so links to it are its own.

export interface NewsCase {
  text: string;
  expect: 'approve' | 'hold';
  check?: string;
  kind: string;
}

export function loadNewsCases(): NewsCase[] {
  return readFixtureJsonl<NewsCase>('test/fixtures/news/news-comments.jsonl');
}

export const newsSuite: Suite = {
  name: 'news',
  description: 'hand-written news comments: clean traps, obfuscated obscenity, attacks without swear words, disguised links, group hate',
  run(ctx) {
    const cases = loadNewsCases();
    // The comments are written for a site at thehindu.com (links to it are its own).
    const held = cases.map((c) => ctx.engine.screen(c.text, { siteDomains: ['thehindu.com'] }).checks.some((x) => x.flagged));
    const gold = cases.map((c) => c.expect === 'hold');
    const texts = cases.map((c) => c.text);
    const rows: ReportRow[] = [{ dataset: 'news comments (all): held vs approved', check: 'any', n: cases.length, target: 'report', engine: binary(held, gold), ...peersBinary(ctx, texts, gold) }];
    const subset = (keep: (c: NewsCase) => boolean) => cases.map((c, i) => (keep(c) ? i : -1)).filter((i) => i >= 0);
    // One row per subset: the engine's and the peers' share of it held (flag rate on clean comments, recall on the rest).
    const subsetRow = (dataset: string, idx: number[], metric: typeof rate) => ({
      dataset,
      check: 'any',
      n: idx.length,
      target: 'report',
      engine: metric(idx.map((i) => held[i])),
      badWords: metric(idx.map((i) => ctx.peers.badWords(texts[i]))),
      obscenity: metric(idx.map((i) => ctx.peers.obscenity(texts[i]))),
    });
    rows.push(subsetRow('  clean comments held (false alarms)', subset((c) => c.expect === 'approve'), rate));
    for (const check of [...new Set(cases.map((c) => c.check).filter((c): c is string => !!c))]) {
      rows.push(subsetRow(`  ${check} cases held (by any check)`, subset((c) => c.check === check), recallOnly));
    }
    for (const [i, c] of cases.entries()) if (held[i] !== gold[i]) ctx.log(`news: ${gold[i] ? 'missed' : 'false alarm'}: ${JSON.stringify(c.text)}`);
    return rows;
  },
};
