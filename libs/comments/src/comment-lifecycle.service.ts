import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CheckResult } from '@app/moderation';
import { uuidv7 } from '@app/database';
import { CommentEntity, CommentStatus, CurrentDecision } from './comment.entity';
import { CommentEventEntity, CommentEventPayload, CommentEventType } from './comment-event.entity';
import { DecisionEntity } from './decision.entity';
import { ModerationLogEntity } from './moderation-log.entity';
import { StaleStateError } from './comments.errors';

const EVENT_BY_STATUS: Partial<Record<CommentStatus, CommentEventType>> = {
  approved: 'comment.approved',
  held: 'comment.held',
  rejected: 'comment.rejected',
  removed: 'comment.removed',
};

export interface Transition {
  siteId: string;
  commentId: string;
  /** The change applies only while the comment is in one of these states... */
  fromStatuses: CommentStatus[];
  /** ...and, when given, still at this version (a moderator's optimistic concurrency). */
  expectedVersion?: number;
  toStatus: CommentStatus;
  /** `system`, `moderator:<id>`, `site`. */
  actor: string;
  /** Log action, e.g. `screened`, `approve`, `reject`, `remove`, `reported`. */
  action: string;
  outcome: CurrentDecision['outcome'];
  reasons?: CheckResult[];
  explanation?: string[];
  language?: string | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

export interface TransitionResult {
  comment: CommentEntity;
  /** False when the comment was no longer in `fromStatuses` (idempotent re-run or lost race). */
  applied: boolean;
}

/**
 * The one place where a comment changes state. The conditional UPDATE, the decision row, the
 * moderation-log entry and the outbox event are written in one transaction: either all or none,
 * and of two concurrent transitions from the same state exactly one applies.
 */
@Injectable()
export class CommentLifecycleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async transition(t: Transition, manager?: EntityManager): Promise<TransitionResult> {
    if (manager) return this.apply(manager, t);
    return this.dataSource.transaction((m) => this.apply(m, t));
  }

  /** Like transition(), but a comment that moved on raises StaleStateError (409 for moderators). */
  async transitionOrConflict(t: Transition, manager?: EntityManager): Promise<CommentEntity> {
    const r = await this.transition(t, manager);
    if (!r.applied) throw new StaleStateError({ status: r.comment.status, version: r.comment.version });
    return r.comment;
  }

  private async apply(m: EntityManager, t: Transition): Promise<TransitionResult> {
    const now = new Date();
    const decision: CurrentDecision = {
      outcome: t.outcome,
      decidedBy: t.actor,
      decidedAt: now.toISOString(),
      reasons: t.reasons ?? [],
      explanation: t.explanation ?? [],
      note: t.note ?? null,
    };
    const params: unknown[] = [t.toStatus, decision, now, t.language ?? null, t.siteId, t.commentId, t.fromStatuses];
    let versionClause = '';
    if (t.expectedVersion !== undefined) {
      params.push(t.expectedVersion);
      versionClause = ` AND version = $${params.length}`;
    }
    // The sub-select locks the row; a concurrent transition waits, then finds the status changed
    // and updates nothing. It also hands back the status we moved from, for the log.
    const raw: unknown = await m.query(
      `UPDATE comments c SET status = $1, decision = $2, decided_at = $3, updated_at = $3,
              language = COALESCE($4, c.language), version = c.version + 1
         FROM (SELECT id, status AS old_status FROM comments WHERE site_id = $5 AND id = $6 FOR UPDATE) o
        WHERE c.id = o.id AND c.status = ANY($7)${versionClause}
        RETURNING o.old_status, c.version`,
      params,
    );
    const updated = (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as { old_status: string }[];
    const comment = await m.findOneOrFail(CommentEntity, { where: { siteId: t.siteId, id: t.commentId } });
    if (updated.length === 0) return { comment, applied: false };

    await m.insert(DecisionEntity, {
      id: uuidv7(),
      commentId: t.commentId,
      siteId: t.siteId,
      outcome: t.outcome,
      decidedBy: t.actor,
      language: t.language ?? null,
      reasons: decision.reasons,
      explanation: decision.explanation ?? [],
      note: t.note ?? null,
    });
    await m.insert(ModerationLogEntity, {
      commentId: t.commentId,
      siteId: t.siteId,
      actor: t.actor,
      action: t.action,
      fromStatus: updated[0].old_status,
      toStatus: t.toStatus,
      version: comment.version,
      reason: t.note ?? (decision.explanation?.join('; ') || null),
      details: { outcome: t.outcome, reasons: decision.reasons.map((r) => ({ check: r.check, score: r.score, severity: r.severity })), ...t.details },
    });
    const type = EVENT_BY_STATUS[t.toStatus];
    if (type) await this.recordEvent(m, comment, type, decision, now);
    return { comment, applied: true };
  }

  private async recordEvent(m: EntityManager, c: CommentEntity, type: CommentEventType, decision: CurrentDecision, now: Date): Promise<void> {
    const payload: CommentEventPayload = {
      type,
      timestamp: now.toISOString(),
      data: { id: c.id, externalId: c.externalId, siteId: c.siteId, status: c.status, version: c.version, decision },
    };
    await m.insert(CommentEventEntity, { id: uuidv7(), commentId: c.id, siteId: c.siteId, type, version: c.version, payload: payload as never });
  }
}
