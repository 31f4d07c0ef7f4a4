import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { ResolvedTarget } from './address-guard';
import { parseRetryAfter } from './webhooks.constants';

export interface SendResult {
  /** null when no HTTP answer arrived (refused, reset, timeout, blocked). */
  statusCode: number | null;
  /** milliseconds */
  latencyMs: number;
  error: string | null;
  /** milliseconds the receiver asked us to wait (Retry-After), if any. */
  retryAfterMs: number | null;
}

const USER_AGENT = 'comment-moderation-webhooks/1';
// Keep-alive to receivers: most sites get a steady trickle of events. Idle sockets close after 4 s,
// before the common 5 s server keep-alive timeout, so a request rarely lands on a socket the receiver is closing.
const agentOptions = { keepAlive: true, maxSockets: 64, timeout: 4_000 };
const httpAgent = new http.Agent(agentOptions);
const httpsAgent = new https.Agent(agentOptions);

/** Connects to the vetted address only, whatever the name resolves to by now (DNS pinning). */
function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts?.all) cb(null, [{ address, family }]);
    else cb(null, address, family);
  }) as unknown as LookupFunction;
}

/**
 * One POST. Redirects are not followed (a 3xx is a failure), the whole exchange is bounded by
 * `timeoutMs`, and the response body is drained and ignored.
 */
export function postWebhook(target: ResolvedTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SendResult> {
  const started = performance.now();
  const isHttps = target.url.protocol === 'https:';
  const options: https.RequestOptions = {
    method: 'POST',
    host: target.host,
    port: target.url.port || (isHttps ? 443 : 80),
    path: `${target.url.pathname}${target.url.search}`,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': USER_AGENT, ...headers },
    agent: isHttps ? httpsAgent : httpAgent,
    servername: isHttps ? target.host : undefined,
    lookup: target.address ? pinnedLookup(target.address, target.family ?? 4) : undefined,
  };
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const done = (r: Omit<SendResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, latencyMs: Math.round(performance.now() - started) });
    };
    const req = (isHttps ? https : http).request(options, (res) => {
      res.resume();
      res.on('error', () => undefined);
      const code = res.statusCode ?? 0;
      const ok = code >= 200 && code < 300;
      done({
        statusCode: code,
        error: ok ? null : code >= 300 && code < 400 ? `HTTP ${code} (redirects are not followed)` : `HTTP ${code}`,
        retryAfterMs: ok ? null : parseRetryAfter(res.headers['retry-after']),
      });
    });
    const timer = setTimeout(() => {
      done({ statusCode: null, error: `timeout after ${timeoutMs} ms`, retryAfterMs: null });
      req.destroy(new Error('timeout'));
    }, timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => done({ statusCode: null, error: err.code ? `${err.code}: ${err.message}` : err.message, retryAfterMs: null }));
    req.end(body);
  });
}
