import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule, Params } from 'nestjs-pino';
import pino from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_CONFIG, AppConfig } from '@app/config';

/** Paths pino blanks out: tokens, keys, passwords and secrets never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.body.password',
  'password',
  'secret',
  'apiKey',
  'token',
  '*.password',
  '*.secret',
  '*.apiKey',
  '*.token',
];

export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Log lines are buffered (4 KB) and flushed at least every 250 ms: one write per line costs a
 * syscall per request and per job, which showed up as the largest item in the worker's profile.
 * Flushed synchronously on exit.
 */
function bufferedStdout(): pino.DestinationStream {
  const dest = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const timer = setInterval(() => dest.flush(), 250);
  timer.unref();
  process.once('exit', () => {
    try {
      dest.flushSync();
    } catch {
      // stdout already closed
    }
  });
  return dest;
}

@Module({})
export class LoggingModule {
  /** Structured JSON logs (pino) with the service name; HTTP requests carry a request id. */
  static forRoot(service: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): Params => ({
            pinoHttp: [{
              level: config.LOG_LEVEL,
              base: { service, pid: process.pid },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              genReqId: (req: IncomingMessage) => {
                const given = req.headers[REQUEST_ID_HEADER];
                return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
              },
              customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: unknown) =>
                err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
              // Health probes and scrapes would drown the log.
              autoLogging: { ignore: (req: IncomingMessage) => !!req.url && (req.url.startsWith('/health') || req.url === '/metrics') },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
            }, bufferedStdout()],
          }),
        }),
      ],
    };
  }
}
