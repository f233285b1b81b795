// The workflow run's context as a plain object, read once from the runner's
// environment, so the library below never touches process.env.

import { readFileSync } from 'node:fs';

export interface RunContext {
  workspace: string;
  eventName: string;
  /** The parsed webhook payload (GITHUB_EVENT_PATH), or {} outside Actions. */
  payload: Record<string, unknown>;
  repository?: { owner: string; repo: string };
  sha?: string;
  ref?: string;
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
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
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
    actor: env.GITHUB_ACTOR,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runnerTemp: env.RUNNER_TEMP,
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
  };
}
