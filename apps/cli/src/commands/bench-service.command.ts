import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { startBenchStack, BenchStack } from '../bench/service-stack';

const HELP = `usage: npm run bench:service -- [options]

Loads the whole service (api + worker(s) on real Postgres and Redis) with autocannon and prints:
sustained intake (comments/s, unthrottled), POST latency p50/p99 and POST-to-decision p50/p99 at a fixed rate.

  --rate N          fixed request rate for the latency phase (default 500 comments/s)
  --duration S      seconds of the fixed-rate phase (default 20)
  --max-duration S  seconds of the unthrottled intake phase (default 10)
  --connections N   concurrent HTTP connections (default 32)
  --workers N       worker processes of the temporary stack (default 1)
  --json            print a JSON summary line at the end
By default a temporary stack is started (embedded Postgres + local redis-server, data in a temp folder).
`;

const TEXTS = [
  'Thank you for this careful reporting on the budget.',
  'I disagree with the minister, the policy will hurt small farmers.',
  'What a load of shit this article is.',
  'You are an idiot if you believe this.',
  'Read the real story at truthseekers.info',
  'The match last night was brilliant, well played India!',
  'This government has failed on inflation, plain and simple.',
  'Great analysis. The numbers on page two are worth a second look.',
];

function arg(argv: string[], name: string, dflt: number): number {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface PhaseResult {
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  externalIds: Map<string, number>;
}

async function loadPhase(baseUrl: string, apiKey: string, opts: { connections: number; duration: number; rate?: number; tag: string }): Promise<PhaseResult> {
  const autocannon = require('autocannon') as (o: Record<string, unknown>) => Promise<Record<string, any>>;
  const sent = new Map<string, number>();
  let n = 0;
  const run = autocannon({
    url: `${baseUrl}/v1/comments`,
    method: 'POST',
    connections: opts.connections,
    duration: opts.duration,
    overallRate: opts.rate,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const externalId = `${opts.tag}-${(n++).toString(36)}-${randomBytes(3).toString('hex')}`;
          sent.set(externalId, Date.now());
          req.body = JSON.stringify({ externalId, text: TEXTS[n % TEXTS.length], author: { id: `reader-${n % 997}` } });
          return req;
        },
      },
    ],
  });
  const r = await run;
  return {
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    externalIds: sent,
  };
}

async function waitDrained(db: Client, siteId: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const r = await db.query(`SELECT count(*)::int AS n FROM comments WHERE site_id = $1 AND status = 'queued'`, [siteId]);
    if (r.rows[0].n === 0) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error('the queue did not drain in time');
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const rate = arg(argv, '--rate', 500);
  const duration = arg(argv, '--duration', 20);
  const maxDuration = arg(argv, '--max-duration', 10);
  const connections = arg(argv, '--connections', 32);
  const workers = arg(argv, '--workers', 1);
  const say = (m: string) => process.stderr.write(`[bench] ${m}\n`);

  say(`starting a temporary stack: api + ${workers} worker(s), embedded Postgres, local Redis...`);
  const stack: BenchStack = await startBenchStack({ workers });
  const db = new Client({ connectionString: stack.databaseUrl });
  try {
    await db.connect();
    const siteRes = await fetch(`${stack.baseUrl}/v1/sites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.adminToken}` },
      body: JSON.stringify({ name: 'Bench Daily', domains: ['benchdaily.example'] }),
    });
    const site = (await siteRes.json()) as { id: string; apiKey: string };

    say('warm-up (3 s)...');
    await loadPhase(stack.baseUrl, site.apiKey, { connections: 8, duration: 3, rate: 200, tag: 'warm' });
    await waitDrained(db, site.id);

    say(`phase 1: unthrottled intake, ${connections} connections, ${maxDuration} s...`);
    const max = await loadPhase(stack.baseUrl, site.apiKey, { connections, duration: maxDuration, tag: 'max' });
    say(`  ${max.rps.toFixed(0)} comments/s accepted; draining the queue...`);
    const drainStart = Date.now();
    await waitDrained(db, site.id, 300_000);
    const drainMs = Date.now() - drainStart;

    say(`phase 2: fixed rate ${rate} comments/s, ${duration} s...`);
    const fixed = await loadPhase(stack.baseUrl, site.apiKey, { connections, duration, rate, tag: 'fixed' });
    await waitDrained(db, site.id, 300_000);
    const rows = await db.query(
      // From the commit of the comment (what the 202 acknowledges) to the commit of its decision.
      `SELECT extract(epoch from (decided_at - created_at)) * 1000 AS ms FROM comments WHERE site_id = $1 AND external_id LIKE 'fixed-%' AND decided_at IS NOT NULL`,
      [site.id],
    );
    const lat = rows.rows.map((r: { ms: string }) => Number(r.ms)).sort((a: number, b: number) => a - b);
    const rss = (pid?: number) => {
      try {
        const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? `${Math.round(Number(m[1]) / 1024)} MB` : 'n/a';
      } catch {
        return 'n/a';
      }
    };
    const summary = {
      machine: `${require('node:os').cpus().length} cores, node ${process.version}`,
      workers,
      intake: { commentsPerSec: Math.round(max.rps), requests: max.requests, non2xx: max.non2xx, errors: max.errors, p50Ms: max.p50, p99Ms: max.p99, drainMs },
      fixedRate: {
        targetPerSec: rate,
        achievedPerSec: Math.round(fixed.rps),
        requests: fixed.requests,
        non2xx: fixed.non2xx,
        errors: fixed.errors,
        postP50Ms: fixed.p50,
        postP99Ms: fixed.p99,
        decided: lat.length,
        decisionP50Ms: Math.round(percentile(lat, 50)),
        decisionP99Ms: Math.round(percentile(lat, 99)),
      },
      rss: { api: rss(stack.api.pid), workers: stack.workers.map((w) => rss(w.pid)) },
    };
    process.stdout.write(
      `\nservice benchmark (${summary.machine}, ${workers} worker process${workers > 1 ? 'es' : ''})\n` +
        `  sustained intake (unthrottled, ${connections} conns): ${summary.intake.commentsPerSec} comments/s   POST p50 ${max.p50} ms  p99 ${max.p99} ms   non-2xx ${max.non2xx}  errors ${max.errors}\n` +
        `    backlog drained by the worker(s) in ${(drainMs / 1000).toFixed(1)} s\n` +
        `  at ${rate} comments/s for ${duration} s: achieved ${summary.fixedRate.achievedPerSec}/s\n` +
        `    POST latency         p50 ${fixed.p50} ms   p99 ${fixed.p99} ms   (non-2xx ${fixed.non2xx}, errors ${fixed.errors})\n` +
        `    POST-to-decision     p50 ${summary.fixedRate.decisionP50Ms} ms   p99 ${summary.fixedRate.decisionP99Ms} ms   (${lat.length} decided)\n` +
        `  RSS after run: api ${summary.rss.api}, workers ${summary.rss.workers.join(', ')}\n`,
    );
    if (argv.includes('--json')) process.stdout.write(JSON.stringify(summary) + '\n');
    return 0;
  } finally {
    await db.end().catch(() => undefined);
    await stack.stop();
  }
}
