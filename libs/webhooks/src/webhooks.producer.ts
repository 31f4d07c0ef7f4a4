import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { WEBHOOKS_QUEUE } from '@app/queue';
import { DeliverWebhookJob, parseRetrySchedule, webhookJobId, webhookJobOptions } from './webhooks.constants';

const ENQUEUE_TIMEOUT_MS = 2_000;

export interface DeliveryRef {
  id: string;
  endpoint_id: string;
  event_id: string;
  site_id: string;
  redeliveries: number;
}

@Injectable()
export class WebhooksProducer {
  readonly schedule: number[];

  constructor(
    @InjectQueue(WEBHOOKS_QUEUE) private readonly queue: Queue<DeliverWebhookJob['data'], unknown, 'deliver'>,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.schedule = parseRetrySchedule(config.WEBHOOK_RETRY_SCHEDULE_MS);
  }

  /** Adds one delivery job per row (deterministic ids: adding twice is one job). Throws when Redis is away. */
  async enqueue(rows: DeliveryRef[]): Promise<void> {
    if (!rows.length) return;
    const client = (await this.queue.getBackend().client) as unknown as { status?: string };
    if (client.status && client.status !== 'ready') throw new Error(`redis connection is ${client.status}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`enqueue timed out after ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    const jobs = rows.map((r) => ({
      name: 'deliver' as const,
      data: { deliveryId: r.id, eventId: r.event_id, endpointId: r.endpoint_id, siteId: r.site_id },
      opts: { ...webhookJobOptions(this.schedule.length, webhookJobId(r.event_id, r.endpoint_id, r.redeliveries)), delay: this.schedule[0] || undefined },
    }));
    try {
      await Promise.race([this.queue.addBulk(jobs), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
