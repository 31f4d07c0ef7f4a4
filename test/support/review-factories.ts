import { randomBytes } from 'node:crypto';
import { decidedComment, TestSite, uniqueId } from './factories';
import { Service, waitFor } from './service';

// Factories for the editorial-review suites (issue 4): moderators, sessions, held comments.

export interface TestModerator {
  id: string;
  email: string;
  password: string;
  token: string;
}

export async function newModerator(svc: Service, siteIds: string[], over: { role?: 'moderator' | 'admin'; login?: boolean } = {}): Promise<TestModerator> {
  const email = `${uniqueId('mod')}@newsroom.example`;
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const res = await svc.admin('POST', '/v1/moderators', { email, password, role: over.role ?? 'moderator', siteIds });
  if (res.status !== 201) throw new Error(`newModerator: ${res.status} ${JSON.stringify(res.body)}`);
  const token = over.login === false ? '' : await login(svc, email, password);
  return { id: res.body.id, email, password, token };
}

export async function login(svc: Service, email: string, password: string, ip = '198.51.100.7'): Promise<string> {
  const res = await svc.request('POST', '/v1/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': ip } });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** Text the screening engine holds (obscenity + personal attack), with evidence spans. */
export const OFFENSIVE = 'You are a fucking idiot, shut up.';

export async function heldComment(svc: Service, site: TestSite, over: Record<string, unknown> = {}) {
  const c = await decidedComment(svc, site, { text: OFFENSIVE, ...over });
  if (c.status !== 'held') throw new Error(`expected a held comment, got ${c.status}`);
  return c;
}

export async function queue(svc: Service, token: string, query = '') {
  return svc.request('GET', `/v1/review-queue${query ? `?${query}` : ''}`, { token });
}

export function decide(svc: Service, token: string, id: string, body: Record<string, unknown>) {
  return svc.request('POST', `/v1/comments/${id}/decision`, { token, body });
}

export async function waitForQueueSize(svc: Service, token: string, query: string, n: number) {
  return waitFor(
    async () => {
      const r = await queue(svc, token, `${query}&limit=100`);
      return r.status === 200 && r.body.items.length >= n ? r.body : null;
    },
    { timeoutMs: 60_000, intervalMs: 300, what: `${n} items in the review queue` },
  );
}
