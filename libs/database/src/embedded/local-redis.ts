import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createConnection } from 'node:net';
import { freePort } from './ports';

export interface LocalRedis {
  url: string;
  port: number;
  /** SIGTERM: Redis flushes its append-only file and exits. */
  stop(): Promise<void>;
  /** kill -9 (fault tests). */
  kill(): void;
  /** Starts again on the same port and data folder (AOF reloads what was written). */
  restart(): Promise<void>;
  /** The server's process id while it runs (benchmarks account its CPU). */
  readonly pid: number | undefined;
}

export interface LocalRedisOptions {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
  /** apt-get install redis-server when it is missing and we are root (default true). */
  autoInstall?: boolean;
}

export const REDIS_INSTALL_HINT =
  'redis-server was not found. Install it (Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y redis-server`; ' +
  'macOS: `brew install redis`), or point REDIS_URL at a running Redis (redis://host:6379).';

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || null : null;
}

/** Finds redis-server; as root with apt available, installs Debian's package when missing. */
export function ensureRedisServer(opts: { autoInstall?: boolean; log?: (l: string) => void } = {}): string {
  const found = which('redis-server');
  if (found) return found;
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  if (opts.autoInstall !== false && userInfo().uid === 0 && which('apt-get')) {
    log('redis-server not found: installing Debian package redis-server (apt-get, running as root)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const install = update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], { stdio: ['ignore', 'ignore', 'inherit'], env })
      : update;
    const after = which('redis-server');
    if (install.status === 0 && after) return after;
  }
  throw new Error(REDIS_INSTALL_HINT);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port }, () => sock.write('PING\r\n'));
    sock.setTimeout(500);
    sock.once('data', (d) => {
      sock.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    sock.once('error', () => resolve(false));
    sock.once('timeout', () => {
      sock.destroy();
      resolve(false);
    });
  });
}

export async function startLocalRedis(opts: LocalRedisOptions): Promise<LocalRedis> {
  const binary = ensureRedisServer({ autoInstall: opts.autoInstall, log: opts.log });
  mkdirSync(opts.dataDir, { recursive: true });
  const port = opts.port ?? (await freePort(63790));
  const log = opts.log ?? (() => undefined);
  let child: ChildProcess | undefined;

  const launch = async () => {
    const args = [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', opts.dataDir,
      // AOF so queued jobs survive a restart; BullMQ requires noeviction.
      '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '',
      '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--protected-mode', 'yes',
      '--logfile', '',
    ];
    child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => log(String(d).trimEnd()));
    child.stderr?.on('data', (d) => log(String(d).trimEnd()));
    const exited = new Promise<never>((_, reject) => child!.once('exit', (code) => reject(new Error(`redis-server exited with code ${code}`))));
    exited.catch(() => undefined);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (await Promise.race([ping(port), exited])) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  await launch();
  if (!existsSync(opts.dataDir)) throw new Error(`redis data folder ${opts.dataDir} vanished`);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid;
    },
    stop,
    kill: () => child?.kill('SIGKILL'),
    restart: async () => {
      await stop();
      await launch();
    },
  };
}
