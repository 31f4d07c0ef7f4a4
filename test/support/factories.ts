import { randomBytes } from 'node:crypto';
import { Service, waitFor } from './service';

export interface TestSite {
  id: string;
  apiKey: string;
  domains: string[];
}

let seq = 0;
export const uniqueId = (prefix = 'c') => `${prefix}-${Date.now().toString(36)}-${(++seq).toString(36)}-${randomBytes(3).toString('hex')}`;

export async function newSite(svc: Service, over: { name?: string; domains?: string[]; policy?: unknown } = {}): Promise<TestSite> {
  const domains = over.domains ?? [`${uniqueId('site')}.example.com`];
  const res = await svc.admin('POST', '/v1/sites', { name: over.name ?? 'Test Daily', domains, ...(over.policy ? { policy: over.policy } : {}) });
  if (res.status !== 201) throw new Error(`newSite: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, apiKey: res.body.apiKey, domains };
}

export function commentBody(over: Record<string, unknown> = {}) {
  return { externalId: uniqueId(), text: 'Thoughtful piece, thanks for the reporting.', author: { id: uniqueId('reader'), name: 'Reader' }, ...over };
}

export async function postComment(svc: Service, site: TestSite, over: Record<string, unknown> = {}) {
  return svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody(over) });
}

/** Posts a comment and waits until the worker has decided it. */
export async function decidedComment(svc: Service, site: TestSite, over: Record<string, unknown> = {}, timeoutMs = 20_000) {
  const posted = await postComment(svc, site, over);
  if (posted.status !== 202) throw new Error(`post: ${posted.status} ${JSON.stringify(posted.body)}`);
  return waitForDecision(svc, site, posted.body.id, timeoutMs);
}

export async function waitForDecision(svc: Service, site: TestSite, id: string, timeoutMs = 20_000) {
  return waitFor(
    async () => {
      const r = await svc.request('GET', `/v1/comments/${id}`, { token: site.apiKey });
      return r.status === 200 && r.body.status !== 'queued' ? r.body : null;
    },
    { timeoutMs, what: `decision of comment ${id}` },
  );
}

/** Posts n comments (a mix of clean, insulting and linking ones) with `concurrency` clients; returns their ids. */
export async function postMany(svc: Service, site: TestSite, n: number, concurrency = 20): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        const text = next % 3 === 0 ? 'you are an idiot' : next % 3 === 1 ? 'Good article, well argued.' : 'see cheap-pills.ru';
        const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, body: commentBody({ text }) });
        if (r.status !== 202) throw new Error(`POST ${r.status} ${JSON.stringify(r.body)}`);
        ids.push(r.body.id);
      }
    }),
  );
  return ids;
}
