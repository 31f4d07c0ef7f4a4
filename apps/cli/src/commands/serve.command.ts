import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ChildProcess } from 'node:child_process';
import { startDevStack } from '@app/database';
import { projectRoot } from '../stack/project-root';
import { startApp, stopApp } from '../stack/processes';

const HELP = `usage: moderate serve [--apis N] [--workers M]

Runs the api and the worker. Without DATABASE_URL it starts an embedded PostgreSQL (data in .data/postgres);
without REDIS_URL it starts the machine's redis-server (data in .data/redis). Without ADMIN_TOKEN it makes
one and keeps it in .data/admin-token. --apis N runs N api processes on PORT, PORT+1, ... (stateless
replicas: put any load balancer in front); --workers M runs M worker processes sharing the queues.
Ctrl-C stops everything it started.
`;

function adminToken(dataRoot: string): { token: string; file: string | null } {
  if (process.env.ADMIN_TOKEN) return { token: process.env.ADMIN_TOKEN, file: null };
  const file = path.join(dataRoot, 'admin-token');
  if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), file };
  const token = `adm_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, token + '\n', { mode: 0o600 });
  return { token, file };
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const wi = argv.indexOf('--workers');
  const workers = wi >= 0 ? Math.max(1, Number(argv[wi + 1]) || 1) : 1;
  const ai = argv.indexOf('--apis');
  const apis = ai >= 0 ? Math.max(1, Number(argv[ai + 1]) || 1) : 1;
  const root = projectRoot();
  const dataRoot = path.join(root, '.data');
  mkdirSync(dataRoot, { recursive: true });
  const say = (m: string) => process.stderr.write(`[serve] ${m}\n`);

  say(`starting infrastructure (data under ${dataRoot})...`);
  const stack = await startDevStack({
    dataRoot,
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    log: process.env.SERVE_VERBOSE ? (l) => say(l) : undefined,
  });
  say(stack.postgres ? `embedded PostgreSQL on 127.0.0.1:${stack.postgres.port}` : 'PostgreSQL: DATABASE_URL');
  say(stack.redis ? `redis-server on 127.0.0.1:${stack.redis.port}` : 'Redis: REDIS_URL');

  const { token, file } = adminToken(dataRoot);
  const port = process.env.PORT ?? '3000';
  const env = { ...process.env, ...stack.env, ADMIN_TOKEN: token, PORT: port };
  const children: ChildProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping...');
    await Promise.all(children.map((c) => stopApp(c)));
    await stack.stop();
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    // The api migrates first (under an advisory lock anyway), then the workers start.
    for (let i = 0; i < apis; i++) children.push(await startApp('api', { ...env, PORT: String(Number(port) + i) }));
    for (let i = 0; i < workers; i++) children.push(await startApp('worker', env));
  } catch (err) {
    say(err instanceof Error ? err.message : String(err));
    await shutdown(1);
    return 1;
  }
  for (const c of children) c.once('exit', (code) => !stopping && (say(`a child process exited (code ${code}); stopping`), void shutdown(1)));

  const base = `http://localhost:${port}`;
  const apiList = Array.from({ length: apis }, (_, i) => `http://localhost:${Number(port) + i}`).join(', ');
  process.stderr.write(
    `\n  Comment moderation service is running\n` +
      `  API:          ${base}/v1${apis > 1 ? `   (api replicas: ${apiList})` : ''}\n` +
      `  OpenAPI docs: ${base}/docs\n` +
      `  Health:       ${base}/health/ready    Metrics: ${base}/metrics\n` +
      `  Admin token:  ${file ? `in ${path.relative(process.cwd(), file) || file}   (export ADMIN_TOKEN=$(cat ${path.relative(process.cwd(), file)}))` : 'from ADMIN_TOKEN'}\n` +
      `  Workers:      ${workers}\n\n  Ctrl-C stops everything.\n\n`,
  );
  await new Promise(() => undefined);
  return 0;
}
