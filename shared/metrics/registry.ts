// Which metrics exist for which task, which way is better, and how to
// prepare one on a task's data. Directions for known names (and the usual
// suffixes) are built in; any other metric needs `direction` in the policy.

import { ConfigurationError } from '../errors.js';
import { BINARY_METRICS } from './binary.js';
import { MULTICLASS_METRICS } from './multiclass.js';
import type { PreparedMetric } from './prepared.js';
import type { Task, TaskData } from './predictions.js';
import { REGRESSION_METRICS } from './regression.js';

export type { Direction } from '../vocabulary/comparison.js';
import type { Direction } from '../vocabulary/comparison.js';

export const TASK_METRICS: Record<Task, readonly string[]> = {
  binary: Object.keys(BINARY_METRICS),
  multiclass: Object.keys(MULTICLASS_METRICS),
  regression: Object.keys(REGRESSION_METRICS),
};

const HIGHER = new Set([
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'roc_auc', 'auc', 'average_precision', 'pr_auc',
  'macro_f1', 'weighted_f1', 'micro_f1', 'roc_auc_ovr', 'r2', 'specificity', 'sensitivity', 'top_k_accuracy', 'ndcg', 'map',
  'pass_rate',
]);
const LOWER = new Set(['log_loss', 'logloss', 'brier', 'mae', 'mse', 'rmse', 'mape', 'wape', 'max_error', 'loss', 'error', 'error_rate', 'cross_entropy']);

/** The known direction of a metric name (the last dotted part, ignoring case), if any. */
export function knownDirection(name: string): Direction | undefined {
  const base = name.split('.').pop()!.toLowerCase().replace(/^(val|valid|validation|test|holdout|eval)_/, '');
  if (HIGHER.has(base)) return 'higher';
  if (LOWER.has(base)) return 'lower';
  if (/(^|_)(loss|error|mae|mse|rmse)$/.test(base)) return 'lower';
  // The cost and latency percentiles holdout computes for eval suites (cost, latency_ms_p50, latency_ms_p95): less is better.
  if (base === 'cost' || /^latency_ms_p\d+$/.test(base)) return 'lower';
  if (/(^|_)(accuracy|auc|f1|precision|recall)$/.test(base)) return 'higher';
  return undefined;
}

export type Preparation = { metric: PreparedMetric } | { unavailable: string };

export function prepareMetric(task: TaskData, name: string): Preparation {
  if (task.task === 'binary') {
    const def = BINARY_METRICS[name];
    if (!def) throw unknownMetric(name, 'binary');
    if (def.needs && !task.data.score) return { unavailable: `${name} needs a score column` };
    if (def.needs === 'probability' && !task.probabilities) return { unavailable: `${name} needs probabilities in [0, 1]` };
    return { metric: def.prepare(task.data) };
  }
  if (task.task === 'multiclass') {
    const def = MULTICLASS_METRICS[name];
    if (!def) throw unknownMetric(name, 'multiclass');
    if (def.needs && !task.data.proba) return { unavailable: `${name} needs per-class score columns` };
    return { metric: def.prepare(task.data) };
  }
  const def = REGRESSION_METRICS[name];
  if (!def) throw unknownMetric(name, 'regression');
  return { metric: def.prepare(task.data) };
}

function unknownMetric(name: string, task: Task): ConfigurationError {
  return new ConfigurationError(`metric "${name}" cannot be computed from ${task} predictions (known: ${TASK_METRICS[task].join(', ')})`);
}
