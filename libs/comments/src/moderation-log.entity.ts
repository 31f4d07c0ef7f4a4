import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only (a database trigger refuses UPDATE and DELETE). */
@Entity('moderation_log')
export class ModerationLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'comment_id' }) commentId: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  /** `system` or `moderator:<id>` (or `site` for reports). */
  @Column('text') actor: string;
  @Column('text') action: string;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: string | null;
  @Column('text', { name: 'to_status', nullable: true }) toStatus: string | null;
  @Column('int', { nullable: true }) version: number | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb', { nullable: true }) details: Record<string, unknown> | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
