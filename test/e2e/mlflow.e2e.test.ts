// The compare-metrics bundle with an mlflow: baseline, as the runner runs it
// (MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN in the step's environment),
// against the fake MLflow server.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import { MLFLOW_TOKEN, startMlflow } from '../fake-mlflow/context.js';
import type { FakeMlflow } from '../fake-mlflow/server.js';
import { tempDir } from '../helpers.js';
import { ROOT, runBundle, webhookExample, type BundleRun } from './harness.js';

let mlflow: FakeMlflow;
let workspace: string;

beforeEach(async () => {
  mlflow = await startMlflow();
  workspace = await tempDir('holdout-ws-');
  await cp(join(ROOT, 'examples/compare'), join(workspace, 'model'), { recursive: true });
  await writeFile(join(workspace, 'model/candidate.json'), JSON.stringify({ test: { roc_auc: 0.87, log_loss: 0.41 } }));
});
afterEach(async () => {
  expect(mlflow.violations).toEqual([]);
  await mlflow.stop();
});

const run = (inputs: Record<string, string>, env: Record<string, string> = { MLFLOW_TRACKING_URI: mlflow.url, MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN }) =>
  runBundle({ bundle: 'compare-metrics', workspace, event: webhookExample('pull_request', 'opened'), inputs, env });

async function results() {
  const document = parseResults(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'), 'results');
  if (document.kind !== 'compare-metrics') throw new Error('wrong kind');
  return document;
}

/** Nothing the step wrote or printed holds the token. */
async function expectNoToken(r: BundleRun): Promise<void> {
  expect(r.stdout + r.stderr + r.summary + JSON.stringify(r.outputs)).not.toContain(MLFLOW_TOKEN);
  for (const name of await readdir(join(workspace, 'holdout-results'))) expect(await readFile(join(workspace, 'holdout-results', name), 'utf8')).not.toContain(MLFLOW_TOKEN);
}

const METRICS_POLICY = 'metrics:\n  test.roc_auc: { min: 0.8, max_regression: 0.01 }\n  test.log_loss: { max_relative_regression: 0.05 }\n';

describe('compare-metrics with an mlflow: baseline', () => {
  it("the champion's run logged its predictions: they are downloaded and the comparison is paired", async () => {
    const predictions = await readFile(join(ROOT, 'examples/compare/baseline-predictions.csv'), 'utf8');
    const runId = mlflow.addRun({ metrics: [{ key: 'roc_auc', value: 0.8 }], artifacts: { 'model/MLmodel': 'flavors: {}', 'predictions.csv': predictions } });
    mlflow.addVersion('churn', { runId, aliases: ['champion'] });
    const r = await run({ candidate: 'model/candidate-predictions.csv', baseline: 'mlflow:churn@champion', policy: 'model/policy.yaml' });
    const doc = await results();
    expect(doc.comparison.paired, r.stdout).toBe(true);
    expect(doc.comparison.rows).toBe(2000);
    expect(doc.comparison.baseline).toMatchObject({ source: 'mlflow:churn@champion', kind: 'predictions', id: `churn version 1, run ${runId}` });
    expect(doc.comparison.metrics.find((m) => m.name === 'roc_auc' && !m.slice)!.method).toBe('delong');
    // The same verdict as the example's baseline file given as a path.
    expect(r.outputs.status).toBe('fail');
    expect(mlflow.requests.every((q) => q.authorization === `Bearer ${MLFLOW_TOKEN}`)).toBe(true);
    await expectNoToken(r);
  });

  it("no predictions logged: the run's metrics", async () => {
    const runId = mlflow.addRun({ metrics: [{ key: 'test.roc_auc', value: 0.865, step: 9 }, { key: 'test.roc_auc', value: 0.7, step: 1 }, { key: 'test.log_loss', value: 0.4 }] });
    mlflow.addVersion('churn', { runId, aliases: ['champion'] });
    const r = await run({ candidate: 'model/candidate.json', baseline: 'mlflow:churn@champion', policy: METRICS_POLICY });
    expect(r.exitCode, r.stdout).toBe(0);
    const doc = await results();
    expect(doc.comparison.baseline).toMatchObject({ source: 'mlflow:churn@champion', kind: 'metrics' });
    expect(doc.comparison.metrics.find((m) => m.name === 'test.roc_auc')!.baseline).toBe(0.865);
    await expectNoToken(r);
  });

  it('no champion yet, no MLflow settings, a refused token: no baseline, said, the token nowhere', async () => {
    mlflow.addVersion('churn', { runId: mlflow.addRun({ metrics: [{ key: 'test.roc_auc', value: 0.9 }] }) });
    const first = await run({ candidate: 'model/candidate.json', baseline: 'mlflow:churn@champion', policy: METRICS_POLICY });
    expect(first.exitCode).toBe(1);
    expect(first.outputs.summary).toContain(`no baseline: mlflow:churn@champion: registered model "churn" has no alias "champion" at ${mlflow.url} (the first promotion?)`);
    const allowed = await run({ candidate: 'model/candidate.json', baseline: 'mlflow:churn@champion', policy: METRICS_POLICY + 'allow_missing_baseline: true\n' });
    expect(allowed.exitCode).toBe(0);

    const unset = await run({ candidate: 'model/candidate.json', baseline: 'mlflow:churn@champion', policy: METRICS_POLICY }, {});
    expect(unset.outputs.summary).toContain('mlflow:churn@champion: mlflow baselines need MLFLOW_TRACKING_URI');

    const inUri = mlflow.url.replace('http://', `http://ci:${MLFLOW_TOKEN}x@`);
    const refused = await run({ candidate: 'model/candidate.json', baseline: 'mlflow:churn@champion', policy: METRICS_POLICY }, { MLFLOW_TRACKING_URI: inUri });
    expect(refused.outputs.summary).toContain('401 You are not authenticated.');
    await expectNoToken(refused);
  });
});
