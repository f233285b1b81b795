// The monitor bundle (dist/monitor/index.js) as the runner runs it on a
// schedule, against the fake GitHub: drifted production data opens one issue
// and sends one workflow_dispatch; a second failing run updates that issue
// (no duplicate, also under two concurrent runs and a failing API call); a
// healthy run closes it; a read-only token gives a warning, never a crash.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readHistory } from '../../shared/monitor/history.js';
import { FakeGitHub } from '../fake-github/server.js';
import { monitorWorkspace } from '../monitor/fixtures.js';
import { runBundle } from './harness.js';

const REPO = 'Codertocat/Hello-World';
let gh: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  workspace = await monitorWorkspace();
});
beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('ghs_read', { user: 'github-actions[bot]', installation: true, permissions: { issues: 'read', actions: 'read', contents: 'read' } });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

/** A scheduled run: the event GitHub sends for `on: schedule` carries the cron line. */
const run = (data: string, token = 'ghs_bot') =>
  runBundle({
    bundle: 'monitor', workspace, apiUrl: gh.url, timeoutMs: 120_000,
    event: { name: 'schedule', payload: { schedule: '17 6 * * *' } },
    inputs: { data, schema: 'schema.yaml', reference: 'profiles/train.json', model: 'churn', 'dispatch-workflow': 'retrain-on-dispatch.yml', 'dispatch-inputs': 'reason: holdout monitor', token },
    env: { GITHUB_WORKFLOW: 'monitor', GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/monitor.yml@refs/heads/main` },
  });

describe('monitor bundle on a schedule', () => {
  it('drifted data opens one issue and sends one dispatch; a second failing run updates it; a healthy run closes it', async () => {
    const first = await run('drifted.csv');
    expect(first.exitCode, first.stderr).toBe(1);
    expect(first.failures.join('\n')).toMatch(/^Monitor fail: /);
    expect(first.outputs).toMatchObject({ status: 'fail', 'issue-action': 'opened', dispatched: 'true', 'results-file': 'holdout-results/monitor-data.json' });
    expect(JSON.parse(first.outputs.problems!)).toEqual(expect.arrayContaining(['drift:plan']));
    expect(first.summary).toMatch(/holdout monitor: `churn` — fail/);
    expect(gh.issuesIn(REPO)).toHaveLength(1);
    expect(gh.dispatchesFor(REPO)).toEqual([expect.objectContaining({ kind: 'workflow_dispatch', name: 'retrain-on-dispatch.yml', ref: 'main', payload: { reason: 'holdout monitor' } })]);
    const document = JSON.parse(await readFile(join(workspace, 'holdout-results/monitor-data.json'), 'utf8'));
    expect(document).toMatchObject({ holdout: 1, kind: 'validate-data', status: 'fail' });

    const second = await run('drifted.csv');
    expect(second.outputs).toMatchObject({ 'issue-action': 'updated', 'issue-number': first.outputs['issue-number'], dispatched: 'false' });
    expect(gh.issuesIn(REPO)).toHaveLength(1);
    expect(gh.dispatchesFor(REPO)).toHaveLength(1);
    // The job summary shows the trend from the issue's history.
    expect(second.summary).toMatch(/Trend over the last 2 runs[\s\S]*```mermaid\nxychart-beta/);

    const healthy = await run('healthy.csv');
    expect(healthy.exitCode, healthy.stderr).toBe(0);
    expect(healthy.outputs).toMatchObject({ status: 'pass', 'issue-action': 'closed', dispatched: 'false' });
    const [issue] = gh.issuesIn(REPO);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(readHistory(issue!.body).runs.map((r) => r.status)).toEqual(['fail', 'fail', 'pass']);
    expect(gh.commentsOn(REPO, issue!.number).map((c) => c.body)).toEqual([expect.stringMatching(/^Healthy again/)]);
  });

  it('two concurrent failing runs, one of whose calls fails once, leave one open issue', async () => {
    gh.latencyMs = 25;
    gh.injectFault({ operationId: 'issues/create', status: 502 });
    const [a, b] = await Promise.all([run('drifted.csv'), run('drifted.csv')]);
    expect([a.exitCode, b.exitCode]).toEqual([1, 1]);
    expect(gh.issuesIn(REPO).filter((i) => i.state === 'open')).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'issues/create' && r.status === 502)).toHaveLength(1);
  });

  it('a read-only token gives a warning; the verdict, summary and outputs stand', async () => {
    const result = await run('drifted.csv', 'ghs_read');
    expect(result.exitCode).toBe(1);
    expect(result.failures.join('\n')).toMatch(/^Monitor fail: /);
    expect(result.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n');
    expect(warnings).toMatch(/could not write the monitor issue \(403/);
    expect(warnings).toMatch(/could not send the retraining trigger \(403.*actions: write/);
    expect(result.outputs).toMatchObject({ status: 'fail', 'issue-action': 'none', dispatched: 'false' });
    expect(result.summary).toMatch(/holdout monitor/);
    expect(gh.issuesIn(REPO)).toEqual([]);
    expect(gh.dispatchesFor(REPO)).toEqual([]);
  });
});
