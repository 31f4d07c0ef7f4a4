import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text', { nullable: true }) name: string | null;
  /** The public part of the key (`mk_<prefix>_…`), shown in listings; the rest is only hashed. */
  @Column('text') prefix: string;
  /** SHA-256 of the whole key (keys are 256-bit random, so a fast hash is enough). */
  @Column('text', { name: 'key_hash' }) keyHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}
