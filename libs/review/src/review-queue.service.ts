import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CheckName, CheckResult, Severity } from '@app/moderation';
import { CommentNotFoundError, CurrentDecision } from '@app/comments';
import { UUID_PATTERN } from '@app/database';
import { NotFoundError } from '@app/common';
import { InvalidCursorError } from './review.errors';
import { inScope, ReviewScope } from './review-scope';

export const QUEUE_SORTS = ['oldest', 'severity'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_VIEWS = ['held', 'reported'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
export const FILTER_SEVERITIES = ['mild', 'strong', 'severe'] as const;

const SEVERITY_RANK: Record<Severity, number> = { none: 0, mild: 1, strong: 2, severe: 3 };
const RANKED: Severity[] = ['none', 'mild', 'strong', 'severe'];

export interface QueueQuery {
  siteId?: string;
  check?: CheckName;
  /** Lowest severity shown. */
  severity?: Exclude<Severity, 'none'>;
  articleUrl?: string;
  sort?: QueueSort;
  view?: QueueView;
  cursor?: string;
  limit?: number;
}

export interface AuthorHistory {
  approved: number;
  rejected: number;
  held: number;
  removed: number;
  lastDecisions: { commentId: string; status: string; decidedBy: string | null; decidedAt: string | null; excerpt: string }[];
}

export interface ReviewItem {
  id: string;
  siteId: string;
  externalId: string;
  status: string;
  version: number;
  text: string;
  language: string | null;
  articleUrl: string | null;
  author: { id: string; name: string | null };
  createdAt: string;
  /** When the comment entered its current state (held: when it was held). */
  heldAt: string | null;
  severity: Severity;
  checks: CheckResult[];
  explanation: string[];
  decision: { outcome: string; decidedBy: string; decidedAt: string; note: string | null } | null;
  reports: { total: number; open: { reporterId: string; reason: string; at: string }[] };
  claim: { moderatorId: string; moderatorEmail: string | null; claimedAt: string; expiresAt: string; mine: boolean } | null;
  authorHistory: AuthorHistory;
}

interface Cursor {
  s: QueueSort;
  /** Severity rank (severity sort only). */
  r?: number;
  /** decided_at as Postgres text (microsecond precision, unlike a JS Date). */
  t: string;
  i: string;
}

interface Row {
  id: string;
  site_id: string;
  external_id: string;
  status: string;
  version: number;
  text: string;
  language: string | null;
  article_url: string | null;
  author_id: string;
  author_name: string | null;
  created_at: Date;
  decided_at: Date | null;
  decided_at_text: string | null;
  decision: CurrentDecision | null;
  report_count: number;
  sev: number;
  claim_moderator_id: string | null;
  claim_email: string | null;
  claimed_at: Date | null;
  claim_expires_at: Date | null;
}

const SEV_SQL = `(SELECT COALESCE(max(CASE r->>'severity' WHEN 'mild' THEN 1 WHEN 'strong' THEN 2 WHEN 'severe' THEN 3 ELSE 0 END), 0)
     FROM jsonb_array_elements(CASE WHEN jsonb_typeof(c.decision->'reasons') = 'array' THEN c.decision->'reasons' ELSE '[]'::jsonb END) r)`;
const OPEN_REPORTS_SQL = `EXISTS (SELECT 1 FROM comment_reports cr WHERE cr.comment_id = c.id AND cr.resolved_at IS NULL)`;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string, sort: QueueSort): Cursor {
  let c: Partial<Cursor>;
  try {
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(raw)) throw new Error('charset');
    c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    throw new InvalidCursorError();
  }
  const ok =
    c && typeof c === 'object' && c.s === sort &&
    typeof c.t === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(c.t) &&
    typeof c.i === 'string' && UUID_PATTERN.test(c.i) &&
    (sort === 'oldest' || (Number.isInteger(c.r) && c.r! >= 0 && c.r! <= 3));
  if (!ok) throw new InvalidCursorError();
  return c as Cursor;
}

