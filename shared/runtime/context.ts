// The workflow run's context as a plain object, read once from the runner's
// environment, so the library below never touches process.env.

import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';

export interface RunContext {
  workspace: string;
  eventName: string;
  /** The parsed webhook payload (GITHUB_EVENT_PATH), or {} outside Actions (no GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  repository?: { owner: string; repo: string };
  /** GITHUB_SHA as the runner sets it: on pull_request the test merge commit, on workflow_run and schedule the default branch's tip. */
  sha?: string;
  ref?: string;
  /** The commit the run's results are about, from the event (subjectCommit): what every results document is stamped with and the gate gates. */
  commit?: string;
  /** The running workflow: its file (GITHUB_WORKFLOW_REF without `@ref`), else its name (GITHUB_WORKFLOW). */
  workflow?: string;
  actor?: string;
  runId?: number;
  runAttempt?: number;
  serverUrl: string;
  apiUrl: string;
  runnerTemp?: string;
  /** Link to this workflow run, when the environment gives enough to build it. */
  runUrl?: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = env.GITHUB_EVENT_PATH ? readEventPayload(env.GITHUB_EVENT_PATH) : {};
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined;
  const repository = owner && repo ? { owner, repo } : undefined;
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repository,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    commit: subjectCommit(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_SHA),
    workflow: env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '') || env.GITHUB_WORKFLOW || undefined,
    actor: env.GITHUB_ACTOR,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runnerTemp: env.RUNNER_TEMP,
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
  };
}

/**
 * The commit a run's results are about, determined from the event the way
 * GitHub defines it ("Events that trigger workflows"), in this one place:
 *
 * - pull_request, pull_request_target: the pull request's head
 *   (payload.pull_request.head.sha). GITHUB_SHA is the test merge commit
 *   (refs/pull/N/merge) on pull_request and the base branch's tip on
 *   pull_request_target: neither is the code under review.
 * - merge_group: the queue's head (payload.merge_group.head_sha), which is
 *   GITHUB_SHA too.
 * - workflow_run: the triggering run's head (payload.workflow_run.head_sha);
 *   GITHUB_SHA is the default branch's tip.
 * - push, workflow_dispatch, schedule and every other event: GITHUB_SHA.
 *
 * A pull request or merge group event whose payload lacks the head is
 * undefined, never GITHUB_SHA: a result stamped with the merge commit would
 * fail the gate's integrity check on every pull request.
 */
export function subjectCommit(eventName: string, payload: Record<string, unknown>, githubSha: string | undefined): string | undefined {
  const sha = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  const at = (key: string, field: string) => {
    const object = payload[key];
    return typeof object === 'object' && object !== null ? sha((object as Record<string, unknown>)[field]) : undefined;
  };
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const pull = payload.pull_request as { head?: { sha?: unknown } } | undefined;
      return sha(pull?.head?.sha);
    }
    case 'merge_group':
      return at('merge_group', 'head_sha');
    case 'workflow_run':
      return at('workflow_run', 'head_sha');
    default:
      return sha(githubSha);
  }
}

/**
 * The checked-out commit of a directory (`git rev-parse HEAD`), for runs
 * outside Actions; undefined when the directory is not in a git repository
 * or git is not installed — results then carry no commit, and a gate that
 * is given one refuses them.
 */
export async function checkedOutCommit(cwd: string): Promise<string | undefined> {
  // node:child_process is loaded here, not at startup: an action never asks git (a few ms of every cold start).
  const { execFile } = await import('node:child_process');
  return new Promise((resolvePromise) => {
    execFile('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd, encoding: 'utf8', timeout: 10_000 }, (error, stdout) => {
      const sha = typeof stdout === 'string' ? stdout.trim() : '';
      resolvePromise(!error && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined);
    });
  });
}

/**
 * The webhook payload at GITHUB_EVENT_PATH. A path that is set but cannot be
 * read, or does not hold a JSON object, is an error naming the path: read as
 * {}, report and gate would silently find no pull request.
 */
function readEventPayload(path: string): Record<string, unknown> {
  const fail = (why: string) => new ConfigurationError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${why}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : message);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw fail(`not JSON (${(error as Error).message})`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw fail('not a JSON object');
  return payload as Record<string, unknown>;
}
