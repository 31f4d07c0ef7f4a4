import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'site_id' }) siteId: string;
  @Column('text') url: string;
  @Column('text', { nullable: true }) description: string | null;
  /** Empty: every event type. */
  @Column('text', { name: 'event_types', array: true }) eventTypes: string[];
  /** AES-256-GCM sealed `whsec_…` (see SecretBox). */
  @Column('text', { name: 'secret_enc' }) secretEnc: string;
  @Column('text', { name: 'previous_secret_enc', nullable: true }) previousSecretEnc: string | null;
  @Column('timestamptz', { name: 'previous_secret_expires_at', nullable: true }) previousSecretExpiresAt: Date | null;
  @Column('boolean') enabled: boolean;
  @Column('text', { name: 'disabled_reason', nullable: true }) disabledReason: string | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  /** First failure since the last success; null while healthy. */
  @Column('timestamptz', { name: 'failing_since', nullable: true }) failingSince: Date | null;
  /** Events in a row that used up every retry. */
  @Column('int', { name: 'consecutive_exhausted' }) consecutiveExhausted: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
