import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { parseResults } from '../../shared/results/io.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';
import { ROOT, runBundle, webhookExample } from './harness.js';

const REPO = 'Codertocat/Hello-World';
let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  workspace = await tempDir('holdout-ws-');
  await cp(join(ROOT, 'examples/compare'), join(workspace, 'model'), { recursive: true });
  await writeFile(join(workspace, 'model/candidate.json'), JSON.stringify({ test: { roc_auc: 0.87, log_loss: 0.41 } }));
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const run = (inputs: Record<string, string>) =>
  runBundle({ bundle: 'compare-metrics', workspace, apiUrl: gh.url, event: webhookExample('pull_request', 'opened'), inputs: { token: 'ghs_bot', ...inputs } });

async function results() {
  const document = parseResults(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'), 'results');
  if (document.kind !== 'compare-metrics') throw new Error('wrong kind');
  return document;
}

const METRICS_POLICY = 'metrics:\n  test.roc_auc: { min: 0.8, max_regression: 0.01 }\n  test.log_loss: { max_relative_regression: 0.05 }\n';

describe('compare-metrics bundle', () => {
  it('paired predictions from paths: noise-aware tests, slices, outputs and summary', async () => {
    const r = await run({ candidate: 'model/candidate-predictions.csv', baseline: 'model/baseline-predictions.csv', policy: 'model/policy.yaml' });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.outputs.status).toBe('fail');
    expect(r.outputs.regressions).toBe('0');
    expect(r.outputs.summary).toMatch(/^FAIL: \d better, 0 worse, \d indistinguishable of 4 gated metrics/);
    const doc = await results();
    expect(doc.comparison.paired).toBe(true);
    expect(doc.comparison.rows).toBe(2000);
    const auc = doc.comparison.metrics.find((m) => m.name === 'roc_auc' && !m.slice)!;
    expect(auc.method).toBe('delong');
    expect(doc.comparison.metrics.find((m) => m.name === 'accuracy' && !m.slice)!.method).toBe('mcnemar-exact');
    expect(doc.comparison.metrics.find((m) => m.name === 'log_loss' && !m.slice)!.method).toBe('bootstrap-bca');
    const west = doc.comparison.metrics.find((m) => m.name === 'roc_auc' && m.slice?.value === 'west')!;
    expect(west).toMatchObject({ status: 'fail', verdict: 'worse' });
    expect(r.summary).toContain('| ❌ roc\\_auc<br><sub>region west · n=');
  });

  it('git:<ref>:<path> reads the baseline through the contents API', async () => {
    gh.setContent(REPO, 'main', 'metrics/prod.json', JSON.stringify({ test: { roc_auc: 0.865, log_loss: 0.4 } }));
    const r = await run({ candidate: 'model/candidate.json', baseline: 'git:main:metrics/prod.json', policy: METRICS_POLICY });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.status).toBe('pass');
    const doc = await results();
    expect(doc.comparison.baseline).toMatchObject({ source: 'git:main:metrics/prod.json', kind: 'metrics' });
    expect(gh.requests.some((q) => q.operationId === 'repos/get-content' && q.path.includes('ref=main'))).toBe(true);
  });

  it('artifact:<name> takes the newest successful default-branch run', async () => {
    const zip = (metrics: object) => Buffer.from(zipSync({ 'metrics.json': new TextEncoder().encode(JSON.stringify(metrics)) }));
    gh.addWorkflowRun(REPO, { branch: 'main', conclusion: 'success', artifacts: [{ name: 'model-metrics', zip: zip({ test: { roc_auc: 0.5, log_loss: 0.9 } }) }] });
    gh.addWorkflowRun(REPO, { branch: 'feature', conclusion: 'success', artifacts: [{ name: 'model-metrics', zip: zip({ test: { roc_auc: 0.99, log_loss: 0.1 } }) }] });
    gh.addWorkflowRun(REPO, { branch: 'main', conclusion: 'failure', artifacts: [{ name: 'model-metrics', zip: zip({ test: { roc_auc: 0.99, log_loss: 0.1 } }) }] });
    const newest = gh.addWorkflowRun(REPO, { branch: 'main', conclusion: 'success', artifacts: [{ name: 'model-metrics', zip: zip({ test: { roc_auc: 0.9, log_loss: 0.4 } }) }] });
    const r = await run({ candidate: 'model/candidate.json', baseline: 'artifact:model-metrics', policy: METRICS_POLICY });
    expect(r.outputs.status).toBe('fail'); // 0.87 vs 0.9 regresses by 0.03
    const doc = await results();
    expect(doc.comparison.baseline!.id).toMatch(new RegExp(`^run ${newest} `));
    expect(doc.comparison.metrics.find((m) => m.name === 'test.roc_auc')!.baseline).toBe(0.9);
  });

  it('deployment:<environment> reads the metrics the gate recorded in the newest successful deployment', async () => {
    const octokit = createOctokit({ token: 'ghs_bot', apiUrl: gh.url, backoffUnitMs: 1 });
    const [owner, repo] = REPO.split('/') as [string, string];
    const deploy = async (metrics: Record<string, number>, state: 'success' | 'failure') => {
      const payload = { holdout: { version: 1, decision: 'pass', metrics, commit: 'a'.repeat(40), audit: { sha256: 'b'.repeat(64) } } };
      const { data } = await octokit.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [], payload });
      await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: (data as { id: number }).id, state });
    };
    await deploy({ 'test.roc_auc': 0.86, 'test.log_loss': 0.405 }, 'success');
    await deploy({ 'test.roc_auc': 0.95, 'test.log_loss': 0.2 }, 'failure');
    const r = await run({ candidate: 'model/candidate.json', baseline: 'deployment:production', policy: METRICS_POLICY });
    expect(r.exitCode, r.stdout).toBe(0);
    const doc = await results();
    expect(doc.comparison.metrics.find((m) => m.name === 'test.roc_auc')!.baseline).toBe(0.86);
    expect(doc.comparison.baseline!.id).toMatch(/^deployment \d+ /);
  });

  it('a baseline that cannot be found says which source was tried and what was there', async () => {
    const r = await run({ candidate: 'model/candidate.json', baseline: 'deployment:staging', policy: METRICS_POLICY });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.summary).toContain('no baseline: deployment:staging: no successful deployment to "staging" (none at all: the first deploy?)');
    const first = await run({ candidate: 'model/candidate.json', baseline: 'deployment:staging', policy: METRICS_POLICY + 'allow_missing_baseline: true\n' });
    expect(first.exitCode).toBe(0);
    gh.injectFault({ operationId: 'repos/get-content', status: 403, body: { message: 'Resource not accessible by integration' } });
    const forbidden = await run({ candidate: 'model/candidate.json', baseline: 'git:main:metrics/prod.json', policy: METRICS_POLICY });
    expect(forbidden.outputs.summary).toMatch(/git:main:metrics\/prod\.json: the token may not read it \(403/);
  });

  it('bad input fails the step with one line naming the file', async () => {
    await mkdir(join(workspace, 'bad'), { recursive: true });
    await writeFile(join(workspace, 'bad/c.csv'), 'id,label,score,region\na,1,0.9,north\nb,0,oops,west\n');
    const r = await run({ candidate: 'bad/c.csv', baseline: 'model/baseline-predictions.csv', policy: 'model/policy.yaml' });
    expect(r.exitCode).toBe(1);
    expect(r.failures).toEqual(['bad/c.csv:3: score "oops" in row 2 is not a finite number']);
    expect((await results()).status).toBe('error');
  });
});
