import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ZodError } from 'zod';
import { parsePolicy, SitePolicy } from '@app/moderation';
import { uuidv7 } from '@app/database';
import { ApiKeyEntity } from './api-key.entity';
import { SiteEntity } from './site.entity';
import { generateApiKey, hashApiKey, sameHash, API_KEY_PATTERN } from './api-key';
import { ApiKeyNotFoundError, InvalidPolicyError, SiteNotFoundError } from './sites.errors';

export interface IssuedApiKey {
  id: string;
  prefix: string;
  /** The whole key: returned once, at creation, never again. */
  key: string;
  createdAt: Date;
}

export interface SiteKeyPrincipal {
  siteId: string;
  keyId: string;
}

const KEY_CACHE_TTL_MS = 10_000;

function validatePolicy(input: unknown): SitePolicy {
  try {
    return parsePolicy(input);
  } catch (err) {
    if (err instanceof ZodError) throw new InvalidPolicyError(err.issues.map((i) => `${['policy', ...i.path].join('.')}: ${i.message}`));
    throw err;
  }
}

@Injectable()
export class SitesService {
  /** hash → principal; keeps the intake path off the database. Revocation clears it here at once, elsewhere within the TTL. */
  private readonly keyCache = new Map<string, { principal: SiteKeyPrincipal | null; expires: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SiteEntity) private readonly sites: Repository<SiteEntity>,
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
  ) {}

  async create(input: { name: string; domains: string[]; policy?: unknown }): Promise<{ site: SiteEntity; apiKey: IssuedApiKey }> {
    const policy = validatePolicy(input.policy);
    return this.dataSource.transaction(async (m) => {
      const site = m.create(SiteEntity, { id: uuidv7(), name: input.name, domains: normalizeDomains(input.domains), policy });
      await m.insert(SiteEntity, site);
      const apiKey = await this.issueKey(m.getRepository(ApiKeyEntity), site.id, 'default');
      return { site: await m.findOneByOrFail(SiteEntity, { id: site.id }), apiKey };
    });
  }

  async get(id: string): Promise<SiteEntity> {
    const site = await this.sites.findOneBy({ id });
    if (!site) throw new SiteNotFoundError();
    return site;
  }

  list(): Promise<SiteEntity[]> {
    return this.sites.find({ order: { createdAt: 'ASC' } });
  }

  async update(id: string, patch: { name?: string; domains?: string[]; policy?: unknown }): Promise<SiteEntity> {
    const site = await this.get(id);
    if (patch.name !== undefined) site.name = patch.name;
    if (patch.domains !== undefined) site.domains = normalizeDomains(patch.domains);
    if (patch.policy !== undefined) site.policy = validatePolicy(patch.policy);
    await this.sites.save(site);
    return this.get(id);
  }

  async createApiKey(siteId: string, name?: string | null): Promise<IssuedApiKey> {
    await this.get(siteId);
    return this.issueKey(this.keys, siteId, name ?? null);
  }

  listApiKeys(siteId: string): Promise<ApiKeyEntity[]> {
    return this.keys.find({ where: { siteId }, order: { createdAt: 'ASC' } });
  }

  async revokeApiKey(siteId: string, keyId: string): Promise<void> {
    const res = await this.keys.update({ id: keyId, siteId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!res.affected) {
      const exists = await this.keys.findOneBy({ id: keyId, siteId });
      if (!exists) throw new ApiKeyNotFoundError();
    }
    this.keyCache.clear();
  }

  /** The site behind a presented API key, or null (unknown, malformed or revoked). */
  async authenticate(key: string): Promise<SiteKeyPrincipal | null> {
    const m = API_KEY_PATTERN.exec(key);
    if (!m) return null;
    const hash = hashApiKey(key);
    const cached = this.keyCache.get(hash);
    if (cached && cached.expires > Date.now()) return cached.principal;
    const row = await this.keys.findOneBy({ prefix: m[1] });
    const principal = row && !row.revokedAt && sameHash(row.keyHash, hash) ? { siteId: row.siteId, keyId: row.id } : null;
    if (this.keyCache.size > 10_000) this.keyCache.clear();
    this.keyCache.set(hash, { principal, expires: Date.now() + KEY_CACHE_TTL_MS });
    if (principal) void this.keys.update({ id: principal.keyId }, { lastUsedAt: new Date() }).catch(() => undefined);
    return principal;
  }

  private async issueKey(repo: Repository<ApiKeyEntity>, siteId: string, name: string | null): Promise<IssuedApiKey> {
    const { key, prefix, hash } = generateApiKey();
    const row = repo.create({ id: uuidv7(), siteId, name, prefix, keyHash: hash });
    await repo.insert(row);
    return { id: row.id, prefix, key, createdAt: new Date() };
  }
}

function normalizeDomains(domains: string[]): string[] {
  return [...new Set(domains.map((d) => d.trim().toLowerCase().replace(/^www\./, '')).filter(Boolean))];
}
