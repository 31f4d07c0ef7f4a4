import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import type { CommentEventPayload } from '@app/comments';
import { MicroBatcher } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { SharedMetrics } from '@app/observability';
import { resolveTarget } from './address-guard';
import { rowsOf } from './sql-rows';
import { SecretBox, signWebhook } from './webhook-secrets';
import { postWebhook, SendResult } from './webhook-sender';
import { DeliverWebhookJob, parseRetrySchedule, WebhookAttemptFailed } from './webhooks.constants';
import { ForbiddenWebhookTargetError, InvalidWebhookUrlError } from './webhooks.errors';

interface DeliveryRow {
  id: string;
  site_id: string;
  status: string;
  event_id: string;
  endpoint_id: string;
  payload: CommentEventPayload;
  event_created_at: Date;
  url: string;
  enabled: boolean;
  secret_enc: string;
  previous_secret_enc: string | null;
  previous_secret_expires_at: Date | null;
  /** The endpoint has a failure record to clear after a success. */
  endpoint_failing: boolean;
}

interface AttemptRecord {
  id: string;
  status: string;
  statusCode: number | null;
  error: string | null;
  at: Date;
  nextAt: Date | null;
  latencyMs: number;
  ok: boolean;
}

export type DeliverOutcome =
  | { outcome: 'delivered'; statusCode: number; latencyMs: number; attempt: number }
  | { outcome: 'skipped'; reason: 'gone' | 'already-delivered' | 'endpoint-disabled' };

/** The body receivers get: keys in the documented order (jsonb does not keep them). */
export function webhookBody(p: CommentEventPayload): string {
  const d = p.data;
  return JSON.stringify({
    type: p.type,
    timestamp: p.timestamp,
    data: { id: d.id, externalId: d.externalId, siteId: d.siteId, status: d.status, version: d.version, decision: d.decision },
  });
}

