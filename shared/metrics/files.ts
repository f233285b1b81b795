// Metric files: JSON or YAML read by the reader of their format (see
// formats/: MLflow runs, W&B summaries, SageMaker model-quality statistics,
// Vertex AI evaluations, Kubeflow pipeline metrics, TFMA metrics, Evidently
// reports, and nested names as DVC and people write them, flattened with
// dots), and CSV/TSV (name,value rows — the latest step wins — or one header
// row of names and one row of values). Numbers are kept; strings,
// underscore-prefixed keys and non-finite values are skipped with a note
// naming them (docs/metrics.md). A file with no number at all is an error
// naming the file and what was skipped.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { parseConfigText } from '../config/load.js';
import { describeFsError } from '../io/fs-error.js';
import { openCsvStream } from '../data/csv.js';
import type { UserFile } from '../io/user-file.js';
import { MetricsCollector, type MetricSpread } from './formats/collect.js';
import { readMetricsDocument } from './formats/index.js';

export type { MetricSpread } from './formats/collect.js';

export interface MetricsFile {
  metrics: Map<string, number>;
  /** Standard deviations and intervals the file gives for its values. */
  spread: Map<string, MetricSpread>;
  /** What was skipped and other notes on the reading, one line each. */
  notes: string[];
  /** Each skipped key with why (`"NaN", not a finite number`). */
  skipped: Map<string, string>;
  sha256: string;
  format: 'json' | 'yaml' | 'csv' | 'tsv';
  /** Which export the file was read as (`wandb`, `sagemaker`, `nested`, `table`, …) and its title. */
  reader: { id: string; title: string };
}

export async function readMetricsFile(file: UserFile): Promise<MetricsFile> {
  const { path, display: displayPath } = file;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ConfigurationError(describeFsError(error), { file: displayPath });
  }
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new ConfigurationError('is empty', { file: displayPath });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
    const format = lower.endsWith('.tsv') ? 'tsv' : 'csv';
    const out = new MetricsCollector(displayPath);
    await parseMetricsTable(text, out, format === 'tsv' ? '\t' : ',');
    return finish(out, { id: 'table', title: 'metrics table' }, sha256, format);
  }
  const parsed = parseConfigText(text, displayPath);
  const out = new MetricsCollector(displayPath, (path) => parsed.lineOf(path));
  const reader = readMetricsDocument(parsed.value, out);
  return finish(out, reader, sha256, lower.endsWith('.json') ? 'json' : 'yaml');
}

function finish(out: MetricsCollector, reader: { id: string; title: string }, sha256: string, format: MetricsFile['format']): MetricsFile {
  const notes = out.notes();
  if (out.metrics.size === 0) {
    throw new ConfigurationError(`holds no numeric metrics${notes.length ? ` (${notes.join('; ')})` : ''}`, { file: out.file });
  }
  return { metrics: out.metrics, spread: out.spread, notes, skipped: out.skipped, sha256, format, reader: { id: reader.id, title: reader.title } };
}

async function parseMetricsTable(text: string, out: MetricsCollector, delimiter: string): Promise<void> {
  async function* once() {
    yield text;
  }
  const stream = await openCsvStream(once(), { displayPath: out.file, delimiter });
  const header = stream.header.map((h) => h.trim().toLowerCase());
  const rows: string[][] = [];
  for await (const batch of stream.batches) {
    for (let r = 0; r < batch.size; r++) rows.push(batch.columns.map((c) => String(c[r] ?? '')));
  }
  const nameAt = header.findIndex((h) => h === 'name' || h === 'metric' || h === 'key');
  const valueAt = header.indexOf('value');
  if (nameAt >= 0 && valueAt >= 0) {
    const stepAt = header.indexOf('step');
    const latest = new Map<string, { step: number; value: string }>();
    for (const row of rows) {
      const name = row[nameAt]!;
      const step = stepAt >= 0 ? Number(row[stepAt]) : 0;
      const previous = latest.get(name);
      if (!previous || step >= previous.step) latest.set(name, { step, value: row[valueAt]! });
    }
    for (const [name, { value }] of latest) out.value(name, value);
    return;
  }
  if (rows.length !== 1) {
    throw new ConfigurationError('a CSV metrics file has either name,value columns or one header row and one row of values', { file: out.file });
  }
  stream.header.forEach((name, i) => out.value(name, rows[0]![i]));
}
