// Markdown for a validate-data results document: the job summary's short
// table (file, rows, checks failed, status) and the first errors.

import type { ValidateDataResults } from '../results/schema.js';
import { statusIcon } from '../results/status.js';
import { escapeMarkdown } from './escape.js';
import { driftCharts, driftTable } from './drift.js';

export function renderValidationSummary(document: ValidateDataResults, options: { maxErrors?: number } = {}): string {
  const maxErrors = options.maxErrors ?? 20;
  const { tables, rows, errorCount, errors } = document.data;
  const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const lines: string[] = [];
  lines.push(`### ${statusIcon(document.status)} ${escapeMarkdown(document.title)}: ${document.status}`);
  lines.push('');
  lines.push(
    `${tables.length} file${tables.length === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows, ` +
      `${failed.length} of ${document.checks.length} checks failed, ${errorCount.toLocaleString('en-US')} errors.`,
  );
  lines.push('');
  lines.push('| File | Rows | Checks failed | Status |');
  lines.push('| --- | ---: | ---: | --- |');
  for (const table of tables) {
    lines.push(`| ${escapeMarkdown(table.file)} | ${table.rows.toLocaleString('en-US')} | ${table.failedChecks} | ${statusIcon(table.status)} ${table.status} |`);
  }
  const problems = document.checks.filter((c) => c.status === 'error');
  if (problems.length > 0) {
    lines.push('', '**Could not be evaluated**', '');
    for (const p of problems) lines.push(`- ${escapeMarkdown(p.message)}`);
  }
  const drift = document.data.drift;
  if (drift) {
    lines.push('', '**Drift**', '', driftTable(drift));
    const charts = driftCharts(drift);
    if (charts) lines.push('', charts);
  }
  if (errors.length > 0) {
    lines.push('', `**First ${Math.min(maxErrors, errors.length)} of ${errorCount.toLocaleString('en-US')} errors**`, '');
    lines.push('| Location | Field | Error | Message |');
    lines.push('| --- | --- | --- | --- |');
    for (const e of errors.slice(0, maxErrors)) {
      const where = e.line ? `${e.file}:${e.line}` : e.row ? `${e.file} row ${e.row}` : e.file;
      const kind = e.constraint ? `${e.type} (${e.constraint})` : e.type;
      lines.push(`| ${escapeMarkdown(where)} | ${escapeMarkdown(e.field ?? '')} | ${escapeMarkdown(kind)}${e.severity === 'warn' ? ` ${statusIcon('warn')}` : ''} | ${escapeMarkdown(e.message)} |`);
    }
  }
  if (failed.length > 0) {
    lines.push('', '<details><summary>Failed checks</summary>', '');
    lines.push('| Check | Observed | Expected | Message |');
    lines.push('| --- | --- | --- | --- |');
    for (const c of failed) {
      lines.push(`| ${escapeMarkdown(c.title)} | ${escapeMarkdown(String(c.observed ?? ''))} | ${escapeMarkdown(String(c.expected ?? ''))} | ${escapeMarkdown(c.message)} |`);
    }
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}
