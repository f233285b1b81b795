// Which pull request a run reports to: the event's own (pull_request,
// pull_request_target), the open pull request whose head is the pushed
// commit (push), or the one whose head is the triggering run's commit
// (workflow_run, the fork-safe pattern).

import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './repo.js';

export interface PullRequestRef {
  number: number;
  headSha: string;
  author?: string;
}

export async function findPullRequest(octokit: Octokit | undefined, repo: Repo, eventName: string, payload: Record<string, any>, sha: string | undefined): Promise<PullRequestRef | undefined> {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
    return { number: payload.pull_request.number, headSha: payload.pull_request.head?.sha, author: payload.pull_request.user?.login };
  }
  let headSha: string | undefined;
  if (eventName === 'workflow_run' && payload.workflow_run) {
    const listed = payload.workflow_run.pull_requests?.[0];
    if (listed) return { number: listed.number, headSha: payload.workflow_run.head_sha };
    headSha = payload.workflow_run.head_sha;
  } else if (eventName === 'push') headSha = payload.after ?? sha;
  if (!headSha || !octokit) return undefined;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha, per_page: 100 });
  const match = data.find((p) => p.state === 'open' && p.head.sha === headSha);
  if (match) return { number: match.number, headSha, author: match.user?.login };
  // A fork's commit is not associated with the base repository: scan the open pull requests.
  const open = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', per_page: 100 });
  const fromFork = open.find((p) => p.head.sha === headSha);
  return fromFork ? { number: fromFork.number, headSha, author: fromFork.user?.login } : undefined;
}
