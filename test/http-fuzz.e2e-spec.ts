import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { commentBody, decidedComment, newSite, TestSite } from './support/factories';
import { Service } from './support/service';

/**
 * Property-based HTTP fuzzing of every endpoint in the OpenAPI document (plus the undocumented
 * operational ones): random JSON, wrong types, huge numbers, deep nesting, odd Unicode, header
 * abuse, path-parameter garbage. The property: never a 5xx, and the service stays up.
 * Afterwards the captured logs must not contain any secret used during the run.
 */

const REQUESTS = 10_000;
const CONCURRENCY = 8;

interface Endpoint {
  method: string;
  path: string;
}

const oddStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', 'null', 'true', '0', '-1', '1e400', '../../etc/passwd', '%00', '<script>alert(1)</script>', "'; DROP TABLE comments; --", '𝔣𝔲𝔠𝔨', 'नमस्ते', '\ufeff', 'a'.repeat(5000)),
);
const hugeNumbers = fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -Number.MAX_VALUE, 1e308, 5e-324, -0, 2 ** 53, 123456789012345678901234567890);
const jsonLeaf = fc.oneof(oddStrings, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), hugeNumbers, fc.boolean(), fc.constant(null));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, jsonLeaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'externalId', 'text', 'author', 'policy', 'outcome')), tie('value'), { maxKeys: 6 }),
})).value;

