// The MLflow REST client: where it points from the standard variables, how it
// authenticates, and that credentials never reach a message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMlflowClient, mlflowSettingsFrom } from '../../shared/mlflow/client.js';
import { MLFLOW_TOKEN, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';

describe('mlflowSettingsFrom', () => {
  it('MLFLOW_TRACKING_URI with MLFLOW_TRACKING_TOKEN or user and password; Databricks from its host and token', () => {
    expect(mlflowSettingsFrom({})).toBeUndefined();
    expect(mlflowSettingsFrom({ MLFLOW_TRACKING_URI: 'https://mlflow.example.com', MLFLOW_TRACKING_TOKEN: 't' })).toEqual({ uri: 'https://mlflow.example.com', token: 't', username: undefined, password: undefined });
    expect(mlflowSettingsFrom({ MLFLOW_TRACKING_URI: 'http://mlflow:5000', MLFLOW_TRACKING_USERNAME: 'ci', MLFLOW_TRACKING_PASSWORD: 'pw' })).toEqual({ uri: 'http://mlflow:5000', token: undefined, username: 'ci', password: 'pw' });
    // A local file store (the MLflow default ./mlruns) has no REST API.
    expect(mlflowSettingsFrom({ MLFLOW_TRACKING_URI: 'file:///tmp/mlruns' })).toBeUndefined();
    expect(mlflowSettingsFrom({ MLFLOW_TRACKING_URI: './mlruns' })).toBeUndefined();
    expect(mlflowSettingsFrom({ MLFLOW_TRACKING_URI: 'databricks', DATABRICKS_HOST: 'adb-1.azuredatabricks.net', DATABRICKS_TOKEN: 'dapi1' })).toEqual({ uri: 'https://adb-1.azuredatabricks.net', token: 'dapi1', databricks: true });
    expect(mlflowSettingsFrom({ DATABRICKS_HOST: 'https://dbc-1.cloud.databricks.com', DATABRICKS_TOKEN: 'dapi1' })).toEqual({ uri: 'https://dbc-1.cloud.databricks.com', token: 'dapi1', databricks: true });
    expect(mlflowSettingsFrom({ MLFLOW_TRACKING_URI: 'databricks' })).toBeUndefined();
  });
});

describe('createMlflowClient', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  it('a user and password in the URI are sent as Basic auth, not in the URL, and named nowhere', async () => {
    mlflow.addVersion('churn', { runId: mlflow.addRun(), aliases: ['champion'] });
    const uri = mlflow.url.replace('http://', `http://ci:${MLFLOW_TOKEN}@`);
    const client = createMlflowClient({ uri }, { backoffUnitMs: 1 });
    expect(client.where).toBe(mlflow.url);
    expect(await client.modelVersionByAlias('churn', 'champion')).toMatchObject({ name: 'churn', version: '1', aliases: ['champion'] });
    expect(mlflow.requests[0]!.authorization).toBe(`Basic ${Buffer.from(`ci:${MLFLOW_TOKEN}`).toString('base64')}`);
  });

  it('a token in the URI or the header never shows in an error, even when the server echoes it', async () => {
    const echo = { error_code: 'INTERNAL_ERROR', message: `upstream refused Authorization: Bearer ${MLFLOW_TOKEN} for https://ci:${MLFLOW_TOKEN}@proxy` };
    mlflow.injectFault({ rpc: 'getRun', status: 500, body: echo, times: 8 });
    for (const client of [
      createMlflowClient({ uri: mlflow.url, token: MLFLOW_TOKEN }, { backoffUnitMs: 1, attempts: 2 }),
      createMlflowClient({ uri: mlflow.url.replace('http://', `http://ci:${MLFLOW_TOKEN}@`) }, { backoffUnitMs: 1, attempts: 2 }),
    ]) {
      const error = (await client.run('abc').then(() => undefined, (e: unknown) => e)) as Error;
      expect(error.name).toBe('ConfigurationError');
      expect(error.message).toContain('failed after 2 attempts: 500 INTERNAL_ERROR: upstream refused Authorization: Bearer *** for https://ci:***@proxy');
      expect(error.message).not.toContain(MLFLOW_TOKEN);
      expect(JSON.stringify(error)).not.toContain(MLFLOW_TOKEN);
      expect(error.stack ?? '').not.toContain(MLFLOW_TOKEN);
    }
    // A server that cannot be reached: the message names the origin only.
    const closed = createMlflowClient({ uri: `http://ci:${MLFLOW_TOKEN}@127.0.0.1:9/mlflow` }, { backoffUnitMs: 1, attempts: 1 });
    const unreachable = (await closed.run('abc').then(() => undefined, (e: unknown) => e)) as Error;
    expect(unreachable.message).toMatch(/^MLflow GET \/api\/2\.0\/mlflow\/runs\/get at http:\/\/127\.0\.0\.1:9\/mlflow could not be reached after 1 attempts: /);
    expect(unreachable.message).not.toContain(MLFLOW_TOKEN);
  });

  it('a page that is not JSON (a proxy or the UI at the wrong address) is one line', async () => {
    const client = createMlflowClient({ uri: mlflow.url, token: MLFLOW_TOKEN }, { fetch: async () => new Response('<html>login</html>', { status: 200 }) });
    await expect(client.run('abc')).rejects.toThrow(`MLflow GET /api/2.0/mlflow/runs/get at ${mlflow.url} answered with something that is not JSON (is MLFLOW_TRACKING_URI the tracking server?)`);
  });
});
