import { AsyncResource } from 'node:async_hooks';

/**
 * A cheaper `AsyncResource.prototype.bind` for the api process.
 *
 * Fastify binds one callback per request body (`new AsyncResource(...).bind(onDone)` in its
 * content-type parser). On Node 20-22 every `bind()` builds two `util.deprecate` wrappers for the
 * deprecated `asyncResource` accessor (DEP0172) and redefines the function's `length`, which turns
 * the function into a slow dictionary object: about 50 µs per call on the bench machine against
 * 0.3 µs for the bound function alone, and 3-4 % of the api's CPU in a profile of intake.
 *
 * This does what Node's `bind` does, with the same observable result apart from the deprecation
 * warning: the function runs `fn` in the resource's async scope with the caller's `this` (or
 * `thisArg`) and arguments, its `length` is `fn.length` (wrappers of the right arity up to 4, so
 * no redefinition), and `asyncResource` is the resource (a plain property instead of a deprecated
 * accessor). Installed only when the running Node still has the accessor.
 */
export function installCheapAsyncResourceBind(): boolean {
  const probe = new AsyncResource('probe').bind(() => undefined) as unknown as Record<string, unknown>;
  const descriptor = Object.getOwnPropertyDescriptor(probe, 'asyncResource');
  if (!descriptor || typeof descriptor.get !== 'function' || (AsyncResource.prototype.bind as { cheap?: boolean }).cheap) return false;
  const original = AsyncResource.prototype.bind as (this: AsyncResource, fn: unknown, thisArg?: unknown) => unknown;
  const bind = function bind<F extends (...args: any[]) => any>(this: AsyncResource, fn: F, thisArg?: unknown): F & { asyncResource: AsyncResource } {
    if (typeof fn !== 'function' || fn.length > 4) return original.call(this, fn, thisArg) as F & { asyncResource: AsyncResource };
    const resource = this;
    const scope = resource.runInAsyncScope;
    let bound: (...args: any[]) => unknown;
    if (thisArg !== undefined) {
      switch (fn.length) {
        case 0: bound = function () { return Reflect.apply(scope, resource, [fn, thisArg, ...arguments]); }; break;
        case 1: bound = function (_a: unknown) { return Reflect.apply(scope, resource, [fn, thisArg, ...arguments]); }; break;
        case 2: bound = function (_a: unknown, _b: unknown) { return Reflect.apply(scope, resource, [fn, thisArg, ...arguments]); }; break;
        case 3: bound = function (_a: unknown, _b: unknown, _c: unknown) { return Reflect.apply(scope, resource, [fn, thisArg, ...arguments]); }; break;
        default: bound = function (_a: unknown, _b: unknown, _c: unknown, _d: unknown) { return Reflect.apply(scope, resource, [fn, thisArg, ...arguments]); };
      }
    } else {
      switch (fn.length) {
        case 0: bound = function (this: unknown) { return Reflect.apply(scope, resource, [fn, this, ...arguments]); }; break;
        case 1: bound = function (this: unknown, _a: unknown) { return Reflect.apply(scope, resource, [fn, this, ...arguments]); }; break;
        case 2: bound = function (this: unknown, _a: unknown, _b: unknown) { return Reflect.apply(scope, resource, [fn, this, ...arguments]); }; break;
        case 3: bound = function (this: unknown, _a: unknown, _b: unknown, _c: unknown) { return Reflect.apply(scope, resource, [fn, this, ...arguments]); }; break;
        default: bound = function (this: unknown, _a: unknown, _b: unknown, _c: unknown, _d: unknown) { return Reflect.apply(scope, resource, [fn, this, ...arguments]); };
      }
    }
    (bound as unknown as { asyncResource: AsyncResource }).asyncResource = resource;
    return bound as unknown as F & { asyncResource: AsyncResource };
  };
  (bind as { cheap?: boolean }).cheap = true;
  AsyncResource.prototype.bind = bind as typeof AsyncResource.prototype.bind;
  return true;
}
