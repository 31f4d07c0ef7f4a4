import { Controller, Get, HttpStatus, Inject, OnModuleDestroy, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { redisOptionsFromUrl } from '@app/queue';
import { ShutdownState } from '../common/shutdown-state';

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, rej) => (t = setTimeout(() => rej(new Error('timeout')), ms)))]).finally(() => clearTimeout(t));
}

@ApiExcludeController()
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly shutdown: ShutdownState,
  ) {
    this.redis = new Redis(redisOptionsFromUrl(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 1000 }));
    this.redis.on('error', () => undefined);
  }

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when Postgres and Redis answer within a second and the process is not draining. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const check = async (fn: () => Promise<unknown>) => withTimeout(fn(), 1000).then(() => 'up' as const, () => 'down' as const);
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect().catch(() => undefined);
    const [postgres, redis] = await Promise.all([check(() => this.db.query('SELECT 1')), check(() => this.redis.ping())]);
    const draining = this.shutdown.draining;
    const ok = postgres === 'up' && redis === 'up' && !draining;
    if (!ok) void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis, draining } };
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
