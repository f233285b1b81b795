// Number and value formatting for validation messages: counts with
// thousands separators, rates as percentages, cast values back in the type's
// own notation (dates as ISO, not as day numbers).

import type { Cell } from '../data/batch.js';
import type { CompiledField } from '../schema/fields.js';

export { formatCount } from '../count.js';

export function formatRate(rate: number): string {
  const pct = rate * 100;
  if (pct === 0 || pct === 100) return `${pct}%`;
  const digits = pct < 0.01 ? 4 : pct < 1 ? 3 : 2;
  return `${Number(pct.toPrecision(digits))}%`;
}

const MAX_CELL = 200;

export function truncateCell(cell: Cell): string {
  const text = typeof cell === 'string' ? cell : cell instanceof Date ? cell.toISOString() : typeof cell === 'bigint' ? cell.toString() : JSON.stringify(cell) ?? String(cell);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}

export function formatCastValue(field: CompiledField, value: number): string | number {
  switch (field.type) {
    case 'date':
      return new Date(value * 86400000).toISOString().slice(0, 10);
    case 'datetime':
      return new Date(value).toISOString();
    case 'time':
      return new Date(value).toISOString().slice(11, 23);
    case 'yearmonth':
      return `${String(Math.floor(value / 12)).padStart(4, '0')}-${String((value % 12) + 1).padStart(2, '0')}`;
    default:
      return value;
  }
}
