import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevStack, DevStack } from '@app/database';
import { freePort } from '@app/database/embedded/ports';
import { startApp, stopApp } from '../stack/processes';

/** A throw-away deployment for benchmarks: embedded Postgres + local Redis in a temp folder, api + N workers. */
export interface BenchStack {
  baseUrl: string;
  adminToken: string;
  databaseUrl: string;
  api: ChildProcess;
  workers: ChildProcess[];
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
    const port = await freePort();
    const env = {
      ...process.env,
      ...stack.env,
      ADMIN_TOKEN: adminToken,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DATABASE_POOL_SIZE: '20',
      ...opts.env,
    };
    const api = await startApp('api', env, { silent: true });
    children.push(api);
    const workers: ChildProcess[] = [];
    for (let i = 0; i < opts.workers; i++) {
      const w = await startApp('worker', env, { silent: true });
      workers.push(w);
      children.push(w);
    }
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      adminToken,
      databaseUrl: stack.env.DATABASE_URL,
      api,
      workers,
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
