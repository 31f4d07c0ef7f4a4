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
}

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
      `SELECT c.id, c.site_id AS "siteId", c.text, c.status, c.created_at AS "createdAt", s.domains, s.policy
         FROM comments c JOIN sites s ON s.id = c.site_id
        WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  history(siteId: string, commentId: string): Promise<ModerationLogEntity[]> {
    return this.log.find({ where: { siteId, commentId }, order: { id: 'ASC' } });
  }

  /** Comments waiting for screening longer than `olderThanMs` (the sweeper), oldest first. */
  async stranded(olderThanMs: number, limit: number): Promise<Pick<CommentEntity, 'id' | 'siteId' | 'requestId'>[]> {
    return this.comments
      .createQueryBuilder('c')
      .select(['c.id', 'c.siteId', 'c.requestId'])
      .where(`c.status = 'queued'`)
      .andWhere(`c.created_at < now() - make_interval(secs => :secs)`, { secs: olderThanMs / 1000 })
      .orderBy('c.created_at', 'ASC')
      .limit(limit)
      .getMany();
  }
}
