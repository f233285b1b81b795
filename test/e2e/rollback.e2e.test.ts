// The gate's mode: rollback end to end, as the runner runs the bundles: two
// approved deploys that each promoted a registry model (recorded as success),
// then a rollback re-deploys the first one's commit with its payload — a new
// deployment recorded as success, with its own audit record — and moves the
// registry back; compare-metrics' deployment:production (and the registry
// baseline) then read the first deploy's model again.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { FakeGitHub } from '../fake-github/server.js';
import { MLFLOW_TOKEN, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { FakeSageMaker } from '../fake-sagemaker/server.js';
import { tempDir } from '../helpers.js';
import { madeUpCommit, runBundle, webhookExample, type BundleRun } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const FIRST = madeUpCommit('first release');
const SECOND = madeUpCommit('second release');
const pushOf = (sha: string) => webhookExample('push', undefined, (p) => {
  p.after = sha;
});
const dispatch = webhookExample('workflow_dispatch');
let gh: FakeGitHub;
let workspace: string;

function comparison(sha: string, auc: number): ResultsDocument {
  return {
    holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'pass', createdAt: '2026-12-01T00:00:00Z',
    subject: { files: [{ path: `model-${sha.slice(0, 7)}.pkl` }], gitSha: sha },
    checks: [{ id: 'metric:roc_auc:min', title: 'roc_auc: ≥ 0.8', status: 'pass', message: 'ok', count: 0, locations: [] }],
    comparison: {
      task: null, paired: false, rows: null, confidence: 0.95, candidate: { source: 'candidate.json', kind: 'metrics' }, baseline: null,
      policy: { source: 'policy.yaml' }, metrics: [{ name: 'roc_auc', direction: 'higher', gated: true, candidate: auc, baseline: null, difference: null, relativeDifference: null, interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: 'better', status: 'pass', thresholds: { min: 0.8 } }],
      regressions: 0, improvements: 0, summary: 'PASS',
    },
  } as ResultsDocument;
}

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  workspace = await tempDir('holdout-ws-');
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const gate = (inputs: Record<string, string>, event: ReturnType<typeof webhookExample>, env: Record<string, string>) =>
  runBundle({ bundle: 'gate', workspace, apiUrl: gh.url, event, inputs: { results: 'holdout-results/*.json', token: 'ghs_bot', environment: 'production', ...inputs }, env, timeoutMs: 120_000 });

/** An approved deploy of `sha` (candidate roc_auc `auc`) with `promote`, recorded as success after ./deploy.sh. */
async function deploy(sha: string, auc: number, promote: Record<string, string>, env: Record<string, string>): Promise<number> {
  await rm(join(workspace, 'holdout-results'), { recursive: true, force: true });
  await mkdir(join(workspace, 'holdout-results'), { recursive: true });
  await writeFile(join(workspace, 'holdout-results/compare-metrics.json'), JSON.stringify(comparison(sha, auc)));
  const decided = await gate(promote, pushOf(sha), env);
  expect(decided.exitCode, decided.stdout + decided.stderr).toBe(0);
  const recorded = await gate({ record: 'success' }, pushOf(sha), env);
  expect(recorded.exitCode, recorded.stdout + recorded.stderr).toBe(0);
  return Number(decided.outputs['deployment-id']);
}

/** The production baseline as compare-metrics reads it (deployment:production). */
async function productionBaseline(): Promise<{ auc: number; id: string }> {
  await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ roc_auc: 0.95 }));
  const r = await runBundle({ bundle: 'compare-metrics', workspace, apiUrl: gh.url, event: dispatch, inputs: { candidate: 'candidate.json', baseline: 'deployment:production', policy: 'metrics:\n  roc_auc: { max_regression: 0.01 }', token: 'ghs_bot' } });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  const doc = JSON.parse(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'));
  return { auc: doc.comparison.metrics[0].baseline, id: doc.comparison.baseline.id };
}

