// Markdown for compare-metrics results, shared by the step's job summary and
// the pull-request report: failing rows first with what the policy needs and
// what the candidate got, passing rows collapsed, and for metrics that fail
// in a slice one small chart of the candidate per slice against the lowest
// (or highest) value the policy allows there.

import { assertNever } from '../errors.js';
import type { Check, CompareMetricsResults, MetricRow } from '../results/schema.js';
import { statusIcon, statusRank, worstFirst } from '../results/status.js';
import type { ComparisonRule } from '../vocabulary/policy.js';
import { axisRange, xyChart } from './chart.js';
import { curvesSection } from './curves.js';
import { escapeMarkdown, mermaidText } from './escape.js';
import { evalSentences } from './evals.js';
import { count, level, percent, plural, pValue, signed, signedPercent, value } from './format.js';

/** A row's name as a reader says it: `roc_auc`, `roc_auc in region west`. */
export function rowName(row: Pick<MetricRow, 'name' | 'slice'>): string {
  return row.slice ? `${row.name} in ${row.slice.column} ${row.slice.value}` : row.name;
}

/** The metric cell: the name, and the slice with its size underneath. */
export function metricLabel(row: MetricRow): string {
  return row.slice ? `${escapeMarkdown(row.name)}<br><sub>${escapeMarkdown(`${row.slice.column} ${row.slice.value}`)} · n=${count(row.slice.rows)}</sub>` : escapeMarkdown(row.name);
}

/** How far a row's change goes in the bad direction (positive is worse). */
function badness(r: MetricRow): number {
  if (r.relativeDifference !== null) return r.direction === 'higher' ? -r.relativeDifference : r.relativeDifference;
  if (r.difference !== null) return r.direction === 'higher' ? -r.difference : r.difference;
  return 0;
}

/** Rows in reading order: worst status first, gated before context, the whole holdout set before slices, the worse change first. */
export function orderRows(rows: readonly MetricRow[]): MetricRow[] {
  return [...rows].sort((a, b) => worstFirst(a.status, b.status) || Number(b.gated) - Number(a.gated) || Number(Boolean(a.slice)) - Number(Boolean(b.slice)) || badness(b) - badness(a));
}

/** Which failing check of a row to name first: a missing value, then absolute bounds, then changes, then the statistical test. */
function ruleRank(rule: ComparisonRule | undefined): number {
  switch (rule) {
    case 'present': return 0;
    case 'baseline': return 1;
    case 'min': return 2;
    case 'max': return 3;
    case 'max_relative_regression': return 4;
    case 'max_regression': return 5;
    case 'min_improvement': return 6;
    case 'non_inferiority': return 7;
    case 'showable_margin': return 8;
    case undefined: return 9;
    default: return assertNever(rule, 'comparison rule');
  }
}

/** The row's checks that did not pass, most telling first. */
export function rowChecks(doc: CompareMetricsResults, row: MetricRow): Check[] {
  const mine = doc.checks.filter((c) => c.metric === row.name && c.slice?.column === row.slice?.column && c.slice?.value === row.slice?.value && c.status !== 'pass');
  return mine.sort((a, b) => worstFirst(a.status, b.status) || ruleRank(a.rule) - ruleRank(b.rule));
}

/**
 * One check as what the policy needs and what the candidate got, in plain
 * text. With `name`, as a sentence for the headline ("roc_auc 0.697 < 0.75");
 * without, for the row's policy cell ("≥ 0.75, got 0.697").
 */
