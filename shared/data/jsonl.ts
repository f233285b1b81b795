// JSON Lines reader: one object per line, streamed. The header is the key
// order of the first record; later records are matched by key (a missing key
// is a missing value), and keys the header lacks are reported once each.

import { ConfigurationError } from '../errors.js';
import type { Cell, ColumnBatch, TableStream } from './batch.js';

const BATCH_ROWS = 8192;

/** Longest JSON Lines record (UTF-16 code units). */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;

export async function openJsonlStream(chunks: AsyncIterable<string>, displayPath: string, maxLineChars = MAX_LINE_CHARS): Promise<TableStream> {
  const records = jsonlRecords(chunks, displayPath, maxLineChars);
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

async function* jsonlRecords(chunks: AsyncIterable<string>, file: string, maxLine: number): AsyncGenerator<{ record: Record<string, unknown>; line: number }> {
  // A line may span many chunks: its parts wait in `pending` and only each new
  // chunk is searched for the newline, so a long line costs linear time, and
  // one past the limit stops the read at once.
  const pending: string[] = [];
  let pendingChars = 0;
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
  const tooLong = () =>
    new ConfigurationError(`line is longer than ${maxLine >= 1024 * 1024 ? `${Math.round(maxLine / (1024 * 1024))} MiB` : `${maxLine} characters`} (the limit for one JSON Lines record)`, { file, line: line + 1 });
  for await (let text of chunks) {
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    let end = text.indexOf('\n');
    if (end === -1) {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars > maxLine) throw tooLong();
      continue;
    }
    if (pending.length > 0) {
      if (pendingChars + end > maxLine) throw tooLong();
      pending.push(text.slice(0, end));
      const joined = pending.join('');
      pending.length = 0;
      pendingChars = 0;
      line++;
      const record = parse(joined, line);
      if (record) yield { record, line };
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    while (end !== -1) {
      if (end - start > maxLine) throw tooLong();
      line++;
      const record = parse(text.slice(start, end), line);
      if (record) yield { record, line };
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    if (start < text.length) {
      pending.push(text.slice(start));
      pendingChars += text.length - start;
      if (pendingChars > maxLine) throw tooLong();
    }
  }
  if (pending.length > 0) {
    line++;
    const record = parse(pending.join(''), line);
    if (record) yield { record, line };
  }
}
