#!/usr/bin/env node
// Process entry for the `holdout` command.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gitShow } from '../shared/baseline/local-git.js';
import type { RemoteFetcher } from '../shared/baseline/resolve.js';
import { runTask, workerScript } from '../shared/steps/worker.js';
import { runCli } from './main.js';

// Bundled at dist/cli/index.js, compiled at build/cli/bin.js: either way the examples are two levels up.
const here = dirname(fileURLToPath(import.meta.url));
const examplesDir = resolve(here, '../../examples');

// git: reads the local repository; artifact: and deployment: need GITHUB_TOKEN and GITHUB_REPOSITORY.
const remoteBaseline: RemoteFetcher = async (source) => {
  if (source.kind === 'git') return gitShow(process.cwd(), source.ref, source.path, source.spec);
  const token = process.env.GITHUB_TOKEN;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) return { missing: `${source.spec}: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) to read ${source.kind} baselines` };
  // Loaded on demand: most runs never talk to GitHub.
  const [{ createOctokit }, { fetchGitHubBaseline }] = await Promise.all([import('../shared/runtime/octokit.js'), import('../shared/github/baseline.js')]);
  const octokit = createOctokit({ token, apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' });
  return fetchGitHubBaseline(octokit, { owner, repo }, source, join(tmpdir(), `holdout-baseline-${process.pid}`));
};

const worker = workerScript(import.meta.url);
{
  const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  examplesDir,
  validateData: (input, hooks) => runTask('validateData', input, worker, hooks),
  // A status line only where a person watches: standard error on a terminal.
  statusLine: process.stderr.isTTY ? (text) => process.stderr.write(text === undefined ? '\r\x1b[2K' : `\r\x1b[2K${text.slice(0, (process.stderr.columns || 80) - 1)}`) : undefined,
  compareModels: (input) => runTask('compareModels', input, worker),
  remoteBaseline,
  });
  process.exitCode = code;
}
