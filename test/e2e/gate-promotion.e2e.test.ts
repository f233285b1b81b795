// Registry promotion end to end, as the runner runs the bundles: on push to
// main, compare-metrics reads the production model from the registry
// (mlflow:churn@champion, sagemaker:churn), then the gate in deploy mode
// promotes the candidate there (moves champion; sets the package Approved),
// records what it replaced in the audit record and the deployment payload,
// and a failing registry call (5xx after the retries, 401, 403, access
// denied) fails the step in one line, before any deployment is created, with
// the credentials nowhere.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../fake-github/server.js';
import { MLFLOW_TOKEN, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { FakeSageMaker } from '../fake-sagemaker/server.js';
import { tempDir } from '../helpers.js';
import { ROOT, runBundle, webhookExample, type BundleRun } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const push = webhookExample('push');
const PUSHED = push.payload.after as string;
let gh: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  workspace = await tempDir('holdout-ws-');
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const compare = (inputs: Record<string, string>, env: Record<string, string>) => runBundle({ bundle: 'compare-metrics', workspace, event: push, inputs, env });
const gate = (inputs: Record<string, string>, env: Record<string, string>) =>
  runBundle({ bundle: 'gate', workspace, apiUrl: gh.url, event: push, inputs: { results: 'holdout-results/*.json', token: 'ghs_bot', environment: 'production', ...inputs }, env, timeoutMs: 120_000 });

async function auditRecord() {
  return JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
}

/** Failed in one line: one error, no stack trace, nothing deployed. */
function expectOneLineFailure(r: BundleRun, pattern: RegExp): void {
  expect(r.exitCode, r.stdout + r.stderr).not.toBe(0);
  expect(r.failures).toHaveLength(1);
  expect(r.failures[0]).toMatch(pattern);
  expect(r.failures[0]).not.toContain('\n');
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(gh.deploymentsFor(REPO)).toHaveLength(0);
}

describe('gate promotion in the MLflow Model Registry', () => {
  let mlflow: FakeMlflow;
  let championRun: string;
  const mlflowEnv = () => ({ MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN });
  beforeEach(async () => {
    mlflow = await startMlflow();
    championRun = mlflow.addRun({ metrics: [{ key: 'test.roc_auc', value: 0.86 }, { key: 'test.log_loss', value: 0.42 }] });
    mlflow.addVersion('churn', { runId: championRun, aliases: ['champion'] });
    // The candidate, registered from its run by the workflow before the deploy (model/register.py in the example).
    mlflow.addVersion('churn', { runId: mlflow.addRun({ metrics: [{ key: 'test.roc_auc', value: 0.88 }, { key: 'test.log_loss', value: 0.4 }] }), aliases: ['challenger'] });
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ test: { roc_auc: 0.88, log_loss: 0.4 } }));
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  async function compared(): Promise<void> {
    const r = await compare({ candidate: 'candidate.json', baseline: 'mlflow:churn@champion', policy: 'metrics:\n  test.roc_auc: { max_regression: 0.01 }\n  test.log_loss: { max_relative_regression: 0.05 }\n' }, mlflowEnv());
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const doc = JSON.parse(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'));
    expect(doc.comparison.baseline).toMatchObject({ source: 'mlflow:churn@champion', id: expect.stringContaining('churn version 1') });
  }

  it('compare-metrics against the champion, then the approved deploy moves champion to the candidate and records version 1 for rollback', async () => {
    await compared();
    const r = await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }, mlflowEnv());
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(mlflow.alias('churn', 'champion')).toBe('2');
    const audit = await auditRecord();
    expect(audit.promotion).toEqual({ registry: 'mlflow', server: mlflow.url, model: 'churn', alias: 'champion', previous: { version: '1', run_id: expect.any(String) }, current: { version: '2', run_id: expect.any(String) }, moved: true });
    const [deployment] = gh.deploymentsFor(REPO);
    expect(deployment!.payload).toMatchObject({ holdout: { decision: 'pass', commit: PUSHED, metrics: { 'test.roc_auc': 0.88 }, promotion: audit.promotion } });
    expect(r.outputs.promotion).toBe('MLflow churn@champion: version 1 → version 2');
    expect(r.summary).toContain('Promoted: MLflow churn@champion: version 1 → version 2');
    // The check run carries the audit record with the promotion in it.
    expect(gh.checkRunsFor(REPO)[0]!.output.text).toContain('"alias": "champion"');
    expect(mlflow.requests.filter((q) => q.rpc === 'setRegisteredModelAlias').map((q) => q.body)).toEqual([{ name: 'churn', alias: 'champion', version: '2' }]);
    const written = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), JSON.stringify(audit), JSON.stringify(gh.deploymentsFor(REPO))].join('\n');
    expect(written).not.toContain(MLFLOW_TOKEN);
  });

  it('names the candidate by another alias or by its run', async () => {
    await compared();
    const byAlias = await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '@challenger' }, mlflowEnv());
    expect(byAlias.exitCode, byAlias.stdout).toBe(0);
    expect(mlflow.alias('churn', 'champion')).toBe('2');
    expect((await auditRecord()).promotion).toMatchObject({ previous: { version: '1', run_id: championRun }, current: { version: '2' } });
    // By the run it was registered from (model-versions/search): here the first version's, which moves champion back to 1.
    const byRun = await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': `runs/${championRun}` }, mlflowEnv());
    expect(byRun.exitCode, byRun.stdout).toBe(0);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(byRun.outputs.promotion).toBe('MLflow churn@champion: version 2 → version 1');
  });

  it('a failing decision promotes nothing', async () => {
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ test: { roc_auc: 0.7, log_loss: 0.6 } }));
    const c = await compare({ candidate: 'candidate.json', baseline: 'mlflow:churn@champion', policy: 'metrics:\n  test.roc_auc: { max_regression: 0.01 }\n', 'fail-on': 'never' }, mlflowEnv());
    expect(c.exitCode, c.stdout).toBe(0);
    const r = await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }, mlflowEnv());
    expect(r.exitCode).toBe(1);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(mlflow.requests.some((q) => q.rpc === 'setRegisteredModelAlias')).toBe(false);
    expect((await auditRecord()).promotion).toBeNull();
  });

  it.each([
    ['a 503 on every attempt', () => mlflow.injectFault({ rpc: 'setRegisteredModelAlias', status: 503, times: 10 }), /^holdout gate: promoting churn@champion in MLflow failed: MLflow POST \/api\/2\.0\/mlflow\/registered-models\/alias at http:\/\/127\.0\.0\.1:\d+ failed after 4 attempts: 503 TEMPORARILY_UNAVAILABLE: injected 503$/],
    ['a 401', () => mlflow.injectFault({ rpc: 'setRegisteredModelAlias', status: 401 }), /failed: 401 UNAUTHENTICATED: injected 401; the server refused the credentials: check MLFLOW_TRACKING_TOKEN/],
    ['a token that may only read (403)', () => mlflow.addToken('read-only-token-abcdef', 'read'), /failed: 403 PERMISSION_DENIED: Permission denied; the credentials may not do this: grant .*EDIT or MANAGE on the model to move an alias/],
  ])('%s on the promotion call fails the step in one line, creates no deployment, leaves champion', async (_, arrange, pattern) => {
    await compared();
    arrange();
    const env = _.includes('read') ? { MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: 'read-only-token-abcdef' } : mlflowEnv();
    const r = await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }, env);
    expectOneLineFailure(r, pattern);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(r.stdout + r.stderr + r.summary).not.toContain(MLFLOW_TOKEN);
    expect(r.stdout + r.stderr + r.summary).not.toContain('read-only-token-abcdef');
  });

  it('a promote the gate cannot carry out is one line naming the input', async () => {
    await compared();
    expectOneLineFailure(await gate({ promote: 'mlflow:churn' }, mlflowEnv()), /^promote "mlflow:churn": write mlflow:<model>@<alias>/);
    expectOneLineFailure(await gate({ promote: 'mlflow:churn@champion' }, mlflowEnv()), /^promote mlflow:churn@champion needs promote-candidate: the candidate's version number, @<alias> or runs\/<run_id>$/);
    expectOneLineFailure(await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '9' }, mlflowEnv()), /registered model "churn" has no version 9 to promote$/);
    expectOneLineFailure(await gate({ promote: 'mlflow:churn@champion', 'promote-candidate': '2' }, {}), /^holdout gate: promote mlflow:churn@champion: mlflow baselines need MLFLOW_TRACKING_URI/);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
  });
});

