// What docs/orchestrators.md promises a task that runs the built CLI
// (dist/cli/index.js, as Airflow, Kubeflow Pipelines or Prefect run it):
// exit 0 pass or warn, 1 fail, 2 bad input or usage; the results document at
// --out whenever the step ran (an unreadable input recorded as an error);
// nothing on a usage mistake; --kubeflow-metrics in the format KFP takes.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsSchemas } from '../../shared/results/schema.js';
import { NODE24, ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';
import { kubeflowMetricsProblems } from '../export/kubeflow-format.js';

const CLI = join(ROOT, 'dist/cli/index.js');

function holdout(cwd: string, ...args: string[]) {
  const child = spawnSync(NODE24, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1' } });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

async function workspace(): Promise<string> {
  const dir = await tempDir('holdout-orchestrator-');
  await cp(join(ROOT, 'examples'), dir, { recursive: true });
  return dir;
}

type Metric = { name: string; numberValue: number; format: string };

/** The metrics file, checked against what KFP takes. */
async function metrics(file: string): Promise<Metric[]> {
  const text = await readFile(file, 'utf8');
  expect(kubeflowMetricsProblems(text)).toEqual([]);
  return (JSON.parse(text) as { metrics: Metric[] }).metrics;
}

async function results(file: string) {
  return resultsSchemas.document.parse(JSON.parse(await readFile(file, 'utf8')));
}

describe('exit statuses and outputs a task gets', () => {
  it('0: the data passes; the results document at --out, the metrics file', async () => {
    const dir = await workspace();
    const run = holdout(dir, 'validate', 'validate/passing.csv', '--schema', 'validate/schema.yaml', '--out', 'out/results.json', '--kubeflow-metrics', 'out/mlpipeline-metrics.json');
    expect(run.code).toBe(0);
    const document = await results(join(dir, 'out/results.json'));
    expect(document.status).toBe('pass');
    if (document.kind !== 'validate-data') throw new Error('not a data check');
    expect(await metrics(join(dir, 'out/mlpipeline-metrics.json'))).toEqual([
      { name: 'results-failed-checks', numberValue: 0, format: 'RAW' },
      { name: 'results-rows', numberValue: document.data.rows, format: 'RAW' },
      { name: 'results-errors', numberValue: 0, format: 'RAW' },
    ]);
  });

  it('1: a check fails; the outputs are written all the same; --fail-on never makes it 0', async () => {
    const dir = await workspace();
    const run = holdout(dir, 'validate', 'validate/failing.csv', '--schema', 'validate/schema.yaml', '--out', 'out/results.json', '--kubeflow-metrics', 'out/metrics.json');
    expect(run.code).toBe(1);
    const document = await results(join(dir, 'out/results.json'));
    expect(document.status).toBe('fail');
    const failed = document.checks.filter((c) => c.status === 'fail').length;
    expect((await metrics(join(dir, 'out/metrics.json'))).find((m) => m.name === 'results-failed-checks')!.numberValue).toBe(failed);
    expect(holdout(dir, 'validate', 'validate/failing.csv', '--schema', 'validate/schema.yaml', '--fail-on', 'never').code).toBe(0);
  });

  it('2: an input that cannot be read — one line naming it, the document records the error', async () => {
    const dir = await workspace();
    const run = holdout(dir, 'validate', 'validate/passing.csv', '--schema', 'validate/nowhere.yaml', '--out', 'out/results.json');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('validate/nowhere.yaml')]);
    const document = await results(join(dir, 'out/results.json'));
    expect(document.status).toBe('error');
  });

  it('2: a usage mistake writes nothing', async () => {
    const dir = await workspace();
    const run = holdout(dir, 'validate', 'validate/passing.csv', '--schema', 'validate/schema.yaml', '--out', 'out/results.json', '--kubeflow-metrics', 'out/m.json', '--no-such-flag');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--no-such-flag'");
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // The gate with nothing to decide on is a usage mistake too, and writes no metrics.
    const gate = holdout(dir, 'gate', '--kubeflow-metrics', 'out/m.json');
    expect(gate.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('compare and gate: the model metrics with baseline and change; gate-pass 0 on a failing decision', async () => {
    const dir = await workspace();
    const compare = holdout(dir, 'compare', '--candidate', 'compare/candidate-predictions.csv', '--baseline', 'compare/baseline-predictions.csv', '--policy', 'compare/policy.yaml', '--kubeflow-metrics', 'kfp/compare.json');
    expect(compare.code).toBe(1);
    const document = await results(join(dir, 'holdout-results/compare-metrics.json'));
    if (document.kind !== 'compare-metrics') throw new Error('not a comparison');
    const auc = document.comparison.metrics.find((m) => m.name === 'roc_auc' && !m.slice)!;
    const compared = await metrics(join(dir, 'kfp/compare.json'));
    expect(compared.length).toBeLessThanOrEqual(50);
    expect(compared.filter((m) => m.name.startsWith('roc_auc')).slice(0, 3)).toEqual([
      { name: 'roc_auc', numberValue: auc.candidate, format: 'RAW' },
      { name: 'roc_auc-baseline', numberValue: auc.baseline, format: 'RAW' },
      { name: 'roc_auc-change', numberValue: auc.difference, format: 'RAW' },
    ]);

    expect(holdout(dir, 'gate', '--kubeflow-metrics', 'kfp/gate.json').code).toBe(1);
    expect((await metrics(join(dir, 'kfp/gate.json')))[0]).toEqual({ name: 'gate-pass', numberValue: 0, format: 'RAW' });
  });

  it('run: the metrics of every document of the pipeline', async () => {
    const dir = await workspace();
    await mkdir(join(dir, '.github'));
    await writeFile(join(dir, '.github/holdout.yml'), 'data:\n  - files: validate/passing.csv\n    schema: validate/schema.yaml\nmodel:\n  candidate: compare/candidate-predictions.csv\n  baseline: compare/baseline-predictions.csv\n  policy: compare/policy.yaml\n');
    expect(holdout(dir, 'run', '--dry-run', '--kubeflow-metrics', 'kfp/run.json').code).toBe(1);
    const names = (await metrics(join(dir, 'kfp/run.json'))).map((m) => m.name);
    expect(names.slice(0, 2)).toEqual(['gate-pass', 'validate-data-failed-checks']);
    expect(names).toEqual(expect.arrayContaining(['compare-metrics-regressions', 'roc_auc']));
  });
});
