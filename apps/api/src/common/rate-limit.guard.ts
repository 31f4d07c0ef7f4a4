import { CanActivate, ExecutionContext, Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DomainError } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import type { Principal } from '@app/auth';
import { redisOptionsFromUrl } from '@app/queue';

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 'rate_limited', `too many requests; retry after ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/**
 * Per-token rate limit in a one-second fixed window, counted in Redis so every api replica shares it.
 * Runs after AuthGuard (registration order). When Redis does not answer within 50 ms the request
 * passes: losing the limiter must not stop intake (the comment is in Postgres either way).
 */
@Injectable()
export class RateLimitGuard implements CanActivate, OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Auto-pipelining: the counts of concurrent requests travel in one write to Redis.
    this.redis = new Redis(
      redisOptionsFromUrl(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1000, enableAutoPipelining: true }),
    );
    this.redis.on('error', () => undefined);
    // INCR and, for a new window, its expiry: one command, so it pipelines with its neighbours.
    this.redis.defineCommand('countHit', {
      numberOfKeys: 1,
      lua: `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n`,
    });
    this.prefix = `${config.QUEUE_PREFIX}:ratelimit`;
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<{ principal?: Principal }>();
    const p = req.principal;
    if (!p) return true;
    const [bucket, limit] =
      p.kind === 'site' ? [`key:${p.keyId}`, this.config.RATE_LIMIT_SITE_PER_SECOND]
      : p.kind === 'moderator' ? [`moderator:${p.moderatorId}`, this.config.RATE_LIMIT_USER_PER_SECOND]
      : ['admin', this.config.RATE_LIMIT_USER_PER_SECOND];
    const key = `${this.prefix}:${bucket}:${Math.floor(Date.now() / 1000)}`;
    const count = await this.count(key);
    if (count === null || count <= limit) return true;
    const retryAfter = 1;
    void ctx.switchToHttp().getResponse<FastifyReply>().header('retry-after', String(retryAfter));
    throw new RateLimitedError(retryAfter);
  }

  private async count(key: string): Promise<number | null> {
    if (this.redis.status !== 'ready') return null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const res = await Promise.race([
        (this.redis as Redis & { countHit(key: string, ttlMs: number): Promise<number> }).countHit(key, 2000),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 50))),
      ]);
      return typeof res === 'number' ? res : null;
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
