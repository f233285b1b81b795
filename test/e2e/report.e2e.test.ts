// The report bundle against the fake GitHub: create, update in place, find
// its comment past 100 others, ignore a forged marker and another workflow's
// comment, survive a fork's read-only token, ride out faults, stay one
// comment under two concurrent runs; on workflow_run find the pull request
// from the run (never from the commit alone) and survive a forged artifact;
// on merge_group write the summary only; GitHub errors as one line.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stickyKey } from '../../shared/github/comment.js';
import { reportMarker } from '../../shared/report/report.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';
import { runBundle, webhookExample } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const PR = 2;
/** The workflow the harness runs in (GITHUB_WORKFLOW_REF without its ref), and the marker its report comment carries. */
const WORKFLOW = 'Codertocat/Hello-World/.github/workflows/holdout.yml';
const ourMarker = (key = 'default', workflow = WORKFLOW) => reportMarker(stickyKey({ workflow, key }));
let gh: FakeGitHub;
let workspace: string;

const document: ResultsDocument = {
  holdout: 1, kind: 'validate-data', title: 'Data validation', status: 'fail', createdAt: '2026-12-01T00:00:00Z',
  subject: { files: [{ path: 'data/train.csv', sha256: 'a'.repeat(64) }] },
  checks: [{ id: 'data/train.csv#field:age:minimum', title: 'age: ≥ 18', status: 'fail', message: '1 error', count: 1, locations: [{ file: 'data/train.csv', line: 3 }] }],
  data: {
    tables: [{ file: 'data/train.csv', format: 'csv', status: 'fail', rows: 10, errorCount: 1, errorCounts: { 'constraint-error': 1 }, failedChecks: 1 }],
    rows: 10, errorCount: 1,
    errors: [{ type: 'constraint-error', constraint: 'minimum', file: 'data/train.csv', field: 'age', row: 2, line: 3, cell: '17', message: '"17" is less than the minimum 18', severity: 'fail' }],
  },
};

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('ghs_fork', { user: 'github-actions[bot]', installation: true, permissions: { issues: 'read', pull_requests: 'read' } });
  gh.addPullRequest(REPO, { number: PR, author: 'Codertocat', headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' });
  workspace = await tempDir('holdout-ws-');
  await mkdir(join(workspace, 'holdout-results'));
  await writeFile(join(workspace, 'holdout-results/validate-data.json'), JSON.stringify(document));
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const run = (inputs: Record<string, string> = {}, event = webhookExample('pull_request', 'opened'), env: Record<string, string> = {}) =>
  runBundle({
    bundle: 'report', workspace, apiUrl: gh.url, event, inputs: { results: 'holdout-results/*.json', token: 'ghs_bot', ...inputs }, timeoutMs: 120_000,
    env: { GITHUB_WORKFLOW: 'holdout', GITHUB_WORKFLOW_REF: `${WORKFLOW}@refs/pull/${PR}/merge`, ...env },
  });

const ours = () => gh.commentsOn(REPO, PR).filter((c) => c.user.login === 'github-actions[bot]');

describe('report bundle', () => {
  it('creates the sticky comment, then updates it in place', async () => {
    const first = await run();
    expect(first.exitCode, first.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!;
    expect(first.outputs['comment-id']).toBe(String(comment.id));
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comment.id}`);
    expect(comment.body.split('\n')[0]).toMatch(/^❌ \*\*holdout.*data\/train\.csv/);
    expect(comment.body).toContain(ourMarker());
    expect(first.summary).toContain('Data validation');
    expect(first.outputs.body).toBe(comment.body);

    await writeFile(join(workspace, 'holdout-results/validate-data.json'), JSON.stringify({ ...document, status: 'pass', checks: [], data: { ...document.data, tables: [{ ...document.data.tables[0]!, status: 'pass', failedChecks: 0, errorCount: 0 }], errorCount: 0, errors: [] } }));
    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(comment.id);
    expect(ours()[0]!.body.split('\n')[0]).toMatch(/^✅ \*\*holdout/);
  });

  it('finds its comment past 100 others, and ignores a marker pasted by someone else', async () => {
    for (let i = 0; i < 120; i++) gh.addComment(REPO, PR, 'reviewer', `comment ${i}`);
    const forged = gh.addComment(REPO, PR, 'mallory', `${ourMarker()} I am the report now`);
    await run();
    for (let i = 0; i < 30; i++) gh.addComment(REPO, PR, 'reviewer', `later ${i}`);
    await run();
    expect(ours()).toHaveLength(1);
    expect(gh.commentsOn(REPO, PR).find((c) => c.id === forged)!.body).toContain('I am the report now');
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').some((r) => r.path.includes('page=2'))).toBe(true);
  });

  it('keys separate reports on one pull request', async () => {
    await run({ 'comment-key': 'leg-a' });
    await run({ 'comment-key': 'leg-b' });
    await run({ 'comment-key': 'leg-a' });
    expect(ours()).toHaveLength(2);
  });

  it("a fork's read-only token warns, and the step still succeeds with summary and outputs", async () => {
    const r = await run({ token: 'ghs_fork' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.find((a) => a.level === 'warning')?.message).toMatch(/could not comment on pull request #2 \(403/);
    // The call and the permission to grant, in the one warning line.
    expect(r.annotations.find((a) => a.level === 'warning')?.message).toContain(`GitHub API POST /repos/${REPO}/issues/${PR}/comments: 403 Resource not accessible by integration: the token may not make this call; grant the token \`pull-requests: write\``);
    expect(r.summary).toContain('Data validation');
    expect(r.outputs.body).toContain(ourMarker());
    expect(ours()).toHaveLength(0);
  });

  it('5xx and a secondary rate limit are retried, with no duplicate afterwards', async () => {
    gh.injectFault({ operationId: 'issues/create-comment', status: 502 });
    gh.injectFault({ operationId: 'issues/list-comments', status: 403, retryAfter: 1 });
    const r = await run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([502, 201]);
  });

  it('a comment that keeps failing fails the step, after the summary and outputs are written', async () => {
    gh.injectFault({ operationId: 'issues/create-comment', status: 500, times: 10 });
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('Data validation');
    expect(r.outputs.body).toContain(ourMarker());
    expect(r.outputs['comment-id']).toBeUndefined();
    // GitHub failing is one line naming the call, not a bug report with a stack.
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(new RegExp(`^GitHub API POST /repos/${REPO}/issues/${PR}/comments: GitHub failed \\(500: injected fault 500\\) and kept failing after 3 retries; re-run the job`));
    expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
  });

  it('two concurrent runs leave exactly one comment', async () => {
    gh.latencyMs = 50;
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(ours()).toHaveLength(1);
  });

  it('on push, comments on the open pull request headed by the pushed commit; comment: never makes no calls', async () => {
    gh.addPullRequest(REPO, { number: 9, author: 'Codertocat', headSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' });
    const r = await run({}, webhookExample('push'));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.commentsOn(REPO, 9)).toHaveLength(1);
    const before = gh.requests.length;
    const never = await run({ comment: 'never' });
    expect(never.exitCode).toBe(0);
    expect(gh.requests.length).toBe(before);
  });
});

describe('report bundle: whose comment it is', () => {
  it("adopts only its own workflow's comment: another workflow's github-actions[bot] comment, with the old marker or its own, is left alone", async () => {
    const legacy = gh.addComment(REPO, PR, 'github-actions[bot]', `${reportMarker('default')}\nthe lint workflow's report`);
    const other = gh.addComment(REPO, PR, 'github-actions[bot]', `${ourMarker('default', 'Codertocat/Hello-World/.github/workflows/lint.yml')}\nthe lint workflow's report`);
    const r = await run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.commentsOn(REPO, PR).find((c) => c.id === legacy)!.body).toBe(`${reportMarker('default')}\nthe lint workflow's report`);
    expect(gh.commentsOn(REPO, PR).find((c) => c.id === other)!.body).toContain("the lint workflow's report");
    const mine = ours().filter((c) => c.id !== legacy && c.id !== other);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain(ourMarker());
    expect(r.outputs['comment-id']).toBe(String(mine[0]!.id));
  });

  it('is the same comment for every run of the workflow, whatever ref it runs on', async () => {
    await run();
    await run({}, webhookExample('pull_request', 'opened'), { GITHUB_WORKFLOW_REF: `${WORKFLOW}@refs/heads/feature` });
    expect(ours()).toHaveLength(1);
    // Another workflow (another file) keeps a comment of its own.
    await run({}, webhookExample('pull_request', 'opened'), { GITHUB_WORKFLOW_REF: 'Codertocat/Hello-World/.github/workflows/nightly.yml@refs/heads/main' });
    expect(ours()).toHaveLength(2);
  });
});

/** A workflow_run.completed delivery for a pull_request run of holdout-pr, from the webhook examples. */
function workflowRun(run: { headSha: string; headRepo: string; branch: string; pullRequests?: unknown[] }) {
  return webhookExample('workflow_run', 'completed', (p) => {
    p.workflow_run.event = 'pull_request';
    p.workflow_run.name = 'holdout-pr';
    p.workflow_run.head_sha = run.headSha;
    p.workflow_run.head_branch = run.branch;
    p.workflow_run.head_repository.full_name = run.headRepo;
    p.workflow_run.head_repository.name = run.headRepo.split('/')[1];
    p.workflow_run.head_repository.owner.login = run.headRepo.split('/')[0];
    p.workflow_run.pull_requests = run.pullRequests ?? [];
  });
}

describe('report bundle: the fork-safe workflow_run report', () => {
  const SHARED = 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9';

  it("finds a fork's pull request from the run's head repository and branch, not the first pull request at the same commit", async () => {
    // Two open pull requests at one commit: a branch of this repository, and a fork's.
    gh.addPullRequest(REPO, { number: 5, author: 'Codertocat', headSha: SHARED, headRef: 'feature' });
    gh.addPullRequest(REPO, { number: 6, author: 'mallory', headSha: SHARED, headRef: 'patch-1', headRepo: 'mallory/Hello-World' });
    const r = await run({}, workflowRun({ headSha: SHARED, headRepo: 'mallory/Hello-World', branch: 'patch-1' }));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.commentsOn(REPO, 6)).toHaveLength(1);
    expect(gh.commentsOn(REPO, 5)).toHaveLength(0);
    expect(gh.requests.find((q) => q.operationId === 'pulls/list')?.path).toContain('head=mallory%3Apatch-1');
  });

  it("takes a same-repository pull request from the run's pull_requests", async () => {
    gh.addPullRequest(REPO, { number: 5, author: 'Codertocat', headSha: SHARED, headRef: 'feature' });
    gh.addPullRequest(REPO, { number: 7, author: 'Codertocat', headSha: SHARED, headRef: 'other' });
    const listed = { id: 7, number: 7, url: `https://api.github.com/repos/${REPO}/pulls/7`, head: { ref: 'other', sha: SHARED, repo: { id: 1, url: `https://api.github.com/repos/${REPO}`, name: 'Hello-World' } }, base: { ref: 'main', sha: 'c'.repeat(40), repo: { id: 1, url: `https://api.github.com/repos/${REPO}`, name: 'Hello-World' } } };
    const r = await run({}, workflowRun({ headSha: SHARED, headRepo: REPO, branch: 'other', pullRequests: [listed] }));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.commentsOn(REPO, 7)).toHaveLength(1);
    expect(gh.commentsOn(REPO, 5)).toHaveLength(0);
  });

  it('comments nowhere when the pull request has moved on from the run\'s commit', async () => {
    gh.addPullRequest(REPO, { number: 6, author: 'mallory', headSha: 'f'.repeat(40), headRef: 'patch-1', headRepo: 'mallory/Hello-World' });
    const r = await run({}, workflowRun({ headSha: SHARED, headRepo: 'mallory/Hello-World', branch: 'patch-1' }));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.commentsOn(REPO, 6)).toHaveLength(0);
  });

  it('a forged results artifact gives a warning per file and a comment that says what could not be read', async () => {
    gh.addPullRequest(REPO, { number: 6, author: 'mallory', headSha: SHARED, headRef: 'patch-1', headRepo: 'mallory/Hello-World' });
    await writeFile(join(workspace, 'holdout-results/garbled.json'), '{"holdout": 1, "kind": "compare-metrics", "status": "pa');
    await writeFile(join(workspace, 'holdout-results/forged.json'), JSON.stringify({ holdout: 1, kind: 'compare-metrics', status: 'pass', title: 'All good', comparison: 'trust me' }));
    // Fits the schema, but its thresholds are not what compare-metrics writes (the renderer read .margin of `true`).
    const row = { name: 'auc', direction: 'higher', gated: true, candidate: 0.8, baseline: 0.9, difference: -0.1, relativeDifference: -0.11, interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: 'worse', status: 'fail', thresholds: { non_inferiority: true } };
    const crafted = { holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'fail', createdAt: '2026-12-01T00:00:00Z', subject: { files: [] }, checks: [], comparison: { task: 'binary', paired: false, rows: null, confidence: 0.95, candidate: { source: 'm.json', kind: 'metrics' }, baseline: { source: 'b.json', kind: 'metrics' }, policy: { source: 'p.yml' }, metrics: [row], regressions: 1, improvements: 0, summary: 's' } };
    await writeFile(join(workspace, 'holdout-results/crafted.json'), JSON.stringify(crafted));
    // Fits the schema, but a drift chart of half a million bins (it used to overflow the renderer's stack, a RangeError that lost the comment): reported, not charted.
    const column = { column: 'age', kind: 'numeric', method: 'psi', auto: true, statistic: 9, compare: 'distance', threshold: { fail: 0.2 }, nRef: 10, nCur: 10, bins: 'values', status: 'fail', message: 'drifted', chart: { labels: ['a'], reference: new Array(500_000).fill(0), current: [] } };
    const huge = { ...document, title: 'Drift', data: { ...document.data, drift: { reference: { path: 'ref.csv', rows: 10 }, columns: [column], skipped: [], dataset: { share: 1, drifted: 1, compared: 1, status: 'fail' } } } };
    await writeFile(join(workspace, 'holdout-results/huge-chart.json'), JSON.stringify(huge));
    const r = await run({}, workflowRun({ headSha: SHARED, headRepo: 'mallory/Hello-World', branch: 'patch-1' }));
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/internal error|TypeError/);
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.some((w) => w.startsWith('holdout-results/garbled.json: not a holdout results document'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('holdout-results/forged.json: not a holdout results document'))).toBe(true);
    const comments = gh.commentsOn(REPO, 6);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body.replace(/&#58;/g, ':');
    expect(body).toMatch(/Not read: .*holdout-results\/garbled\.json: not a holdout results document/);
    expect(body).toMatch(/Not read: .*holdout-results\/forged\.json: not a holdout results document/);
    expect(body).toContain('500,000 bins, too many to chart');
    // The genuine document is still reported.
    expect(comments[0]!.body).toContain('Data validation');
  });
});

