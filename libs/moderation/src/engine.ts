import { SitePolicy, defaultPolicy } from './policy';
import { CheckResult, Decision, Evidence, ScreeningResult, SEVERITIES, Severity } from './types';

// PLACEHOLDER ENGINE (foundation issue): minimal checks so the pipeline can run end to end.
// The detection issue replaces the internals; the public API below (ModerationEngine.load,
// screen, decide, moderate) is what the worker, the CLI and the tests call.

export interface ScreenContext {
  /** The site's own domains; links to them (and subdomains) pass. */
  siteDomains?: string[];
  policy?: SitePolicy;
}

export interface Moderation {
  result: ScreeningResult;
  decision: Decision;
}

const PROFANITY = /\b(fuck\w*|shit\w*|cunt\w*|bitch\w*|asshole\w*)\b/gi;
const LINK = /\b(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+\.(?:com|net|org|info|ru|io)\b\S*)/gi;
const ATTACK = /\byou(?:'re| are| r)? (?:an? )?(?:idiot|moron|stupid|loser)\b/gi;

function scan(text: string, re: RegExp, reason: string): Evidence[] {
  const out: Evidence[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], reason });
  return out;
}

function result(check: CheckResult['check'], evidence: Evidence[], severity: Severity): CheckResult {
  const flagged = evidence.length > 0;
  return { check, flagged, score: flagged ? 1 : 0, severity: flagged ? severity : 'none', evidence };
}

export class ModerationEngine {
  static load(): ModerationEngine {
    return new ModerationEngine();
  }

  screen(text: string, ctx: ScreenContext = {}): ScreeningResult {
    const own = (ctx.siteDomains ?? []).concat(ctx.policy?.allowedDomains ?? []).map((d) => d.toLowerCase());
    const links = scan(text, LINK, 'url').filter((e) => !own.some((d) => e.text.toLowerCase().includes(d)));
    return {
      language: 'en',
      checks: [
        result('obscenity', scan(text, PROFANITY, 'profanity'), 'strong'),
        result('links', links, 'strong'),
        result('personal_attack', scan(text, ATTACK, 'insult'), 'strong'),
        result('hate', [], 'none'),
      ],
    };
  }

  decide(screening: ScreeningResult, policy: SitePolicy = defaultPolicy()): Decision {
    const flags: CheckResult[] = [];
    const explanation: string[] = [];
    let outcome: Decision['outcome'] = 'approve';
    for (const r of screening.checks) {
      const p = policy.checks[r.check];
      if (p && !p.enabled) continue;
      const minSeverity = p?.minSeverity ?? (r.check === 'obscenity' ? 'strong' : 'mild');
      const threshold = p?.threshold ?? 0.5;
      if (!r.flagged || r.score < threshold || SEVERITIES.indexOf(r.severity) < SEVERITIES.indexOf(minSeverity)) continue;
      flags.push(r);
      const action = p?.autoRejectAbove != null && r.score >= p.autoRejectAbove ? 'reject' : (p?.action ?? 'hold');
      explanation.push(`${r.check}: ${action}`);
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
    return { result, decision: this.decide(result, ctx.policy ?? defaultPolicy()) };
  }
}
