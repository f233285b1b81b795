// The gate bundle against the fake GitHub: pass; fail with annotations in
// batches of 50; overrides honoured and refused for each rule; the
// commit-status fallback; integrity failures; and deploy gating that records
// the production baseline compare-metrics then reads.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';
import { runBundle, webhookExample } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const PUSHED = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
/** A later head of pull request #2. */
const NEXT = PUSHED;
let gh: FakeGitHub;
let workspace: string;

function validation(status: 'pass' | 'fail', errors = 1, sha = HEAD): ResultsDocument {
  const list = Array.from({ length: status === 'fail' ? errors : 0 }, (_, i) => ({ type: 'constraint-error', constraint: 'minimum', file: 'data/train.csv', field: 'age', row: i + 1, line: i + 2, cell: '17', message: `"17" is less than the minimum 18 (${i})`, severity: 'fail' as const }));
  return {
    holdout: 1, kind: 'validate-data', title: 'Data validation', status, createdAt: '2026-12-01T00:00:00Z',
    subject: { files: [{ path: 'data/train.csv', sha256: 'a'.repeat(64) }], gitSha: sha },
    checks: [{ id: 'x', title: 'age: ≥ 18', status, message: `${list.length} errors`, count: list.length, locations: [] }],
    data: { tables: [{ file: 'data/train.csv', format: 'csv', status, rows: 200, errorCount: list.length, errorCounts: {}, failedChecks: status === 'fail' ? 1 : 0 }], rows: 200, errorCount: list.length, errors: list },
  };
}

function comparison(sha: string): ResultsDocument {
  return {
    holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'pass', createdAt: '2026-12-01T00:00:00Z',
    subject: { files: [{ path: 'candidate.json' }], gitSha: sha },
    checks: [{ id: 'metric:roc_auc:min', title: 'roc_auc: ≥ 0.8', status: 'pass', message: 'ok', count: 0, locations: [] }],
    comparison: {
      task: null, paired: false, rows: null, confidence: 0.95, candidate: { source: 'candidate.json', kind: 'metrics' }, baseline: { source: 'deployment:production', kind: 'metrics', id: 'deployment 1' },
      policy: { source: 'policy.yaml' }, metrics: [{ name: 'roc_auc', direction: 'higher', gated: true, candidate: 0.91, baseline: 0.9, difference: 0.01, relativeDifference: 0.011, interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: 'better', status: 'pass', thresholds: { min: 0.8 } }],
      regressions: 0, improvements: 1, summary: 'PASS',
    },
  };
}

async function results(...documents: ResultsDocument[]) {
  await rm(join(workspace, 'holdout-results'), { recursive: true, force: true });
  await mkdir(join(workspace, 'holdout-results'), { recursive: true });
  for (const [i, d] of documents.entries()) await writeFile(join(workspace, `holdout-results/${i}-${d.kind}.json`), JSON.stringify(d));
}

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('ghs_nochecks', { user: 'github-actions[bot]', installation: true, permissions: { checks: 'read' } });
  gh.addPullRequest(REPO, { number: 2, author: 'Codertocat', headSha: HEAD });
  gh.setCollaborator(REPO, 'rel-manager', 'maintain');
  gh.setCollaborator(REPO, 'helper', 'triage');
  gh.setCollaborator(REPO, 'Codertocat', 'admin');
  workspace = await tempDir('holdout-ws-');
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const pullRequest = webhookExample('pull_request', 'opened');
/** The pull_request event GitHub sends when the head branch moves to `head`. */
const synchronize = (head: string) => webhookExample('pull_request', 'synchronize', (p) => {
  p.before = p.pull_request.head.sha;
  p.after = head;
  p.pull_request.head.sha = head;
});
const gate = (inputs: Record<string, string> = {}, event = pullRequest, env: Record<string, string> = {}) =>
  runBundle({ bundle: 'gate', workspace, apiUrl: gh.url, event, inputs: { results: 'holdout-results/*.json', token: 'ghs_bot', ...inputs }, env, timeoutMs: 120_000 });