/** Attempts one delivery: signs, sends, logs the attempt, keeps the endpoint's health record. */
@Injectable()
export class WebhookDeliveryService {
  private readonly schedule: number[];
  /**
   * Deliveries running at once share their reads and their writes (group commit): one query loads
   * the batch's deliveries with their events and endpoints, one statement records their attempts.
   */
  private readonly loads = new MicroBatcher<{ deliveryId: string; siteId: string }, DeliveryRow | null>({
    runBatch: async (batch) => {
      const rows = rowsOf<DeliveryRow>(
        await this.dataSource.query(
          `SELECT d.id, d.site_id, d.status, d.event_id, d.endpoint_id, e.payload, e.created_at AS event_created_at,
                  ep.url, ep.enabled, ep.secret_enc, ep.previous_secret_enc, ep.previous_secret_expires_at,
                  (ep.failing_since IS NOT NULL OR ep.consecutive_exhausted > 0) AS endpoint_failing
             FROM webhook_deliveries d
             JOIN comment_events e ON e.id = d.event_id
             JOIN webhook_endpoints ep ON ep.id = d.endpoint_id
            WHERE d.id = ANY($1::uuid[])`,
          [batch.map((b) => b.deliveryId)],
        ),
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return batch.map((b) => {
        const row = byId.get(b.deliveryId);
        return row && row.site_id === b.siteId ? row : null;
      });
    },
    maxBatch: 64,
  });
  private readonly records = new MicroBatcher<AttemptRecord, number>({
    runBatch: async (batch) => {
      // The same delivery twice in one statement would be updated once: such a batch runs row by row.
      if (new Set(batch.map((b) => b.id)).size !== batch.length) throw new Error('duplicate delivery in one batch');
      const rows = rowsOf<{ delivery_id: string; attempt: number }>(
        await this.dataSource.query(
          `WITH i AS (
             SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::int[], $8::bool[])
               AS t(in_id, in_status, in_code, in_error, in_at, in_next, in_latency, in_ok)
           ), d AS (
             UPDATE webhook_deliveries w
                SET attempts = w.attempts + 1,
                    status = CASE WHEN w.status = 'delivered' THEN w.status ELSE i.in_status END,
                    last_status_code = i.in_code, last_error = i.in_error, last_attempt_at = i.in_at, next_attempt_at = i.in_next,
                    delivered_at = CASE WHEN i.in_status = 'delivered' THEN i.in_at ELSE w.delivered_at END, updated_at = now()
               FROM i WHERE w.id = i.in_id
             RETURNING w.id, w.attempts, i.*)
           INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, latency_ms, success, error)
           SELECT id, attempts, in_at, in_code, in_latency, in_ok, in_error FROM d RETURNING delivery_id, attempt`,
          [batch.map((b) => b.id), batch.map((b) => b.status), batch.map((b) => b.statusCode), batch.map((b) => b.error),
            batch.map((b) => b.at), batch.map((b) => b.nextAt), batch.map((b) => b.latencyMs), batch.map((b) => b.ok)],
        ),
      );
      const attempts = new Map(rows.map((r) => [r.delivery_id, Number(r.attempt)]));
      return batch.map((b) => attempts.get(b.id) ?? new Error(`delivery ${b.id} vanished while its attempt was recorded`));
    },
    maxBatch: 64,
    isolateFailures: true,
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly metrics: SharedMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.schedule = parseRetrySchedule(config.WEBHOOK_RETRY_SCHEDULE_MS);
  }

  /**
   * `attemptsMade`: attempts this job already made (BullMQ's count); `maxAttempts`: the job's limit.
   * Throws WebhookAttemptFailed (retry after its delay) or UnrecoverableError (410, or retries used up).
   */
  async deliver(data: DeliverWebhookJob['data'], attemptsMade: number, maxAttempts: number): Promise<DeliverOutcome> {
    const d = await this.loads.submit({ deliveryId: data.deliveryId, siteId: data.siteId });
    if (!d) return { outcome: 'skipped', reason: 'gone' }; // endpoint deleted meanwhile
    if (d.status === 'delivered') return { outcome: 'skipped', reason: 'already-delivered' };
    if (!d.enabled) {
      await this.dataSource.query(`UPDATE webhook_deliveries SET status = 'failed', last_error = 'endpoint disabled', next_attempt_at = NULL, updated_at = now() WHERE id = $1 AND status = 'pending'`, [d.id]);
      return { outcome: 'skipped', reason: 'endpoint-disabled' };
    }

    const body = webhookBody(d.payload);
    const now = new Date();
    const ts = Math.floor(now.getTime() / 1000);
    const secrets = [this.box.open(d.secret_enc)];
    if (d.previous_secret_enc && d.previous_secret_expires_at && d.previous_secret_expires_at > now) secrets.push(this.box.open(d.previous_secret_enc));
    const headers = {
      'webhook-id': d.event_id,
      'webhook-timestamp': String(ts),
      'webhook-signature': secrets.map((s) => signWebhook(s, d.event_id, ts, body)).join(' '),
    };

    const result = await this.send(d.url, headers, body);
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const gone = result.statusCode === 410;
    const last = attemptsMade + 1 >= maxAttempts;
    const retryInMs = Math.max(this.schedule[attemptsMade + 1] ?? 0, result.retryAfterMs ?? 0);
    const status = ok ? 'delivered' : gone || last ? 'failed' : 'pending';
    const nextAt = status === 'pending' ? new Date(now.getTime() + retryInMs) : null;

    const attempt = await this.records.submit({
      id: d.id, status, statusCode: result.statusCode, error: result.error, at: now, nextAt, latencyMs: result.latencyMs, ok,
    });

    if (ok) {
      if (d.endpoint_failing) {
        await this.dataSource.query(`UPDATE webhook_endpoints SET failing_since = NULL, consecutive_exhausted = 0 WHERE id = $1 AND (failing_since IS NOT NULL OR consecutive_exhausted > 0)`, [d.endpoint_id]);
      }
      await Promise.all([
        this.metrics.inc('moderation_webhook_deliveries_total', { result: 'success' }),
        this.metrics.observe('moderation_webhook_latency_seconds', (Date.now() - new Date(d.event_created_at).getTime()) / 1000),
      ]);
      return { outcome: 'delivered', statusCode: result.statusCode!, latencyMs: result.latencyMs, attempt };
    }

    await this.metrics.inc('moderation_webhook_deliveries_total', { result: gone ? 'gone' : result.statusCode === null ? 'error' : 'failure' });
    await this.dataSource.query(`UPDATE webhook_endpoints SET failing_since = $2 WHERE id = $1 AND failing_since IS NULL`, [d.endpoint_id, now]);
    if (gone) {
      await this.disable(d.endpoint_id, 'the receiver answered 410 Gone');
      throw new UnrecoverableError(`receiver answered 410 Gone; endpoint ${d.endpoint_id} disabled`);
    }
    if (last) {
      await this.onExhausted(d.endpoint_id, result.error);
      throw new UnrecoverableError(`gave up after ${attempt} attempts: ${result.error}`);
    }
    throw new WebhookAttemptFailed(`attempt ${attempt} failed: ${result.error}`, retryInMs);
  }

  /** SSRF guard at delivery time too (DNS may have changed since registration), then one POST to the vetted address. */
  private async send(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    let target;
    try {
      target = await resolveTarget(url, { allowHttp: this.config.WEBHOOK_ALLOW_HTTP, allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS });
    } catch (err) {
      if (err instanceof ForbiddenWebhookTargetError || err instanceof InvalidWebhookUrlError) {
        return { statusCode: null, latencyMs: 0, error: `blocked: ${err.message}`, retryAfterMs: null };
      }
      throw err;
    }
    return postWebhook(target, headers, body, this.config.WEBHOOK_TIMEOUT_MS);
  }

  /** An event used up its retries: disable the endpoint when it has been failing for too long. */
  private async onExhausted(endpointId: string, lastError: string | null): Promise<void> {
    const [ep] = rowsOf<{ failing_since: Date | null; consecutive_exhausted: number }>(
      await this.dataSource.query(`UPDATE webhook_endpoints SET consecutive_exhausted = consecutive_exhausted + 1 WHERE id = $1 RETURNING failing_since, consecutive_exhausted`, [endpointId]),
    );
    if (!ep?.failing_since) return;
    const since = new Date(ep.failing_since);
    if (Date.now() - since.getTime() >= this.config.WEBHOOK_DISABLE_AFTER_MS) {
      await this.disable(endpointId, `failing since ${since.toISOString()}: ${ep.consecutive_exhausted} event(s) in a row used up every retry (last error: ${lastError ?? 'unknown'})`);
    }
  }

  private async disable(endpointId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, disabled_at = now(), updated_at = now() WHERE id = $1 AND enabled`, [endpointId, reason]);
  }
}
