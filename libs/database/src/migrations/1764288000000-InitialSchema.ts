import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764288000000 implements MigrationInterface {
  name = 'InitialSchema1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sites (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        domains text[] NOT NULL DEFAULT '{}',
        policy jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        name text,
        prefix text NOT NULL,
        key_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_api_keys_prefix ON api_keys (prefix)`);
    await q.query(`CREATE INDEX ix_api_keys_site ON api_keys (site_id)`);
    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY,
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        author_id text NOT NULL,
        author_name text,
        text text NOT NULL,
        text_sha256 text NOT NULL,
        article_url text,
        parent_external_id text,
        context jsonb,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'approved', 'held', 'rejected', 'removed')),
        version integer NOT NULL DEFAULT 1,
        language text,
        decision jsonb,
        request_id text,
        report_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_comments_site_external ON comments (site_id, external_id)`);
    await q.query(`CREATE INDEX ix_comments_queued ON comments (created_at) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX ix_comments_site_status ON comments (site_id, status, created_at)`);
    await q.query(`CREATE INDEX ix_comments_site_author ON comments (site_id, author_id)`);
    await q.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        site_id uuid NOT NULL,
        outcome text NOT NULL,
        decided_by text NOT NULL,
        language text,
        reasons jsonb NOT NULL DEFAULT '[]',
        explanation jsonb NOT NULL DEFAULT '[]',
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_decisions_comment ON decisions (comment_id, created_at)`);
    await q.query(`
      CREATE TABLE moderation_log (
        id bigserial PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        site_id uuid NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        from_status text,
        to_status text,
        version integer,
        reason text,
        details jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_moderation_log_comment ON moderation_log (comment_id, id)`);
    // Append-only: the log is evidence; rows may be inserted, never changed or deleted
    // (deleting a whole site cascades, which TRUNCATE-free row triggers would block, so allow it then).
    await q.query(`
      CREATE FUNCTION moderation_log_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM comments WHERE id = OLD.comment_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'moderation_log is append-only';
      END $$ LANGUAGE plpgsql`);
    await q.query(`
      CREATE TRIGGER trg_moderation_log_append_only BEFORE UPDATE OR DELETE ON moderation_log
      FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only()`);
    // Outbox of comment events: one row per state change, written in the decision's transaction.
    await q.query(`
      CREATE TABLE comment_events (
        id uuid PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        site_id uuid NOT NULL,
        type text NOT NULL,
        version integer NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_comment_events_comment_version ON comment_events (comment_id, version)`);
    await q.query(`CREATE INDEX ix_comment_events_undispatched ON comment_events (created_at) WHERE dispatched_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE comment_events`);
    await q.query(`DROP TABLE moderation_log`);
    await q.query(`DROP FUNCTION moderation_log_append_only`);
    await q.query(`DROP TABLE decisions`);
    await q.query(`DROP TABLE comments`);
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE sites`);
  }
}
