import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parsePolicy } from '@app/moderation';
import { CommentEntity, CommentLifecycleService, CommentNotFoundError, ModerationLogEntity } from '@app/comments';
import { uuidv7 } from '@app/database';
import { SiteEntity } from '@app/sites';
import { NotReportableError } from './review.errors';

export interface ReportResult {
  /** False when this reporter had already reported the comment (one report per reporter). */
  accepted: boolean;
  status: string;
  openReports: number;
  threshold: number;
}

function rowsOf<T>(raw: unknown): T[] {
  return (Array.isArray(raw) && Array.isArray(raw[0]) ? raw[0] : raw) as T[];
}

/**
 * Reader reports, sent by the site. Each report is logged; when the open reports on an approved
 * comment reach the site's `reportThreshold`, it goes back to the review queue (held, "reported" view).
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: CommentLifecycleService,
  ) {}

  async report(siteId: string, commentId: string, input: { reporterId: string; reason: string }): Promise<ReportResult> {
    return this.dataSource.transaction(async (m) => {
      // Row lock: concurrent reports on one comment count one after the other.
      const locked = rowsOf<{ id: string }>(await m.query(`SELECT id FROM comments WHERE site_id = $1 AND id = $2 FOR UPDATE`, [siteId, commentId]));
      if (!locked[0]) throw new CommentNotFoundError();
      const c = await m.findOneByOrFail(CommentEntity, { siteId, id: commentId });
      if (c.status !== 'approved' && c.status !== 'held') throw new NotReportableError(c.status);
      const site = await m.findOneByOrFail(SiteEntity, { id: siteId });
      const threshold = parsePolicy(site.policy).reportThreshold;
      const inserted = rowsOf<{ id: string }>(
        await m.query(
          `INSERT INTO comment_reports (id, comment_id, site_id, reporter_id, reason) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (comment_id, reporter_id) DO NOTHING RETURNING id`,
          [uuidv7(), commentId, siteId, input.reporterId, input.reason],
        ),
      );
      const open = Number(
        rowsOf<{ n: string }>(await m.query(`SELECT count(*) AS n FROM comment_reports WHERE comment_id = $1 AND resolved_at IS NULL`, [commentId]))[0].n,
      );
      if (inserted.length === 0) return { accepted: false, status: c.status, openReports: open, threshold };
      await m.query(`UPDATE comments SET report_count = report_count + 1 WHERE id = $1`, [commentId]);
      await m.insert(ModerationLogEntity, {
        commentId, siteId, actor: 'site', action: 'report', fromStatus: c.status, toStatus: c.status, version: c.version,
        reason: input.reason, details: { reporterId: input.reporterId, openReports: open, threshold },
      });
      if (c.status !== 'approved' || open < threshold) return { accepted: true, status: c.status, openReports: open, threshold };
      const after = await this.lifecycle.transitionOrConflict(
        {
          siteId, commentId, fromStatuses: ['approved'], toStatus: 'held', actor: 'site', action: 'reported', outcome: 'hold',
          reasons: c.decision?.reasons ?? [], language: c.language,
          explanation: [`${open} reader reports reached the site's threshold of ${threshold}`],
          details: { openReports: open, threshold },
        },
        m,
      );
      return { accepted: true, status: after.status, openReports: open, threshold };
    });
  }
}
