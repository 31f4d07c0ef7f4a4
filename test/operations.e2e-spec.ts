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
