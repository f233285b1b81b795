// The built bundles on infinite and undefined statistics (issue 12), run as the
// runner runs them: validate-data and the all-in-one holdout action with a
// reference that never had a category, a constant reference column and a
// column the current data leaves empty; compare-metrics with a DeLong
// difference of zero variance (z = −∞). Each writes its results document,
// summary and outputs, with no stack trace. Needs `npm run build`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import type { CompareMetricsResults, ValidateDataResults } from '../../shared/results/schema.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir, writeFiles } from '../helpers.js';
import { runBundle, webhookExample } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const SCHEMA = `fields:
  - name: color
    type: string
  - name: flat
    type: number
    x-holdout: { drift: { method: wasserstein } }
  - name: gone
    type: number
`;
const REFERENCE = 'color,flat,gone\nred,5,1\nblue,5,2\nred,5,3\nblue,5,4\nred,5,5\nblue,5,6\n';
const CURRENT = 'color,flat,gone\nred,5,\ngreen,6,\nred,7,\nblue,5,\nred,5,\n';

let workspace: string;
beforeEach(async () => {
  workspace = await tempDir('holdout-ws-');
  await writeFiles(workspace, { 'data/schema.yaml': SCHEMA, 'data/reference.csv': REFERENCE, 'data/current.csv': CURRENT });
});

async function readDocument(path: string) {
  return parseResults(await readFile(join(workspace, path), 'utf8'), path);
}

function expectDrift(document: ValidateDataResults) {
  const column = (name: string) => document.data.drift!.columns.find((c) => c.column === name)!;
  expect(column('color')).toMatchObject({ method: 'chisquare', statistic: Infinity, pValue: 0, status: 'fail' });
  // A constant reference: Evidently's normaliser max(std, 0.001); scipy's W([5]*6, [5, 6, 7, 5, 5]) = 0.6, so 600.
  expect(column('flat')).toMatchObject({ method: 'wasserstein', status: 'fail' });
  expect(column('flat').statistic).toBeCloseTo(600, 6);
  expect(column('gone').statistic).toBeNaN();
  expect(column('gone').status).toBe('warn');
}

describe('bundles on infinite and undefined statistics', () => {
  it('validate-data: results, outputs and summary with χ² = ∞, Wasserstein over a constant reference and an undefined statistic', async () => {
    const run = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/current.csv', schema: 'data/schema.yaml', reference: 'data/reference.csv' } });
    expect(run.stdout + run.stderr).not.toMatch(/ZodError|at .*index\.js/);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'fail', 'results-file': 'holdout-results/validate-data.json' });
    expect(run.summary).toContain('∞');
    const text = await readFile(join(workspace, 'holdout-results/validate-data.json'), 'utf8');
    expect(text).toContain('"statistic": "Infinity"');
    expect(text).toContain('"statistic": "NaN"');
    expectDrift((await readDocument('holdout-results/validate-data.json')) as ValidateDataResults);
  });

  describe('with the fake GitHub', () => {
    let gh: FakeGitHub;
    beforeEach(async () => {
      gh = await FakeGitHub.start();
      gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
      gh.addPullRequest(REPO, { number: 2, author: 'Codertocat', headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' });
    });
    afterEach(async () => {
      expect(gh.violations).toEqual([]);
      await gh.stop();
    });

    it('the all-in-one holdout action: the data check with a reference, the gate and the sticky comment', async () => {
      await mkdir(join(workspace, '.github'), { recursive: true });
      await writeFile(join(workspace, '.github/holdout.yml'), 'data:\n  - name: current\n    files: data/current.csv\n    schema: data/schema.yaml\n    reference: data/reference.csv\n');
      const run = await runBundle({ bundle: 'holdout', workspace, apiUrl: gh.url, event: webhookExample('pull_request', 'opened'), inputs: { config: '.github/holdout.yml', token: 'ghs_bot' }, timeoutMs: 120_000 });
      expect(run.stdout + run.stderr).not.toMatch(/ZodError|at .*index\.js/);
      expect(run.exitCode).toBe(1);
      expect(run.outputs.decision).toBe('fail');
      expectDrift((await readDocument('holdout-results/validate-data-current.json')) as ValidateDataResults);
      const [comment] = gh.commentsOn(REPO, 2);
      expect(comment!.body).toContain('∞');
    });

    it('compare-metrics: a constant candidate against a perfect baseline gives DeLong z = −∞, p = 0', async () => {
      const y = [0, 0, 0, 0, 1, 1, 1, 1];
      const rows = (score: (i: number) => number) => ['id,label,score', ...y.map((label, i) => `r${i},${label},${score(i)}`)].join('\n') + '\n';
      await writeFiles(workspace, { 'model/candidate.csv': rows(() => 0.5), 'model/baseline.csv': rows((i) => (i + 1) / 10) });
      const run = await runBundle({
        bundle: 'compare-metrics', workspace, apiUrl: gh.url, event: webhookExample('pull_request', 'opened'),
        inputs: { token: 'ghs_bot', candidate: 'model/candidate.csv', baseline: 'model/baseline.csv', policy: 'metrics:\n  roc_auc: { max_regression: 0.01 }\n' },
      });
      expect(run.stdout + run.stderr).not.toMatch(/ZodError|at .*index\.js/);
      expect(run.exitCode).toBe(1);
      expect(run.outputs.status).toBe('fail');
      const text = await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8');
      expect(text).toContain('"z": "-Infinity"');
      const document = (await readDocument('holdout-results/compare-metrics.json')) as CompareMetricsResults;
      expect(document.comparison.metrics.find((m) => m.name === 'roc_auc')).toMatchObject({ candidate: 0.5, baseline: 1, pValue: 0, verdict: 'worse', details: { z: -Infinity } });
    });
  });
});
