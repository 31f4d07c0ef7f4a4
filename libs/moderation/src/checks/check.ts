import { NormalizedText, toOriginal } from '../normalize';
import { SitePolicy } from '../policy';
import { CheckName, CheckResult, Evidence, Language, Severity } from '../types';

/** What every check receives besides the text. Built once per `screen()` call. */
export interface CheckContext {
  /** Lower-cased site domains plus policy.allowedDomains. */
  allowedDomains: string[];
  policy: SitePolicy;
  language: Language;
  /** Results of the checks that ran before this one (obscenity, links run first). */
  previous: ReadonlyArray<CheckResult>;
}

/** A check is constructed once (loading its data) and then runs with no I/O. */
export interface Check {
  readonly name: CheckName;
  run(doc: NormalizedText, ctx: CheckContext): CheckResult;
}

/** Evidence from a range of the folded text, mapped back to the original. */
export function evidence(doc: NormalizedText, start: number, end: number, reason: string): Evidence {
  const s = toOriginal(doc, start, end);
  return { start: s.start, end: s.end, text: doc.original.slice(s.start, s.end), reason };
}

/** Evidence from a range of the original text. */
export function originalEvidence(original: string, start: number, end: number, reason: string): Evidence {
  return { start, end, text: original.slice(start, end), reason };
}

export function result(check: CheckName, flagged: boolean, score: number, severity: Severity, ev: Evidence[]): CheckResult {
  return { check, flagged, score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000, severity: flagged ? severity : 'none', evidence: flagged ? ev : [] };
}

export function unflagged(check: CheckName, score = 0): CheckResult {
  return { check, flagged: false, score, severity: 'none', evidence: [] };
}
