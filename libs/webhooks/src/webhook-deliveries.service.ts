import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uuidv7 } from '@app/database';
import { rowsOf } from './sql-rows';
import { DeliveryStatus } from './webhook-delivery.entity';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookDeliveryNotFoundError, WebhookEndpointDisabledError } from './webhooks.errors';
import { DeliveryRef } from './webhooks.producer';

export interface DeliveryAttemptView {
  attempt: number;
  at: Date;
  statusCode: number | null;
  /** milliseconds */
  latencyMs: number;
  success: boolean;
  error: string | null;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  type: string;
  commentId: string;
  status: DeliveryStatus;
  attempts: DeliveryAttemptView[];
  createdAt: Date;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
}

const REDELIVER_BATCH = 500;

/** The delivery log of an endpoint, and redelivery on an admin's request. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointsService,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  /** Newest first; `cursor` is the last id of the previous page. */
  async list(siteId: string, endpointId: string, q: { outcome?: DeliveryStatus; cursor?: string; limit?: number }): Promise<{ items: DeliveryView[]; nextCursor: string | null }> {
    await this.endpoints.get(siteId, endpointId);
    const limit = q.limit ?? 50;
    const params: unknown[] = [endpointId, siteId];
    let where = '';
    if (q.outcome) {
      params.push(q.outcome);
      where += ` AND d.status = $${params.length}`;
    }
    if (q.cursor) {
      params.push(q.cursor);
      where += ` AND d.id < $${params.length}`;
    }
    params.push(limit + 1);
    const rows = rowsOf<{ id: string; event_id: string; type: string; comment_id: string; status: DeliveryStatus; created_at: Date; delivered_at: Date | null; next_attempt_at: Date | null }>(
      await this.dataSource.query(
        `SELECT d.id, d.event_id, e.type, e.comment_id, d.status, d.created_at, d.delivered_at, d.next_attempt_at
           FROM webhook_deliveries d JOIN comment_events e ON e.id = d.event_id
          WHERE d.endpoint_id = $1 AND d.site_id = $2${where}
          ORDER BY d.id DESC LIMIT $${params.length}`,
        params,
      ),
    );
    const page = rows.slice(0, limit);
    const attempts = page.length
      ? rowsOf<{ delivery_id: string; attempt: number; attempted_at: Date; status_code: number | null; latency_ms: number; success: boolean; error: string | null }>(
          await this.dataSource.query(`SELECT delivery_id, attempt, attempted_at, status_code, latency_ms, success, error FROM webhook_attempts WHERE delivery_id = ANY($1::uuid[]) ORDER BY id`, [page.map((r) => r.id)]),
        )
      : [];
    const byDelivery = new Map<string, DeliveryAttemptView[]>();
    for (const a of attempts) {
      const list = byDelivery.get(a.delivery_id) ?? [];
      list.push({ attempt: a.attempt, at: a.attempted_at, statusCode: a.status_code, latencyMs: a.latency_ms, success: a.success, error: a.error });
      byDelivery.set(a.delivery_id, list);
    }
    return {
      items: page.map((r) => ({
        id: r.id, eventId: r.event_id, type: r.type, commentId: r.comment_id, status: r.status, attempts: byDelivery.get(r.id) ?? [],
        createdAt: r.created_at, deliveredAt: r.delivered_at, nextAttemptAt: r.next_attempt_at,
      })),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }

  /** Sends one event again (also one the endpoint never got: it may predate the endpoint). */
  async redeliverEvent(siteId: string, endpointId: string, eventId: string): Promise<void> {
    await this.assertEnabled(siteId, endpointId);
    const rows = rowsOf<DeliveryRef>(
      await this.dataSource.query(
        `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, site_id)
         SELECT $1, $2, e.id, e.site_id FROM comment_events e WHERE e.id = $3 AND e.site_id = $4
         ON CONFLICT (endpoint_id, event_id) DO UPDATE
            SET status = 'pending', redeliveries = webhook_deliveries.redeliveries + 1,
                enqueued_at = NULL, next_attempt_at = NULL, updated_at = now()
         RETURNING id, endpoint_id, event_id, site_id, redeliveries`,
        [uuidv7(), endpointId, eventId, siteId],
      ),
    );
    if (!rows.length) throw new WebhookDeliveryNotFoundError();
    await this.dispatcher.enqueue(rows);
  }

  /** Sends again every failed delivery created at or after `since`; returns how many. */
  async redeliverFailedSince(siteId: string, endpointId: string, since: Date): Promise<number> {
    await this.assertEnabled(siteId, endpointId);
    const rows = rowsOf<DeliveryRef>(
      await this.dataSource.query(
        `UPDATE webhook_deliveries
            SET status = 'pending', redeliveries = redeliveries + 1, enqueued_at = NULL, next_attempt_at = NULL, updated_at = now()
          WHERE endpoint_id = $1 AND site_id = $2 AND status = 'failed' AND created_at >= $3
          RETURNING id, endpoint_id, event_id, site_id, redeliveries`,
        [endpointId, siteId, since],
      ),
    );
    // Rows not enqueued here (Redis away) are picked up by the dispatcher's stranded sweep.
    for (let i = 0; i < rows.length; i += REDELIVER_BATCH) await this.dispatcher.enqueue(rows.slice(i, i + REDELIVER_BATCH));
    return rows.length;
  }

  private async assertEnabled(siteId: string, endpointId: string): Promise<void> {
    const ep = await this.endpoints.get(siteId, endpointId);
    if (!ep.enabled) throw new WebhookEndpointDisabledError(ep.disabledReason);
  }
}
