// The lazy Octokit of the action entries (shared/runtime/lazy-octokit.ts)
// against the fake GitHub: nothing is loaded until the first call; then the
// calls the steps make — rest methods, paginate with a rest method, the sticky
// comment — give what the real client gives, errors included, and the client
// is built once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../shared/errors.js';
import { tokenIdentity, upsertStickyComment } from '../../shared/github/comment.js';
import { lazyOctokit } from '../../shared/runtime/lazy-octokit.js';
import { createOctokit, type Octokit } from '../../shared/runtime/octokit.js';
import { FakeGitHub } from '../fake-github/server.js';

let gh: FakeGitHub;
const repo = { owner: 'octo', repo: 'models' };
beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('t-bot', { user: 'github-actions[bot]', installation: true });
  gh.addPullRequest('octo/models', { number: 7, author: 'alice', headSha: '1'.repeat(40) });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

function counted(token = 't-bot'): { octokit: Octokit; loads: () => number } {
  let loads = 0;
  const octokit = lazyOctokit(async () => {
    loads++;
    return createOctokit({ token, apiUrl: gh.url, retries: 1, backoffUnitMs: 1 });
  });
  return { octokit, loads: () => loads };
}

describe('lazy Octokit', () => {
  it('loads nothing until the first call, then once', async () => {
    const { octokit, loads } = counted();
    const method = octokit.rest.issues.createComment;
    expect(typeof method).toBe('function');
    expect(loads()).toBe(0);
    expect(gh.requests).toHaveLength(0);
    const { data } = await method({ ...repo, issue_number: 7, body: 'first' });
    expect(data.body).toBe('first');
    await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'second' });
    expect(loads()).toBe(1);
  });

  it('paginate with a lazy rest method gives every page, as the real client', async () => {
    const { octokit } = counted();
    for (let k = 0; k < 7; k++) await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: `c${k}` });
    const lazy = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 3 });
    const real = createOctokit({ token: 't-bot', apiUrl: gh.url });
    const direct = await real.paginate(real.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 3 });
    expect(lazy.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(lazy).toEqual(direct);
  });

  it('the sticky comment through it: created, then updated in place', async () => {
    const { octokit } = counted();
    const author = await tokenIdentity(octokit);
    const marker = '<!-- holdout:x -->';
    const first = await upsertStickyComment(octokit, repo, 7, marker, `${marker}\none`, author);
    const second = await upsertStickyComment(octokit, repo, 7, marker, `${marker}\ntwo`, author);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.id).toBe(first.id);
    expect(gh.commentsOn('octo/models', 7).map((c) => c.body)).toEqual([expect.stringContaining('two')]);
  });

  it('a failing call rejects with the real client\'s GitHubApiError; awaiting a member does not call it', async () => {
    const { octokit, loads } = counted();
    const e = await octokit.rest.pulls.get({ ...repo, pull_number: 99 }).then(() => undefined, (error: unknown) => error);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect((e as GitHubApiError).status).toBe(404);
    const fresh = counted();
    const awaited = await (fresh.octokit.rest.issues as unknown as Promise<unknown>);
    expect(typeof awaited).toBe('function');
    expect(fresh.loads()).toBe(0);
  });
});
