import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * uuidv7 generated in SQL (Postgres 18 has uuidv7(); 17, which docker-compose runs, does not), so
 * the webhook dispatcher can write its delivery rows in the same single statement that claims the
 * outbox events: one round trip between a decision and its enqueue.
 */
export class WebhookUuidv71764547300000 implements MigrationInterface {
  name = 'WebhookUuidv71764547300000';

  async up(q: QueryRunner): Promise<void> {
    // A random (v4) uuid with its first 48 bits replaced by the Unix time in ms and the version nibble set to 7.
    await q.query(`
      CREATE FUNCTION webhook_uuidv7() RETURNS uuid AS $$
        SELECT encode(
          set_bit(set_bit(
            overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
          52, 1), 53, 1), 'hex')::uuid
      $$ LANGUAGE sql VOLATILE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION webhook_uuidv7`);
  }
}
