#!/usr/bin/env node
// Process entry for the `holdout` command.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTask, serveWorkerTask } from '../runtime/worker.js';
import { runCli } from './main.js';

// Bundled at dist/cli/index.js; compiled at build/shared/cli/bin.js. Examples sit at the repository root.
const here = dirname(fileURLToPath(import.meta.url));
const examplesDir = resolve(here, here.endsWith('/shared/cli') ? '../../../examples' : '../../examples');

if (!(await serveWorkerTask())) {
  const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  examplesDir,
  validateData: (input) => runTask('validateData', input, process.argv[1]),
  });
  process.exitCode = code;
}
