import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CheckResult } from '@app/moderation';
import { uuidv7 } from '@app/database';
import { CommentEntity, CommentStatus, CurrentDecision } from './comment.entity';
import { CommentEventType } from './comment-event.entity';
import { StaleStateError } from './comments.errors';
import { CommentsRepository } from './comments.repository';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly comments: CommentsRepository,
  ) {}

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
    const details = { outcome: t.outcome, reasons: decision.reasons.map((r) => ({ check: r.check, score: r.score, severity: r.severity })), ...t.details };
    const eventType = EVENT_BY_STATUS[t.toStatus] ?? null;
    const params: unknown[] = [
      t.toStatus, decision, now, t.language ?? null, t.siteId, t.commentId, t.fromStatuses, // $1..$7
      uuidv7(), t.outcome, t.actor, JSON.stringify(decision.reasons), JSON.stringify(decision.explanation ?? []), t.note ?? null, // $8..$13
      t.action, t.note ?? (decision.explanation?.join('; ') || null), details, // $14..$16
      uuidv7(), eventType, now.toISOString(), // $17..$19
    ];
    let versionClause = '';
    if (t.expectedVersion !== undefined) {
      params.push(t.expectedVersion);
      versionClause = ` AND c.version = $${params.length}`;
    }
    // One statement, one round trip, atomic: lock the row, move it only if it is still in an
    // expected state, and write the decision, the log entry and the outbox event from what moved.
    // A concurrent transition waits on the lock, then finds the status changed and moves nothing.
    const rows: Record<string, unknown>[] = await m.query(
      `WITH o AS (
         SELECT id, status AS old_status FROM comments WHERE site_id = $5 AND id = $6 FOR UPDATE
       ), upd AS (
         UPDATE comments c SET status = $1, decision = $2, decided_at = $3, updated_at = $3,
                language = COALESCE($4, c.language), version = c.version + 1
           FROM o WHERE c.id = o.id AND c.status = ANY($7)${versionClause}
         RETURNING c.*, o.old_status
       ), d AS (
         INSERT INTO decisions (id, comment_id, site_id, outcome, decided_by, language, reasons, explanation, note, created_at)
         SELECT $8, id, site_id, $9, $10, $4, $11::jsonb, $12::jsonb, $13, $3 FROM upd
       ), l AS (
         INSERT INTO moderation_log (comment_id, site_id, actor, action, from_status, to_status, version, reason, details, created_at)
         SELECT id, site_id, $10, $14, old_status, status, version, $15, $16, $3 FROM upd
       ), e AS (
         INSERT INTO comment_events (id, comment_id, site_id, type, version, payload, created_at)
         SELECT $17, id, site_id, $18, version,
                jsonb_build_object('type', $18::text, 'timestamp', $19::text, 'data', jsonb_build_object(
                  'id', id, 'externalId', external_id, 'siteId', site_id, 'status', status, 'version', version, 'decision', $2::jsonb)),
                $3
           FROM upd WHERE $18::text IS NOT NULL
       )
       SELECT * FROM upd`,
      params,
    );
    if (rows.length > 0) return { comment: this.comments.fromRow(rows[0]), applied: true };
    const current = await m.findOneOrFail(CommentEntity, { where: { siteId: t.siteId, id: t.commentId } });
    return { comment: current, applied: false };
  }

}