function deepNest(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

describe('HTTP fuzzing of every endpoint', () => {
  let svc: Service;
  let site: TestSite;
  const secrets: string[] = [];
  let endpoints: Endpoint[] = [];
  let ids: string[] = [];
  let moderatorToken = '';

  beforeAll(async () => {
    svc = await Service.start('http-fuzz', { env: { RATE_LIMIT_USER_PER_SECOND: '100000', RATE_LIMIT_SITE_PER_SECOND: '100000' } });
    site = await newSite(svc);
    secrets.push(svc.adminToken, site.apiKey);
    const held = await decidedComment(svc, site, { text: 'you are an idiot' });
    const password = `Fuzz-password-${Date.now()}!`;
    const mod = await svc.admin('POST', '/v1/moderators', { email: `fuzz-${Date.now()}@example.com`, password, role: 'moderator', siteIds: [site.id] });
    secrets.push(password);
    if (mod.status === 201) {
      const login = await svc.request('POST', '/v1/auth/login', { body: { email: mod.body.email, password } });
      if (login.body?.token) {
        moderatorToken = login.body.token;
        secrets.push(moderatorToken);
      }
    }
    const wh = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: 'http://127.0.0.1:9/hook' });
    if (wh.body?.secret) secrets.push(wh.body.secret);
    ids = [site.id, held.id, mod.body?.id, wh.body?.id, '00000000-0000-7000-8000-000000000000'].filter(Boolean);
    const doc = await svc.request('GET', '/docs/openapi.json');
    endpoints = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })),
    );
    endpoints.push(
      { method: 'GET', path: '/health/live' },
      { method: 'GET', path: '/health/ready' },
      { method: 'GET', path: '/metrics' },
      { method: 'GET', path: '/console' },
      { method: 'GET', path: '/admin/queues' },
      { method: 'GET', path: '/docs' },
      { method: 'PUT', path: '/v1/comments' },
      { method: 'DELETE', path: '/v1/comments/{id}' },
    );
  });
  afterAll(() => svc?.stop());

  it(`answers ${REQUESTS.toLocaleString('en')} generated requests across all endpoints without a single 5xx`, async () => {
    expect(endpoints.length).toBeGreaterThan(15);
    const tokenArb = fc.oneof(
      fc.constant(svc.adminToken),
      fc.constant(site.apiKey),
      fc.constant(moderatorToken || 'ms_missing'),
      fc.constant(undefined),
      // Header values are bytes: keep generated tokens to visible ASCII so the client can send them.
      oddStrings.map((s) => s.replace(/[^\x21-\x7e]/g, '').slice(0, 600) || 'x'),
      fc.constantFrom('mk_aaaaaaaaaaaa_' + 'A'.repeat(43), 'ms_' + 'x'.repeat(40), 'Bearer', svc.adminToken + 'x'),
    );
    const paramArb = fc.oneof(fc.constantFrom(...ids), fc.uuid(), oddStrings.map((s) => encodeURIComponent(s).slice(0, 300)), fc.constantFrom('..', '%2e%2e', '%', 'a/b'));
    const bodyArb = fc.oneof(
      jsonValue.map((v) => ({ raw: JSON.stringify(v) })),
      fc.record({ externalId: oddStrings, text: fc.oneof(oddStrings, jsonValue), author: fc.oneof(jsonValue, fc.record({ id: oddStrings, name: oddStrings })) }).map((v) => ({ raw: JSON.stringify(v) })),
      fc.record({ outcome: fc.oneof(fc.constantFrom('approve', 'reject', 'remove'), oddStrings), note: jsonValue, ids: fc.array(fc.oneof(fc.constantFrom(...ids), oddStrings), { maxLength: 5 }) }).map((v) => ({ raw: JSON.stringify(v) })),
      fc.record({ name: jsonValue, domains: jsonValue, policy: jsonValue }).map((v) => ({ raw: JSON.stringify(v) })),
      fc.constantFrom('{', '{"a":', '[1,2', 'null', '"str"', '1e999999', '{"__proto__":{"admin":true}}', deepNest(5000), deepNest(100_000).slice(0, 60_000), '\ud800', '{"text":"\\ud800"}').map((raw) => ({ raw })),
      fc.constant({ raw: undefined as string | undefined }),
    );
    const headerArb = fc.record(
      {
        'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', ''),
        'x-request-id': oddStrings.map((s) => s.replace(/[^\x20-\x7e]/g, '').slice(0, 200)),
        accept: fc.constantFrom('*/*', 'text/html', 'application/xml'),
      },
      { requiredKeys: [] },
    );
    const requestArb = fc.record({
      endpoint: fc.constantFrom(...endpoints),
      method: fc.option(fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS', 'HEAD'), { freq: 5 }),
      param: paramArb,
      query: fc.option(fc.dictionary(fc.constantFrom('externalId', 'siteId', 'check', 'cursor', 'limit', 'sort', 'view', 'severity', 'outcome', 'x'), oddStrings, { maxKeys: 3 })),
      token: tokenArb,
      body: bodyArb,
      headers: headerArb,
    });
    const samples = fc.sample(requestArb, { numRuns: REQUESTS, seed: 20261127 });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < samples.length) {
          const s = samples[next++];
          const method = s.method ?? s.endpoint.method;
          let url = s.endpoint.path.replace(/\{[^}]+\}/g, () => s.param);
          if (s.query) url += '?' + new URLSearchParams(s.query).toString();
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(s.headers)) if (v) headers[k] = v;
          if (s.token !== undefined) headers.authorization = `Bearer ${s.token}`;
          const hasBody = method !== 'GET' && method !== 'HEAD' && s.body.raw !== undefined;
          let status: number;
          try {
            const res = await fetch(svc.baseUrl + url, { method, headers, body: hasBody ? s.body.raw : undefined });
            await res.arrayBuffer();
            status = res.status;
          } catch (err) {
            // fetch refusing to build a request (bad header value) is the client's doing, not the server's.
            if (err instanceof TypeError && /header|Headers|ByteString|method/i.test(String(err.message) + String((err as { cause?: Error }).cause?.message ?? ''))) continue;
            failures.push(`${method} ${url.slice(0, 120)}: network error ${String(err)}`);
            continue;
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          // /health/ready answering 503 is its meaning (not ready), not a failure.
          if (status >= 500 && s.endpoint.path !== '/health/ready') failures.push(`${method} ${url.slice(0, 120)} [${headers['content-type'] ?? ''}] body=${String(s.body.raw).slice(0, 120)} → ${status}`);
        }
      }),
    );
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(`  fuzz: ${total} requests over ${endpoints.length} endpoints; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(REQUESTS * 0.95);
    expect((await svc.request('GET', '/health/ready')).status).toBe(200);
    expect((await svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody() })).status).toBe(202);
  });

  it('never writes an API key, password, session token, webhook secret or the admin token to the logs', async () => {
    // Also exercise the paths most likely to leak: failed logins and bad tokens.
    await svc.request('POST', '/v1/auth/login', { body: { email: 'nobody@example.com', password: secrets[2] ?? 'x' } });
    await svc.request('GET', '/v1/sites', { token: site.apiKey });
    await svc.request('POST', '/v1/comments', { token: svc.adminToken + 'x', body: commentBody() });
    await new Promise((r) => setTimeout(r, 500));
    const logs = readFileSync(svc.logFile, 'utf8');
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(logs.includes(secret)).toBe(false);
      const body = secret.split('_').pop()!;
      if (body.length >= 16) expect(logs.includes(body)).toBe(false);
    }
  });
});
