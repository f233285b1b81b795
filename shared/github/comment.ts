// The sticky report comment: one per pull request, workflow and report key,
// found by its hidden marker AND authored by the token's own identity (so a
// user who pastes the marker into a comment does not hijack it), looked up
// across all pages, updated in place. The marker carries the identity of the
// workflow that writes it (a digest of the workflow file, which names its
// repository, and the report key), so another workflow's comment, though
// written by the same github-actions[bot], is never adopted or overwritten. After writing,
// duplicates left by retries or concurrent runs are folded into the oldest,
// so there is never more than one.

import { createHash } from 'node:crypto';
import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './repo.js';

export interface StickyIdentity {
  /**
   * The workflow that writes the comment: its file as GITHUB_WORKFLOW_REF
   * names it without the ref (`owner/repo/.github/workflows/ci.yml`, so the
   * repository is part of it), or its name. Not the token or repository
   * access: a dry run without a token renders the same marker.
   */
  workflow?: string;
  /** The report key (comment-key). */
  key: string;
}

/**
 * The report key with the writer's identity: `<key>/<12 hex digits>`, the
 * digits a digest of the workflow (repository and file) and key. Every marker built from it
 * is this workflow's own; a marker without it (another workflow's, or an older
 * holdout's) does not match.
 */
export function stickyKey({ workflow, key }: StickyIdentity): string {
  const who = JSON.stringify([workflow ?? '', key]);
  return `${key}/${createHash('sha256').update(who).digest('hex').slice(0, 12)}`;
}

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
