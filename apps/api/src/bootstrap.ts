import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, loadConfig } from '@app/config';
import { installRequestLog, REQUEST_ID_HEADER } from '@app/observability';
import { AppModule } from './app.module';
import { createValidationPipe, WellFormedStringsPipe } from './common/validation';
import { mountQueueDashboard } from './common/queue-dashboard';
import { CreateCommentDto, fastCreateCommentDto } from './comments/comments.dto';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Builds the api (not listening yet): used by main.ts and by the e2e suites. */
export async function createApiApp(): Promise<NestFastifyApplication> {
  const preConfig = loadConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: preConfig.MAX_BODY_BYTES,
    trustProxy: true,
    // Keep the client's request id when it is sane; it travels into the job data and the logs.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(new WellFormedStringsPipe(), createValidationPipe(new Map([[CreateCommentDto, fastCreateCommentDto]])));
  app.enableShutdownHooks();
  if (config.CORS_ORIGINS) app.enableCors({ origin: config.CORS_ORIGINS.split(',').map((o) => o.trim()), credentials: false });

  const fastify = app.getHttpAdapter().getInstance();
  // One access line per request, and the request's id on every line logged while handling it.
  if (!PinoLogger.root) throw new Error('the root logger is not built yet');
  installRequestLog(fastify, { logger: PinoLogger.root });
  // The API speaks JSON only: any other body is refused before parsing.
  fastify.addHook('onRequest', async (req, reply) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    const type = String(req.headers['content-type'] ?? '');
    if (hasBody && req.method !== 'GET' && !/^application\/json\s*(;|$)/i.test(type)) {
      await reply.status(415).type('application/json; charset=utf-8').send({
        statusCode: 415, error: 'Unsupported Media Type', code: 'unsupported_media_type',
        message: `request bodies must be application/json (got '${type.slice(0, 100) || 'none'}')`, requestId: String(req.id),
      });
    }
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    reply.header(REQUEST_ID_HEADER, req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    }
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await mountQueueDashboard(app, config.ADMIN_TOKEN);

  const doc = new DocumentBuilder()
    .setTitle('Comment moderation service')
    .setDescription('Intake, automatic screening, editorial review and signed webhooks for reader comments.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
