import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import type { CommentEventPayload } from '@app/comments';
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
    const [d] = rowsOf<DeliveryRow>(
      await this.dataSource.query(
        `SELECT d.id, d.status, d.event_id, d.endpoint_id, e.payload, e.created_at AS event_created_at,
                ep.url, ep.enabled, ep.secret_enc, ep.previous_secret_enc, ep.previous_secret_expires_at
           FROM webhook_deliveries d
           JOIN comment_events e ON e.id = d.event_id
           JOIN webhook_endpoints ep ON ep.id = d.endpoint_id
          WHERE d.id = $1 AND d.site_id = $2`,
        [data.deliveryId, data.siteId],
      ),
    );
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

    const [{ attempt }] = rowsOf<{ attempt: number }>(
      await this.dataSource.query(
        `WITH d AS (
           UPDATE webhook_deliveries
              SET attempts = attempts + 1,
                  status = CASE WHEN status = 'delivered' THEN status ELSE $2 END,
                  last_status_code = $3, last_error = $4, last_attempt_at = $5, next_attempt_at = $6,
                  delivered_at = CASE WHEN $2 = 'delivered' THEN $5 ELSE delivered_at END, updated_at = now()
            WHERE id = $1 RETURNING id, attempts)
         INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, latency_ms, success, error)
         SELECT id, attempts, $5, $3, $7, $8, $4 FROM d RETURNING attempt`,
        [d.id, status, result.statusCode, result.error, now, nextAt, result.latencyMs, ok],
      ),
    );

    if (ok) {
      await this.dataSource.query(`UPDATE webhook_endpoints SET failing_since = NULL, consecutive_exhausted = 0 WHERE id = $1 AND (failing_since IS NOT NULL OR consecutive_exhausted > 0)`, [d.endpoint_id]);
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
