// Markdown for a compare-metrics results document (the job summary of the
// step): the verdict line, the metric table with failures first, and the
// failing checks.

import { formatNumber, formatSigned } from '../compare/format.js';
import type { CompareMetricsResults, MetricRow } from '../results/schema.js';
import { escapeMarkdown } from './escape.js';
import { STATUS_ICON } from './validation.js';

const ORDER = { error: 0, fail: 1, warn: 2, pass: 3 } as const;

function cell(value: number | null): string {
  return value === null ? '—' : formatNumber(value);
}

function label(row: MetricRow): string {
  return escapeMarkdown(row.slice ? `${row.name} [${row.slice.column}=${row.slice.value}, n=${row.slice.rows}]` : row.name);
}

export function renderComparisonSummary(document: CompareMetricsResults): string {
  const c = document.comparison;
  const lines: string[] = [];
  lines.push(`### ${STATUS_ICON[document.status]} ${escapeMarkdown(document.title)}: ${escapeMarkdown(c.summary)}`);
  lines.push('');
  const baseline = c.baseline ? `${escapeMarkdown(c.baseline.source)}${c.baseline.id ? ` (${escapeMarkdown(c.baseline.id)})` : ''}` : `none (${escapeMarkdown(c.baselineProblem ?? 'not given')})`;
  lines.push(`Candidate ${escapeMarkdown(c.candidate.source)} vs baseline ${baseline}; ${c.paired ? `paired on ${c.rows ?? 0} rows` : 'metrics only (no noise estimate)'}${c.task ? `, ${c.task}` : ''}.`);
  lines.push('');
  const rows = [...c.metrics].sort((a, b) => ORDER[a.status] - ORDER[b.status] || Number(b.gated) - Number(a.gated));
  if (rows.length > 0) {
    lines.push(`| Metric | Baseline | Candidate | Δ | Δ% | ${Math.round(c.confidence * 100)}% interval | p | Method | Status |`);
    lines.push('| --- | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |');
    for (const r of rows) {
      const interval = r.interval ? `[${formatSigned(r.interval[0])}, ${formatSigned(r.interval[1])}]` : '—';
      const relative = r.relativeDifference === null ? '—' : formatSigned(r.relativeDifference * 100, '%');
      const status = r.gated ? `${STATUS_ICON[r.status]} ${r.status}` : 'not gated';
      lines.push(`| ${label(r)} | ${cell(r.baseline)} | ${cell(r.candidate)} | ${r.difference === null ? '—' : formatSigned(r.difference)} | ${relative} | ${interval} | ${r.pValue === null ? '—' : formatNumber(r.pValue, 3)} | ${r.method} | ${status} |`);
    }
  }
  const failing = document.checks.filter((k) => k.status !== 'pass');
  if (failing.length > 0) {
    lines.push('', '**Checks not passing**', '');
    for (const k of failing) lines.push(`- ${STATUS_ICON[k.status]} ${escapeMarkdown(k.title)}: ${escapeMarkdown(k.message)}`);
  }
  return lines.join('\n') + '\n';
}