describe('report bundle: merge queue', () => {
  it('on merge_group writes the report to the job summary, says there is no pull request to comment on, and calls no comment API', async () => {
    const r = await run({}, webhookExample('merge_group', 'checks_requested'), { GITHUB_REF: 'refs/heads/gh-readonly-queue/main/pr-2-ec26c3e57ca3a959ca5aad62de7213c562f8c821' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.summary).toContain('Data validation');
    expect(r.stdout).toContain('a merge_group run has no pull request to comment on; the report is in the job summary');
    expect(gh.requests.filter((q) => q.operationId?.startsWith('issues/'))).toEqual([]);
    expect(gh.commentsOn(REPO, PR)).toHaveLength(0);
  });
});

describe('report bundle: GitHub errors the user can act on are one line', () => {
  const require = createRequire(import.meta.url);
  /** GitHub's own 422, recorded by @octokit/fixtures (scenario api.github.com/errors). */
  const recorded422 = async () => JSON.parse(await readFile(require.resolve('@octokit/fixtures/scenarios/api.github.com/errors/normalized-fixture.json'), 'utf8'))[0].response;

  it('a 422 names the call and what GitHub refused, with no stack and no "internal error"', async () => {
    gh.injectFault({ operationId: 'issues/create-comment', status: 422, times: 5, body: await recorded422() });
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.failures).toEqual([`GitHub API POST /repos/${REPO}/issues/${PR}/comments: 422 Validation Failed: Label color invalid: GitHub refused the request's content`]);
    expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
    expect(r.summary).toContain('Data validation');
  });

  it("a missing pull request's 404 names the call, the pull request and the permission", async () => {
    const r = await run({ comment: 'always' }, webhookExample('pull_request', 'opened', (p) => (p.pull_request.number = 99)));
    expect(r.exitCode, r.stdout).toBe(0);
    const warning = r.annotations.find((a) => a.level === 'warning')!.message;
    expect(warning).toContain(`GitHub API GET /repos/${REPO}/issues/99/comments: 404 Not Found: pull request or issue #99 does not exist, or the token cannot see it; if it exists, grant the token \`pull-requests: read\``);
  });
});
