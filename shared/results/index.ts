export * from './schema.js';
export * from './status.js';
export * from './io.js';
