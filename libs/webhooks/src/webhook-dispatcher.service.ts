import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { rowsOf } from './sql-rows';
import { DeliveryRef, WebhooksProducer } from './webhooks.producer';

/**
 * Moves outbox rows (comment_events) to the webhooks queue. Two steps so nothing is lost:
 * 1. in one transaction, lock undispatched events (SKIP LOCKED: several workers share the work),
 *    write one delivery row per subscribed endpoint, mark the events dispatched;
 * 2. after commit, enqueue the deliveries and mark them enqueued. A crash or a Redis outage
 *    between the two leaves rows `pending` without `enqueued_at`; enqueueStranded() picks them up.
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly producer: WebhooksProducer,
    @InjectPinoLogger(WebhookDispatcher.name) private readonly logger: PinoLogger,
  ) {}

  /** Dispatches up to `limit` events; returns how many events were taken. */
  async dispatchOutbox(limit = 500): Promise<number> {
    // Step 1 as one statement (one round trip, atomic): claim, fan out to subscribed endpoints, mark.
    const [row] = rowsOf<{ taken: number; deliveries: DeliveryRef[] }>(
      await this.dataSource.query(
        `WITH ev AS (
           SELECT id, site_id, type, created_at FROM comment_events
            WHERE dispatched_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED
         ), marked AS (
           UPDATE comment_events c SET dispatched_at = now() FROM ev WHERE c.id = ev.id RETURNING c.id
         ), ins AS (
           INSERT INTO webhook_deliveries (id, endpoint_id, event_id, site_id)
           SELECT webhook_uuidv7(), ep.id, ev.id, ev.site_id
             FROM ev JOIN webhook_endpoints ep
               ON ep.site_id = ev.site_id AND ep.enabled AND (cardinality(ep.event_types) = 0 OR ev.type = ANY(ep.event_types))
            ORDER BY ev.created_at
           ON CONFLICT (endpoint_id, event_id) DO NOTHING
           RETURNING id, endpoint_id, event_id, site_id, redeliveries
         )
         SELECT (SELECT count(*)::int FROM marked) AS taken, (SELECT coalesce(json_agg(ins), '[]'::json) FROM ins) AS deliveries`,
        [limit],
      ),
    );
    await this.enqueue(row.deliveries);
    return row.taken;
  }

  /** Re-enqueues deliveries that never reached the queue (crash or Redis outage after step 1). */
  async enqueueStranded(graceMs: number, limit = 500): Promise<number> {
    const rows = rowsOf<DeliveryRef>(
      await this.dataSource.query(
        `SELECT id, endpoint_id, event_id, site_id, redeliveries FROM webhook_deliveries
          WHERE status = 'pending' AND enqueued_at IS NULL AND updated_at < now() - ($1::int * interval '1 millisecond')
          ORDER BY created_at LIMIT $2`,
        [graceMs, limit],
      ),
    );
    await this.enqueue(rows);
    return rows.length;
  }

  /** Enqueues and marks; on failure the rows stay un-enqueued for the next sweep. */
  async enqueue(rows: DeliveryRef[]): Promise<boolean> {
    if (!rows.length) return true;
    try {
      await this.producer.enqueue(rows);
    } catch (err) {
      this.logger.warn({ deliveries: rows.length, err: err instanceof Error ? err.message : String(err) }, 'webhook enqueue failed; will retry');
      return false;
    }
    await this.dataSource.query(`UPDATE webhook_deliveries SET enqueued_at = now() WHERE id = ANY($1::uuid[]) AND enqueued_at IS NULL`, [rows.map((r) => r.id)]);
    return true;
  }
}
