import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import os from 'node:os';
import { ConnectionOptions, Queue } from 'bullmq';
import { Client } from 'pg';
import { redisOptionsFromUrl, SCREENING_QUEUE } from '@app/queue';
import { cpuPerItem, cpuSnapshot } from '../bench/cpu-meter';
import { LoadResult, pacedLoad, percentile } from '../bench/paced-load';
import { startBenchStack, BenchStack } from '../bench/service-stack';
import { sideBySide } from '../bench/side-by-side';

const HELP = `usage: npm run bench:service -- [options]

Loads the whole service (api + worker processes on real Postgres and Redis, in a temporary stack)
with autocannon. Modes:
  (default)            unthrottled intake, then a fixed rate: comments/s, POST p50/p99, POST-to-decision p50/p99
  --ramp R1,R2,...     fixed-rate steps (e.g. 100,250,500,1000,1500,2000): per step intake, POST p50/p99,
                       POST-to-decision p50/p99, decision-to-webhook p99, errors, RSS; names the knee
  --soak SECONDS       a long run at --rate, sampling api/worker RSS every 30 s (memory must stay flat)
  --drain N            screening throughput alone: --workers processes start and warm up, the queue is
                       paused while N comments are queued, then resumed: the time to decide them all
  --side-by-side D1,D2,...  the api of several built checkouts (. for this one) at once on one stack, the
                       same paced load each (--rate per api, default 150; --duration per round, default 8;
                       --rounds, default 8): api CPU per POST, round by round, as ratios to the first.
                       For a shared machine, where successive runs differ more than the change measured.
                       --syscalls adds system calls per POST (strace); --log-level L sets the apis'
                       LOG_LEVEL (default warn; info writes every access line)
Options:
  --rate N             fixed rate in comments/s (default 500): evenly spaced requests (open loop), latency
                       counted from each request's due time
  --duration S         seconds of the fixed-rate phase / of each ramp step (default 20 / 10)
  --max-duration S     seconds of the unthrottled phase (default 10)
  --connections N      HTTP connections of the unthrottled intake phase (default 32)
  --workers N          worker processes (default 1); with --drain a list (1,3) compares worker counts in one run
  --apis N             api processes (default 1)
  --worker-nice N      lower the worker processes' CPU priority by N (WORKER_NICE; default 0: screening and
                       intake share the CPU equally)
  --json               also print a JSON summary line
A local webhook receiver is registered for the bench site, so decision-to-delivery latency is measured too
(--no-webhook leaves it out).
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
  'Yeh sarkar kuch nahi karegi, sab jhooth hai.',
  'बहुत अच्छा लेख, धन्यवाद।',
];

function num(argv: string[], name: string, dflt: number): number {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
}


function rssMb(pid?: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}


function commentBody(tag: string, i: number): string {
  return JSON.stringify({
    externalId: `${tag}-${i.toString(36)}-${randomBytes(3).toString('hex')}`,
    text: TEXTS[i % TEXTS.length],
    author: { id: `reader-${i % 997}` },
  });
}

/**
 * A fixed rate (`rate`) is an open-loop paced load (paced-load.ts: evenly spaced requests, latency
 * from each request's due time). Without a rate, autocannon drives the api as fast as it answers
 * over `connections` connections, split across the api processes (sustained intake).
 */
async function load(urls: string[], apiKey: string, o: { connections: number; duration: number; rate?: number; tag: string }): Promise<LoadResult> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` };
  if (o.rate) {
    return pacedLoad({ urls, path: '/v1/comments', headers, rate: o.rate, durationSeconds: o.duration, body: (i) => commentBody(o.tag, i) });
  }
  const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<Record<string, any>>;
  let n = 0;
  const runs = urls.map((url) =>
    autocannon({
      url: `${url}/v1/comments`,
      method: 'POST',
      connections: Math.max(1, Math.floor(o.connections / urls.length)),
      duration: o.duration,
      headers,
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => {
            req.body = commentBody(o.tag, n++);
            return req;
          },
        },
      ],
    }),
  );
  const results = await Promise.all(runs);
  return {
    requests: results.reduce((a, r) => a + r.requests.total, 0),
    non2xx: results.reduce((a, r) => a + r.non2xx, 0),
    errors: results.reduce((a, r) => a + r.errors + r.timeouts, 0),
    rps: results.reduce((a, r) => a + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
  };
}

