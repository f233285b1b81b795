// One reader per exported format: how to recognise a parsed document of that
// format, and how to read its metrics into a MetricsCollector.

import type { MetricsCollector } from './collect.js';

export interface MetricsReader {
  /** Short id (`wandb`, `sagemaker`, …), recorded with the metrics. */
  id: string;
  /** How messages and notes name the format. */
  title: string;
  /** Whether a parsed JSON/YAML document is of this format. */
  detect(root: unknown): boolean;
  /** Reads the document's metrics (it was detected as this format). */
  read(root: unknown, out: MetricsCollector): void;
}
