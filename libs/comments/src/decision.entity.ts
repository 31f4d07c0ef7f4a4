import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { CheckResult } from '@app/moderation';

/** Every decision ever taken on a comment, with the check results that led to it. */
@Entity('decisions')
export class DecisionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'comment_id' }) commentId: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text') outcome: string;
  @Column('text', { name: 'decided_by' }) decidedBy: string;
  @Column('text', { nullable: true }) language: string | null;
  @Column('jsonb') reasons: CheckResult[];
  @Column('jsonb') explanation: string[];
  @Column('text', { nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
