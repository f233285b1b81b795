// Markdown for compare-metrics results: the verdict line, the metric table
// (failures first, worst slice first) and the failing checks. Shared by the
// step's job summary and the pull-request report.

import { formatNumber, formatPercent, formatSigned } from '../compare/format.js';
import { assertNever } from '../errors.js';
import type { CompareMetricsResults, MetricRow } from '../results/schema.js';
import { statusIcon, worstFirst } from '../results/status.js';
import { POLICY_RULES } from '../vocabulary/policy.js';
import { escapeMarkdown } from './escape.js';

function cell(value: number | null): string {
  return value === null ? '—' : formatNumber(value);
}

export function metricLabel(row: MetricRow): string {
  return escapeMarkdown(row.slice ? `${row.name} [${row.slice.column}=${row.slice.value}, n=${row.slice.rows}]` : row.name);
}

/** Rows in reading order: failing first, gated before context, the worse difference first within a status. */
export function orderRows(rows: readonly MetricRow[]): MetricRow[] {
  const badness = (r: MetricRow) => (r.difference === null ? 0 : -(r.direction === 'higher' ? r.difference : -r.difference));
  return [...rows].sort((a, b) => worstFirst(a.status, b.status) || Number(b.gated) - Number(a.gated) || badness(b) - badness(a));
}

/** The row's policy in a few symbols, rule by rule in the vocabulary's order. */
function describeThreshold(row: MetricRow): string {
  const t = row.thresholds;
  const parts: string[] = [];
  const higher = row.direction === 'higher';
  for (const rule of POLICY_RULES) {
    const value = t[rule];
    if (value === undefined) continue;
    switch (rule) {
      case 'min': if (typeof value === 'number') parts.push(`≥ ${formatNumber(value)}`); break;
      case 'max': if (typeof value === 'number') parts.push(`≤ ${formatNumber(value)}`); break;
      case 'max_regression': if (typeof value === 'number') parts.push(higher ? `Δ ≥ −${formatNumber(value)}` : `Δ ≤ +${formatNumber(value)}`); break;
      case 'max_relative_regression': if (typeof value === 'number') parts.push(`${higher ? 'Δ% ≥ −' : 'Δ% ≤ +'}${formatPercent(value)}`); break;
      case 'min_improvement': if (typeof value === 'number') parts.push(`improves ≥ ${formatNumber(value)}`); break;
      case 'non_inferiority': if (value) parts.push(`non-inferior (margin ${formatNumber((value as { margin: number }).margin)})`); break;
      default: assertNever(rule, 'policy rule');
    }
  }
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
    const status = r.gated ? `${statusIcon(r.status)} ${r.status}` : 'not gated';
    lines.push(`| ${metricLabel(r)} | ${cell(r.baseline)} | ${cell(r.candidate)} | ${r.difference === null ? '—' : formatSigned(r.difference)} | ${relative} | ${interval} | ${r.pValue === null ? '—' : formatNumber(r.pValue, 3)} | ${describeThreshold(r)} | ${status} |`);
  }
  return lines.join('\n');
}

export function renderComparisonSummary(document: CompareMetricsResults): string {
  const c = document.comparison;
  const lines: string[] = [];
  lines.push(`### ${statusIcon(document.status)} ${escapeMarkdown(document.title)}: ${escapeMarkdown(c.summary)}`);
  lines.push('');
  const baseline = c.baseline ? `${escapeMarkdown(c.baseline.source)}${c.baseline.id ? ` (${escapeMarkdown(c.baseline.id)})` : ''}` : `none (${escapeMarkdown(c.baselineProblem ?? 'not given')})`;
  lines.push(`Candidate ${escapeMarkdown(c.candidate.source)} vs baseline ${baseline}; ${c.paired ? `paired on ${c.rows ?? 0} rows` : 'metrics only (no noise estimate)'}${c.task ? `, ${c.task}` : ''}.`);
  lines.push('');
  if (c.metrics.length > 0) lines.push(metricTable(orderRows(c.metrics), c.confidence));
  const failing = document.checks.filter((k) => k.status !== 'pass');
  if (failing.length > 0) {
    lines.push('', '**Checks not passing**', '');
    for (const k of failing) lines.push(`- ${statusIcon(k.status)} ${escapeMarkdown(k.title)}: ${escapeMarkdown(k.message)}`);
  }
  return lines.join('\n') + '\n';
}
