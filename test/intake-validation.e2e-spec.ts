import { commentBody, newSite, postComment, TestSite, uniqueId } from './support/factories';
import { Service } from './support/service';

describe('bad input gets a clear JSON 4xx and never crashes anything', () => {
  let svc: Service;
  let site: TestSite;

  beforeAll(async () => {
    svc = await Service.start('intake-validation');
    site = await newSite(svc);
  });
  afterAll(() => svc?.stop());

  const post = (body: unknown) => svc.request('POST', '/v1/comments', { token: site.apiKey, body });

  it.each([
    ['missing text', { externalId: 'x1', author: { id: 'a' } }, /text/],
    ['missing externalId', { text: 'hi', author: { id: 'a' } }, /externalId/],
    ['missing author', { externalId: 'x2', text: 'hi' }, /author/],
    ['author.id missing', { externalId: 'x3', text: 'hi', author: {} }, /author\.id|id/],
    ['text is a number', { externalId: 'x4', text: 42, author: { id: 'a' } }, /text must be a string/],
    ['author is a string', { externalId: 'x5', text: 'hi', author: 'bob' }, /author/],
    ['externalId is an object', { externalId: { a: 1 }, text: 'hi', author: { id: 'a' } }, /externalId/],
    ['blank text', { externalId: 'x6', text: '   ', author: { id: 'a' } }, /blank/],
    ['unknown top-level field', { externalId: 'x7', text: 'hi', author: { id: 'a' }, score: 1 }, /score should not exist/],
    ['unknown nested field', { externalId: 'x8', text: 'hi', author: { id: 'a', admin: true } }, /admin should not exist/],
    ['articleUrl not a URL', { externalId: 'x9', text: 'hi', author: { id: 'a' }, articleUrl: 'javascript:alert(1)' }, /articleUrl/],
    ['body is an array', [1, 2, 3], /./],
  ])('400 for %s', async (_name, body, pattern) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ statusCode: 400, code: expect.any(String), message: expect.stringMatching(pattern) });
  });

  it('400 for text over the 10,000-character limit', async () => {
    const r = await post(commentBody({ text: 'a'.repeat(10_001) }));
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('text_too_long');
    expect((await post(commentBody({ text: 'b'.repeat(10_000) }))).status).toBe(202);
  });

  it('413 for a body over 64 KB', async () => {
    const r = await post(commentBody({ text: 'x'.repeat(70_000) }));
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('body_too_large');
  });

  it('400 for malformed JSON', async () => {
    const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, raw: '{"externalId": "a", "text": ' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('malformed_json');
  });

  it('415 for a body that is not JSON', async () => {
    const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, raw: 'text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r.status).toBe(415);
    expect(r.body.statusCode).toBe(415);
  });

  it('400 for strings with lone UTF-16 surrogates', async () => {
    const raw = `{"externalId":"${uniqueId()}","text":"bad \\ud800 text","author":{"id":"a"}}`;
    const r = await svc.request('POST', '/v1/comments', { token: site.apiKey, raw });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid_unicode');
    expect(r.body.message).toContain('body.text');
  });

  it('400 for NUL characters and for absurdly deep nesting', async () => {
    const nul = await svc.request('POST', '/v1/comments', { token: site.apiKey, raw: `{"externalId":"${uniqueId()}","text":"a\\u0000b","author":{"id":"a"}}` });
    expect(nul.status).toBe(400);
    expect(nul.body.code).toBe('invalid_character');
    const deep = await svc.request('POST', '/v1/comments', { token: site.apiKey, raw: '['.repeat(20_000) + ']'.repeat(20_000) });
    expect(deep.status).toBe(400);
    const deepPatch = await svc.admin('PATCH', `/v1/sites/${site.id}`, JSON.parse('{"policy":' + '{"a":'.repeat(200) + '1' + '}'.repeat(200) + '}'));
    expect(deepPatch.status).toBe(400);
    expect(deepPatch.body.code).toBe('too_deep');
  });

  it('409 when an externalId is reused with different text, 200 with the same', async () => {
    const body = commentBody();
    expect((await post(body)).status).toBe(202);
    const again = await post(body);
    expect(again.status).toBe(200);
    const conflict = await post({ ...body, text: 'something else entirely' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('external_id_conflict');
  });

  it('401 for a missing, malformed or wrong token', async () => {
    const body = commentBody();
    expect((await svc.request('POST', '/v1/comments', { body })).status).toBe(401);
    expect((await svc.request('POST', '/v1/comments', { body, headers: { authorization: 'Basic abc' } })).status).toBe(401);
    const wrong = await svc.request('POST', '/v1/comments', { body, token: 'mk_aaaaaaaaaaaa_' + 'A'.repeat(43) });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'unauthorized' });
  });

  it('403 when a site key calls an admin endpoint; 400 for an invalid policy', async () => {
    expect((await svc.request('GET', '/v1/sites', { token: site.apiKey })).status).toBe(403);
    const bad = await svc.admin('POST', '/v1/sites', { name: 'x', domains: ['x.com'], policy: { mode: 'sometimes', checks: { links: { threshold: 7 } } } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_policy');
    expect(bad.body.message).toMatch(/policy\.mode/);
    expect(bad.body.message).toMatch(/policy\.checks\.links\.threshold/);
  });

  it('404 for an unknown id, a malformed id, and an unknown route', async () => {
    expect((await svc.request('GET', '/v1/comments/00000000-0000-7000-8000-000000000000', { token: site.apiKey })).status).toBe(404);
    expect((await svc.request('GET', '/v1/comments/not-a-uuid', { token: site.apiKey })).status).toBe(404);
    expect((await svc.request('GET', '/v1/nothing-here', { token: site.apiKey })).status).toBe(404);
  });

  it('is still healthy and accepting after all of the above', async () => {
    expect((await svc.request('GET', '/health/ready')).status).toBe(200);
    expect((await postComment(svc, site)).status).toBe(202);
  });
});
