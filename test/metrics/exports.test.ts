// Metrics files as the tools export them (test/fixtures/metrics-exports,
// each from the vendor's docs, test suite or a published run — see its
// README): every number kept, everything else skipped with a note that names
// it, standard deviations and intervals kept with their values.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { userFile } from '../../shared/io/user-file.js';
import { readMetricsFile } from '../../shared/metrics/files.js';
import { knownDirection } from '../../shared/metrics/registry.js';
import { MemoryLogger } from '../../shared/log.js';
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { optionsFromText } from '../../shared/steps/options.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const EXPORTS = join(ROOT, 'test/fixtures/metrics-exports');
const read = (name: string) => readMetricsFile(userFile(EXPORTS, name));

describe('W&B run summary (wandb-summary.json)', () => {
  it('keeps the numbers; skips the URL string and the _runtime/_step/_timestamp/_wandb bookkeeping, saying so', async () => {
    const m = await read('wandb/wandb-summary.json');
    expect(m.reader.id).toBe('wandb');
    expect(m.metrics.get('eval/accuracy')).toBe(0.578125);
    expect(m.metrics.get('test/f1')).toBe(0.5826682624030174);
    expect(m.metrics.get('eval/loss')).toBe(2.3814685344696045);
    expect(m.metrics.size).toBe(25);
    for (const key of ['_runtime', '_step', '_timestamp', '_wandb.runtime', '_wandb', 'huggingface_model']) expect(m.metrics.has(key)).toBe(false);
    expect(m.notes).toEqual([
      'skipped 4 underscore-prefixed keys (the tracker’s own bookkeeping): _runtime, _wandb, _step, _timestamp',
      'skipped 1 not a number: huggingface_model ("https://huggingface.co/YuvarajK-g25ai…", line 1)',
    ]);
    expect(m.skipped.get('huggingface_model')).toMatch(/not a number$/);
  });

  it('skips media objects (histograms, tables) by their _type', async () => {
    const m = await read('wandb/media-summary.json');
    expect([...m.metrics.keys()]).toEqual(['validation_mean', 'position_mean', 'mean_rollout_loss', 'rollout_loss', 'mean_10_loss', '10_loss']);
    expect(m.notes[0]).toMatch(/^skipped 2 W&B media objects \(histograms, tables, images\): rollout_hist \(histogram, line 1\), 32_cluster.*_n_step_losses \(table-file, line 1\)$/);
  });
});

describe('SageMaker model-quality statistics', () => {
  it('reads value and standard_deviation; "NaN" deviations are noted, matrices and curves skipped', async () => {
    const m = await read('sagemaker/binary-statistics.json');
    expect(m.reader.id).toBe('sagemaker');
    expect(m.metrics.get('binary_classification_metrics.accuracy')).toBe(0.5);
    expect(m.metrics.get('binary_classification_metrics.auc')).toBe(1);
    expect(m.metrics.get('binary_classification_metrics.f1')).toBe(0.5);
    expect(m.metrics.size).toBe(17);
    expect(m.spread.size).toBe(0);
    expect(m.notes).toEqual([
      'binary_classification_metrics: 17 values without a standard deviation (Model Monitor gives one from 200 rows on)',
      'skipped 3 confusion matrices and curves (not single numbers): binary_classification_metrics.confusion_matrix, binary_classification_metrics.receiver_operating_characteristic_curve, binary_classification_metrics.precision_recall_curve',
    ]);
  });

  it('keeps each standard deviation with its value (regression, multiclass)', async () => {
    const r = await read('sagemaker/regression-statistics.json');
    expect([...r.metrics]).toEqual([
      ['regression_metrics.mae', 0.3711832061068702], ['regression_metrics.mse', 0.3711832061068702],
      ['regression_metrics.rmse', 0.609248066149471], ['regression_metrics.r2', -1.3766111872212665],
    ]);
    expect(r.spread.get('regression_metrics.rmse')).toEqual({ std: 0.003079253267651125 });
    expect(r.notes).toEqual([]);
    const mc = await read('sagemaker/multiclass-statistics.json');
    expect(mc.metrics.get('multiclass_classification_metrics.weighted_f1')).toBe(0.6571162346664904);
    expect(mc.spread.get('multiclass_classification_metrics.accuracy')).toEqual({ std: 0.00375663881299405 });
    expect(mc.notes).toEqual(['skipped 1 confusion matrix or curve (not one number): multiclass_classification_metrics.confusion_matrix']);
  });
});

