import { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderator accounts and sessions, review-queue claims and reader reports (issue 4). */
export class ReviewQueue1764460800000 implements MigrationInterface {
  name = 'ReviewQueue1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE moderators (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('moderator', 'admin')),
        site_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_moderators_email ON moderators (lower(email))`);
    await q.query(`
      CREATE TABLE moderator_sessions (
        id uuid PRIMARY KEY,
        moderator_id uuid NOT NULL REFERENCES moderators(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_moderator_sessions_token ON moderator_sessions (token_hash)`);
    await q.query(`CREATE INDEX ix_moderator_sessions_moderator ON moderator_sessions (moderator_id)`);
    // At most one claim per comment; an expired claim may be taken over (see ClaimsService).
    await q.query(`
      CREATE TABLE review_claims (
        comment_id uuid PRIMARY KEY REFERENCES comments(id) ON DELETE CASCADE,
        site_id uuid NOT NULL,
        moderator_id uuid NOT NULL REFERENCES moderators(id) ON DELETE CASCADE,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE comment_reports (
        id uuid PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        site_id uuid NOT NULL,
        reporter_id text NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_comment_reports_reporter ON comment_reports (comment_id, reporter_id)`);
    await q.query(`CREATE INDEX ix_comment_reports_open ON comment_reports (comment_id) WHERE resolved_at IS NULL`);
    // The review queue reads held comments per site in the order they were held.
    await q.query(`CREATE INDEX ix_comments_held ON comments (site_id, decided_at, id) WHERE status = 'held'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_comments_held`);
    await q.query(`DROP TABLE comment_reports`);
    await q.query(`DROP TABLE review_claims`);
    await q.query(`DROP TABLE moderator_sessions`);
    await q.query(`DROP TABLE moderators`);
  }
}
