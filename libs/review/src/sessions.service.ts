import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ModeratorPrincipal, ModeratorSessionResolver } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { uuidv7 } from '@app/database';
import { ModeratorRole } from './review.entities';
import { InvalidCredentialsError } from './review.errors';
import { LoginThrottle } from './login-throttle.service';
import { ModeratorsService } from './moderators.service';

const TOKEN_PATTERN = /^ms_[A-Za-z0-9_-]{43}$/;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  moderator: { id: string; email: string; role: ModeratorRole; siteIds: string[] };
}

/**
 * Moderator sessions: opaque `ms_…` tokens, stored only as SHA-256 hashes, expiring after
 * SESSION_TTL_SECONDS and revocable (logout, moderator disabled). Every request checks the
 * database, so a revocation holds at once on every api replica.
 */
@Injectable()
export class SessionsService implements ModeratorSessionResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moderators: ModeratorsService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string, client: { ip: string; userAgent?: string | null }): Promise<IssuedSession> {
    await this.throttle.assertAllowed(email, client.ip);
    const m = await this.moderators.verifyCredentials(email, password);
    if (!m) {
      await this.throttle.recordFailure(email, client.ip);
      throw new InvalidCredentialsError();
    }
    await this.throttle.reset(email, client.ip);
    const token = `ms_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_SECONDS * 1000);
    await this.dataSource.query(
      `INSERT INTO moderator_sessions (id, moderator_id, token_hash, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6)`,
      [uuidv7(), m.id, hashSessionToken(token), expiresAt, client.ip, client.userAgent?.slice(0, 500) ?? null],
    );
    return { token, expiresAt, moderator: { id: m.id, email: m.email, role: m.role, siteIds: m.siteIds } };
  }

  async authenticate(token: string): Promise<ModeratorPrincipal | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const rows: { session_id: string; moderator_id: string; role: ModeratorRole; site_ids: string[] }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, m.id AS moderator_id, m.role, m.site_ids
         FROM moderator_sessions s JOIN moderators m ON m.id = s.moderator_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.disabled_at IS NULL`,
      [hashSessionToken(token)],
    );
    const r = rows[0];
    if (!r) return null;
    return { kind: 'moderator', moderatorId: r.moderator_id, role: r.role, siteIds: r.site_ids, sessionId: r.session_id };
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE moderator_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }
}