function expectOneLineFailure(r: BundleRun, pattern: RegExp): void {
  expect(r.exitCode, r.stdout + r.stderr).not.toBe(0);
  expect(r.failures).toHaveLength(1);
  expect(r.failures[0]).toMatch(pattern);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('gate mode: rollback with an MLflow champion', () => {
  let mlflow: FakeMlflow;
  const env = () => ({ MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN });
  beforeEach(async () => {
    mlflow = await startMlflow();
    mlflow.addVersion('churn', { runId: mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.9 }] }) });
    mlflow.addVersion('churn', { runId: mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.93 }] }) });
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  it('re-deploys the previous deployment with its payload, moves champion back, and deployment:production reads it again', async () => {
    const first = await deploy(FIRST, 0.9, { promote: 'mlflow:churn@champion', 'promote-candidate': '1' }, env());
    const second = await deploy(SECOND, 0.93, { promote: 'mlflow:churn@champion', 'promote-candidate': '2' }, env());
    expect(mlflow.alias('churn', 'champion')).toBe('2');
    expect(await productionBaseline()).toMatchObject({ auc: 0.93, id: `deployment ${second} (${SECOND.slice(0, 12)})` });

    const r = await gate({ mode: 'rollback' }, dispatch, env());
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const id = Number(r.outputs['deployment-id']);
    expect(r.outputs).toMatchObject({ decision: 'rollback', commit: FIRST, model: `model-${FIRST.slice(0, 7)}.pkl`, promotion: 'MLflow churn@champion: version 2 → version 1' });
    expect(mlflow.alias('churn', 'champion')).toBe('1');

    // A new deployment of the first commit, with the first deploy's payload and the rollback's own audit record, recorded as success.
    const created = gh.deploymentsFor(REPO).find((d) => d.id === id)!;
    const original = gh.deploymentsFor(REPO).find((d) => d.id === first)!;
    expect(created.sha).toBe(FIRST);
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    const { recordedAt: _recorded, ...kept } = (original.payload as { holdout: Record<string, unknown> }).holdout;
    expect(created.payload).toMatchObject({ holdout: { ...kept, audit: { sha256: expect.not.stringMatching((original.payload as any).holdout.audit.sha256) }, rollback: { of: second, to: first }, promotion: audit.promotion } });
    expect(created.statuses.map((s) => s.state)).toEqual(['success']);
    expect(audit).toMatchObject({
      kind: 'gate-audit', decision: 'rollback', environment: 'production', commit: FIRST,
      rollback: { of: { deployment: second, commit: SECOND }, to: { deployment: first, commit: FIRST, auditSha256: (original.payload as any).holdout.audit.sha256 } },
      promotion: { registry: 'mlflow', model: 'churn', alias: 'champion', previous: { version: '2' }, current: { version: '1' }, moved: true },
    });

    expect(await productionBaseline()).toMatchObject({ auc: 0.9, id: `deployment ${id} (${FIRST.slice(0, 12)})` });

    // A second rollback would re-deploy what the first one removed, or the same commit: refused in one line, nothing moved.
    const again = await gate({ mode: 'rollback' }, dispatch, env());
    expectOneLineFailure(again, /^rollback: no earlier successful holdout deployment to production of another commit than deployment \d+/);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(gh.deploymentsFor(REPO)).toHaveLength(3);
  });

  it('champion moved since the deploy: refused in one line, nothing deployed; a 503 on the move: one line, nothing deployed', async () => {
    await deploy(FIRST, 0.9, { promote: 'mlflow:churn@champion', 'promote-candidate': '1' }, env());
    await deploy(SECOND, 0.93, { promote: 'mlflow:churn@champion', 'promote-candidate': '2' }, env());
    mlflow.addVersion('churn', { aliases: ['champion'] });
    const moved = await gate({ mode: 'rollback' }, dispatch, env());
    expectOneLineFailure(moved, new RegExp(`^holdout gate: moving churn@champion back in MLflow failed: MLflow at ${mlflow.url.replace(/\./g, '\\.')}: churn@champion points to version 3, not version 2 where deployment \\d+ left it`));
    expect(gh.deploymentsFor(REPO)).toHaveLength(2);

    mlflow.setAlias('churn', 'champion', '2');
    mlflow.injectFault({ rpc: 'setRegisteredModelAlias', status: 503, times: 10 });
    const failed = await gate({ mode: 'rollback' }, dispatch, env());
    expectOneLineFailure(failed, /^holdout gate: moving churn@champion back in MLflow failed: MLflow POST \/api\/2\.0\/mlflow\/registered-models\/alias at \S+ failed after 4 attempts: 503 TEMPORARILY_UNAVAILABLE: injected 503$/);
    expect(mlflow.alias('churn', 'champion')).toBe('2');
    expect(gh.deploymentsFor(REPO)).toHaveLength(2);
    expect(failed.stdout + failed.stderr).not.toContain(MLFLOW_TOKEN);
  });

  it('the rolled-back deploy promoted nothing: the deployment only, the registry untouched', async () => {
    await deploy(FIRST, 0.9, {}, env());
    await deploy(SECOND, 0.93, {}, env());
    const r = await gate({ mode: 'rollback' }, dispatch, env());
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.summary).toContain('The rolled-back deploy promoted nothing in a model registry.');
    expect(mlflow.requests).toHaveLength(0);
    expect((await productionBaseline()).auc).toBe(0.9);
  });
});

