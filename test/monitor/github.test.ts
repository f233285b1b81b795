// The monitor's GitHub side in-process, against the fake GitHub (requests
// checked against GitHub's OpenAPI description): one issue per model and key,
// found by marker and author; updated, not duplicated; closed with a comment
// when healthy; reopened with its history when the model degrades again; the
// retraining trigger when a failure begins; a read-only token warns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monitorMarker } from '../../shared/github/issue.js';
import { MemoryLogger } from '../../shared/log.js';
import { readHistory } from '../../shared/monitor/history.js';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { monitorOptions, runMonitor } from '../../shared/steps/monitor.js';
import { optionsFromText } from '../../shared/steps/options.js';
import { FakeGitHub } from '../fake-github/server.js';
import { environment, monitorWorkspace } from './fixtures.js';

const REPO = 'Codertocat/Hello-World';
const repo = { owner: 'Codertocat', repo: 'Hello-World' };
let gh: FakeGitHub;
let ws: string;

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('ghs_read', { user: 'github-actions[bot]', installation: true, permissions: { issues: 'read', actions: 'read', contents: 'read' } });
  ws ??= await monitorWorkspace();
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

async function monitor(data: 'drifted.csv' | 'healthy.csv', extra: Record<string, string> = {}, token = 'ghs_bot') {
  const logger = new MemoryLogger();
  const given: Record<string, string> = { data, schema: 'schema.yaml', reference: 'profiles/train.json', model: 'churn', 'dispatch-workflow': 'retrain-on-dispatch.yml', ...extra };
  const env = environment(ws, { octokit: createOctokit({ token, apiUrl: gh.url, retries: 1, backoffUnitMs: 1 }), repo }, logger);
  const result = await runMonitor(optionsFromText(monitorOptions, 'input', (n) => given[n]), env);
  const published = await result.publish!();
  return { result, published, logger };
}

describe('the reference the deployment recorded', () => {
  it('deployment:production:<path> reads the profile at the commit of the newest successful deployment, not a newer failed one', async () => {
    const octokit = createOctokit({ token: 'ghs_bot', apiUrl: gh.url, retries: 1, backoffUnitMs: 1 });
    const deployed = 'd'.repeat(40);
    const failed = 'e'.repeat(40);
    for (const [sha, state] of [[deployed, 'success'], [failed, 'failure']] as const) {
      const { data } = await octokit.rest.repos.createDeployment({ ...repo, ref: sha, environment: 'production', auto_merge: false, required_contexts: [] });
      await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: (data as { id: number }).id, state });
    }
    const { readFile } = await import('node:fs/promises');
    gh.setContent(REPO, deployed, 'profiles/train.json', await readFile(`${ws}/profiles/train.json`));
    gh.setContent(REPO, failed, 'profiles/train.json', 'not a profile');
    const run = await monitor('drifted.csv', { reference: 'deployment:production:profiles/train.json' });
    expect(run.result.failure?.kind).toBe('verdict');
    expect(run.result.data!.subject.reference).toMatchObject({ path: `deployment:production:profiles/train.json (${deployed.slice(0, 12)})` });
    expect(gh.requests.some((r) => r.operationId === 'repos/get-content' && r.path.includes(`ref=${deployed}`))).toBe(true);
  });

  it('no successful deployment: an input error saying so', async () => {
    await expect(monitor('drifted.csv', { reference: 'deployment:staging:profiles/train.json' })).rejects.toThrow(/^reference: deployment:staging:profiles\/train\.json: no successful deployment to "staging"$/);
  });
});

