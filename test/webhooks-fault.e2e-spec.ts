import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalRedis } from '../libs/database/src/embedded/local-redis';
import { commentBody, decidedComment, newSite, TestSite, postMany } from './support/factories';
import { Service, waitFor } from './support/service';
import { WebhookReceiver } from './support/webhook-receiver';

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

  it('delivers a moderator decision taken while Redis is down, once Redis is back', async () => {
    // A Redis of its own: the other suites keep theirs.
    const redis = await startLocalRedis({ dataDir: path.join(mkdtempSync(path.join(tmpdir(), 'redis-webhooks-')), 'redis') });
    const [svc, rx] = await Promise.all([Service.start('webhooks-redis-down', { env: { REDIS_URL: redis.url } }), WebhookReceiver.start()]);
    try {
      const site = await newSite(svc);
      const wh = await svc.admin('POST', `/v1/sites/${site.id}/webhooks`, { url: rx.url('/redis') });
      expect(wh.status).toBe(201);
      const comment = await decidedComment(svc, site, { text: 'Good article, well argued.' });
      await waitFor(async () => rx.received.length === 1, { what: 'the screening decision delivered' });

      await redis.stop();
      const removed = await svc.admin('POST', `/v1/comments/${comment.id}/decision`, { outcome: 'remove', note: 'off-topic' });
      expect(removed.status).toBe(200);
      const [ev] = await svc.sql<{ id: string }>(`SELECT id FROM comment_events WHERE comment_id = $1 AND type = 'comment.removed'`, [comment.id]);
      expect(ev).toBeDefined();
      await new Promise((r) => setTimeout(r, 2000));
      expect(rx.received).toHaveLength(1);

      await redis.restart();
      await waitFor(async () => rx.received.some((r) => r.headers['webhook-id'] === ev.id), { timeoutMs: 60_000, what: 'the removal delivered after Redis came back' });
      const body = JSON.parse(rx.received.find((r) => r.headers['webhook-id'] === ev.id)!.body);
      expect(body).toMatchObject({ type: 'comment.removed', data: { id: comment.id, status: 'removed', version: 3 } });
    } finally {
      await Promise.all([svc.stop(), rx.stop()]);
      await redis.stop();
    }
  });
});
