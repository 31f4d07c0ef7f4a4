import { commentBody, newSite, TestSite } from './support/factories';
import { Service, waitFor } from './support/service';
import { WebhookReceiver } from './support/webhook-receiver';

async function postMany(svc: Service, site: TestSite, n: number, concurrency = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        const text = next % 3 === 0 ? 'you are an idiot' : next % 3 === 1 ? 'Good article, well argued.' : 'see cheap-pills.ru';
        const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody({ text }) });
        if (r.status !== 202) throw new Error(`POST ${r.status} ${JSON.stringify(r.body)}`);
      }
    }),
  );
}

describe('webhook delivery survives a worker crash', () => {
  it('delivers every event of a 1,000-decision burst at least once after the worker is killed (kill -9) and restarted', async () => {
    const [svc, rx] = await Promise.all([
      Service.start('webhooks-fault', { env: { WEBHOOK_RETRY_SCHEDULE_MS: '0,500,1000,2000,4000,8000', WORKER_CONCURRENCY: '4' } }),
      WebhookReceiver.start(),
    ]);
    try {
      const site = await newSite(svc);
      const wh = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: rx.url('/burst') });
      expect(wh.status).toBe(201);
      const posting = postMany(svc, site, 1000);
      // Kill the worker mid-burst, while decisions and deliveries are both in flight.
      await waitFor(async () => rx.received.length >= 100, { timeoutMs: 120_000, what: 'first deliveries' });
      await svc.kill(svc.workers[0]);
      svc.workers = [];
      const before = new Set(rx.received.map((r) => r.headers['webhook-id'])).size;
      await posting;
      await svc.startWorker();

      const unique = await waitFor(
        async () => {
          const [{ n }] = await svc.sql<{ n: string }>(`SELECT count(*) AS n FROM comments WHERE site_id = $1 AND status = 'queued'`, [site.id]);
          const ids = new Set(rx.received.map((r) => r.headers['webhook-id']));
          return n === '0' && ids.size >= 1000 ? ids : null;
        },
        { timeoutMs: 150_000, intervalMs: 500, what: 'every event delivered' },
      );
      const events = await svc.sql<{ id: string }>(`SELECT id FROM comment_events WHERE site_id = $1`, [site.id]);
      expect(events).toHaveLength(1000);
      const missing = events.filter((e) => !unique.has(e.id));
      expect(missing).toEqual([]);
      expect(unique.size).toBe(1000); // nothing unknown arrived
      expect(before).toBeLessThan(1000); // the kill really interrupted the burst
      process.stdout.write(`fault test: ${before} distinct events before the kill, ${rx.received.length} requests for 1000 events in total\n`);
    } finally {
      await Promise.all([svc.stop(), rx.stop()]);
    }
  });
});
