// Amazon SageMaker Model Monitor model-quality statistics (also what a model
// package's ModelQuality.Statistics points to): sections
// `binary_classification_metrics`, `multiclass_classification_metrics` and
// `regression_metrics`, each metric `{"value": …, "standard_deviation": …}`.
// The standard deviation is Model Monitor's (five 80% subsamples; "NaN" below
// 200 rows) and is kept with the value. Confusion matrices and curves are not
// single numbers and are skipped; so is the file's metadata (version,
// dataset times and counts).

import { SKIP, isPlainObject, metricNumber, type MetricsCollector } from './collect.js';
import type { MetricsReader } from './reader.js';

const SECTIONS = ['binary_classification_metrics', 'multiclass_classification_metrics', 'regression_metrics'];

export const sagemakerReader: MetricsReader = {
  id: 'sagemaker',
  title: 'SageMaker model-quality statistics',
  detect: (root) => isPlainObject(root) && SECTIONS.some((s) => isPlainObject(root[s])),
  read(root, out) {
    const doc = root as Record<string, unknown>;
    const metadata: string[] = [];
    for (const [key, section] of Object.entries(doc)) {
      if (SECTIONS.includes(key) && isPlainObject(section)) readSection(key, section, out);
      else metadata.push(key);
    }
    if (metadata.length > 0) out.note(`not metrics (file metadata): ${metadata.join(', ')}`);
  },
};

function readSection(section: string, metrics: Record<string, unknown>, out: MetricsCollector): void {
  let noStd = 0;
  for (const [name, entry] of Object.entries(metrics)) {
    const key = `${section}.${name}`;
    if (isPlainObject(entry) && 'value' in entry) {
      const std = metricNumber(entry.standard_deviation);
      if (out.value(key, entry.value, { std }) && std === undefined) noStd++;
    } else if (Array.isArray(entry)) out.skip(key, SKIP.list);
    else out.skip(key, SKIP.matrix);
  }
  if (noStd > 0) out.note(`${section}: ${noStd} value${noStd === 1 ? '' : 's'} without a standard deviation (Model Monitor gives one from 200 rows on)`);
}