export function checkReason(row: MetricRow, check: Check, name?: string): string {
  const who = name === undefined ? '' : `${name} `;
  const higher = row.direction === 'higher';
  const t = check.threshold;
  const rule = check.rule;
  const otherwise = name === undefined ? check.message : `${name}: ${check.message}`;
  if (rule === undefined) return otherwise;
  switch (rule) {
    case 'min':
      if (t === undefined || row.candidate === null) return otherwise;
      return name === undefined ? `≥ ${level(t)}, got ${value(row.candidate)}` : `${who}${value(row.candidate)} < ${level(t)}`;
    case 'max':
      if (t === undefined || row.candidate === null) return otherwise;
      return name === undefined ? `≤ ${level(t)}, got ${value(row.candidate)}` : `${who}${value(row.candidate)} > ${level(t)}`;
    case 'max_regression': {
      if (t === undefined || row.difference === null) return otherwise;
      const allowed = higher ? `−${level(t)}` : `+${level(t)}`;
      return name === undefined ? `change ${higher ? '≥' : '≤'} ${allowed}, got ${signed(row.difference)}` : `${who}${signed(row.difference)} (max ${allowed})`;
    }
    case 'max_relative_regression': {
      if (t === undefined || row.relativeDifference === null) return otherwise;
      const allowed = `${higher ? '−' : '+'}${percent(t)}`;
      return name === undefined ? `change ${higher ? '≥' : '≤'} ${allowed}, got ${signedPercent(row.relativeDifference)}` : `${who}${signedPercent(row.relativeDifference)} (max ${allowed})`;
    }
    case 'min_improvement': {
      if (t === undefined || row.difference === null) return otherwise;
      const gain = higher ? row.difference : -row.difference;
      return name === undefined ? `gain ≥ +${level(t)}, got ${signed(gain)}` : `${who}gains ${signed(gain)} (needs +${level(t)})`;
    }
    case 'non_inferiority': {
      const margin = check.margin;
      const bound = typeof check.observed === 'number' ? check.observed : undefined;
      if (margin === undefined) return otherwise;
      if (bound === undefined) return name === undefined ? `non-inferior by ${level(margin)}: ${check.message}` : `${who}not tested for non-inferiority: ${check.message}`;
      return name === undefined
        ? `lower bound ${signed(bound)} (needs > −${level(margin)})`
        : `${who}not shown non-inferior (needs lower bound > −${level(margin)}, got ${signed(bound)})`;
    }
    case 'present':
    case 'baseline':
    case 'showable_margin':
      return name === undefined ? check.message : `${name}: ${check.message}`;
    default:
      return assertNever(rule, 'comparison rule');
  }
}

/** The row's policy as short rules, for a row that passes: "≥ 0.75 · change ≥ −0.01 · non-inferior by 0.005". */
function policyOf(row: MetricRow): string {
  const t = row.thresholds;
  const higher = row.direction === 'higher';
  const parts: string[] = [];
  const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
  const min = num(t.min), max = num(t.max), reg = num(t.max_regression), rel = num(t.max_relative_regression), gain = num(t.min_improvement);
  if (min !== undefined) parts.push(`≥ ${level(min)}`);
  if (max !== undefined) parts.push(`≤ ${level(max)}`);
  if (reg !== undefined) parts.push(`change ${higher ? `≥ −${level(reg)}` : `≤ +${level(reg)}`}`);
  if (rel !== undefined) parts.push(`change ${higher ? `≥ −${percent(rel)}` : `≤ +${percent(rel)}`}`);
  if (gain !== undefined) parts.push(`gain ≥ +${level(gain)}`);
  const ni = t.non_inferiority as { margin?: number } | undefined;
  if (ni && typeof ni.margin === 'number') parts.push(`non-inferior by ${level(ni.margin)}`);
  if (t.severity === 'warn') parts.push('warn only');
  return parts.join(' · ');
}

function changeCell(r: MetricRow, test: boolean): string {
  if (r.difference === null) return '—';
  const main = `${signed(r.difference)}${r.relativeDifference !== null ? ` (${signedPercent(r.relativeDifference)})` : ''}`;
  const details: string[] = [];
  if (r.interval) details.push(`${signed(r.interval[0])} to ${signed(r.interval[1])}`);
  if (test && r.pValue !== null) details.push(`p ${pValue(r.pValue)}`);
  if (test && r.method !== 'none') details.push(r.method);
  const adjusted = r.details?.adjusted_p;
  if (test && typeof adjusted === 'number') details.push(`adjusted p ${pValue(adjusted)}`);
  // What the test did that a reader must know: a fallback (DeLong to the bootstrap), cases that flipped, samples averaged per case.
  if (typeof r.details?.fallback === 'string') details.push(r.details.fallback);
  if (r.note) details.push(r.note);
  return details.length ? `${main}<br><sub>${escapeMarkdown(details.join(' · '))}</sub>` : main;
}

