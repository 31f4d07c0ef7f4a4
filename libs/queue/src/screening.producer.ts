import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { MicroBatcher } from '@app/common';
import { SCREENING_QUEUE, ScreenCommentJob, screeningJobId } from './queue.constants';

const ENQUEUE_TIMEOUT_MS = 1500;

@Injectable()
export class ScreeningProducer {
  /**
   * Concurrent enqueues share one addBulk (one write to Redis, one MULTI/EXEC). Nobody waits for an
   * enqueue (the api has answered 202 already), so a batch waits 5 ms for company: a socket write
   * per job was the largest single item in the api's CPU profile at intake.
   */
  private readonly adds = new MicroBatcher<ScreenCommentJob['data'], true>({
    runBatch: async (batch) => {
      await this.queue.addBulk(batch.map((data) => ({ name: 'screen' as const, data, opts: { jobId: screeningJobId(data.commentId) } })));
      return batch.map(() => true as const);
    },
    maxBatch: 128,
    maxInFlight: 2,
    lingerMs: 5,
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
   * For the sweeper: makes sure each comment has a live job. One pipelined round trip tells, for a
   * whole page of comments, which jobs exist and which ended failed or completed; only those are
   * touched. A job in the failed set would never be retried by add() (same id), so it is retried;
   * a completed job whose comment is still queued is replaced.
   */
  async ensureQueued(items: ScreenCommentJob['data'][]): Promise<{ added: number; retried: number; present: number }> {
    const counts = { added: 0, retried: 0, present: 0 };
    if (items.length === 0) return counts;
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const item of items) {
      const id = screeningJobId(item.commentId);
      pipeline.exists(this.queue.toKey(id));
      pipeline.zscore(this.queue.keys.failed, id);
      pipeline.zscore(this.queue.keys.completed, id);
    }
    const replies = (await pipeline.exec()) ?? [];
    const answer = (i: number): unknown => {
      const [err, value] = replies[i] ?? [new Error('no reply'), null];
      if (err) throw err;
      return value;
    };
    const toAdd: ScreenCommentJob['data'][] = [];
    for (let n = 0; n < items.length; n++) {
      const exists = answer(3 * n) === 1;
      const failed = answer(3 * n + 1) !== null;
      const completed = answer(3 * n + 2) !== null;
      const id = screeningJobId(items[n].commentId);
      if (!exists) toAdd.push(items[n]);
      else if (failed) {
        await (await this.queue.getJob(id))?.retry('failed');
        counts.retried++;
      } else if (completed) {
        await (await this.queue.getJob(id))?.remove().catch(() => undefined);
        toAdd.push(items[n]);
      } else counts.present++;
    }
    await Promise.all(toAdd.map((d) => this.enqueue(d)));
    counts.added = toAdd.length;
    return counts;
  }

  async depth(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
  }
}
