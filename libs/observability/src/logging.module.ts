import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule, Params } from 'nestjs-pino';
import pino from 'pino';
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

/** The pino options of every process (also used by the request-log tests). */
export function loggerOptions(service: string, level: string): pino.LoggerOptions & { wrapSerializers: false } {
  return {
    level,
    base: { service, pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // The serializers below take the fields they need themselves; pino-http's wrappers would
    // first copy every header of a request into a new object on each access line.
    wrapSerializers: false,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  };
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
            // No pino-http middleware: the api's request log is `installRequestLog` (Fastify hooks,
            // request-log.ts), which costs far less per request. pino-http here only builds the root
            // logger that every PinoLogger and Nest Logger writes through.
            forRoutes: [],
            pinoHttp: [loggerOptions(service, config.LOG_LEVEL), bufferedStdout()],
          }),
        }),
      ],
    };
  }
}
