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

/** The current decision as stored on the comment and sent in its event. */
function decisionOf(outcome: CurrentDecision['outcome'], actor: string, at: string, reasons: CheckResult[], explanation: string[], note: string | null): CurrentDecision {
  return { outcome, decidedBy: actor, decidedAt: at, reasons, explanation, note };
}

/** The moderation-log entry's details: the outcome and each check's score, not its evidence. */
function logDetails(d: CurrentDecision, extra?: Record<string, unknown>): Record<string, unknown> {
  return { outcome: d.outcome, reasons: d.reasons.map((r) => ({ check: r.check, score: r.score, severity: r.severity })), ...extra };
}

/** The moderation-log entry's reason: the note, else the explanation. */
function logReason(d: CurrentDecision): string | null {
  return d.note ?? (d.explanation?.join('; ') || null);
}

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

/** A screening decision for `recordScreenings`: the worker's `queued` → approved/held/rejected. */
export interface Screening {
  siteId: string;
  commentId: string;
  toStatus: CommentStatus;
  outcome: CurrentDecision['outcome'];
  reasons: CheckResult[];
  explanation: string[];
  language: string | null;
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
    const decision = decisionOf(t.outcome, t.actor, now.toISOString(), t.reasons ?? [], t.explanation ?? [], t.note ?? null);
    const details = logDetails(decision, t.details);
    const eventType = EVENT_BY_STATUS[t.toStatus] ?? null;
    const params: unknown[] = [
      t.toStatus, decision, now, t.language ?? null, t.siteId, t.commentId, t.fromStatuses, // $1..$7
      uuidv7(), t.outcome, t.actor, JSON.stringify(decision.reasons), JSON.stringify(decision.explanation ?? []), t.note ?? null, // $8..$13
      t.action, logReason(decision), details, // $14..$16
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

  /**
   * Records many screening decisions in one statement (the worker's group commit): for each
   * comment still `queued`, the same writes as transition() — status, decision, log entry and
   * outbox event — atomically. Rows are locked in id order, so concurrent batches cannot deadlock.
   * Returns the ids that moved; the others had been decided already (a re-delivered job).
   */
  async recordScreenings(items: Screening[]): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    const now = new Date();
    const at = now.toISOString();
    const cols = {
      site: [] as string[], comment: [] as string[], status: [] as string[], decision: [] as string[], language: [] as (string | null)[],
      decisionId: [] as string[], outcome: [] as string[], reasons: [] as string[], explanation: [] as string[], logReason: [] as (string | null)[],
      details: [] as string[], eventId: [] as string[], eventType: [] as (string | null)[],
    };
    for (const t of items) {
      const decision = decisionOf(t.outcome, 'system', at, t.reasons, t.explanation, null);
      cols.site.push(t.siteId);
      cols.comment.push(t.commentId);
      cols.status.push(t.toStatus);
      cols.decision.push(JSON.stringify(decision));
      cols.language.push(t.language);
      cols.decisionId.push(uuidv7());
      cols.outcome.push(t.outcome);
      cols.reasons.push(JSON.stringify(t.reasons));
      cols.explanation.push(JSON.stringify(t.explanation));
      cols.logReason.push(logReason(decision));
      cols.details.push(JSON.stringify(logDetails(decision)));
      cols.eventId.push(uuidv7());
      cols.eventType.push(EVENT_BY_STATUS[t.toStatus] ?? null);
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH i AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::text[], $6::uuid[], $7::text[],
                              $8::jsonb[], $9::jsonb[], $10::text[], $11::jsonb[], $12::uuid[], $13::text[])
           AS t(in_site, in_comment, in_status, in_decision, in_language, in_decision_id, in_outcome,
                in_reasons, in_explanation, in_log_reason, in_details, in_event_id, in_event_type)
       ), o AS (
         SELECT c.id, c.status AS old_status FROM comments c JOIN i ON c.site_id = i.in_site AND c.id = i.in_comment
          ORDER BY c.id FOR UPDATE OF c
       ), upd AS (
         UPDATE comments c SET status = i.in_status, decision = i.in_decision, decided_at = $14, updated_at = $14,
                language = COALESCE(i.in_language, c.language), version = c.version + 1
           FROM o JOIN i ON i.in_comment = o.id
          WHERE c.id = o.id AND c.status = 'queued'
         RETURNING c.id, c.site_id, c.external_id, c.status, c.version, o.old_status, i.*
       ), d AS (
         INSERT INTO decisions (id, comment_id, site_id, outcome, decided_by, language, reasons, explanation, note, created_at)
         SELECT in_decision_id, id, site_id, in_outcome, 'system', in_language, in_reasons, in_explanation, NULL, $14 FROM upd
       ), l AS (
         INSERT INTO moderation_log (comment_id, site_id, actor, action, from_status, to_status, version, reason, details, created_at)
         SELECT id, site_id, 'system', 'screened', old_status, status, version, in_log_reason, in_details, $14 FROM upd
       ), e AS (
         INSERT INTO comment_events (id, comment_id, site_id, type, version, payload, created_at)
         SELECT in_event_id, id, site_id, in_event_type, version,
                jsonb_build_object('type', in_event_type, 'timestamp', $15::text, 'data', jsonb_build_object(
                  'id', id, 'externalId', external_id, 'siteId', site_id, 'status', status, 'version', version, 'decision', in_decision)),
                $14
           FROM upd WHERE in_event_type IS NOT NULL
       )
       SELECT id FROM upd`,
      [cols.site, cols.comment, cols.status, cols.decision, cols.language, cols.decisionId, cols.outcome, cols.reasons, cols.explanation,
        cols.logReason, cols.details, cols.eventId, cols.eventType, now, at],
    );
    return new Set(rows.map((r) => String(r.id)));
  }
}
