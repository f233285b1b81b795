// Inline data of a data package resource (`data: [...]`): rows of arrays with
// the header first, or objects (keys as columns, like JSON Lines), as one
// column batch. Rows whose shape is not the header's are reported as the CSV
// reader reports them (blank-row, extra-cell, missing-cell). The "line" of an
// inline row is its position in the list (the header row is 1), which is
// Frictionless' row number.

import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import type { Cell, ColumnBatch, RowIssue } from './batch.js';
import type { OpenTable } from './table.js';

/** `header: false` (the resource's dialect): list rows are all data, the columns named field1, field2, … */
export function openInlineTable(name: string, rows: readonly unknown[], header = true): OpenTable {
  const sha256 = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const info = { written: name, display: name, path: name, format: 'inline' as const, gzip: false };
  const digest = () => ({ sha256, bytes: 0 });
  if (rows.length === 0) throw new ConfigurationError('inline data has no rows (not even a header)', { file: name });
  if (Array.isArray(rows[0])) {
    const first = rows[0] as unknown[];
    const labels = header ? first.map((label) => (label === null || label === undefined ? '' : String(label))) : first.map((_, k) => `field${k + 1}`);
    if (!header) rows = [labels, ...rows];
    const columns: Cell[][] = labels.map(() => []);
    const offset = header ? 1 : 0; // the line of rows[k]: its position in the given list
    const issues: RowIssue[] = [];
    const lines: number[] = [];
    let size = 0;
    for (let k = 1; k < rows.length; k++) {
      const row = rows[k];
      if (!Array.isArray(row)) throw new ConfigurationError(`inline data row ${k + offset} is not a list, like the header row`, { file: name });
      if (row.every((cell) => cell === null || cell === undefined || cell === '')) {
        issues.push({ type: 'blank-row', row: size + 1, line: k + offset, cells: row.length });
        continue;
      }
      if (row.length > labels.length) issues.push({ type: 'extra-cell', row: size + 1, line: k + offset, index: size, cells: row.length, cell: String(row[labels.length]) });
      else if (row.length < labels.length) issues.push({ type: 'missing-cell', row: size + 1, line: k + offset, index: size, cells: row.length });
      for (let c = 0; c < labels.length; c++) columns[c]!.push(c < row.length ? toCell(row[c]) : null);
      lines.push(k + offset);
      size++;
    }
    const batch: ColumnBatch = { columns, size, firstRow: 1, lines, ...(issues.length > 0 ? { issues } : {}) };
    return { header: labels, info, digest, batches: one(batch), ...(header ? {} : { noHeader: true }) };
  }
  if (rows.some((row) => row === null || typeof row !== 'object' || Array.isArray(row))) {
    throw new ConfigurationError('inline data mixes objects with other rows: give lists (header first) or objects', { file: name });
  }
  const keys = Object.keys(rows[0] as object);
  const index = new Map(keys.map((key, i) => [key, i]));
  const unexpected = new Map<string, number>();
  const columns: Cell[][] = keys.map(() => new Array<Cell>(rows.length).fill(null));
  rows.forEach((row, r) => {
    for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
      const at = index.get(key);
      if (at === undefined) {
        if (!unexpected.has(key)) unexpected.set(key, r + 1);
      } else columns[at]![r] = toCell(value);
    }
  });
  return { header: keys, info, digest, batches: one({ columns, size: rows.length, firstRow: 1, lines: rows.map((_, r) => r + 1) }), unexpectedKeys: () => unexpected };
}

async function* one(batch: ColumnBatch): AsyncGenerator<ColumnBatch> {
  yield batch;
}

function toCell(value: unknown): Cell {
  return value === undefined ? null : (value as Cell);
}
