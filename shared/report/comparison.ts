// Markdown for compare-metrics results: the verdict line, the metric table
// (failures first, worst slice first) and the failing checks. Shared by the
// step's job summary and the pull-request report.

import { formatNumber, formatPercent, formatSigned } from '../compare/format.js';
import type { CompareMetricsResults, MetricRow } from '../results/schema.js';
import { escapeMarkdown } from './escape.js';
import { STATUS_ICON } from './validation.js';

const ORDER = { error: 0, fail: 1, warn: 2, pass: 3 } as const;

function cell(value: number | null): string {
  return value === null ? '—' : formatNumber(value);
}

export function metricLabel(row: MetricRow): string {
  return escapeMarkdown(row.slice ? `${row.name} [${row.slice.column}=${row.slice.value}, n=${row.slice.rows}]` : row.name);
}

/** Rows in reading order: failing first, gated before context, the worse difference first within a status. */
export function orderRows(rows: readonly MetricRow[]): MetricRow[] {
  const badness = (r: MetricRow) => (r.difference === null ? 0 : -(r.direction === 'higher' ? r.difference : -r.difference));
  return [...rows].sort((a, b) => ORDER[a.status] - ORDER[b.status] || Number(b.gated) - Number(a.gated) || badness(b) - badness(a));
}

function describeThreshold(row: MetricRow): string {
  const t = row.thresholds as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof t.min === 'number') parts.push(`≥ ${formatNumber(t.min)}`);
  if (typeof t.max === 'number') parts.push(`≤ ${formatNumber(t.max)}`);
  if (typeof t.max_regression === 'number') parts.push(row.direction === 'higher' ? `Δ ≥ −${formatNumber(t.max_regression)}` : `Δ ≤ +${formatNumber(t.max_regression)}`);
  if (typeof t.max_relative_regression === 'number') parts.push(`${row.direction === 'higher' ? 'Δ% ≥ −' : 'Δ% ≤ +'}${formatPercent(t.max_relative_regression)}`);
  if (typeof t.min_improvement === 'number') parts.push(`improves ≥ ${formatNumber(t.min_improvement)}`);
  const ni = t.non_inferiority as { margin: number; alpha: number } | undefined;
  if (ni) parts.push(`non-inferior (margin ${formatNumber(ni.margin)})`);
  if (t.severity === 'warn') parts.push('warn only');
  return parts.length ? escapeMarkdown(parts.join(', ')) : '—';
}

/** The metric table: metric, baseline, candidate, Δ, Δ%, interval, threshold, status. */
export function metricTable(rows: readonly MetricRow[], confidence: number): string {
  const lines = [
    `| Metric | Baseline | Candidate | Δ | Δ% | ${Math.round(confidence * 100)}% interval | p | Threshold | Status |`,
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |',
  ];
  for (const r of rows) {
    const interval = r.interval ? `[${formatSigned(r.interval[0])}, ${formatSigned(r.interval[1])}] (${r.method})` : '—';
    const relative = r.relativeDifference === null ? '—' : formatSigned(r.relativeDifference * 100, '%');
    const status = r.gated ? `${STATUS_ICON[r.status]} ${r.status}` : 'not gated';
    lines.push(`| ${metricLabel(r)} | ${cell(r.baseline)} | ${cell(r.candidate)} | ${r.difference === null ? '—' : formatSigned(r.difference)} | ${relative} | ${interval} | ${r.pValue === null ? '—' : formatNumber(r.pValue, 3)} | ${describeThreshold(r)} | ${status} |`);
  }
  return lines.join('\n');
}

export function renderComparisonSummary(document: CompareMetricsResults): string {
  const c = document.comparison;
  const lines: string[] = [];
  lines.push(`### ${STATUS_ICON[document.status]} ${escapeMarkdown(document.title)}: ${escapeMarkdown(c.summary)}`);
  lines.push('');
  const baseline = c.baseline ? `${escapeMarkdown(c.baseline.source)}${c.baseline.id ? ` (${escapeMarkdown(c.baseline.id)})` : ''}` : `none (${escapeMarkdown(c.baselineProblem ?? 'not given')})`;
  lines.push(`Candidate ${escapeMarkdown(c.candidate.source)} vs baseline ${baseline}; ${c.paired ? `paired on ${c.rows ?? 0} rows` : 'metrics only (no noise estimate)'}${c.task ? `, ${c.task}` : ''}.`);
  lines.push('');
  if (c.metrics.length > 0) lines.push(metricTable(orderRows(c.metrics), c.confidence));
  const failing = document.checks.filter((k) => k.status !== 'pass');
  if (failing.length > 0) {
    lines.push('', '**Checks not passing**', '');
    for (const k of failing) lines.push(`- ${STATUS_ICON[k.status]} ${escapeMarkdown(k.title)}: ${escapeMarkdown(k.message)}`);
  }
  return lines.join('\n') + '\n';
}
