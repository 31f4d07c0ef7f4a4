import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { MIGRATIONS } from './migrations';
import { runMigrationsLocked } from './migrate';

export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    extra: {
      max: config.DATABASE_POOL_SIZE,
      // Fail fast when Postgres is away, so the api can answer 503 instead of hanging.
      connectionTimeoutMillis: 3000,
      statement_timeout: 15000,
    },
  };
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config), autoLoadEntities: true }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        const config = options as DataSourceOptions & { runMigrations?: boolean };
        if (config.runMigrations !== false) {
          const applied = await runMigrationsLocked(dataSource);
          if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
        }
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
