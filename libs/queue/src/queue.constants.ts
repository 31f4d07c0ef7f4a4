import type { JobsOptions } from 'bullmq';

// Queue names and job payloads in one place: producers and processors import these, never strings.

export const SCREENING_QUEUE = 'screening';
export const WEBHOOKS_QUEUE = 'webhooks';

export interface ScreenCommentJob {
  name: 'screen';
  data: { commentId: string; siteId: string; requestId?: string | null };
}
export type ScreeningJob = ScreenCommentJob;

/** BullMQ 6 rejects ':' in custom ids, hence the dash. One id per comment, so a double enqueue is one job. */
export const screeningJobId = (commentId: string): string => `screen-${commentId}`;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 500 },
  // Completed jobs go soon (the decision lives in Postgres); failed ones stay for inspection.
  removeOnComplete: { age: 600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/**
 * Worker options for every processor. A worker that dies (kill -9) holds its active jobs' locks
 * until they expire; short locks and a frequent stalled check hand them to another worker within
 * ~20 s. Handlers are idempotent, so re-running a stalled job is safe: allow several stalls.
 */
export const WORKER_OPTIONS = {
  lockDuration: 15_000,
  stalledInterval: 5_000,
  maxStalledCount: 5,
} as const;
