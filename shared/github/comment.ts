// The sticky report comment: one per pull request and report key, found by
// its hidden marker AND authored by the token's own identity (so a user who
// pastes the marker into a comment does not hijack it), looked up across
// all pages, updated in place. After writing, duplicates left by retries or
// concurrent runs are folded into the oldest, so there is never more than one.

import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './repo.js';

export interface StickyComment {
  id: number;
  url: string;
  created: boolean;
}

/** The login the token writes comments as; installation tokens (GITHUB_TOKEN) cannot ask, and are github-actions[bot]. */
export async function tokenIdentity(octokit: Octokit, fallback = 'github-actions[bot]'): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401) return fallback;
    throw error;
  }
}

export async function findStickyComments(octokit: Octokit, repo: Repo, issue: number, marker: string, author: string) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
  return comments
    .filter((c) => c.user?.login === author && typeof c.body === 'string' && c.body.includes(marker))
    .sort((a, b) => a.id - b.id);
}

export async function upsertStickyComment(octokit: Octokit, repo: Repo, issue: number, marker: string, body: string, author: string): Promise<StickyComment> {
  const existing = await findStickyComments(octokit, repo, issue, marker, author);
  let result: StickyComment;
  if (existing.length > 0) {
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing[0]!.id, body });
    result = { id: data.id, url: data.html_url, created: false };
  } else {
    const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
    result = { id: data.id, url: data.html_url, created: true };
  }
  // Another run (or a retried POST) may have created one too: keep the oldest, delete the rest.
  const after = await findStickyComments(octokit, repo, issue, marker, author);
  if (after.length > 1) {
    const keep = after[0]!;
    if (keep.id !== result.id) {
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
      result = { id: data.id, url: data.html_url, created: false };
    }
    for (const extra of after.slice(1)) {
      await octokit.rest.issues.deleteComment({ ...repo, comment_id: extra.id }).catch((error: { status?: number }) => {
        if (error.status !== 404) throw error; // already deleted by the other run
      });
    }
  }
  return result;
}
