import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import Fastify, { FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { loggerOptions } from './logging.module';
import { installRequestLog, nestjsPinoStorage } from './request-log';

interface Line { level: number; msg: string; req?: { id: string; method: string; url: string }; res?: { statusCode: number }; responseTime?: number; err?: { message: string }; [k: string]: unknown }

/** A Fastify instance with the request log, writing through the same pino options as the services. */
async function build(level: string): Promise<{ app: FastifyInstance; lines: () => Line[]; logger: pino.Logger; nestLogger: PinoLogger; slowStarted: Promise<void> }> {
  let started!: () => void;
  const slowStarted = new Promise<void>((resolve) => (started = resolve));
  const out: string[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { out.push(String(chunk)); cb(); } });
  const logger = pino(loggerOptions('api', level), stream);
  // nestjs-pino's PinoLogger, as the controllers and Nest's Logger use it (its root is our logger).
  const nestLogger = new PinoLogger({ pinoHttp: { logger } } as never);
  const app = Fastify({
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID()),
  });
  installRequestLog(app, { logger });
  app.get('/ok', async () => {
    await new Promise((r) => setTimeout(r, 5));
    nestLogger.info({ token: 'tok-secret-1234' }, 'inside the handler');
    return { ok: true };
  });
  app.post('/comments', async (req, reply) => {
    nestjsPinoStorage().getStore()!.logger.warn({ body: req.body }, 'posted');
    return reply.status(202).send({ id: 1 });
  });
  app.post('/bad', async (_req, reply) => reply.status(400).send({ code: 'invalid' }));
  app.get('/boom', async () => {
    throw new Error('kaput');
  });
  app.get('/health/live', async () => ({ ok: true }));
  app.get('/metrics', async () => 'x 1');
  app.get('/slow', async () => {
    started();
    await new Promise((r) => setTimeout(r, 300));
    return { ok: true };
  });
  await app.ready();
  const lines = () => out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
  return { app, lines, logger, nestLogger, slowStarted };
}

describe('request log (Fastify hooks)', () => {
  it('writes one access line per request at info, with method, path, status, response time and request id', async () => {
    const { app, lines } = await build('info');
    const r = await app.inject({ method: 'GET', url: '/ok?token=abc', headers: { 'x-request-id': 'req-123', authorization: 'Bearer sk_live_secret' } });
    expect(r.statusCode).toBe(200);
    const access = lines().filter((l) => l.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 30, service: 'api', req: { id: 'req-123', method: 'GET', url: '/ok' }, res: { statusCode: 200 } });
    expect(Object.keys(access[0].req!).sort()).toEqual(['id', 'method', 'url']);
    expect(typeof access[0].responseTime).toBe('number');
    expect(access[0].responseTime).toBeGreaterThanOrEqual(4);
    await app.close();
  });

  it('carries the request in every line logged while handling it, across awaits and body parsing', async () => {
    const { app, lines } = await build('info');
    await app.inject({ method: 'GET', url: '/ok', headers: { 'x-request-id': 'req-inside' } });
    await app.inject({ method: 'POST', url: '/comments', headers: { 'x-request-id': 'req-post' }, payload: { text: 'hello' } });
    const inside = lines().find((l) => l.msg === 'inside the handler')!;
    expect(inside.req).toEqual({ id: 'req-inside', method: 'GET', url: '/ok' });
    const posted = lines().find((l) => l.msg === 'posted')!;
    expect(posted.req).toEqual({ id: 'req-post', method: 'POST', url: '/comments' });
    expect(posted.level).toBe(40);
    // Outside a request, the root logger (no req).
    const { nestLogger } = await build('info');
    expect(() => nestLogger.assign({ a: 1 })).toThrow(/out of request scope/);
    await app.close();
  });

  it('logs 4xx at warn, 5xx at error as "request errored", and skips health probes and metrics', async () => {
    const { app, lines } = await build('info');
    await app.inject({ method: 'POST', url: '/bad', payload: {} });
    await app.inject({ method: 'GET', url: '/boom' });
    await app.inject({ method: 'GET', url: '/health/live' });
    await app.inject({ method: 'GET', url: '/metrics' });
    await app.inject({ method: 'GET', url: '/nowhere' });
    const access = lines().filter((l) => /^request /.test(l.msg));
    expect(access.map((l) => [l.level, l.res?.statusCode, l.req?.url, l.msg])).toEqual([
      [40, 400, '/bad', 'request completed'],
      [50, 500, '/boom', 'request errored'],
      [40, 404, '/nowhere', 'request completed'],
    ]);
    expect(access[1].err).toMatchObject({ type: 'Error', message: 'failed with status code 500' });
    await app.close();
  });

  it('writes nothing for requests the level hides, and follows a level changed at run time', async () => {
    const { app, lines, logger } = await build('warn');
    await app.inject({ method: 'GET', url: '/ok' });
    await app.inject({ method: 'POST', url: '/bad', payload: {} });
    expect(lines().filter((l) => /^request /.test(l.msg)).map((l) => l.res?.statusCode)).toEqual([400]);
    logger.level = 'info';
    await app.inject({ method: 'GET', url: '/ok' });
    expect(lines().filter((l) => /^request /.test(l.msg)).map((l) => l.res?.statusCode)).toEqual([400, 200]);
    await app.close();
  });

  it('never writes an Authorization header, a token or a password', async () => {
    const { app, lines } = await build('info');
    await app.inject({ method: 'GET', url: '/ok', headers: { authorization: 'Bearer sk_live_secret', cookie: 'session=cookie-secret' } });
    await app.inject({ method: 'POST', url: '/comments', headers: { authorization: 'Bearer sk_live_secret' }, payload: { password: 'hunter2-password', token: 'tok-in-body' } });
    const text = JSON.stringify(lines());
    for (const secret of ['sk_live_secret', 'cookie-secret', 'tok-secret-1234', 'hunter2-password', 'tok-in-body']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    await app.close();
  });

  it('logs "request aborted" once when the client hangs up before the answer', async () => {
    const { app, lines, slowStarted } = await build('info');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1', () => socket.write('GET /slow HTTP/1.1\r\nHost: x\r\nx-request-id: req-gone\r\n\r\n'));
    await slowStarted; // the handler runs: hang up before its answer
    socket.destroy();
    for (let i = 0; i < 100 && !lines().some((l) => l.req?.id === 'req-gone'); i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500)); // the handler has finished by now
    const mine = lines().filter((l) => l.req?.id === 'req-gone');
    expect(mine.map((l) => l.msg)).toEqual(['request aborted']);
    await app.close();
  });
});
