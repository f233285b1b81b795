// The all-in-one action: the pipeline that .github/holdout.yml describes —
// data checks, the model comparison, the gate and the report — in one step,
// writing every results document. Each stage is the same library code the
// separate actions call.

import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { runTask, workerScript } from './shared/steps/worker.js';
import { resolveBaseline } from './shared/baseline/resolve.js';
import { loadPolicy } from './shared/compare/policy.js';
import { loadPipelineConfig } from './shared/config/pipeline.js';
import { ConfigurationError } from './shared/errors.js';
import { gitHubBaselineFetcher } from './shared/github/baseline.js';
import { runGateStep } from './shared/github/gate-step.js';
import { postReportComment, renderReportStep } from './shared/github/report-step.js';
import { renderComparisonSummary } from './shared/report/comparison.js';
import { renderValidationSummary } from './shared/report/validation.js';
import { resultsPath, writeResults } from './shared/results/io.js';
import { annotationsFor } from './shared/validate/annotations.js';
import { writeProfile } from './shared/profile/io.js';
import {
  annotate,
  appendJobSummary,
  createOctokit,
  getOptionalInput,
  getRequiredInput,
  log,
  readRunContext,
  runAction,

  setOutputs,

} from './shared/runtime/index.js';

await runAction(async () => {
  const context = readRunContext();
  // action.yml gives the default path; a run without it is not a runner's run.
  const configPath = getRequiredInput('config');
  const token = getOptionalInput('token');
  const config = await loadPipelineConfig(resolve(context.workspace, configPath), configPath);
  const worker = workerScript(import.meta.url);
  const resultsDir = config.results_dir;
  const github = token && context.repository ? { octokit: createOctokit({ token, apiUrl: context.apiUrl }), repo: context.repository } : undefined;
  const pull = context.payload.pull_request as { head?: { sha?: string } } | undefined;
  const sha = pull?.head?.sha ?? context.sha;
  const problems: ConfigurationError[] = [];

  for (const [i, check] of config.data.entries()) {
    const { document, profile, problems: found } = await runTask('validateData', {
      data: check.files,
      baseDir: context.workspace,
      schemaPath: resolve(context.workspace, check.schema),
      schemaDisplayPath: check.schema,
      reference: check.reference,
      profile: check.profile_out !== undefined,
      title: check.name ? `Data validation: ${check.name}` : undefined,
      gitSha: sha,
      options: { maxErrorSamples: Math.max(1000, check.max_annotations) },
    }, worker);
    problems.push(...found);
    if (check.profile_out !== undefined && profile) await writeProfile(resolve(context.workspace, check.profile_out), profile);
    await writeResults(resultsPath(context.workspace, resultsDir, `validate-data${check.name ? `-${check.name}` : config.data.length > 1 ? `-${i + 1}` : ''}.json`), document);
    for (const annotation of annotationsFor(document, check.max_annotations)) annotate(annotation);
    await appendJobSummary(renderValidationSummary(document));
  }

  if (config.model) {
    const model = config.model;
    const policy = await loadPolicy(model.policy === undefined ? undefined : typeof model.policy === 'string' ? model.policy : JSON.stringify(model.policy), (p) => resolve(context.workspace, p));
    const remote = github ? gitHubBaselineFetcher(github.octokit, github.repo, join(context.runnerTemp ?? context.workspace, 'holdout-baseline')) : undefined;
    const baseline = await resolveBaseline(model.baseline, context.workspace, remote);
    const { document, problems: found } = await runTask('compareModels', {
      candidate: { path: resolve(context.workspace, model.candidate), displayPath: model.candidate },
      baseline,
      policy,
      gitSha: sha,
      options: {
        columns: model.columns,
        task: model.task,
        posLabel: model.pos_label,
        threshold: model.threshold,
        confidence: model.confidence,
        resamples: model.resamples,
        seed: model.seed,
        onMismatch: model.on_mismatch,
      },
    }, worker);
    problems.push(...found);
    await writeResults(resultsPath(context.workspace, resultsDir, 'compare-metrics.json'), document);
    await appendJobSummary(renderComparisonSummary(document));
  }

  const patterns = [`${resultsDir}/*.json`];
  let decision: string | undefined;
  let failure: string | undefined;
  if (config.gate.enabled) {
    const gate = await runGateStep({
      workspace: context.workspace,
      patterns,
      failOn: config.gate.fail_on,
      checkName: config.gate.check_name,
      label: config.gate.override_label,
      override: { minimumRole: config.gate.override_role, extraRoles: config.gate.override_roles, allowSelfOverride: config.gate.allow_self_override },
      environment: config.gate.environment,
      auditFile: config.gate.audit_file,
      resultsDir,
      sha,
      actor: context.actor,
      eventName: context.eventName,
      payload: context.payload,
      runUrl: context.runUrl,
      github,
    });
    for (const warning of gate.warnings) log.warning(warning);
    decision = String(gate.outputs.decision);
    failure = gate.failure;
    setOutputs({ 'check-run-id': gate.outputs['check-run-id'], 'deployment-id': gate.outputs['deployment-id'] });
  }

  const reportInput = {
    workspace: context.workspace,
    tempDir: context.runnerTemp ?? context.workspace,
    patterns,
    title: config.report.title,
    mode: config.report.comment,
    key: config.report.key,
    sha,
    runUrl: context.runUrl,
    eventName: context.eventName,
    payload: context.payload,
    github,
  };
  const rendered = await renderReportStep(reportInput);
  for (const warning of rendered.warnings) log.warning(warning);
  await appendJobSummary(rendered.summary);
  setOutputs({ decision, 'results-dir': resultsDir });
  const posted = await postReportComment(reportInput, rendered.comment);
  for (const warning of posted.warnings) log.warning(warning);
  for (const line of posted.info) log.info(line);
  setOutputs({ 'comment-url': posted.outputs['comment-url'] });

  if (problems.length > 0) core.setFailed(problems.map((p) => p.message).join('\n'));
  else if (failure) core.setFailed(failure);
});
