import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const COMMENT_EVENT_TYPES = ['comment.approved', 'comment.held', 'comment.rejected', 'comment.removed'] as const;
export type CommentEventType = (typeof COMMENT_EVENT_TYPES)[number];

export interface CommentEventPayload {
  type: CommentEventType;
  timestamp: string;
  data: {
    id: string;
    externalId: string;
    siteId: string;
    status: string;
    version: number;
    decision: unknown;
  };
}

/** Transactional outbox: one row per state change, written with the change itself. */
@Entity('comment_events')
export class CommentEventEntity {
  /** Also the Standard Webhooks `webhook-id`, stable across retries. */
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'comment_id' }) commentId: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text') type: CommentEventType;
  @Column('int') version: number;
  @Column('jsonb') payload: CommentEventPayload;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'dispatched_at', nullable: true }) dispatchedAt: Date | null;
}
