// JSON Lines reader: one object per line, streamed. The header is the key
// order of the first record; later records are matched by key (a missing key
// is a missing value), and keys the header lacks are reported once each.

import { ConfigurationError } from '../errors.js';
import type { Cell, ColumnBatch, TableStream } from './batch.js';

const BATCH_ROWS = 8192;

export async function openJsonlStream(chunks: AsyncIterable<string>, displayPath: string): Promise<TableStream> {
  const records = jsonlRecords(chunks, displayPath);
  const first = await records.next();
  if (first.done) throw new ConfigurationError('is empty', { file: displayPath });
  const header = Object.keys(first.value.record);
  if (header.length === 0) throw new ConfigurationError('the first record is an empty object: no columns', { file: displayPath, line: first.value.line });
  const index = new Map(header.map((name, i) => [name, i]));
  const unexpected = new Map<string, number>();
  async function* batches(): AsyncGenerator<ColumnBatch> {
    let columns: Cell[][] = header.map(() => []);
    let lines: number[] = [];
    let rows = 0;
    const add = (record: Record<string, unknown>, line: number) => {
      const row = columns[0]!.length;
      for (const key in record) {
        const at = index.get(key);
        if (at === undefined) {
          if (!unexpected.has(key)) unexpected.set(key, line);
          continue;
        }
        columns[at]![row] = toCell(record[key]);
      }
      for (const column of columns) if (column.length <= row) column[row] = null;
      lines.push(line);
      rows++;
    };
    add(first.value!.record, first.value!.line);
    for await (const { record, line } of records) {
      add(record, line);
      if (lines.length >= BATCH_ROWS) {
        yield { columns, size: lines.length, firstRow: rows - lines.length + 1, lines };
        columns = header.map(() => []);
        lines = [];
      }
    }
    if (lines.length > 0) yield { columns, size: lines.length, firstRow: rows - lines.length + 1, lines };
  }
  return { header, batches: batches(), unexpectedKeys: () => unexpected };
}

function toCell(value: unknown): Cell {
  if (value === undefined) return null;
  return value as Cell;
}

async function* jsonlRecords(chunks: AsyncIterable<string>, file: string): AsyncGenerator<{ record: Record<string, unknown>; line: number }> {
  let leftover = '';
  let line = 0;
  let first = true;
  const parse = (text: string, lineNumber: number) => {
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new ConfigurationError(`invalid JSON: ${(error as Error).message}`, { file, line: lineNumber });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ConfigurationError('each line must be a JSON object', { file, line: lineNumber });
    }
    return value as Record<string, unknown>;
  };
  for await (let text of chunks) {
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const buffer = leftover + text;
    let start = 0;
    let end = buffer.indexOf('\n', start);
    while (end !== -1) {
      line++;
      const record = parse(buffer.slice(start, end), line);
      if (record) yield { record, line };
      start = end + 1;
      end = buffer.indexOf('\n', start);
    }
    leftover = buffer.slice(start);
  }
  if (leftover.length > 0) {
    line++;
    const record = parse(leftover, line);
    if (record) yield { record, line };
  }
}
