// The metrics readers, most specific first: the first whose detect() accepts
// a parsed document reads it; a plain object of names to numbers (DVC, hand
// written) is the fallback.

import { ConfigurationError } from '../../errors.js';
import { clarifyReader } from './clarify.js';
import { MetricsCollector } from './collect.js';
import { evidentlyReader } from './evidently.js';
import { genericReader } from './generic.js';
import { kubeflowReader } from './kubeflow.js';
import { mlflowReader } from './mlflow.js';
import type { MetricsReader } from './reader.js';
import { sagemakerReader } from './sagemaker.js';
import { tfmaReader } from './tfma.js';
import { vertexReader } from './vertex.js';
import { wandbReader } from './wandb.js';

export type { MetricsReader } from './reader.js';
export { MetricsCollector, type MetricSpread } from './collect.js';

export const METRICS_READERS: readonly MetricsReader[] = [
  mlflowReader,
  sagemakerReader,
  clarifyReader,
  vertexReader,
  tfmaReader,
  kubeflowReader,
  evidentlyReader,
  wandbReader,
  genericReader,
];

/** Reads a parsed JSON/YAML metrics document with the reader of its format. */
export function readMetricsDocument(root: unknown, out: MetricsCollector): MetricsReader {
  const reader = METRICS_READERS.find((r) => r.detect(root));
  if (!reader) throw new ConfigurationError('a metrics file must hold an object of metric names to numbers (or a known export: MLflow, W&B, SageMaker model quality or Clarify, Vertex AI, Kubeflow, TFMA, Evidently)', { file: out.file });
  reader.read(root, out);
  return reader;
}
