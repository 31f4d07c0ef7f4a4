import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const MODERATOR_ROLES = ['moderator', 'admin'] as const;
export type ModeratorRole = (typeof MODERATOR_ROLES)[number];

@Entity('moderators')
export class ModeratorEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') email: string;
  /** argon2id PHC string. */
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('text') role: ModeratorRole;
  /** Sites this moderator reviews; an `admin` moderator reviews every site. */
  @Column('uuid', { name: 'site_ids', array: true }) siteIds: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
}

@Entity('moderator_sessions')
export class ModeratorSessionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'moderator_id' }) moderatorId: string;
  /** SHA-256 (hex) of the `ms_…` token; the token itself is never stored. */
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent: string | null;
}
