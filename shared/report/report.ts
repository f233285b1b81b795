// The pull-request report: one comment (and the job summary) built from any
// number of results documents. First line: one status emoji and one
// sentence with the verdict and why. Then the metric table, data validation,
// a Mermaid chart and the provenance footer. Sections are cut, least
// important first, to fit a budget, with a note saying what was cut.

import { formatNumber, formatPercent, formatSigned } from '../compare/format.js';
import { assertNever } from '../errors.js';
import type { Check, CompareMetricsResults, MetricRow, ResultsDocument, Status, ValidateDataResults } from '../results/schema.js';
import { statusIcon, worstFirst, worstStatus } from '../results/status.js';
import { metricTable, orderRows } from './comparison.js';
import { escapeMarkdown, mermaidText } from './escape.js';
import { driftCharts, driftTable } from './drift.js';

export interface ReportContext {
  title: string;
  key: string;
  version: string;
  commit?: string;
  runUrl?: string;
}

export interface RenderedReport {
  markdown: string;
  /** Titles of the sections left out to fit the budget. */
  cut: string[];
  status: Status;
  verdict: string;
}

interface Section {
  title: string;
  /** Lower is kept longer. */
  priority: number;
  text: string;
}

/** The hidden marker that identifies the report comment (with its key). */
export function reportMarker(key: string): string {
  return `<!-- holdout:report:${key.replace(/[^A-Za-z0-9_.\/-]/g, '_').slice(0, 100)} -->`;
}

export function renderReport(documents: readonly ResultsDocument[], ctx: ReportContext, budget: number, note?: string): RenderedReport {
  const compares = documents.filter((d): d is CompareMetricsResults => d.kind === 'compare-metrics');
  const validations = documents.filter((d): d is ValidateDataResults => d.kind === 'validate-data');
  const status = documents.length === 0 ? 'error' : worstStatus(documents.map((d) => d.status));
  const verdict = verdictSentence(compares, validations, documents);
  const head = `${statusIcon(status)} **${escapeMarkdown(ctx.title)}**: ${escapeMarkdown(verdict)}`;
  const sections: Section[] = [];
  compares.forEach((doc, i) => sections.push(...comparisonSections(doc, i)));
  validations.forEach((doc, i) => sections.push(...validationSections(doc, i)));
  const others = documents.filter((d) => d.kind === 'gate');
  for (const doc of others) sections.push({ title: doc.title, priority: 1, text: `### ${statusIcon(doc.status)} ${escapeMarkdown(doc.title)}\n\n${failingChecks(doc.checks)}` });
  const footer = footerOf(documents, ctx);
  const marker = reportMarker(ctx.key);
  const assemble = (kept: Section[], cut: string[]) => {
    const parts = [head, ''];
    if (note) parts.push(`> ${escapeMarkdown(note)}`, '');
    for (const s of kept) parts.push(s.text, '');
    if (cut.length > 0) parts.push(`> ✂️ Cut to fit: ${escapeMarkdown(cut.join(', '))}. The job summary of the workflow run has the full report.`, '');
    parts.push(footer, '', marker);
    return parts.join('\n') + '\n';
  };
  // Keep sections in reading order; drop the least important until it fits.
  let kept = [...sections];
  const cut: string[] = [];
  let markdown = assemble(kept, cut);
  while (markdown.length > budget && kept.length > 0) {
    const victim = kept.reduce((worst, s) => (s.priority >= worst.priority ? s : worst));
    kept = kept.filter((s) => s !== victim);
    cut.push(victim.title);
    markdown = assemble(kept, cut);
  }
  if (markdown.length > budget) markdown = markdown.slice(0, budget - marker.length - 40) + '\n\n> ✂️ Truncated.\n\n' + marker + '\n';
  return { markdown, cut, status, verdict };
}

