// Metric files: JSON or YAML (nested keys flattened with dots, as DVC and
// MLflow exports write them; MLflow's run JSON read as it is) and CSV/TSV
// (name,value rows — the latest step wins — or one header row of names and
// one row of values). A value that is not a finite number is an error
// naming the file and the key.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { describeFsError, parseConfigText } from '../config/load.js';
import { openCsvStream } from '../data/csv.js';
import type { UserFile } from '../io/user-file.js';

export interface MetricsFile {
  metrics: Map<string, number>;
  sha256: string;
  format: 'json' | 'yaml' | 'csv' | 'tsv';
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
    return { metrics: await parseMetricsTable(text, displayPath, format === 'tsv' ? '\t' : ','), sha256, format };
  }
  const parsed = parseConfigText(text, displayPath);
  return { metrics: metricsFromObject(parsed.value, displayPath, (key) => parsed.lineOf(key.split('.'))), sha256, format: lower.endsWith('.json') ? 'json' : 'yaml' };
}

/** Flattens a parsed metrics document; recognises MLflow's run JSON. */
export function metricsFromObject(value: unknown, file: string, lineOf: (key: string) => number | undefined = () => undefined): Map<string, number> {
  const out = new Map<string, number>();
  const root = unwrapMlflow(value);
  if (Array.isArray(root)) {
    // MLflow's metric list: [{ key, value, step, timestamp }], latest step (then timestamp) wins.
    const best = new Map<string, { step: number; timestamp: number }>();
    root.forEach((entry, i) => {
      const e = entry as { key?: unknown; value?: unknown; step?: unknown; timestamp?: unknown };
      if (typeof e?.key !== 'string') throw new ConfigurationError('a metric entry needs a "key"', { file, key: `[${i}]` });
      const number = toMetricNumber(e.value, file, e.key);
      const step = Number(e.step ?? 0);
      const timestamp = Number(e.timestamp ?? 0);
      const previous = best.get(e.key);
      if (!previous || step > previous.step || (step === previous.step && timestamp >= previous.timestamp)) {
        best.set(e.key, { step, timestamp });
        out.set(e.key, number);
      }
    });
    return out;
  }
  if (root === null || typeof root !== 'object') throw new ConfigurationError('a metrics file must hold an object of metric names to numbers', { file });
  const walk = (node: unknown, prefix: string) => {
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (child !== null && typeof child === 'object' && !Array.isArray(child)) walk(child, name);
      else out.set(name, toMetricNumber(child, file, name, lineOf(name)));
    }
  };
  walk(root, '');
  if (out.size === 0) throw new ConfigurationError('holds no metrics', { file });
  return out;
}

function unwrapMlflow(value: unknown): unknown {
  const v = value as { run?: { data?: { metrics?: unknown } }; data?: { metrics?: unknown } } | null;
  if (v && typeof v === 'object') {
    if (v.run?.data?.metrics !== undefined) return v.run.data.metrics;
    if (v.data?.metrics !== undefined && typeof v.data === 'object') return v.data.metrics;
  }
  return value;
}

export function toMetricNumber(value: unknown, file: string, key: string, line?: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number)) {
    const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
    throw new ConfigurationError(`metric value ${shown} is not a finite number`, { file, key, line });
  }
  return number;
}

async function parseMetricsTable(text: string, file: string, delimiter: string): Promise<Map<string, number>> {
  async function* once() {
    yield text;
  }
  const stream = await openCsvStream(once(), { displayPath: file, delimiter });
  const header = stream.header.map((h) => h.trim().toLowerCase());
  const rows: string[][] = [];
  const lines: number[] = [];
  for await (const batch of stream.batches) {
    for (let r = 0; r < batch.size; r++) {
      rows.push(batch.columns.map((c) => String(c[r] ?? '')));
      lines.push(batch.lines?.[r] ?? 0);
    }
  }
  const nameAt = header.findIndex((h) => h === 'name' || h === 'metric' || h === 'key');
  const valueAt = header.indexOf('value');
  const out = new Map<string, number>();
  if (nameAt >= 0 && valueAt >= 0) {
    const stepAt = header.indexOf('step');
    const steps = new Map<string, number>();
    rows.forEach((row, i) => {
      const name = row[nameAt]!;
      const value = toMetricNumber(row[valueAt], file, name, lines[i]);
      const step = stepAt >= 0 ? Number(row[stepAt]) : 0;
      if (!steps.has(name) || step >= steps.get(name)!) {
        steps.set(name, step);
        out.set(name, value);
      }
    });
    return out;
  }
  if (rows.length !== 1) {
    throw new ConfigurationError('a CSV metrics file has either name,value columns or one header row and one row of values', { file });
  }
  stream.header.forEach((name, i) => out.set(name, toMetricNumber(rows[0]![i], file, name, lines[0])));
  return out;
}