describe('gate: merge gating', () => {
  it('passes: a successful check run on the head SHA and an audit record', async () => {
    await results(validation('pass'));
    const r = await gate();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.decision).toBe('pass');
    const [check] = gh.checkRunsFor(REPO);
    expect(check).toMatchObject({ name: 'holdout / gate', head_sha: HEAD, conclusion: 'success' });
    expect(r.outputs['check-run-id']).toBe(String(check!.id));
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit).toMatchObject({ decision: 'pass', commit: HEAD, actor: 'Codertocat', inputs: [{ kind: 'validate-data', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] });
    expect(check!.output.text).toContain('"kind": "gate-audit"');
  });

  it('fails: the step fails, the check run fails, and 120 annotations go in batches of 50', async () => {
    await results(validation('fail', 120));
    const r = await gate();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.decision).toBe('fail');
    const [check] = gh.checkRunsFor(REPO);
    expect(check!.conclusion).toBe('failure');
    expect(check!.output.annotations).toHaveLength(120);
    const sizes = gh.requests.filter((q) => q.operationId === 'checks/create' || q.operationId === 'checks/update').map((q) => (q.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
  });

  it('an override by a maintainer after the newest push is honoured, and shown as an override', async () => {
    await results(validation('fail'));
    gh.addWorkflowRun(REPO, { sha: HEAD, branch: 'feature', event: 'pull_request' });
    gh.tick(60);
    gh.labelIssue(REPO, 2, 'holdout:override', 'rel-manager');
    const r = await gate();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.decision).toBe('overridden');
    expect(r.outputs.reason).toMatch(/^overridden by @rel-manager \(maintain\) at .*; would fail: /);
    expect(gh.checkRunsFor(REPO)[0]!.conclusion).toBe('neutral');
    expect(r.summary).toContain('OVERRIDDEN (not a pass)');
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit.override).toMatchObject({ honoured: true, actor: 'rel-manager', label: 'holdout:override' });
  });

  it.each([
    ['a triage user', () => gh.labelIssue(REPO, 2, 'holdout:override', 'helper'), /@helper has role triage, below the required maintain/],
    ['the author, without allow-self-override', () => gh.labelIssue(REPO, 2, 'holdout:override', 'Codertocat'), /@Codertocat is the pull request's author/],
  ])('an override by %s is refused, naming the rule', async (_who, label, reason) => {
    await results(validation('fail'));
    gh.addWorkflowRun(REPO, { sha: HEAD, branch: 'feature', event: 'pull_request' });
    gh.tick(60);
    label();
    const r = await gate();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs.reason).toMatch(reason);
    expect(r.annotations.some((a) => a.level === 'warning' && reason.test(a.message))).toBe(true);
  });

  it('a label older than the newest push is refused; custom roles and allow-self-override widen who may override', async () => {
    gh.labelIssue(REPO, 2, 'holdout:override', 'rel-manager');
    gh.tick(60);
    gh.pushToPullRequest(REPO, 2, NEXT);
    await results(validation('fail', 1, NEXT));
    const stale = await gate({}, synchronize(NEXT));
    expect(stale.outputs.reason).toMatch(/the label was added at .*, before the newest push at .* \(push of 6113728f27ae to Codertocat\/Hello-World:feature by @Codertocat\)/);
    gh.tick(60);
    gh.setCollaborator(REPO, 'ml-lead', 'model-approver');
    gh.labelIssue(REPO, 2, 'holdout:override', 'ml-lead');
    expect((await gate({ 'override-roles': 'model-approver' }, synchronize(NEXT))).outputs.decision).toBe('overridden');
    gh.tick(60);
    gh.labelIssue(REPO, 2, 'holdout:override', 'Codertocat');
    expect((await gate({ 'allow-self-override': 'true' }, synchronize(NEXT))).outputs.decision).toBe('overridden');
  });

  it('without checks: write it falls back to a commit status, and says so', async () => {
    await results(validation('pass'));
    const r = await gate({ token: 'ghs_nochecks' });
    expect(r.exitCode).toBe(0);
    expect(gh.checkRunsFor(REPO)).toHaveLength(0);
    expect(gh.statusesFor(REPO)).toMatchObject([{ sha: HEAD, state: 'success', context: 'holdout / gate' }]);
    expect(r.annotations.some((a) => a.level === 'warning' && /wrote commit status "holdout \/ gate" instead/.test(a.message))).toBe(true);
  });

  it('no decision passes on a document for another commit, an unparsable one, or none at all', async () => {
    await results(validation('pass', 0, 'f'.repeat(40)));
    const other = await gate();
    expect(other.exitCode).toBe(1);
    expect(other.outputs.reason).toMatch(/was made for commit ffffffffffff, not the gated ec26c3e57ca3/);
    await writeFile(join(workspace, 'holdout-results/broken.json'), '{"holdout": 1');
    expect((await gate()).outputs.reason).toMatch(/broken\.json/);
    await rm(join(workspace, 'holdout-results'), { recursive: true });
    const none = await gate();
    expect(none.exitCode).toBe(1);
    expect(none.outputs.reason).toBe('cannot decide: holdout-results/*.json: the results pattern "holdout-results/*.json" matches no file');
  });
});

