// Evidently reports saved as JSON. Two shapes, both `{"metrics": [ … ]}`:
// - Evidently ≥ 0.6 (`Snapshot.json()` / `save_json`): each metric
//   `{"id", "metric_name": "Accuracy()", "config", "value"}`; the value is a
//   number, or an object (per label `{"0": …, "1": …}`, `{"mean", "std"}`,
//   `{"count", "share"}`) flattened with dots — `mean` is the metric itself.
// - the legacy Report (`report.json()` before 0.6): each metric
//   `{"metric": "ClassificationQualityMetric", "result": {"current": {…}, "reference": {…}}}`;
//   the `current` values are read (`ClassificationQualityMetric.accuracy`),
//   the reference dataset's are not.
// Test results (`tests`) are not metrics and are skipped.

import { ConfigurationError } from '../../errors.js';
import { isPlainObject, walkNumbers, type MetricsCollector } from './collect.js';
import type { MetricsReader } from './reader.js';

type Json = Record<string, unknown>;

const isLegacy = (m: unknown): m is Json => isPlainObject(m) && typeof m.metric === 'string' && 'result' in m;
const isSnapshot = (m: unknown): m is Json => isPlainObject(m) && (typeof m.metric_name === 'string' || typeof m.metric_id === 'string') && 'value' in m;

export const evidentlyReader: MetricsReader = {
  id: 'evidently',
  title: 'Evidently report',
  detect: (root) =>
    isPlainObject(root) && Array.isArray(root.metrics) && root.metrics.length > 0 && root.metrics.every((m) => isLegacy(m) || isSnapshot(m) || (isPlainObject(m) && Object.keys(m).length === 0)),
  read(root, out) {
    const doc = root as Json;
    let references = 0;
    for (const metric of doc.metrics as unknown[]) {
      if (isSnapshot(metric)) readSnapshotMetric(metric, out);
      else if (isLegacy(metric)) {
        const result = metric.result;
        if (!isPlainObject(result)) throw new ConfigurationError('a metric\'s "result" must be an object', { file: out.file, key: String(metric.metric) });
        if (isPlainObject(result.current)) {
          walkNumbers(out, result.current, [String(metric.metric)]);
          if (isPlainObject(result.reference)) references++;
        } else walkNumbers(out, result, [String(metric.metric)]);
      }
    }
    if (references > 0) out.note(`read the current values; the reference dataset's values of ${references} metric${references === 1 ? '' : 's'} are not read`);
    if (Array.isArray(doc.tests) && doc.tests.length > 0) out.note(`${doc.tests.length} test result${doc.tests.length === 1 ? '' : 's'} not read (tests are not metrics)`);
  },
};

function readSnapshotMetric(metric: Json, out: MetricsCollector): void {
  const name = String(metric.metric_name ?? metric.metric_id);
  const value = metric.value;
  if (isPlainObject(value)) {
    const { mean, ...rest } = value;
    if (mean !== undefined) out.value(name, mean);
    walkNumbers(out, rest, [name]);
  } else out.value(name, value);
}
