// The subject commit of every result, end to end: the step-by-step pr-check
// flow (validate-data, compare-metrics, gate as separate bundles) on each
// event with GitHub's own per-event GITHUB_SHA / GITHUB_REF (the harness sets
// them as "Events that trigger workflows" documents). On pull_request
// GITHUB_SHA is the test merge commit; results stamped with it made the gate
// fail every pull request on integrity ("made for commit …, not the gated …").
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';
import { defaultBranchTip, eventEnvironment, ROOT, runBundle, testMergeCommit, webhookExample, type WebhookEvent } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addPullRequest(REPO, { number: 2, author: 'Codertocat', headSha: HEAD });
  workspace = await tempDir('holdout-ws-');
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ roc_auc: 0.87 }));
  await writeFile(join(workspace, 'baseline.json'), JSON.stringify({ roc_auc: 0.865 }));
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const step = (bundle: string, event: WebhookEvent, inputs: Record<string, string>) =>
  runBundle({ bundle, workspace, apiUrl: gh.url, event, inputs: { token: 'ghs_bot', ...inputs }, timeoutMs: 120_000 });

/** pr-check.yml's steps: validate-data, compare-metrics, then the gate over both results. */
async function prCheck(event: WebhookEvent) {
  const validate = await step('validate-data', event, { data: 'data/train.csv', schema: 'data/schema.yaml' });
  expect(validate.exitCode, validate.stdout).toBe(0);
  const compare = await step('compare-metrics', event, { candidate: 'candidate.json', baseline: 'baseline.json', policy: 'metrics:\n  roc_auc: { min: 0.8, max_regression: 0.01 }\n' });
  expect(compare.exitCode, compare.stdout).toBe(0);
  const gate = await step('gate', event, { results: 'holdout-results/*.json' });
  const stamped = await Promise.all(['validate-data', 'compare-metrics'].map(async (kind) => parseResults(await readFile(join(workspace, `holdout-results/${kind}.json`), 'utf8'), kind).subject.gitSha));
  return { gate, stamped };
}

const pullRequestTarget = (): WebhookEvent => ({ ...webhookExample('pull_request', 'opened'), name: 'pull_request_target' });

describe('the subject commit, as GitHub defines it per event', () => {
  it.each([
    ['pull_request', () => webhookExample('pull_request', 'opened')],
    ['pull_request (synchronize)', () => webhookExample('pull_request', 'synchronize')],
    ['pull_request_target', pullRequestTarget],
  ])('%s: GITHUB_SHA is not the head, yet every result is stamped with the head and the gate passes on it', async (_name, make) => {
    const event = make();
    const runner = eventEnvironment(event);
    // The harness is GitHub: on these events GITHUB_SHA is the merge commit or the base branch, never the head.
    expect(runner.GITHUB_SHA).not.toBe(HEAD);
    expect(runner.GITHUB_SHA).toBe(event.name === 'pull_request' ? testMergeCommit(event.payload) : (event.payload as any).pull_request.base.sha);
    expect(runner.GITHUB_REF).toBe(event.name === 'pull_request' ? 'refs/pull/2/merge' : 'refs/heads/master');
    expect(runner).toMatchObject({ GITHUB_HEAD_REF: 'changes', GITHUB_BASE_REF: 'master' });

    const { gate, stamped } = await prCheck(event);
    expect(stamped).toEqual([HEAD, HEAD]);
    expect(gate.exitCode, gate.stdout).toBe(0);
    expect(gate.outputs.decision).toBe('pass');
    expect(gh.checkRunsFor(REPO)).toMatchObject([{ name: 'holdout / gate', head_sha: HEAD, conclusion: 'success' }]);
  });

  it('workflow_run (the fork-safe report job): the gate gates the triggering run\'s head, not the default branch in GITHUB_SHA', async () => {
    // The untrusted pull_request run computed the results…
    const { stamped } = await prCheck(webhookExample('pull_request', 'opened'));
    expect(stamped).toEqual([HEAD, HEAD]);
    // …and the privileged workflow_run job gates them.
    const event = webhookExample('workflow_run', 'completed', (p) => {
      p.repository = webhookExample('pull_request', 'opened').payload.repository;
      p.workflow_run.head_sha = HEAD;
      p.workflow_run.head_branch = 'feature';
      p.workflow_run.head_repository = p.repository;
      p.workflow_run.event = 'pull_request';
      p.workflow_run.pull_requests = [{ number: 2, head: { sha: HEAD, ref: 'feature' } }];
    });
    expect(eventEnvironment(event).GITHUB_SHA).toBe(defaultBranchTip(event.payload));
    const gate = await step('gate', event, { results: 'holdout-results/*.json' });
    expect(gate.exitCode, gate.stdout).toBe(0);
    expect(gh.checkRunsFor(REPO).at(-1)).toMatchObject({ head_sha: HEAD, conclusion: 'success' });
  });

  it('merge_group: results and the check run are on the queue\'s head (GITHUB_SHA), never the pull request\'s', async () => {
    const event = webhookExample('merge_group', 'checks_requested', (p) => {
      p.repository = webhookExample('pull_request', 'opened').payload.repository;
      p.merge_group.head_ref = `refs/heads/gh-readonly-queue/master/pr-2-${HEAD}`;
    });
    const queueHead = (event.payload as any).merge_group.head_sha as string;
    expect(eventEnvironment(event)).toMatchObject({ GITHUB_SHA: queueHead, GITHUB_REF: `refs/heads/gh-readonly-queue/master/pr-2-${HEAD}` });
    const { gate, stamped } = await prCheck(event);
    expect(stamped).toEqual([queueHead, queueHead]);
    expect(gate.exitCode, gate.stdout).toBe(0);
    expect(gh.checkRunsFor(REPO)).toMatchObject([{ head_sha: queueHead, conclusion: 'success' }]);
  });

  it.each([
    ['push', () => webhookExample('push')],
    ['workflow_dispatch', () => webhookExample('workflow_dispatch')],
  ])('%s: results are about GITHUB_SHA', async (_name, make) => {
    const event = make();
    const sha = eventEnvironment(event).GITHUB_SHA!;
    const { gate, stamped } = await prCheck(event);
    expect(stamped).toEqual([sha, sha]);
    expect(gate.exitCode, gate.stdout).toBe(0);
    expect(gh.checkRunsFor(REPO)).toMatchObject([{ head_sha: sha }]);
  });
});
