import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { moderationEngine } from '@app/comments';
import { WorkerModule } from './worker.module';

// The worker: BullMQ processors and the sweeper, no HTTP server.
async function bootstrap(): Promise<void> {
  moderationEngine(); // load dictionaries and weights before taking jobs
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('worker started');
  process.send?.({ type: 'ready' });
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
