export { createHateCheck, HateDetector } from './hate.check';
export type { HateVerdict } from './hate.check';
