import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uuidv7 } from '@app/database';
import { CommentEntity } from './comment.entity';
import { CommentsRepository } from './comments.repository';
import { CommentNotFoundError, ExternalIdConflictError } from './comments.errors';

export interface NewComment {
  externalId: string;
  text: string;
  author: { id: string; name?: string | null };
  articleUrl?: string | null;
  parentExternalId?: string | null;
  context?: { ip?: string; userAgent?: string } | null;
}

export interface SubmitResult {
  comment: CommentEntity;
  /** False when the same externalId was submitted before (idempotent replay). */
  created: boolean;
}

/** Fingerprint of what makes a submission "the same": a replay with other content is a conflict. */
function fingerprint(c: NewComment): string {
  return createHash('sha256')
    .update(JSON.stringify([c.text, c.author.id, c.author.name ?? null, c.articleUrl ?? null, c.parentExternalId ?? null]))
    .digest('hex');
}

@Injectable()
export class CommentsService {
  private readonly logger = new Logger(CommentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: CommentsRepository,
  ) {}

  /**
   * Commits the comment (status `queued`) and returns it. Idempotent on (site, externalId): a replay
   * with the same content returns the existing row, with different content raises a conflict.
   * Racing duplicates are settled by the unique index (ON CONFLICT DO NOTHING).
   */
  async submit(siteId: string, input: NewComment, requestId?: string | null): Promise<SubmitResult> {
    const sha = fingerprint(input);
    const id = uuidv7();
    const inserted: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO comments (id, site_id, external_id, author_id, author_name, text, text_sha256, article_url,
                             parent_external_id, context, status, version, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'queued', 1, $11)
       ON CONFLICT (site_id, external_id) DO NOTHING
       RETURNING *`,
      [id, siteId, input.externalId, input.author.id, input.author.name ?? null, input.text, sha, input.articleUrl ?? null,
        input.parentExternalId ?? null, input.context ?? null, requestId ?? null],
    );
    // The hot path: a new comment needs no second round trip.
    if (inserted.length > 0) return { comment: this.repo.fromRow(inserted[0]), created: true };
    const comment = await this.repo.findByExternalId(siteId, input.externalId);
    if (!comment) throw new Error('comment neither inserted nor found');
    if (comment.textSha256 !== sha) throw new ExternalIdConflictError(input.externalId, comment.id);
    return { comment, created: false };
  }

  async get(siteId: string, id: string): Promise<CommentEntity> {
    const c = await this.repo.findById(siteId, id);
    if (!c) throw new CommentNotFoundError();
    return c;
  }

  async getByExternalId(siteId: string, externalId: string): Promise<CommentEntity> {
    const c = await this.repo.findByExternalId(siteId, externalId);
    if (!c) throw new CommentNotFoundError();
    return c;
  }
}
