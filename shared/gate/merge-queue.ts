// Merge queues: on `merge_group`, the commit gated is the queue's head
// (merge_group.head_sha) and the pull request is named by the queue's branch,
// `refs/heads/gh-readonly-queue/<base branch>/pr-<number>-<head sha>` — the
// branch GitHub creates for each entry. An override carries over from that
// pull request, judged there exactly as on the pull request itself.

export interface QueuedPullRequest {
  number: number;
  /** The pull request's head when it entered the queue. */
  headSha: string;
  baseRef: string;
}

const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40}(?:[0-9a-f]{24})?)$/;

/** The pull request a merge group was made for, from its head_ref; undefined for any other ref. */
export function queuedPullRequest(headRef: unknown): QueuedPullRequest | undefined {
  if (typeof headRef !== 'string') return undefined;
  const match = QUEUE_REF.exec(headRef);
  if (!match) return undefined;
  return { baseRef: match[1]!, number: Number(match[2]), headSha: match[3]! };
}