/**
 * The metric table: the status and the metric (its slice underneath), the
 * baseline's and the candidate's values, the change with its interval (and
 * with `test`, p and the test) underneath, and the policy — for a row that
 * does not pass, each failing rule with what the candidate got.
 */
export function metricTable(doc: CompareMetricsResults, rows: readonly MetricRow[], test = true): string {
  const ci = `${Math.round(doc.comparison.confidence * 100)}% CI`;
  const lines = [`| Metric | Value | Change, ${test ? `${ci}, p, test` : ci} | Policy |`, '| --- | --- | ---: | --- |'];
  for (const r of rows) {
    const failing = r.status === 'pass' ? [] : rowChecks(doc, r);
    const policy = failing.length ? failing.map((c) => `${c.status !== r.status ? `${statusIcon(c.status)} ` : ''}${escapeMarkdown(checkReason(r, c))}`).join('<br>') : escapeMarkdown(policyOf(r)) || '—';
    const status = r.gated ? statusIcon(r.status) : '·';
    lines.push(`| ${status} ${metricLabel(r)} | ${value(r.baseline)} → ${value(r.candidate)} | ${changeCell(r, test)} | ${policy} |`);
  }
  return lines.join('\n');
}

/** The failing rows' reasons for the headline: the whole holdout set's first, then one group per slice ("region west: roc_auc 0.697 < 0.75, log_loss +25% (max +5%)"). */
export function comparisonReasons(doc: CompareMetricsResults, status: 'fail' | 'warn'): string[] {
  const rows = orderRows(doc.comparison.metrics.filter((m) => m.gated && (status === 'fail' ? statusRank(m.status) >= statusRank('fail') : m.status === 'warn')));
  const out: string[] = [];
  for (const row of rows.filter((r) => !r.slice)) {
    const check = rowChecks(doc, row)[0];
    out.push(check ? checkReason(row, check, row.name) : `${row.name} ${row.status}`);
  }
  const groups = new Map<string, string[]>();
  for (const row of rows.filter((r) => r.slice)) {
    const key = `${row.slice!.column} ${row.slice!.value}`;
    const check = rowChecks(doc, row)[0];
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(check ? checkReason(row, check, row.name) : `${row.name} ${row.status}`);
  }
  for (const [key, reasons] of groups) out.push(`${key}: ${reasons.join(', ')}`);
  if (out.length === 0 && status === 'fail') {
    const check = doc.checks.find((c) => statusRank(c.status) >= statusRank('fail'));
    if (check) out.push(check.message);
  }
  return out;
}

/** One line on the comparison as a whole, for a passing report and the terminal: "candidate better on f1 (+0.038), none worse". */
export function comparisonOutcome(doc: CompareMetricsResults): string {
  const c = doc.comparison;
  if (!c.baseline) return `no production baseline (${c.baselineProblem ?? 'not given'})`;
  const gated = c.metrics.filter((m) => m.gated && !m.slice);
  if (gated.length === 0) return 'no gated metrics';
  const change = (m: MetricRow) => `${m.name} ${m.relativeDifference !== null ? signedPercent(m.relativeDifference) : signed(m.difference)}`;
  const better = gated.filter((m) => m.verdict === 'better');
  const worse = gated.filter((m) => m.verdict === 'worse');
  const parts: string[] = [];
  parts.push(better.length ? `candidate better on ${better.map(change).join(', ')}` : `candidate not better on any of ${plural(gated.length, 'gated metric')}`);
  parts.push(worse.length ? `worse on ${worse.map(change).join(', ')}` : 'worse on none');
  return parts.join(', ');
}

