import 'reflect-metadata';
import { APP_CONFIG, AppConfig } from '@app/config';
import { createApiApp } from './bootstrap';

async function bootstrap(): Promise<void> {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
  process.send?.({ type: 'ready', url: await app.getUrl() });
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(`api failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
