export * from './common';
export * from './site';
export * from './project';
export * from './publication';
export * from './page';