describe('gate promotion in the SageMaker Model Registry', () => {
  const KEY_ID = 'AKIAFAKEKEYID0000003';
  const READ_KEY = 'AKIAFAKEKEYID0000004';
  const SECRET = 'fakeSecretAccessKey/promote0123456789abcdef';
  let aws: FakeSageMaker;
  const awsEnv = (key = KEY_ID) => ({
    AWS_REGION: aws.region,
    AWS_ACCESS_KEY_ID: key,
    AWS_SECRET_ACCESS_KEY: SECRET,
    AWS_ENDPOINT_URL_SAGEMAKER: aws.url,
    AWS_ENDPOINT_URL_S3: aws.url,
    AWS_CONFIG_FILE: join(workspace, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'no-aws-credentials'),
  });
  let approved: string;
  let candidate: string;
  beforeEach(async () => {
    aws = await FakeSageMaker.start();
    aws.addAccessKey(KEY_ID);
    aws.addAccessKey(READ_KEY, 'read');
    // The SageMaker Developer Guide's binary statistics example (accuracy 0.5, f1 0.5).
    aws.putObject('s3://models/churn/1/statistics.json', await readFile(join(ROOT, 'test/fixtures/metrics-exports/sagemaker/binary-statistics.json')));
    approved = aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/churn/1/statistics.json' });
    candidate = aws.addPackage({ group: 'churn', statistics: 's3://models/churn/2/statistics.json' });
    await writeFile(join(workspace, 'candidate.json'), JSON.stringify({ binary_classification_metrics: { accuracy: { value: 0.6 }, f1: { value: 0.55 } } }));
    const r = await compare({ candidate: 'candidate.json', baseline: 'sagemaker:churn', policy: 'metrics:\n  binary_classification_metrics.accuracy: { max_regression: 0.01 }\n' }, awsEnv());
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  });
  afterEach(async () => {
    expect(aws.violations).toEqual([]);
    await aws.stop();
  });

  it("compare-metrics against the newest Approved package, then the approved deploy sets the candidate's package Approved and records the one it supersedes", async () => {
    const r = await gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate }, awsEnv());
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(aws.status(candidate)).toBe('Approved');
    const audit = await auditRecord();
    expect(audit.promotion).toEqual({ registry: 'sagemaker', region: 'eu-west-1', group: 'churn', package: candidate, previous: approved });
    expect(gh.deploymentsFor(REPO)[0]!.payload).toMatchObject({ holdout: { promotion: audit.promotion } });
    const update = aws.requests.find((q) => q.operation === 'UpdateModelPackage')!;
    expect(update.input).toMatchObject({ ModelPackageArn: candidate, ModelApprovalStatus: 'Approved', ApprovalDescription: expect.stringMatching(/^holdout gate pass of [0-9a-f]{12}: all 1 results pass/) });
    expect([r.stdout, r.stderr, r.summary, JSON.stringify(audit)].join('\n')).not.toContain(SECRET);
  });

  it('a package of another group, and no AWS region, are one line each', async () => {
    expectOneLineFailure(await gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate.replace('/churn/', '/fraud/') }, awsEnv()), /^promote-candidate arn:aws:sagemaker:eu-west-1:123456789012:model-package\/fraud\/2 is a package of group "fraud", not of sagemaker:churn$/);
    expectOneLineFailure(await gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate }, {}), /^holdout gate: promote sagemaker:churn: sagemaker needs AWS_REGION/);
  });

  it.each([
    ['a 500 on every attempt', (a: FakeSageMaker) => a.injectFault({ operation: 'UpdateModelPackage', status: 500, type: 'InternalFailure', times: 5 }), KEY_ID, /^holdout gate: approving arn:\S+ in SageMaker failed: SageMaker UpdateModelPackage \(arn:\S+\) failed: 500 InternalFailure: injected InternalFailure$/],
    ['an expired session (403)', (a: FakeSageMaker) => a.injectFault({ operation: 'UpdateModelPackage', status: 403, type: 'ExpiredTokenException', message: 'The security token included in the request is expired' }), KEY_ID, /failed: 403 ExpiredTokenException: The security token included in the request is expired$/],
    ['a role that may not update packages', () => undefined, READ_KEY, /failed: 400 AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role\/ci\/session is not authorized to perform: sagemaker:UpdateModelPackage/],
  ])('%s on the approval call fails the step in one line, creates no deployment, leaves the package pending', async (_, arrange, key, pattern) => {
    arrange(aws);
    const r = await gate({ promote: 'sagemaker:churn', 'promote-candidate': candidate }, awsEnv(key));
    expectOneLineFailure(r, pattern);
    expect(aws.status(candidate)).toBe('PendingManualApproval');
    expect(r.stdout + r.stderr + r.summary).not.toContain(SECRET);
    for (const name of await readdir(join(workspace, 'holdout-results'))) expect(await readFile(join(workspace, 'holdout-results', name), 'utf8')).not.toContain(SECRET);
  });
});
