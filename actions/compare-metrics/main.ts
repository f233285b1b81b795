// compare-metrics entry: inputs → baseline → compareModels → results file,
// summary, outputs, exit status. No logic of its own.

import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { runTask, workerScript } from '../../shared/steps/worker.js';
import { resolveBaseline } from '../../shared/baseline/resolve.js';
import { loadPolicy } from '../../shared/compare/policy.js';
import { gitHubBaselineFetcher } from '../../shared/github/baseline.js';
import { renderComparisonSummary } from '../../shared/report/comparison.js';
import { writeResults } from '../../shared/results/io.js';
import { statusFailsStep } from '../../shared/results/status.js';
import {
  appendJobSummary,
  createOctokit,
  getEnumInput,
  getIntegerInput,
  getListInput,
  getNumberInput,
  getOptionalInput,
  getRequiredInput,
  readRunContext,
  runAction,


  setOutputs,
} from '../../shared/runtime/index.js';

await runAction(async () => {
  const context = readRunContext();
  const candidate = getRequiredInput('candidate');
  const baselineSpec = getOptionalInput('baseline');
  const policyInput = getOptionalInput('policy');
  const task = getEnumInput('task', ['auto', 'binary', 'multiclass', 'regression'] as const, 'auto');
  const confidence = getNumberInput('confidence', 0.95, { min: 0.5, max: 0.9999 });
  const resamples = getIntegerInput('bootstrap-resamples', 2000, 100);
  const seed = getIntegerInput('seed', 20240101, 0);
  const threshold = getNumberInput('threshold', 0.5, { min: 0, max: 1 });
  const resultsFile = getOptionalInput('results-file') ?? 'holdout-results/compare-metrics.json';
  const failOn = getEnumInput('fail-on', ['fail', 'warn', 'never'] as const, 'fail');
  const onMismatch = getEnumInput('on-mismatch', ['error', 'drop'] as const, 'error');
  const token = getOptionalInput('token');

  const policy = await loadPolicy(policyInput, (p) => resolve(context.workspace, p));
  const remote = token && context.repository
    ? gitHubBaselineFetcher(createOctokit({ token, apiUrl: context.apiUrl }), context.repository, join(context.runnerTemp ?? context.workspace, 'holdout-baseline'))
    : undefined;
  const baseline = await resolveBaseline(baselineSpec, context.workspace, remote);
  const { document, problems } = await runTask('compareModels', {
    candidate: { path: resolve(context.workspace, candidate), displayPath: candidate },
    baseline,
    policy,
    gitSha: context.sha,
    options: {
      columns: {
        id: getOptionalInput('id-column') ?? 'id',
        label: getOptionalInput('label-column') ?? 'label',
        score: getOptionalInput('score-column') ?? 'score',
        prediction: getOptionalInput('prediction-column') ?? 'prediction',
        slices: getListInput('slice-columns'),
      },
      task: task === 'auto' ? undefined : task,
      posLabel: getOptionalInput('pos-label'),
      threshold,
      confidence,
      resamples,
      seed,
      onMismatch,
    },
  }, workerScript(import.meta.url));
  await writeResults(resolve(context.workspace, resultsFile), document);
  await appendJobSummary(renderComparisonSummary(document));
  setOutputs({
    status: document.status,
    'results-file': resultsFile,
    regressions: document.comparison.regressions,
    improvements: document.comparison.improvements,
    summary: document.comparison.summary,
  });
  if (problems.length > 0) core.setFailed(problems.map((p) => p.message).join('\n'));
  else if (statusFailsStep(document.status, failOn)) core.setFailed(`Model comparison ${document.status}: ${document.comparison.summary}`);
});
