// The gate promotes the candidate in the registry before GitHub records the
// deploy; when GitHub then fails (a 403 or a 5xx on the deployment), the
// promotion is undone — no alias moved, no package Approved without the
// deployment payload a rollback reads — and the step fails with one line that
// says so, or, when undoing fails too, what state the registry is left in.
// Through the gate step, against the fake GitHub, MLflow and SageMaker.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryLogger } from '../../shared/log.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { createSageMakerRegistry } from '../../shared/sagemaker/client.js';
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
const SHA = madeUpCommit('release');
let gh: FakeGitHub;
let workspace: string;
let registries: Pick<StepEnvironment, 'mlflow' | 'sagemaker'>;

const comparison = {
  holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'pass', createdAt: '2026-12-01T00:00:00Z',
  subject: { files: [{ path: 'model.pkl' }], gitSha: SHA },
  checks: [{ id: 'metric:roc_auc:min', title: 'roc_auc: ≥ 0.8', status: 'pass', message: 'ok', count: 0, locations: [] }],
  comparison: {
    task: null, paired: false, rows: null, confidence: 0.95, candidate: { source: 'candidate.json', kind: 'metrics' }, baseline: null,
    policy: { source: 'policy.yaml' }, metrics: [{ name: 'roc_auc', direction: 'higher', gated: true, candidate: 0.9, baseline: null, difference: null, relativeDifference: null, interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: 'better', status: 'pass', thresholds: { min: 0.8 } }],
    regressions: 0, improvements: 0, summary: 'PASS',
  },
} as ResultsDocument;

const gate = (inputs: Record<string, string>) =>
  runGate(optionsFromText(gateOptions, 'input', (n) => ({ results: 'holdout-results/*.json', environment: 'production', ...inputs })[n]), {
    workspace, tempDir: workspace, eventName: 'push', payload: {}, commit: SHA, logger: new MemoryLogger(), tasks: taskRunner(undefined),
    github: { octokit: createOctokit({ token: 'ghs_bot', apiUrl: gh.url, retries: 1, backoffUnitMs: 1 }), repo: REPO }, ...registries,
  });

/** The gate's one-line failure. */
async function failure(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => undefined, (e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect(error!.message).not.toContain('\n');
  return error!.message;
}

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  workspace = await tempDir('holdout-ws-');
  await mkdir(join(workspace, 'holdout-results'), { recursive: true });
  await writeFile(join(workspace, 'holdout-results/compare-metrics.json'), JSON.stringify(comparison));
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

describe('promote mlflow:<model>@<alias>, then GitHub fails', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
    mlflow.addVersion('churn');
    mlflow.addVersion('churn');
    registries = { mlflow: mlflowClient(mlflow) };
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  it('a 403 on the deployment: champion goes back to the version it pointed to, and the line says so', async () => {
    mlflow.setAlias('churn', 'champion', '1');
    gh.injectFault({ operationId: 'repos/create-deployment', status: 403 });
    const message = await failure(gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }));
    expect(message).toMatch(/^GitHub API POST \/repos\/Codertocat\/Hello-World\/deployments: 403 .*; the promotion was undone: MLflow churn@champion is back at version 1$/);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(gh.deploymentsFor('Codertocat/Hello-World')).toEqual([]);
  });

  it('a 5xx on every attempt: champion, set by this run for the first time, is removed again', async () => {
    gh.injectFault({ operationId: 'repos/create-deployment', status: 502, times: 5 });
    const message = await failure(gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }));
    expect(message).toMatch(/^GitHub API POST \/repos\/Codertocat\/Hello-World\/deployments: GitHub failed \(502.*; the promotion was undone: MLflow churn@champion is removed again$/);
    expect(mlflow.alias('churn', 'champion')).toBeUndefined();
  });

  it('undoing fails too: the line says where champion is left', async () => {
    gh.injectFault({ operationId: 'repos/create-deployment', status: 403 });
    mlflow.injectFault({ rpc: 'deleteRegisteredModelAlias', status: 503, times: 10 });
    const message = await failure(gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }));
    expect(message).toMatch(/; undoing the promotion failed too \(holdout gate: moving churn@champion back in MLflow failed: .*503.*\): MLflow churn@champion was moved to version 2 by this run and not moved back \(before: not set\); move it by hand$/);
    expect(mlflow.alias('churn', 'champion')).toBe('2');
  });
});

describe('promote sagemaker:<group>, then GitHub fails', () => {
  const KEY_ID = 'AKIAFAKEKEYID0000008';
  let aws: FakeSageMaker;
  beforeEach(async () => {
    aws = await FakeSageMaker.start();
    aws.addAccessKey(KEY_ID);
    vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_ID);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fakeSecretAccessKey/undo01234567890abcdef');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
    registries = { sagemaker: createSageMakerRegistry({ region: aws.region, sagemakerEndpoint: aws.url, s3Endpoint: aws.url }) };
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    expect(aws.violations).toEqual([]);
    await aws.stop();
  });

  it('a 403 on the deployment: the candidate is Rejected, the earlier package is the newest Approved again', async () => {
    const earlier = aws.addPackage({ group: 'churn', status: 'Approved' });
    const candidate = aws.addPackage({ group: 'churn' });
    gh.injectFault({ operationId: 'repos/create-deployment', status: 403 });
    const message = await failure(gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate }));
    expect(message).toMatch(new RegExp(`; the promotion was undone: ${candidate} is Rejected and ${earlier} is the newest Approved package again$`));
    expect([aws.status(earlier), aws.status(candidate)]).toEqual(['Approved', 'Rejected']);
  });

  it('the candidate already was the newest Approved package: it stays so', async () => {
    const candidate = aws.addPackage({ group: 'churn', status: 'Approved' });
    gh.injectFault({ operationId: 'repos/create-deployment', status: 403 });
    const message = await failure(gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate }));
    expect(message).toMatch(new RegExp(`; the registry was not changed \\(${candidate} already was the newest Approved package of churn\\)$`));
    expect(aws.status(candidate)).toBe('Approved');
  });

  it('undoing fails too: the line says the candidate stays Approved', async () => {
    const candidate = aws.addPackage({ group: 'churn' });
    gh.injectFault({ operationId: 'repos/create-deployment', status: 403 });
    // The approval goes through; every UpdateModelPackage after it fails.
    const real = registries.sagemaker!;
    registries = { sagemaker: { ...real, region: real.region, newestApproved: (g) => real.newestApproved(g), readS3: (u) => real.readS3(u), setApproval: async (arn, status, text) => {
      await real.setApproval(arn, status, text);
      aws.injectFault({ operation: 'UpdateModelPackage', status: 500, type: 'InternalFailure', times: 5 });
    } } };
    const message = await failure(gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate }));
    expect(message).toMatch(new RegExp(`; undoing the promotion failed too \\(holdout gate: rejecting ${candidate} in SageMaker failed: .*500 InternalFailure.*\\): ${candidate} was set Approved by this run and stays Approved, the newest Approved package of churn \\(which sagemaker:churn reads\\); reject it by hand$`));
    expect(aws.status(candidate)).toBe('Approved');
  });
});