describe('SageMaker Clarify analysis.json', () => {
  it('reads each bias metric as section.facet=value.NAME; SHAP explanations are not metrics', async () => {
    const m = await read('sagemaker/clarify-analysis.json');
    expect(m.reader.id).toBe('clarify');
    expect([...m.metrics]).toEqual([['post_training_bias_metrics.feature_2=1.DI', 0.711340206185567], ['post_training_bias_metrics.feature_2=1.DCR', -0.34782608695652184]]);
    expect(m.notes).toEqual(["not read: explanations (SHAP values and settings describe features, not the model's quality)"]);
    // Bias metrics have no registry direction: a policy says which way (or bounds them).
    expect(knownDirection('post_training_bias_metrics.feature_2=1.DI')).toBeUndefined();
    const policy = await loadPolicy('metrics:\n  post_training_bias_metrics.feature_2=1.DI: {min: 0.8, direction: higher}\n');
    const file = userFile(EXPORTS, 'sagemaker/clarify-analysis.json');
    const { document } = await compareModels({ candidate: file, baseline: { missing: 'none' }, policy: { ...policy, allow_missing_baseline: true }, options: { columns: { id: 'id', label: 'label', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' } });
    expect(document.checks.find((c) => c.rule === 'min')!.message).toBe('candidate 0.7113, minimum 0.8');
    expect(document.status).toBe('fail');
  });
});

describe('Vertex AI model evaluations', () => {
  it('reads auRoc, auPrc and logLoss; skips confidenceMetrics and the confusion matrix', async () => {
    const m = await read('vertex/classification-evaluations.json');
    expect(m.reader.id).toBe('vertex');
    expect([...m.metrics]).toEqual([['auPrc', 0.97762364], ['auRoc', 0.97566897], ['logLoss', 0.19153881]]);
    expect(m.notes).toEqual([
      'skipped 1 list (curve, per-threshold or per-class values): confidenceMetrics',
      'skipped 1 confusion matrix or curve (not one number): confusionMatrix',
    ]);
  });

  it('"Infinity" and "NaN" (MAPE with a zero target) are skipped with a note naming them', async () => {
    const m = await read('vertex/forecasting-evaluations.json');
    expect([...m.metrics]).toEqual([['rootMeanSquaredError', 719.0045], ['meanAbsoluteError', 487.0792], ['rSquared', 0.8837288]]);
    expect(m.notes[0]).toBe('skipped 2 not finite numbers: meanAbsolutePercentageError ("Infinity"), rootMeanSquaredLogError ("NaN")');
    expect(m.skipped.get('meanAbsolutePercentageError')).toBe('"Infinity", not a finite number');
  });
});

describe('Kubeflow mlpipeline-metrics.json', () => {
  it('reads name and numberValue, whatever the display format', async () => {
    const m = await read('kubeflow/mlpipeline-metrics.json');
    expect(m.reader.id).toBe('kubeflow');
    expect([...m.metrics]).toEqual([['accuracy-score', 0.9], ['mse-score', 0.1]]);
    expect(knownDirection('accuracy-score')).toBe('higher');
    expect(knownDirection('mse-score')).toBe('lower');
  });
});

describe('TFMA MetricsForSlice (proto3 JSON)', () => {
  it('reads the overall slice with its confidence intervals and standard errors; other slices are named in a note', async () => {
    const m = await read('tfma/metrics-for-slice.json');
    expect(m.reader.id).toBe('tfma');
    expect([...m.metrics]).toEqual([['metric_with_ci', 10], ['bounded_metrics', 0.234], ['one_dim', 2]]);
    expect(m.spread.get('metric_with_ci')).toEqual({ std: 1, lower: 8.9140366, upper: 13.0859634 });
    expect(m.spread.get('bounded_metrics')).toEqual({ lower: 0.123, upper: 0.456 });
    expect(m.spread.get('one_dim')).toEqual({ lower: -1.1824463, upper: 5.1824463 });
    expect(m.notes).toEqual(['read the overall slice; 1 other slice not read (age:5, language:english, price:0.3)', 'skipped 1 not a finite number: nans ("NaN")']);
  });
});

describe('Evidently reports', () => {
  it('legacy Report.json(): the current values of each metric', async () => {
    const m = await read('evidently/legacy-report.json');
    expect(m.reader.id).toBe('evidently');
    expect(m.metrics.get('ClassificationQualityMetric.accuracy')).toBe(0.8888888888888888);
    expect(m.metrics.get('ClassificationQualityMetric.log_loss')).toBe(0.2905725356297475);
    expect(m.metrics.size).toBe(10);
    expect(knownDirection('ClassificationQualityMetric.log_loss')).toBe('lower');
  });

  it('Snapshot.json(): metric_name and value, per-label values flattened', async () => {
    const m = await read('evidently/snapshot.json');
    expect([...m.metrics]).toEqual([['Accuracy()', 0.8888888888888888], ['RocAuc()', 1], ['LogLoss()', 0.2905725356297475], ['F1ByLabel().0', 0.888888888888889], ['F1ByLabel().1', 0.888888888888889]]);
    expect(['Accuracy()', 'RocAuc()', 'LogLoss()'].map(knownDirection)).toEqual(['higher', 'higher', 'lower']);
  });
});

describe('compare-metrics on exported files', () => {
  const options = { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' as const };

  it('shows the standard deviation a SageMaker file gives, on the row and in the check', async () => {
    const policy = await loadPolicy('metrics:\n  regression_metrics.rmse: {max_regression: 0.1}\n');
    const file = userFile(EXPORTS, 'sagemaker/regression-statistics.json');
    const { document } = await compareModels({ candidate: file, baseline: { ...file, source: file.written }, policy, options });
    const row = document.comparison.metrics.find((r) => r.name === 'regression_metrics.rmse')!;
    expect(row.direction).toBe('lower');
    expect(row.details).toMatchObject({ candidateStd: 0.003079253267651125, baselineStd: 0.003079253267651125 });
    expect(row.note).toBe('candidate ± 0.003079 sd (from the file); baseline ± 0.003079 sd (from the file)');
    const check = document.checks.find((c) => c.metric === 'regression_metrics.rmse' && c.rule === 'max_regression')!;
    expect(check.message).toContain('[candidate ± 0.003079 sd (from the file); baseline ± 0.003079 sd (from the file)]');
    // Context rows for the other known metrics carry theirs too.
    expect(document.comparison.metrics.find((r) => r.name === 'regression_metrics.r2')!.details).toMatchObject({ candidateStd: 0.022653980022771227 });
  });

  it('says what the reader skipped, and why a gated metric is missing', async () => {
    const policy = await loadPolicy('metrics:\n  meanAbsolutePercentageError: {max: 0.2}\n  rSquared: {min: 0.5}\n');
    const file = userFile(EXPORTS, 'vertex/forecasting-evaluations.json');
    const { document } = await compareModels({ candidate: file, baseline: { missing: 'none yet' }, policy: { ...policy, allow_missing_baseline: true }, options });
    const read = document.checks.find((c) => c.id === 'read:candidate')!;
    expect(read.status).toBe('pass');
    expect(read.title).toBe('Candidate metrics read (Vertex AI model evaluation)');
    expect(read.message).toBe('3 metrics read; skipped 2 not finite numbers: meanAbsolutePercentageError ("Infinity"), rootMeanSquaredLogError ("NaN"); skipped 1 list (curve, per-threshold or per-class values): quantileMetrics');
    const mape = document.checks.find((c) => c.metric === 'meanAbsolutePercentageError')!;
    expect(mape.status).toBe('fail');
    expect(mape.message).toBe('meanAbsolutePercentageError is skipped in vertex/forecasting-evaluations.json ("Infinity", not a finite number)');
    expect(document.checks.find((c) => c.metric === 'rSquared')!.status).toBe('pass');
  });

  it('a policy names W&B metrics as logged (eval/accuracy, test/loss): their directions are known', async () => {
    const policy = await loadPolicy('metrics:\n  eval/accuracy: {min: 0.5}\n  test/loss: {max: 3}\n  val/auc: {min: 0.5, required: false}\n');
    expect(Object.fromEntries(Object.entries(policy.metrics).map(([k, v]) => [k, v.direction]))).toEqual({ 'eval/accuracy': 'higher', 'test/loss': 'lower', 'val/auc': 'higher' });
    const file = userFile(EXPORTS, 'wandb/wandb-summary.json');
    const { document } = await compareModels({ candidate: file, baseline: { missing: 'none yet' }, policy: { ...policy, allow_missing_baseline: true }, options });
    expect(document.status).toBe('pass');
  });
});

describe('the compare-metrics step', () => {
  it('logs what a reader skipped as a warning naming the file', async () => {
    const logger = new MemoryLogger();
    const values: Record<string, string> = {
      candidate: 'wandb/wandb-summary.json', baseline: 'wandb/wandb-summary.json', policy: 'metrics:\n  eval/accuracy: {max_regression: 0.01}\n',
      'results-file': join(await tempDir(), 'r.json'),
    };
    const step = await runCompareMetrics(optionsFromText(compareMetricsOptions, 'flag', (name) => values[name]), { workspace: EXPORTS, tempDir: await tempDir(), eventName: '', payload: {}, logger, tasks: taskRunner(undefined) });
    expect(step.document.status).toBe('pass');
    const warnings = logger.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toBe('holdout compare-metrics: wandb/wandb-summary.json: 25 metrics read; skipped 4 underscore-prefixed keys (the tracker’s own bookkeeping): _runtime, _wandb, _step, _timestamp; skipped 1 not a number: huggingface_model ("https://huggingface.co/YuvarajK-g25ai…", line 1)');
  });
});