describe('gate: deploy gating and the production baseline', () => {
  it('creates a deployment with the payload, records success, and compare-metrics then reads it as the baseline', async () => {
    const push = webhookExample('push');
    await results(comparison(PUSHED));
    const env = { GITHUB_SHA: PUSHED, GITHUB_EVENT_NAME: 'push' };
    const deploy = await gate({ environment: 'production' }, push, env);
    expect(deploy.exitCode, deploy.stdout).toBe(0);
    const [deployment] = gh.deploymentsFor(REPO);
    expect(deploy.outputs['deployment-id']).toBe(String(deployment!.id));
    expect(deployment!.payload).toMatchObject({ holdout: { version: 1, decision: 'pass', metrics: { roc_auc: 0.91 }, commit: PUSHED, audit: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } } });
    // Before anyone approves the environment, the deployment already says what the gate decided and links to the run's report.
    expect(deployment!.statuses).toMatchObject([{ state: 'queued', description: expect.stringMatching(/^holdout pass: all 1 results pass/), log_url: 'https://github.com/Codertocat/Hello-World/actions/runs/1234' }]);

    const recorded = await gate({ environment: 'production', record: 'success' }, push, env);
    expect(recorded.exitCode, recorded.stdout).toBe(0);
    expect(gh.deploymentsFor(REPO)[0]!.statuses.map((s) => s.state)).toEqual(['success', 'queued']);

    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ roc_auc: 0.905 }));
    const compare = await runBundle({ bundle: 'compare-metrics', workspace, apiUrl: gh.url, event: push, env, inputs: { candidate: 'candidate.json', baseline: 'deployment:production', policy: 'metrics:\n  roc_auc: { max_regression: 0.01 }', token: 'ghs_bot' } });
    expect(compare.exitCode, compare.stdout).toBe(0);
    const doc = JSON.parse(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'));
    expect(doc.comparison.metrics[0]).toMatchObject({ name: 'roc_auc', baseline: 0.91, candidate: 0.905 });
  });

  it('a failing decision creates no deployment; record: failure keeps the previous baseline', async () => {
    const push = webhookExample('push');
    const env = { GITHUB_SHA: PUSHED, GITHUB_EVENT_NAME: 'push' };
    await results(validation('fail', 1, PUSHED));
    const r = await gate({ environment: 'production' }, push, env);
    expect(r.exitCode).toBe(1);
    expect(gh.deploymentsFor(REPO)).toHaveLength(0);
    await results(comparison(PUSHED));
    await gate({ environment: 'production' }, push, env);
    const failed = await gate({ environment: 'production', record: 'failure' }, push, env);
    expect(failed.exitCode).toBe(0);
    expect(gh.deploymentsFor(REPO)[0]!.statuses.map((s) => s.state)).toEqual(['failure', 'queued']);
  });
});

