import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '@app/auth';
import { CommentsModule } from '@app/comments';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { LoggingModule, ObservabilityModule } from '@app/observability';
import { QueueModule } from '@app/queue';
import { ReviewModule } from '@app/review';
import { SitesModule } from '@app/sites';
import { AuthController } from './auth/auth.controller';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { ShutdownState } from './common/shutdown-state';
import { RateLimitGuard } from './common/rate-limit.guard';
import { CommentsController } from './comments/comments.controller';
import { ConsoleController } from './console/console.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { CommentReviewController } from './review/comment-review.controller';
import { ModeratorsController } from './review/moderators.controller';
import { ReviewQueueController } from './review/review-queue.controller';
import { SitesController } from './sites/sites.controller';
import { WebhooksModule } from '@app/webhooks';
import { WebhooksController } from './webhooks/webhooks.controller';

@Module({
  imports: [ConfigModule.forRoot(), LoggingModule.forRoot('api'), DatabaseModule, QueueModule.register(), ObservabilityModule, SitesModule, CommentsModule, ReviewModule, WebhooksModule],
  controllers: [SitesController, CommentsController, HealthController, MetricsController, AuthController, ModeratorsController, ReviewQueueController, CommentReviewController, ConsoleController, WebhooksController],
  providers: [
    ShutdownState,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: ApiExceptionFilter },
  ],
})
export class AppModule {}
