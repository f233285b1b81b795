// Markdown for drift against a reference: the drifted columns in a short
// table (status first, the statistic against its level, method and sizes
// underneath), the columns without drift collapsed, and for the worst few a
// horizontal Mermaid chart of the reference's distribution (bars) against the
// current one (line), bins labelled with short numbers.

import type { DriftColumn, DriftSummary } from '../results/schema.js';
import { statusIcon, worstFirst } from '../results/status.js';
import { formatCount } from '../count.js';
import { xyChart } from './chart.js';
import { escapeMarkdown, mermaidText } from './escape.js';
import { count, percent, plural, pValue, value } from './format.js';

const CHARTED = 3;

function num(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x !== 0 && Math.abs(x) < 1e-4) return x.toExponential(2);
  return String(Number(x.toPrecision(4)));
}

/** The method as a column header would say it. */
const METHOD: Record<DriftColumn['method'], string> = {
  psi: 'PSI',
  jensenshannon: 'Jensen–Shannon',
  js_divergence: 'JS divergence',
  wasserstein: 'Wasserstein (σ)',
  linf: 'L∞',
  ks: 'KS',
  chisquare: 'χ²',
  z: 'z test',
};

/** The level a statistic is held to: "≥ 0.1" for a distance, "p < 0.05" for a test; the warn level too when set. */
export function driftLevel(c: DriftColumn): string {
  const op = c.compare === 'p-value' ? 'p <' : '≥';
  const parts = [c.threshold.fail !== undefined ? `${op} ${num(c.threshold.fail)}` : '', c.threshold.warn !== undefined ? `warn ${op} ${num(c.threshold.warn)}` : ''];
  return parts.filter(Boolean).join(', ') || '—';
}

/** The statistic as drawn from JSON: an infinite χ² (a value the reference never had) comes back as null with p = 0. */
function statisticOf(c: DriftColumn): number | null {
  return c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
}

/** The statistic cell: the number that is held to the level (p for a test), with the statistic or bound beside it. */
function statisticCell(c: DriftColumn): string {
  const s = statisticOf(c);
  if (c.status === 'error') return escapeMarkdown(c.message);
  if (c.compare === 'p-value') return `p ${escapeMarkdown(pValue(c.pValue))}<br><sub>${METHOD[c.method]} ${value(s, 2)}</sub>`;
  return `${value(s, 2)}${c.bound !== undefined ? ` ±${value(c.bound, 2)}` : ''}`;
}

function columnRow(c: DriftColumn): string {
  const how = [`${METHOD[c.method]}${c.auto ? ' (auto)' : ''}`, c.logBase ? `log ${c.logBase}` : '', `n ${count(c.nRef)} → ${count(c.nCur)}`].filter(Boolean).join(' · ');
  return `| ${statusIcon(c.status)} ${escapeMarkdown(c.column)}<br><sub>${escapeMarkdown(how)}</sub> | ${statisticCell(c)} | ${escapeMarkdown(driftLevel(c))} |`;
}

/** A table of drift columns: status and column (method and sizes underneath), statistic, level. */
export function driftColumnsTable(columns: readonly DriftColumn[]): string {
  return ['| Column | Statistic | Drift at |', '| --- | ---: | --- |', ...columns.map(columnRow)].join('\n');
}

/** One sentence on the dataset: how many columns drifted, against what, and when the dataset counts as drifted. */
export function driftSentence(drift: DriftSummary): string {
  const d = drift.dataset;
  return `${d.drifted} of ${plural(d.compared, 'column')} drifted against ${escapeMarkdown(drift.reference.path)} (${count(drift.reference.rows)} rows); the dataset drifts at ${percent(d.share)} of its columns${d.status === 'pass' ? '' : ` ${statusIcon(d.status)}`}.`;
}

export interface DriftParts {
  sentence: string;
  /** Columns that drifted (or could not be compared), worst first; undefined when none did. */
  table?: string;
  /** Collapsed: the columns without drift, and those not compared. */
  passing?: string;
}

export function driftParts(drift: DriftSummary): DriftParts {
  const order = (a: DriftColumn, b: DriftColumn) => worstFirst(a.status, b.status) || (statisticOf(b) ?? 0) - (statisticOf(a) ?? 0);
  const attention = drift.columns.filter((c) => c.status !== 'pass').sort(order);
  const passing = drift.columns.filter((c) => c.status === 'pass');
  const skipped = drift.skipped.length ? `Not compared: ${drift.skipped.map((s) => `${escapeMarkdown(s.column)} (${escapeMarkdown(s.reason)})`).join('; ')}.` : '';
  const folded = [passing.length ? driftColumnsTable(passing) : '', skipped].filter(Boolean).join('\n\n');
  const summary = [passing.length ? `${statusIcon('pass')} ${plural(passing.length, 'column')} without drift` : '', drift.skipped.length ? `${count(drift.skipped.length)} not compared` : ''].filter(Boolean).join(', ');
  return {
    sentence: driftSentence(drift),
    table: attention.length ? driftColumnsTable(attention) : undefined,
    passing: folded ? `<details><summary>${summary}</summary>\n\n${folded}\n\n</details>` : undefined,
  };
}

/** The drift section in full (the validate-data job summary). */
export function driftTable(drift: DriftSummary): string {
  const p = driftParts(drift);
  return [p.sentence, p.table, p.passing].filter(Boolean).join('\n\n');
}

/** Charts for the worst drifted columns (none when nothing drifted). */
export function driftCharts(drift: DriftSummary): string | undefined {
  const worst = drift.columns.filter((c) => c.status !== 'pass' && c.chart.labels.length > 0).sort((a, b) => worstFirst(a.status, b.status)).slice(0, CHARTED);
  if (worst.length === 0) return undefined;
  return worst.map(chartOf).join('\n\n');
}

/** A bin's label with its numbers cut to three significant digits: "13.21 – 18.09" → "13.2–18.1". */
export function shortBinLabel(label: string): string {
  return label
    .replace(/-?\d+\.\d+(?:e[+-]?\d+)?/gi, (n) => String(Number(Number(n).toPrecision(3))))
    .replace(/\s*–\s*/g, '–')
    .replace(/^([<≥≤>])\s+/, '$1');
}

/** More bins than a chart can show readably (and a results file is untrusted: it may hold any number). */
const MAX_CHART_BINS = 40;

function chartOf(c: DriftColumn): string {
  const pct = (x: number) => Number((x * 100).toPrecision(3));
  const bins = Math.max(c.chart.labels.length, c.chart.reference.length, c.chart.current.length);
  if (bins > MAX_CHART_BINS) return `<sub>${escapeMarkdown(c.column)}: ${formatCount(bins)} bins, too many to chart</sub>`;
  let top = 0;
  for (const x of [...c.chart.reference, ...c.chart.current]) if (x > top) top = x;
  const height = Math.max(200, 90 + 26 * c.chart.labels.length);
  return xyChart({
    horizontal: true,
    settings: { height, titleFontSize: 15 },
    palette: ['darkgray', 'crimson'],
    title: `${mermaidText(c.column, 24)}: % of rows per bin, reference (bars) vs current (line)`,
    xAxis: `[${c.chart.labels.map((l) => `"${mermaidText(shortBinLabel(l), 18)}"`).join(', ')}]`,
    yAxis: `"% of rows" 0 --> ${Math.ceil(pct(top) * 1.1) || 1}`,
    series: [
      { kind: 'bar', values: c.chart.reference.map(pct) },
      { kind: 'line', values: c.chart.current.map(pct) },
    ],
  });
}
