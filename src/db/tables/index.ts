export * from './admin';
export * from './ai';
export * from './core';
export * from './domain-events';
export * from './lists-events';
export * from './threads';
export * from './webhooks';
export * from './work-items';
