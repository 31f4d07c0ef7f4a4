// Public types of the moderation engine. The HTTP contract, the webhooks and `bin/moderate screen`
// all serialise these shapes, so changing a field name here changes the public contract.

export const CHECK_NAMES = ['obscenity', 'links', 'personal_attack', 'hate'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** Ordered from least to most serious. */
export const SEVERITIES = ['none', 'mild', 'strong', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Language = 'en' | 'hi' | 'hi-Latn' | 'other';

export interface Evidence {
  /** UTF-16 offset into the original text (inclusive). */
  start: number;
  /** UTF-16 offset into the original text (exclusive). */
  end: number;
  /** Always `originalText.slice(start, end)`. */
  text: string;
  /** Short machine-friendly reason, e.g. `profanity:fuck`, `url`, `threat`. */
  reason: string;
}

export interface CheckResult {
  check: CheckName;
  flagged: boolean;
  /** 0..1 */
  score: number;
  severity: Severity;
  evidence: Evidence[];
}

export type Outcome = 'approve' | 'hold' | 'reject';

export interface ScreeningResult {
  language: Language;
  checks: CheckResult[];
}

export interface Decision {
  outcome: Outcome;
  language: Language;
  /** Results of the checks that flagged the comment (empty when clean). */
  flags: CheckResult[];
  /** Human-readable explanation of how the policy produced the outcome. */
  explanation: string[];
}
