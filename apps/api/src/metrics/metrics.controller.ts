import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, Gauge, register } from 'prom-client';
import { SharedMetrics } from '@app/observability';
import { ScreeningProducer } from '@app/queue';

let defaultsCollected = false;

/** Prometheus: this replica's process and intake metrics, queue depth, and the shared (Redis) counters. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly shared: SharedMetrics,
    producer: ScreeningProducer,
  ) {
    if (!defaultsCollected) {
      collectDefaultMetrics();
      defaultsCollected = true;
    }
    register.removeSingleMetric('moderation_queue_depth');
    new Gauge({
      name: 'moderation_queue_depth',
      help: 'Jobs in the screening queue, by state',
      labelNames: ['queue', 'state'],
      async collect() {
        const counts = await producer.depth().catch(() => ({}) as Record<string, number>);
        for (const [state, n] of Object.entries(counts)) this.set({ queue: 'screening', state }, n);
      },
    });
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    return (await register.metrics()) + (await this.shared.render());
  }
}