/** The summary line under a comparison's heading. */
function provenance(doc: CompareMetricsResults): string {
  const c = doc.comparison;
  const baseline = c.baseline ? `${escapeMarkdown(c.baseline.source)}${c.baseline.id ? ` (${escapeMarkdown(c.baseline.id)})` : ''}` : `none: ${escapeMarkdown(c.baselineProblem ?? 'not given')}`;
  const dropped = c.dropped ? c.dropped.candidateOnly + c.dropped.baselineOnly : 0;
  const how = c.paired ? `paired on ${c.evals ? plural(c.rows ?? 0, 'case') : `${count(c.rows ?? 0)} holdout rows`}${dropped > 0 ? ` (${plural(dropped, 'unmatched id')} dropped)` : ''}` : 'metrics files only, no noise estimate';
  return `Candidate ${escapeMarkdown(c.candidate.source)} vs production ${baseline}; ${how}${c.task ? `, ${c.task}` : ''}.`;
}

export interface ComparisonParts {
  heading: string;
  /** Rows that need a look (or the gated metrics when all pass). */
  table: string;
  /** Collapsed: passing gated rows and slices. */
  passing?: string;
  /** Collapsed: metrics the policy does not gate. */
  context?: string;
  /** Collapsed: every check that did not pass, in full. */
  checks?: string;
  charts?: string;
  /** Collapsed: ROC, precision–recall and calibration curves, and the gated metrics across past deployments. */
  curves?: string;
}

export function comparisonParts(doc: CompareMetricsResults, level = '####'): ComparisonParts {
  const c = doc.comparison;
  const gated = orderRows(c.metrics.filter((m) => m.gated));
  const attention = gated.filter((m) => m.status !== 'pass');
  const passing = gated.filter((m) => m.status === 'pass');
  const context = orderRows(c.metrics.filter((m) => !m.gated));
  const shown = attention.length ? attention : passing.filter((m) => !m.slice);
  const folded = attention.length ? passing : passing.filter((m) => m.slice);
  const failingRows = gated.filter((m) => statusRank(m.status) >= statusRank('fail')).length;
  const count = attention.length ? `${failingRows ? `${failingRows} of ${plural(gated.length, 'gated row')} ${failingRows === 1 ? 'fails' : 'fail'}` : `${plural(attention.length, 'warning')}`}` : `${plural(gated.length, 'gated row')} pass`;
  const sentences = evalSentences(doc, orderRows);
  const heading = `${level} ${statusIcon(doc.status)} ${escapeMarkdown(doc.title)}: ${count}\n\n<sub>${provenance(doc)}</sub>${sentences ? `\n\n${sentences}` : ''}`;
  // Open: the interval only (p and the test are in the folded tables and the checks in full).
  const table = gated.length ? metricTable(doc, shown, !attention.length) : 'No gated metrics.';
  const wholePassing = folded.filter((m) => !m.slice).length;
  const slicePassing = folded.length - wholePassing;
  const summary = [wholePassing ? plural(wholePassing, 'passing gated metric') : '', slicePassing ? plural(slicePassing, 'passing slice row') : ''].filter(Boolean).join(', ');
  const failing = doc.checks.filter((k) => k.status !== 'pass');
  return {
    heading,
    table,
    passing: folded.length ? `<details><summary>${statusIcon('pass')} ${summary}</summary>\n\n${metricTable(doc, folded)}\n\n</details>` : undefined,
    context: context.length ? `<details><summary>${plural(context.length, 'other metric')} (not gated)</summary>\n\n${metricTable(doc, context)}\n\n</details>` : undefined,
    checks: failing.length ? `<details><summary>${plural(failing.length, 'check')} not passing, in full</summary>\n\n${failing.map((k) => `- ${statusIcon(k.status)} ${escapeMarkdown(k.title)}: ${escapeMarkdown(k.message)}`).join('\n')}\n\n</details>` : undefined,
    charts: metricCharts(doc),
    curves: curvesSection(doc),
  };
}

/** The compare-metrics step's job summary. */
export function renderComparisonSummary(document: CompareMetricsResults): string {
  const p = comparisonParts(document);
  return [p.heading, p.table, p.charts, p.passing, p.context, p.checks, p.curves].filter(Boolean).join('\n\n') + '\n';
}

