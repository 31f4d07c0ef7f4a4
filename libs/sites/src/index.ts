export * from './site.entity';
export * from './api-key.entity';
export * from './api-key';
export * from './sites.errors';
export * from './sites.service';
export * from './sites.module';
