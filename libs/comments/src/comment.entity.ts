import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CheckResult, Outcome } from '@app/moderation';

export const COMMENT_STATUSES = ['queued', 'approved', 'held', 'rejected', 'removed'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** The current decision, denormalised on the comment for fast reads (history in `decisions`). */
export interface CurrentDecision {
  outcome: Outcome | 'remove';
  decidedBy: string;
  decidedAt: string;
  reasons: CheckResult[];
  explanation?: string[];
  note?: string | null;
}

@Entity('comments')
export class CommentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text', { name: 'external_id' }) externalId: string;
  @Column('text', { name: 'author_id' }) authorId: string;
  @Column('text', { name: 'author_name', nullable: true }) authorName: string | null;
  @Column('text') text: string;
  @Column('text', { name: 'text_sha256' }) textSha256: string;
  @Column('text', { name: 'article_url', nullable: true }) articleUrl: string | null;
  @Column('text', { name: 'parent_external_id', nullable: true }) parentExternalId: string | null;
  @Column('jsonb', { nullable: true }) context: { ip?: string; userAgent?: string } | null;
  @Column('text') status: CommentStatus;
  /** Increases with every state change; webhook receivers use it to drop out-of-order events. */
  @Column('int') version: number;
  @Column('text', { nullable: true }) language: string | null;
  @Column('jsonb', { nullable: true }) decision: CurrentDecision | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId: string | null;
  @Column('int', { name: 'report_count' }) reportCount: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
}
