import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { uuidv7 } from '@app/database';
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
    const { events, deliveries } = await this.dataSource.transaction(async (m) => {
      const events = rowsOf<{ id: string; site_id: string; type: string }>(
        await m.query(`SELECT id, site_id, type FROM comment_events WHERE dispatched_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]),
      );
      if (!events.length) return { events, deliveries: [] as DeliveryRef[] };
      const siteIds = [...new Set(events.map((e) => e.site_id))];
      const endpoints = rowsOf<{ id: string; site_id: string; event_types: string[] }>(
        await m.query(`SELECT id, site_id, event_types FROM webhook_endpoints WHERE enabled AND site_id = ANY($1::uuid[])`, [siteIds]),
      );
      const cols: [string[], string[], string[], string[]] = [[], [], [], []];
      for (const e of events) {
        for (const ep of endpoints) {
          if (ep.site_id !== e.site_id || (ep.event_types.length && !ep.event_types.includes(e.type))) continue;
          cols[0].push(uuidv7());
          cols[1].push(ep.id);
          cols[2].push(e.id);
          cols[3].push(e.site_id);
        }
      }
      let deliveries: DeliveryRef[] = [];
      if (cols[0].length) {
        deliveries = rowsOf<DeliveryRef>(
          await m.query(
            `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, site_id)
             SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[])
             ON CONFLICT (endpoint_id, event_id) DO NOTHING
             RETURNING id, endpoint_id, event_id, site_id, redeliveries`,
            cols,
          ),
        );
      }
      await m.query(`UPDATE comment_events SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [events.map((e) => e.id)]);
      return { events, deliveries };
    });
    await this.enqueue(deliveries);
    return events.length;
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
