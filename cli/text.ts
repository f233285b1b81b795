// Plain text for the terminal: one line per error in the `file:line: message`
// form editors and grep understand; statuses first; numbers rounded to what
// matters; no Markdown; correct plurals; colour on a TTY only (the caller
// says whether stdout is one).

import type { GateDecision } from '../shared/gate/decision.js';
import { checkReason, comparisonOutcome, comparisonReasons, orderRows, rowChecks, rowName } from '../shared/report/comparison.js';
import { driftLevel } from '../shared/report/drift.js';
import { count, plural, pValue, signed, signedPercent, value } from '../shared/report/format.js';
import { validationReasons } from '../shared/report/validation.js';
import type { CompareMetricsResults, DriftColumn, ResultsDocument, Status, ValidateDataResults } from '../shared/results/schema.js';
import { statusColour, worstStatus, type StatusColour } from '../shared/results/status.js';

// Colour is marked with private-use characters while a line is built (so that
// sanitising the line, untrusted text and all, keeps it) and becomes SGR
// codes in `finish`. At worst a name smuggles in one of these four colours.
const SGR: Record<StatusColour, string> = { green: '\uE000', yellow: '\uE001', red: '\uE002', magenta: '\uE003' };
const RESET = '\uE004';
const CODES: Record<string, string> = { '\uE000': '\x1b[32m', '\uE001': '\x1b[33m', '\uE002': '\x1b[31m', '\uE003': '\x1b[35m', '\uE004': '\x1b[0m' };

/** Drops control characters so untrusted text cannot drive the terminal. */
export function sanitizeTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

function painter(color: boolean): (status: Status, text: string) => string {
  return (status, text) => (color ? `${SGR[statusColour(status)]}${text}${RESET}` : text);
}

/** The lines as printed: colour marks become SGR codes (without colour there are none). */
function finish(lines: readonly string[], color: boolean): string {
  const text = lines.join('\n') + '\n';
  return color ? text.replace(/[\uE000-\uE004]/g, (c) => CODES[c]!) : text.replace(/[\uE000-\uE004]/g, '');
}

/** A status as a fixed-width word: `FAIL `, `PASS `. */
const word = (status: Status) => status.toUpperCase().padEnd(5);

/** One drifted column: its statistic against the level the schema sets. */
export function driftLine(c: DriftColumn): string {
  const statistic = c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
  if (c.status === 'error') return `${c.column}: ${c.message}`;
  const shown = c.compare === 'p-value' ? `p ${pValue(c.pValue)} (${c.method} ${value(statistic, 2)})` : `${c.method} ${value(statistic, 2)}${c.bound !== undefined ? ` ±${value(c.bound, 2)}` : ''}`;
  return `${c.column}: ${shown}, drift at ${driftLevel(c)}; n ${count(c.nRef)} → ${count(c.nCur)}`;
}

export function formatValidationText(document: ValidateDataResults, options: { maxErrors: number; color: boolean }): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const error of document.data.errors.slice(0, options.maxErrors)) {
    const where = error.line ? `${error.file}:${error.line}` : error.row ? `${error.file} (row ${error.row})` : error.file;
    const kind = error.constraint ? `${error.type}/${error.constraint}` : error.type;
    lines.push(sanitizeTerminal(`${where}: ${kind}${error.field ? ` [${error.field}]` : ''}: ${error.message}${error.severity === 'warn' ? ' (tolerated by mostly)' : ''}`));
  }
  const shown = Math.min(options.maxErrors, document.data.errors.length);
  if (document.data.errorCount > shown && document.data.errors.length > 0) lines.push(`… ${plural(document.data.errorCount - shown, 'more error')}`);
  for (const table of document.data.tables) {
    lines.push(sanitizeTerminal(`${paint(table.status, word(table.status))} ${table.file}: ${plural(table.rows, 'row')}, ${plural(table.failedChecks, 'check')} failed, ${plural(table.errorCount, 'error')}${table.problem ? ` (${table.problem})` : ''}`));
  }
  const drift = document.data.drift;
  if (drift) {
    const d = drift.dataset;
    lines.push(sanitizeTerminal(`${paint(d.drifted > 0 ? 'fail' : 'pass', 'DRIFT')} ${d.drifted} of ${plural(d.compared, 'column')} against ${drift.reference.path} (dataset drift at ${Math.round(d.share * 100)}%: ${d.status})`));
    for (const c of drift.columns.filter((c) => c.status !== 'pass')) lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
  }
  const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
  lines.push(`${paint(document.status, document.status.toUpperCase())}: ${failed} of ${plural(document.checks.length, 'check')} failed`);
  return finish(lines, options.color);
}

/** One line on a comparison's verdict: what fails and why, or what was found. */
export function comparisonVerdict(document: CompareMetricsResults): string {
  if (document.status === 'pass') return comparisonOutcome(document);
  const reasons = comparisonReasons(document, document.status === 'warn' ? 'warn' : 'fail');
  return reasons.join('; ') || comparisonOutcome(document);
}

