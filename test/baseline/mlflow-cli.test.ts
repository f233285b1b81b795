// `holdout compare --baseline mlflow:…`: the CLI passes the MLflow client of
// its process entry (from MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN) to the
// resolver, as the actions do.
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { mlflowFromEnvironment } from '../../shared/mlflow/client.js';
import { MLFLOW_TOKEN, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

describe('holdout compare with an mlflow: baseline', () => {
  let mlflow: FakeMlflow;
  beforeEach(async () => {
    mlflow = await startMlflow();
  });
  afterEach(async () => {
    expect(mlflow.violations).toEqual([]);
    await mlflow.stop();
  });

  async function compare(env: Record<string, string>) {
    const cwd = await tempDir('holdout-cli-');
    await cp(join(ROOT, 'examples/compare'), cwd, { recursive: true });
    let stdout = '';
    let stderr = '';
    const code = await runCli(['compare', '--candidate', 'candidate-predictions.csv', '--baseline', 'mlflow:churn@champion', '--policy', 'policy.yaml', '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd,
      isTty: false,
      examplesDir: join(ROOT, 'examples'),
      mlflow: mlflowFromEnvironment(env, { backoffUnitMs: 1 }),
    });
    return { code, stdout, stderr };
  }

  it("pairs with the champion run's predictions", async () => {
    const predictions = await readFile(join(ROOT, 'examples/compare/baseline-predictions.csv'), 'utf8');
    const runId = mlflow.addRun({ artifacts: { 'predictions.csv': predictions } });
    mlflow.addVersion('churn', { runId, aliases: ['champion'] });
    const { code, stdout, stderr } = await compare({ MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN });
    expect(code, stderr).toBe(1); // the example's verdict: region west regresses
    const document = JSON.parse(stdout) as { comparison: { paired: boolean; rows: number; baseline: { source: string; id: string } } };
    expect(document.comparison).toMatchObject({ paired: true, rows: 2000, baseline: { source: 'mlflow:churn@champion', id: `churn version 1, run ${runId}` } });
    expect(stdout + stderr).not.toContain(MLFLOW_TOKEN);
  });

  it('without the variables: no baseline, saying which to set', async () => {
    const { stdout } = await compare({});
    expect(stdout).toContain('mlflow:churn@champion: mlflow baselines need MLFLOW_TRACKING_URI');
  });
});
