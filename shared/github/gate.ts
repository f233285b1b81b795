// GitHub side of the gate: the facts an override rests on (label, who added
// it and when, the newest push as GitHub recorded it, the actor's role), the check run (with
// annotations in batches of 50, or a commit status when checks: write is
// missing), and deployments that carry the production baseline.

import type { OverrideFacts } from '../gate/decision.js';
import type { Annotation } from '../results/annotation.js';
import type { Octokit } from '../runtime/octokit.js';
import type { DeploymentPayload } from '../baseline/payload.js';
import type { Repo } from './repo.js';

const status = (error: unknown) => (error as { status?: number })?.status;

/** Timeline entries the override reads: each with GitHub's own clock (created_at), never a commit's dates. */
interface TimelineEvent {
  event?: string;
  created_at?: string;
  actor?: { login?: string } | null;
  label?: { name?: string };
  commit_id?: string | null;
}

/**
 * The facts an override rests on, all recorded by GitHub itself:
 * - who added the label and when: the newest `labeled` event for it in the
 *   pull request's timeline (actor and created_at);
 * - when the head last changed: the newest activity GitHub records on the
 *   head branch (the repository activity API: push, force_push,
 *   branch_creation with GitHub's timestamp, in the head repository) and any
 *   head_ref_force_pushed / head_ref_restored event in the timeline. That
 *   activity must have moved the branch to the pull request's head; if it
 *   did not, or cannot be read, the time of the newest push is unknown and
 *   the override is refused, naming the permission.
 * Never a commit's author or committer date (its author writes them), and
 * never the first workflow run on the head commit (a commit can run CI on
 * another branch long before it is pushed here).
 */
export async function overrideFacts(octokit: Octokit, repo: Repo, pullNumber: number, label: string): Promise<OverrideFacts> {
  const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
  const present = pull.labels.some((l) => l.name === label);
  const facts: OverrideFacts = { label, present, pullRequestAuthor: pull.user?.login, headSha: pull.head.sha };
  if (!present) return facts;

  let timeline: TimelineEvent[];
  try {
    timeline = (await octokit.paginate(octokit.rest.issues.listEventsForTimeline, { ...repo, issue_number: pullNumber, per_page: 100 })) as TimelineEvent[];
  } catch (error) {
    if (status(error) !== 403 && status(error) !== 404) throw error;
    facts.unknown = `cannot read the timeline of pull request #${pullNumber} (${status(error)}), so who added the label and when cannot be verified: the token needs pull-requests: read (or issues: read)`;
    return facts;
  }
  const at = (e: TimelineEvent) => Date.parse(e.created_at ?? '');
  const labeled = timeline
    .filter((e) => e.event === 'labeled' && e.label?.name === label && e.created_at)
    .reduce<TimelineEvent | undefined>((newest, e) => (!newest || at(e) >= at(newest) ? e : newest), undefined);
  facts.labeledBy = labeled?.actor?.login;
  facts.labeledAt = labeled?.created_at;

  const changes: Array<{ at: string; source: string }> = [];
  for (const e of timeline) {
    if ((e.event === 'head_ref_force_pushed' || e.event === 'head_ref_restored') && e.created_at) changes.push({ at: e.created_at, source: `${e.event.replace(/_/g, ' ')} by @${e.actor?.login ?? 'unknown'}` });
  }
  const headRepo = pull.head.repo?.full_name;
  const ref = `refs/heads/${pull.head.ref}`;
  if (!headRepo) {
    facts.unknown = `the head repository of pull request #${pullNumber} is gone, so when its head was last pushed cannot be established`;
    return facts;
  }
  const [owner, name] = headRepo.split('/') as [string, string];
  try {
    const { data } = await octokit.rest.repos.listActivities({ owner, repo: name, ref, direction: 'desc', per_page: 100 });
    const onRef = data.filter((a) => a.ref === ref && a.activity_type !== 'branch_deletion').sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
    const newest = onRef[0];
    if (!newest) {
      facts.unknown = `GitHub records no push to ${headRepo}:${pull.head.ref}, so when the head ${pull.head.sha.slice(0, 12)} was pushed cannot be established`;
    } else if (newest.after !== pull.head.sha) {
      facts.unknown = `the newest push GitHub records on ${headRepo}:${pull.head.ref} (${newest.timestamp}) moved it to ${newest.after.slice(0, 12)}, not the pull request's head ${pull.head.sha.slice(0, 12)}`;
    } else {
      changes.push({ at: newest.timestamp, source: `${newest.activity_type.replace(/_/g, ' ')} of ${newest.after.slice(0, 12)} to ${headRepo}:${pull.head.ref}${newest.actor ? ` by @${newest.actor.login}` : ''}` });
    }
  } catch (error) {
    if (status(error) !== 403 && status(error) !== 404) throw error;
    facts.unknown = `cannot read the repository activity of ${headRepo} (${status(error)}), so when the head ${pull.head.sha.slice(0, 12)} was pushed cannot be established: the token needs contents: read on ${headRepo}`;
  }
  const newestChange = changes.reduce<{ at: string; source: string } | undefined>((n, c) => (!n || Date.parse(c.at) > Date.parse(n.at) ? c : n), undefined);
  if (newestChange && !facts.unknown) {
    facts.lastPushAt = newestChange.at;
    facts.lastPushSource = newestChange.source;
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

/** Creates the deployment that carries the candidate's metrics (the next production baseline once recorded as success). */
export async function createDeployment(octokit: Octokit, repo: Repo, sha: string, environment: string, payload: DeploymentPayload, description: string): Promise<number> {
  const { data } = await octokit.rest.repos.createDeployment({
    ...repo, ref: sha, environment, payload: payload as unknown as Record<string, unknown>, description: description.slice(0, 140),
    auto_merge: false, required_contexts: [], production_environment: environment === 'production' ? true : undefined,
  });
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${(data as { message?: string }).message ?? 'no id'}`);
  return data.id;
}

/**
 * The deployment's first status, queued, whose description is the gate's
 * decision and whose log links to the run: a release manager asked to
 * approve the environment sees the decision on the deployment and the report
 * in the run's job summary.
 */
export async function announceDeployment(octokit: Octokit, repo: Repo, deploymentId: number, description: string, logUrl?: string): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: deploymentId, state: 'queued', description: description.slice(0, 140), ...(logUrl ? { log_url: logUrl } : {}) });
}

/** Marks the newest holdout deployment of this commit to the environment as succeeded or failed. */
export async function recordDeployment(octokit: Octokit, repo: Repo, sha: string, environment: string, state: 'success' | 'failure'): Promise<number | undefined> {
  const { data } = await octokit.rest.repos.listDeployments({ ...repo, sha, environment, per_page: 30 });
  const ours = data.find((d) => typeof d.payload === 'object' && d.payload !== null && 'holdout' in (d.payload as object));
  if (!ours) return undefined;
  await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: ours.id, state, description: state === 'success' ? 'deployed; these metrics are now the production baseline' : 'deploy failed; the previous baseline stays' });
  return ours.id;
}
