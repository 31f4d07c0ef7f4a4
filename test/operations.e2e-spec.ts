import { commentBody, newSite, TestSite } from './support/factories';
import { Service } from './support/service';

describe('operations: queue dashboard, rate limits, security headers', () => {
  let svc: Service;
  let site: TestSite;

  beforeAll(async () => {
    svc = await Service.start('operations', { env: { RATE_LIMIT_SITE_PER_SECOND: '5' } });
    site = await newSite(svc);
  });
  afterAll(() => svc?.stop());

  it('serves the BullMQ dashboard at /admin/queues only with the admin token', async () => {
    const anon = await svc.request('GET', '/admin/queues');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect((await svc.request('GET', '/admin/queues', { token: site.apiKey })).status).toBe(401);
    const basic = Buffer.from(`admin:${svc.adminToken}`).toString('base64');
    const ok = await svc.request('GET', '/admin/queues', { headers: { authorization: `Basic ${basic}` } });
    expect(ok.status).toBe(200);
    expect(String(ok.body)).toContain('<html');
    const api = await svc.request('GET', '/admin/queues/api/queues', { token: svc.adminToken });
    expect(api.status).toBe(200);
    expect(JSON.stringify(api.body)).toContain('screening');
  });

  it('limits requests per API key with 429 and Retry-After, shared through Redis', async () => {
    const results = await Promise.all(
      Array.from({ length: 60 }, () => svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody() })),
    );
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 202).length).toBeGreaterThan(0);
    expect(limited[0].headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited[0].body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    // Another key of another site is not affected.
    const other = await newSite(svc);
    expect((await svc.request('POST', '/v1/comments', { token: other.apiKey, body: commentBody() })).status).toBe(202);
  });

  it('sends security headers and no CORS headers unless configured', async () => {
    const r = await svc.request('GET', '/health/live', { headers: { origin: 'https://evil.example' } });
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  it('carries the request id from the HTTP header into the job and its log lines', async () => {
    const requestId = `req-${Date.now()}`;
    const posted = await svc.request('POST', '/v1/comments', { token: (await newSite(svc)).apiKey, body: commentBody(), headers: { 'x-request-id': requestId } });
    expect(posted.status).toBe(202);
    expect(posted.headers.get('x-request-id')).toBe(requestId);
    const { readFileSync } = await import('node:fs');
    const { waitFor } = await import('./support/service');
    await waitFor(async () => readFileSync(svc.logFile, 'utf8').split('\n').some((l) => l.includes('"comment screened"') && l.includes(requestId)), { what: 'worker log line with the request id' });
  });

  it('writes one access line per request (info for 2xx, warn for 4xx) with method, path, status, time and request id; none for health probes', async () => {
    const { readFileSync } = await import('node:fs');
    const { waitFor } = await import('./support/service');
    const token = (await newSite(svc)).apiKey;
    const okId = `acc-ok-${Date.now()}`;
    const badId = `acc-bad-${Date.now()}`;
    const healthId = `acc-health-${Date.now()}`;
    expect((await svc.request('POST', '/v1/comments?x=1', { token, body: commentBody(), headers: { 'x-request-id': okId } })).status).toBe(202);
    const bad = await svc.request('POST', '/v1/comments', { token, body: { text: '' }, headers: { 'x-request-id': badId } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: 400, requestId: badId });
    expect((await svc.request('GET', '/health/live', { headers: { 'x-request-id': healthId } })).status).toBe(200);
    const lines = () => readFileSync(svc.logFile, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, any>);
    await waitFor(async () => lines().some((l) => l.req?.id === badId), { what: 'access line of the 400' });
    const ok = lines().filter((l) => l.req?.id === okId && l.msg === 'request completed');
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({ level: 30, service: 'api', req: { id: okId, method: 'POST', url: '/v1/comments' }, res: { statusCode: 202 } });
    expect(typeof ok[0].responseTime).toBe('number');
    expect(lines().filter((l) => l.req?.id === badId && l.msg === 'request completed').map((l) => [l.level, l.res?.statusCode])).toEqual([[40, 400]]);
    expect(lines().some((l) => JSON.stringify(l).includes(healthId))).toBe(false);
    expect(readFileSync(svc.logFile, 'utf8')).not.toContain(token);
  });
});

describe('graceful shutdown', () => {
  it('reports not-ready while draining, then exits cleanly', async () => {
    const svc = await Service.start('shutdown', { env: { SHUTDOWN_DRAIN_MS: '1500' } });
    try {
      expect((await svc.request('GET', '/health/ready')).status).toBe(200);
      const exited = new Promise<string>((resolve) => svc.api!.once('exit', (code, signal) => resolve(`${code}/${signal}`)));
      svc.api!.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      const draining = await svc.request('GET', '/health/ready');
      expect(draining.status).toBe(503);
      expect(draining.body.checks.draining).toBe(true);
      // Nest closes everything, then re-raises the signal: a clean exit by SIGTERM (or code 0).
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
    } finally {
      await svc.stop();
    }
  });
});
