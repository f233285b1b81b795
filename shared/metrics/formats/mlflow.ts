// MLflow runs: the run JSON of the REST API and `mlflow runs describe`
// (`{"run": {"data": {"metrics": [{key, value, step, timestamp}]}}}`), a run's
// `data` as the Python client prints it (`{"data": {"metrics": {name: value}}}`)
// and a bare metric history list. In a history the latest step (then the
// latest timestamp) wins.

import { ConfigurationError } from '../../errors.js';
import { isPlainObject, walkNumbers, type MetricsCollector } from './collect.js';
import type { MetricsReader } from './reader.js';

function runMetrics(root: unknown): unknown {
  if (!isPlainObject(root)) return undefined;
  const run = root.run;
  if (isPlainObject(run) && isPlainObject(run.data) && run.data.metrics !== undefined) return run.data.metrics;
  if (isPlainObject(root.data) && root.data.metrics !== undefined) return root.data.metrics;
  return undefined;
}

const isHistory = (value: unknown): value is unknown[] => Array.isArray(value) && value.length > 0 && value.every((e) => isPlainObject(e) && 'key' in e && 'value' in e);

export const mlflowReader: MetricsReader = {
  id: 'mlflow',
  title: 'MLflow run',
  detect: (root) => runMetrics(root) !== undefined || isHistory(root),
  read(root, out) {
    const metrics = runMetrics(root) ?? root;
    if (Array.isArray(metrics)) readHistory(metrics, out);
    else if (isPlainObject(metrics)) walkNumbers(out, metrics);
    else throw new ConfigurationError('the run\'s data.metrics is neither a list nor an object of metrics', { file: out.file });
  },
};

function readHistory(entries: unknown[], out: MetricsCollector): void {
  const best = new Map<string, { step: number; timestamp: number; value: unknown }>();
  entries.forEach((entry, i) => {
    const e = entry as { key?: unknown; value?: unknown; step?: unknown; timestamp?: unknown };
    if (!isPlainObject(entry) || typeof e.key !== 'string') throw new ConfigurationError('a metric entry needs a "key"', { file: out.file, key: `[${i}]` });
    const step = Number(e.step ?? 0);
    const timestamp = Number(e.timestamp ?? 0);
    const previous = best.get(e.key);
    if (!previous || step > previous.step || (step === previous.step && timestamp >= previous.timestamp)) best.set(e.key, { step, timestamp, value: e.value });
  });
  for (const [key, { value }] of best) out.value(key, value);
}
