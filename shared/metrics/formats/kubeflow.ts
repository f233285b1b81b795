// Kubeflow Pipelines (v1) metrics artifact `mlpipeline-metrics.json`:
// `{"metrics": [{"name": "accuracy-score", "numberValue": 0.9, "format": "PERCENTAGE"}]}`.
// `format` only says how the KFP UI shows the number (RAW or as a
// percentage); the value is read as written.

import { ConfigurationError } from '../../errors.js';
import { isPlainObject } from './collect.js';
import type { MetricsReader } from './reader.js';

export const kubeflowReader: MetricsReader = {
  id: 'kubeflow',
  title: 'Kubeflow pipeline metrics',
  detect: (root) =>
    isPlainObject(root) && Array.isArray(root.metrics) && root.metrics.length > 0 && root.metrics.every((m) => isPlainObject(m) && 'numberValue' in m),
  read(root, out) {
    ((root as { metrics: Array<Record<string, unknown>> }).metrics).forEach((entry, i) => {
      if (typeof entry.name !== 'string' || entry.name === '') throw new ConfigurationError('a metric needs a "name"', { file: out.file, key: `metrics[${i}]` });
      out.value(entry.name, entry.numberValue);
    });
  },
};
