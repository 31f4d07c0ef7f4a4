import { Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge, register } from 'prom-client';
import { ReviewQueueService } from './review-queue.service';

/**
 * `moderation_review_queue_size{site_id,view}`: held comments waiting, read from Postgres at scrape
 * time (so every api replica reports the same truth). The held→decided histogram and per-moderator
 * counters are SharedMetrics (Redis), recorded by DecisionsService.
 */
@Injectable()
export class ReviewMetrics implements OnModuleInit {
  constructor(private readonly queue: ReviewQueueService) {}

  onModuleInit(): void {
    const queue = this.queue;
    register.removeSingleMetric('moderation_review_queue_size');
    new Gauge({
      name: 'moderation_review_queue_size',
      help: 'Held comments waiting for a moderator, by site and view (held, reported)',
      labelNames: ['site_id', 'view'],
      async collect() {
        this.reset();
        const sizes = await queue.sizes().catch(() => []);
        for (const s of sizes) this.set({ site_id: s.siteId, view: s.view }, s.n);
      },
    });
  }
}
