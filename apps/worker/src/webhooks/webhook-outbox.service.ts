import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '@app/config';
import { WebhookDispatcher } from '@app/webhooks';

const BATCH = 500;
/** A delivery written but not in the queue for this long (ms) is enqueued again. */
const STRANDED_GRACE_MS = 5_000;
const NOTIFY_CHANNEL = 'comment_events';

/**
 * Drives the outbox dispatcher in every worker: woken at once by Postgres NOTIFY (a trigger on
 * comment_events fires at each decision's commit) and, as a fallback for missed notifications or a
 * lost LISTEN connection, by a poll. Several workers are safe: the dispatcher uses SKIP LOCKED.
 */
@Injectable()
export class WebhookOutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private listener?: Client;
  private running = false;
  private again = false;
  private stopped = false;
  private lastStrandedSweep = 0;

  constructor(
    private readonly dispatcher: WebhookDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectPinoLogger(WebhookOutboxService.name) private readonly logger: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.config.WEBHOOK_DISPATCH_INTERVAL_MS);
    this.timer.unref();
    void this.listen();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
  }

  /** Runs a pass now, or right after the current one (notifications during a pass are not lost). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.pass();
  }

  private async pass(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        while ((await this.dispatcher.dispatchOutbox(BATCH)) === BATCH && !this.stopped);
      } while (this.again && !this.stopped);
      if (Date.now() - this.lastStrandedSweep >= STRANDED_GRACE_MS) {
        this.lastStrandedSweep = Date.now();
        const n = await this.dispatcher.enqueueStranded(STRANDED_GRACE_MS);
        if (n) this.logger.warn({ deliveries: n }, 're-enqueued webhook deliveries that never reached the queue');
      }
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'webhook dispatch failed; will retry');
    } finally {
      this.running = false;
    }
  }

  /** A dedicated connection for LISTEN; reconnects after errors (the poll covers the gap). */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    this.listener = client;
    const retry = () => {
      client.removeAllListeners();
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), 2_000).unref();
    };
    client.on('error', retry);
    client.on('notification', () => this.wake());
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      this.wake(); // catch anything committed while we were not listening
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'webhook LISTEN connection failed; polling meanwhile');
      retry();
    }
  }
}
