import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import Fastify from 'fastify';
import { installCheapAsyncResourceBind } from './async-resource-bind';

describe('installCheapAsyncResourceBind', () => {
  const original = AsyncResource.prototype.bind;
  afterAll(() => {
    AsyncResource.prototype.bind = original;
  });

  it('replaces bind once, where Node still has the deprecated accessor', () => {
    const nodeHasAccessor = typeof Object.getOwnPropertyDescriptor(new AsyncResource('x').bind(() => 1), 'asyncResource')?.get === 'function';
    expect(installCheapAsyncResourceBind()).toBe(nodeHasAccessor);
    expect(installCheapAsyncResourceBind()).toBe(false);
    if (nodeHasAccessor) expect(AsyncResource.prototype.bind).not.toBe(original);
  });

  it('runs the function in the async context the resource was made in', async () => {
    installCheapAsyncResourceBind();
    const als = new AsyncLocalStorage<string>();
    const bound = als.run('request-1', () => new AsyncResource('t').bind(() => als.getStore()));
    expect(als.getStore()).toBeUndefined();
    expect(bound()).toBe('request-1');
    expect(als.run('other', () => bound())).toBe('request-1');
    // From a later tick too.
    expect(await new Promise((resolve) => setImmediate(() => resolve(bound())))).toBe('request-1');
  });

  it('behaves like Node\'s bind: arguments, this, thisArg, length, asyncResource, errors', () => {
    installCheapAsyncResourceBind();
    const r = new AsyncResource('t');
    const fns = [
      function (this: unknown) { return [this, [...arguments]]; },
      function (this: unknown, _a: unknown) { return [this, [...arguments]]; },
      function (this: unknown, _a: unknown, _b: unknown) { return [this, [...arguments]]; },
      function (this: unknown, _a: unknown, _b: unknown, _c: unknown) { return [this, [...arguments]]; },
      function (this: unknown, _a: unknown, _b: unknown, _c: unknown, _d: unknown) { return [this, [...arguments]]; },
      function (this: unknown, _a: unknown, _b: unknown, _c: unknown, _d: unknown, _e: unknown) { return [this, [...arguments]]; },
    ] as Array<(...args: unknown[]) => unknown>;
    const self = { me: 1 };
    const fixed = { fixed: 1 };
    for (const fn of fns) {
      for (const mine of [r.bind(fn), (original as (fn: unknown) => (...a: unknown[]) => unknown).call(r, fn)]) {
        expect(mine.length).toBe(fn.length);
        expect(mine.call(self, 1)).toEqual([self, [1]]);
        expect(mine.call(self, 1, 2, 3, 4, 5, 6)).toEqual([self, [1, 2, 3, 4, 5, 6]]);
        expect(mine.call(self)).toEqual([self, []]);
      }
      expect((r.bind(fn) as unknown as { asyncResource: AsyncResource }).asyncResource).toBe(r);
      const withThis = (r.bind as (fn: unknown, thisArg: unknown) => (...a: unknown[]) => unknown)(fn, fixed);
      expect(withThis.length).toBe(fn.length);
      expect(withThis.call(self, 'a', 'b')).toEqual([fixed, ['a', 'b']]);
    }
    expect(() => r.bind('nope' as never)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }));
    const err = new Error('thrown');
    expect(() => r.bind(() => { throw err; })()).toThrow(err);
  });

  it('defines no deprecated accessor (the util.deprecate wrappers were the cost)', () => {
    installCheapAsyncResourceBind();
    const bound = new AsyncResource('t').bind((_e: unknown, _b: unknown) => 1);
    expect(Object.getOwnPropertyDescriptor(bound, 'asyncResource')?.get).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(bound, 'asyncResource')?.value).toBeInstanceOf(AsyncResource);
  });

  it('keeps the request context through Fastify\'s body parsing', async () => {
    expect(installCheapAsyncResourceBind() || (AsyncResource.prototype.bind as { cheap?: boolean }).cheap).toBe(true);
    const als = new AsyncLocalStorage<string>();
    const app = Fastify();
    app.addHook('onRequest', (req, _reply, done) => als.run(String(req.headers['x-ctx']), done));
    app.post('/', async (req) => ({ ctx: als.getStore(), body: req.body }));
    const answers = await Promise.all(['a', 'b', 'c'].map((ctx) => app.inject({ method: 'POST', url: '/', headers: { 'x-ctx': ctx }, payload: { n: ctx } })));
    expect(answers.map((a) => a.json())).toEqual(['a', 'b', 'c'].map((ctx) => ({ ctx, body: { n: ctx } })));
    await app.close();
  });
});
