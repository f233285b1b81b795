// Which way is better for a metric as trackers and exports name it: the last
// `/` or `.` segment, the alias table, and docs/metrics.md saying the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalMetric, knownDirection, METRIC_ALIASES } from '../../shared/metrics/registry.js';
import { ROOT } from '../e2e/harness.js';

describe('metric names and directions', () => {
  it('reads the last segment, whether namespaces are written with / or .', () => {
    expect(canonicalMetric('val/auc')).toBe('roc_auc');
    expect(canonicalMetric('eval.roc_auc')).toBe('roc_auc');
    expect(canonicalMetric('binary_classification_metrics.auc')).toBe('roc_auc');
    expect(knownDirection('val/auc')).toBe('higher');
    expect(knownDirection('eval/loss')).toBe('lower');
    expect(knownDirection('test/f1')).toBe('higher');
  });

  it('knows the spellings of W&B, Vertex AI, Kubeflow, TFMA and Evidently', () => {
    const cases: Record<string, string> = {
      auRoc: 'roc_auc', auPrc: 'average_precision', logLoss: 'log_loss', rootMeanSquaredError: 'rmse', meanAbsolutePercentageError: 'mape', rSquared: 'r2',
      'accuracy-score': 'accuracy', 'roc-auc-score': 'roc_auc', 'mse-score': 'mse', accuracy_score: 'accuracy', f1_score: 'f1', acc: 'accuracy', logloss: 'log_loss',
      binary_accuracy: 'accuracy', auc_precision_recall: 'average_precision', 'f1[classId=1]': 'f1',
      'Accuracy()': 'accuracy', 'F1Score(conf_matrix=True)': 'f1', 'RocAuc()': 'roc_auc', 'R2Score()': 'r2', 'ClassificationQualityMetric.log_loss': 'log_loss',
      val_auc: 'roc_auc', 'final/accuracy': 'accuracy', true_negative_rate: 'specificity',
    };
    for (const [name, metric] of Object.entries(cases)) expect(canonicalMetric(name), name).toBe(metric);
    for (const name of ['f0_5', 'NMI', 'example_count', '_runtime', 'recall_best_constant_classifier']) expect(knownDirection(name), name).toBeUndefined();
  });

  it('docs/metrics.md lists exactly the alias table, with each metric\'s direction', () => {
    const text = readFileSync(join(ROOT, 'docs/metrics.md'), 'utf8');
    const rows = [...text.matchAll(/^\| `(\w+)` \| (higher|lower) \| (.+) \|$/gm)];
    const documented: Record<string, string> = {};
    for (const [, metric, better, spellings] of rows) {
      expect(knownDirection(metric!), metric).toBe(better);
      for (const [, alias] of spellings!.matchAll(/`(\w+)`/g)) documented[alias!] = metric!;
    }
    expect(documented).toEqual(METRIC_ALIASES);
  });
});
