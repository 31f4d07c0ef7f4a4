import { decidedComment, newSite, postComment, TestSite, uniqueId, waitForDecision } from './support/factories';
import { Service } from './support/service';

describe('comment lifecycle (real api + worker, Postgres, Redis)', () => {
  let svc: Service;
  let site: TestSite;

  beforeAll(async () => {
    svc = await Service.start('lifecycle');
    site = await newSite(svc, { domains: ['dailyexample.com'] });
  });
  afterAll(() => svc?.stop());

  it('answers 202 queued, then approves a clean comment', async () => {
    const posted = await postComment(svc, site, { text: 'A careful, well sourced article. Thank you.' });
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ id: expect.any(String), status: 'queued' });
    const c = await waitForDecision(svc, site, posted.body.id);
    expect(c.status).toBe('approved');
    expect(c.decision).toMatchObject({ outcome: 'approve', decidedBy: 'system', reasons: [] });
  });

  it('holds obvious profanity with an evidence span into the original text', async () => {
    const text = 'What a load of shit this is.';
    const c = await decidedComment(svc, site, { text });
    expect(c.status).toBe('held');
    const obscenity = c.decision.reasons.find((r: { check: string }) => r.check === 'obscenity');
    expect(obscenity).toBeDefined();
    for (const e of obscenity.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('holds an outside link but not a link to the site itself', async () => {
    const held = await decidedComment(svc, site, { text: 'Read the truth at truthseekers.info today' });
    expect(held.status).toBe('held');
    expect(held.decision.reasons.map((r: { check: string }) => r.check)).toContain('links');
    const own = await decidedComment(svc, site, { text: 'Earlier coverage: https://www.dailyexample.com/2026/budget' });
    expect(own.status).toBe('approved');
  });

  it('holds an obvious insult aimed at another reader', async () => {
    const c = await decidedComment(svc, site, { text: 'You are an idiot and everyone knows it.' });
    expect(c.status).toBe('held');
    expect(c.decision.reasons.map((r: { check: string }) => r.check)).toContain('personal_attack');
  });

  it('rejects outright when the policy says reject for a check', async () => {
    const strict = await newSite(svc, { policy: { checks: { links: { action: 'reject' } } } });
    const c = await decidedComment(svc, strict, { text: 'cheap pills at pharma-deals.ru' });
    expect(c.status).toBe('rejected');
  });

  it('holds every comment in pre-moderation mode', async () => {
    const pre = await newSite(svc, { policy: { mode: 'pre' } });
    const c = await decidedComment(svc, pre, { text: 'Lovely weather for the match.' });
    expect(c.status).toBe('held');
    expect(c.decision.reasons).toEqual([]);
  });

  it('applies a policy change made with PATCH to later comments', async () => {
    const s = await newSite(svc);
    const patched = await svc.admin('PATCH', `/v1/sites/${s.id}`, { policy: { mode: 'pre' } });
    expect(patched.status).toBe(200);
    expect(patched.body.policy.mode).toBe('pre');
    const c = await decidedComment(svc, s, { text: 'Nice.' });
    expect(c.status).toBe('held');
  });

  it('finds a comment by externalId and records every step in the log', async () => {
    const externalId = uniqueId('ext');
    const posted = await postComment(svc, site, { externalId, text: 'You moron.' });
    await waitForDecision(svc, site, posted.body.id);
    const byExt = await svc.request('GET', `/v1/comments?externalId=${encodeURIComponent(externalId)}`, { token: site.apiKey });
    expect(byExt.status).toBe(200);
    expect(byExt.body.id).toBe(posted.body.id);
    const log = await svc.request('GET', `/v1/comments/${posted.body.id}/log`, { token: site.apiKey });
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([expect.objectContaining({ actor: 'system', action: 'screened', fromStatus: 'queued', toStatus: byExt.body.status })]);
    const rows = await svc.sql('SELECT type, version FROM comment_events WHERE comment_id = $1', [posted.body.id]);
    expect(rows).toEqual([{ type: `comment.${byExt.body.status}`, version: 2 }]);
  });

  it('refuses to change or delete moderation log rows (append-only)', async () => {
    const c = await decidedComment(svc, site, { text: 'Fine.' });
    await expect(svc.sql(`UPDATE moderation_log SET action = 'x' WHERE comment_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(svc.sql(`DELETE FROM moderation_log WHERE comment_id = $1`, [c.id])).rejects.toThrow(/append-only/);
  });

  it('reports health, readiness, metrics and the OpenAPI document', async () => {
    expect((await svc.request('GET', '/health/live')).status).toBe(200);
    const ready = await svc.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toMatchObject({ postgres: 'up', redis: 'up' });
    const metrics = await svc.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    for (const name of ['moderation_comments_received_total', 'moderation_queue_depth', 'moderation_decisions_total', 'moderation_screening_seconds_bucket']) {
      expect(metrics.body).toContain(name);
    }
    const doc = await svc.request('GET', '/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/sites', '/v1/comments', '/v1/comments/{id}']));
  });
});
