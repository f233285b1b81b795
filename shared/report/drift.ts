// Markdown for drift against a reference: drifted columns first, each with
// its method, statistic, level, log base and sizes; and for the worst few a
// Mermaid chart of the reference's distribution (bars) against the current
// one (line).

import type { DriftColumn, DriftSummary } from '../results/schema.js';
import { statusIcon } from '../results/status.js';
import { formatRate } from '../validate/format.js';
import { escapeMarkdown, mermaidText } from './escape.js';

const CHARTED = 3;

function num(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}

function level(c: DriftColumn): string {
  const op = c.compare === 'p-value' ? 'p <' : '≥';
  return [c.threshold.warn !== undefined ? `warn ${op} ${c.threshold.warn}` : '', c.threshold.fail !== undefined ? `fail ${op} ${c.threshold.fail}` : ''].filter(Boolean).join(', ');
}

export function driftTable(drift: DriftSummary): string {
  const lines = [
    `Against ${escapeMarkdown(drift.reference.path)} (${drift.reference.rows.toLocaleString('en-US')} rows): ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted (${formatRate(drift.dataset.compared ? drift.dataset.drifted / drift.dataset.compared : 0)}; dataset drift at ${formatRate(drift.dataset.share)}).`,
    '',
    '| Column | Method | Statistic | p-value | Levels | Log base | n ref | n cur | Status |',
    '| --- | --- | ---: | ---: | --- | --- | ---: | ---: | --- |',
  ];
  for (const c of drift.columns) {
    // JSON has no ∞: an infinite χ² (a value the reference never had) comes back as null with p = 0.
    const value = c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
    const statistic = `${num(value)}${c.bound !== undefined ? ` ±${num(c.bound)}` : ''}`;
    lines.push(`| ${escapeMarkdown(c.column)} | ${c.method}${c.auto ? ' (auto)' : ''} | ${statistic} | ${num(c.pValue)} | ${level(c)} | ${c.logBase ?? '—'} | ${c.nRef.toLocaleString('en-US')} | ${c.nCur.toLocaleString('en-US')} | ${statusIcon(c.status)} ${c.status} |`);
  }
  if (drift.skipped.length > 0) lines.push('', `Not compared: ${drift.skipped.map((s) => `${escapeMarkdown(s.column)} (${escapeMarkdown(s.reason)})`).join('; ')}.`);
  return lines.join('\n');
}

/** Charts for the worst drifted columns (none when nothing drifted). */
export function driftCharts(drift: DriftSummary): string | undefined {
  const worst = drift.columns.filter((c) => c.status !== 'pass' && c.chart.labels.length > 0).slice(0, CHARTED);
  if (worst.length === 0) return undefined;
  return worst.map(chartOf).join('\n\n');
}

function chartOf(c: DriftColumn): string {
  const pct = (x: number) => Number((x * 100).toPrecision(4));
  const top = Math.max(...c.chart.reference, ...c.chart.current);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(c.column)}: reference (bars) vs current (line), % of values"`,
    `  x-axis [${c.chart.labels.map((l) => `"${mermaidText(l, 24)}"`).join(', ')}]`,
    `  y-axis "%" 0 --> ${Math.ceil(pct(top) * 1.1) || 1}`,
    `  bar [${c.chart.reference.map(pct).join(', ')}]`,
    `  line [${c.chart.current.map(pct).join(', ')}]`,
    '```',
  ].join('\n');
}
