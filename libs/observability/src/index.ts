export * from './logging.module';
export * from './shared-metrics.service';
export * from './observability.module';
export * from './request-log';
