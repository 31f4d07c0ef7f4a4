import { ModerationEngine, ScreeningResult } from '@app/moderation';
import { loadPeers } from './peers';
import { EvalContext, Metrics, ReportRow, Suite } from './suite';
import { SUITES } from './suites';

export interface EvalOptions {
  datasets: string;
  suites?: string[];
  verbose?: boolean;
}

export function runEval(opts: EvalOptions, log: (s: string) => void): { rows: ReportRow[]; suites: Suite[] } {
  const engine = ModerationEngine.load();
  const cache = new Map<string, ScreeningResult>();
  const ctx: EvalContext = {
    datasets: opts.datasets,
    engine,
    peers: loadPeers(),
    screen(text) {
      let r = cache.get(text);
      if (!r) {
        r = engine.screen(text);
        cache.set(text, r);
      }
      return r;
    },
    log: opts.verbose ? log : () => {},
  };
  const chosen = opts.suites?.length ? SUITES.filter((s) => opts.suites!.includes(s.name)) : SUITES;
  const rows: ReportRow[] = [];
  for (const s of chosen) {
    const t0 = Date.now();
    rows.push(...s.run(ctx));
    log(`eval: suite ${s.name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { rows, suites: chosen };
}

const f = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(3));

function cell(m: Metrics | undefined): string {
  if (!m) return '';
  const parts: string[] = [];
  if (m.precision !== undefined) parts.push(`P ${f(m.precision)}`);
  if (m.recall !== undefined) parts.push(`R ${f(m.recall)}`);
  if (m.f1 !== undefined) parts.push(`F1 ${f(m.f1)}`);
  if (m.macroF1 !== undefined && m.precision !== undefined) parts.push(`mF1 ${f(m.macroF1)}`);
  if (m.auc !== undefined) parts.push(`AUC ${f(m.auc)}`);
  if (m.flagRate !== undefined && m.precision === undefined) parts.push(`flagged ${(m.flagRate * 100).toFixed(2)}%`);
  return parts.join(' ');
}

export function formatReport(rows: ReportRow[]): string {
  const out: string[] = [];
  for (const r of rows) {
    const mark = r.pass === undefined ? '     ' : r.pass ? ' PASS' : ' FAIL';
    out.push(`${mark} ${r.dataset} [${r.check}] n=${r.n}${r.target ? `  target: ${r.target}` : ''}`);
    out.push(`        engine:     ${cell(r.engine)}`);
    if (r.badWords) out.push(`        bad-words:  ${cell(r.badWords)}`);
    if (r.obscenity) out.push(`        obscenity:  ${cell(r.obscenity)}`);
  }
  return out.join('\n') + '\n';
}
