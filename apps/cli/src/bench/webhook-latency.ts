import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startBenchStack } from './service-stack';

/**
 * Decision-to-delivery latency of webhooks with a local receiver: from the decision (the
 * `decidedAt` inside the event, set in the decision's transaction) to the moment the receiver has
 * the whole request. Comments are posted at a steady, modest rate so the number measures the
 * outbox -> queue -> HTTP path, not a saturated screening queue.
 */
export interface WebhookLatencyOptions {
  baseUrl: string;
  adminToken: string;
  /** comments to post (default 300) */
  comments?: number;
  /** comments per second (default 30) */
  rate?: number;
}

export interface WebhookLatencyResult {
  delivered: number;
  expected: number;
  /** milliseconds */
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Needs a running api + worker with WEBHOOK_ALLOW_PRIVATE_TARGETS=true and WEBHOOK_ALLOW_HTTP=true (the receiver is on 127.0.0.1). */
export async function measureWebhookLatency(opts: WebhookLatencyOptions): Promise<WebhookLatencyResult> {
  const n = opts.comments ?? 300;
  const rate = opts.rate ?? 30;
  const latencies = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const id = String(req.headers['webhook-id']);
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { decision: { decidedAt: string } } };
        if (!latencies.has(id)) latencies.set(id, at - Date.parse(body.data.decision.decidedAt));
      } catch {
        // not ours
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const admin = { authorization: `Bearer ${opts.adminToken}`, 'content-type': 'application/json' };
  try {
    const site = await (await fetch(`${opts.baseUrl}/v1/sites`, { method: 'POST', headers: admin, body: JSON.stringify({ name: 'webhook latency', domains: ['latency.example.com'] }) })).json() as { id: string; apiKey: string };
    const hook = await fetch(`${opts.baseUrl}/v1/sites/${site.id}/webhooks`, { method: 'POST', headers: admin, body: JSON.stringify({ url: `http://127.0.0.1:${port}/hook` }) });
    if (hook.status !== 201) throw new Error(`webhook registration: ${hook.status} ${await hook.text()}`);
    const tag = randomBytes(4).toString('hex');
    const started = Date.now();
    for (let i = 0; i < n; i++) {
      const due = started + (i * 1000) / rate;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      const r = await fetch(`${opts.baseUrl}/v1/comments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${site.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ externalId: `wl-${tag}-${i}`, text: i % 4 === 0 ? 'you are an idiot' : 'Thanks for the careful reporting.', author: { id: `r${i % 50}` } }),
      });
      if (r.status !== 202) throw new Error(`POST /v1/comments: ${r.status}`);
    }
    const deadline = Date.now() + 30_000;
    while (latencies.size < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const sorted = [...latencies.values()].sort((a, b) => a - b);
    return { delivered: sorted.length, expected: n, p50: pct(sorted, 50), p90: pct(sorted, 90), p99: pct(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
  } finally {
    server.close();
  }
}

/** Where the time goes, from the database's timestamps: outbox row -> dispatched -> enqueued -> first attempt. */
async function stageBreakdown(databaseUrl: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`
      SELECT extract(epoch from (e.dispatched_at - e.created_at)) * 1000 AS dispatch,
             extract(epoch from (d.enqueued_at - e.dispatched_at)) * 1000 AS enqueue,
             extract(epoch from (a.attempted_at - d.enqueued_at)) * 1000 AS pickup,
             a.latency_ms AS http
        FROM webhook_deliveries d JOIN comment_events e ON e.id = d.event_id
        JOIN webhook_attempts a ON a.delivery_id = d.id AND a.attempt = 1`);
    const stage = (k: string) => {
      const v = rows.map((r: Record<string, string>) => Number(r[k])).sort((a: number, b: number) => a - b);
      return `${k} p50 ${pct(v, 50).toFixed(1)} / p99 ${pct(v, 99).toFixed(1)} ms`;
    };
    return `  stages: ${['dispatch', 'enqueue', 'pickup', 'http'].map(stage).join('; ')}\n`;
  } finally {
    await db.end();
  }
}

/** `node dist/apps/cli/src/bench/webhook-latency.js [comments] [rate]`: a temporary stack, then the measurement. */
export async function run(argv: string[]): Promise<number> {
  const stack = await startBenchStack({ workers: 1, env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_ALLOW_HTTP: 'true', RATE_LIMIT_SITE_PER_SECOND: '1000000' } });
  try {
    const r = await measureWebhookLatency({ baseUrl: stack.baseUrl, adminToken: stack.adminToken, comments: Number(argv[0] ?? 300), rate: Number(argv[1] ?? 30) });
    process.stdout.write(`decision-to-webhook latency: p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms (${r.delivered}/${r.expected} delivered)\n`);
    process.stdout.write(await stageBreakdown(stack.databaseUrl));
    return r.delivered === r.expected ? 0 : 1;
  } finally {
    await stack.stop();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => process.exit(code), (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