describe('gate: an override covers only the code that was there when the label was added', () => {
  const maintainerLabels = () => gh.labelIssue(REPO, 2, 'holdout:override', 'rel-manager');

  it('a pre-staged push is refused: a commit that ran CI on another branch before the label, pushed to the pull request after it', async () => {
    gh.addWorkflowRun(REPO, { sha: NEXT, branch: 'staging', event: 'push' });
    gh.tick(60);
    maintainerLabels();
    gh.tick(60);
    gh.pushToPullRequest(REPO, 2, NEXT);
    await results(validation('fail', 1, NEXT));
    const r = await gate({}, synchronize(NEXT));
    expect(r.exitCode).toBe(1);
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs.reason).toMatch(/override refused: the label was added at 2026-11-30T12:01:0\dZ, before the newest push at 2026-11-30T12:02:0\dZ \(push of 6113728f27ae to Codertocat\/Hello-World:feature by @Codertocat\)/);
    expect(gh.checkRunsFor(REPO)[0]).toMatchObject({ head_sha: NEXT, conclusion: 'failure' });
  });

  it('a backdated push is refused: the commit\'s own date (which its author sets) is before the label, the push after it', async () => {
    maintainerLabels();
    gh.tick(60);
    gh.pushToPullRequest(REPO, 2, NEXT, { committedAt: '2026-11-01T00:00:00Z' });
    await results(validation('fail', 1, NEXT));
    const r = await gate({}, synchronize(NEXT));
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs.reason).toMatch(/override refused: the label was added at .*, before the newest push at 2026-11-30T12:01:0\dZ/);
  });

  it('a force push after the label is refused, from the timeline and the activity GitHub records', async () => {
    maintainerLabels();
    gh.tick(60);
    gh.pushToPullRequest(REPO, 2, NEXT, { force: true, committedAt: '2026-11-01T00:00:00Z' });
    await results(validation('fail', 1, NEXT));
    const r = await gate({}, synchronize(NEXT));
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs.reason).toMatch(/before the newest push at .* \((force push of 6113728f27ae|head ref force pushed by @Codertocat)/);
  });

  it('a label added after the newest push is honoured, naming who added it and when (its labeled event)', async () => {
    gh.pushToPullRequest(REPO, 2, NEXT, { committedAt: '2026-12-24T00:00:00Z' });
    gh.tick(60);
    maintainerLabels();
    const labeledAt = gh.now();
    await results(validation('fail', 1, NEXT));
    const r = await gate({}, synchronize(NEXT));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.decision).toBe('overridden');
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit.override).toMatchObject({ honoured: true, actor: 'rel-manager', at: labeledAt });
  });

  it('on a pull request from a fork, the push is read from the fork\'s activity: a backdated push there after the label is refused', async () => {
    gh.addPullRequest(REPO, { number: 3, author: 'forker', headSha: HEAD, headRepo: 'forker/Hello-World', headRef: 'patch-1' });
    gh.tick(60);
    gh.labelIssue(REPO, 3, 'holdout:override', 'rel-manager');
    gh.tick(60);
    gh.pushToPullRequest(REPO, 3, NEXT, { committedAt: '2026-11-01T00:00:00Z' });
    await results(validation('fail', 1, NEXT));
    const fork = (p: Record<string, any>) => {
      p.number = 3;
      p.pull_request.number = 3;
    };
    const r = await gate({}, webhookExample('pull_request', 'synchronize', (p) => {
      fork(p);
      p.pull_request.head.sha = NEXT;
    }));
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs.reason).toMatch(/before the newest push at .* \(push of 6113728f27ae to forker\/Hello-World:patch-1 by @forker\)/);
    expect(gh.requests.some((q) => q.operationId === 'repos/list-activities' && q.path.startsWith('/repos/forker/Hello-World/activity?'))).toBe(true);
  });

  it.each([
    ['repos/list-activities', /override refused: cannot read the repository activity of Codertocat\/Hello-World \(403\), .*: the token needs contents: read on Codertocat\/Hello-World/],
    ['issues/list-events-for-timeline', /override refused: cannot read the timeline of pull request #2 \(403\), .*: the token needs pull-requests: read \(or issues: read\)/],
  ])('without the permission to know when the head changed (%s: 403) the override is refused, naming the permission', async (operationId, reason) => {
    gh.tick(60);
    maintainerLabels();
    gh.injectFault({ operationId, status: 403, times: 10, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
    await results(validation('fail'));
    const r = await gate();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toMatch(reason);
  });
});

describe('gate: it decides from the checks, and every input must be a results document for the gated commit', () => {
  it('a document whose status says pass over failing checks fails on integrity, and no override lifts it', async () => {
    const forged = validation('fail', 3);
    forged.status = 'pass';
    await results(forged);
    gh.tick(60);
    gh.labelIssue(REPO, 2, 'holdout:override', 'rel-manager');
    const r = await gate();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toBe('cannot decide: holdout-results/0-validate-data.json says pass but its checks say fail: it was not written as holdout writes results');
    expect(gh.checkRunsFor(REPO)[0]!.conclusion).toBe('failure');
  });

  it('a failing document that starts like a profile is read, not skipped; a genuine profile beside the results is left out', async () => {
    await results(validation('pass'));
    const failing = validation('fail');
    await writeFile(join(workspace, 'holdout-results/disguised.json'), JSON.stringify({ holdoutProfile: 1, ...failing }));
    await writeFile(join(workspace, 'holdout-results/profile.json'), JSON.stringify({ holdoutProfile: 1, rows: 0, columns: {} }));
    const r = await gate();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs.reason).toBe('Data validation: age: ≥ 18: 1 errors');
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit.inputs.map((i: { file: string }) => i.file)).toEqual(['holdout-results/0-validate-data.json', 'holdout-results/disguised.json']);
    await rm(join(workspace, 'holdout-results/disguised.json'));
    const clean = await gate();
    expect(clean.exitCode, clean.stdout).toBe(0);
    expect(clean.stdout).toContain('left out 1 profile (holdout-results/profile.json)');
  });

  it('a document without the subject commit fails integrity', async () => {
    const unstamped = validation('pass');
    delete unstamped.subject.gitSha;
    await results(unstamped);
    const r = await gate();
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toBe('cannot decide: holdout-results/0-validate-data.json names no commit (subject.gitSha), so it cannot be tied to the gated ec26c3e57ca3');
  });
});

describe('gate: merge queues', () => {
  const QUEUE_HEAD = '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d';
  const queued = (prHead = HEAD) => webhookExample('merge_group', 'checks_requested', (p) => {
    p.repository = pullRequest.payload.repository;
    p.merge_group.head_ref = `refs/heads/gh-readonly-queue/master/pr-2-${prHead}`;
  });

  it('gates the queue\'s head, and the override on the queued pull request carries over', async () => {
    gh.tick(60);
    gh.labelIssue(REPO, 2, 'holdout:override', 'rel-manager');
    await results(validation('fail', 1, QUEUE_HEAD));
    const r = await gate({}, queued());
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.decision).toBe('overridden');
    expect(gh.checkRunsFor(REPO)).toMatchObject([{ head_sha: QUEUE_HEAD, conclusion: 'neutral' }]);
  });

  it('an override does not carry over to a queue entry for another head of the pull request', async () => {
    gh.tick(60);
    gh.labelIssue(REPO, 2, 'holdout:override', 'rel-manager');
    await results(validation('fail', 1, QUEUE_HEAD));
    const r = await gate({}, queued(NEXT));
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toMatch(/override refused: the merge queue entry holds 6113728f27ae of pull request #2, whose head is now ec26c3e57ca3/);
  });
});
