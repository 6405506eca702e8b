export * from './contract';
export * from './contract-types';
export * from './result';
export * from './client';
