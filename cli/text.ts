// Plain-text rendering for the terminal: one line per error in the
// `file:line: message` form editors and grep understand; colour on a TTY only.

import type { CompareMetricsResults, ValidateDataResults, Status } from '../shared/results/schema.js';
import { formatNumber, formatSigned } from '../shared/compare/format.js';

const COLOR: Record<Status, string> = { pass: '\x1b[32m', warn: '\x1b[33m', fail: '\x1b[31m', error: '\x1b[31m' };
const RESET = '\x1b[0m';

/** Drops control characters so untrusted text cannot drive the terminal. */
export function sanitizeTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

export function formatValidationText(document: ValidateDataResults, options: { maxErrors: number; color: boolean }): string {
  const paint = (status: Status, text: string) => (options.color ? `${COLOR[status]}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const error of document.data.errors.slice(0, options.maxErrors)) {
    const where = error.line ? `${error.file}:${error.line}` : error.row ? `${error.file} (row ${error.row})` : error.file;
    const kind = error.constraint ? `${error.type}/${error.constraint}` : error.type;
    lines.push(sanitizeTerminal(`${where}: ${kind}${error.field ? ` [${error.field}]` : ''}: ${error.message}${error.severity === 'warn' ? ' (tolerated by mostly)' : ''}`));
  }
  if (document.data.errorCount > options.maxErrors && document.data.errors.length > 0) {
    lines.push(`… ${document.data.errorCount - Math.min(options.maxErrors, document.data.errors.length)} more errors`);
  }
  for (const table of document.data.tables) {
    lines.push(sanitizeTerminal(`${paint(table.status, table.status.toUpperCase().padEnd(5))} ${table.file}: ${table.rows.toLocaleString('en-US')} rows, ${table.failedChecks} checks failed, ${table.errorCount.toLocaleString('en-US')} errors`));
  }
  const drift = document.data.drift;
  if (drift) {
    lines.push(sanitizeTerminal(`${paint(drift.dataset.drifted > 0 ? 'fail' : 'pass', 'DRIFT')} ${drift.dataset.drifted} of ${drift.dataset.compared} columns against ${drift.reference.path} (dataset drift at ${Math.round(drift.dataset.share * 100)}%: ${drift.dataset.status})`));
    for (const c of drift.columns.filter((c) => c.status !== 'pass')) lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${c.column}: ${c.message}`));
  }
  const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
  lines.push(`${paint(document.status, document.status.toUpperCase())}: ${failed} of ${document.checks.length} checks failed`);
  return lines.join('\n') + '\n';
}

export function formatComparisonText(document: CompareMetricsResults, color: boolean): string {
  const paint = (status: Status, text: string) => (color ? `${COLOR[status]}${text}${RESET}` : text);
  const c = document.comparison;
  const lines: string[] = [];
  const width = Math.max(6, ...c.metrics.map((r) => (r.slice ? `${r.name} [${r.slice.column}=${r.slice.value}]` : r.name).length));
  lines.push(`${'metric'.padEnd(width)}  ${'baseline'.padStart(10)}  ${'candidate'.padStart(10)}  ${'delta'.padStart(10)}  interval                  p        method              status`);
  for (const r of c.metrics) {
    const name = r.slice ? `${r.name} [${r.slice.column}=${r.slice.value}]` : r.name;
    const num = (v: number | null) => (v === null ? '—' : formatNumber(v)).padStart(10);
    const interval = (r.interval ? `[${formatSigned(r.interval[0])}, ${formatSigned(r.interval[1])}]` : '—').padEnd(24);
    const p = (r.pValue === null ? '—' : formatNumber(r.pValue, 3)).padEnd(8);
    lines.push(sanitizeTerminal(`${name.padEnd(width)}  ${num(r.baseline)}  ${num(r.candidate)}  ${(r.difference === null ? '—' : formatSigned(r.difference)).padStart(10)}  ${interval}  ${p} ${r.method.padEnd(19)} ${r.gated ? paint(r.status, r.status) : 'not gated'}`));
  }
  for (const k of document.checks.filter((k) => k.status !== 'pass')) lines.push(sanitizeTerminal(`${paint(k.status, k.status.toUpperCase())} ${k.title}: ${k.message}`));
  lines.push(sanitizeTerminal(paint(document.status, c.summary)));
  return lines.join('\n') + '\n';
}
