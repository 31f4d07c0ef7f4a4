import { newSite, TestSite } from './support/factories';
import { heldComment, login, newModerator, queue, TestModerator } from './support/review-factories';
import { Service } from './support/service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Time-bound behaviour in real time, on a service configured with 2-second lifetimes.
describe('review: session, claim and login-throttle expiry', () => {
  let svc: Service;
  let site: TestSite;
  let m1: TestModerator;
  let m2: TestModerator;

  beforeAll(async () => {
    svc = await Service.start('review-session', {
      env: { SESSION_TTL_SECONDS: '2', CLAIM_TTL_SECONDS: '2', LOGIN_MAX_FAILURES: '2', LOGIN_WINDOW_SECONDS: '2' },
    });
    site = await newSite(svc);
    [m1, m2] = await Promise.all([newModerator(svc, [site.id], { login: false }), newModerator(svc, [site.id], { login: false })]);
  });
  afterAll(() => svc?.stop());

  it('an expired session gets 401, and the claim it took lapses so another moderator can take the item', async () => {
    const held = await heldComment(svc, site);
    const res = await svc.request('POST', '/v1/auth/login', { body: { email: m1.email, password: m1.password } });
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeLessThanOrEqual(2000);
    const t1 = res.body.token;
    const t2 = await login(svc, m2.email, m2.password);
    expect((await queue(svc, t1)).status).toBe(200);
    expect((await svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: t1 })).status).toBe(200);
    expect((await svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: t2 })).status).toBe(409);

    await sleep(2300);
    expect((await queue(svc, t1)).status).toBe(401);
    expect((await svc.request('POST', `/v1/comments/${held.id}/decision`, { token: t1, body: { outcome: 'approve' } })).status).toBe(401);
    const t3 = await login(svc, m2.email, m2.password);
    expect((await svc.request('POST', `/v1/review-queue/${held.id}/claim`, { token: t3 })).status).toBe(200);
  });

  it('the login throttle lifts when its window ends', async () => {
    const attempt = (password: string) => svc.request('POST', '/v1/auth/login', { body: { email: m1.email, password }, headers: { 'x-forwarded-for': '192.0.2.44' } });
    expect((await attempt('wrong-one')).status).toBe(401);
    expect((await attempt('wrong-two')).status).toBe(401);
    const blocked = await attempt(m1.password);
    expect(blocked.status).toBe(429);
    const wait = Number(blocked.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(2);
    await sleep(wait * 1000 + 300);
    expect((await attempt(m1.password)).status).toBe(200);
  });
});