/** Reads of the review queue. Every query is restricted to the caller's sites. */
@Injectable()
export class ReviewQueueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(scope: ReviewScope, q: QueueQuery): Promise<{ items: ReviewItem[]; nextCursor: string | null }> {
    if (q.siteId && !inScope(scope, q.siteId)) throw new NotFoundError('site_not_found', 'no such site');
    const sort = q.sort ?? 'oldest';
    const limit = Math.min(Math.max(q.limit ?? 25, 1), 100);
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = [`c.status = 'held'`, q.view === 'reported' ? OPEN_REPORTS_SQL : `NOT ${OPEN_REPORTS_SQL}`];
    if (scope.siteIds !== null) where.push(`c.site_id = ANY(${p(scope.siteIds)}::uuid[])`);
    if (q.siteId) where.push(`c.site_id = ${p(q.siteId)}`);
    if (q.articleUrl) where.push(`c.article_url = ${p(q.articleUrl)}`);
    if (q.check) {
      where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(c.decision->'reasons') = 'array' THEN c.decision->'reasons' ELSE '[]'::jsonb END) r
                  WHERE r->>'check' = ${p(q.check)})`);
    }
    const outer: string[] = [];
    if (q.severity) outer.push(`q.sev >= ${p(SEVERITY_RANK[q.severity])}`);
    if (q.cursor) {
      const c = decodeCursor(q.cursor, sort);
      const after = `(q.decided_at, q.id) > (${p(c.t)}::timestamptz, ${p(c.i)}::uuid)`;
      outer.push(sort === 'oldest' ? after : `(q.sev < ${p(c.r)} OR (q.sev = ${p(c.r)} AND ${after}))`);
    }
    const order = sort === 'oldest' ? 'q.decided_at ASC, q.id ASC' : 'q.sev DESC, q.decided_at ASC, q.id ASC';
    const rows: Row[] = await this.dataSource.query(
      `WITH q AS (
         SELECT c.*, ${SEV_SQL} AS sev FROM comments c WHERE ${where.join(' AND ')}
       )
       SELECT q.*, q.decided_at::text AS decided_at_text,
              cl.moderator_id AS claim_moderator_id, m.email AS claim_email, cl.claimed_at, cl.expires_at AS claim_expires_at
         FROM q
         LEFT JOIN review_claims cl ON cl.comment_id = q.id AND cl.expires_at > now()
         LEFT JOIN moderators m ON m.id = cl.moderator_id
        ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''}
        ORDER BY ${order}
        LIMIT ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last
      ? encodeCursor({ s: sort, ...(sort === 'severity' ? { r: Number(last.sev) } : {}), t: last.decided_at_text!, i: last.id })
      : null;
    return { items: await this.hydrate(scope, page), nextCursor };
  }

  /** One comment as a review item, whatever its state (404 outside the caller's sites). */
  async get(scope: ReviewScope, id: string): Promise<ReviewItem> {
    if (!UUID_PATTERN.test(id)) throw new CommentNotFoundError();
    const params: unknown[] = [id];
    const siteClause = scope.siteIds === null ? '' : `AND c.site_id = ANY($${params.push(scope.siteIds)}::uuid[])`;
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.*, ${SEV_SQL} AS sev, c.decided_at::text AS decided_at_text,
              cl.moderator_id AS claim_moderator_id, m.email AS claim_email, cl.claimed_at, cl.expires_at AS claim_expires_at
         FROM comments c
         LEFT JOIN review_claims cl ON cl.comment_id = c.id AND cl.expires_at > now()
         LEFT JOIN moderators m ON m.id = cl.moderator_id
        WHERE c.id = $1 ${siteClause}`,
      params,
    );
    if (!rows[0]) throw new CommentNotFoundError();
    return (await this.hydrate(scope, rows))[0];
  }

  /** The site of a comment the caller may see; 404 (as if unknown) otherwise. */
  async siteOf(scope: ReviewScope, id: string): Promise<string> {
    if (!UUID_PATTERN.test(id)) throw new CommentNotFoundError();
    const rows: { site_id: string }[] = await this.dataSource.query(`SELECT site_id FROM comments WHERE id = $1`, [id]);
    if (!rows[0] || (scope.siteIds !== null && !scope.siteIds.includes(rows[0].site_id))) throw new CommentNotFoundError();
    return rows[0].site_id;
  }

  /** Held comments per site and view, for the queue-size gauge. */
  async sizes(): Promise<{ siteId: string; view: QueueView; n: number }[]> {
    const rows: { site_id: string; reported: boolean; n: string }[] = await this.dataSource.query(
      `SELECT c.site_id, ${OPEN_REPORTS_SQL} AS reported, count(*) AS n FROM comments c WHERE c.status = 'held' GROUP BY 1, 2`,
    );
    return rows.map((r) => ({ siteId: r.site_id, view: r.reported ? 'reported' : 'held', n: Number(r.n) }));
  }

  private async hydrate(scope: ReviewScope, rows: Row[]): Promise<ReviewItem[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const reports: { comment_id: string; reporter_id: string; reason: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT comment_id, reporter_id, reason, created_at FROM comment_reports
        WHERE comment_id = ANY($1::uuid[]) AND resolved_at IS NULL ORDER BY created_at ASC`,
      [ids],
    );
    const authors = new Map<string, { siteId: string; authorId: string }>();
    for (const r of rows) authors.set(`${r.site_id}\n${r.author_id}`, { siteId: r.site_id, authorId: r.author_id });
    const siteIds = [...authors.values()].map((a) => a.siteId);
    const authorIds = [...authors.values()].map((a) => a.authorId);
    const counts: { site_id: string; author_id: string; status: string; n: string }[] = await this.dataSource.query(
      `SELECT c.site_id, c.author_id, c.status, count(*) AS n
         FROM comments c JOIN unnest($1::uuid[], $2::text[]) AS a(site_id, author_id) ON c.site_id = a.site_id AND c.author_id = a.author_id
        GROUP BY 1, 2, 3`,
      [siteIds, authorIds],
    );
    const recent: { site_id: string; author_id: string; id: string; status: string; decided_by: string | null; decided_at: Date | null; excerpt: string }[] =
      await this.dataSource.query(
        `SELECT a.site_id, a.author_id, l.* FROM unnest($1::uuid[], $2::text[]) AS a(site_id, author_id)
         CROSS JOIN LATERAL (
           SELECT c.id, c.status, c.decision->>'decidedBy' AS decided_by, c.decided_at, left(c.text, 140) AS excerpt
             FROM comments c
            WHERE c.site_id = a.site_id AND c.author_id = a.author_id AND c.status <> 'queued'
            ORDER BY c.decided_at DESC NULLS LAST, c.id DESC LIMIT 5) l`,
        [siteIds, authorIds],
      );
    const history = new Map<string, AuthorHistory>();
    for (const key of authors.keys()) history.set(key, { approved: 0, rejected: 0, held: 0, removed: 0, lastDecisions: [] });
    for (const c of counts) {
      const h = history.get(`${c.site_id}\n${c.author_id}`);
      if (h && (c.status === 'approved' || c.status === 'rejected' || c.status === 'held' || c.status === 'removed')) h[c.status] = Number(c.n);
    }
    for (const r of recent) {
      history.get(`${r.site_id}\n${r.author_id}`)?.lastDecisions.push({
        commentId: r.id, status: r.status, decidedBy: r.decided_by, decidedAt: r.decided_at ? r.decided_at.toISOString() : null, excerpt: r.excerpt,
      });
    }
    return rows.map((r) => {
      const reasons = Array.isArray(r.decision?.reasons) ? r.decision!.reasons : [];
      return {
        id: r.id,
        siteId: r.site_id,
        externalId: r.external_id,
        status: r.status,
        version: r.version,
        text: r.text,
        language: r.language,
        articleUrl: r.article_url,
        author: { id: r.author_id, name: r.author_name },
        createdAt: r.created_at.toISOString(),
        heldAt: r.decided_at ? r.decided_at.toISOString() : null,
        severity: RANKED[Number(r.sev)] ?? 'none',
        checks: reasons,
        explanation: r.decision?.explanation ?? [],
        decision: r.decision ? { outcome: r.decision.outcome, decidedBy: r.decision.decidedBy, decidedAt: r.decision.decidedAt, note: r.decision.note ?? null } : null,
        reports: {
          total: r.report_count,
          open: reports.filter((x) => x.comment_id === r.id).map((x) => ({ reporterId: x.reporter_id, reason: x.reason, at: x.created_at.toISOString() })),
        },
        claim: r.claim_moderator_id
          ? {
              moderatorId: r.claim_moderator_id, moderatorEmail: r.claim_email, claimedAt: r.claimed_at!.toISOString(),
              expiresAt: r.claim_expires_at!.toISOString(), mine: r.claim_moderator_id === scope.moderatorId,
            }
          : null,
        authorHistory: history.get(`${r.site_id}\n${r.author_id}`)!,
      };
    });
  }
}
