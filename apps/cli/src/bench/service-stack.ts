import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevStack, DevStack } from '@app/database';
import { freePort } from '@app/database/embedded/ports';
import { startApp, stopApp } from '../stack/processes';
import type { Roles } from './cpu-meter';

/** A throw-away deployment for benchmarks: embedded Postgres + local Redis in a temp folder, api + N workers. */
export interface BenchStack {
  baseUrl: string;
  /** One per api process (--apis N). */
  baseUrls: string[];
  adminToken: string;
  databaseUrl: string;
  redisUrl: string;
  api: ChildProcess;
  apis: ChildProcess[];
  workers: ChildProcess[];
  /** Process ids by role, for CPU accounting (cpu-meter.ts). */
  roles(): Roles;
  /** Starts one more worker process on the same stack. */
  startWorker(): Promise<ChildProcess>;
  /** Stops every worker process (graceful shutdown), leaving api, Postgres and Redis running. */
  stopWorkers(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchStack(opts: { workers: number; env?: Record<string, string>; apis?: number }): Promise<BenchStack> {
  const root = mkdtempSync(path.join(tmpdir(), 'moderation-bench-'));
  chmodSync(root, 0o755);
  let stack: DevStack | undefined;
  const children: ChildProcess[] = [];
  try {
    stack = await startDevStack({ dataRoot: root, ephemeral: true, database: 'bench' });
    const adminToken = `bench-${randomBytes(16).toString('hex')}`;
    const env = {
      ...process.env,
      ...stack.env,
      ADMIN_TOKEN: adminToken,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DATABASE_POOL_SIZE: '20',
      ...opts.env,
    };
    const apis: ChildProcess[] = [];
    const baseUrls: string[] = [];
    for (let i = 0; i < (opts.apis ?? 1); i++) {
      const port = await freePort();
      const api = await startApp('api', { ...env, PORT: String(port) }, { silent: true });
      apis.push(api);
      children.push(api);
      baseUrls.push(`http://127.0.0.1:${port}`);
    }
    const workers: ChildProcess[] = [];
    for (let i = 0; i < opts.workers; i++) {
      const w = await startApp('worker', env, { silent: true });
      workers.push(w);
      children.push(w);
    }
    return {
      baseUrl: baseUrls[0],
      baseUrls,
      adminToken,
      databaseUrl: stack.env.DATABASE_URL,
      redisUrl: stack.env.REDIS_URL,
      api: apis[0],
      apis,
      workers,
      roles: () => ({
        api: apis.map((a) => a.pid ?? 0),
        worker: workers.map((w) => w.pid ?? 0),
        postgres: stack?.postgres?.pid ? [stack.postgres.pid] : [],
        redis: stack?.redis?.pid ? [stack.redis.pid] : [],
      }),
      async startWorker() {
        const w = await startApp('worker', env, { silent: true });
        workers.push(w);
        children.push(w);
        return w;
      },
      async stopWorkers() {
        const stopping = workers.splice(0);
        await Promise.all(stopping.map((w) => stopApp(w, 10_000)));
        for (const w of stopping) children.splice(children.indexOf(w), 1);
      },
      async stop() {
        await Promise.all(children.map((c) => stopApp(c, 10_000)));
        await stack?.stop();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await Promise.all(children.map((c) => stopApp(c, 5_000)));
    await stack?.stop();
    throw err;
  }
}
