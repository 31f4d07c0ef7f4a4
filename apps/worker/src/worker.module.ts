import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { LoggingModule, ObservabilityModule } from '@app/observability';
import { CommentsModule } from '@app/comments';
import { ScreeningProcessor } from './screening.processor';
import { SweeperService } from './sweeper.service';
import { WebhooksModule } from '@app/webhooks';
import { WebhookOutboxService } from './webhooks/webhook-outbox.service';
import { WebhooksProcessor } from './webhooks/webhooks.processor';

@Module({
  imports: [ConfigModule.forRoot(), LoggingModule.forRoot('worker'), DatabaseModule, QueueModule.register('worker'), ObservabilityModule, CommentsModule, WebhooksModule],
  providers: [ScreeningProcessor, SweeperService, WebhooksProcessor, WebhookOutboxService],
})
export class WorkerModule {}
