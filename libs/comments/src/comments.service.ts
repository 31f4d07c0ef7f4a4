import { hash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MicroBatcher } from '@app/common';
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
  return hash('sha256', JSON.stringify([c.text, c.author.id, c.author.name ?? null, c.articleUrl ?? null, c.parentExternalId ?? null]), 'hex');
}

const INSERT_COLUMNS = 11;

interface PendingInsert {
  id: string;
  params: unknown[];
}

@Injectable()
export class CommentsService {
  private readonly logger = new Logger(CommentsService.name);
  /**
   * Concurrent submissions share one multi-row INSERT (group commit): under load that is one
   * round trip and one WAL flush for many comments; a lone request goes at once. A batch the
   * database refuses is retried row by row, so one comment cannot fail another.
   */
  private readonly inserts = new MicroBatcher<PendingInsert, Record<string, unknown> | null>({
    runBatch: (batch) => this.insertBatch(batch),
    maxBatch: 64,
    maxInFlight: 2,
    isolateFailures: true,
  });

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
    const inserted = await this.inserts.submit({
      id,
      params: [id, siteId, input.externalId, input.author.id, input.author.name ?? null, input.text, sha, input.articleUrl ?? null,
        input.parentExternalId ?? null, input.context ?? null, requestId ?? null],
    });
    // The hot path: a new comment needs no second round trip.
    if (inserted) return { comment: this.repo.fromRow(inserted), created: true };
    const comment = await this.repo.findByExternalId(siteId, input.externalId);
    if (!comment) throw new Error('comment neither inserted nor found');
    if (comment.textSha256 !== sha) throw new ExternalIdConflictError(input.externalId, comment.id);
    return { comment, created: false };
  }

  /** One INSERT for the batch; each item gets its row, or null when its (site, externalId) existed. */
  private async insertBatch(batch: PendingInsert[]): Promise<(Record<string, unknown> | null)[]> {
    const values = batch.map((_, b) => {
      const p = (k: number) => `$${b * INSERT_COLUMNS + k}`;
      return `(${p(1)}::uuid, ${p(2)}::uuid, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)}, ${p(10)}::jsonb, 'queued', 1, ${p(11)})`;
    });
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO comments (id, site_id, external_id, author_id, author_name, text, text_sha256, article_url,
                             parent_external_id, context, status, version, request_id)
       VALUES ${values.join(', ')}
       ON CONFLICT (site_id, external_id) DO NOTHING
       RETURNING *`,
      batch.flatMap((b) => b.params),
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    return batch.map((b) => byId.get(b.id) ?? null);
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
