// Plain-text rendering for the terminal: one line per error in the
// `file:line: message` form editors and grep understand; colour on a TTY only.

import type { ValidateDataResults, Status } from '../results/schema.js';

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
  const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
  lines.push(`${paint(document.status, document.status.toUpperCase())}: ${failed} of ${document.checks.length} checks failed`);
  return lines.join('\n') + '\n';
}