/** A local webhook receiver: remembers when each event arrived. */
async function startReceiver(): Promise<{ server: Server; url: string; arrivals: Map<string, number> }> {
  const arrivals = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const id = body?.data?.id;
        if (id && !arrivals.has(id)) arrivals.set(id, at);
      } catch {
        // ignore
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  return { server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/hook`, arrivals };
}

async function waitDrained(db: Client, siteId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const r = await db.query(`SELECT count(*)::int AS n FROM comments WHERE site_id = $1 AND status = 'queued'`, [siteId]);
    if (r.rows[0].n === 0) return;
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error('the queue did not drain in time');
}

/** POST-to-decision: from the comment's commit (what the 202 acknowledges) to its decision's commit. */
async function decisionLatencies(db: Client, siteId: string, tag: string): Promise<{ ids: string[]; decidedAt: Map<string, number>; lat: number[] }> {
  const rows = await db.query(
    `SELECT id, extract(epoch from decided_at) * 1000 AS decided_ms, extract(epoch from (decided_at - created_at)) * 1000 AS ms
       FROM comments WHERE site_id = $1 AND external_id LIKE $2 AND decided_at IS NOT NULL`,
    [siteId, `${tag}-%`],
  );
  const decidedAt = new Map<string, number>();
  for (const r of rows.rows) decidedAt.set(r.id, Number(r.decided_ms));
  return { ids: rows.rows.map((r: { id: string }) => r.id), decidedAt, lat: rows.rows.map((r: { ms: string }) => Number(r.ms)).sort((a: number, b: number) => a - b) };
}

async function webhookP99(arrivals: Map<string, number>, decidedAt: Map<string, number>, waitMs = 10_000): Promise<{ p50: number; p99: number; delivered: number }> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && [...decidedAt.keys()].some((id) => !arrivals.has(id))) await new Promise((r) => setTimeout(r, 200));
  const lat = [...decidedAt].filter(([id]) => arrivals.has(id)).map(([id, t]) => arrivals.get(id)! - t).sort((a, b) => a - b);
  return { p50: percentile(lat, 50), p99: percentile(lat, 99), delivered: lat.length };
}

/** Committed transactions in the bench database so far (pg_stat_database; the polling itself adds a few). */
async function transactions(db: Client): Promise<number> {
  const r = await db.query(`SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()`);
  return Number(r.rows[0].n);
}

const fmt = (x: number) => (Number.isFinite(x) ? String(Math.round(x)) : 'n/a');

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const ramp = argv.includes('--ramp') ? String(argv[argv.indexOf('--ramp') + 1]).split(',').map(Number) : null;
  const soak = num(argv, '--soak', 0);
  const rate = num(argv, '--rate', 500);
  const duration = num(argv, '--duration', ramp ? 10 : 20);
  const maxDuration = num(argv, '--max-duration', 10);
  const connections = num(argv, '--connections', 32);
  // --drain accepts a list of worker counts (--workers 1,3) to compare in one run.
  const workerCounts = String(argv.includes('--workers') ? argv[argv.indexOf('--workers') + 1] : '1').split(',').map(Number);
  const workers = workerCounts[0];
  const apis = num(argv, '--apis', 1);
  const workerNice = num(argv, '--worker-nice', 0);
  const say = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  if (argv.includes('--side-by-side')) {
    const roots = String(argv[argv.indexOf('--side-by-side') + 1]).split(',');
    say(`starting ${roots.length} api processes on one embedded Postgres and Redis...`);
    process.stdout.write(
      await sideBySide({ roots, rate: num(argv, '--rate', 150), seconds: num(argv, '--duration', 8), rounds: num(argv, '--rounds', 8), syscalls: argv.includes('--syscalls'), logLevel: argv.includes('--log-level') ? String(argv[argv.indexOf('--log-level') + 1]) : undefined, say }),
    );
    return 0;
  }
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim() ?? 'cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}`;

  const drain = num(argv, '--drain', 0);
  say(`starting a temporary stack: ${apis} api + ${workers} worker process(es), embedded Postgres, local Redis...`);
  const stack: BenchStack = await startBenchStack({
    workers: drain ? 0 : workers,
    apis,
    env: { RATE_LIMIT_SITE_PER_SECOND: '1000000', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_ALLOW_HTTP: 'true', WORKER_NICE: String(workerNice) },
  });
  const receiver = await startReceiver();
  const db = new Client({ connectionString: stack.databaseUrl });
  const summary: Record<string, unknown> = { machine, apis, workers, workerNice };
  try {
    await db.connect();
    const admin = { 'content-type': 'application/json', authorization: `Bearer ${stack.adminToken}` };
    const site = (await (await fetch(`${stack.baseUrl}/v1/sites`, { method: 'POST', headers: admin, body: JSON.stringify({ name: 'Bench Daily', domains: ['benchdaily.example'] }) })).json()) as { id: string; apiKey: string };
    let webhooks = false;
    if (!argv.includes('--no-webhook')) {
      const hook = await fetch(`${stack.baseUrl}/v1/sites/${site.id}/webhooks`, { method: 'POST', headers: admin, body: JSON.stringify({ url: receiver.url }) });
      webhooks = hook.status === 201;
      if (!webhooks) say(`webhook endpoint not registered (${hook.status}); decision-to-webhook latency not measured`);
    }

    if (drain) {
      // One round per worker count (--workers 1,3): queue `drain` comments with no worker running,
      // start the workers, time the backlog's screening, stop them. Same stack, same command.
      const rounds: Record<string, unknown>[] = [];
      // The workers start first and screen a warm-up load (long-running workers are JIT-warm), then
      // the queue is paused while the backlog is built and resumed to time its screening.
      const queue = new Queue(SCREENING_QUEUE, { connection: redisOptionsFromUrl(stack.redisUrl) as ConnectionOptions, prefix: process.env.QUEUE_PREFIX || 'moderation' });
      try {
        for (const count of workerCounts) {
          say(`starting ${count} worker process(es) and warming them up...`);
          await Promise.all(Array.from({ length: count }, () => stack.startWorker()));
          await load(stack.baseUrls, site.apiKey, { connections: 8, duration: 4 * count, rate: 250, tag: `warm${count}` });
          await waitDrained(db, site.id, 300_000);
          await queue.pause();
          say(`queue paused; queueing ${drain} comments...`);
          let queued = 0;
          let posted = 0;
          const intakeBefore = cpuSnapshot(stack.roles());
          while (queued < drain) {
            const ph = await load(stack.baseUrls, site.apiKey, { connections, duration: 2, tag: `drain${count}` });
            queued += ph.requests - ph.non2xx - ph.errors;
            posted += ph.requests;
            say(`  intake with the queue paused: ${Math.round(ph.rps)} comments/s, POST p50 ${ph.p50} ms, p99 ${ph.p99} ms`);
          }
          say(`  CPU per comment at intake: ${cpuPerItem(intakeBefore, cpuSnapshot(stack.roles()), posted, os.cpus().length).line}`);
          const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM comments WHERE site_id = $1 AND status = 'queued'`, [site.id])).rows;
          say(`${n} comments queued; resuming the queue for ${count} worker process(es)...`);
          const started = Date.now();
          const cpuBefore = cpuSnapshot(stack.roles());
          const xactBefore = await transactions(db);
          await queue.resume();
          await waitDrained(db, site.id, 600_000);
          const seconds = (Date.now() - started) / 1000;
          const cpu = cpuPerItem(cpuBefore, cpuSnapshot(stack.roles()), n, os.cpus().length);
          const xactPerDecision = ((await transactions(db)) - xactBefore) / Math.max(1, n);
          await stack.stopWorkers();
          const perSec = Math.round(n / seconds);
          process.stdout.write(
            `\nscreening throughput (${machine}): ${count} worker process(es) decided ${n} queued comments in ${seconds.toFixed(1)} s = ${perSec} decisions/s\n` +
              `  CPU per decision: ${cpu.line}\n` +
              `  Postgres transactions per decision: ${xactPerDecision.toFixed(2)} (every statement outside a transaction counts as one)\n` +
              `  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`,
          );
          rounds.push({ workers: count, comments: n, seconds, decisionsPerSec: perSec, cpuMsPerDecision: cpu.perItem, transactionsPerDecision: xactPerDecision });
        }
      } finally {
        await queue.close();
      }
      const [{ twice, undecided }] = (
        await db.query(
          `SELECT (SELECT count(*)::int FROM (SELECT comment_id FROM decisions WHERE site_id = $1 GROUP BY comment_id HAVING count(*) > 1) x) AS twice,
                  (SELECT count(*)::int FROM comments WHERE site_id = $1 AND status = 'queued') AS undecided`,
          [site.id],
        )
      ).rows;
      if (rounds.length > 1) {
        const base = rounds[0].decisionsPerSec as number;
        process.stdout.write(`\n${rounds.map((r) => `${r.workers} worker(s): ${r.decisionsPerSec}/s (${((r.decisionsPerSec as number) / base).toFixed(2)}x)`).join(', ')}\n`);
      }
      process.stdout.write(`comments decided twice: ${twice}; left undecided: ${undecided}\n`);
      summary.drain = rounds;
      summary.decidedTwice = twice;
      if (argv.includes('--json')) process.stdout.write(JSON.stringify(summary) + '\n');
      return twice === 0 && undecided === 0 ? 0 : 1;
    }

    say('warm-up (3 s)...');
    await load(stack.baseUrls, site.apiKey, { connections: 8, duration: 3, rate: 200, tag: 'warm' });
    await waitDrained(db, site.id, 120_000);

    if (ramp) {
      const steps: Record<string, unknown>[] = [];
      let knee: number | null = null;
      process.stdout.write(`\nramp (${machine}; ${apis} api, ${workers} worker process(es); ${duration} s per step)\n`);
      process.stdout.write(`  target/s  intake/s  POST p50  POST p99  decide p50  decide p99  webhook p99  non2xx  errors  RSS api/worker MB\n`);
      for (const [i, r] of ramp.entries()) {
        const tag = `ramp${i}`;
        const ph = await load(stack.baseUrls, site.apiKey, { connections: Math.max(connections, Math.ceil(r / 25)), duration, rate: r, tag });
        const rss = `${stack.apis.map((a) => rssMb(a.pid)).join('+')}/${stack.workers.map((w) => rssMb(w.pid)).join('+')}`;
        await waitDrained(db, site.id, 300_000);
        const d = await decisionLatencies(db, site.id, tag);
        const wh = webhooks ? await webhookP99(receiver.arrivals, d.decidedAt) : { p50: NaN, p99: NaN, delivered: 0 };
        const step = { target: r, intake: Math.round(ph.rps), postP50: ph.p50, postP99: ph.p99, decideP50: percentile(d.lat, 50), decideP99: percentile(d.lat, 99), webhookP99: wh.p99, non2xx: ph.non2xx, errors: ph.errors, rss };
        steps.push(step);
        process.stdout.write(
          `  ${String(r).padStart(8)}  ${String(step.intake).padStart(8)}  ${fmt(ph.p50).padStart(8)}  ${fmt(ph.p99).padStart(8)}  ${fmt(step.decideP50).padStart(10)}  ${fmt(step.decideP99).padStart(10)}  ${fmt(wh.p99).padStart(11)}  ${String(ph.non2xx).padStart(6)}  ${String(ph.errors).padStart(6)}  ${rss}\n`,
        );
        if (knee === null && (ph.rps < 0.95 * r || step.decideP99 > 1000)) knee = r;
      }
      process.stdout.write(knee === null ? `  no knee within the ramp\n` : `  knee: ${knee} comments/s (first step where intake < 95 % of target or decision p99 > 1 s: the screening backlog grows)\n`);
      summary.ramp = steps;
      summary.knee = knee;
    } else if (soak) {
      process.stdout.write(`\nsoak at ${rate} comments/s for ${soak} s (${machine}; ${apis} api, ${workers} worker process(es))\n  t(s)  api RSS MB  worker RSS MB\n`);
      const samples: { t: number; api: number; worker: number }[] = [];
      const started = Date.now();
      const sample = () => {
        const s = { t: Math.round((Date.now() - started) / 1000), api: rssMb(stack.api.pid), worker: rssMb(stack.workers[0]?.pid) };
        samples.push(s);
        process.stdout.write(`  ${String(s.t).padStart(4)}  ${String(s.api).padStart(10)}  ${String(s.worker).padStart(13)}\n`);
      };
      sample();
      const timer = setInterval(sample, 30_000);
      const ph = await load(stack.baseUrls, site.apiKey, { connections, duration: soak, rate, tag: 'soak' });
      clearInterval(timer);
      sample();
      await waitDrained(db, site.id, 300_000);
      const d = await decisionLatencies(db, site.id, 'soak');
      const half = samples.slice(Math.floor(samples.length / 2));
      const growth = (k: 'api' | 'worker') => half[half.length - 1][k] - half[0][k];
      process.stdout.write(
        `  ${ph.requests} comments, intake ${Math.round(ph.rps)}/s, POST p99 ${ph.p99} ms, decision p99 ${fmt(percentile(d.lat, 99))} ms, non2xx ${ph.non2xx}, errors ${ph.errors}\n` +
          `  RSS growth over the second half: api ${growth('api')} MB, worker ${growth('worker')} MB\n`,
      );
      summary.soak = { rate, seconds: soak, samples, requests: ph.requests, postP99: ph.p99, decisionP99: percentile(d.lat, 99) };
    } else {
      say(`phase 1: unthrottled intake, ${connections} connections, ${maxDuration} s...`);
      const cpuBefore = cpuSnapshot(stack.roles());
      const max = await load(stack.baseUrls, site.apiKey, { connections, duration: maxDuration, tag: 'max' });
      const intakeCpu = cpuPerItem(cpuBefore, cpuSnapshot(stack.roles()), max.requests, os.cpus().length);
      const drainStart = Date.now();
      const [{ n: backlog }] = (await db.query(`SELECT count(*)::int AS n FROM comments WHERE site_id = $1 AND status = 'queued'`, [site.id])).rows;
      await waitDrained(db, site.id, 300_000);
      const drainMs = Date.now() - drainStart;
      say(`phase 2: fixed rate ${rate} comments/s, ${duration} s...`);
      const fixed = await load(stack.baseUrls, site.apiKey, { connections, duration, rate, tag: 'fixed' });
      await waitDrained(db, site.id, 300_000);
      const d = await decisionLatencies(db, site.id, 'fixed');
      const wh = webhooks ? await webhookP99(receiver.arrivals, d.decidedAt) : { p50: NaN, p99: NaN, delivered: 0 };
      const screenRate = backlog > 0 ? Math.round(backlog / (drainMs / 1000)) : NaN;
      process.stdout.write(
        `\nservice benchmark (${machine}; ${apis} api, ${workers} worker process(es) at nice ${workerNice})\n` +
          `  sustained intake (unthrottled, ${connections} conns, ${maxDuration} s): ${Math.round(max.rps)} comments/s   POST p50 ${max.p50} ms  p99 ${max.p99} ms   non-2xx ${max.non2xx}  errors ${max.errors}\n` +
          `    CPU per comment during intake (worker screening alongside): ${intakeCpu.line}\n` +
          `  screening throughput (draining a backlog of ${backlog}): ${fmt(screenRate)} decisions/s\n` +
          `  at ${rate} comments/s for ${duration} s: achieved ${Math.round(fixed.rps)}/s   non-2xx ${fixed.non2xx}  errors ${fixed.errors}\n` +
          `    POST latency          p50 ${fixed.p50} ms   p99 ${fixed.p99} ms\n` +
          `    POST-to-decision      p50 ${fmt(percentile(d.lat, 50))} ms   p99 ${fmt(percentile(d.lat, 99))} ms   (${d.lat.length} decided)\n` +
          (webhooks ? `    decision-to-webhook   p50 ${fmt(wh.p50)} ms   p99 ${fmt(wh.p99)} ms   (${wh.delivered} delivered)\n` : '') +
          `  RSS after run: api ${stack.apis.map((a) => rssMb(a.pid)).join(', ')} MB, workers ${stack.workers.map((w) => rssMb(w.pid)).join(', ')} MB\n` +
          `  load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine lowers every figure above except CPU per comment)\n`,
      );
      summary.intake = { commentsPerSec: Math.round(max.rps), p50: max.p50, p99: max.p99, non2xx: max.non2xx, errors: max.errors, cpuMsPerComment: intakeCpu.perItem };
      summary.screeningPerSec = screenRate;
      summary.fixed = { rate, achieved: Math.round(fixed.rps), postP50: fixed.p50, postP99: fixed.p99, decisionP50: percentile(d.lat, 50), decisionP99: percentile(d.lat, 99), webhookP50: wh.p50, webhookP99: wh.p99 };
    }
    if (argv.includes('--json')) process.stdout.write(JSON.stringify(summary) + '\n');
    return 0;
  } finally {
    await db.end().catch(() => undefined);
    receiver.server.close();
    await stack.stop();
  }
}
