import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { CommentsRepository, StrandedCursor } from '@app/comments';
import { ScreeningProducer } from '@app/queue';

const PAGE = 500;

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
      // Walk the queued comments once, page by page (a backlog is mostly comments whose jobs
      // are waiting: one pipelined check per page finds the few that have none).
      let after: StrandedCursor | undefined;
      for (;;) {
        const page = await this.comments.stranded(this.config.SWEEPER_GRACE_MS, PAGE, after);
        if (page.length === 0) break;
        const r = await this.producer.ensureQueued(page.map((c) => ({ commentId: c.id, siteId: c.siteId, requestId: c.requestId })));
        requeued += r.added + r.retried;
        if (page.length < PAGE) break;
        const last = page[page.length - 1];
        after = { cursorAt: last.cursorAt, id: last.id };
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
