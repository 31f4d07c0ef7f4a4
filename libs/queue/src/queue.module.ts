import { BullModule } from '@nestjs/bullmq';
import type { ConnectionOptions } from 'bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { DEFAULT_JOB_OPTIONS, SCREENING_QUEUE, WEBHOOKS_QUEUE } from './queue.constants';
import { redisOptionsFromUrl } from './redis-connection';
import { ScreeningProducer } from './screening.producer';

@Module({})
export class QueueModule {
  /**
   * Registers the Redis connection and the queues. Producers (the api) fail fast when Redis is
   * away, so a POST never hangs on it: the comment is already committed and the sweeper enqueues it later.
   */
  static register(role: 'producer' | 'worker' = 'producer'): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            prefix: config.QUEUE_PREFIX,
            connection: redisOptionsFromUrl(config.REDIS_URL, {
              // Workers block on Redis and must wait it out (BullMQ requires null); producers fail fast.
              maxRetriesPerRequest: role === 'worker' ? null : 1,
              connectTimeout: 2000,
              retryStrategy: (n: number) => Math.min(n * 200, 2000),
              // Commands issued in the same tick (a batch of jobs finishing together, concurrent
              // intakes) travel in one write: round trips, not Redis, are what costs here.
              enableAutoPipelining: true,
            }) as ConnectionOptions,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        BullModule.registerQueue({ name: SCREENING_QUEUE }, { name: WEBHOOKS_QUEUE }),
      ],
      providers: [ScreeningProducer],
      exports: [BullModule, ScreeningProducer],
    };
  }
}
