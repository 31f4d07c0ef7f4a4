import { newSite, postComment, TestSite, waitForDecision } from './support/factories';
import { Service } from './support/service';

describe('tenant isolation and API keys', () => {
  let svc: Service;
  let a: TestSite;
  let b: TestSite;

  beforeAll(async () => {
    svc = await Service.start('tenancy');
    [a, b] = await Promise.all([newSite(svc), newSite(svc)]);
  });
  afterAll(() => svc?.stop());

  it("does not show a comment to another site's key (404, as if unknown)", async () => {
    const posted = await postComment(svc, a, { externalId: 'shared-ext-1' });
    await waitForDecision(svc, a, posted.body.id);
    const other = await svc.request('GET', `/v1/comments/${posted.body.id}`, { token: b.apiKey });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('comment_not_found');
    expect((await svc.request('GET', '/v1/comments?externalId=shared-ext-1', { token: b.apiKey })).status).toBe(404);
    expect((await svc.request('GET', `/v1/comments/${posted.body.id}/log`, { token: b.apiKey })).status).toBe(404);
  });

  it('lets two sites use the same externalId independently', async () => {
    const x = await postComment(svc, a, { externalId: 'same-ext' });
    const y = await postComment(svc, b, { externalId: 'same-ext' });
    expect([x.status, y.status]).toEqual([202, 202]);
    expect(x.body.id).not.toBe(y.body.id);
  });

  it('rotates keys: a new key works, a revoked key gets 401, listings show prefixes only', async () => {
    const issued = await svc.admin('POST', `/v1/sites/${a.id}/api-keys`, { name: 'rotation' });
    expect(issued.status).toBe(201);
    expect(issued.body.key).toMatch(/^mk_/);
    const fresh = { ...a, apiKey: issued.body.key };
    expect((await postComment(svc, fresh)).status).toBe(202);
    const list = await svc.admin('GET', `/v1/sites/${a.id}/api-keys`);
    expect(list.body.items).toHaveLength(2);
    expect(JSON.stringify(list.body)).not.toContain(issued.body.key);
    expect((await svc.admin('DELETE', `/v1/sites/${a.id}/api-keys/${issued.body.id}`)).status).toBe(204);
    expect((await postComment(svc, fresh)).status).toBe(401);
    expect((await postComment(svc, a)).status).toBe(202);
  });

  it('stores API keys only as hashes', async () => {
    const rows = await svc.sql<{ key_hash: string; prefix: string }>('SELECT key_hash, prefix FROM api_keys');
    for (const r of rows) {
      expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(a.apiKey).not.toContain(r.key_hash);
    }
  });
});
