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
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'roc_auc', 'average_precision',
  'macro_f1', 'weighted_f1', 'micro_f1', 'roc_auc_ovr', 'r2', 'specificity', 'sensitivity', 'top_k_accuracy', 'ndcg', 'map',
  'weighted_precision', 'weighted_recall', 'macro_precision', 'macro_recall',
  'pass_rate',
]);
const LOWER = new Set(['log_loss', 'brier', 'mae', 'mse', 'rmse', 'rmsle', 'mape', 'wape', 'max_error', 'loss', 'error', 'error_rate', 'cross_entropy', 'false_positive_rate', 'false_negative_rate']);

/**
 * Other spellings of known metrics, as trackers and exports write them. Keys
 * are compared without case, `_`, `-` or spaces (so `auRoc`, `AUROC`,
 * `roc-auc` and `ROC_AUC` are one key); a trailing `score` is dropped when
 * what is left is known (`accuracy_score`, `f1-score`, `R2Score`). The table
 * is documented in docs/metrics.md; change both together.
 */
export const METRIC_ALIASES: Readonly<Record<string, string>> = {
  auc: 'roc_auc', auroc: 'roc_auc', rocauc: 'roc_auc', aucroc: 'roc_auc',
  auprc: 'average_precision', prauc: 'average_precision', aucpr: 'average_precision', aucprecisionrecall: 'average_precision', averageprecision: 'average_precision', ap: 'average_precision',
  logloss: 'log_loss', crossentropy: 'log_loss', binarycrossentropy: 'log_loss', nll: 'log_loss',
  acc: 'accuracy', binaryaccuracy: 'accuracy', categoricalaccuracy: 'accuracy', balancedacc: 'balanced_accuracy', balancedaccuracy: 'balanced_accuracy',
  f1: 'f1', f1score: 'f1', fscore: 'f1', fmeasure: 'f1', macrof1: 'macro_f1', f1macro: 'macro_f1', weightedf1: 'weighted_f1', f1weighted: 'weighted_f1', microf1: 'micro_f1', f1micro: 'micro_f1',
  prec: 'precision', rec: 'recall', tpr: 'recall', truepositiverate: 'recall', tnr: 'specificity', truenegativerate: 'specificity', fpr: 'false_positive_rate', fnr: 'false_negative_rate',
  matthewscorrcoef: 'mcc', matthewscorrelation: 'mcc', brierscore: 'brier', brierloss: 'brier',
  rmse: 'rmse', rootmeansquarederror: 'rmse', mse: 'mse', meansquarederror: 'mse', mae: 'mae', meanabsoluteerror: 'mae',
  mape: 'mape', meanabsolutepercentageerror: 'mape', rmsle: 'rmsle', rootmeansquaredlogerror: 'rmsle', r2: 'r2', rsquared: 'r2', r2score: 'r2',
  maxerror: 'max_error', errorrate: 'error_rate', loss: 'loss',
};

const NORMALISED = new Map<string, string>([...HIGHER, ...LOWER].map((name) => [squash(name), name]));
for (const [alias, name] of Object.entries(METRIC_ALIASES)) NORMALISED.set(alias, name);

function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_\-]+/g, '');
}

/** The known metric a name's last segment spells (`val/auc` → roc_auc, `eval.roc_auc`, `Accuracy()`), if any. */
export function canonicalMetric(name: string): string | undefined {
  const last = name.split(/[./]/).filter((s) => s !== '').pop() ?? name;
  // `Accuracy()` (Evidently), `f1[classId=1]` (TFMA sub keys): the name before the parenthesis or bracket.
  let base = squash(last.replace(/[([].*$/, ''));
  base = base.replace(/^(validation|valid|val|holdout|test|eval|final)(?=.)/, (prefix, _p, offset, whole: string) => (NORMALISED.has(whole.slice(prefix.length)) ? '' : prefix));
  const known = NORMALISED.get(base) ?? (base.endsWith('score') ? NORMALISED.get(base.slice(0, -'score'.length)) : undefined);
  return known;
}

/** The known direction of a metric name (its last `.`- or `/`-separated part, ignoring case), if any. */
export function knownDirection(name: string): Direction | undefined {
  const known = canonicalMetric(name);
  if (known) return HIGHER.has(known) ? 'higher' : 'lower';
  const base = (name.split(/[./]/).filter((s) => s !== '').pop() ?? name).toLowerCase().replace(/^(val|valid|validation|test|holdout|eval)_/, '');
  // The cost and latency percentiles holdout computes for eval suites (cost, latency_ms_p50, latency_ms_p95): less is better.
  if (base === 'cost' || /^latency_ms_p\d+$/.test(base)) return 'lower';
  if (/(^|_)(loss|error|mae|mse|rmse)$/.test(base)) return 'lower';
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
