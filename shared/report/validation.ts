// Markdown for a validate-data results document, shared by the step's job
// summary and the pull-request report: the files (status first), drift, the
// first errors, and the checks that did not pass, with numbers rounded.

import type { Check, ValidateDataResults } from '../results/schema.js';
import { statusIcon, worstFirst } from '../results/status.js';
import { escapeMarkdown } from './escape.js';
import { driftCharts, driftParts } from './drift.js';
import { count, plural, value } from './format.js';

/** A check that did not pass, as a list item: its title and message. */
export function checkLine(c: Check): string {
  return `- ${statusIcon(c.status)} ${escapeMarkdown(c.title)}: ${escapeMarkdown(c.message)}`;
}

export function filesTable(document: ValidateDataResults): string {
  const rows = [...document.data.tables].sort((a, b) => worstFirst(a.status, b.status));
  return [
    '| File | Rows | Errors | Checks failed |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((t) => `| ${statusIcon(t.status)} ${escapeMarkdown(t.file)}${t.problem ? `<br><sub>${escapeMarkdown(t.problem)}</sub>` : ''} | ${count(t.rows)} | ${count(t.errorCount)} | ${count(t.failedChecks)} |`),
  ].join('\n');
}

export function errorsTable(document: ValidateDataResults, max: number): string | undefined {
  const { errors, errorCount } = document.data;
  if (errors.length === 0) return undefined;
  const shown = errors.slice(0, max);
  const lines = [`First ${shown.length} of ${plural(errorCount, 'error')}:`, '', '| Where | Error | Message |', '| --- | --- | --- |'];
  for (const e of shown) {
    const where = e.line ? `${e.file}:${e.line}` : e.row ? `${e.file} row ${e.row}` : e.file;
    const kind = e.constraint ? `${e.type} (${e.constraint})` : e.type;
    lines.push(`| ${escapeMarkdown(where)}${e.field ? `<br><sub>${escapeMarkdown(e.field)}</sub>` : ''} | ${escapeMarkdown(kind)}${e.severity === 'warn' ? ` ${statusIcon('warn')}` : ''} | ${escapeMarkdown(e.message)} |`);
  }
  return lines.join('\n');
}

/** The headline's words for a validation: "validate/failing.csv: 13 errors", "drift in 2 of 6 columns (monthly_charges, plan)". */
export function validationReasons(doc: ValidateDataResults, status: 'fail' | 'warn'): string[] {
  const out: string[] = [];
  const bad = doc.data.tables.filter((t) => t.status === status || (status === 'fail' && t.status === 'error'));
  for (const t of bad.slice(0, 2)) out.push(t.problem ? `${t.file}: ${t.problem}` : `${t.file}: ${plural(t.errorCount, 'error')}`);
  if (bad.length > 2) out.push(`${bad.length - 2} more files`);
  const drift = doc.data.drift;
  if (drift) {
    const drifted = drift.columns.filter((c) => c.status === status);
    if (drifted.length > 0 || drift.dataset.status === status) {
      const names = drifted.slice(0, 3).map((c) => c.column);
      const word = status === 'fail' ? 'drift' : 'drift warnings';
      out.push(`${word} in ${drifted.length} of ${plural(drift.dataset.compared, 'column')}${names.length ? ` (${names.join(', ')}${drifted.length > names.length ? ', …' : ''})` : ''}`);
    }
  }
  if (out.length === 0) {
    const check = doc.checks.find((c) => c.status === status);
    if (check) out.push(`${check.title}: ${check.message}`);
  }
  return out;
}

export function renderValidationSummary(document: ValidateDataResults, options: { maxErrors?: number } = {}): string {
  const maxErrors = options.maxErrors ?? 20;
  const { tables, rows, errorCount } = document.data;
  const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const lines: string[] = [];
  const reasons = document.status === 'pass' ? [] : validationReasons(document, document.status === 'warn' ? 'warn' : 'fail');
  lines.push(`### ${statusIcon(document.status)} ${escapeMarkdown(document.title)}: ${document.status}${reasons.length ? ` — ${escapeMarkdown(reasons.join('; '))}` : ''}`);
  lines.push('');
  lines.push(`${plural(tables.length, 'file')}, ${plural(rows, 'row')}; ${failed.length} of ${plural(document.checks.length, 'check')} failed, ${plural(errorCount, 'error')}.`);
  lines.push('', filesTable(document));
  const drift = document.data.drift;
  if (drift) {
    const p = driftParts(drift);
    lines.push('', '**Drift**', '', p.sentence);
    if (p.table) lines.push('', p.table);
    const charts = driftCharts(drift);
    if (charts) lines.push('', charts);
    if (p.passing) lines.push('', p.passing);
  }
  const errors = errorsTable(document, maxErrors);
  if (errors) lines.push('', errors);
  if (failed.length > 0) lines.push('', `<details><summary>${plural(failed.length, 'check')} not passing</summary>`, '', ...failed.map(checkLine), '', '</details>');
  return lines.join('\n') + '\n';
}
