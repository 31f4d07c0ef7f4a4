export * from './features';
export * from './hash';
export * from './logreg';
export * from './metrics';