function verdictSentence(compares: CompareMetricsResults[], validations: ValidateDataResults[], all: readonly ResultsDocument[]): string {
  if (all.length === 0) return 'No results documents were found, so nothing was evaluated';
  const parts: string[] = [];
  const errors = all.flatMap((d) => d.checks.filter((c) => c.status === 'error'));
  if (errors.length > 0) parts.push(`could not evaluate: ${errors[0]!.message}`);
  for (const doc of compares) {
    const gated = doc.comparison.metrics.filter((m) => m.gated && !m.slice);
    if (gated.length === 0) continue;
    const better = gated.filter((m) => m.verdict === 'better').length;
    const worse = gated.filter((m) => m.verdict === 'worse').length;
    const plural = (n: number) => `${n} gated metric${n === 1 ? '' : 's'}`;
    let sentence: string;
    if (better > 0 && worse > 0) sentence = `Candidate beats production on ${plural(better)} and regresses on ${worse}`;
    else if (better > 0) sentence = `Candidate beats production on ${plural(better)}`;
    else if (worse > 0) sentence = `Candidate regresses on ${plural(worse)}`;
    else sentence = `Candidate is indistinguishable from production on ${plural(gated.length)}`;
    if (!doc.comparison.baseline) sentence = `No production baseline (${doc.comparison.baselineProblem ?? 'not given'})`;
    const reasons = failureReasons(doc);
    parts.push(reasons.length ? `${sentence}: ${reasons.join('; ')}` : sentence);
  }
  for (const doc of validations) {
    const failed = doc.data.tables.filter((t) => t.status === 'fail');
    if (failed.length > 0) parts.push(`data validation failed: ${doc.data.errorCount.toLocaleString('en-US')} error${doc.data.errorCount === 1 ? '' : 's'} in ${failed.map((t) => t.file).join(', ')}`);
    else if (doc.status === 'pass' || doc.status === 'warn') parts.push(`data valid (${doc.data.rows.toLocaleString('en-US')} rows, ${doc.data.tables.length} file${doc.data.tables.length === 1 ? '' : 's'})`);
    const drift = doc.data.drift;
    if (drift && drift.dataset.drifted > 0) {
      const names = drift.columns.filter((c) => c.status === 'fail').slice(0, 3).map((c) => c.column);
      parts.push(`${drift.dataset.status === 'fail' ? 'dataset drift' : 'drift'} in ${drift.dataset.drifted} of ${drift.dataset.compared} columns (${names.join(', ')}${drift.dataset.drifted > names.length ? ', …' : ''})`);
    }
  }
  const sentence = parts.join('; ') || 'all checks passed';
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** Short reasons for failing gated metrics: "log_loss +4.1% (allowed 2%)". */
function failureReasons(doc: CompareMetricsResults): string[] {
  const out: string[] = [];
  // The whole holdout set first, then slices (worst first).
  const failing = orderRows(doc.comparison.metrics.filter((m) => m.gated && (m.status === 'fail' || m.status === 'error')));
  for (const row of [...failing.filter((m) => !m.slice), ...failing.filter((m) => m.slice)]) {
    // The row's first failing check, found by the metric and slice it names (ids are opaque).
    const check = doc.checks.find((c) => c.metric === row.name && c.slice?.column === row.slice?.column && c.slice?.value === row.slice?.value && (c.status === 'fail' || c.status === 'error'));
    if (check) out.push(failureReason(row, check));
  }
  // Two reasons keep the first line readable; the table has the rest.
  return out.length > 2 ? [...out.slice(0, 2), `${out.length - 2} more`] : out;
}

/** One failing check of a metric row as a short reason, from the check's rule and numbers. */
function failureReason(row: MetricRow, check: Check): string {
  const name = row.slice ? `${row.name} [${row.slice.column}=${row.slice.value}]` : row.name;
  const otherwise = `${name}: ${check.message}`;
  const rule = check.rule;
  if (rule === undefined) return otherwise;
  switch (rule) {
    case 'max_relative_regression':
      return row.relativeDifference !== null && check.threshold !== undefined ? `${name} ${formatSigned(row.relativeDifference * 100, '%')} (allowed ${formatPercent(check.threshold)})` : otherwise;
    case 'max_regression':
      return row.difference !== null && check.threshold !== undefined ? `${name} ${formatSigned(row.difference)} (allowed ${formatNumber(check.threshold)})` : otherwise;
    case 'min':
      return row.candidate !== null && check.threshold !== undefined ? `${name} ${formatNumber(row.candidate)} (min ${formatNumber(check.threshold)})` : otherwise;
    case 'max':
      return row.candidate !== null && check.threshold !== undefined ? `${name} ${formatNumber(row.candidate)} (max ${formatNumber(check.threshold)})` : otherwise;
    case 'non_inferiority':
      return check.margin !== undefined ? `${name} not shown non-inferior (margin ${formatNumber(check.margin)})` : otherwise;
    case 'min_improvement':
      return row.difference !== null && check.threshold !== undefined ? `${name} improves ${formatSigned(row.direction === 'higher' ? row.difference : -row.difference)} (needs ${formatNumber(check.threshold)})` : otherwise;
    case 'present':
    case 'baseline':
      return otherwise;
    default:
      return assertNever(rule, 'comparison rule');
  }
}

function comparisonSections(doc: CompareMetricsResults, index: number): Section[] {
  const c = doc.comparison;
  const out: Section[] = [];
  const baseline = c.baseline ? `${escapeMarkdown(c.baseline.source)}${c.baseline.id ? ` (${escapeMarkdown(c.baseline.id)})` : ''}` : `none: ${escapeMarkdown(c.baselineProblem ?? 'not given')}`;
  const whole = orderRows(c.metrics.filter((m) => !m.slice));
  const gated = whole.filter((m) => m.gated);
  const context = whole.filter((m) => !m.gated);
  const slices = orderRows(c.metrics.filter((m) => m.slice));
  const failingSlices = slices.filter((m) => m.status !== 'pass');
  const passingSlices = slices.filter((m) => m.status === 'pass');
  const intro = `### ${statusIcon(doc.status)} ${escapeMarkdown(doc.title)}\n\nCandidate ${escapeMarkdown(c.candidate.source)} vs production ${baseline}; ${c.paired ? `paired on ${c.rows ?? 0} holdout rows${c.dropped && c.dropped.candidateOnly + c.dropped.baselineOnly > 0 ? ` (${c.dropped.candidateOnly + c.dropped.baselineOnly} unmatched ids dropped)` : ''}` : 'metrics files only, no noise estimate'}${c.task ? `, ${c.task}` : ''}.`;
  out.push({ title: `metric table${index ? ` ${index + 1}` : ''}`, priority: 0, text: `${intro}\n\n${gated.length ? metricTable([...gated, ...failingSlices], c.confidence) : 'No gated metrics.'}` });
  const chart = mermaidChart(gated);
  if (chart) out.push({ title: 'chart', priority: 3, text: chart });
  if (passingSlices.length > 0) out.push({ title: 'passing slices', priority: 4, text: `<details><summary>${passingSlices.length} passing slice rows</summary>\n\n${metricTable(passingSlices, c.confidence)}\n\n</details>` });
  if (context.length > 0) out.push({ title: 'other metrics', priority: 5, text: `<details><summary>Other metrics (not gated)</summary>\n\n${metricTable(context, c.confidence)}\n\n</details>` });
  const failing = doc.checks.filter((k) => k.status !== 'pass');
  if (failing.length > 0) out.push({ title: 'failing checks', priority: 2, text: `<details><summary>${failing.length} check${failing.length === 1 ? '' : 's'} not passing</summary>\n\n${failingChecks(failing)}\n\n</details>` });
  return out;
}

function validationSections(doc: ValidateDataResults, index: number): Section[] {
  const { tables, errors } = doc.data;
  const rows = [...tables].sort((a, b) => worstFirst(a.status, b.status));
  const table = ['| File | Rows | Checks failed | Errors | Status |', '| --- | ---: | ---: | ---: | --- |', ...rows.map((t) => `| ${escapeMarkdown(t.file)} | ${t.rows.toLocaleString('en-US')} | ${t.failedChecks} | ${t.errorCount.toLocaleString('en-US')} | ${statusIcon(t.status)} ${t.status} |`)].join('\n');
  const out: Section[] = [{ title: `data validation${index ? ` ${index + 1}` : ''}`, priority: 1, text: `### ${statusIcon(doc.status)} ${escapeMarkdown(doc.title)}\n\n${table}` }];
  const drift = doc.data.drift;
  if (drift) {
    out.push({ title: `drift${index ? ` ${index + 1}` : ''}`, priority: 1, text: `#### Drift\n\n${driftTable(drift)}` });
    const charts = driftCharts(drift);
    if (charts) out.push({ title: 'drift charts', priority: 3, text: charts });
  }
  const failing = doc.checks.filter((c) => c.status !== 'pass');
  if (failing.length > 0) {
    const errorRows = errors.slice(0, 20).map((e) => `| ${escapeMarkdown(e.line ? `${e.file}:${e.line}` : e.file)} | ${escapeMarkdown(e.field ?? '')} | ${escapeMarkdown(e.constraint ? `${e.type} (${e.constraint})` : e.type)} | ${escapeMarkdown(e.message)} |`);
    const errorTable = errorRows.length ? `\n\n| Location | Field | Error | Message |\n| --- | --- | --- | --- |\n${errorRows.join('\n')}` : '';
    const summary = `${failing.length} check${failing.length === 1 ? '' : 's'} not passing${errorRows.length ? `, first ${errorRows.length} errors` : ''}`;
    out.push({ title: 'data errors', priority: 2, text: `<details><summary>${summary}</summary>\n\n${failingChecks(failing)}${errorTable}\n\n</details>` });
  }
  const passing = doc.checks.filter((c) => c.status === 'pass');
  if (passing.length > 0) out.push({ title: 'passing data checks', priority: 6, text: `<details><summary>${passing.length} passing data checks</summary>\n\n${passing.map((c) => `- ${escapeMarkdown(c.title)}`).join('\n')}\n\n</details>` });
  return out;
}

function failingChecks(checks: readonly Check[]): string {
  return checks.filter((c) => c.status !== 'pass').map((c) => `- ${statusIcon(c.status)} ${escapeMarkdown(c.title)}: ${escapeMarkdown(c.message)}`).join('\n');
}

/** A Mermaid bar chart of baseline vs candidate for the gated metrics (names reduced to safe characters). */
function mermaidChart(rows: readonly MetricRow[]): string | undefined {
  const plotted = rows.filter((r) => r.candidate !== null && r.baseline !== null).slice(0, 12);
  if (plotted.length === 0) return undefined;
  const values = plotted.flatMap((r) => [r.candidate!, r.baseline!]);
  const top = Math.max(...values);
  const bottom = Math.min(0, ...values);
  const num = (v: number) => Number(v.toPrecision(6));
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Gated metrics: baseline (first bar) vs candidate"',
    `  x-axis [${plotted.map((r) => `"${mermaidText(r.name)}"`).join(', ')}]`,
    `  y-axis "value" ${num(bottom)} --> ${num(top * 1.05 || 1)}`,
    `  bar [${plotted.map((r) => num(r.baseline!)).join(', ')}]`,
    `  bar [${plotted.map((r) => num(r.candidate!)).join(', ')}]`,
    '```',
  ].join('\n');
}

function footerOf(documents: readonly ResultsDocument[], ctx: ReportContext): string {
  const parts: string[] = [`holdout ${escapeMarkdown(ctx.version)}`];
  const commit = ctx.commit ?? documents.find((d) => d.subject.gitSha)?.subject.gitSha;
  if (commit) parts.push(`commit ${escapeMarkdown(commit.slice(0, 12))}`);
  for (const doc of documents) {
    if (doc.kind === 'compare-metrics' && doc.comparison.baseline) parts.push(`baseline ${escapeMarkdown(doc.comparison.baseline.source)}${doc.comparison.baseline.id ? ` (${escapeMarkdown(doc.comparison.baseline.id)})` : ''}`);
    if (doc.kind === 'validate-data') for (const f of doc.subject.files) if (f.sha256) parts.push(`${escapeMarkdown(f.path)} sha256 ${f.sha256.slice(0, 12)}`);
  }
  if (ctx.runUrl) parts.push(`[workflow run](${encodeURI(ctx.runUrl)})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

