export * from './devanagari';
export * from './roman';
export * from './tokens';
export * from './detect';
export * from './hindi-lexicon';
export * from './indic-model';
