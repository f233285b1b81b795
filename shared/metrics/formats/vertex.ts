// Vertex AI model evaluations: the ModelEvaluation resource
// (`projects.locations.models.evaluations.get`) or the list response of
// `…/evaluations` (`{"modelEvaluations": [ … ]}`). Its `metrics` follow the
// schema named by `metricsSchemaUri` (classification: auRoc, auPrc, logLoss;
// regression and forecasting: rootMeanSquaredError, meanAbsoluteError,
// meanAbsolutePercentageError, rSquared, rootMeanSquaredLogError). Vertex
// writes undefined values as the strings "NaN" and "Infinity" (MAPE with a
// zero target); they are skipped with a note, as are the per-threshold
// `confidenceMetrics`, the `confusionMatrix` and quantile lists. Of several
// evaluations the newest (by createTime) is read.

import { ConfigurationError } from '../../errors.js';
import { SKIP, isPlainObject, type MetricsCollector } from './collect.js';
import type { MetricsReader } from './reader.js';

const isEvaluation = (value: unknown): value is Record<string, unknown> =>
  isPlainObject(value) && isPlainObject(value.metrics) && (typeof value.metricsSchemaUri === 'string' || (typeof value.name === 'string' && value.name.includes('/evaluations/')));

export const vertexReader: MetricsReader = {
  id: 'vertex',
  title: 'Vertex AI model evaluation',
  detect: (root) => isEvaluation(root) || (isPlainObject(root) && Array.isArray(root.modelEvaluations)),
  read(root, out) {
    let evaluation: Record<string, unknown>;
    if (isEvaluation(root)) evaluation = root;
    else {
      const list = ((root as Record<string, unknown>).modelEvaluations as unknown[]).filter(isEvaluation);
      if (list.length === 0) throw new ConfigurationError('modelEvaluations holds no evaluation with metrics', { file: out.file, key: 'modelEvaluations' });
      const newest = [...list].sort((a, b) => String(b.createTime ?? '').localeCompare(String(a.createTime ?? '')))[0]!;
      if (list.length > 1) out.note(`${list.length} evaluations; read the newest: ${String(newest.name ?? '')} (${String(newest.createTime ?? 'no createTime')})`);
      evaluation = newest;
    }
    readMetrics(evaluation.metrics as Record<string, unknown>, out);
  },
};

function readMetrics(metrics: Record<string, unknown>, out: MetricsCollector): void {
  for (const [name, value] of Object.entries(metrics)) {
    if (Array.isArray(value)) out.skip(name, SKIP.list);
    else if (isPlainObject(value)) out.skip(name, SKIP.matrix);
    else out.value(name, value);
  }
}
