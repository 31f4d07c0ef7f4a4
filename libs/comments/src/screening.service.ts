import { Injectable } from '@nestjs/common';
import { ModerationEngine, Outcome, parsePolicy } from '@app/moderation';
import { CommentStatus } from './comment.entity';
import { CommentsRepository } from './comments.repository';
import { CommentLifecycleService } from './comment-lifecycle.service';

const STATUS_BY_OUTCOME: Record<Outcome, CommentStatus> = { approve: 'approved', hold: 'held', reject: 'rejected' };

export type ScreeningOutcome =
  | { kind: 'decided'; outcome: Outcome; status: CommentStatus; engineMs: number; queuedMs: number }
  | { kind: 'skipped'; reason: 'missing' | 'already_decided' };

/** Loaded once per process: construction reads the shipped dictionaries and weights. */
let engine: ModerationEngine | undefined;
export function moderationEngine(): ModerationEngine {
  return (engine ??= ModerationEngine.load());
}

/**
 * Screens one queued comment: runs the checks, applies the site's policy and records the decision.
 * Idempotent: a comment that is no longer `queued` is left alone, so a re-delivered job changes nothing.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly lifecycle: CommentLifecycleService,
  ) {}

  async screen(siteId: string, commentId: string): Promise<ScreeningOutcome> {
    const comment = await this.comments.findForScreening(siteId, commentId);
    if (!comment) return { kind: 'skipped', reason: 'missing' };
    if (comment.status !== 'queued') return { kind: 'skipped', reason: 'already_decided' };
    const policy = parsePolicy(comment.policy);
    const started = performance.now();
    const { decision } = moderationEngine().moderate(comment.text, { siteDomains: comment.domains, policy });
    const engineMs = performance.now() - started;
    const status = STATUS_BY_OUTCOME[decision.outcome];
    const r = await this.lifecycle.transition({
      siteId,
      commentId,
      fromStatuses: ['queued'],
      toStatus: status,
      actor: 'system',
      action: 'screened',
      outcome: decision.outcome,
      reasons: decision.flags,
      explanation: decision.explanation,
      language: decision.language,
    });
    if (!r.applied) return { kind: 'skipped', reason: 'already_decided' };
    return { kind: 'decided', outcome: decision.outcome, status, engineMs, queuedMs: Date.now() - comment.createdAt.getTime() };
  }
}
