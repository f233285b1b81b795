// Which pull request a run reports to: the event's own (pull_request,
// pull_request_target), the open pull request whose head is the pushed
// commit (push), or — for workflow_run, the fork-safe pattern — the pull
// request of the triggering run: listed in the run's `pull_requests` when the
// branch is in this repository, else (a fork's, which GitHub leaves out) the
// open pull request from the run's head repository and branch at the run's
// commit. Never from the commit alone: two pull requests can share a head
// commit, and a report must not land on the other one.

import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './repo.js';

export interface PullRequestRef {
  number: number;
  headSha: string;
  author?: string;
}

interface RunPullRequest {
  number: number;
  head?: { sha?: string; ref?: string; repo?: { id?: number; name?: string; url?: string } };
  base?: { repo?: { id?: number; name?: string; url?: string } };
}

export async function findPullRequest(octokit: Octokit | undefined, repo: Repo, eventName: string, payload: Record<string, any>, sha: string | undefined): Promise<PullRequestRef | undefined> {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
    return { number: payload.pull_request.number, headSha: payload.pull_request.head?.sha, author: payload.pull_request.user?.login };
  }
  if (eventName === 'workflow_run') return payload.workflow_run ? fromWorkflowRun(octokit, repo, payload.workflow_run) : undefined;
  const headSha: string | undefined = eventName === 'push' ? (payload.after ?? sha) : undefined;
  if (!headSha || !octokit) return undefined;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha, per_page: 100 });
  const match = data.find((p) => p.state === 'open' && p.head.sha === headSha);
  return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}

async function fromWorkflowRun(octokit: Octokit | undefined, repo: Repo, run: Record<string, any>): Promise<PullRequestRef | undefined> {
  const headSha: string | undefined = run.head_sha;
  if (!headSha) return undefined;
  // Same-repository branches: GitHub lists the pull requests in the run. Keep those
  // into this repository (the list can hold pull requests into other repositories
  // that use the branch) whose head is still the run's commit.
  const ours = (url: string | undefined, name: string | undefined) => (url ? url.toLowerCase().endsWith(`/repos/${repo.owner}/${repo.repo}`.toLowerCase()) : name?.toLowerCase() === repo.repo.toLowerCase());
  const listed = ((run.pull_requests ?? []) as RunPullRequest[]).filter((p) => (!p.base?.repo || ours(p.base.repo.url, p.base.repo.name)) && (!p.head?.sha || p.head.sha === headSha));
  if (listed.length > 0) return { number: listed[0]!.number, headSha };
  // A fork: pulls?head=<fork owner>:<branch> names one branch of one repository.
  const headRepo: string | undefined = run.head_repository?.full_name;
  const headOwner: string | undefined = run.head_repository?.owner?.login ?? headRepo?.split('/')[0];
  const branch: string | undefined = run.head_branch;
  if (!octokit || !headRepo || !headOwner || !branch) return undefined;
  const open = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 });
  const match = open.find((p) => p.head.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase());
  return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}
