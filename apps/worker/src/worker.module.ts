import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { LoggingModule, ObservabilityModule } from '@app/observability';
import { CommentsModule } from '@app/comments';
import { ScreeningProcessor } from './screening.processor';
import { SweeperService } from './sweeper.service';

@Module({
  imports: [ConfigModule.forRoot(), LoggingModule.forRoot('worker'), DatabaseModule, QueueModule.register('worker'), ObservabilityModule, CommentsModule],
  providers: [ScreeningProcessor, SweeperService],
})
export class WorkerModule {}
