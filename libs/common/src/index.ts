export * from './domain-error';
export * from './micro-batcher';
