// The octokit factory's error mapping against the fake GitHub: a call that
// fails in a way the user acts on is a GitHubApiError — one line naming the
// call, what GitHub said, and the permission to grant — and a persistent 5xx
// says GitHub failed after the retries; an error that is not GitHub's (a bug
// in our code) passes through untouched, stack and all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, GitHubApiError } from '../../shared/errors.js';
import { createOctokit, permissionFor } from '../../shared/runtime/octokit.js';
import { FakeGitHub } from '../fake-github/server.js';

let gh: FakeGitHub;
const repo = { owner: 'octo', repo: 'models' };
beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('t-bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('t-nochecks', { user: 'github-actions[bot]', installation: true, permissions: { checks: 'read', deployments: 'read' } });
  gh.addPullRequest('octo/models', { number: 7, author: 'alice', headSha: '1'.repeat(40) });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const octokit = (token = 't-bot') => createOctokit({ token, apiUrl: gh.url, retries: 2, backoffUnitMs: 1 });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as GitHubApiError);

describe('GitHub API errors as one line', () => {
  it('403 without a permission names the call and the permission to grant', async () => {
    const e = await failure(octokit('t-nochecks').rest.checks.create({ ...repo, name: 'holdout / gate', head_sha: '1'.repeat(40) }));
    expect(e).toBeInstanceOf(GitHubApiError);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e!.status).toBe(403);
    expect(e!.message).toBe('GitHub API POST /repos/octo/models/check-runs: 403 Resource not accessible by integration: the token may not make this call; grant the token `checks: write` (the workflow\'s or job\'s permissions:)');
    const d = await failure(octokit('t-nochecks').rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] }));
    expect(d!.message).toContain('grant the token `deployments: write`');
  });

  it('404 on a missing pull request names it', async () => {
    const e = await failure(octokit().rest.pulls.get({ ...repo, pull_number: 99 }));
    expect(e!.message).toBe('GitHub API GET /repos/octo/models/pulls/99: 404 Not Found: pull request #99 does not exist, or the token cannot see it; if it exists, grant the token `pull-requests: read` (the workflow\'s or job\'s permissions:)');
  });

  it('422 carries what GitHub refused; 401 says to check the token', async () => {
    const long = 'x'.repeat(70_000);
    const e = await failure(octokit().rest.issues.createComment({ ...repo, issue_number: 7, body: long }));
    expect(e!.message).toBe("GitHub API POST /repos/octo/models/issues/7/comments: 422 Validation Failed: body is too long (maximum is 65536 characters): GitHub refused the request's content");
    const bad = await failure(octokit('nope').rest.issues.listComments({ ...repo, issue_number: 7 }));
    expect(bad!.message).toBe("GitHub API GET /repos/octo/models/issues/7/comments: 401 Bad credentials: the token is invalid or expired; check the action's token input");
  });

  it('a 500 that outlasts the retries says GitHub failed, once the retries are spent', async () => {
    gh.injectFault({ operationId: 'issues/list-comments', status: 500, times: 10 });
    const e = await failure(octokit().paginate(octokit().rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 }));
    expect(e!.message).toBe('GitHub API GET /repos/octo/models/issues/7/comments: GitHub failed (500: injected fault 500) and kept failing after 2 retries; re-run the job, or see https://www.githubstatus.com');
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments')).toHaveLength(3);
  });

  it('an error that is not an HTTP error from GitHub is left alone', async () => {
    const o = octokit();
    o.hook.before('request', () => {
      throw new TypeError('a bug of ours');
    });
    const e = await failure(o.rest.pulls.get({ ...repo, pull_number: 7 }));
    expect(e).toBeInstanceOf(TypeError);
    expect(e).not.toBeInstanceOf(GitHubApiError);
  });

  it('names the permission of each call holdout makes', () => {
    expect(permissionFor('GET', '/repos/o/r/issues/2/comments')).toBe('pull-requests: read');
    expect(permissionFor('PATCH', '/repos/o/r/issues/comments/5')).toBe('pull-requests: write');
    expect(permissionFor('GET', '/repos/o/r/issues/2/events')).toBe('pull-requests: read');
    expect(permissionFor('GET', '/repos/o/r/commits/abc/pulls')).toBe('pull-requests: read');
    expect(permissionFor('POST', '/repos/o/r/statuses/abc')).toBe('statuses: write');
    expect(permissionFor('GET', '/repos/o/r/actions/runs')).toBe('actions: read');
    expect(permissionFor('GET', '/repos/o/r/contents/m.json')).toBe('contents: read');
    expect(permissionFor('POST', '/repos/o/r/deployments/1/statuses')).toBe('deployments: write');
    expect(permissionFor('GET', '/user')).toBeUndefined();
  });
});
