import { Webhook } from 'standardwebhooks';
import { decidedComment, newSite, TestSite } from './support/factories';
import { freePort, Service, waitFor } from './support/service';
import { WebhookReceiver } from './support/webhook-receiver';

// Short retry schedule (5 attempts over ~4 s) and timeout so failure paths run in seconds.
const ENV = {
  WEBHOOK_RETRY_SCHEDULE_MS: '0,400,800,1200,1600',
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_DISABLE_AFTER_MS: '2000',
};

let svc: Service;
let rx: WebhookReceiver;

beforeAll(async () => {
  [svc, rx] = await Promise.all([Service.start('webhooks', { env: ENV }), WebhookReceiver.start()]);
});

afterAll(async () => {
  await Promise.all([svc?.stop(), rx?.stop()]);
});

let pathSeq = 0;
const newPath = (name: string) => `/${name}-${++pathSeq}`;

async function register(site: TestSite, url: string, extra: Record<string, unknown> = {}) {
  const r = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url, ...extra });
  if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body as { id: string; secret: string; url: string; events: string[] };
}

async function deliveries(site: TestSite, whId: string, query = '') {
  const r = await svc.admin('GET', `/v1/sites/${site.id}/webhooks/${whId}/deliveries${query}`);
  expect(r.status).toBe(200);
  return r.body.items as { eventId: string; outcome: string; attempts: { statusCode: number | null; error: string | null; success: boolean; latencyMs: number; at: string }[] }[];
}

async function siteEvents(site: TestSite) {
  return svc.sql<{ id: string; type: string; comment_id: string }>(`SELECT id, type, comment_id FROM comment_events WHERE site_id = $1 ORDER BY created_at`, [site.id]);
}

