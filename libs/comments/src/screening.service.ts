import { Injectable } from '@nestjs/common';
import { MicroBatcher } from '@app/common';
import { ModerationEngine, Outcome, parsePolicy, SitePolicy } from '@app/moderation';
import { CommentStatus } from './comment.entity';
import { CommentsRepository } from './comments.repository';
import { CommentLifecycleService, Screening } from './comment-lifecycle.service';

const STATUS_BY_OUTCOME: Record<Outcome, CommentStatus> = { approve: 'approved', hold: 'held', reject: 'rejected' };

export type ScreeningOutcome =
  | { kind: 'decided'; outcome: Outcome; status: CommentStatus; engineMs: number; queuedMs: number }
  | { kind: 'skipped'; reason: 'missing' | 'already_decided' };

/** Loaded once per process: construction reads the shipped dictionaries and weights. */
let engine: ModerationEngine | undefined;
export function moderationEngine(): ModerationEngine {
  return (engine ??= ModerationEngine.load());
}

interface ScreenRequest {
  siteId: string;
  commentId: string;
}

/**
 * Screens queued comments: runs the checks, applies the site's policy and records the decision.
 * Idempotent: a comment that is no longer `queued` is left alone, so a re-delivered job changes nothing.
 *
 * The worker runs several jobs at once; their screenings are grouped (group commit): one query
 * loads the batch's comments with their sites, one statement records all decisions. Under load a
 * decision costs a fraction of a round trip; a lone job goes at once.
 */
@Injectable()
export class ScreeningService {
  private readonly batcher = new MicroBatcher<ScreenRequest, ScreeningOutcome>({
    runBatch: (batch) => this.screenBatch(batch),
    maxBatch: 64,
    maxInFlight: 2,
  });

  /** Parsed policy per site, valid while the site's updated_at is unchanged. */
  private readonly policies = new Map<string, { version: string; policy: SitePolicy }>();

  constructor(
    private readonly comments: CommentsRepository,
    private readonly lifecycle: CommentLifecycleService,
  ) {}

  private policyOf(siteId: string, raw: unknown, version: string): SitePolicy {
    const hit = this.policies.get(siteId);
    if (hit && hit.version === version) return hit.policy;
    const policy = parsePolicy(raw);
    if (this.policies.size >= 10_000) this.policies.clear();
    this.policies.set(siteId, { version, policy });
    return policy;
  }

  screen(siteId: string, commentId: string): Promise<ScreeningOutcome> {
    return this.batcher.submit({ siteId, commentId });
  }

  private async screenBatch(batch: ScreenRequest[]): Promise<ScreeningOutcome[]> {
    const loaded = await this.comments.findManyForScreening([...new Set(batch.map((b) => b.commentId))]);
    const byId = new Map(loaded.map((c) => [c.id, c]));
    const outcomes: ScreeningOutcome[] = new Array(batch.length);
    const decided: { index: number; screening: Screening; engineMs: number; createdAt: Date }[] = [];
    const seen = new Set<string>();
    batch.forEach((req, index) => {
      const comment = byId.get(req.commentId);
      // Another site's comment id is as unknown as a missing one.
      if (!comment || comment.siteId !== req.siteId) outcomes[index] = { kind: 'skipped', reason: 'missing' };
      else if (comment.status !== 'queued' || seen.has(comment.id)) outcomes[index] = { kind: 'skipped', reason: 'already_decided' };
      else {
        seen.add(comment.id);
        const policy = this.policyOf(comment.siteId, comment.policy, comment.siteVersion);
        const started = performance.now();
        const { decision } = moderationEngine().moderate(comment.text, { siteDomains: comment.domains, policy });
        const engineMs = performance.now() - started;
        decided.push({
          index,
          engineMs,
          createdAt: comment.createdAt,
          screening: {
            siteId: req.siteId,
            commentId: comment.id,
            toStatus: STATUS_BY_OUTCOME[decision.outcome],
            outcome: decision.outcome,
            reasons: decision.flags,
            explanation: decision.explanation,
            language: decision.language,
          },
        });
      }
    });
    const moved = await this.lifecycle.recordScreenings(decided.map((d) => d.screening));
    const now = Date.now();
    for (const d of decided) {
      outcomes[d.index] = moved.has(d.screening.commentId)
        ? { kind: 'decided', outcome: d.screening.outcome as Outcome, status: d.screening.toStatus, engineMs: d.engineMs, queuedMs: now - d.createdAt.getTime() }
        : { kind: 'skipped', reason: 'already_decided' };
    }
    return outcomes;
  }
}
