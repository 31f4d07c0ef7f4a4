import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../libs/database/src/embedded/embedded-postgres';
import { startLocalRedis } from '../../libs/database/src/embedded/local-redis';

// One real PostgreSQL and one real Redis for the whole e2e run; every suite gets its own database
// and its own queue prefix (test/support/service.ts), so suites run in parallel without meeting.
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_ADMIN_URL && process.env.TEST_REDIS_URL) return;
  const root = mkdtempSync(path.join(tmpdir(), 'moderation-e2e-'));
  chmodSync(root, 0o755); // Postgres runs as the `postgres` user when we are root
  const log: string[] = [];
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, 'postgres'), ephemeral: true, log: (l) => log.push(l) });
  const redis = await startLocalRedis({ dataDir: path.join(root, 'redis'), log: (l) => log.push(l) });
  process.env.TEST_DATABASE_ADMIN_URL = pg.adminUrl;
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_INFRA_ROOT = root;
  writeFileSync(path.join(root, 'infra.json'), JSON.stringify({ pgPort: pg.port, redisPort: redis.port, redisDataDir: path.join(root, 'redis') }));
  (globalThis as Record<string, unknown>).__E2E_INFRA__ = { pg, redis };
}
