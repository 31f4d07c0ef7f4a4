import { DynamicModule, Global, Module } from '@nestjs/common';
import { loadConfig } from './config.schema';

/** Injection token for the validated configuration (`AppConfig`). */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  /** Validates `env` (process.env by default) once; the app refuses to boot when it is wrong. */
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: loadConfig(env ?? process.env) }],
      exports: [APP_CONFIG],
    };
  }
}
