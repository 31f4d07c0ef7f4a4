import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { WEBHOOKS_QUEUE, WORKER_OPTIONS } from '@app/queue';
import { webhookBackoffStrategy, WebhookDeliveryService, WebhookJob } from '@app/webhooks';

@Processor(WEBHOOKS_QUEUE, { ...WORKER_OPTIONS, settings: { backoffStrategy: webhookBackoffStrategy } })
export class WebhooksProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly delivery: WebhookDeliveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectPinoLogger(WebhooksProcessor.name) private readonly logger: PinoLogger,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WEBHOOK_CONCURRENCY;
  }

  async process(job: Job<WebhookJob['data'], unknown, WebhookJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'deliver': {
        const { deliveryId, eventId, endpointId, siteId } = job.data;
        const ctx = { jobId: job.id, queue: WEBHOOKS_QUEUE, siteId, eventId, endpointId, deliveryId, attempt: job.attemptsMade + 1 };
        try {
          const r = await this.delivery.deliver(job.data, job.attemptsMade, job.opts.attempts ?? 1);
          this.logger.info({ ...ctx, ...r }, r.outcome === 'delivered' ? 'webhook delivered' : 'webhook skipped');
          return r;
        } catch (err) {
          // Logged for the operator, then rethrown so BullMQ retries (or fails) the job.
          this.logger.warn({ ...ctx, err: err instanceof Error ? err.message : String(err) }, 'webhook attempt failed');
          throw err;
        }
      }
      default:
        throw new Error(`unknown job name ${String(job.name)} on ${WEBHOOKS_QUEUE}`);
    }
  }
}
