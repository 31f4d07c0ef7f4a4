import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalRedis, LocalRedis } from '../libs/database/src/embedded/local-redis';
import { commentBody, newSite, TestSite, postMany } from './support/factories';
import { Service, waitFor } from './support/service';

async function expectAllDecidedOnce(svc: Service, ids: string[], timeoutMs = 60_000): Promise<void> {
  await waitFor(
    async () => {
      const [{ n }] = await svc.sql<{ n: string }>(`SELECT count(*) AS n FROM comments WHERE status = 'queued'`);
      return n === '0';
    },
    { timeoutMs, what: 'every comment decided' },
  );
  const decisions = await svc.sql<{ comment_id: string; n: string }>(`SELECT comment_id, count(*) AS n FROM decisions GROUP BY comment_id`);
  const byComment = new Map(decisions.map((d) => [d.comment_id, Number(d.n)]));
  for (const id of ids) expect(byComment.get(id)).toBe(1);
  const events = await svc.sql<{ n: string }>(`SELECT count(*) AS n FROM comment_events`);
  expect(Number(events[0].n)).toBe(ids.length);
  const logs = await svc.sql<{ n: string }>(`SELECT count(*) AS n FROM moderation_log WHERE action = 'screened'`);
  expect(Number(logs[0].n)).toBe(ids.length);
}

describe('nothing is lost, nothing is decided twice', () => {
  it('runs migrations on an empty database, also when api and worker boot at once', async () => {
    const svc = new Service('migrations');
    try {
      await (svc as unknown as { boot(o: object): Promise<void> }).boot({ api: false, workers: 0 });
      await Promise.all([svc.startApi(), svc.startWorker(), svc.startWorker()]);
      const applied = await svc.sql<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toContain('InitialSchema1764288000000');
      expect(new Set(applied.map((m) => m.name)).size).toBe(applied.length);
      const tables = await svc.sql<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['sites', 'api_keys', 'comments', 'decisions', 'moderation_log', 'comment_events']));
    } finally {
      await svc.stop();
    }
  });

  it('loses nothing when the worker is killed (kill -9) mid-queue and a new one starts', async () => {
    const svc = await Service.start('worker-restart', { workers: 1, env: { WORKER_CONCURRENCY: '2' } });
    try {
      const site = await newSite(svc);
      const ids = await postMany(svc, site, 300);
      await waitFor(async () => Number((await svc.sql(`SELECT count(*) AS n FROM comments WHERE status <> 'queued'`))[0].n) > 20, { what: 'some decided' });
      await svc.kill(svc.workers[0]);
      svc.workers = [];
      const [{ n: left }] = await svc.sql<{ n: string }>(`SELECT count(*) AS n FROM comments WHERE status = 'queued'`);
      expect(Number(left)).toBeGreaterThan(0);
      await svc.startWorker({ WORKER_CONCURRENCY: '8' });
      await expectAllDecidedOnce(svc, ids);
    } finally {
      await svc.stop();
    }
  });

  it('shares the work between two worker processes and decides each comment exactly once', async () => {
    const svc = await Service.start('two-workers', { workers: 2 });
    try {
      const site = await newSite(svc);
      const ids = await postMany(svc, site, 400);
      await expectAllDecidedOnce(svc, ids);
      // Both processes took part: the worker pid is not stored, so count via BullMQ-independent means:
      // every worker logs 'comment screened' lines into the suite log with its pid.
      const { readFileSync } = await import('node:fs');
      const pids = new Set(
        readFileSync(svc.logFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('"comment screened"'))
          .map((l) => JSON.parse(l).pid),
      );
      expect(pids.size).toBe(2);
    } finally {
      await svc.stop();
    }
  });

  describe('with a Redis of its own', () => {
    let redis: LocalRedis;
    let svc: Service;

    beforeAll(async () => {
      redis = await startLocalRedis({ dataDir: path.join(mkdtempSync(path.join(tmpdir(), 'redis-fault-')), 'redis') });
      svc = await Service.start('redis-down', { env: { REDIS_URL: redis.url } });
    });
    afterAll(async () => {
      await svc?.stop();
      await redis?.stop();
    });

    it('accepts comments while Redis is down and the sweeper delivers them once it is back', async () => {
      const site = await newSite(svc);
      await redis.stop();
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody() });
        expect(r.status).toBe(202);
        ids.push(r.body.id);
      }
      const ready = await svc.request('GET', '/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.redis).toBe('down');
      await redis.restart();
      await expectAllDecidedOnce(svc, ids, 60_000);
    });
  });
});
