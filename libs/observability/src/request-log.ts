import type { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger as PinoInstance } from 'pino';

/**
 * The api's request log, built on Fastify's own hooks instead of the pino-http middleware.
 *
 * pino-http, mounted as a Nest middleware, cost the api about a third of its CPU per POST
 * (docs/PERFORMANCE.md): Nest's middleware routing, a child logger per request built from the
 * serialised request, four listener closures, all of it even when the level hides the line.
 * This writes the same access line from an `onResponse` hook:
 *
 *   {"level":30,...,"req":{"id","method","url"},"res":{"statusCode"},"responseTime","msg":"request completed"}
 *
 * at info (2xx/3xx), warn (4xx) or error (5xx, "request errored"), skipping /health* and /metrics,
 * and a "request aborted" line when the client hangs up first. Logs written while handling a
 * request still carry its `req` ({ id, method, url }): the request runs inside nestjs-pino's
 * AsyncLocalStorage, with a store whose child logger is only built when something logs.
 */

/** The store nestjs-pino's PinoLogger reads (`store.logger`, and `assign` writes it). */
interface PinoStore {
  logger: PinoInstance;
  responseLogger?: PinoInstance;
}

/**
 * nestjs-pino's AsyncLocalStorage. Not exported by the package (its `exports` map hides
 * dist/), so it is loaded by file path; the unit test fails if a new version moves it.
 */
export function nestjsPinoStorage(): AsyncLocalStorage<PinoStore> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(path.dirname(require.resolve('nestjs-pino')), 'storage.js')) as { storage?: AsyncLocalStorage<PinoStore> };
  if (!mod.storage || typeof mod.storage.run !== 'function') throw new Error('nestjs-pino: storage.js no longer exports its AsyncLocalStorage');
  return mod.storage;
}

/** Per-request logging context: the child logger with `req` is made on first use only. */
class RequestLogStore implements PinoStore {
  private child: PinoInstance | undefined;
  responseLogger: PinoInstance | undefined = undefined;

  constructor(
    private readonly root: PinoInstance,
    private readonly id: string,
    private readonly method: string,
    private readonly url: string,
  ) {}

  get logger(): PinoInstance {
    return (this.child ??= this.root.child({ req: { id: this.id, method: this.method, url: this.url } }));
  }

  set logger(logger: PinoInstance) {
    this.child = logger;
  }
}

const ABORTED = Symbol('requestAborted');
type Level = 'info' | 'warn' | 'error';

/** Health probes and scrapes would drown the log. */
function isQuietPath(url: string): boolean {
  return url.startsWith('/health') || url === '/metrics';
}

/** What a line says of its request (the `req` serializer drops the query string). */
function reqFields(req: FastifyRequest): { id: string; method: string; url: string } {
  return { id: String(req.id), method: req.method, url: req.url };
}

function levelOf(statusCode: number): Level {
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

export interface RequestLogOptions {
  /** The root logger (nestjs-pino's `PinoLogger.root`). */
  logger: PinoInstance;
  /** Where the per-request context lives; nestjs-pino's storage by default. */
  storage?: AsyncLocalStorage<PinoStore>;
}

/** Installs the request log on a Fastify instance (before any route or plugin that should be logged). */
export function installRequestLog(fastify: FastifyInstance, options: RequestLogOptions): void {
  const root = options.logger;
  const storage = options.storage ?? nestjsPinoStorage();
  const values = root.levels.values;

  const enabled = (level: Level): boolean => values[level] >= root.levelVal; // read each time: the level can change at run time

  fastify.addHook('onRequest', (req: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    storage.run(new RequestLogStore(root, String(req.id), req.method, req.url), done);
  });
  fastify.addHook('onResponse', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const statusCode = reply.statusCode;
    const level = levelOf(statusCode);
    if (enabled(level) && !isQuietPath(req.url) && !(req as unknown as Record<symbol, boolean>)[ABORTED]) {
      const entry: Record<string, unknown> = { req: reqFields(req), res: { statusCode }, responseTime: Math.round(reply.elapsedTime) };
      if (statusCode >= 500) {
        // pino-http's line for a 5xx (the error itself is logged, with its stack, by the exception filter).
        entry.err = new Error(`failed with status code ${statusCode}`);
        root[level](entry, 'request errored');
      } else {
        root[level](entry, 'request completed');
      }
    }
    done();
  });
  // The client hung up before the answer: one line now, none when the handler finishes later.
  fastify.addHook('onRequestAbort', (req: FastifyRequest, done: () => void) => {
    (req as unknown as Record<symbol, boolean>)[ABORTED] = true;
    if (enabled('info') && !isQuietPath(req.url)) root.info({ req: reqFields(req) }, 'request aborted');
    done();
  });
}
