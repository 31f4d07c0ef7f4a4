import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/config';
import { redisOptionsFromUrl } from '@app/queue';
import { TooManyLoginAttemptsError } from './review.errors';

/**
 * Counts failed logins in Redis, so the limit holds across api replicas: per (email, client IP)
 * LOGIN_MAX_FAILURES within LOGIN_WINDOW_SECONDS, and per email from any address ten times that
 * (the api trusts X-Forwarded-For, so a guesser could otherwise rotate "addresses"). Over either
 * limit logins get 429 until the window ends; a successful login clears the (email, IP) counter.
 *
 * When Redis is unreachable the throttle lets logins through (logged): argon2 still makes each
 * guess expensive, and locking every editor out during a Redis outage would be worse.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  static readonly PER_EMAIL_FACTOR = 10;
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = new Redis(redisOptionsFromUrl(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 }));
    this.redis.on('error', () => undefined);
    this.prefix = `${config.QUEUE_PREFIX}:login-failures`;
  }

  private keys(email: string, ip: string): { pair: string; email: string } {
    const e = email.trim().toLowerCase();
    const h = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);
    return { pair: `${this.prefix}:pair:${h(`${e}\n${ip}`)}`, email: `${this.prefix}:email:${h(e)}` };
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const k = this.keys(email, ip);
    let res: [Error | null, unknown][] | null;
    try {
      res = await this.redis.multi().get(k.pair).pttl(k.pair).get(k.email).pttl(k.email).exec();
    } catch (err) {
      this.logger.warn(`login throttle unavailable: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const [pairCount, pairTtlMs, emailCount, emailTtlMs] = (res ?? []).map(([, v]) => Number(v ?? 0));
    // Retry-After in whole seconds, rounded up: retrying at that moment finds the window over.
    const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
    if (pairCount >= this.config.LOGIN_MAX_FAILURES) throw new TooManyLoginAttemptsError(seconds(pairTtlMs));
    if (emailCount >= this.config.LOGIN_MAX_FAILURES * LoginThrottle.PER_EMAIL_FACTOR) throw new TooManyLoginAttemptsError(seconds(emailTtlMs));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const k = this.keys(email, ip);
    const window = this.config.LOGIN_WINDOW_SECONDS;
    // SET NX: a window starts at the first failure and later failures do not extend it.
    await this.redis
      .multi()
      .set(k.pair, '0', 'EX', window, 'NX').incr(k.pair)
      .set(k.email, '0', 'EX', window, 'NX').incr(k.email)
      .exec()
      .catch(() => undefined);
  }

  async reset(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip).pair).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
