export * from './units';
export * from './color';
export * from './story';
export * from './display-list';
export * from './page';
export * from './press';
