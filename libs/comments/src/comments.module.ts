import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentEntity } from './comment.entity';
import { CommentEventEntity } from './comment-event.entity';
import { DecisionEntity } from './decision.entity';
import { ModerationLogEntity } from './moderation-log.entity';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { CommentLifecycleService } from './comment-lifecycle.service';
import { ScreeningService } from './screening.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommentEntity, DecisionEntity, ModerationLogEntity, CommentEventEntity])],
  providers: [CommentsRepository, CommentsService, CommentLifecycleService, ScreeningService],
  exports: [TypeOrmModule, CommentsRepository, CommentsService, CommentLifecycleService, ScreeningService],
})
export class CommentsModule {}
