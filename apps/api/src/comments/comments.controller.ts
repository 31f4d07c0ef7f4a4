import { BadRequestException, Body, Controller, Get, HttpStatus, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Counter } from 'prom-client';
import { Allow, CurrentPrincipal, Principal, SitePrincipal } from '@app/auth';
import { CommentsRepository, CommentsService } from '@app/comments';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ScreeningProducer } from '@app/queue';
import { ReviewQueueService, scopeOf } from '@app/review';
import { commentResponse, CommentQueryDto, CreateCommentDto } from './comments.dto';

const commentId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: 'comment_not_found', message: 'no such comment' }) });

export const intakeCounter = new Counter({
  name: 'moderation_comments_received_total',
  help: 'Comments received by POST /v1/comments, by result (created, replayed)',
  labelNames: ['result'],
});

@ApiTags('comments')
@ApiBearerAuth()
@Allow('site')
@Controller('v1/comments')
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly repo: CommentsRepository,
    private readonly producer: ScreeningProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectPinoLogger(CommentsController.name) private readonly logger: PinoLogger,
    private readonly review: ReviewQueueService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Submit a comment for moderation: 202 when new, 200 with the existing comment when the externalId was seen' })
  async submit(@CurrentPrincipal() p: SitePrincipal, @Body() dto: CreateCommentDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (dto.text.length > this.config.MAX_COMMENT_LENGTH) {
      throw new BadRequestException({ code: 'text_too_long', message: `text is ${dto.text.length} characters; the limit is ${this.config.MAX_COMMENT_LENGTH}` });
    }
    const requestId = String(req.id);
    const { comment, created } = await this.comments.submit(p.siteId, dto, requestId);
    intakeCounter.inc({ result: created ? 'created' : 'replayed' });
    if (!created) {
      void reply.status(HttpStatus.OK);
      return commentResponse(comment);
    }
    // The row is committed, which is what the 202 promises: the enqueue goes on after the answer
    // (the client never waits for Redis), and if it fails, or the process dies before it is sent,
    // the sweeper enqueues the comment.
    void this.producer.enqueue({ commentId: comment.id, siteId: p.siteId, requestId }).catch((err: unknown) => {
      this.logger.warn({ commentId: comment.id, err: err instanceof Error ? err.message : String(err) }, 'enqueue failed; the sweeper will pick the comment up');
    });
    void reply.status(HttpStatus.ACCEPTED);
    return { id: comment.id, externalId: comment.externalId, status: comment.status };
  }

  @Get()
  @ApiOperation({ summary: 'Find a comment by the site\'s externalId' })
  async findByExternalId(@CurrentPrincipal() p: SitePrincipal, @Query() q: CommentQueryDto) {
    return commentResponse(await this.comments.getByExternalId(p.siteId, q.externalId));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A comment with its status and decision (reasons carry evidence spans)' })
  async get(@CurrentPrincipal() p: SitePrincipal, @Param('id', commentId) id: string) {
    return commentResponse(await this.comments.get(p.siteId, id));
  }

  @Get(':id/log')
  @Allow('site', 'moderator', 'admin')
  @ApiOperation({ summary: 'The moderation log of a comment: every state change and report, who, when and why (site key, or a moderator of the site)' })
  async log(@CurrentPrincipal() p: Principal, @Param('id', commentId) id: string) {
    // Moderators see the log of their sites' comments only (404 otherwise, as if unknown).
    const siteId = p.kind === 'site' ? p.siteId : await this.review.siteOf(scopeOf(p), id);
    await this.comments.get(siteId, id);
    const entries = await this.repo.history(siteId, id);
    return {
      items: entries.map((e) => ({
        id: Number(e.id), at: e.createdAt.toISOString(), actor: e.actor, action: e.action,
        fromStatus: e.fromStatus, toStatus: e.toStatus, version: e.version, reason: e.reason, details: e.details,
      })),
    };
  }
}
