// Shared by the MLflow tests: a fake MLflow server with a token, a client
// that reaches it, and a BaselineContext with that client.
import type { BaselineContext } from '../../shared/baseline/index.js';
import { createMlflowClient, type MlflowClient, type MlflowSettings } from '../../shared/mlflow/client.js';
import { tempDir } from '../helpers.js';
import { FakeMlflow } from './server.js';

export const MLFLOW_TOKEN = 'dapi-secret-token-0123456789';

export async function startMlflow(): Promise<FakeMlflow> {
  const fake = await FakeMlflow.start();
  fake.addToken(MLFLOW_TOKEN);
  return fake;
}

export function mlflowClient(fake: FakeMlflow, settings: Partial<MlflowSettings> = {}): MlflowClient {
  return createMlflowClient({ uri: fake.url, token: MLFLOW_TOKEN, ...settings }, { backoffUnitMs: 1 });
}

export async function mlflowContext(fake: FakeMlflow, settings: Partial<MlflowSettings> = {}): Promise<BaselineContext> {
  return { baseDir: await tempDir('holdout-base-'), tempDir: await tempDir('holdout-fetched-'), mlflow: mlflowClient(fake, settings) };
}
