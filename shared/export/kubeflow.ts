// Results documents as Kubeflow Pipelines' metrics output (the
// `mlpipeline-metrics` artifact of KFP v1, which the Runs page shows as
// columns): {"metrics": [{"name", "numberValue", "format": "RAW" | "PERCENTAGE"}]}.
// Pure: documents in, text out; the entries write the file.
//
// What KFP accepts (https://www.kubeflow.org/docs/pipelines/sdk/pipelines-metrics/
// and the backend's decodeRunMetrics): a name matching
// ^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$ (at most 64 characters), a
// numeric numberValue, format PERCENTAGE, RAW or none, no other keys, and at
// most 50 metrics in a file (more is rejected whole). Names are unique (the
// API server refuses a metric reported twice). So the most important numbers
// come first and the file stops at 50; non-finite statistics (JSON has no ∞)
// are left out.

import type { ResultsDocument } from '../results/schema.js';
import type { JunitDocument } from './junit.js';

export const KUBEFLOW_METRIC_NAME = /^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$/;
export const KUBEFLOW_MAX_METRICS = 50;

export interface KubeflowMetric {
  name: string;
  numberValue: number;
  format: 'RAW' | 'PERCENTAGE';
}

export interface KubeflowMetrics {
  metrics: KubeflowMetric[];
  /** Metrics left out to stay within KFP's 50 (not part of the file). */
  dropped: number;
}

/** A name KFP accepts, from any text: runs of other characters become one dash, a leading non-letter gets an `m-`, at most 64 characters. */
export function kubeflowName(text: string): string {
  let name = text.replace(/[^-_a-zA-Z0-9]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  if (name === '') return 'metric';
  if (!/^[a-zA-Z]/.test(name)) name = `m-${name}`;
  return name.slice(0, 64).replace(/[-_]+$/, '');
}

interface Candidate {
  name: string;
  value: number | null | undefined;
  format?: KubeflowMetric['format'];
  /** Lower comes first when the file must be cut to 50. */
  priority: number;
}

/** The metrics of the documents, most important first, at most 50, names unique and valid. */
export function kubeflowMetrics(documents: readonly JunitDocument[]): KubeflowMetrics {
  const keys = documentKeys(documents);
  const candidates: Candidate[] = [];
  const comparisons = documents.filter((d) => d.document.kind === 'compare-metrics').length;
  documents.forEach(({ document }, i) => candidates.push(...candidatesOf(document, keys[i]!, comparisons > 1)));
  const finite = candidates.filter((c): c is Candidate & { value: number } => typeof c.value === 'number' && Number.isFinite(c.value));
  // Stable: within a priority, documents and rows keep their order.
  const ordered = finite.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i).map(({ c }) => c);
  const used = new Set<string>();
  const metrics: KubeflowMetric[] = [];
  for (const c of ordered) {
    if (metrics.length === KUBEFLOW_MAX_METRICS) break;
    const name = uniqueName(kubeflowName(c.name), used);
    used.add(name);
    metrics.push({ name, numberValue: c.value, format: c.format ?? 'RAW' });
  }
  return { metrics, dropped: ordered.length - metrics.length };
}

/** The file's text: compact JSON, as KFP's examples write it. */
export function kubeflowMetricsText(documents: readonly JunitDocument[]): string {
  return JSON.stringify({ metrics: kubeflowMetrics(documents).metrics }) + '\n';
}

function candidatesOf(document: ResultsDocument, key: string, prefixMetrics: boolean): Candidate[] {
  const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
  const out: Candidate[] = [];
  switch (document.kind) {
    case 'gate': {
      out.push({ name: `${key}-pass`, value: document.status === 'fail' || document.status === 'error' ? 0 : 1, priority: 0 });
      break;
    }
    case 'validate-data': {
      const { data } = document;
      out.push({ name: `${key}-failed-checks`, value: failed, priority: 1 });
      out.push({ name: `${key}-rows`, value: data.rows, priority: 1 });
      out.push({ name: `${key}-errors`, value: data.errorCount, priority: 1 });
      if (data.drift) {
        out.push({ name: `${key}-drifted-columns`, value: data.drift.dataset.drifted, priority: 1 });
        out.push({ name: `${key}-drift-share`, value: data.drift.dataset.compared > 0 ? data.drift.dataset.drifted / data.drift.dataset.compared : null, format: 'PERCENTAGE', priority: 1 });
      }
      break;
    }
    case 'compare-metrics': {
      const { comparison } = document;
      out.push({ name: `${key}-failed-checks`, value: failed, priority: 1 });
      out.push({ name: `${key}-regressions`, value: comparison.regressions, priority: 1 });
      const prefix = prefixMetrics ? `${key}-` : '';
      for (const row of comparison.metrics) {
        const slice = row.slice ? `-${row.slice.column}-${row.slice.value}` : '';
        // Overall gated metrics first, then the others overall, then slices.
        const rank = row.slice ? 4 : row.gated ? 2 : 3;
        // A 0–1 rate of an eval suite reads as a percentage (KFP shows PERCENTAGE values × 100 with a %).
        const format = row.scale === 'rate' ? ('PERCENTAGE' as const) : undefined;
        out.push({ name: `${prefix}${row.name}${slice}`, value: row.candidate, format, priority: rank });
        out.push({ name: `${prefix}${row.name}${slice}-baseline`, value: row.baseline, format, priority: rank + 0.1 });
        out.push({ name: `${prefix}${row.name}${slice}-change`, value: row.difference, format, priority: rank + 0.2 });
      }
      break;
    }
  }
  return out;
}

/** A short key per document for its metrics' names: its results file's name (validate-data, monitor-kpis, …), else its kind. */
function documentKeys(documents: readonly JunitDocument[]): string[] {
  const base = documents.map(({ document, file }) => {
    const name = file?.split('/').pop()?.replace(/\.json$/i, '');
    return name && name !== '' ? name : document.kind;
  });
  const used = new Set<string>();
  return base.map((b) => {
    const key = uniqueName(kubeflowName(b).slice(0, 40), used);
    used.add(key);
    return key;
  });
}

function uniqueName(name: string, used: ReadonlySet<string>): string {
  if (!used.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${name.slice(0, 64 - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
