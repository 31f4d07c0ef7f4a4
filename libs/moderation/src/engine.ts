import { Check, CheckContext } from './checks/check';
import { createChecks, detectLanguage } from './checks/registry';
import { normalize } from './normalize';
import { SitePolicy, defaultPolicy } from './policy';
import { CheckResult, Decision, ScreeningResult, SEVERITIES } from './types';

// The moderation engine: normalizes a comment once, runs every check on it and turns the
// results into a decision under a site's policy. Plain TypeScript, no I/O after `load()`.

export interface ScreenContext {
  /** The site's own domains; links to them (and subdomains) pass. */
  siteDomains?: string[];
  policy?: SitePolicy;
}

export interface Moderation {
  result: ScreeningResult;
  decision: Decision;
}

/** Default lowest severity that counts, per check (SPEC: mild obscenity passes by default). */
const DEFAULT_MIN_SEVERITY: Record<CheckResult['check'], (typeof SEVERITIES)[number]> = {
  obscenity: 'strong',
  links: 'mild',
  personal_attack: 'mild',
  hate: 'mild',
};

let loaded: Check[] | undefined;
// Parsing the default policy with zod costs more than some checks: parse it once.
let defaults: SitePolicy | undefined;
const fallbackPolicy = (): SitePolicy => (defaults ??= defaultPolicy());

// The allowed-domain list of the last call, kept while the caller's lists have the same contents
// (callers usually pass the same site and policy for every comment). Checks only read it.
let lastSite: string[] = [];
let lastPolicyDomains: string[] = [];
let lastAllowed: string[] = [];
const sameList = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
function allowedDomainsOf(site: string[] | undefined, policyDomains: string[]): string[] {
  const s = site ?? [];
  if (sameList(s, lastSite) && sameList(policyDomains, lastPolicyDomains)) return lastAllowed;
  const allowed = s
    .concat(policyDomains)
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  lastSite = s.slice();
  lastPolicyDomains = policyDomains.slice();
  lastAllowed = allowed;
  return allowed;
}

export class ModerationEngine {
  private constructor(private readonly checks: Check[]) {}

  /** Loads dictionaries and model weights once per process; later calls are cheap. */
  static load(): ModerationEngine {
    loaded ??= createChecks();
    return new ModerationEngine(loaded);
  }

  screen(text: string, ctx: ScreenContext = {}): ScreeningResult {
    const policy = ctx.policy ?? fallbackPolicy();
    const doc = normalize(typeof text === 'string' ? text : String(text ?? ''));
    const language = detectLanguage(doc);
    const allowedDomains = allowedDomainsOf(ctx.siteDomains, policy.allowedDomains);
    const checks: CheckResult[] = [];
    const cctx: CheckContext = { allowedDomains, policy, language, previous: checks };
    for (const c of this.checks) {
      const p = policy.checks[c.name];
      if (p && !p.enabled) {
        checks.push({ check: c.name, flagged: false, score: 0, severity: 'none', evidence: [] });
        continue;
      }
      checks.push(c.run(doc, cctx));
    }
    return { language, checks };
  }

  decide(screening: ScreeningResult, policy: SitePolicy = fallbackPolicy()): Decision {
    const flags: CheckResult[] = [];
    const explanation: string[] = [];
    let outcome: Decision['outcome'] = 'approve';
    for (const r of screening.checks) {
      const p = policy.checks[r.check];
      if (p && !p.enabled) continue;
      const minSeverity = p?.minSeverity ?? DEFAULT_MIN_SEVERITY[r.check];
      const threshold = p?.threshold ?? 0.5;
      if (!r.flagged || r.score < threshold || SEVERITIES.indexOf(r.severity) < SEVERITIES.indexOf(minSeverity)) continue;
      flags.push(r);
      const action = p?.autoRejectAbove != null && r.score >= p.autoRejectAbove ? 'reject' : (p?.action ?? 'hold');
      explanation.push(`${r.check}: ${r.severity} (score ${r.score.toFixed(2)}) -> ${action}`);
      if (action === 'reject') outcome = 'reject';
      else if (outcome === 'approve') outcome = 'hold';
    }
    if (policy.mode === 'pre' && outcome === 'approve') {
      outcome = 'hold';
      explanation.push('pre-moderation: every comment waits for a moderator');
    }
    return { outcome, language: screening.language, flags, explanation };
  }

  moderate(text: string, ctx: ScreenContext = {}): Moderation {
    const result = this.screen(text, ctx);
    return { result, decision: this.decide(result, ctx.policy ?? fallbackPolicy()) };
  }
}
