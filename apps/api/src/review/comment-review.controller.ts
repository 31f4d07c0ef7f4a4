import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal, Principal, SitePrincipal } from '@app/auth';
import { DecisionsService, ReportsService, scopeOf } from '@app/review';
import { DecisionDto, decidedResponse, ReportDto } from './review.dto';
import { commentId } from './review-queue.controller';

/** Review actions addressed by comment: moderator decisions and reader reports (sent by the site). */
@ApiTags('review')
@ApiBearerAuth()
@Controller('v1/comments')
export class CommentReviewController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly reports: ReportsService,
  ) {}

  @Post(':id/decision')
  @HttpCode(200)
  @Allow('moderator', 'admin')
  @ApiOperation({ summary: 'Approve, reject or remove; already decided by someone else (or not at expectedVersion) → 409' })
  async decide(@CurrentPrincipal() p: Principal, @Param('id', commentId) id: string, @Body() dto: DecisionDto) {
    return decidedResponse(await this.decisions.decide(scopeOf(p), id, dto));
  }

  @Post(':id/reports')
  @Allow('site')
  @ApiOperation({ summary: "A reader's report (201; 200 when this reporter already reported it); at the site's reportThreshold an approved comment returns to the review queue" })
  async report(@CurrentPrincipal() p: SitePrincipal, @Param('id', commentId) id: string, @Body() dto: ReportDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const r = await this.reports.report(p.siteId, id, dto);
    void reply.status(r.accepted ? 201 : 200);
    return r;
  }
}
