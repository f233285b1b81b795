#!/usr/bin/env node
// Process entry for the `holdout` command: wires the real process (streams,
// terminal, worker thread, GitHub from the environment) into runCli.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mlflowFromEnvironment } from '../shared/mlflow/client.js';
import { sagemakerFromEnvironment } from '../shared/sagemaker/client.js';
import { taskRunner, workerScript } from '../shared/steps/worker.js';
import { runCli } from './main.js';

// Bundled at dist/cli/index.js, compiled at build/cli/bin.js: either way the examples are two levels up.
const here = dirname(fileURLToPath(import.meta.url));
const examplesDir = resolve(here, '../../examples');

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  examplesDir,
  tasks: taskRunner(workerScript(import.meta.url)),
  // A status line only where a person watches: standard error on a terminal.
  statusLine: process.stderr.isTTY ? (text) => process.stderr.write(text === undefined ? '\r\x1b[2K' : `\r\x1b[2K${text.slice(0, (process.stderr.columns || 80) - 1)}`) : undefined,
  mlflow: mlflowFromEnvironment(process.env),
  sagemaker: sagemakerFromEnvironment(process.env),
  env: process.env,
  // artifact: and deployment: baselines read GitHub with GITHUB_TOKEN; loaded on demand, as most runs never talk to GitHub.
  gitHub: async () => {
    const token = process.env.GITHUB_TOKEN;
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo) return undefined;
    const { createOctokit } = await import('../shared/runtime/octokit.js');
    return { octokit: createOctokit({ token, apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' }), repo: { owner, repo } };
  },
});
process.exitCode = code;
