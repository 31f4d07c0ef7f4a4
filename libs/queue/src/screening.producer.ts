import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { MicroBatcher } from '@app/common';
import { SCREENING_QUEUE, ScreenCommentJob, screeningJobId } from './queue.constants';

const ENQUEUE_TIMEOUT_MS = 1500;

@Injectable()
export class ScreeningProducer {
  /** Concurrent enqueues share one addBulk (one pipelined write to Redis); a lone one goes at once. */
  private readonly adds = new MicroBatcher<ScreenCommentJob['data'], true>({
    runBatch: async (batch) => {
      await this.queue.addBulk(batch.map((data) => ({ name: 'screen' as const, data, opts: { jobId: screeningJobId(data.commentId) } })));
      return batch.map(() => true as const);
    },
    maxBatch: 128,
    maxInFlight: 2,
  });

  constructor(@InjectQueue(SCREENING_QUEUE) private readonly queue: Queue<ScreenCommentJob['data'], unknown, 'screen'>) {}

  /** Adds (or re-adds) the screening job of a comment; same comment, same job id, one job. */
  async enqueue(data: ScreenCommentJob['data']): Promise<void> {
    // While Redis is unreachable, fail at once rather than make the client wait: the row is
    // committed and the sweeper will enqueue it.
    const client = (await this.queue.getBackend().client) as unknown as { status?: string };
    if (client.status && client.status !== 'ready') throw new Error(`redis connection is ${client.status}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`enqueue timed out after ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.adds.submit(data), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * For the sweeper: a comment still `queued` whose job ended in the failed set would never be
   * retried by add() (same id), so retry that job instead.
   */
  async ensureQueued(data: ScreenCommentJob['data']): Promise<'added' | 'retried' | 'present'> {
    const job = await this.queue.getJob(screeningJobId(data.commentId));
    if (!job) {
      await this.enqueue(data);
      return 'added';
    }
    const state = await job.getState();
    if (state === 'failed') {
      await job.retry('failed');
      return 'retried';
    }
    if (state === 'completed' || state === 'unknown') {
      await job.remove().catch(() => undefined);
      await this.enqueue(data);
      return 'added';
    }
    return 'present';
  }

  async depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
  }
}
