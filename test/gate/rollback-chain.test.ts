// Two rollbacks in a row, through the gate step against the fakes (GitHub,
// MLflow, SageMaker): deploys Z (no promotion), A and B (each promoting), then
// rollback 1 (B → A) and rollback 2 (A → Z). The second rollback moves the
// registry back to where it was before A's deploy — never to B's model, which
// the first rollback removed. When the deploy the first rollback deployed
// again is gone from the history, the second refuses in one line.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryLogger } from '../../shared/log.js';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { createSageMakerRegistry } from '../../shared/sagemaker/client.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { gateOptions, runGate } from '../../shared/steps/gate.js';
import { optionsFromText } from '../../shared/steps/options.js';
import type { StepEnvironment } from '../../shared/steps/step.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { madeUpCommit } from '../e2e/harness.js';
import { FakeGitHub } from '../fake-github/server.js';
import { mlflowClient, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { FakeSageMaker } from '../fake-sagemaker/server.js';
import { tempDir } from '../helpers.js';

const REPO = { owner: 'Codertocat', repo: 'Hello-World' };
const [Z, A, B] = ['release z', 'release a', 'release b'].map(madeUpCommit) as [string, string, string];
let gh: FakeGitHub;
let workspace: string;
let registries: Pick<StepEnvironment, 'mlflow' | 'sagemaker'>;

function comparison(sha: string): ResultsDocument {
  return {
    holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'pass', createdAt: '2026-12-01T00:00:00Z',
    subject: { files: [{ path: `model-${sha.slice(0, 7)}.pkl` }], gitSha: sha },
    checks: [{ id: 'metric:roc_auc:min', title: 'roc_auc: ≥ 0.8', status: 'pass', message: 'ok', count: 0, locations: [] }],
    comparison: {
      task: null, paired: false, rows: null, confidence: 0.95, candidate: { source: 'candidate.json', kind: 'metrics' }, baseline: null,
      policy: { source: 'policy.yaml' }, metrics: [{ name: 'roc_auc', direction: 'higher', gated: true, candidate: 0.9, baseline: null, difference: null, relativeDifference: null, interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: 'better', status: 'pass', thresholds: { min: 0.8 } }],
      regressions: 0, improvements: 0, summary: 'PASS',
    },
  } as ResultsDocument;
}

const gate = (inputs: Record<string, string>, commit?: string) =>
  runGate(optionsFromText(gateOptions, 'input', (n) => ({ results: 'holdout-results/*.json', environment: 'production', ...inputs })[n]), {
    workspace, tempDir: workspace, eventName: commit ? 'push' : 'workflow_dispatch', payload: {}, commit, logger: new MemoryLogger(), tasks: taskRunner(undefined),
    github: { octokit: createOctokit({ token: 'ghs_bot', apiUrl: gh.url, retries: 0, backoffUnitMs: 1 }), repo: REPO }, ...registries,
  });

/** An approved deploy of `sha` with `promote`, recorded as success. */
async function deploy(sha: string, promote: Record<string, string>): Promise<number> {
  await rm(join(workspace, 'holdout-results'), { recursive: true, force: true });
  await mkdir(join(workspace, 'holdout-results'), { recursive: true });
  await writeFile(join(workspace, 'holdout-results/compare-metrics.json'), JSON.stringify(comparison(sha)));
  const decided = await gate(promote, sha);
  expect(decided.outputs.decision).toBe('pass');
  await gate({ record: 'success' }, sha);
  return Number(decided.outputs['deployment-id']);
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

describe('a second rollback with an MLflow champion', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
    for (let k = 0; k < 3; k++) mlflow.addVersion('churn');
    registries = { mlflow: mlflowClient(mlflow) };
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  it('moves champion back to where it was before A (version 1), not to B\'s version 3', async () => {
    mlflow.setAlias('churn', 'champion', '1');
    await deploy(Z, {});
    const a = await deploy(A, { promote: 'mlflow:churn@champion', 'promote-candidate': '2' });
    const b = await deploy(B, { promote: 'mlflow:churn@champion', 'promote-candidate': '3' });
    expect(mlflow.alias('churn', 'champion')).toBe('3');

    const first = await gate({ mode: 'rollback' });
    expect(first.outputs).toMatchObject({ commit: A, promotion: 'MLflow churn@champion: version 3 → version 2' });
    expect(mlflow.alias('churn', 'champion')).toBe('2');

    const second = await gate({ mode: 'rollback' });
    expect(second.outputs).toMatchObject({ commit: Z, promotion: 'MLflow churn@champion: version 2 → version 1' });
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(gh.deploymentsFor('Codertocat/Hello-World').map((d) => (d.payload as any).holdout.rollback)).toEqual([undefined, undefined, undefined, { of: b, to: a }, { of: Number(first.outputs['deployment-id']), to: expect.any(Number) }]);
  });

  it('A was the first promotion: the second rollback removes champion', async () => {
    await deploy(Z, {});
    await deploy(A, { promote: 'mlflow:churn@champion', 'promote-candidate': '2' });
    await deploy(B, { promote: 'mlflow:churn@champion', 'promote-candidate': '3' });
    await gate({ mode: 'rollback' });
    const second = await gate({ mode: 'rollback' });
    expect(second.outputs).toMatchObject({ commit: Z, promotion: 'MLflow churn@champion: version 2 → nothing (removed)' });
    expect(mlflow.alias('churn', 'champion')).toBeUndefined();
  });

  it('the deploy the first rollback deployed again is not known: refused in one line, nothing moved or deployed', async () => {
    mlflow.setAlias('churn', 'champion', '1');
    await deploy(Z, {});
    const a = await deploy(A, { promote: 'mlflow:churn@champion', 'promote-candidate': '2' });
    await deploy(B, { promote: 'mlflow:churn@champion', 'promote-candidate': '3' });
    const first = await gate({ mode: 'rollback' });
    const deployments = gh.deploymentsFor('Codertocat/Hello-World');
    // The rollback's payload names a deployment the environment no longer lists.
    (deployments.find((d) => d.id === Number(first.outputs['deployment-id']))!.payload as any).holdout.rollback.to = a + 1000;
    await expect(gate({ mode: 'rollback' })).rejects.toThrow(
      new RegExp(`^holdout gate: rollback: deployment ${first.outputs['deployment-id']} is itself a rollback to deployment ${a + 1000}, and deployment ${a + 1000} is not among the environment's deployments, so where churn@champion pointed before it is not known: move it by hand$`),
    );
    expect(mlflow.alias('churn', 'champion')).toBe('2');
    expect(gh.deploymentsFor('Codertocat/Hello-World')).toHaveLength(4);
  });
});

describe('a second rollback with a SageMaker model package group', () => {
  const KEY_ID = 'AKIAFAKEKEYID0000007';
  let aws: FakeSageMaker;
  beforeEach(async () => {
    aws = await FakeSageMaker.start();
    aws.addAccessKey(KEY_ID);
    vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_ID);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fakeSecretAccessKey/chain0123456789abcdef');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
    registries = { sagemaker: createSageMakerRegistry({ region: aws.region, sagemakerEndpoint: aws.url, s3Endpoint: aws.url }) };
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    expect(aws.violations).toEqual([]);
    await aws.stop();
  });

  it('rejects A\'s package and approves the one before it, leaving B\'s package Rejected', async () => {
    const zero = aws.addPackage({ group: 'churn', status: 'Approved' });
    const one = aws.addPackage({ group: 'churn', status: 'PendingManualApproval' });
    const two = aws.addPackage({ group: 'churn', status: 'PendingManualApproval' });
    await deploy(Z, {});
    await deploy(A, { promote: 'sagemaker:churn', 'promote-candidate': one });
    await deploy(B, { promote: 'sagemaker:churn', 'promote-candidate': two });
    await gate({ mode: 'rollback' });
    expect([aws.status(zero), aws.status(one), aws.status(two)]).toEqual(['Approved', 'Approved', 'Rejected']);

    const second = await gate({ mode: 'rollback' });
    expect(second.outputs.commit).toBe(Z);
    expect([aws.status(zero), aws.status(one), aws.status(two)]).toEqual(['Approved', 'Rejected', 'Rejected']);
    expect(second.outputs.promotion).toBe(`SageMaker churn: ${zero} Approved (newest Approved before: ${one}); ${one} Rejected`);
  });
});