describe('gate mode: rollback with a SageMaker model package group', () => {
  const KEY_ID = 'AKIAFAKEKEYID0000005';
  const SECRET = 'fakeSecretAccessKey/rollback0123456789abcd';
  let aws: FakeSageMaker;
  let env: Record<string, string>;
  beforeEach(async () => {
    aws = await FakeSageMaker.start();
    aws.addAccessKey(KEY_ID);
    env = {
      AWS_REGION: aws.region, AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_ENDPOINT_URL_SAGEMAKER: aws.url, AWS_ENDPOINT_URL_S3: aws.url,
      AWS_CONFIG_FILE: join(workspace, 'no-aws-config'), AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'no-aws-credentials'),
    };
  });
  afterEach(async () => {
    expect(aws.violations).toEqual([]);
    await aws.stop();
  });

  it('rejects the package the rolled-back deploy approved, so sagemaker:<group> reads the earlier one again', async () => {
    aws.putObject('s3://models/churn/1/statistics.json', JSON.stringify({ binary_classification_metrics: { accuracy: { value: 0.81, standard_deviation: 0.01 } } }));
    aws.putObject('s3://models/churn/2/statistics.json', JSON.stringify({ binary_classification_metrics: { accuracy: { value: 0.84, standard_deviation: 0.01 } } }));
    const one = aws.addPackage({ group: 'churn', statistics: 's3://models/churn/1/statistics.json' });
    const two = aws.addPackage({ group: 'churn', statistics: 's3://models/churn/2/statistics.json' });
    await deploy(FIRST, 0.9, { promote: 'sagemaker:churn', 'promote-candidate': one }, env);
    await deploy(SECOND, 0.93, { promote: 'sagemaker:churn', 'promote-candidate': two }, env);
    expect([aws.status(one), aws.status(two)]).toEqual(['Approved', 'Approved']);

    const r = await gate({ mode: 'rollback' }, dispatch, env);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect([aws.status(one), aws.status(two)]).toEqual(['Approved', 'Rejected']);
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit.promotion).toEqual({ registry: 'sagemaker', region: 'eu-west-1', group: 'churn', package: one, previous: two, rejected: two });
    expect([r.stdout, r.stderr, r.summary, JSON.stringify(audit)].join('\n')).not.toContain(SECRET);

    expect((await productionBaseline()).auc).toBe(0.9);
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ binary_classification_metrics: { accuracy: { value: 0.83 } } }));
    const read = await runBundle({ bundle: 'compare-metrics', workspace, event: dispatch, env, inputs: { candidate: 'candidate.json', baseline: 'sagemaker:churn', policy: 'metrics:\n  binary_classification_metrics.accuracy: { max_regression: 0.05 }\n' } });
    expect(read.exitCode, read.stdout + read.stderr).toBe(0);
    const doc = JSON.parse(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'));
    expect(doc.comparison.baseline.id).toBe(one);
    expect(doc.comparison.metrics[0].baseline).toBe(0.81);
  });
});
