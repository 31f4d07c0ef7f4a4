import 'reflect-metadata';
import { getPriority, setPriority } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { moderationEngine } from '@app/comments';
import { APP_CONFIG, AppConfig } from '@app/config';
import { WorkerModule } from './worker.module';

// The worker: BullMQ processors and the sweeper, no HTTP server.
async function bootstrap(): Promise<void> {
  moderationEngine(); // load dictionaries and weights before taking jobs
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const { WORKER_NICE } = app.get<AppConfig>(APP_CONFIG);
  // Screening yields the CPU to intake on a shared machine: lower this process's priority by WORKER_NICE.
  if (WORKER_NICE > 0) setPriority(Math.min(19, getPriority() + WORKER_NICE));
  app.get(Logger).log('worker started');
  process.send?.({ type: 'ready' });
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
