// A rollback's registry moves, against the fakes: restoreAlias (MLflow) and
// rejectPackage (SageMaker) — what they write, what they refuse, and the
// record they return for the audit record.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restoreAlias } from '../../shared/mlflow/promote.js';
import { createSageMakerRegistry } from '../../shared/sagemaker/client.js';
import { rejectPackage } from '../../shared/sagemaker/promote.js';
import { mlflowClient, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { FakeSageMaker } from '../fake-sagemaker/server.js';

describe('restoreAlias', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
    mlflow.addVersion('churn');
    mlflow.addVersion('churn', { aliases: ['champion'] });
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });
  const v = (version: string) => ({ version, run_id: null });
  const sets = () => mlflow.requests.filter((q) => q.rpc === 'setRegisteredModelAlias' || q.rpc === 'deleteRegisteredModelAlias').map((q) => [q.rpc, q.body]);

  it('moves the alias from where the rolled-back deploy left it to the version deployed again', async () => {
    const record = await restoreAlias(mlflowClient(mlflow), { model: 'churn', alias: 'champion', from: v('2'), to: v('1'), rolledBack: 'deployment 7' });
    expect(record).toEqual({ registry: 'mlflow', server: mlflow.url, model: 'churn', alias: 'champion', previous: { version: '2', run_id: null }, current: v('1'), moved: true });
    expect(mlflow.alias('churn', 'champion')).toBe('1');
    expect(sets()).toEqual([['setRegisteredModelAlias', { name: 'churn', alias: 'champion', version: '1' }]]);
  });

  it('removes it when the rolled-back deploy was the first promotion, and writes nothing when it is already there', async () => {
    const removed = await restoreAlias(mlflowClient(mlflow), { model: 'churn', alias: 'champion', from: v('2'), to: null, rolledBack: 'deployment 7' });
    expect(removed).toMatchObject({ current: null, moved: true });
    expect(mlflow.alias('churn', 'champion')).toBeUndefined();
    const again = await restoreAlias(mlflowClient(mlflow), { model: 'churn', alias: 'champion', from: v('2'), to: null, rolledBack: 'deployment 7' });
    expect(again).toMatchObject({ previous: null, current: null, moved: false });
    expect(sets()).toEqual([['deleteRegisteredModelAlias', { name: 'churn', alias: 'champion' }]]);
  });

  it('refuses to undo a newer promotion', async () => {
    mlflow.addVersion('churn', { aliases: ['champion'] });
    await expect(restoreAlias(mlflowClient(mlflow), { model: 'churn', alias: 'champion', from: v('2'), to: v('1'), rolledBack: 'deployment 7' })).rejects.toThrow(
      `MLflow at ${mlflow.url}: churn@champion points to version 3, not version 2 where deployment 7 left it: it moved since, and a rollback does not undo a newer promotion (move it by hand)`,
    );
    expect(mlflow.alias('churn', 'champion')).toBe('3');
    expect(sets()).toEqual([]);
  });
});

describe('rejectPackage', () => {
  const KEY_ID = 'AKIAFAKEKEYID0000006';
  let aws: FakeSageMaker;
  beforeEach(async () => {
    aws = await FakeSageMaker.start();
    aws.addAccessKey(KEY_ID);
    vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_ID);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'fakeSecretAccessKey/restore0123456789abcd');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    expect(aws.violations).toEqual([]);
    await aws.stop();
  });
  const registry = () => createSageMakerRegistry({ region: aws.region, sagemakerEndpoint: aws.url, s3Endpoint: aws.url });

  it('rejects the deployed package; the earlier Approved one is the newest again and nothing else is written', async () => {
    const one = aws.addPackage({ group: 'churn', status: 'Approved' });
    const two = aws.addPackage({ group: 'churn', status: 'Approved' });
    const record = await rejectPackage(registry(), { group: 'churn', reject: two, restore: one, description: 'holdout rollback' });
    expect(record).toEqual({ registry: 'sagemaker', region: 'eu-west-1', group: 'churn', package: one, previous: two, rejected: two });
    expect([aws.status(one), aws.status(two)]).toEqual(['Approved', 'Rejected']);
    expect(aws.requests.filter((q) => q.operation === 'UpdateModelPackage').map((q) => q.input)).toEqual([{ ModelPackageArn: two, ModelApprovalStatus: 'Rejected', ApprovalDescription: 'holdout rollback' }]);
  });

  it('approves the package deployed again when it no longer is; with none, the group has no Approved package', async () => {
    const one = aws.addPackage({ group: 'churn', status: 'Rejected' });
    const two = aws.addPackage({ group: 'churn', status: 'Approved' });
    expect(await rejectPackage(registry(), { group: 'churn', reject: two, restore: one })).toMatchObject({ package: one, rejected: two });
    expect([aws.status(one), aws.status(two)]).toEqual(['Approved', 'Rejected']);
    expect(await rejectPackage(registry(), { group: 'churn', reject: one, restore: null })).toMatchObject({ package: null, rejected: one });
  });
});
