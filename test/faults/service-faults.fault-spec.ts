import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../../libs/database/src/embedded/embedded-postgres';
import { LocalRedis, startLocalRedis } from '../../libs/database/src/embedded/local-redis';
import { commentBody, newSite, TestSite } from '../support/factories';
import { Service, waitFor } from '../support/service';

/**
 * Fault suite (npm run test:faults): steady load while one component at a time is killed or
 * restarted. Afterwards every accepted comment (202) has exactly one decision and one outbox event,
 * nothing answered 500, and nothing unsaved was acknowledged with 202.
 */

interface LoadStats {
  accepted: Set<string>;
  byStatus: Map<number, number>;
  networkErrors: number;
  unavailableWithoutRetryAfter: number;
}

function steadyLoad(svc: Service, site: TestSite, perSecond: number) {
  const stats: LoadStats = { accepted: new Set(), byStatus: new Map(), networkErrors: 0, unavailableWithoutRetryAfter: 0 };
  let running = true;
  const inflight = new Set<Promise<void>>();
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      for (let i = 0; i < perSecond / 10; i++) {
        const p = (async () => {
          try {
            const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody({ text: i % 4 === 0 ? 'you are a moron' : 'Balanced and fair coverage.' }) });
            stats.byStatus.set(r.status, (stats.byStatus.get(r.status) ?? 0) + 1);
            if (r.status === 202 || r.status === 200) stats.accepted.add(r.body.id);
            if (r.status === 503 && !r.headers.get('retry-after')) stats.unavailableWithoutRetryAfter++;
          } catch {
            stats.networkErrors++;
          }
        })();
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - started))));
    }
  })();
  return {
    stats,
    async stop(): Promise<LoadStats> {
      running = false;
      await loop;
      await Promise.all([...inflight]);
      return stats;
    },
  };
}

async function expectEveryAcceptedDecidedOnce(svc: Service, accepted: Set<string>): Promise<{ decided: number }> {
  await waitFor(async () => Number((await svc.sql(`SELECT count(*) AS n FROM comments WHERE status = 'queued'`))[0].n) === 0, {
    timeoutMs: 120_000,
    what: 'no comment left queued',
  });
  const decisions = new Map(
    (await svc.sql<{ id: string; n: string }>(`SELECT comment_id AS id, count(*) AS n FROM decisions GROUP BY comment_id`)).map((r) => [r.id, Number(r.n)]),
  );
  const events = new Map(
    (await svc.sql<{ id: string; n: string }>(`SELECT comment_id AS id, count(*) AS n FROM comment_events GROUP BY comment_id`)).map((r) => [r.id, Number(r.n)]),
  );
  const lost = [...accepted].filter((id) => !decisions.has(id));
  const twice = [...decisions].filter(([, n]) => n !== 1);
  const missingEvents = [...accepted].filter((id) => events.get(id) !== 1);
  process.stdout.write(`  accepted ${accepted.size}, decided ${decisions.size}, lost ${lost.length}, decided twice ${twice.length}, events missing ${missingEvents.length}\n`);
  expect(lost).toEqual([]);
  expect(twice).toEqual([]);
  expect(missingEvents).toEqual([]);
  return { decided: decisions.size };
}

describe('faults under steady load', () => {
  let root: string;
  let pg: EmbeddedPostgres;
  let redis: LocalRedis;
  let svc: Service;
  let site: TestSite;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'moderation-faults-'));
    chmodSync(root, 0o755);
    pg = await startEmbeddedPostgres({ dataDir: path.join(root, 'postgres') });
    redis = await startLocalRedis({ dataDir: path.join(root, 'redis') });
    svc = await Service.start('faults', {
      databaseAdminUrl: pg.adminUrl,
      env: { REDIS_URL: redis.url, SWEEPER_INTERVAL_MS: '500', SWEEPER_GRACE_MS: '2000', DATABASE_POOL_SIZE: '5' },
    });
    site = await newSite(svc);
  });

  afterAll(async () => {
    await svc?.stop();
    await redis?.stop();
    await pg?.stop();
  });

  it('kill -9 of the worker: nothing lost, nothing decided twice', async () => {
    const load = steadyLoad(svc, site, 60);
    await new Promise((r) => setTimeout(r, 2000));
    await svc.kill(svc.workers[0]);
    svc.workers = [];
    await new Promise((r) => setTimeout(r, 2000));
    await svc.startWorker();
    await new Promise((r) => setTimeout(r, 2000));
    const stats = await load.stop();
    expect(stats.byStatus.get(500) ?? 0).toBe(0);
    await expectEveryAcceptedDecidedOnce(svc, stats.accepted);
  });

  it('Redis restart (AOF): intake continues, the sweeper catches up', async () => {
    const load = steadyLoad(svc, site, 60);
    await new Promise((r) => setTimeout(r, 1500));
    redis.kill();
    await new Promise((r) => setTimeout(r, 2000));
    await redis.restart();
    await new Promise((r) => setTimeout(r, 2500));
    const stats = await load.stop();
    expect(stats.byStatus.get(500) ?? 0).toBe(0);
    expect(stats.networkErrors).toBe(0);
    await expectEveryAcceptedDecidedOnce(svc, stats.accepted);
  });

  it('Postgres restart: 503 with Retry-After while down, never 500, never 202 for an unsaved comment', async () => {
    const load = steadyLoad(svc, site, 60);
    await new Promise((r) => setTimeout(r, 1500));
    await pg.stop();
    await new Promise((r) => setTimeout(r, 3000));
    const ready = await svc.request('GET', '/health/ready');
    expect(ready.status).toBe(503);
    await pg.restart();
    await new Promise((r) => setTimeout(r, 3000));
    const stats = await load.stop();
    process.stdout.write(`  statuses during the Postgres restart: ${JSON.stringify(Object.fromEntries(stats.byStatus))}\n`);
    expect(stats.byStatus.get(500) ?? 0).toBe(0);
    expect(stats.byStatus.get(503) ?? 0).toBeGreaterThan(0);
    expect(stats.unavailableWithoutRetryAfter).toBe(0);
    // Every 202 refers to a committed row.
    const rows = new Set((await svc.sql<{ id: string }>(`SELECT id FROM comments`)).map((r) => r.id));
    expect([...stats.accepted].filter((id) => !rows.has(id))).toEqual([]);
    await expectEveryAcceptedDecidedOnce(svc, stats.accepted);
  });

  it('api killed mid-request: every comment that reached the database is decided once', async () => {
    const load = steadyLoad(svc, site, 60);
    await new Promise((r) => setTimeout(r, 1500));
    await svc.kill(svc.api!);
    await new Promise((r) => setTimeout(r, 500));
    await svc.startApi();
    await new Promise((r) => setTimeout(r, 1500));
    const stats = await load.stop();
    expect(stats.byStatus.get(500) ?? 0).toBe(0);
    const all = new Set((await svc.sql<{ id: string }>(`SELECT id FROM comments`)).map((r) => r.id));
    for (const id of stats.accepted) expect(all.has(id)).toBe(true);
    await expectEveryAcceptedDecidedOnce(svc, all);
  });
});
