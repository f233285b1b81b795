// mlflow:<model>@<alias> | <model>/<version> | runs/<run_id> [:<artifact>]
// against a fake MLflow server that checks each request against MLflow's REST
// API and injects faults.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBaselineSpec, resolveBaseline } from '../../shared/baseline/index.js';
import { latestMetrics } from '../../shared/baseline/mlflow.js';
import { MLFLOW_TOKEN, mlflowContext, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { configurationError, offlineContext } from './fake.js';

// mlflow.evaluate's default classifier metric names (mlflow/metrics: accuracy_score, roc_auc, log_loss, f1_score).
const PREDICTIONS = 'id,label,score\n1,1,0.9\n2,0,0.2\n3,1,0.7\n';

describe('baseline mlflow:', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  it('<model>@<alias>: the version the alias points to; its run logged predictions, so they are downloaded (paired)', async () => {
    const old = mlflow.addRun({ artifacts: { 'predictions.csv': 'id,label,score\n1,1,0.1\n' } });
    const run = mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.91 }], artifacts: { 'model/MLmodel': 'flavors: {}', 'predictions.csv': PREDICTIONS } });
    mlflow.addVersion('churn', { runId: old });
    mlflow.addVersion('churn', { runId: run, aliases: ['champion'] });
    const context = await mlflowContext(mlflow);
    const found = await resolveBaseline('mlflow:churn@champion', context);
    if ('missing' in found) throw new Error(found.missing);
    expect(found).toMatchObject({ source: 'mlflow:churn@champion', display: `mlflow:churn@champion (version 2, run ${run.slice(0, 12)}, predictions.csv)`, id: `churn version 2, run ${run}` });
    expect(found.path.startsWith(context.tempDir)).toBe(true);
    expect(await readFile(found.path, 'utf8')).toBe(PREDICTIONS);
    expect(mlflow.requests.map((r) => r.rpc)).toEqual(['getModelVersionByAlias', 'getRun', 'listArtifacts', 'getArtifact']);
    expect(mlflow.requests.every((r) => r.authorization === `Bearer ${MLFLOW_TOKEN}`)).toBe(true);
  });

  it("no predictions artifact: the run's latest metrics (highest step), a NaN skipped and said", async () => {
    const run = mlflow.addRun({
      metrics: [
        { key: 'roc_auc', value: 0.8, step: 0 },
        { key: 'roc_auc', value: 0.87, step: 3 },
        { key: 'roc_auc', value: 0.85, step: 2 },
        { key: 'val/log_loss', value: 0.31 },
        { key: 'loss', value: NaN },
      ],
      artifacts: { 'model/MLmodel': 'flavors: {}' },
    });
    mlflow.addVersion('churn', { runId: run, aliases: ['champion'] });
    const found = await resolveBaseline('mlflow:churn@champion', await mlflowContext(mlflow));
    if ('missing' in found) throw new Error(found.missing);
    expect(JSON.parse(await readFile(found.path, 'utf8'))).toEqual({ roc_auc: 0.87, 'val/log_loss': 0.31 });
    expect(found.display).toBe(`mlflow:churn@champion (version 1, run ${run.slice(0, 12)}, metrics; skipped, not finite: loss)`);
  });

  it('<model>/<version>, runs/<run_id> and MLflow\'s own models:/ and runs:/ spellings', async () => {
    const first = mlflow.addRun({ metrics: [{ key: 'accuracy_score', value: 0.8 }] });
    const second = mlflow.addRun({ metrics: [{ key: 'accuracy_score', value: 0.9 }] });
    mlflow.addVersion('churn', { runId: first });
    mlflow.addVersion('churn', { runId: second, aliases: ['champion'] });
    const read = async (spec: string) => {
      const found = await resolveBaseline(spec, await mlflowContext(mlflow));
      if ('missing' in found) throw new Error(found.missing);
      return JSON.parse(await readFile(found.path, 'utf8')) as Record<string, number>;
    };
    expect(await read('mlflow:churn/1')).toEqual({ accuracy_score: 0.8 });
    expect(await read(`mlflow:runs/${second}`)).toEqual({ accuracy_score: 0.9 });
    expect(await read('mlflow:models:/churn@champion')).toEqual({ accuracy_score: 0.9 });
    expect(await read(`mlflow:runs:/${first}`)).toEqual({ accuracy_score: 0.8 });
    expect(parseBaselineSpec('mlflow:fraud-v2@prod:eval/preds.csv')).toEqual({ scheme: 'mlflow', source: { kind: 'mlflow', ref: 'alias', model: 'fraud-v2', alias: 'prod', artifact: 'eval/preds.csv', spec: 'mlflow:fraud-v2@prod:eval/preds.csv' } });
  });

  it(':<artifact> names the predictions file (in a folder, listed page by page); one the run lacks is named with what is there', async () => {
    mlflow.pageSize = 2;
    const run = mlflow.addRun({ artifacts: { 'eval/a.txt': 'a', 'eval/b.txt': 'b', 'eval/preds.csv': PREDICTIONS, 'eval/z.txt': 'z' } });
    mlflow.addVersion('churn', { runId: run, aliases: ['champion'] });
    const found = await resolveBaseline('mlflow:churn@champion:eval/preds.csv', await mlflowContext(mlflow));
    if ('missing' in found) throw new Error(found.missing);
    expect(await readFile(found.path, 'utf8')).toBe(PREDICTIONS);
    expect(mlflow.requests.filter((r) => r.rpc === 'listArtifacts').map((r) => r.params)).toEqual([
      { run_id: run, path: 'eval' },
      { run_id: run, path: 'eval', page_token: '2' },
    ]);
    expect(await resolveBaseline('mlflow:churn@champion:eval/scores.csv', await mlflowContext(mlflow))).toEqual({
      missing: `mlflow:churn@champion:eval/scores.csv: run ${run} has no artifact "eval/scores.csv" (eval/ holds eval/a.txt, eval/b.txt, eval/preds.csv, eval/z.txt)`,
    });
  });

  it('a missing alias is no baseline: MLflow answers 400 INVALID_PARAMETER_VALUE, not 404', async () => {
    mlflow.addVersion('churn', { runId: mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.9 }] }) });
    const context = await mlflowContext(mlflow);
    expect(await resolveBaseline('mlflow:churn@champion', context)).toEqual({ missing: `mlflow:churn@champion: registered model "churn" has no alias "champion" at ${mlflow.url} (the first promotion?)` });
    const response = mlflow.requests.at(-1)!;
    expect(response.rpc).toBe('getModelVersionByAlias');
    expect(await resolveBaseline('mlflow:fraud@champion', context)).toEqual({ missing: `mlflow:fraud@champion: registered model "fraud" has no alias "champion" at ${mlflow.url} (the first promotion?)` });
    expect(await resolveBaseline('mlflow:churn/7', context)).toEqual({ missing: `mlflow:churn/7: registered model "churn" has no version 7 at ${mlflow.url}` });
    expect(await resolveBaseline('mlflow:runs/feedface', context)).toEqual({ missing: `mlflow:runs/feedface: run feedface not found at ${mlflow.url}` });
  });

  it('a version registered without a run, or a run with nothing to compare, is no baseline with the reason', async () => {
    mlflow.addVersion('churn', { source: 's3://models/churn/7', aliases: ['champion'] });
    const empty = mlflow.addRun({ metrics: [{ key: 'loss', value: NaN }] });
    mlflow.addVersion('churn', { runId: empty, aliases: ['challenger'] });
    const context = await mlflowContext(mlflow);
    expect(await resolveBaseline('mlflow:churn@champion', context)).toEqual({ missing: 'mlflow:churn@champion: version 1 of "churn" was registered without a run (from s3://models/churn/7), so MLflow holds no metrics for it' });
    expect(await resolveBaseline('mlflow:churn@challenger', context)).toEqual({ missing: `mlflow:churn@challenger: run ${empty} logged no metrics that are numbers (loss not finite) and no predictions artifact` });
  });

  it('5xx and 429 are retried (Retry-After honoured); a 5xx that outlasts the retries is one line naming the call', async () => {
    const run = mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.9 }] });
    mlflow.addVersion('churn', { runId: run, aliases: ['champion'] });
    mlflow.injectFault({ rpc: 'getModelVersionByAlias', status: 503, times: 2 });
    mlflow.injectFault({ rpc: 'getRun', status: 429, body: { error_code: 'REQUEST_LIMIT_EXCEEDED', message: 'Too many requests' }, headers: { 'retry-after': '0' } });
    const found = await resolveBaseline('mlflow:churn@champion', await mlflowContext(mlflow));
    expect('missing' in found).toBe(false);
    expect(mlflow.requests.map((r) => r.rpc)).toEqual(['getModelVersionByAlias', 'getModelVersionByAlias', 'getModelVersionByAlias', 'getRun', 'getRun', 'listArtifacts']);

    mlflow.injectFault({ rpc: 'getRun', status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'database is locked' }, times: 4 });
    const message = await configurationError(resolveBaseline('mlflow:churn@champion', await mlflowContext(mlflow)));
    expect(message).toBe(`MLflow GET /api/2.0/mlflow/runs/get at ${mlflow.url} failed after 4 attempts: 500 INTERNAL_ERROR: database is locked`);
  });

  it('401 and 403 are no baseline with what to do, never a crash', async () => {
    mlflow.addVersion('churn', { runId: mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.9 }] }), aliases: ['champion'] });
    const unauthenticated = await resolveBaseline('mlflow:churn@champion', await mlflowContext(mlflow, { token: 'wrong-token' }));
    expect(unauthenticated).toEqual({ missing: expect.stringMatching(/^mlflow:churn@champion: MLflow GET \/api\/2\.0\/mlflow\/registered-models\/alias at http:\/\/127\.0\.0\.1:\d+ failed: 401 You are not authenticated\..*; the server refused the credentials: check MLFLOW_TRACKING_TOKEN \(or DATABRICKS_TOKEN\)$/) });
    expect((unauthenticated as { missing: string }).missing).not.toContain('wrong-token');
    mlflow.injectFault({ rpc: 'getRun', status: 403, body: { error_code: 'PERMISSION_DENIED', message: 'Permission denied' } });
    expect(await resolveBaseline('mlflow:churn@champion', await mlflowContext(mlflow))).toEqual({
      missing: `mlflow:churn@champion: MLflow GET /api/2.0/mlflow/runs/get at ${mlflow.url} failed: 403 PERMISSION_DENIED: Permission denied; the credentials may not do this: grant the user READ on the registered model and its experiment (EDIT or MANAGE on the model to move an alias)`,
    });
  });

  it('without MLflow settings: says which variables give it', async () => {
    expect(await resolveBaseline('mlflow:churn@champion', await offlineContext())).toEqual({
      missing: 'mlflow:churn@champion: mlflow baselines need MLFLOW_TRACKING_URI (an http(s) tracking server, with MLFLOW_TRACKING_TOKEN when it asks for one) or DATABRICKS_HOST and DATABRICKS_TOKEN',
    });
  });

  it('bad spec: one line naming it and the ways to write it', async () => {
    const how = 'write mlflow:<model>@<alias>, mlflow:<model>/<version> or mlflow:runs/<run_id>, optionally followed by :<predictions artifact>';
    for (const spec of ['mlflow:', 'mlflow:churn', 'mlflow:churn@', 'mlflow:churn/latest', 'mlflow:churn@champion:', 'mlflow:churn@champion:../secrets']) {
      expect(await configurationError(resolveBaseline(spec, await offlineContext()))).toBe(`baseline "${spec}": ${how}`);
    }
  });
});

describe('latestMetrics', () => {
  it("MLflow's rule for a run's latest value: highest step, then newest timestamp, then larger value; NaN and Infinity named", () => {
    const { values, skipped } = latestMetrics([
      { key: 'auc', value: 0.7, step: 5, timestamp: 1 },
      { key: 'auc', value: 0.6, step: 5, timestamp: 2 },
      { key: 'auc', value: 0.9, step: 4, timestamp: 9 },
      { key: 'f1', value: 0.5, step: 1, timestamp: 1 },
      { key: 'f1', value: 0.55, step: 1, timestamp: 1 },
      { key: 'loss', value: 'NaN', step: 0, timestamp: 1 },
      { key: 'ppl', value: 'Infinity', step: '2', timestamp: '3' },
      { key: 'steps', value: '12', step: '0', timestamp: '5' },
    ]);
    expect(Object.fromEntries(values)).toEqual({ auc: 0.6, f1: 0.55, steps: 12 });
    expect(skipped).toEqual(['loss', 'ppl']);
  });
});
