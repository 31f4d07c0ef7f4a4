import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { PinoLogger, InjectPinoLogger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ScreeningService } from '@app/comments';
import { SharedMetrics } from '@app/observability';
import { SCREENING_QUEUE, ScreeningJob, WORKER_OPTIONS } from '@app/queue';

@Processor(SCREENING_QUEUE, WORKER_OPTIONS)
export class ScreeningProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly screening: ScreeningService,
    private readonly metrics: SharedMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectPinoLogger(ScreeningProcessor.name) private readonly logger: PinoLogger,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  async process(job: Job<ScreeningJob['data'], unknown, ScreeningJob['name']>): Promise<unknown> {
    switch (job.name) {
      case 'screen': {
        const { commentId, siteId, requestId } = job.data;
        const r = await this.screening.screen(siteId, commentId);
        const ctx = { jobId: job.id, queue: SCREENING_QUEUE, siteId, commentId, requestId, attempt: job.attemptsMade + 1 };
        if (r.kind === 'decided') {
          await this.metrics.record([
            { inc: 'moderation_decisions_total', labels: { outcome: r.outcome, by: 'system' } },
            { observe: 'moderation_screening_seconds', seconds: r.queuedMs / 1000 },
            { observe: 'moderation_engine_seconds', seconds: r.engineMs / 1000 },
          ]);
          this.logger.info({ ...ctx, outcome: r.outcome, engineMs: Math.round(r.engineMs * 100) / 100 }, 'comment screened');
        } else {
          this.logger.info({ ...ctx, skipped: r.reason }, 'nothing to screen');
        }
        return r;
      }
      default:
        throw new Error(`unknown job name ${String(job.name)} on ${SCREENING_QUEUE}`);
    }
  }
}
