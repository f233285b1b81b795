// shared/runtime: the only module that imports @actions/* (octokit.ts: @actions/github); runner.ts speaks the runner's protocol.
export * from './inputs.js';
export * from './context.js';
export * from './octokit.js';
export * from './report.js';
export * from './run.js';

