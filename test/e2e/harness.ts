// Runner harness: runs a built bundle as a child process the way the GitHub
// Actions runner does — INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, GITHUB_EVENT_PATH with a real webhook payload — on Node 24, and
// parses back outputs, annotations (workflow commands) and the summary.
// GITHUB_SHA, GITHUB_REF and the head/base refs follow the event exactly as
// GitHub sets them (eventEnvironment): on pull_request GITHUB_SHA is the test
// merge commit, which no step may mistake for the commit under review.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The Node 24 binary from the pinned npm `node` package (the runner's `node24`). */
export const NODE24 = join(ROOT, 'node_modules/node/bin/node');

export interface WebhookEvent {
  name: string;
  payload: Record<string, unknown>;
}

interface ExampleGroup {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

/** A payload from @octokit/webhooks-examples, optionally patched. */
export function webhookExample(name: string, action?: string, patch: (payload: Record<string, any>) => void = () => {}): WebhookEvent {
  const require = createRequire(import.meta.url);
  const groups = require('@octokit/webhooks-examples') as ExampleGroup[];
  const group = groups.find((g) => g.name === name);
  const example = group?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no webhook example for ${name}${action ? `.${action}` : ''}`);
  const payload = structuredClone(example) as Record<string, any>;
  patch(payload);
  return { name, payload };
}

/** A commit id the fake runner makes up for a commit the payload does not name (a test merge commit, a branch tip), stable per seed. */
export function madeUpCommit(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** The test merge commit GitHub creates for a pull request (refs/pull/N/merge): in no payload, never the head. */
export function testMergeCommit(payload: Record<string, any>): string {
  const pull = payload.pull_request ?? {};
  return madeUpCommit(`merge ${pull.head?.sha} into ${pull.base?.sha ?? pull.base?.ref}`);
}

/** The tip of the repository's default branch at the time of a run the payload does not pin (workflow_run, schedule). */
export function defaultBranchTip(payload: Record<string, any>): string {
  return madeUpCommit(`tip of ${payload.repository?.default_branch ?? 'main'}`);
}

/**
 * The runner's variables for an event, as GitHub documents them in "Events
 * that trigger workflows" (the GITHUB_SHA and GITHUB_REF columns) and
 * "Variables" (GITHUB_HEAD_REF / GITHUB_BASE_REF: only on pull_request and
 * pull_request_target):
 * - pull_request: the last merge commit on refs/pull/N/merge — not the head;
 * - pull_request_target: the last commit on the base branch, ref the base branch;
 * - merge_group: the merge group's SHA and ref (gh-readonly-queue/…);
 * - push: the tip commit pushed (after) and the updated ref;
 * - workflow_run, schedule: the default branch's last commit and the default branch;
 * - workflow_dispatch: the last commit on the dispatched ref.
 */
export function eventEnvironment(event: WebhookEvent): Record<string, string> {
  const p = event.payload as Record<string, any>;
  const defaultBranch = `refs/heads/${p.repository?.default_branch ?? 'main'}`;
  const env: Record<string, string> = { GITHUB_EVENT_NAME: event.name };
  const set = (sha: string | undefined, ref: string | undefined) => {
    if (sha) env.GITHUB_SHA = sha;
    if (ref) {
      env.GITHUB_REF = ref;
      env.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, '');
    }
  };
  switch (event.name) {
    case 'pull_request':
      set(testMergeCommit(p), `refs/pull/${p.pull_request?.number ?? p.number}/merge`);
      env.GITHUB_HEAD_REF = p.pull_request?.head?.ref ?? '';
      env.GITHUB_BASE_REF = p.pull_request?.base?.ref ?? '';
      break;
    case 'pull_request_target':
      set(p.pull_request?.base?.sha, `refs/heads/${p.pull_request?.base?.ref}`);
      env.GITHUB_HEAD_REF = p.pull_request?.head?.ref ?? '';
      env.GITHUB_BASE_REF = p.pull_request?.base?.ref ?? '';
      break;
    case 'merge_group':
      set(p.merge_group?.head_sha, p.merge_group?.head_ref);
      break;
    case 'push':
      set(p.after, p.ref);
      break;
    case 'workflow_dispatch':
      set(madeUpCommit(`tip of ${p.ref}`), p.ref);
      break;
    default:
      // workflow_run, schedule and the rest: the default branch.
      set(defaultBranchTip(p), defaultBranch);
  }
  return env;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug';
  message: string;
  properties: Record<string, string>;
}

export interface BundleRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  annotations: Annotation[];
  summary: string;
  /** Message of ::error commands without properties plus setFailed's. */
  failures: string[];
}

export interface RunBundleOptions {
  /** dist/<bundle>/index.js */
  bundle: string;
  inputs?: Record<string, string>;
  workspace: string;
  event?: WebhookEvent;
  apiUrl?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runBundle(options: RunBundleOptions): Promise<BundleRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'holdout-runner-'));
  const outputFile = join(runnerDir, 'output');
  const summaryFile = join(runnerDir, 'summary');
  const runnerTemp = join(runnerDir, 'temp');
  await mkdir(runnerTemp);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9/',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
  };
  if (options.event) {
    const eventPath = join(runnerDir, 'event.json');
    await writeFile(eventPath, JSON.stringify(options.event.payload));
    Object.assign(env, eventEnvironment(options.event));
    env.GITHUB_EVENT_PATH = eventPath;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value;
  Object.assign(env, options.env);

  const child = spawn(NODE24, [join(ROOT, 'dist', options.bundle, 'index.js')], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bundle ${options.bundle} timed out\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise(code);
    });
  });
  const annotations = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    annotations,
    summary: await readFile(summaryFile, 'utf8'),
    failures: annotations.filter((a) => a.level === 'error' && Object.keys(a.properties).length === 0).map((a) => a.message),
  };
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER` heredoc records (and plain `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseWorkflowCommands(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice|debug)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const part of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = part.indexOf('=');
      properties[part.slice(0, at)] = unescapeProperty(part.slice(at + 1));
    }
    out.push({ level: match[1] as Annotation['level'], message: unescapeData(match[3]!), properties });
  }
  return out;
}
