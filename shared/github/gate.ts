// GitHub side of the gate: the facts an override rests on (label, who added
// it and when, the newest push, the actor's role), the check run (with
// annotations in batches of 50, or a commit status when checks: write is
// missing), and deployments that carry the production baseline.

import type { OverrideFacts } from '../gate/decision.js';
import type { Annotation } from '../results/annotation.js';
import type { Octokit } from '../runtime/octokit.js';
import type { DeploymentPayload } from '../baseline/payload.js';
import type { Repo } from './repo.js';

const status = (error: unknown) => (error as { status?: number })?.status;

export async function overrideFacts(octokit: Octokit, repo: Repo, pullNumber: number, label: string): Promise<OverrideFacts> {
  const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
  const present = pull.labels.some((l) => l.name === label);
  const events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: pullNumber, per_page: 100 });
  const labeled = events
    .filter((e) => e.event === 'labeled' && (e as { label?: { name?: string } }).label?.name === label)
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))[0];
  const facts: OverrideFacts = { label, present, pullRequestAuthor: pull.user?.login, labeledBy: labeled?.actor?.login, labeledAt: labeled?.created_at };
  // The newest push: when CI first ran on the head commit (GitHub's clock, not
  // the commit's own dates, which its author writes); else the commit date.
  try {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, head_sha: pull.head.sha, per_page: 100 });
    const first = data.workflow_runs.map((r) => r.created_at).sort()[0];
    if (first) {
      facts.lastPushAt = first;
      facts.lastPushSource = `first workflow run on ${pull.head.sha.slice(0, 12)}`;
    }
  } catch (error) {
    if (status(error) !== 403 && status(error) !== 404) throw error;
  }
  if (!facts.lastPushAt) {
    const commits = await octokit.paginate(octokit.rest.pulls.listCommits, { ...repo, pull_number: pullNumber, per_page: 100 });
    const head = commits.find((c) => c.sha === pull.head.sha) ?? commits.at(-1);
    const date = head?.commit.committer?.date;
    if (date) {
      facts.lastPushAt = date;
      facts.lastPushSource = `committer date of ${head!.sha.slice(0, 12)}`;
    }
  }
  if (facts.labeledBy) {
    try {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: facts.labeledBy });
      facts.actorRole = (data as { role_name?: string }).role_name ?? data.permission;
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
  }
  return facts;
}

export interface PublishedCheck {
  checkRunId?: number;
  /** Set when the check run could not be created and a commit status was written instead. */
  fallback?: string;
}

export async function publishCheck(
  octokit: Octokit,
  repo: Repo,
  sha: string,
  name: string,
  conclusion: 'success' | 'failure' | 'neutral',
  output: { title: string; summary: string; text?: string },
  annotations: readonly Annotation[],
  detailsUrl?: string,
): Promise<PublishedCheck> {
  const toCheck = (a: Annotation) => ({
    path: a.file ?? '.',
    start_line: a.line ?? 1,
    end_line: a.line ?? 1,
    annotation_level: a.level === 'error' ? ('failure' as const) : a.level === 'warning' ? ('warning' as const) : ('notice' as const),
    message: a.message.slice(0, 64 * 1024),
    title: a.title?.slice(0, 255),
  });
  const located = annotations.filter((a) => a.file).map(toCheck);
  const batches: Array<typeof located> = [];
  for (let i = 0; i < located.length; i += 50) batches.push(located.slice(i, i + 50));
  try {
    const { data } = await octokit.rest.checks.create({
      ...repo, name, head_sha: sha, status: 'completed', conclusion, details_url: detailsUrl,
      output: { ...output, annotations: batches[0] ?? [] },
    });
    for (const batch of batches.slice(1)) {
      await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: { title: output.title, summary: output.summary, annotations: batch } });
    }
    return { checkRunId: data.id };
  } catch (error) {
    if (status(error) !== 403) throw error;
    // No checks: write (e.g. a token without it): a commit status still blocks a protected branch.
    const state = conclusion === 'failure' ? 'failure' : 'success';
    await octokit.rest.repos.createCommitStatus({ ...repo, sha, state, context: name, description: output.title.slice(0, 140), target_url: detailsUrl });
    return { fallback: `could not create a check run (403: ${(error as Error).message}); wrote commit status "${name}" instead` };
  }
}

export async function createDeployment(octokit: Octokit, repo: Repo, sha: string, environment: string, payload: DeploymentPayload, description: string): Promise<number> {
  const { data } = await octokit.rest.repos.createDeployment({
    ...repo, ref: sha, environment, payload: payload as unknown as Record<string, unknown>, description: description.slice(0, 140),
    auto_merge: false, required_contexts: [], production_environment: environment === 'production' ? true : undefined,
  });
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${(data as { message?: string }).message ?? 'no id'}`);
  return data.id;
}

/** Marks the newest holdout deployment of this commit to the environment as succeeded or failed. */
export async function recordDeployment(octokit: Octokit, repo: Repo, sha: string, environment: string, state: 'success' | 'failure'): Promise<number | undefined> {
  const { data } = await octokit.rest.repos.listDeployments({ ...repo, sha, environment, per_page: 30 });
  const ours = data.find((d) => typeof d.payload === 'object' && d.payload !== null && 'holdout' in (d.payload as object));
  if (!ours) return undefined;
  await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: ours.id, state, description: state === 'success' ? 'deployed; these metrics are now the production baseline' : 'deploy failed; the previous baseline stays' });
  return ours.id;
}