// ---------------------------------------------------------------- charts

export { axisRange } from './chart.js';

const CHARTED_METRICS = 3;

/** The value the policy allows at worst for a row (the lowest when higher is better), or undefined when no rule bounds the value. */
export function worstAllowed(row: MetricRow): number | undefined {
  const t = row.thresholds;
  const num = (x: unknown) => (typeof x === 'number' ? x : undefined);
  const higher = row.direction === 'higher';
  const bounds: number[] = [];
  const absolute = num(higher ? t.min : t.max);
  if (absolute !== undefined) bounds.push(absolute);
  if (row.baseline !== null) {
    const reg = num(t.max_regression), rel = num(t.max_relative_regression), gain = num(t.min_improvement);
    if (reg !== undefined) bounds.push(higher ? row.baseline - reg : row.baseline + reg);
    if (rel !== undefined) bounds.push(higher ? row.baseline - rel * Math.abs(row.baseline) : row.baseline + rel * Math.abs(row.baseline));
    if (gain !== undefined) bounds.push(higher ? row.baseline + gain : row.baseline - gain);
  }
  if (bounds.length === 0) return undefined;
  return bounds.reduce((a, b) => (higher ? Math.max(a, b) : Math.min(a, b)));
}

/** A number for a Mermaid data list. */
const plotNumber = (x: number) => String(Number(x.toPrecision(4)));

/**
 * For each metric failing in a slice (at most three): the candidate per
 * slice value as bars, and the worst value the policy allows there as a
 * line, so the slices across the line stand out. Nothing when no slice
 * fails, or when the policy's rules do not bound the value (non-inferiority
 * alone is about the interval, which the table shows).
 */
export function metricCharts(doc: CompareMetricsResults): string | undefined {
  const rows = doc.comparison.metrics.filter((m) => m.gated);
  const failingSlices = orderRows(rows.filter((m) => m.slice && statusRank(m.status) >= statusRank('warn')));
  const charts: string[] = [];
  const seen = new Set<string>();
  for (const worst of failingSlices) {
    const key = `${worst.name}\u0000${worst.slice!.column}`;
    if (seen.has(key) || charts.length >= CHARTED_METRICS) continue;
    seen.add(key);
    const whole = rows.find((m) => m.name === worst.name && !m.slice);
    const slices = rows.filter((m) => m.name === worst.name && m.slice?.column === worst.slice!.column).sort((a, b) => a.slice!.value.localeCompare(b.slice!.value));
    const points = [...(whole ? [{ label: 'all', row: whole }] : []), ...slices.map((row) => ({ label: row.slice!.value, row }))]
      .map((p) => ({ ...p, candidate: p.row.candidate, limit: worstAllowed(p.row) }))
      .filter((p): p is typeof p & { candidate: number; limit: number } => p.candidate !== null && p.limit !== undefined && Number.isFinite(p.candidate) && Number.isFinite(p.limit));
    if (points.length < 2) continue;
    const [lo, hi] = axisRange(points.flatMap((p) => [p.candidate, p.limit]));
    const side = worst.direction === 'higher' ? 'lowest' : 'highest';
    charts.push(xyChart({
      settings: { height: 360, titleFontSize: 15 },
      palette: ['royalblue', 'crimson'],
      title: `${mermaidText(worst.name, 24)} by ${mermaidText(worst.slice!.column, 16)}: candidate (bars) vs ${side} allowed (line)`,
      xAxis: `[${points.map((p) => `"${mermaidText(p.label, 14)}"`).join(', ')}]`,
      yAxis: `"${mermaidText(worst.name, 30)}" ${plotNumber(lo)} --> ${plotNumber(hi)}`,
      series: [
        { kind: 'bar', values: points.map((p) => plotNumber(p.candidate)) },
        { kind: 'line', values: points.map((p) => plotNumber(p.limit)) },
      ],
    }));
  }
  return charts.length ? charts.join('\n\n') : undefined;
}
