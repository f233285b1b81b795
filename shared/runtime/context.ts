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
  sha?: string;
  ref?: string;
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
