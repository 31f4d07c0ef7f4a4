import { ModerationEngine, ScreeningResult } from '@app/moderation';
import { Peers } from './peers';

// An eval suite measures one dataset (or a family of them) and returns rows for the report.
// Suites live in ./suites/*.ts and are registered in ./suites/index.ts.

export interface EvalContext {
  datasets: string;
  engine: ModerationEngine;
  peers: Peers;
  /** Screening results are cached per text so suites sharing rows do not pay twice. */
  screen(text: string): ScreeningResult;
  log(line: string): void;
}

/** One system's numbers on one (dataset, check) row. Undefined metrics print as "-". */
export interface Metrics {
  precision?: number;
  recall?: number;
  f1?: number;
  auc?: number;
  macroF1?: number;
  /** Share of rows flagged (for sets with only negatives, or only positives). */
  flagRate?: number;
}

export interface ReportRow {
  dataset: string;
  check: string;
  n: number;
  /** Target, e.g. "recall >= 0.98", printed next to the numbers. */
  target?: string;
  /** The measured value compared with the target (engine). */
  pass?: boolean;
  engine: Metrics;
  badWords?: Metrics;
  obscenity?: Metrics;
}

export interface Suite {
  name: string;
  description: string;
  run(ctx: EvalContext): ReportRow[];
}
