import http from 'node:http';

/**
 * An open-loop load generator: request i is due at start + i / rate, whatever happened to the
 * others, and its latency is counted from that due time (so a stalled server cannot hide its queue:
 * no coordinated omission). autocannon's rate limit instead sends each connection's share of a
 * second back to back and then idles, a burst every second, which measures burst queueing rather
 * than latency at a steady rate.
 */
export interface LoadResult {
  requests: number;
  non2xx: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface PacedOptions {
  urls: string[];
  path: string;
  headers: Record<string, string>;
  rate: number;
  durationSeconds: number;
  body: (i: number) => string;
  /** Give up on a request after this long (counted as an error). */
  timeoutMs?: number;
}

/** The p-th percentile of ascending values (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function pacedLoad(o: PacedOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const targets = o.urls.map((u) => new URL(u));
  const total = Math.round(o.rate * o.durationSeconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  let done = 0;
  const start = performance.now();

  await new Promise<void>((resolve) => {
    const finish = () => {
      done++;
      if (done === total) resolve();
    };
    const fire = (i: number) => {
      const due = start + (i * 1000) / o.rate;
      const target = targets[i % targets.length];
      const payload = o.body(i);
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: o.path,
          method: 'POST',
          agent,
          headers: { ...o.headers, 'content-length': Buffer.byteLength(payload) },
          timeout: o.timeoutMs ?? 30_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (!res.statusCode || res.statusCode < 200 || res.statusCode >= 300) non2xx++;
            finish();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        finish();
      });
      req.end(payload);
    };
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * o.rate) / 1000) + 1);
      while (sent < due) fire(sent++);
      if (sent < total) setTimeout(tick, 1);
    };
    if (total === 0) resolve();
    else setTimeout(tick, 0);
  });
  agent.destroy();
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    non2xx,
    errors,
    rps: (total - errors) / Math.max(seconds, o.durationSeconds),
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
  };
}
