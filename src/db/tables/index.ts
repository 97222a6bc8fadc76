export * from './admin';
export * from './ai';
export * from './attachments';
export * from './core';
export * from './domain-events';
export * from './lists-events';
export * from './threads';
export * from './work-items';
