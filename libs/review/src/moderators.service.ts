import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { uuidv7 } from '@app/database';
import { ModeratorEntity, ModeratorRole } from './review.entities';
import { ModeratorEmailTakenError, ModeratorNotFoundError, UnknownSitesError } from './review.errors';

export interface NewModerator {
  email: string;
  password: string;
  role: ModeratorRole;
  siteIds: string[];
}

// OWASP's argon2id baseline (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class ModeratorsService {
  /** Verified against when the email is unknown, so a miss costs the same time as a wrong password. */
  private dummyHash?: Promise<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ModeratorEntity) private readonly moderators: Repository<ModeratorEntity>,
  ) {}

  async create(input: NewModerator): Promise<ModeratorEntity> {
    const siteIds = [...new Set(input.siteIds)];
    await this.assertSitesExist(siteIds);
    const passwordHash = await hash(input.password, ARGON2);
    const id = uuidv7();
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO moderators (id, email, password_hash, role, site_ids) VALUES ($1, $2, $3, $4, $5::uuid[])
       ON CONFLICT DO NOTHING RETURNING id`,
      [id, normalizeEmail(input.email), passwordHash, input.role, siteIds],
    );
    if (rows.length === 0) throw new ModeratorEmailTakenError();
    return this.get(id);
  }

  /** Role and sites apply to live sessions at once (sessions read them on every request). */
  async update(id: string, patch: { role?: ModeratorRole; siteIds?: string[]; password?: string }): Promise<ModeratorEntity> {
    const m = await this.get(id);
    if (patch.siteIds !== undefined) {
      const siteIds = [...new Set(patch.siteIds)];
      await this.assertSitesExist(siteIds);
      m.siteIds = siteIds;
    }
    if (patch.role !== undefined) m.role = patch.role;
    if (patch.password !== undefined) m.passwordHash = await hash(patch.password, ARGON2);
    await this.moderators.save(m);
    // A new password ends the sessions opened with the old one.
    if (patch.password !== undefined) await this.dataSource.query(`UPDATE moderator_sessions SET revoked_at = now() WHERE moderator_id = $1 AND revoked_at IS NULL`, [id]);
    return this.get(id);
  }

  private async assertSitesExist(siteIds: string[]): Promise<void> {
    if (!siteIds.length) return;
    const found: { id: string }[] = await this.dataSource.query(`SELECT id FROM sites WHERE id = ANY($1::uuid[])`, [siteIds]);
    const missing = siteIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw new UnknownSitesError(missing);
  }

  async get(id: string): Promise<ModeratorEntity> {
    const m = await this.moderators.findOneBy({ id });
    if (!m) throw new ModeratorNotFoundError();
    return m;
  }

  list(): Promise<ModeratorEntity[]> {
    return this.moderators.find({ order: { createdAt: 'ASC' } });
  }

  /** Disabling also ends every session of the moderator at once. */
  async disable(id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const res = await m.query(`UPDATE moderators SET disabled_at = COALESCE(disabled_at, now()), updated_at = now() WHERE id = $1 RETURNING id`, [id]);
      const rows = (Array.isArray(res) && Array.isArray(res[0]) ? res[0] : res) as unknown[];
      if (rows.length === 0) throw new ModeratorNotFoundError();
      await m.query(`UPDATE moderator_sessions SET revoked_at = now() WHERE moderator_id = $1 AND revoked_at IS NULL`, [id]);
    });
  }

  /** The active moderator with these credentials, or null. Takes about the same time either way. */
  async verifyCredentials(email: string, password: string): Promise<ModeratorEntity | null> {
    const m = await this.moderators.createQueryBuilder('m').where('lower(m.email) = :email', { email: normalizeEmail(email) }).getOne();
    if (!m || m.disabledAt) {
      this.dummyHash ??= hash('not-a-real-password', ARGON2);
      await verify(await this.dummyHash, password).catch(() => false);
      return null;
    }
    const ok = await verify(m.passwordHash, password).catch(() => false);
    return ok ? m : null;
  }
}
