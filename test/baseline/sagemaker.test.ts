// sagemaker:<model-package-group> through the AWS SDK v3 against a fake
// SageMaker + S3 checked against the SDK's own service model.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveBaseline } from '../../shared/baseline/index.js';
import { createSageMakerRegistry, sagemakerSettingsFrom } from '../../shared/sagemaker/client.js';
import { approvePackage } from '../../shared/sagemaker/promote.js';
import { FakeSageMaker, sdkShape } from '../fake-sagemaker/server.js';
import { tempDir } from '../helpers.js';
import { configurationError, offlineContext } from './fake.js';

const ROOT = join(import.meta.dirname, '../..');
// The SageMaker Developer Guide's binary model-quality statistics (test/fixtures/metrics-exports/README.md).
const STATISTICS = join(ROOT, 'test/fixtures/metrics-exports/sagemaker/binary-statistics.json');
const KEY_ID = 'AKIAFAKEKEYID0000001';
const SECRET = 'fakeSecretAccessKey/0123456789abcdefghij';

describe('baseline sagemaker:', () => {
  let aws: FakeSageMaker;
  beforeEach(async () => {
    aws = await FakeSageMaker.start();
    aws.addAccessKey(KEY_ID);
    vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_ID);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', SECRET);
    vi.stubEnv('AWS_SESSION_TOKEN', '');
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    expect(aws.violations).toEqual([]);
    await aws.stop();
  });

  const registry = () => createSageMakerRegistry({ region: aws.region, sagemakerEndpoint: aws.url, s3Endpoint: aws.url });
  const context = async () => ({ baseDir: await tempDir('holdout-base-'), tempDir: await tempDir('holdout-fetched-'), sagemaker: registry() });

  it('the fake reads the SDK service model: required and known members', () => {
    expect(sdkShape('DescribeModelPackageInput').required).toEqual(['ModelPackageName']);
    expect(sdkShape('UpdateModelPackageInput').required).toEqual(['ModelPackageArn']);
    expect(sdkShape('ListModelPackagesInput')).toMatchObject({ required: [] });
    expect(sdkShape('ListModelPackagesInput').members).toEqual(expect.arrayContaining(['ModelPackageGroupName', 'ModelApprovalStatus', 'SortBy', 'SortOrder', 'MaxResults']));
  });

  it("the newest Approved package's model-quality statistics, read from S3", async () => {
    const statistics = await readFile(STATISTICS, 'utf8');
    aws.putObject('s3://models/churn/v1/statistics.json', '{"binary_classification_metrics": {"accuracy": {"value": 0.1}}}');
    aws.putObject('s3://models/churn/v2/statistics.json', statistics);
    aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/churn/v1/statistics.json' });
    const approved = aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/churn/v2/statistics.json' });
    aws.addPackage({ group: 'churn', status: 'PendingManualApproval', statistics: 's3://models/churn/v3/statistics.json' });
    aws.addPackage({ group: 'fraud', status: 'Approved' });
    const found = await resolveBaseline('sagemaker:churn', await context());
    if ('missing' in found) throw new Error(found.missing);
    expect(found).toMatchObject({ source: 'sagemaker:churn', id: approved, display: 'sagemaker:churn (package 2, s3://models/churn/v2/statistics.json)' });
    expect(await readFile(found.path, 'utf8')).toBe(statistics);
    expect(aws.requests.map((r) => r.operation)).toEqual(['ListModelPackages', 'DescribeModelPackage', 'GetObject']);
    expect(aws.requests[0]!.input).toEqual({ ModelPackageGroupName: 'churn', ModelApprovalStatus: 'Approved', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 1 });
    expect(aws.requests.every((r) => r.accessKeyId === KEY_ID)).toBe(true);
  });

  it('no Approved package, no statistics, statistics not in S3: no baseline with the reason', async () => {
    aws.addPackage({ group: 'churn', status: 'PendingManualApproval' });
    expect(await resolveBaseline('sagemaker:churn', await context())).toEqual({ missing: 'sagemaker:churn: model package group "churn" in eu-west-1 has no Approved package (the first approval?)' });
    const bare = aws.addPackage({ group: 'churn', status: 'Approved' });
    expect(await resolveBaseline('sagemaker:churn', await context())).toEqual({ missing: `sagemaker:churn: package 2 (${bare}) has no model-quality statistics (ModelMetrics.ModelQuality.Statistics); register it with them` });
    aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/gone.json' });
    expect(await resolveBaseline('sagemaker:churn', await context())).toEqual({ missing: "sagemaker:churn: package 3's model-quality statistics s3://models/gone.json are not in S3" });
  });

  it('throttling and 5xx are retried by the SDK; access denied is no baseline naming the permissions; the secret key is named nowhere', async () => {
    aws.putObject('s3://models/s.json', await readFile(STATISTICS));
    aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/s.json' });
    aws.injectFault({ operation: 'ListModelPackages', status: 400, type: 'ThrottlingException', message: 'Rate exceeded' });
    aws.injectFault({ operation: 'GetObject', status: 503, type: 'SlowDown', message: 'Please reduce your request rate.' });
    expect('missing' in (await resolveBaseline('sagemaker:churn', await context()))).toBe(false);
    expect(aws.requests.map((r) => r.operation)).toEqual(['ListModelPackages', 'ListModelPackages', 'DescribeModelPackage', 'GetObject', 'GetObject']);

    aws.injectFault({ operation: 'DescribeModelPackage', status: 400, type: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: sagemaker:DescribeModelPackage' });
    const denied = (await resolveBaseline('sagemaker:churn', await context())) as { missing: string };
    expect(denied.missing).toMatch(/^sagemaker:churn: the credentials may not read it \(SageMaker DescribeModelPackage \(arn:aws:sagemaker:eu-west-1:123456789012:model-package\/churn\/1\) failed: 400 AccessDeniedException: User: .* is not authorized to perform: sagemaker:DescribeModelPackage\); grant sagemaker:ListModelPackages and sagemaker:DescribeModelPackage on the group, s3:GetObject on the statistics$/);

    aws.injectFault({ operation: 'GetObject', status: 403, type: 'AccessDenied', message: 'Access Denied' });
    expect(((await resolveBaseline('sagemaker:churn', await context())) as { missing: string }).missing).toMatch(/^sagemaker:churn: the credentials may not read it \(S3 GetObject \(s3:\/\/models\/s\.json\) failed: 403 AccessDenied: Access Denied\); grant /);

    aws.injectFault({ operation: 'ListModelPackages', status: 500, type: 'InternalFailure', message: 'internal', times: 3 });
    const message = await configurationError(resolveBaseline('sagemaker:churn', await context()));
    expect(message).toBe('SageMaker ListModelPackages (churn) failed: 500 InternalFailure: internal');
    expect(JSON.stringify([denied, message])).not.toContain(SECRET);
  });

  it('without AWS settings, and bad specs', async () => {
    expect(await resolveBaseline('sagemaker:churn', await offlineContext())).toEqual({ missing: 'sagemaker:churn: sagemaker baselines need AWS_REGION (and credentials from the standard chain, e.g. aws-actions/configure-aws-credentials)' });
    for (const spec of ['sagemaker:', 'sagemaker:churn_models', 'sagemaker:-churn', `sagemaker:${'a'.repeat(64)}`]) {
      expect(await configurationError(resolveBaseline(spec, await offlineContext()))).toBe(`baseline "${spec}": write sagemaker:<model-package-group>, e.g. sagemaker:churn-models (letters, digits and hyphens, up to 63)`);
    }
    expect(sagemakerSettingsFrom({})).toBeUndefined();
    expect(sagemakerSettingsFrom({ AWS_REGION: 'us-east-1' })).toEqual({ region: 'us-east-1', sagemakerEndpoint: undefined, s3Endpoint: undefined });
    expect(sagemakerSettingsFrom({ AWS_DEFAULT_REGION: 'eu-west-1', AWS_ENDPOINT_URL: 'http://localhost:4566', AWS_ENDPOINT_URL_S3: 'http://localhost:9000' })).toEqual({ region: 'eu-west-1', sagemakerEndpoint: 'http://localhost:4566', s3Endpoint: 'http://localhost:9000' });
  });

  it("approvePackage sets the candidate's approval status and names the package it supersedes", async () => {
    const previous = aws.addPackage({ group: 'churn', status: 'Approved' });
    const candidate = aws.addPackage({ group: 'churn' });
    const approval = await approvePackage(registry(), { arn: candidate, group: 'churn', description: 'holdout gate: pass (audit sha256 abc)' });
    expect(approval).toEqual({ registry: 'sagemaker', region: 'eu-west-1', group: 'churn', package: candidate, previous, status: 'Approved' });
    expect(aws.status(candidate)).toBe('Approved');
    expect(aws.requests.at(-1)!.input).toEqual({ ModelPackageArn: candidate, ModelApprovalStatus: 'Approved', ApprovalDescription: 'holdout gate: pass (audit sha256 abc)' });

    aws.addAccessKey('AKIAREADONLY00000000', 'read');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAREADONLY00000000');
    const third = aws.addPackage({ group: 'churn' });
    const error = await configurationError(approvePackage(registry(), { arn: third, group: 'churn' }));
    expect(error).toMatch(/^SageMaker UpdateModelPackage \(arn:aws:sagemaker:eu-west-1:123456789012:model-package\/churn\/3\) failed: 400 AccessDeniedException: User: .* is not authorized to perform: sagemaker:UpdateModelPackage/);
    expect(aws.status(third)).toBe('PendingManualApproval');
  });
});
