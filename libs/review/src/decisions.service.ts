import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommentEntity, CommentLifecycleService, CommentStatus } from '@app/comments';
import { DomainError } from '@app/common';
import { SharedMetrics } from '@app/observability';
import { ReviewScope } from './review-scope';
import { ClaimsService } from './claims.service';
import { ReviewQueueService } from './review-queue.service';

export const MODERATOR_OUTCOMES = ['approve', 'reject', 'remove'] as const;
export type ModeratorOutcome = (typeof MODERATOR_OUTCOMES)[number];

/** approve/reject decide a held comment; remove takes down a published (or held) one. */
const RULES: Record<ModeratorOutcome, { from: CommentStatus[]; to: CommentStatus }> = {
  approve: { from: ['held'], to: 'approved' },
  reject: { from: ['held'], to: 'rejected' },
  remove: { from: ['approved', 'held'], to: 'removed' },
};

export interface DecisionInput {
  outcome: ModeratorOutcome;
  note?: string | null;
  /** Optimistic concurrency: apply only if the comment is still at this version. */
  expectedVersion?: number;
}

export interface BulkResult {
  id: string;
  ok: boolean;
  status?: string;
  version?: number;
  error?: { statusCode: number; code: string; message: string };
}

const STATUS_BY_KIND: Record<string, number> = { not_found: 404, conflict: 409, invalid: 400, forbidden: 403, unauthorized: 401 };

/**
 * Moderator decisions. Every one goes through CommentLifecycleService, so the state change, the
 * decision row, the moderation log and the webhook outbox event commit together; the claim is
 * dropped and open reader reports are resolved in the same transaction.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: CommentLifecycleService,
    private readonly claims: ClaimsService,
    private readonly queue: ReviewQueueService,
    private readonly metrics: SharedMetrics,
  ) {}

  async decide(scope: ReviewScope, commentId: string, input: DecisionInput): Promise<CommentEntity> {
    const siteId = await this.queue.siteOf(scope, commentId);
    const rule = RULES[input.outcome];
    let heldSince: Date | null = null;
    const comment = await this.dataSource.transaction(async (m) => {
      await this.claims.assertNotClaimedByOther(m, scope, commentId);
      const before = await m.findOneByOrFail(CommentEntity, { siteId, id: commentId });
      if (before.status === 'held') heldSince = before.decidedAt;
      const after = await this.lifecycle.transitionOrConflict(
        {
          siteId,
          commentId,
          fromStatuses: rule.from,
          expectedVersion: input.expectedVersion,
          toStatus: rule.to,
          actor: scope.actor,
          action: input.outcome,
          outcome: input.outcome,
          // The check results stay with the decision, so the webhook tells the site why it was held.
          reasons: before.decision?.reasons ?? [],
          language: before.language,
          note: input.note ?? null,
          details: { previousDecidedBy: before.decision?.decidedBy ?? null },
        },
        m,
      );
      await this.claims.clear(m, commentId);
      await m.query(`UPDATE comment_reports SET resolved_at = now() WHERE comment_id = $1 AND resolved_at IS NULL`, [commentId]);
      return after;
    });
    const who = scope.moderatorId ?? scope.actor;
    await this.metrics.inc('moderation_moderator_decisions_total', { moderator: who, outcome: input.outcome });
    await this.metrics.inc('moderation_decisions_total', { outcome: input.outcome, by: 'moderator' });
    if (heldSince) await this.metrics.observe('moderation_review_seconds', (Date.now() - (heldSince as Date).getTime()) / 1000, { outcome: input.outcome });
    return comment;
  }

  /** Decides each comment on its own (one transaction each); a conflict on one does not stop the rest. */
  async decideMany(scope: ReviewScope, ids: string[], input: Omit<DecisionInput, 'expectedVersion'>): Promise<BulkResult[]> {
    const results: BulkResult[] = [];
    for (const id of [...new Set(ids)]) {
      try {
        const c = await this.decide(scope, id, input);
        results.push({ id, ok: true, status: c.status, version: c.version });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        results.push({ id, ok: false, error: { statusCode: STATUS_BY_KIND[err.kind] ?? 400, code: err.code, message: err.message } });
      }
    }
    return results;
  }
}