describe('the monitor issue', () => {
  it('fail opens one issue and dispatches once; fail again updates it (no second issue, no second dispatch); healthy closes it with a comment', async () => {
    const first = await monitor('drifted.csv');
    expect(first.published).toMatchObject({ 'issue-action': 'opened', dispatched: true });
    let issues = gh.issuesIn(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', author: 'github-actions[bot]', labels: ['holdout-monitor'], title: 'holdout monitor: churn is degraded' });
    expect(issues[0]!.body).toContain(monitorMarker({ repository: repo, model: 'churn', key: 'default' }));
    expect(issues[0]!.body).toMatch(/drift from the reference/);
    expect(gh.dispatchesFor(REPO)).toEqual([{ kind: 'workflow_dispatch', repo: REPO.toLowerCase(), name: 'retrain-on-dispatch.yml', ref: 'main', payload: {}, sender: 'github-actions[bot]' }]);

    const second = await monitor('drifted.csv');
    expect(second.published).toMatchObject({ 'issue-action': 'updated', 'issue-number': issues[0]!.number, dispatched: false });
    issues = gh.issuesIn(REPO);
    expect(issues).toHaveLength(1);
    const history = readHistory(issues[0]!.body).runs;
    expect(history.map((r) => r.status)).toEqual(['fail', 'fail']);
    // Since when: the first failing run; the trend charts every statistic that failed.
    expect(issues[0]!.body).toContain(`Failing since [${history[0]!.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}]`);
    expect(issues[0]!.body).toMatch(/```mermaid\nxychart-beta\n  title "plan: drift \(jensenshannon\)"/);
    expect(second.result.outputs['failing-since']).toBe(history[0]!.at);
    expect(gh.dispatchesFor(REPO)).toHaveLength(1);

    const healthy = await monitor('healthy.csv');
    expect(healthy.published).toMatchObject({ 'issue-action': 'closed', dispatched: false });
    issues = gh.issuesIn(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(readHistory(issues[0]!.body).runs.map((r) => r.status)).toEqual(['fail', 'fail', 'pass']);
    const comments = gh.commentsOn(REPO, issues[0]!.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^Healthy again: every monitor check passes/);
  });

  it('degrading again reopens the same issue with its history, and dispatches again (a new failure)', async () => {
    await monitor('drifted.csv');
    await monitor('healthy.csv');
    const again = await monitor('drifted.csv');
    expect(again.published).toMatchObject({ 'issue-action': 'reopened', dispatched: true });
    const issues = gh.issuesIn(REPO);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.state).toBe('open');
    expect(readHistory(issues[0]!.body).runs.map((r) => r.status)).toEqual(['fail', 'pass', 'fail']);
    expect(gh.dispatchesFor(REPO)).toHaveLength(2);
  });

  it('an issue whose body quotes the marker but that another user wrote is not adopted', async () => {
    const marker = monitorMarker({ repository: repo, model: 'churn', key: 'default' });
    const forged = gh.addIssue(REPO, { author: 'mallory', title: 'look', body: `${marker}\nnot holdout's`, labels: ['holdout-monitor'] });
    const run = await monitor('drifted.csv');
    expect(run.published['issue-action']).toBe('opened');
    expect(run.published['issue-number']).not.toBe(forged);
    expect(gh.issuesIn(REPO).find((i) => i.number === forged)!.body).toBe(`${marker}\nnot holdout's`);
  });

  it('each model and monitor key has its own issue', async () => {
    await monitor('drifted.csv');
    await monitor('drifted.csv', { 'monitor-key': 'eu' });
    await monitor('drifted.csv', { model: 'upsell' });
    expect(gh.issuesIn(REPO).map((i) => i.title).sort()).toEqual(['holdout monitor: churn (eu) is degraded', 'holdout monitor: churn is degraded', 'holdout monitor: upsell is degraded']);
  });

  it('two runs at once leave one open issue', async () => {
    gh.latencyMs = 20;
    await Promise.all([monitor('drifted.csv'), monitor('drifted.csv')]);
    expect(gh.issuesIn(REPO).filter((i) => i.state === 'open')).toHaveLength(1);
  });

  it('a repository_dispatch carries the payload given and holdout\'s verdict under `holdout`', async () => {
    const run = await monitor('drifted.csv', { 'dispatch-workflow': '', 'dispatch-event': 'retrain-churn', 'dispatch-payload': 'dataset: s3://bucket/serving/\npriority: high' });
    expect(run.published.dispatched).toBe(true);
    const [dispatch] = gh.dispatchesFor(REPO);
    expect(dispatch).toMatchObject({ kind: 'repository_dispatch', name: 'retrain-churn', payload: { dataset: 's3://bucket/serving/', priority: 'high', holdout: { model: 'churn', key: 'default', status: 'fail', issue: run.published['issue-number'] } } });
    expect((dispatch!.payload.holdout as { failing: string[] }).failing).toEqual(expect.arrayContaining(['drift:plan']));
  });

  it('a read-only token warns: the verdict and outputs stand, nothing is written', async () => {
    const run = await monitor('drifted.csv', {}, 'ghs_read');
    expect(run.result.failure?.kind).toBe('verdict');
    expect(run.published).toMatchObject({ 'issue-action': 'none', dispatched: false });
    expect(run.logger.warnings.join('\n')).toMatch(/could not write the monitor issue \(403.*grant the token issues: write/);
    expect(run.logger.warnings.join('\n')).toMatch(/could not send the retraining trigger \(403.*grant the token actions: write/);
    expect(gh.issuesIn(REPO)).toEqual([]);
    expect(gh.dispatchesFor(REPO)).toEqual([]);
  });

  it('dispatch-on every-failure sends the trigger on each failing run; without the issue every failing run is new', async () => {
    await monitor('drifted.csv', { 'dispatch-on': 'every-failure' });
    await monitor('drifted.csv', { 'dispatch-on': 'every-failure' });
    expect(gh.dispatchesFor(REPO)).toHaveLength(2);
    await monitor('drifted.csv', { issue: 'false', model: 'other' });
    await monitor('drifted.csv', { issue: 'false', model: 'other' });
    expect(gh.dispatchesFor(REPO)).toHaveLength(4);
    expect(gh.issuesIn(REPO).map((i) => i.title)).toEqual(['holdout monitor: churn is degraded']);
  });

  it('a passing run with no issue to close writes nothing', async () => {
    const run = await monitor('healthy.csv');
    expect(run.published).toMatchObject({ 'issue-action': 'none', dispatched: false });
    expect(gh.issuesIn(REPO)).toEqual([]);
  });
});
