export * from './principal';
export * from './auth.decorators';
export * from './auth.errors';
export * from './auth.guard';
