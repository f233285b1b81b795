// Retraining triggers: a repository_dispatch event (any workflow `on:
// repository_dispatch` with that type runs; the token needs contents: write)
// or a workflow_dispatch of one named workflow (actions: write). GitHub caps
// a repository_dispatch's client_payload at 10 top-level properties, and
// workflow_dispatch inputs are strings the workflow declares.

import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './repo.js';

export const MAX_CLIENT_PAYLOAD_KEYS = 10;

export async function sendRepositoryDispatch(octokit: Octokit, repo: Repo, eventType: string, clientPayload: Record<string, unknown>): Promise<void> {
  await octokit.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: clientPayload });
}

/** Runs `workflow` (its file name, e.g. retrain.yml, or its id) on `ref`, or on the default branch when no ref is given. */
export async function sendWorkflowDispatch(octokit: Octokit, repo: Repo, workflow: string, ref: string | undefined, inputs: Record<string, string>): Promise<string> {
  const on = ref ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch;
  await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, ref: on, inputs });
  return on;
}