export function formatComparisonText(document: CompareMetricsResults, color: boolean): string {
  const paint = painter(color);
  const c = document.comparison;
  const rows = orderRows(c.metrics);
  const names = rows.map((r) => (r.slice ? `${r.name} [${r.slice.column}=${r.slice.value}]` : r.name));
  const width = Math.max(6, ...names.map((n) => n.length));
  const ci = `${Math.round(c.confidence * 100)}% interval`;
  const lines: string[] = [`status     ${'metric'.padEnd(width)}  ${'baseline'.padStart(9)}  ${'candidate'.padStart(9)}  ${'change'.padStart(8)}  ${ci.padEnd(20)}  ${'p'.padEnd(7)}  test`];
  rows.forEach((r, i) => {
    const status = r.gated ? paint(r.status, r.status.padEnd(9)) : 'not gated';
    const change = r.relativeDifference !== null ? signedPercent(r.relativeDifference) : signed(r.difference);
    const interval = r.interval ? `${signed(r.interval[0])} to ${signed(r.interval[1])}` : '—';
    lines.push(sanitizeTerminal(`${status}  ${names[i]!.padEnd(width)}  ${value(r.baseline).padStart(9)}  ${value(r.candidate).padStart(9)}  ${change.padStart(8)}  ${interval.padEnd(20)}  ${pValue(r.pValue).padEnd(7)}  ${r.method === 'none' ? '—' : r.method}`));
  });
  const failing = rows.filter((r) => r.gated && r.status !== 'pass');
  if (failing.length) lines.push('');
  for (const r of failing) for (const k of rowChecks(document, r)) lines.push(sanitizeTerminal(`${paint(k.status, word(k.status))} ${rowName(r)}: ${checkReason(r, k)}`));
  lines.push(sanitizeTerminal(`${paint(document.status, document.status.toUpperCase())}: ${comparisonVerdict(document)}`));
  return finish(lines, color);
}

/** The gate's decision for a terminal: the decision and its first reason, every reason, the inputs and the audit record. */
export function formatGateText(result: { decision?: GateDecision; document?: { subject: { files: readonly { path: string; sha256?: string }[] }; decision?: unknown }; outputs: Record<string, unknown> }, color: boolean): string {
  const paint = painter(color);
  const decision = result.decision;
  if (!decision) return finish([sanitizeTerminal(String(result.outputs.reason ?? ''))], color);
  const status: Status = decision.decision === 'pass' ? 'pass' : decision.decision === 'overridden' ? 'warn' : decision.status === 'error' ? 'error' : 'fail';
  const lines = [sanitizeTerminal(`${paint(status, decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase())} holdout gate: ${decision.reason}`)];
  if (decision.reasons.length > 1) {
    lines.push(`${plural(decision.reasons.length, 'reason')}:`);
    for (const r of decision.reasons.slice(0, 50)) lines.push(sanitizeTerminal(`  - ${r}`));
    if (decision.reasons.length > 50) lines.push(`  … ${count(decision.reasons.length - 50)} more`);
  }
  const files = result.document?.subject.files ?? [];
  if (files.length) lines.push(`inputs: ${files.map((f) => sanitizeTerminal(`${f.path}${f.sha256 ? ` (sha256 ${f.sha256.slice(0, 12)}…)` : ''}`)).join(', ')}`);
  const audit = (result.document?.decision as { auditSha256?: unknown } | undefined)?.auditSha256;
  if (result.outputs['audit-file'] !== undefined) lines.push(sanitizeTerminal(`audit record: ${String(result.outputs['audit-file'])}${typeof audit === 'string' ? ` (sha256 ${audit.slice(0, 16)}…)` : ''}`));
  return finish(lines, color);
}

/** The report for a terminal: the verdict, then per document what does not pass. */
export function formatReportText(documents: readonly ResultsDocument[], verdict: string, color: boolean): string {
  const paint = painter(color);
  const status: Status = documents.length === 0 ? 'error' : worstStatus(documents.map((d) => d.status));
  const lines = [sanitizeTerminal(`${paint(status, status.toUpperCase())} ${verdict}`)];
  for (const doc of documents) {
    if (doc.kind === 'compare-metrics') {
      lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${comparisonVerdict(doc)}`));
      for (const r of orderRows(doc.comparison.metrics.filter((m) => m.gated && m.status !== 'pass'))) {
        for (const k of rowChecks(doc, r)) lines.push(sanitizeTerminal(`  ${paint(k.status, k.status)} ${rowName(r)}: ${checkReason(r, k)}`));
      }
    } else if (doc.kind === 'validate-data') {
      const reasons = doc.status === 'pass' ? [`${plural(doc.data.rows, 'row')} in ${plural(doc.data.tables.length, 'file')}, no errors`] : validationReasons(doc, doc.status === 'warn' ? 'warn' : 'fail');
      lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${reasons.join('; ')}`));
      for (const t of doc.data.tables.filter((t) => t.status !== 'pass')) lines.push(sanitizeTerminal(`  ${paint(t.status, t.status)} ${t.file}: ${plural(t.errorCount, 'error')}, ${plural(t.failedChecks, 'check')} failed`));
      for (const c of doc.data.drift?.columns.filter((c) => c.status !== 'pass') ?? []) lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
    } else {
      lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${doc.checks.find((c) => c.status !== 'pass')?.message ?? 'pass'}`));
    }
  }
  return finish(lines, color);
}
