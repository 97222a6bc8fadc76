export * from './admin';
export * from './ai';
export * from './core';
export * from './lists-events';
export * from './threads';
export * from './work-items';
