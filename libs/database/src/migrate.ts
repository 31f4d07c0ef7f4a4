import { DataSource } from 'typeorm';

/** Arbitrary constant: the advisory-lock key every replica uses for migrations. */
const MIGRATION_LOCK_KEY = 727_274_001;

/**
 * Runs pending migrations while holding a session-level Postgres advisory lock, so when several
 * api and worker replicas start at once exactly one migrates and the others wait, then find nothing to do.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
