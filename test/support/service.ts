import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface StartOptions {
  workers?: number;
  /** Extra environment for api and workers. */
  env?: Record<string, string>;
  /** Start the api (default true). */
  api?: boolean;
  /** Maintenance URL of another Postgres cluster (fault suites that restart their own). */
  databaseAdminUrl?: string;
}

/**
 * A real deployment for one suite: its own database on the shared embedded Postgres, its own queue
 * prefix on the shared Redis, the compiled api and worker(s) as child processes (npm test builds first).
 */
export class Service {
  readonly adminToken = `test-admin-${randomBytes(12).toString('hex')}`;
  readonly database = `e2e_${randomBytes(6).toString('hex')}`;
  readonly queuePrefix = `e2e-${randomBytes(4).toString('hex')}`;
  baseUrl = '';
  port = 0;
  api?: ChildProcess;
  workers: ChildProcess[] = [];
  env: Record<string, string> = {};
  private logs: WriteStream;
  readonly logFile: string;

  constructor(readonly name: string) {
    mkdirSync(path.join(ARTIFACTS, 'logs'), { recursive: true });
    this.logFile = path.join(ARTIFACTS, 'logs', `${name}-${this.queuePrefix}.log`);
    this.logs = createWriteStream(this.logFile);
  }

  static async start(name: string, opts: StartOptions = {}): Promise<Service> {
    const s = new Service(name);
    await s.boot(opts);
    return s;
  }

  private adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;

  get databaseUrl(): string {
    return this.adminUrl.replace(/\/postgres$/, `/${this.database}`);
  }

  private async boot(opts: StartOptions): Promise<void> {
    if (opts.databaseAdminUrl) this.adminUrl = opts.databaseAdminUrl;
    const admin = new Client({ connectionString: this.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${this.database}`);
    await admin.end();
    this.port = await freePort();
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    this.env = {
      NODE_ENV: 'test',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: process.env.TEST_REDIS_URL!,
      QUEUE_PREFIX: this.queuePrefix,
      ADMIN_TOKEN: this.adminToken,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SWEEPER_INTERVAL_MS: '500',
      SWEEPER_GRACE_MS: '1000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_ALLOW_HTTP: 'true',
      ...opts.env,
    };
    if (opts.api !== false) await this.startApi();
    for (let i = 0; i < (opts.workers ?? 1); i++) await this.startWorker();
  }

  private spawn(app: 'api' | 'worker', extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
    const entry = path.join(ROOT, 'dist/apps', app, 'src/main.js');
    const child = fork(entry, [], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...this.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout!.on('data', (d) => this.logs.write(d));
    child.stderr!.on('data', (d) => this.logs.write(d));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${app} did not start in 60 s (log: ${this.logFile})`)), 60_000);
      child.on('message', (m: { type?: string }) => {
        if (m?.type === 'ready') {
          clearTimeout(timer);
          resolve(child);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${app} exited (${code}) during start (log: ${this.logFile})`));
      });
    });
  }

  async startApi(extraEnv: Record<string, string> = {}): Promise<void> {
    this.api = await this.spawn('api', extraEnv);
  }

  async startWorker(extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
    const w = await this.spawn('worker', extraEnv);
    this.workers.push(w);
    return w;
  }

  /** SIGKILL: no graceful anything (fault tests). */
  kill(child: ChildProcess): Promise<void> {
    return stop(child, 'SIGKILL');
  }

  async stopWorkers(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await Promise.all(this.workers.map((w) => stop(w, signal)));
    this.workers = [];
  }

  async stop(): Promise<void> {
    await Promise.all([...this.workers, ...(this.api ? [this.api] : [])].map((c) => stop(c, 'SIGTERM')));
    this.workers = [];
    this.api = undefined;
    await new Promise<void>((r) => this.logs.end(r));
  }

  async request<T = any>(method: string, url: string, opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let payload: string | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (opts.body !== undefined) payload = JSON.stringify(opts.body);
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + url, { method, headers, body: payload });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (metrics, HTML)
    }
    return { status: res.status, body: body as T, headers: res.headers };
  }

  admin<T = any>(method: string, url: string, body?: unknown): Promise<HttpResult<T>> {
    return this.request<T>(method, url, { token: this.adminToken, body });
  }

  /** Direct SQL on this suite's database (assertions only; the service never sees it). */
  async sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
    const c = new Client({ connectionString: this.databaseUrl });
    await c.connect();
    try {
      return (await c.query(query, params)).rows as T[];
    } finally {
      await c.end();
    }
  }
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill(signal);
  });
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {}): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v as T;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
  throw new Error(`timed out waiting for ${opts.what ?? 'condition'}${last ? ` (last error: ${String(last)})` : ''}`);
}
