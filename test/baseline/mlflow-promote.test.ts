// Promotion in the MLflow Model Registry against the fake server: the alias
// moves to the candidate's version, the previous version is reported for the
// audit record, and a rollback moves it back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBaseline } from '../../shared/baseline/index.js';
import { promoteAlias, rollbackAlias } from '../../shared/mlflow/promote.js';
import { MLFLOW_TOKEN, mlflowClient, mlflowContext, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';

describe('promoteAlias', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  it('moves champion to the candidate version and records the previous one; the next baseline is the candidate; a rollback moves it back', async () => {
    const old = mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.86 }] });
    const candidate = mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.88 }] });
    mlflow.addVersion('churn', { runId: old, aliases: ['champion'] });
    mlflow.addVersion('churn', { runId: candidate, aliases: ['challenger'] });
    const client = mlflowClient(mlflow);
    const promotion = await promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { alias: 'challenger' } });
    expect(promotion).toEqual({ registry: 'mlflow', server: mlflow.url, model: 'churn', alias: 'champion', previous: { version: '1', run_id: old }, current: { version: '2', run_id: candidate }, moved: true });
    expect(mlflow.alias('churn', 'champion')).toBe('2');
    const set = mlflow.requests.find((r) => r.rpc === 'setRegisteredModelAlias')!;
    expect(set).toMatchObject({ method: 'POST', params: {}, body: { name: 'churn', alias: 'champion', version: '2' }, authorization: `Bearer ${MLFLOW_TOKEN}` });
    // The next comparison's baseline is the promoted model.
    const next = await resolveBaseline('mlflow:churn@champion', await mlflowContext(mlflow));
    expect(next).toMatchObject({ id: `churn version 2, run ${candidate}` });

    expect(await rollbackAlias(client, promotion)).toBe(true);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
  });

  it('the first promotion (no alias yet) records no previous version; its rollback removes the alias', async () => {
    mlflow.addVersion('churn', { runId: mlflow.addRun() });
    const client = mlflowClient(mlflow);
    const promotion = await promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { version: '1' } });
    expect(promotion).toMatchObject({ previous: null, current: { version: '1' }, moved: true });
    expect(await rollbackAlias(client, promotion)).toBe(true);
    expect(mlflow.alias('churn', 'champion')).toBeUndefined();
    expect(mlflow.requests.find((r) => r.rpc === 'deleteRegisteredModelAlias')).toMatchObject({ method: 'DELETE', params: {}, body: { name: 'churn', alias: 'champion' } });
  });

  it('by run: the newest version registered from the run; already there: nothing written; a newer promotion is not rolled back', async () => {
    const run = mlflow.addRun();
    mlflow.addVersion('churn', { runId: mlflow.addRun() });
    mlflow.addVersion('churn', { runId: run });
    mlflow.addVersion('churn', { runId: run, aliases: ['champion'] });
    mlflow.addVersion('fraud', { runId: run });
    const client = mlflowClient(mlflow);
    const promotion = await promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { runId: run } });
    expect(promotion).toMatchObject({ previous: { version: '3' }, current: { version: '3' }, moved: false });
    expect(mlflow.requests.filter((r) => r.rpc === 'setRegisteredModelAlias')).toEqual([]);
    expect(mlflow.requests.find((r) => r.rpc === 'searchModelVersions')!.params).toEqual({ filter: `name='churn' AND run_id='${run}'` });

    const moved = await promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { version: '2' } });
    await promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { version: '1' } });
    expect(await rollbackAlias(client, moved)).toBe(false);
    expect(mlflow.alias('churn', 'champion')).toBe('1');
  });

  it('a candidate that is not there, a token that may not edit, a 5xx that passes: one line each', async () => {
    mlflow.addVersion('churn', { runId: mlflow.addRun(), aliases: ['champion'] });
    mlflow.addVersion('churn', { runId: mlflow.addRun() });
    const client = mlflowClient(mlflow);
    await expect(promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { version: '9' } })).rejects.toThrow(`MLflow at ${mlflow.url}: registered model "churn" has no version 9 to promote`);
    await expect(promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { runId: 'feedface' } })).rejects.toThrow(`MLflow at ${mlflow.url}: no version of "churn" was registered from run feedface; register it (mlflow.register_model) before the deploy`);

    mlflow.addToken('read-only-token', 'read');
    const reader = mlflowClient(mlflow, { token: 'read-only-token' });
    const error = (await promoteAlias(reader, { model: 'churn', alias: 'champion', candidate: { version: '2' } }).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('ConfigurationError');
    expect(error.message).toBe(`MLflow POST /api/2.0/mlflow/registered-models/alias at ${mlflow.url} failed: 403 PERMISSION_DENIED: Permission denied; the credentials may not do this: grant the user READ on the registered model and its experiment (EDIT or MANAGE on the model to move an alias)`);
    expect(mlflow.alias('churn', 'champion')).toBe('1');

    mlflow.injectFault({ rpc: 'setRegisteredModelAlias', status: 503, times: 2 });
    expect(await promoteAlias(client, { model: 'churn', alias: 'champion', candidate: { version: '2' } })).toMatchObject({ previous: { version: '1' }, moved: true });
    expect(mlflow.alias('churn', 'champion')).toBe('2');
  });
});
