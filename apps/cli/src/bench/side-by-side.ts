import { ChildProcess, fork, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDevStack } from '@app/database';
import { freePort } from '@app/database/embedded/ports';
import { cpuSnapshot } from './cpu-meter';
import { pacedLoad } from './paced-load';

/**
 * Compares the api of several builds on a machine whose neighbours make sequential runs useless:
 * every build's api runs at the same time on one Postgres and one Redis (no worker), each gets
 * the same paced load, and CPU per request is read from /proc for each process, round by round.
 * Within a round all builds see the same machine, so their ratio holds when absolute figures do not.
 * List a build twice (A,B,A,B) to see the spread between two copies of the same code.
 */
export interface SideBySideOptions {
  /** Checkouts whose dist/ is run (built beforehand). */
  roots: string[];
  /** POST/s sent to each api. */
  rate: number;
  seconds: number;
  rounds: number;
  /** Also count system calls per request with strace during one more round (when strace exists). */
  syscalls: boolean;
  /** LOG_LEVEL of the apis (default warn; info writes the access line of every request). */
  logLevel?: string;
  say: (line: string) => void;
}

const TEXTS = ['Thank you for this careful reporting on the budget.', 'What a load of shit this article is.', 'You are an idiot if you believe this.', 'Yeh sarkar kuch nahi karegi, sab jhooth hai.'];

function startApi(root: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = fork(path.join(path.resolve(root), 'dist/apps/api/src/main.js'), [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the api of ${root} exited with code ${code} before it was ready`)));
  });
}

/** "read 2.20, write 0.86, ..." per request, from an `strace -c` summary file. */
function syscallsPerRequest(file: string, requests: number): string {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 5 && /^\d+$/.test(f[3]) && f[f.length - 1] !== 'total')
    .map((f) => [f[f.length - 1], Number(f[3])] as const)
    .sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, n]) => s + n, 0);
  return `${(total / requests).toFixed(1)} (${rows.slice(0, 6).map(([name, n]) => `${name} ${(n / requests).toFixed(2)}`).join(', ')})`;
}

export async function sideBySide(o: SideBySideOptions): Promise<string> {
  const dataRoot = mkdtempSync(path.join(tmpdir(), 'moderation-side-by-side-'));
  chmodSync(dataRoot, 0o755);
  const stack = await startDevStack({ dataRoot, ephemeral: true, database: 'bench' });
  const adminToken = `bench-${randomBytes(16).toString('hex')}`;
  const env = {
    ...process.env, ...stack.env, ADMIN_TOKEN: adminToken, HOST: '127.0.0.1', LOG_LEVEL: o.logLevel ?? 'warn', NODE_ENV: 'production',
    DATABASE_POOL_SIZE: '20', RATE_LIMIT_SITE_PER_SECOND: '1000000',
  };
  const apis: ChildProcess[] = [];
  const out: string[] = [];
  try {
    const urls: string[] = [];
    for (const root of o.roots) {
      const port = await freePort();
      apis.push(await startApi(root, { ...env, PORT: String(port) }));
      urls.push(`http://127.0.0.1:${port}`);
    }
    const site = (await (await fetch(`${urls[0]}/v1/sites`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ name: 'Side by side', domains: ['side.example'] }),
    })).json()) as { apiKey: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${site.apiKey}` };
    const load = (url: string, tag: string, rate: number, seconds: number) =>
      pacedLoad({
        urls: [url], path: '/v1/comments', headers, rate, durationSeconds: seconds,
        body: (i) => JSON.stringify({ externalId: `${tag}-${i}-${randomBytes(3).toString('hex')}`, text: TEXTS[i % TEXTS.length], author: { id: `reader-${i % 997}` } }),
      });
    o.say('warm-up (5 s)...');
    await Promise.all(urls.map((u, k) => load(u, `warm${k}`, Math.min(o.rate, 200), 5)));
    const roles = () => Object.fromEntries(apis.map((a, k) => [String(k), [a.pid ?? 0]]));
    const ratios: number[][] = o.roots.map(() => []);
    const label = (k: number) => `${k + 1}:${path.basename(path.resolve(o.roots[k]))}`;
    out.push(`side by side: ${o.roots.length} api processes at ${o.rate} POST/s each, ${o.rounds} rounds of ${o.seconds} s, LOG_LEVEL ${env.LOG_LEVEL} (ms of api CPU per POST; ratio to the first)`);
    // A build listed more than once: per round, the mean of its copies against the mean of the first build's.
    const builds = [...new Set(o.roots.map((r) => path.resolve(r)))];
    const byBuild: number[][] = builds.map(() => []);
    for (let r = 0; r < o.rounds; r++) {
      const before = cpuSnapshot(roles());
      const results = await Promise.all(urls.map((u, k) => load(u, `r${r}x${k}`, o.rate, o.seconds)));
      const after = cpuSnapshot(roles());
      const ms = apis.map((_, k) => (after[String(k)] - before[String(k)]) / results[k].requests);
      ms.forEach((m, k) => ratios[k].push(m / ms[0]));
      const meanOf = (b: string) => { const xs = ms.filter((_, k) => path.resolve(o.roots[k]) === b); return xs.reduce((a, x) => a + x, 0) / xs.length; };
      builds.forEach((b, i) => byBuild[i].push(meanOf(b) / meanOf(builds[0])));
      out.push(`  round ${r + 1}: ${ms.map((m, k) => `${label(k)} ${m.toFixed(3)} (${(m / ms[0]).toFixed(2)}, POST p99 ${results[k].p99} ms${results[k].non2xx + results[k].errors ? `, ${results[k].non2xx + results[k].errors} failed` : ''})`).join('  ')}`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    out.push(`  median ratio to the first: ${ratios.map((xs, k) => `${label(k)} ${median(xs).toFixed(3)}`).join('  ')}`);
    if (builds.length < o.roots.length) {
      const lower = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
      out.push(`  by build (mean of its copies ÷ mean of the first build's, per round): ${builds.map((b, i) => `${path.basename(b)} median ${((median(byBuild[i]) + lower(byBuild[i])) / 2).toFixed(3)} [${byBuild[i].map((x) => x.toFixed(2)).join(' ')}]`).join('  ')}`);
    }
    if (o.syscalls) {
      if (spawnSync('strace', ['-V']).status !== 0) out.push('  (strace not found: no system-call counts)');
      else {
        const files = apis.map((_, k) => path.join(dataRoot, `strace-${k}.txt`));
        const tracers = apis.map((a, k) => spawn('strace', ['-c', '-f', '-o', files[k], '-p', String(a.pid)], { stdio: 'ignore' }));
        await new Promise((r) => setTimeout(r, 1000));
        const results = await Promise.all(urls.map((u, k) => load(u, `s${k}`, o.rate, o.seconds)));
        await Promise.all(tracers.map((t) => new Promise((r) => (t.once('exit', r), t.kill('SIGINT')))));
        out.push('  system calls per POST (strace -c, one more round):');
        apis.forEach((_, k) => out.push(`    ${label(k)} ${syscallsPerRequest(files[k], results[k].requests)}`));
      }
    }
    return out.join('\n') + '\n';
  } finally {
    for (const a of apis) a.kill('SIGTERM');
    await Promise.all(apis.map((a) => (a.exitCode === null && a.signalCode === null ? new Promise((r) => a.once('exit', r)) : undefined)));
    await stack.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}
