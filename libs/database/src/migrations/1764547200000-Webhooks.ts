import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1764547200000 implements MigrationInterface {
  name = 'Webhooks1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        url text NOT NULL,
        description text,
        event_types text[] NOT NULL DEFAULT '{}',
        secret_enc text NOT NULL,
        previous_secret_enc text,
        previous_secret_expires_at timestamptz,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        disabled_at timestamptz,
        failing_since timestamptz,
        consecutive_exhausted integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_webhook_endpoints_site ON webhook_endpoints (site_id)`);
    // One row per endpoint x event: the current outcome; attempts below are the history.
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES comment_events(id) ON DELETE CASCADE,
        site_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        redeliveries integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        last_attempt_at timestamptz,
        next_attempt_at timestamptz,
        delivered_at timestamptz,
        enqueued_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_webhook_deliveries_endpoint_event ON webhook_deliveries (endpoint_id, event_id)`);
    await q.query(`CREATE INDEX ix_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id DESC)`);
    await q.query(`CREATE INDEX ix_webhook_deliveries_unenqueued ON webhook_deliveries (created_at) WHERE status = 'pending' AND enqueued_at IS NULL`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        latency_ms integer NOT NULL,
        success boolean NOT NULL,
        error text
      )`);
    await q.query(`CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id, id)`);
    // Wakes the dispatcher at commit of a decision (the poll is only the fallback).
    await q.query(`
      CREATE FUNCTION comment_events_notify() RETURNS trigger AS $$
      BEGIN
        PERFORM pg_notify('comment_events', '');
        RETURN NULL;
      END $$ LANGUAGE plpgsql`);
    await q.query(`
      CREATE TRIGGER trg_comment_events_notify AFTER INSERT ON comment_events
      FOR EACH STATEMENT EXECUTE FUNCTION comment_events_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER trg_comment_events_notify ON comment_events`);
    await q.query(`DROP FUNCTION comment_events_notify`);
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
