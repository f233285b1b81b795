// The compare-metrics step: its options (action inputs, config keys, CLI
// flags derive from them) and the step — candidate vs the production
// baseline under the policy — to a results document, summary and outputs.

import { join } from 'node:path';
import { resolveBaseline } from '../baseline/index.js';
import { renderComparisonSummary } from '../report/comparison.js';
import { statusFailsStep } from '../results/status.js';
import type { CompareMetricsResults } from '../results/schema.js';
import { userFile } from '../io/user-file.js';
import { TASKS } from '../vocabulary/comparison.js';
import { exportFiles } from '../export/files.js';
import { confidenceLevel, exportOptions, failOnOption, resultsFileOption, nonNegativeInteger, probability } from './common.js';
import { stepPolicy, type PolicyStepExtras } from './policy.js';
import { defineOptions, option, type OptionsOf } from './options.js';
import type { StepEnvironment, StepResult } from './step.js';
import { z } from 'zod';
import { compareModelsTask } from './tasks/compare-metrics.js';
import { EVAL_FORMATS } from '../evals/suite.js';

/** The task, or auto: inferred from the predictions. */
export const TASK_CHOICES = ['auto', ...TASKS] as const;

export const compareMetricsOptions = defineOptions({
  candidate: option.string({
    description: "The candidate model: a metrics file (JSON/YAML/CSV, nested keys flattened with dots; DVC and MLflow exports read as they are), a predictions file (CSV/JSONL/Parquet with id, label and score, score_<class> or prediction columns), or an eval suite's per-case results (promptfoo, DeepEval, gh models eval --json, lm-evaluation-harness samples, or JSONL/CSV with an id column; see docs/evals.md).",
    required: true,
  }),
  baseline: option.string({
    description: 'The production baseline: a path, git:<ref>:<path> (file at a ref), artifact:<name>[:<file>] (newest successful default-branch run), deployment:<environment> (metrics recorded by the gate in the newest successful deployment), or mlflow:<model>@<alias> (the MLflow Model Registry version, with the predictions its run logged, if any; see docs/baselines.md).',
  }),
  policy: option.string({
    description: 'The comparison policy: a YAML or JSON file, or inline YAML (see docs/policy.md).',
  }),
  task: option.enum(TASK_CHOICES)({
    description: 'binary, multiclass or regression; inferred from the predictions when unambiguous (auto).',
    default: 'auto',
  }),
  'id-column': option.string({
    description: 'Column that joins candidate and baseline predictions (rows are never matched by order).',
    default: 'id',
    config: 'columns.id',
  }),
  'label-column': option.string({ description: 'Column with the true label or value.', default: 'label', config: 'columns.label' }),
  'score-column': option.string({
    description: 'Column with the score or probability of the positive class (binary); per-class columns are score_<class> or prob_<class>.',
    default: 'score',
    config: 'columns.score',
  }),
  'prediction-column': option.string({
    description: 'Column with a hard class label or a regression prediction.',
    default: 'prediction',
    config: 'columns.prediction',
  }),
  'slice-columns': option.list({
    description: "Columns whose values define slices, comma- or newline-separated (added to the policy's slices.columns).",
    default: [],
    config: 'columns.slices',
  }),
  'pos-label': option.string({ description: 'The positive class of a binary task (default: 1, true or yes).' }),
  threshold: option.number(probability, {
    description: 'Score at or above which a binary prediction is positive, when there is no prediction column.',
    default: 0.5,
  }),
  confidence: option.number(confidenceLevel, { description: 'Confidence level of the intervals.', default: 0.95 }),
  'bootstrap-resamples': option.integer(z.number().int().min(100), {
    description: 'Resamples of the paired bootstrap.',
    default: 2000,
    config: 'resamples',
    flag: 'resamples',
  }),
  seed: option.integer(nonNegativeInteger, { description: 'Seed of the bootstrap, so runs are reproducible.', default: 20240101 }),
  'on-mismatch': option.enum(['error', 'drop'] as const)({
    description: 'When candidate and baseline predictions cover different ids: error (default) or drop (compare on the common ids and report the rest).',
    default: 'error',
  }),
  'eval-format': option.enum(['auto', ...EVAL_FORMATS] as const)({
    description: 'The format of eval-suite results: recognised from the content (auto), or generic, promptfoo, deepeval, gh-models, lm-eval.',
    default: 'auto',
    config: 'evals.format',
  }),
  'candidate-variant': option.string({
    description: 'In a promptfoo file holding several providers or prompts: the candidate\'s (a provider id or label, a prompt label, or "prompt <index>").',
    config: 'evals.candidate_variant',
  }),
  'baseline-variant': option.string({
    description: 'In a promptfoo file holding several providers or prompts: the baseline\'s.',
    config: 'evals.baseline_variant',
  }),
  'results-file': resultsFileOption('Where to write the results document (JSON).', 'holdout-results/compare-metrics.json'),
  'fail-on': failOnOption('Which status fails the step: fail (default), warn or never.'),
  ...exportOptions(false),
});

