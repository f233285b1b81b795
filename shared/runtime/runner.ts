// The Actions runner's side of a step: inputs from INPUT_* variables,
// workflow commands on stdout (annotations, debug), outputs and the job
// summary through the files the runner names (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY). Written as @actions/core 3 writes them
// (lib/command.js, file-command.js, utils.js, summary.js; the runner's side:
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands),
// byte for byte — test/runtime/runner.test.ts holds each function to
// @actions/core's — without its import graph: @actions/core loads
// @actions/http-client, undici and @actions/exec at startup for calls no
// step makes (OIDC tokens, platform details), about half of an action's cold
// start.

import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** Where an annotation points (the subset of @actions/core's AnnotationProperties holdout uses). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/** An input's text as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed; '' when absent. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::command key=value,…::message` on stdout. A property without a value is
 * left out, but any properties at all put a space after the command (as
 * @actions/core does: `::error ::message` when all are empty).
 */
function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  let text = `::${command}`;
  if (Object.keys(properties).length > 0) {
    text += ' ' + Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  }
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function annotation(level: 'error' | 'warning' | 'notice', message: string, properties: AnnotationProperties = {}): void {
  const given = Object.keys(properties).length > 0;
  issueCommand(level, given ? { title: properties.title, file: properties.file, line: properties.startLine } : {}, message);
}

export function error(message: string, properties?: AnnotationProperties): void {
  annotation('error', message, properties);
}

export function warning(message: string, properties?: AnnotationProperties): void {
  annotation('warning', message, properties);
}

export function notice(message: string, properties?: AnnotationProperties): void {
  annotation('notice', message, properties);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Fails the step: exit code 1 and an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** A step output: `name<<delimiter` in GITHUB_OUTPUT, or the old set-output command where there is no such file. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends markdown and a line end to the job summary (GITHUB_STEP_SUMMARY). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  }
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown + EOL, { encoding: 'utf8' });
}
