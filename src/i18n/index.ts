export * from './locales';
export * from './catalogue';
export * from './format';
export * from './slug';
