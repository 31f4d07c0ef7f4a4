import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { ModerationLogEntity } from './moderation-log.entity';

export interface ScreeningInput {
  id: string;
  siteId: string;
  text: string;
  status: string;
  createdAt: Date;
  domains: string[];
  policy: unknown;
  /** The site's last change (updated_at as text, microseconds kept): parsed policies are cached per site and version. */
  siteVersion: string;
}

export interface StrandedComment {
  id: string;
  siteId: string;
  requestId: string | null;
  /** Keyset cursor for the next page. */
  cursorAt: string;
}
export type StrandedCursor = Pick<StrandedComment, 'id' | 'cursorAt'>;

/** Every read takes the tenant (siteId): a query cannot forget it. */
@Injectable()
export class CommentsRepository {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectRepository(ModerationLogEntity) private readonly log: Repository<ModerationLogEntity>,
  ) {}

  /** Maps a raw `RETURNING *` row to the entity (column names → properties). */
  fromRow(row: Record<string, unknown>): CommentEntity {
    return this.comments.create(
      Object.fromEntries(this.comments.metadata.columns.map((c) => [c.propertyName, row[c.databaseName]])) as Partial<CommentEntity>,
    );
  }

  findById(siteId: string, id: string): Promise<CommentEntity | null> {
    return this.comments.findOne({ where: { siteId, id } });
  }

  findByExternalId(siteId: string, externalId: string): Promise<CommentEntity | null> {
    return this.comments.findOne({ where: { siteId, externalId } });
  }

  /** What the worker needs to screen comments, in one round trip: each comment with its site's settings. The caller checks siteId. */
  findManyForScreening(ids: string[]): Promise<ScreeningInput[]> {
    return this.comments.query(
      `SELECT c.id, c.site_id AS "siteId", c.text, c.status, c.created_at AS "createdAt", s.domains, s.policy, s.updated_at::text AS "siteVersion"
         FROM comments c JOIN sites s ON s.id = c.site_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  history(siteId: string, commentId: string): Promise<ModerationLogEntity[]> {
    return this.log.find({ where: { siteId, commentId }, order: { id: 'ASC' } });
  }

  /**
   * Comments waiting for screening longer than `olderThanMs` (the sweeper), oldest first, one page
   * after `after` (keyset pagination, so a long backlog is walked once, not re-read).
   */
  async stranded(olderThanMs: number, limit: number, after?: StrandedCursor): Promise<StrandedComment[]> {
    // The cursor carries created_at as Postgres text: a JS Date would drop the microseconds.
    return this.comments.query(
      `SELECT id, site_id AS "siteId", request_id AS "requestId", created_at::text AS "cursorAt"
         FROM comments
        WHERE status = 'queued' AND created_at < now() - make_interval(secs => $1)
          AND ($3::timestamptz IS NULL OR (created_at, id) > ($3::timestamptz, $4::uuid))
        ORDER BY created_at, id
        LIMIT $2`,
      [olderThanMs / 1000, limit, after?.cursorAt ?? null, after?.id ?? null],
    );
  }
}
