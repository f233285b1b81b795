// shared/runtime: the only module that imports @actions/*.
export * from './inputs.js';
export * from './context.js';
export * from './octokit.js';
export * from './report.js';
export * from './run.js';

