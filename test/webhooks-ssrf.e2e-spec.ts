import { readFileSync } from 'node:fs';
import { decidedComment, newSite } from './support/factories';
import { Service, waitFor } from './support/service';
import { WebhookReceiver } from './support/webhook-receiver';

/** A name other than localhost that the system resolver maps to a private address (from /etc/hosts). */
function privateName(): string {
  const hosts = readFileSync('/etc/hosts', 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim().split(/\s+/));
  const hit = hosts.find(([addr, ...names]) => /^(127\.|10\.|192\.168\.|::1$)/.test(addr ?? '') && names.some((n) => n && !n.startsWith('localhost')));
  return hit?.slice(1).find((n) => !n.startsWith('localhost')) ?? 'localhost';
}

// The operator has NOT allowed private targets here: the SSRF guard is on.
describe('webhook SSRF guard (private targets not allowed)', () => {
  let svc: Service;
  let rx: WebhookReceiver;

  beforeAll(async () => {
    [svc, rx] = await Promise.all([
      Service.start('webhooks-ssrf', { env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_RETRY_SCHEDULE_MS: '0,200,200' } }),
      WebhookReceiver.start(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([svc?.stop(), rx?.stop()]);
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['loopback, decimal form', 'http://2130706433/hook'],
    ['private 10/8', 'http://10.0.0.1/hook'],
    ['private 10/8, elsewhere in the block', 'https://10.200.3.4:8443/hook'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['localhost', 'http://localhost:3000/hook'],
    [`a name that resolves to a private address (${privateName()})`, `http://${privateName()}/hook`],
    ['IPv6 loopback', 'http://[::1]/hook'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hook'],
    ['unique-local IPv6', 'http://[fd00::1]/hook'],
  ])('refuses to register %s', async (_what, url) => {
    const site = await newSite(svc);
    const r = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('forbidden_webhook_target');
    expect(r.body.message).toMatch(/resolves to|private|not allowed/);
    expect((await svc.admin('GET', `/v1/sites/${site.id}/webhooks`)).body.items).toHaveLength(0);
  });

  it('refuses to point an existing endpoint at a private address', async () => {
    const site = await newSite(svc);
    // A public literal registers without DNS; it is never contacted (no decision happens before the change below).
    const wh = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: 'https://93.184.216.34/hook' });
    expect(wh.status).toBe(201);
    const r = await svc.admin('PATCH', `/v1/sites/${site.id}/webhooks/${wh.body.id}`, { url: 'http://169.254.169.254/' });
    expect(r).toMatchObject({ status: 400, body: { code: 'forbidden_webhook_target' } });
    await svc.admin('DELETE', `/v1/sites/${site.id}/webhooks/${wh.body.id}`);
  });

  it('checks again at delivery time and never connects to a private address', async () => {
    const site = await newSite(svc);
    const wh = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: 'https://93.184.216.34/hook' });
    expect(wh.status).toBe(201);
    // As if DNS had changed after registration: the stored URL now leads to our own loopback receiver.
    await svc.sql(`UPDATE webhook_endpoints SET url = $1 WHERE id = $2`, [`http://localhost:${rx.port}/rebound`, wh.body.id]);
    await decidedComment(svc, site, { text: 'Good article, well argued.' });
    const d = await waitFor(async () => {
      const r = await svc.admin('GET', `/v1/sites/${site.id}/webhooks/${wh.body.id}/deliveries?outcome=failed`);
      return r.body.items[0];
    }, { what: 'the delivery to give up' });
    expect(d.attempts).toHaveLength(3);
    for (const a of d.attempts) expect(a).toMatchObject({ statusCode: null, success: false, error: expect.stringMatching(/^blocked: localhost resolves to 127\.0\.0\.1/) });
    expect(rx.received).toHaveLength(0);
  });
});
