import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MODERATOR_SESSIONS } from '@app/auth';
import { CommentsModule } from '@app/comments';
import { ModeratorEntity, ModeratorSessionEntity } from './review.entities';
import { ModeratorsService } from './moderators.service';
import { SessionsService } from './sessions.service';
import { LoginThrottle } from './login-throttle.service';
import { ReviewQueueService } from './review-queue.service';
import { ClaimsService } from './claims.service';
import { DecisionsService } from './decisions.service';
import { ReportsService } from './reports.service';
import { ReviewMetrics } from './review-metrics.service';

/**
 * Editorial review: moderator accounts and sessions, the queue, claims, decisions and reader
 * reports. The api imports it, so its app-wide AuthGuard finds MODERATOR_SESSIONS and resolves `ms_` tokens.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ModeratorEntity, ModeratorSessionEntity]), CommentsModule],
  providers: [
    ModeratorsService, SessionsService, LoginThrottle, ReviewQueueService, ClaimsService, DecisionsService, ReportsService, ReviewMetrics,
    { provide: MODERATOR_SESSIONS, useExisting: SessionsService },
  ],
  exports: [ModeratorsService, SessionsService, ReviewQueueService, ClaimsService, DecisionsService, ReportsService, MODERATOR_SESSIONS],
})
export class ReviewModule {}
