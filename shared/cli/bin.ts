#!/usr/bin/env node
// Process entry for the `holdout` command.
import { runCli } from './main.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
process.exitCode = code;