describe('decision webhooks (Standard Webhooks)', () => {
  it('sends each decision once to every subscribed endpoint, signed so standardwebhooks verifies it', async () => {
    const site = await newSite(svc);
    const all = newPath('all');
    const approvedOnly = newPath('approved');
    const a = await register(site, rx.url(all));
    const b = await register(site, rx.url(approvedOnly), { events: ['comment.approved'] });
    expect(a.secret).toMatch(/^whsec_/);
    const texts = ['Good article, well argued.', 'you are an idiot', 'see cheap-pills.ru now', 'Thanks, I learned something.'];
    for (const text of texts) await decidedComment(svc, site, { text });
    const events = await siteEvents(site);
    expect(events).toHaveLength(texts.length);
    const approved = events.filter((e) => e.type === 'comment.approved');
    expect(approved.length).toBeGreaterThan(0);

    await waitFor(async () => rx.at(all).length >= events.length && rx.at(approvedOnly).length >= approved.length, { what: 'deliveries' });
    await new Promise((r) => setTimeout(r, 1000)); // anything extra would arrive by now
    expect(rx.at(all).map((r) => r.headers['webhook-id']).sort()).toEqual(events.map((e) => e.id).sort());
    expect(rx.at(approvedOnly).map((r) => r.headers['webhook-id']).sort()).toEqual(approved.map((e) => e.id).sort());

    for (const [path, secret] of [[all, a.secret], [approvedOnly, b.secret]] as const) {
      for (const req of rx.at(path)) {
        const payload = new Webhook(secret).verify(req.body, req.headers) as { type: string; timestamp: string; data: Record<string, unknown> };
        const ev = events.find((e) => e.id === req.headers['webhook-id'])!;
        expect(payload.type).toBe(ev.type);
        expect(payload.data).toMatchObject({ id: ev.comment_id, siteId: site.id, status: ev.type.replace('comment.', ''), version: 2 });
        expect(Object.keys(payload)).toEqual(['type', 'timestamp', 'data']);
        expect(req.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      }
    }
    // The other endpoint's secret does not verify.
    expect(() => new Webhook(b.secret).verify(rx.at(all)[0].body, rx.at(all)[0].headers)).toThrow();

    const list = await deliveries(site, a.id, '?outcome=delivered');
    expect(list).toHaveLength(events.length);
    for (const d of list) expect(d.attempts).toEqual([expect.objectContaining({ statusCode: 200, success: true, error: null })]);
    // Pages, newest first.
    const page1 = await svc.admin('GET', `/v1/sites/${site.id}/webhooks/${a.id}/deliveries?limit=3`);
    expect(page1.body.items).toHaveLength(3);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await svc.admin('GET', `/v1/sites/${site.id}/webhooks/${a.id}/deliveries?limit=3&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toMatchObject({ items: [expect.anything()], nextCursor: null });
    expect([...page1.body.items, ...page2.body.items].map((d: { eventId: string }) => d.eventId)).toEqual(events.map((e) => e.id).reverse());
    expect(await deliveries(site, a.id, '?outcome=failed')).toHaveLength(0);
  });

  it('a tampered body or an old timestamp fails verification', async () => {
    const site = await newSite(svc);
    const path = newPath('tamper');
    const { secret } = await register(site, rx.url(path));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const [req] = await waitFor(async () => (rx.at(path).length ? rx.at(path) : null), { what: 'delivery' });
    const wh = new Webhook(secret);
    expect(() => wh.verify(req.body, req.headers)).not.toThrow();
    expect(() => wh.verify(req.body.replace('"status":"approved"', '"status":"rejected"'), req.headers)).toThrow();
    expect(() => wh.verify(req.body + ' ', req.headers)).toThrow();
    // A replay ten minutes later: correctly signed for its timestamp, but too old.
    const old = new Date(Date.now() - 10 * 60 * 1000);
    const headers = { ...req.headers, 'webhook-timestamp': String(Math.floor(old.getTime() / 1000)), 'webhook-signature': wh.sign(req.headers['webhook-id'], old, req.body) };
    expect(() => wh.verify(req.body, headers)).toThrow(/too old/i);
    // And the original signature does not match a changed timestamp.
    expect(() => wh.verify(req.body, { ...req.headers, 'webhook-timestamp': String(Number(req.headers['webhook-timestamp']) - 1) })).toThrow();
  });

  it('retries 500, 500 then delivers on the third try with the same webhook-id', async () => {
    const site = await newSite(svc);
    const path = newPath('flaky');
    rx.on(path, (_r, n) => ({ status: n <= 2 ? 500 : 200 }));
    const wh = await register(site, rx.url(path));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    await waitFor(async () => rx.at(path).length >= 3, { what: 'three attempts' });
    const got = rx.at(path);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    for (const r of got) expect(() => new Webhook(wh.secret).verify(r.body, r.headers)).not.toThrow();
    const [d] = await waitFor(async () => {
      const items = await deliveries(site, wh.id);
      return items[0]?.outcome === 'delivered' ? items : null;
    }, { what: 'delivered in the log' });
    expect(d.attempts.map((a) => a.statusCode)).toEqual([500, 500, 200]);
    expect(d.attempts[0].error).toBe('HTTP 500');
    expect(d.eventId).toBe(got[0].headers['webhook-id']);
    await new Promise((r) => setTimeout(r, 600));
    expect(rx.at(path)).toHaveLength(3);
  });

  it('delivers once the receiver comes back after being down', async () => {
    const site = await newSite(svc);
    const port = await freePort();
    const wh = await register(site, `http://127.0.0.1:${port}/back`);
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    await waitFor(async () => (await deliveries(site, wh.id))[0]?.attempts.length >= 1, { what: 'a refused attempt' });
    const late = await WebhookReceiver.start(port);
    try {
      await waitFor(async () => late.at('/back').length === 1, { what: 'delivery after restart' });
      const [d] = await waitFor(async () => {
        const items = await deliveries(site, wh.id);
        return items[0]?.outcome === 'delivered' ? items : null;
      }, { what: 'delivered in the log' });
      expect(d.attempts[0]).toMatchObject({ statusCode: null, success: false, error: expect.stringMatching(/ECONNREFUSED/) });
      expect(d.attempts[d.attempts.length - 1]).toMatchObject({ statusCode: 200, success: true });
    } finally {
      await late.stop();
    }
  });

  it('times out a hanging receiver and retries', async () => {
    const site = await newSite(svc);
    const path = newPath('hang');
    rx.on(path, (_r, n) => (n === 1 ? { hang: true } : { status: 204 }));
    const wh = await register(site, rx.url(path));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const [d] = await waitFor(async () => {
      const items = await deliveries(site, wh.id);
      return items[0]?.outcome === 'delivered' ? items : null;
    }, { what: 'delivered after a timeout' });
    expect(d.attempts[0]).toMatchObject({ statusCode: null, success: false, error: 'timeout after 1000 ms' });
    expect(d.attempts[0].latencyMs).toBeGreaterThanOrEqual(1000);
    expect(d.attempts[1]).toMatchObject({ statusCode: 204, success: true });
    expect(rx.at(path)).toHaveLength(2);
  });

  it('honours Retry-After', async () => {
    const site = await newSite(svc);
    const path = newPath('busy');
    rx.on(path, (_r, n) => (n === 1 ? { status: 503, headers: { 'retry-after': '2' } } : { status: 200 }));
    await register(site, rx.url(path));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    await waitFor(async () => rx.at(path).length >= 2, { what: 'the retry' });
    const [first, second] = rx.at(path);
    // The schedule alone would retry after 400 ms.
    expect(second.at - first.at).toBeGreaterThanOrEqual(1900);
  });

  it('disables the endpoint on 410 Gone and stops sending', async () => {
    const site = await newSite(svc);
    const path = newPath('gone');
    rx.on(path, () => ({ status: 410 }));
    const wh = await register(site, rx.url(path));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const ep = await waitFor(async () => {
      const r = await svc.admin('GET', `/v1/sites/${site.id}/webhooks/${wh.id}`);
      return r.body.enabled === false ? r.body : null;
    }, { what: 'endpoint disabled' });
    expect(ep.disabledReason).toMatch(/410/);
    expect((await deliveries(site, wh.id, '?outcome=failed'))[0].attempts).toHaveLength(1);
    await decidedComment(svc, site, { text: 'Another fine piece.' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(rx.at(path)).toHaveLength(1);
  });

  it('disables an endpoint that keeps failing, shows why, and redelivers after it is fixed', async () => {
    const site = await newSite(svc);
    const path = newPath('broken');
    let fixed = false;
    rx.on(path, () => ({ status: fixed ? 200 : 500 }));
    const since = new Date().toISOString();
    const wh = await register(site, rx.url(path));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const ep = await waitFor(async () => {
      const r = await svc.admin('GET', `/v1/sites/${site.id}/webhooks/${wh.id}`);
      return r.body.enabled === false ? r.body : null;
    }, { what: 'endpoint disabled after exhausting retries' });
    expect(ep.disabledReason).toMatch(/failing since .* used up every retry .*HTTP 500/);
    expect(ep.failingSince).not.toBeNull();
    const [failed] = await deliveries(site, wh.id, '?outcome=failed');
    expect(failed.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 500, 500]);
    expect(await deliveries(site, wh.id, '?outcome=delivered')).toHaveLength(0);
    expect(rx.at(path)).toHaveLength(5);

    // Redelivery needs the endpoint enabled.
    expect((await svc.admin('POST', `/v1/sites/${site.id}/webhooks/${wh.id}/redeliver`, { since })).status).toBe(409);
    fixed = true;
    const patched = await svc.admin('PATCH', `/v1/sites/${site.id}/webhooks/${wh.id}`, { enabled: true });
    expect(patched.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    const r = await svc.admin('POST', `/v1/sites/${site.id}/webhooks/${wh.id}/redeliver`, { since });
    expect(r).toMatchObject({ status: 202, body: { redelivered: 1 } });
    await waitFor(async () => rx.at(path).length === 6, { what: 'redelivery' });
    const [d] = await waitFor(async () => {
      const items = await deliveries(site, wh.id, '?outcome=delivered');
      return items.length ? items : null;
    }, { what: 'delivered in the log' });
    expect(d.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 500, 500, 200]);
    expect(rx.at(path)[5].headers['webhook-id']).toBe(failed.eventId);

    // One event on request, even a delivered one.
    expect((await svc.admin('POST', `/v1/sites/${site.id}/webhooks/${wh.id}/deliveries/${failed.eventId}/redeliver`)).status).toBe(202);
    await waitFor(async () => rx.at(path).length === 7, { what: 'single redelivery' });
    expect(rx.at(path)[6].headers['webhook-id']).toBe(failed.eventId);
    const unknown = await svc.admin('POST', `/v1/sites/${site.id}/webhooks/${wh.id}/deliveries/01900000-0000-7000-8000-000000000000/redeliver`);
    expect(unknown.status).toBe(404);
  });

  it('enqueues a delivery that never reached the queue (crash or Redis outage between outbox and queue)', async () => {
    const site = await newSite(svc);
    const first = newPath('first');
    const late = newPath('stranded');
    await register(site, rx.url(first));
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const [ev] = await siteEvents(site);
    await waitFor(async () => rx.at(first).length === 1, { what: 'first delivery' });
    // The state a crash leaves behind: delivery row committed, job never added.
    const b = await register(site, rx.url(late));
    await svc.sql(
      `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, site_id, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, now() - interval '10 seconds')`,
      [b.id, ev.id, site.id],
    );
    await waitFor(async () => rx.at(late).length === 1, { timeoutMs: 15_000, what: 'the stranded delivery' });
    expect(rx.at(late)[0].headers['webhook-id']).toBe(ev.id);
    expect(() => new Webhook(b.secret).verify(rx.at(late)[0].body, rx.at(late)[0].headers)).not.toThrow();
  });

  it('rotates the secret: both signatures during the grace period', async () => {
    const site = await newSite(svc);
    const path = newPath('rotate');
    const wh = await register(site, rx.url(path));
    const rot = await svc.admin('POST', `/v1/sites/${site.id}/webhooks/${wh.id}/rotate-secret`, { graceSeconds: 3600 });
    expect(rot.status).toBe(201);
    expect(rot.body.secret).toMatch(/^whsec_/);
    expect(rot.body.secret).not.toBe(wh.secret);
    expect(rot.body.previousSecretExpiresAt).not.toBeNull();
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const [req] = await waitFor(async () => (rx.at(path).length ? rx.at(path) : null), { what: 'delivery' });
    expect(req.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(rot.body.secret).verify(req.body, req.headers)).not.toThrow();
    expect(() => new Webhook(wh.secret).verify(req.body, req.headers)).not.toThrow();

    // Without a grace period only the new secret signs.
    const rot2 = await svc.admin('POST', `/v1/sites/${site.id}/webhooks/${wh.id}/rotate-secret`, { graceSeconds: 0 });
    await decidedComment(svc, site, { text: 'Another fine piece.' });
    const got = await waitFor(async () => (rx.at(path).length >= 2 ? rx.at(path) : null), { what: 'second delivery' });
    expect(got[1].headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(() => new Webhook(rot2.body.secret).verify(got[1].body, got[1].headers)).not.toThrow();
    expect(() => new Webhook(rot.body.secret).verify(got[1].body, got[1].headers)).toThrow();
  });

  it('manages endpoints: secret shown once and stored encrypted, validation, other sites cannot see them', async () => {
    const site = await newSite(svc);
    const other = await newSite(svc);
    const path = newPath('crud');
    const wh = await register(site, rx.url(path), { description: 'CMS' });
    const stored = await svc.sql<{ secret_enc: string }>(`SELECT secret_enc FROM webhook_endpoints WHERE id = $1`, [wh.id]);
    expect(stored[0].secret_enc).not.toContain(wh.secret.slice(6, 20));
    const list = await svc.admin('GET', `/v1/sites/${site.id}/webhooks`);
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(wh.secret);
    expect((await svc.admin('GET', `/v1/sites/${other.id}/webhooks/${wh.id}`)).status).toBe(404);
    expect((await svc.request('GET', `/v1/sites/${site.id}/webhooks`, { token: site.apiKey })).status).toBe(403);
    expect((await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: 'ftp://x.example.com/' })).body.code).toBe('invalid_webhook_url');
    expect((await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: rx.url('/x'), events: ['comment.exploded'] })).status).toBe(400);
    const patched = await svc.admin('PATCH', `/v1/sites/${site.id}/webhooks/${wh.id}`, { events: ['comment.rejected'] });
    expect(patched.body.events).toEqual(['comment.rejected']);
    expect((await svc.admin('DELETE', `/v1/sites/${site.id}/webhooks/${wh.id}`)).status).toBe(204);
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(rx.at(path)).toHaveLength(0);
  });
});
