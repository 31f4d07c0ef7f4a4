import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { CommentsRepository } from '@app/comments';
import { ScreeningProducer } from '@app/queue';

/**
 * Re-enqueues comments left in `queued` (Redis was down at intake, the enqueue timed out, a job
 * was lost), so none is ever stranded. Every worker sweeps; deterministic job ids make that safe.
 */
@Injectable()
export class SweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly comments: CommentsRepository,
    private readonly producer: ScreeningProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectPinoLogger(SweeperService.name) private readonly logger: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.SWEEPER_INTERVAL_MS);
    this.timer.unref();
    void this.sweep();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns how many comments were (re-)enqueued. */
  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let requeued = 0;
    try {
      for (;;) {
        const batch = await this.comments.stranded(this.config.SWEEPER_GRACE_MS, 500);
        for (const c of batch) {
          const r = await this.producer.ensureQueued({ commentId: c.id, siteId: c.siteId, requestId: c.requestId });
          if (r !== 'present') requeued++;
        }
        if (batch.length < 500) break;
      }
      if (requeued) this.logger.warn({ requeued }, 'sweeper re-enqueued stranded comments');
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'sweep failed; will retry');
    } finally {
      this.running = false;
    }
    return requeued;
  }
}
