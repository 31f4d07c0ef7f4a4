import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ClaimedByOtherError, NotInReviewError } from './review.errors';
import { ReviewScope } from './review-scope';
import { ReviewQueueService } from './review-queue.service';

export interface Claim {
  commentId: string;
  moderatorId: string;
  moderatorEmail: string | null;
  claimedAt: string;
  expiresAt: string;
}

function rowsOf<T>(raw: unknown): T[] {
  return (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as T[];
}

/**
 * Claims: a moderator works an item alone for CLAIM_TTL_SECONDS. One row per comment; the upsert
 * takes it over only when it is the caller's own claim or has expired, so of two concurrent
 * claims exactly one wins (the other waits on the row, then finds it taken).
 */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: ReviewQueueService,
  ) {}

  async claim(scope: ReviewScope, commentId: string): Promise<Claim> {
    if (!scope.moderatorId) throw new ForbiddenError('claims belong to moderator sessions; log in as a moderator');
    const item = await this.queue.get(scope, commentId);
    if (item.status !== 'held') throw new NotInReviewError(item.status);
    const rows: { claimed_at: Date; expires_at: Date }[] = await this.dataSource.query(
      `INSERT INTO review_claims (comment_id, site_id, moderator_id, claimed_at, expires_at)
       VALUES ($1, $2, $3, now(), now() + make_interval(secs => $4))
       ON CONFLICT (comment_id) DO UPDATE
         SET moderator_id = EXCLUDED.moderator_id, claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
         WHERE review_claims.moderator_id = EXCLUDED.moderator_id OR review_claims.expires_at <= now()
       RETURNING claimed_at, expires_at`,
      [commentId, item.siteId, scope.moderatorId, this.config.CLAIM_TTL_SECONDS],
    );
    if (rows.length === 0) {
      const other = await this.liveClaim(this.dataSource.manager, commentId);
      // Released or expired in between: a retry will win.
      if (!other) return this.claim(scope, commentId);
      throw new ClaimedByOtherError(other);
    }
    const email: { email: string }[] = await this.dataSource.query(`SELECT email FROM moderators WHERE id = $1`, [scope.moderatorId]);
    return { commentId, moderatorId: scope.moderatorId, moderatorEmail: email[0]?.email ?? null, claimedAt: rows[0].claimed_at.toISOString(), expiresAt: rows[0].expires_at.toISOString() };
  }

  /** Ends the caller's claim; someone else's live claim is refused (an admin session may release any). */
  async release(scope: ReviewScope, commentId: string): Promise<void> {
    await this.queue.get(scope, commentId);
    const other = await this.liveClaim(this.dataSource.manager, commentId);
    if (other && other.moderatorId !== scope.moderatorId && scope.siteIds !== null) throw new ClaimedByOtherError(other);
    await this.dataSource.query(`DELETE FROM review_claims WHERE comment_id = $1`, [commentId]);
  }

  /** Refuses a decision while another moderator holds a live claim (admins override). */
  async assertNotClaimedByOther(m: EntityManager, scope: ReviewScope, commentId: string): Promise<void> {
    if (scope.siteIds === null) return;
    const other = await this.liveClaim(m, commentId);
    if (other && other.moderatorId !== scope.moderatorId) throw new ClaimedByOtherError(other);
  }

  async clear(m: EntityManager, commentId: string): Promise<void> {
    await m.query(`DELETE FROM review_claims WHERE comment_id = $1`, [commentId]);
  }

  private async liveClaim(m: EntityManager, commentId: string): Promise<Claim | null> {
    const rows = rowsOf<{ moderator_id: string; email: string | null; claimed_at: Date; expires_at: Date }>(
      await m.query(
        `SELECT cl.moderator_id, mo.email, cl.claimed_at, cl.expires_at FROM review_claims cl LEFT JOIN moderators mo ON mo.id = cl.moderator_id
          WHERE cl.comment_id = $1 AND cl.expires_at > now()`,
        [commentId],
      ),
    );
    const r = rows[0];
    return r ? { commentId, moderatorId: r.moderator_id, moderatorEmail: r.email, claimedAt: r.claimed_at.toISOString(), expiresAt: r.expires_at.toISOString() } : null;
  }
}
