import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { ModerationLogEntity } from './moderation-log.entity';

/** Every read takes the tenant (siteId): a query cannot forget it. */
@Injectable()
export class CommentsRepository {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectRepository(ModerationLogEntity) private readonly log: Repository<ModerationLogEntity>,
  ) {}

  findById(siteId: string, id: string): Promise<CommentEntity | null> {
    return this.comments.findOne({ where: { siteId, id } });
  }

  findByExternalId(siteId: string, externalId: string): Promise<CommentEntity | null> {
    return this.comments.findOne({ where: { siteId, externalId } });
  }

  /** Only for the worker, whose job carries both ids; still scoped by site. */
  findForScreening(siteId: string, id: string): Promise<CommentEntity | null> {
    return this.findById(siteId, id);
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
