import type { JobsOptions } from 'bullmq';

// Job payloads of the `webhooks` queue (name in @app/queue: WEBHOOKS_QUEUE).

export interface DeliverWebhookJob {
  name: 'deliver';
  data: { deliveryId: string; eventId: string; endpointId: string; siteId: string };
}
export type WebhookJob = DeliverWebhookJob;

/**
 * One job per endpoint x event (BullMQ 6 rejects ':' in ids). A redelivery asked by an admin is a
 * new job (`-r<n>`): the first one may still sit in the failed set under its own id.
 */
export const webhookJobId = (eventId: string, endpointId: string, redelivery = 0): string =>
  `wh-${eventId}-${endpointId}${redelivery > 0 ? `-r${redelivery}` : ''}`;

export const WEBHOOK_BACKOFF_TYPE = 'webhook-schedule';

/** Options of every delivery job; `attempts` is the length of the retry schedule. */
export function webhookJobOptions(attempts: number, jobId: string): JobsOptions {
  return {
    jobId,
    attempts,
    backoff: { type: WEBHOOK_BACKOFF_TYPE },
    // The delivery row in Postgres is the record; completed jobs go soon, failed ones stay a while.
    removeOnComplete: { age: 3600, count: 20_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** Thrown by a failed attempt that should be retried; carries the delay the schedule (or Retry-After) asks for. */
export class WebhookAttemptFailed extends Error {
  constructor(
    message: string,
    /** milliseconds until the next attempt */
    readonly retryInMs: number,
  ) {
    super(message);
    this.name = 'WebhookAttemptFailed';
  }
}

/** BullMQ custom backoff: the delay was decided by the delivery service, which knows the schedule and Retry-After. */
export function webhookBackoffStrategy(_attemptsMade: number, _type?: string, err?: Error): number {
  const retryInMs = (err as Partial<WebhookAttemptFailed> | undefined)?.retryInMs;
  return typeof retryInMs === 'number' && Number.isFinite(retryInMs) && retryInMs >= 0 ? retryInMs : 5_000;
}

/** Parses WEBHOOK_RETRY_SCHEDULE_MS: the first entry is the first attempt (normally 0, immediately). */
export function parseRetrySchedule(spec: string): number[] {
  const delays = spec.split(',').map((s) => Number(s.trim()));
  if (!delays.length || delays.some((d) => !Number.isFinite(d) || d < 0)) throw new Error(`bad retry schedule '${spec}'`);
  return delays;
}

/** Longest Retry-After we honour (a receiver cannot park deliveries for weeks). */
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/** Retry-After: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  const t = v.trim();
  if (/^\d+$/.test(t)) return Math.min(Number(t) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(t);
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
}