export type CompareMetricsOptions = OptionsOf<typeof compareMetricsOptions>;

export type CompareMetricsStepExtras = PolicyStepExtras;

export async function runCompareMetrics(options: CompareMetricsOptions, env: StepEnvironment, extras: CompareMetricsStepExtras = {}): Promise<StepResult<CompareMetricsResults>> {
  const policy = await stepPolicy(extras, options.policy, env.workspace);
  const baseline = await resolveBaseline(options.baseline, {
    baseDir: env.workspace,
    tempDir: join(env.tempDir, 'holdout-baseline'),
    github: env.github,
    mlflow: env.mlflow,
    sagemaker: env.sagemaker,
    // The CLI reads git: from the local repository, and says which variables give it GitHub.
    localGit: env.localGit,
    noGitHub: env.localGit ? 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' : undefined,
  });
  const candidate = userFile(env.workspace, options.candidate);
  const { document, problems } = await env.tasks.run(compareModelsTask, {
    candidate,
    baseline,
    policy,
    gitSha: env.commit,
    now: env.now?.(),
    options: {
      columns: {
        id: options['id-column'],
        label: options['label-column'],
        score: options['score-column'],
        prediction: options['prediction-column'],
        slices: options['slice-columns'],
      },
      task: options.task === 'auto' ? undefined : options.task,
      posLabel: options['pos-label'],
      threshold: options.threshold,
      confidence: options.confidence,
      resamples: options['bootstrap-resamples'],
      seed: options.seed,
      onMismatch: options['on-mismatch'],
      evals: {
        format: options['eval-format'] === 'auto' ? undefined : options['eval-format'],
        candidateVariant: options['candidate-variant'],
        baselineVariant: options['baseline-variant'],
      },
    },
  });
  // What a metrics reader skipped (text, NaN, `_` keys) goes to the log too, not only into the results document.
  for (const check of document.checks) if (check.id.startsWith('read:')) env.logger.warning(`holdout compare-metrics: ${check.locations[0]?.file ?? check.title}: ${check.message}`);
  let failure: StepResult['failure'];
  if (problems.length > 0) failure = { kind: 'input', message: problems.map((p) => p.message).join('\n') };
  else if (statusFailsStep(document.status, options['fail-on'])) failure = { kind: 'verdict', message: `Model comparison ${document.status}: ${document.comparison.summary}` };
  return {
    document,
    resultsPath: userFile(env.workspace, options['results-file']).path,
    files: exportFiles(options, [{ document, file: options['results-file'] }], env.workspace, { warnFails: options['fail-on'] === 'warn' }),
    annotations: [],
    summary: renderComparisonSummary(document),
    outputs: {
      status: document.status,
      'results-file': options['results-file'],
      regressions: document.comparison.regressions,
      improvements: document.comparison.improvements,
      summary: document.comparison.summary,
    },
    failure,
  };
}
