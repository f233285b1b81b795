// The fake GitHub API's own tests: it refuses off-spec requests, keeps state,
// paginates like GitHub, checks tokens, and injects faults that the one
// octokit factory (retry + throttling) rides out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { OpenApi } from './openapi.js';
import { FakeGitHub } from './server.js';

let gh: FakeGitHub;
const REPO = 'octo/models';
const [owner, repo] = REPO.split('/') as [string, string];

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('t-bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('t-read', { user: 'reader', permissions: { issues: 'read', checks: 'read' } });
  gh.addPullRequest(REPO, { number: 7, author: 'alice', headSha: '1'.repeat(40) });
});
afterEach(async () => {
  await gh.stop();
});

const octokit = (token = 't-bot') => createOctokit({ token, apiUrl: gh.url, backoffUnitMs: 10 });

async function raw(method: string, path: string, body?: unknown, token = 't-bot') {
  const res = await fetch(gh.url + path, { method, headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as any };
}

describe('fake GitHub: OpenAPI checks', () => {
  it('refuses a path that is not an operation, and records the violation', async () => {
    const res = await raw('GET', `/repos/${REPO}/not-an-endpoint`);
    expect(res.status).toBe(404);
    expect(gh.violations).toEqual([`GET /repos/${REPO}/not-an-endpoint: no such operation in GitHub's OpenAPI description`]);
  });

  it('refuses a body that does not fit the operation schema', async () => {
    const res = await raw('POST', `/repos/${REPO}/issues/7/comments`, { text: 'hello' });
    expect(res.status).toBe(422);
    expect(gh.violations[0]).toMatch(/^issues\/create-comment: body must have required property 'body'/);
    const bad = await raw('POST', `/repos/${REPO}/check-runs`, { name: 'x', head_sha: 'a', conclusion: 'great' });
    expect(bad.status).toBe(422);
    expect(gh.violations[1]).toMatch(/conclusion must be equal to one of the allowed values/);
  });

  it('refuses unknown or mistyped query parameters', async () => {
    expect((await raw('GET', `/repos/${REPO}/issues/7/comments?per_page=abc`)).status).toBe(422);
    expect((await raw('GET', `/repos/${REPO}/issues/7/comments?pagesize=5`)).status).toBe(422);
    expect(gh.violations).toHaveLength(2);
  });

  it('accepts what octokit sends for real operations', async () => {
    await octokit().rest.issues.createComment({ owner, repo, issue_number: 7, body: 'hi' });
    await octokit().rest.checks.create({ owner, repo, name: 'holdout / gate', head_sha: '1'.repeat(40), status: 'completed', conclusion: 'success', output: { title: 't', summary: 's' } });
    expect(gh.violations).toEqual([]);
  });
});

describe('fake GitHub: responses checked against the description', () => {
  const openapi = OpenApi.load();
  const op = (method: string, path: string) => openapi.match(method, path)!;

  it('flags a response missing what GitHub always sends, with a wrong type, or with an undocumented status', () => {
    // The shape the fake once answered repos/get with: five fields of a full repository.
    const old = { id: 1, name: 'models', full_name: REPO, default_branch: 'main', private: false };
    const problems = openapi.checkResponse(op('GET', `/repos/${REPO}`), 200, old);
    expect(problems).toContain("response 200 body must have required property 'node_id'");
    expect(problems).toContain("response 200 body must have required property 'html_url'");
    expect(openapi.checkResponse(op('GET', `/repos/${REPO}/issues/7/comments`), 200, [{ id: '1' }])).toContain('response 200 body/0/id must be integer');
    // A login with brackets is not a URL until it is percent-encoded, as GitHub does.
    const user = { login: 'github-actions[bot]', id: 1, node_id: 'U', avatar_url: 'https://a.example/u', gravatar_id: '', url: `${gh.url}/users/github-actions[bot]`, html_url: 'https://github.com/apps/github-actions', followers_url: 'https://x.example', following_url: 'https://x.example', gists_url: 'https://x.example', starred_url: 'https://x.example', subscriptions_url: 'https://x.example', organizations_url: 'https://x.example', repos_url: 'https://x.example', events_url: 'https://x.example', received_events_url: 'https://x.example', type: 'Bot', site_admin: false };
    const comment = { id: 1, node_id: 'IC', url: `${gh.url}/c/1`, html_url: 'https://github.com/o/r/pull/1#issuecomment-1', issue_url: `${gh.url}/i/1`, user, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', author_association: 'NONE' };
    expect(openapi.checkResponse(op('POST', `/repos/${REPO}/issues/7/comments`), 201, comment)).toEqual(['response 201 body/user/url must match format "uri"']);
    expect(openapi.checkResponse(op('POST', `/repos/${REPO}/issues/7/comments`), 201, { ...comment, user: { ...user, url: `${gh.url}/users/github-actions%5Bbot%5D` } })).toEqual([]);
    expect(openapi.checkResponse(op('GET', `/repos/${REPO}/pulls/7`), 418, {})).toEqual(['response status 418 is not documented for this operation']);
    // 401, 403 and 404 can come from any operation, as a basic error; 5xx is GitHub failing.
    expect(openapi.checkResponse(op('POST', `/repos/${REPO}/check-runs`), 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })).toEqual([]);
    expect(openapi.checkResponse(op('POST', `/repos/${REPO}/check-runs`), 502, undefined)).toEqual([]);
  });

  it("answers every operation it models in GitHub's documented shape", async () => {
    gh.addToken('t-user', { user: 'alice' });
    gh.addPullRequest(REPO, { number: 8, author: 'mallory', headSha: '3'.repeat(40), headRepo: 'mallory/models', headRef: 'patch-1' });
    gh.setCollaborator(REPO, 'rel-manager', 'maintain');
    gh.labelIssue(REPO, 7, 'holdout:override', 'rel-manager');
    gh.setContent(REPO, 'main', 'm.json', '{}');
    const runId = gh.addWorkflowRun(REPO, { artifacts: [{ name: 'metrics', zip: Buffer.from('PK') }] });
    const o = octokit();
    const u = octokit('t-user');
    await u.rest.users.getAuthenticated();
    await o.rest.repos.get({ owner, repo });
    const comment = await o.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' });
    await o.rest.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: 'y' });
    await o.rest.issues.getComment({ owner, repo, comment_id: comment.data.id });
    await o.rest.issues.listComments({ owner, repo, issue_number: 7 });
    await o.rest.issues.deleteComment({ owner, repo, comment_id: comment.data.id });
    await o.rest.issues.listEvents({ owner, repo, issue_number: 7 });
    await o.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 7 });
    await o.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'rel-manager' });
    await o.rest.repos.getContent({ owner, repo, path: 'm.json' });
    await o.rest.pulls.get({ owner, repo, pull_number: 8 });
    const fromFork = await o.rest.pulls.list({ owner, repo, state: 'open', head: 'mallory:patch-1' });
    expect(fromFork.data.map((p) => [p.number, p.head.repo?.full_name, p.head.label])).toEqual([[8, 'mallory/models', 'mallory:patch-1']]);
    expect((await o.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:patch-1` })).data).toEqual([]);
    await o.rest.pulls.listCommits({ owner, repo, pull_number: 7 });
    await o.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: '1'.repeat(40) });
    const check = await o.rest.checks.create({ owner, repo, name: 'holdout / gate', head_sha: '1'.repeat(40), status: 'in_progress' });
    await o.rest.checks.update({ owner, repo, check_run_id: check.data.id, conclusion: 'success', output: { title: 't', summary: 's' } });
    await o.rest.checks.get({ owner, repo, check_run_id: check.data.id });
    await o.rest.checks.listForRef({ owner, repo, ref: '1'.repeat(40) });
    await o.rest.repos.createCommitStatus({ owner, repo, sha: '1'.repeat(40), state: 'success', context: 'holdout' });
    await o.rest.repos.listCommitStatusesForRef({ owner, repo, ref: '1'.repeat(40) });
    await o.rest.actions.listWorkflowRunsForRepo({ owner, repo });
    await o.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId });
    await o.rest.actions.listArtifactsForRepo({ owner, repo });
    const deployment = await o.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] });
    const deploymentId = (deployment.data as { id: number }).id;
    await o.rest.repos.getDeployment({ owner, repo, deployment_id: deploymentId });
    await o.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: deploymentId, state: 'success' });
    await o.rest.repos.listDeployments({ owner, repo });
    await o.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deploymentId });
    expect(gh.violations).toEqual([]);
    expect(new Set(gh.requests.map((r) => r.operationId)).size).toBeGreaterThanOrEqual(29);
  });
});

describe('fake GitHub: state and pagination', () => {
  it('paginates comments with Link headers, as octokit.paginate follows them', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(REPO, 7, i % 2 ? 'alice' : 'bob', `c${i}`);
    const first = await octokit().rest.issues.listComments({ owner, repo, issue_number: 7, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/[?&]page=3[^>]*>; rel="last"/);
    const all = await octokit().paginate(octokit().rest.issues.listComments, { owner, repo, issue_number: 7, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
  });

  it('creates and updates comments as the token identity; others cannot edit them', async () => {
    const created = await octokit().rest.issues.createComment({ owner, repo, issue_number: 7, body: 'v1' });
    expect(created.data.user?.login).toBe('github-actions[bot]');
    await octokit().rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'v2' });
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual(['v2']);
    const other = gh.addComment(REPO, 7, 'mallory', 'x');
    await expect(octokit().rest.issues.updateComment({ owner, repo, comment_id: other, body: 'hijack' })).rejects.toMatchObject({ status: 403 });
  });

  it('checks tokens and their permissions', async () => {
    await expect(octokit('nope').rest.issues.listComments({ owner, repo, issue_number: 7 })).rejects.toMatchObject({ status: 401 });
    await expect(octokit('t-read').rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' })).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
    await expect(octokit('t-bot').rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    expect((await octokit('t-read').rest.users.getAuthenticated()).data.login).toBe('reader');
  });

  it('keeps labels, label events, pushes and collaborator roles', async () => {
    gh.setCollaborator(REPO, 'rel-manager', 'maintain');
    gh.setCollaborator(REPO, 'helper', 'triage');
    gh.tick(60);
    gh.labelIssue(REPO, 7, 'holdout:override', 'rel-manager');
    gh.tick(60);
    gh.pushToPullRequest(REPO, 7, '2'.repeat(40));
    const events = await octokit().paginate(octokit().rest.issues.listEvents, { owner, repo, issue_number: 7 });
    expect(events.map((e) => [e.event, e.actor?.login, (e as { label?: { name: string } }).label?.name])).toEqual([['labeled', 'rel-manager', 'holdout:override']]);
    const commits = await octokit().rest.pulls.listCommits({ owner, repo, pull_number: 7 });
    expect(Date.parse(commits.data.at(-1)!.commit.committer!.date!)).toBeGreaterThan(Date.parse(events[0]!.created_at));
    expect((await octokit().rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'rel-manager' })).data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect((await octokit().rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'helper' })).data.role_name).toBe('triage');
    expect((await octokit().rest.pulls.get({ owner, repo, pull_number: 7 })).data.head.sha).toBe('2'.repeat(40));
  });

  it('serves contents at a ref, artifacts of workflow runs, and deployments with statuses', async () => {
    gh.setContent(REPO, 'main', 'metrics/baseline.json', '{"auc": 0.9}');
    const content = await octokit().rest.repos.getContent({ owner, repo, path: 'metrics/baseline.json', ref: 'main' });
    expect(Buffer.from((content.data as { content: string }).content, 'base64').toString()).toBe('{"auc": 0.9}');
    await expect(octokit().rest.repos.getContent({ owner, repo, path: 'metrics/baseline.json', ref: 'other' })).rejects.toMatchObject({ status: 404 });

    const runId = gh.addWorkflowRun(REPO, { artifacts: [{ name: 'metrics', zip: Buffer.from('PK-fake-zip') }] });
    const runs = await octokit().rest.actions.listWorkflowRunsForRepo({ owner, repo, branch: 'main', status: 'success' });
    expect(runs.data.workflow_runs.map((r) => r.id)).toEqual([runId]);
    const artifacts = await octokit().rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId });
    const download = await octokit().rest.actions.downloadArtifact({ owner, repo, artifact_id: artifacts.data.artifacts[0]!.id, archive_format: 'zip' });
    expect(Buffer.from(download.data as ArrayBuffer).toString()).toBe('PK-fake-zip');

    const deployment = await octokit().rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [], payload: { holdout: { decision: 'pass' } } });
    const id = (deployment.data as { id: number }).id;
    await octokit().rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'success' });
    const listed = await octokit().rest.repos.listDeployments({ owner, repo, environment: 'production' });
    expect(listed.data[0]!.payload).toEqual({ holdout: { decision: 'pass' } });
    const statuses = await octokit().rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id });
    expect(statuses.data.map((s) => s.state)).toEqual(['success']);
    expect(gh.violations).toEqual([]);
  });
});

describe('fake GitHub: faults', () => {
  it('5xx faults are retried by the octokit factory', async () => {
    gh.injectFault({ operationId: 'issues/create-comment', status: 502, times: 2 });
    await octokit().rest.issues.createComment({ owner, repo, issue_number: 7, body: 'after retries' });
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment').map((r) => r.status)).toEqual([502, 502, 201]);
    expect(gh.commentsOn(REPO, 7)).toHaveLength(1);
  });

  it('a secondary rate limit waits for retry-after, then succeeds', async () => {
    gh.injectFault({ operationId: 'issues/list-comments', status: 403, retryAfter: 2 });
    const started = Date.now();
    await octokit().rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(15); // 2 × the 10 ms test unit
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.status)).toEqual([403, 200]);
  });

  it('404 and 422 faults surface as errors, not retries', async () => {
    gh.injectFault({ operationId: 'pulls/get', status: 404 });
    await expect(octokit().rest.pulls.get({ owner, repo, pull_number: 7 })).rejects.toMatchObject({ status: 404 });
    gh.injectFault({ operationId: 'checks/create', status: 422 });
    await expect(octokit().rest.checks.create({ owner, repo, name: 'x', head_sha: '1'.repeat(40) })).rejects.toMatchObject({ status: 422 });
    expect(gh.requests.filter((r) => r.operationId === 'pulls/get')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'checks/create')).toHaveLength(1);
  });
});
