export * from './uuid';
export * from './migrate';
export * from './database.module';
export * from './migrations';
export * from './embedded/embedded-postgres';
export * from './embedded/local-redis';
export * from './embedded/dev-stack';
