import { createHash, randomUUID } from 'node:crypto';
import { decidedComment, newSite, postComment, TestSite, waitForDecision } from './support/factories';
import { decide, heldComment, login, newModerator, OFFENSIVE, queue, TestModerator, waitForQueueSize } from './support/review-factories';
import { Service } from './support/service';

describe('editorial review: moderators, queue, claims, decisions, reports', () => {
  let svc: Service;
  let a: TestSite;
  let b: TestSite;
  let modA: TestModerator;
  let modA2: TestModerator;
  let modB: TestModerator;

  beforeAll(async () => {
    svc = await Service.start('review');
    [a, b] = await Promise.all([newSite(svc, { name: 'Daily A' }), newSite(svc, { name: 'Daily B' })]);
    [modA, modA2, modB] = await Promise.all([newModerator(svc, [a.id]), newModerator(svc, [a.id]), newModerator(svc, [b.id])]);
  });
  afterAll(() => svc?.stop());

  describe('moderator accounts', () => {
    it('are created by the admin token only, stored with argon2id hashes, one per email', async () => {
      const body = { email: 'Editor@Newsroom.example', password: 'correct horse battery', role: 'moderator', siteIds: [a.id] };
      expect((await svc.request('POST', '/v1/moderators', { token: a.apiKey, body })).status).toBe(403);
      expect((await svc.request('POST', '/v1/moderators', { token: modA.token, body })).status).toBe(403);
      const created = await svc.admin('POST', '/v1/moderators', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'editor@newsroom.example', role: 'moderator', siteIds: [a.id] });
      expect(JSON.stringify(created.body)).not.toContain('correct horse');
      expect((await svc.admin('POST', '/v1/moderators', { ...body, email: 'editor@newsroom.EXAMPLE' })).status).toBe(409);
      const [row] = await svc.sql('SELECT password_hash FROM moderators WHERE id = $1', [created.body.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      const unknownSite = await svc.admin('POST', '/v1/moderators', { ...body, email: 'x@newsroom.example', siteIds: [randomUUID()] });
      expect(unknownSite.status).toBe(400);
      expect(unknownSite.body.code).toBe('unknown_sites');
      const badRole = await svc.admin('POST', '/v1/moderators', { ...body, email: 'y@newsroom.example', role: 'owner' });
      expect(badRole.status).toBe(400);
    });

    it('take new sites and roles at once; a new password ends their sessions', async () => {
      const m = await newModerator(svc, [b.id]);
      const held = await heldComment(svc, a);
      expect((await svc.request('GET', `/v1/review-queue/${held.id}`, { token: m.token })).status).toBe(404);
      const moved = await svc.admin('PATCH', `/v1/moderators/${m.id}`, { siteIds: [a.id, b.id] });
      expect(moved.status).toBe(200);
      expect(moved.body.siteIds).toEqual([a.id, b.id]);
      expect((await svc.request('GET', `/v1/review-queue/${held.id}`, { token: m.token })).status).toBe(200);
      expect((await svc.admin('PATCH', `/v1/moderators/${m.id}`, { siteIds: [randomUUID()] })).status).toBe(400);
      expect((await svc.admin('PATCH', `/v1/moderators/${randomUUID()}`, { role: 'admin' })).status).toBe(404);
      expect((await svc.admin('PATCH', `/v1/moderators/${m.id}`, { password: 'a-brand-new-passphrase' })).status).toBe(200);
      expect((await queue(svc, m.token)).status).toBe(401);
      expect(await login(svc, m.email, 'a-brand-new-passphrase')).toMatch(/^ms_/);
    });

    it('log in with a session token stored only as a SHA-256 hash', async () => {
      const res = await svc.request('POST', '/v1/auth/login', { body: { email: modA.email.toUpperCase(), password: modA.password } });
      expect(res.status).toBe(200);
      expect(res.body.token).toMatch(/^ms_[A-Za-z0-9_-]{43}$/);
      const hash = createHash('sha256').update(res.body.token).digest('hex');
      const rows = await svc.sql('SELECT token_hash FROM moderator_sessions WHERE moderator_id = $1', [modA.id]);
      expect(rows.map((r) => r.token_hash)).toContain(hash);
      expect(JSON.stringify(rows)).not.toContain(res.body.token);
      const me = await svc.request('GET', '/v1/auth/me', { token: res.body.token });
      expect(me.body).toMatchObject({ id: modA.id, sites: [{ id: a.id, name: 'Daily A' }] });
    });

    it('wrong password → 401; repeated failures from one address → 429 with Retry-After, even with the right password', async () => {
      const m = await newModerator(svc, [a.id], { login: false });
      const attempt = (password: string, ip: string) => svc.request('POST', '/v1/auth/login', { body: { email: m.email, password }, headers: { 'x-forwarded-for': ip } });
      for (let i = 0; i < 5; i++) {
        const r = await attempt('wrong-password', '203.0.113.9');
        expect(r.status).toBe(401);
        expect(r.body.code).toBe('invalid_credentials');
      }
      const blocked = await attempt('wrong-password', '203.0.113.9');
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('too_many_login_attempts');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(60);
      expect((await attempt(m.password, '203.0.113.9')).status).toBe(429);
      // The counter is per (email, address): the moderator can still log in from the newsroom.
      expect((await attempt(m.password, '198.51.100.20')).status).toBe(200);
      // An unknown email is the same 401 (no account enumeration).
      const unknown = await svc.request('POST', '/v1/auth/login', { body: { email: 'nobody@newsroom.example', password: 'whatever-it-is' } });
      expect(unknown.status).toBe(401);
      expect(unknown.body.code).toBe('invalid_credentials');
    });

    it('a revoked (logout) or disabled moderator session gets 401', async () => {
      const m = await newModerator(svc, [a.id]);
      expect((await queue(svc, m.token)).status).toBe(200);
      expect((await svc.request('POST', '/v1/auth/logout', { token: m.token })).status).toBe(204);
      expect((await queue(svc, m.token)).status).toBe(401);

      // Expiry in real time: test/review-session.e2e-spec.ts (a service with a 2-second SESSION_TTL_SECONDS).
      const third = await login(svc, m.email, m.password);
      expect((await svc.admin('DELETE', `/v1/moderators/${m.id}`)).status).toBe(204);
      expect((await queue(svc, third)).status).toBe(401);
      expect((await svc.request('POST', '/v1/auth/login', { body: { email: m.email, password: m.password } })).status).toBe(401);
      expect((await queue(svc, 'ms_' + 'x'.repeat(43))).status).toBe(401);
    });
  });

  describe('queue', () => {
    it("shows a held comment in its site's queue with evidence, scores, author history and claim state — not in another site's", async () => {
      const author = { id: 'reader-hist', name: 'Asha' };
      await decidedComment(svc, a, { author, text: 'Thanks for this careful piece.' });
      const held = await heldComment(svc, a, { author, articleUrl: 'https://daily-a.example/story' });

      const mine = await queue(svc, modA.token, 'limit=100');
      expect(mine.status).toBe(200);
      const item = mine.body.items.find((i: { id: string }) => i.id === held.id);
      expect(item).toMatchObject({ siteId: a.id, status: 'held', text: OFFENSIVE, articleUrl: 'https://daily-a.example/story', author, claim: null });
      const obscenity = item.checks.find((c: { check: string }) => c.check === 'obscenity');
      expect(obscenity.score).toBeGreaterThan(0.5);
      expect(obscenity.evidence[0]).toMatchObject({ text: 'fucking', start: OFFENSIVE.indexOf('fucking') });
      expect(item.severity).toBe('severe');
      expect(item.authorHistory).toMatchObject({ approved: 1, held: 1, rejected: 0, removed: 0 });
      expect(item.authorHistory.lastDecisions.map((d: { status: string }) => d.status).sort()).toEqual(['approved', 'held']);

      const theirs = await queue(svc, modB.token, 'limit=100');
      expect(theirs.status).toBe(200);
      expect(theirs.body.items.map((i: { id: string }) => i.id)).not.toContain(held.id);
      expect((await queue(svc, modB.token, `siteId=${a.id}`)).status).toBe(404);
      expect((await svc.request('GET', `/v1/review-queue/${held.id}`, { token: modB.token })).status).toBe(404);
      expect((await decide(svc, modB.token, held.id, { outcome: 'approve' })).status).toBe(404);
      expect((await svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: modB.token })).status).toBe(404);
      expect((await svc.request('GET', `/v1/comments/${held.id}/log`, { token: modB.token })).status).toBe(404);
      // Site keys do not get the review API.
      expect((await queue(svc, a.apiKey)).status).toBe(403);
      // The admin token sees every site.
      const all = await queue(svc, svc.adminToken, `siteId=${a.id}&limit=100`);
      expect(all.body.items.map((i: { id: string }) => i.id)).toContain(held.id);
    });

    it('filters by check, severity and article; sorts by severity', async () => {
      const site = await newSite(svc);
      const m = await newModerator(svc, [site.id]);
      const strong = await heldComment(svc, site, { text: 'What a load of shit this article is.', articleUrl: 'https://x.example/2' });
      const severe = await heldComment(svc, site, { articleUrl: 'https://x.example/1' });
      const ids = async (q: string) => (await queue(svc, m.token, q)).body.items.map((i: { id: string }) => i.id);
      expect(await ids('sort=oldest')).toEqual([strong.id, severe.id]);
      expect(await ids('sort=severity')).toEqual([severe.id, strong.id]);
      const firstPage = await queue(svc, m.token, 'sort=severity&limit=1');
      expect(firstPage.body.items.map((i: { id: string }) => i.id)).toEqual([severe.id]);
      const nextPage = await queue(svc, m.token, `sort=severity&limit=1&cursor=${firstPage.body.nextCursor}`);
      expect(nextPage.body.items.map((i: { id: string }) => i.id)).toEqual([strong.id]);
      expect(nextPage.body.nextCursor).toBeNull();
      // A cursor of one sort order is refused by the other.
      expect((await queue(svc, m.token, `sort=oldest&cursor=${firstPage.body.nextCursor}`)).status).toBe(400);
      expect(await ids('severity=severe')).toEqual([severe.id]);
      expect(await ids('check=obscenity')).toEqual([strong.id, severe.id]);
      expect(await ids('check=links')).toEqual([]);
      expect(await ids(`articleUrl=${encodeURIComponent('https://x.example/2')}`)).toEqual([strong.id]);
    });
  });

  describe('claims and decisions', () => {
    it('two moderators claiming the same item: one wins, the other gets 409 and sees the claim', async () => {
      const held = await heldComment(svc, a);
      const claims = await Promise.all([modA, modA2].map((m) => svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: m.token })));
      expect(claims.map((c) => c.status).sort()).toEqual([200, 409]);
      const winner = claims[0].status === 200 ? modA : modA2;
      const loser = winner === modA ? modA2 : modA;
      const lost = claims.find((c) => c.status === 409)!;
      expect(lost.body).toMatchObject({ code: 'claimed_by_other', details: { moderatorId: winner.id, moderatorEmail: winner.email } });

      const seen = await svc.request('GET', `/v1/review-queue/${held.id}`, { token: loser.token });
      expect(seen.body.claim).toMatchObject({ moderatorId: winner.id, mine: false });
      // While the claim lives, the other moderator cannot decide the item.
      const blocked = await decide(svc, loser.token, held.id, { outcome: 'reject' });
      expect(blocked.status).toBe(409);
      expect(blocked.body.code).toBe('claimed_by_other');
      // The winner renews freely; after a release the other may claim.
      expect((await svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: winner.token })).status).toBe(200);
      expect((await svc.request('POST', `/v1/review-queue/${held.id}/release`, { token: loser.token })).status).toBe(409);
      expect((await svc.request('POST', `/v1/review-queue/${held.id}/release`, { token: winner.token })).status).toBe(204);
      expect((await svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: loser.token })).status).toBe(200);
    });

    it('two concurrent decisions: exactly one applies, the other gets 409; one log entry, one webhook event', async () => {
      const held = await heldComment(svc, a);
      const results = await Promise.all([
        decide(svc, modA.token, held.id, { outcome: 'approve' }),
        decide(svc, modA2.token, held.id, { outcome: 'reject' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const won = results.find((r) => r.status === 200)!;
      expect(results.find((r) => r.status === 409)!.body.code).toBe('stale_state');
      const final = await svc.request('GET', `/v1/comments/${held.id}`, { token: a.apiKey });
      expect(final.body.status).toBe(won.body.status);
      const log = await svc.request('GET', `/v1/comments/${held.id}/log`, { token: modA.token });
      expect(log.body.items.filter((e: { actor: string }) => e.actor.startsWith('moderator:'))).toHaveLength(1);
      const events = await svc.sql('SELECT type FROM comment_events WHERE comment_id = $1 ORDER BY version', [held.id]);
      expect(events.map((e) => e.type)).toEqual(['comment.held', `comment.${won.body.status}`]);
      // A decision against a version that moved on is stale too.
      const other = await heldComment(svc, a);
      const stale = await decide(svc, modA.token, other.id, { outcome: 'approve', expectedVersion: other.version - 1 });
      expect(stale.status).toBe(409);
    });

    it('bulk-decides 100 items (after paging through them with the cursor)', async () => {
      const site = await newSite(svc, { policy: { mode: 'pre' } });
      const m = await newModerator(svc, [site.id]);
      for (let i = 0; i < 100; i += 25) {
        await Promise.all(Array.from({ length: 25 }, (_, j) => postComment(svc, site, { externalId: `bulk-${i + j}`, text: `Comment number ${i + j} on the budget.` })));
      }
      await waitForQueueSize(svc, m.token, 'view=held', 100);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await queue(svc, m.token, `limit=30${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(100);
      expect(new Set(seen).size).toBe(100);

      const res = await svc.request('POST', '/v1/review-queue/decisions', { token: m.token, body: { ids: seen, outcome: 'approve', note: 'bulk: all fine' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ applied: 100, failed: 0 });
      expect(res.body.results.every((r: { ok: boolean; status: string }) => r.ok && r.status === 'approved')).toBe(true);
      expect((await queue(svc, m.token)).body.items).toHaveLength(0);
      const [count] = await svc.sql(`SELECT count(*)::int AS n FROM moderation_log WHERE site_id = $1 AND action = 'approve' AND reason = 'bulk: all fine'`, [site.id]);
      expect(count.n).toBe(100);
      // Again: every item is now stale, reported per item.
      const again = await svc.request('POST', '/v1/review-queue/decisions', { token: m.token, body: { ids: seen.slice(0, 3), outcome: 'reject' } });
      expect(again.body).toMatchObject({ applied: 0, failed: 3 });
      expect(again.body.results[0].error).toMatchObject({ statusCode: 409, code: 'stale_state' });
    });
  });

  describe('reader reports, takedown and the log', () => {
    it('reports send an approved comment back to the queue at the threshold; the log shows every step', async () => {
      const site = await newSite(svc, { policy: { reportThreshold: 2 } });
      const m = await newModerator(svc, [site.id]);
      const c = await decidedComment(svc, site, { text: 'I think the minister is right about this.' });
      expect(c.status).toBe('approved');
      const report = (reporterId: string, reason = 'abusive') => svc.request('POST', `/v1/comments/${c.id}/reports`, { token: site.apiKey, body: { reporterId, reason } });

      const first = await report('reader-1');
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ accepted: true, status: 'approved', openReports: 1, threshold: 2 });
      // One report per reporter counts.
      const repeated = await report('reader-1', 'again');
      expect([repeated.status, repeated.body.accepted, repeated.body.openReports, repeated.body.status]).toEqual([200, false, 1, 'approved']);
      expect((await svc.request('POST', `/v1/comments/${c.id}/reports`, { token: b.apiKey, body: { reporterId: 'x', reason: 'y' } })).status).toBe(404);
      const second = await report('reader-2', 'personal attack on another reader');
      expect(second.body).toMatchObject({ accepted: true, status: 'held', openReports: 2 });

      const reported = await queue(svc, m.token, 'view=reported');
      expect(reported.body.items).toHaveLength(1);
      expect(reported.body.items[0]).toMatchObject({ id: c.id, reports: { total: 2 } });
      expect(reported.body.items[0].reports.open.map((r: { reporterId: string }) => r.reporterId)).toEqual(['reader-1', 'reader-2']);
      expect((await queue(svc, m.token, 'view=held')).body.items).toHaveLength(0);

      const kept = await decide(svc, m.token, c.id, { outcome: 'approve', note: 'criticism of a politician, allowed' });
      expect(kept.status).toBe(200);
      expect(kept.body.status).toBe('approved');
      expect((await queue(svc, m.token, 'view=reported')).body.items).toHaveLength(0);
      // Reports were resolved by the decision: a fresh one starts counting again.
      expect((await report('reader-3')).body).toMatchObject({ status: 'approved', openReports: 1 });

      const removed = await decide(svc, m.token, c.id, { outcome: 'remove', note: 'legal asked us to take it down' });
      expect(removed.status).toBe(200);
      expect((await svc.request('GET', `/v1/comments/${c.id}`, { token: site.apiKey })).body).toMatchObject({ status: 'removed', decision: { outcome: 'remove', decidedBy: `moderator:${m.id}` } });
      expect((await report('reader-4')).status).toBe(409);

      for (const token of [m.token, site.apiKey]) {
        const log = await svc.request('GET', `/v1/comments/${c.id}/log`, { token });
        expect(log.status).toBe(200);
        expect(log.body.items.map((e: { action: string; actor: string; fromStatus: string; toStatus: string }) => [e.action, e.actor, e.fromStatus, e.toStatus])).toEqual([
          ['screened', 'system', 'queued', 'approved'],
          ['report', 'site', 'approved', 'approved'],
          ['report', 'site', 'approved', 'approved'],
          ['reported', 'site', 'approved', 'held'],
          ['approve', `moderator:${m.id}`, 'held', 'approved'],
          ['report', 'site', 'approved', 'approved'],
          ['remove', `moderator:${m.id}`, 'approved', 'removed'],
        ]);
        const reasons = log.body.items.map((e: { reason: string | null }) => e.reason);
        expect(reasons).toContain('criticism of a politician, allowed');
        expect(reasons).toContain('legal asked us to take it down');
        expect(log.body.items.every((e: { at: string }) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
      }
      const events = await svc.sql('SELECT type FROM comment_events WHERE comment_id = $1 ORDER BY version', [c.id]);
      expect(events.map((e) => e.type)).toEqual(['comment.approved', 'comment.held', 'comment.approved', 'comment.removed']);
    });

    it('a moderator takes down an approved comment that nobody reported', async () => {
      const c = await decidedComment(svc, a, { text: 'A perfectly polite comment.' });
      expect(c.status).toBe('approved');
      const res = await decide(svc, modA.token, c.id, { outcome: 'remove' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'removed', decision: { outcome: 'remove', decidedBy: `moderator:${modA.id}` } });
      expect((await waitForDecision(svc, a, c.id)).status).toBe('removed');
      // approve/reject apply to held comments only.
      expect((await decide(svc, modA.token, c.id, { outcome: 'approve' })).status).toBe(409);
    });
  });

  describe('bad input', () => {
    it('answers a clear 4xx for unknown comments, malformed cursors, bad outcomes, long notes and other sites', async () => {
      const held = await heldComment(svc, a);
      const unknown = await decide(svc, modA.token, randomUUID(), { outcome: 'approve' });
      expect([unknown.status, unknown.body.code]).toEqual([404, 'comment_not_found']);
      expect((await decide(svc, modA.token, 'not-a-uuid', { outcome: 'approve' })).status).toBe(404);
      expect((await svc.request('POST', `/v1/review-queue/${randomUUID()}/claim`, { token: modA.token })).status).toBe(404);

      for (const cursor of ['garbage!', 'eyJ4IjoxfQ', Buffer.from('{"s":"severity","t":"x","i":"y"}').toString('base64url')]) {
        const r = await queue(svc, modA.token, `cursor=${encodeURIComponent(cursor)}`);
        expect([r.status, r.body.code]).toEqual([400, 'invalid_cursor']);
      }
      const badOutcome = await decide(svc, modA.token, held.id, { outcome: 'maybe' });
      expect(badOutcome.status).toBe(400);
      expect(badOutcome.body.message).toMatch(/outcome must be one of: approve, reject, remove/);
      const longNote = await decide(svc, modA.token, held.id, { outcome: 'approve', note: 'x'.repeat(2001) });
      expect(longNote.status).toBe(400);
      expect(longNote.body.message).toMatch(/note/);
      expect((await decide(svc, modA.token, held.id, { outcome: 'approve', extra: 1 })).status).toBe(400);
      expect((await decide(svc, modB.token, held.id, { outcome: 'approve' })).status).toBe(404);
      expect((await queue(svc, modA.token, 'limit=0')).status).toBe(400);
      expect((await queue(svc, modA.token, 'sort=newest')).status).toBe(400);
      expect((await queue(svc, modA.token, 'check=spam')).status).toBe(400);
      expect((await queue(svc, modA.token, 'siteId=nope')).status).toBe(400);
      const bulk = await svc.request('POST', '/v1/review-queue/decisions', { token: modB.token, body: { ids: [held.id], outcome: 'approve' } });
      expect(bulk.body.results[0]).toMatchObject({ id: held.id, ok: false, error: { statusCode: 404, code: 'comment_not_found' } });
      expect((await svc.request('POST', '/v1/review-queue/decisions', { token: modA.token, body: { ids: [], outcome: 'approve' } })).status).toBe(400);
      const badReport = await svc.request('POST', `/v1/comments/${held.id}/reports`, { token: a.apiKey, body: { reason: ' ' } });
      expect(badReport.status).toBe(400);
      // Still held: nothing above changed it.
      expect((await svc.request('GET', `/v1/comments/${held.id}`, { token: a.apiKey })).body.status).toBe('held');
    });
  });

  it('documents the review API in the OpenAPI document', async () => {
    const doc = await svc.request('GET', '/docs/openapi.json');
    expect(doc.status).toBe(200);
    for (const p of ['/v1/moderators', '/v1/auth/login', '/v1/review-queue', '/v1/review-queue/{id}/claim', '/v1/review-queue/decisions', '/v1/comments/{id}/decision', '/v1/comments/{id}/reports']) {
      expect(Object.keys(doc.body.paths)).toContain(p);
    }
  });

  it('exports queue size by site, held→decided time and decisions by moderator', async () => {
    const res = await svc.request('GET', '/metrics');
    expect(res.status).toBe(200);
    const text = res.body as string;
    expect(text).toMatch(new RegExp(`moderation_review_queue_size\\{site_id="${a.id}",view="held"\\} [1-9]`));
    expect(text).toMatch(new RegExp(`moderation_moderator_decisions_total\\{moderator="${modA.id}",outcome="remove"\\} [1-9]`));
    expect(text).toMatch(/moderation_review_seconds_count\{outcome="approve"\} [1-9]/);
  });
});
