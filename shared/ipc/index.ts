export * from './contract';
export * from './contract-types';
export * from './result';
export * from './client';
export * from './command-names';
export * from './channels';
