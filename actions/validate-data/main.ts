// validate-data entry: inputs → validateData → results file, annotations,
// job summary, outputs, exit status. No logic of its own.

import { resolve } from 'node:path';
import { writeResults } from '../../shared/results/io.js';
import { statusFailsStep } from '../../shared/results/status.js';
import { renderValidationSummary } from '../../shared/report/validation.js';
import { annotationsFor, parseShard, writeProfile } from '../../shared/validate/index.js';
// Runtime pieces imported one by one: this step needs no GitHub client, and
// its bundle stays small (the main thread's heap counts in the step's memory).
import { readRunContext } from '../../shared/runtime/context.js';
import { getEnumInput, getIntegerInput, getListInput, getOptionalInput, getRequiredInput } from '../../shared/runtime/inputs.js';
import { annotate, appendJobSummary, setOutputs } from '../../shared/runtime/report.js';
import { runAction } from '../../shared/runtime/run.js';
import { runTask, workerScript } from '../../shared/steps/worker.js';
import * as core from '@actions/core';

await runAction(async () => {
  const context = readRunContext();
  const merge = getListInput('merge');
  const data = getListInput('data', { required: merge.length === 0 });
  const schema = getRequiredInput('schema');
  const reference = getOptionalInput('reference');
  const profileOut = getOptionalInput('profile-out');
  const shardText = getOptionalInput('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText, getOptionalInput('shard-by'), 'shard');
  const resultsFile = getOptionalInput('results-file') ?? 'holdout-results/validate-data.json';
  const maxAnnotations = getIntegerInput('max-annotations', 50);
  const failOn = getEnumInput('fail-on', ['fail', 'warn', 'never'] as const, 'fail');

  const { document, profile, problems } = await runTask('validateData', {
    data,
    baseDir: context.workspace,
    schemaPath: resolve(context.workspace, schema),
    schemaDisplayPath: schema,
    reference,
    profile: profileOut !== undefined,
    shard,
    merge: merge.length > 0 ? merge : undefined,
    gitSha: context.sha,
    options: { maxErrorSamples: Math.max(1000, maxAnnotations) },
  }, workerScript(import.meta.url));
  const resultsPath = resolve(context.workspace, resultsFile);
  await writeResults(resultsPath, document);
  if (profileOut !== undefined && profile) await writeProfile(resolve(context.workspace, profileOut), profile);

  for (const annotation of annotationsFor(document, maxAnnotations)) annotate(annotation);
  await appendJobSummary(renderValidationSummary(document));
  const failedChecks = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
  const drift = document.data.drift;
  setOutputs({
    status: document.status, 'results-file': resultsFile, rows: document.data.rows, 'failed-checks': failedChecks,
    ...(drift ? { 'drifted-columns': drift.dataset.drifted, 'dataset-drift': drift.dataset.status } : {}),
  });

  if (problems.length > 0) core.setFailed(problems.map((p) => p.message).join('\n'));
  else if (statusFailsStep(document.status, failOn)) {
    core.setFailed(`Data validation ${document.status}: ${failedChecks} check${failedChecks === 1 ? '' : 's'} failed, ${document.data.errorCount} errors (see ${resultsFile})`);
  }
});
