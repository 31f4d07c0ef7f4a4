import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Principal } from '@app/auth';
import { ClaimsService, DecisionsService, ReviewQueueService, scopeOf } from '@app/review';
import { BulkDecisionDto, QueueQueryDto } from './review.dto';

export const commentId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: 'comment_not_found', message: 'no such comment' }) });

@ApiTags('review')
@ApiBearerAuth()
@Allow('moderator', 'admin')
@Controller('v1/review-queue')
export class ReviewQueueController {
  constructor(
    private readonly queue: ReviewQueueService,
    private readonly claims: ClaimsService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Held comments of your sites with evidence spans, check scores, author history and claim state; cursor-paginated' })
  async list(@CurrentPrincipal() p: Principal, @Query() q: QueueQueryDto) {
    return this.queue.list(scopeOf(p), q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One comment as a review item (any state)' })
  async get(@CurrentPrincipal() p: Principal, @Param('id', commentId) id: string) {
    return this.queue.get(scopeOf(p), id);
  }

  @Post('decisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide many comments at once; one result per id (a conflict on one does not stop the others)' })
  async bulk(@CurrentPrincipal() p: Principal, @Body() dto: BulkDecisionDto) {
    const results = await this.decisions.decideMany(scopeOf(p), dto.ids, { outcome: dto.outcome, note: dto.note });
    return { applied: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length, results };
  }

  @Post(':id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim an item for CLAIM_TTL_SECONDS; another moderator\'s live claim → 409' })
  async claim(@CurrentPrincipal() p: Principal, @Param('id', commentId) id: string) {
    return this.claims.claim(scopeOf(p), id);
  }

  @Post(':id/release')
  @HttpCode(204)
  @ApiOperation({ summary: 'Release your claim' })
  async release(@CurrentPrincipal() p: Principal, @Param('id', commentId) id: string): Promise<void> {
    await this.claims.release(scopeOf(p), id);
  }
}
