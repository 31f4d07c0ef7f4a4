import { readFixtureJsonl } from '../datasets';
import { binary } from '../score';
import { Suite } from '../suite';

// The committed labelled link set (test/fixtures/links/links.jsonl): { text, link, kind, source, siteDomains? }.

export interface LinkCase {
  text: string;
  link: boolean;
  kind: 'plain' | 'obfuscated' | 'trap' | 'own-domain' | 'contact';
  source: string;
  siteDomains?: string[];
}

export function loadLinkCases(): LinkCase[] {
  return readFixtureJsonl<LinkCase>('test/fixtures/links/links.jsonl');
}

export const linksSuite: Suite = {
  name: 'links',
  description: 'labelled link set: plain, obfuscated, contact details, traps, own-domain links',
  run(ctx) {
    const cases = loadLinkCases();
    const pred = cases.map((c) => ctx.engine.screen(c.text, { siteDomains: c.siteDomains ?? ['thehindu.com'] }).checks.find((x) => x.check === 'links')!.flagged);
    const gold = cases.map((c) => c.link);
    const m = binary(pred, gold);
    const rows = [
      {
        dataset: 'test/fixtures/links (all)',
        check: 'links',
        n: cases.length,
        target: 'precision and recall >= 0.97',
        pass: (m.precision ?? 0) >= 0.97 && (m.recall ?? 0) >= 0.97,
        engine: m,
      },
    ];
    for (const k of ['plain', 'obfuscated', 'contact', 'trap', 'own-domain'] as const) {
      const idx = cases.map((c, i) => (c.kind === k ? i : -1)).filter((i) => i >= 0);
      rows.push({ dataset: `  links: ${k}`, check: 'links', n: idx.length, target: '', pass: undefined as unknown as boolean, engine: binary(idx.map((i) => pred[i]), idx.map((i) => gold[i])) });
    }
    for (const c of cases.map((c, i) => ({ c, p: pred[i] })).filter((x) => x.p !== x.c.link)) ctx.log(`links: ${c.c.link ? 'missed' : 'false alarm'}: ${JSON.stringify(c.c.text.slice(0, 160))}`);
    return rows;
  },
};
