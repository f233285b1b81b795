// The one CSV/TSV reader: streaming, RFC 4180 quoting (doubled quotes,
// embedded newlines), CRLF or LF, BOM, and the exact physical line on which
// every record starts. Ragged rows, unterminated quotes and duplicate header
// names are ConfigurationErrors that name the file and line.

import { ConfigurationError } from '../errors.js';
import type { ColumnBatch, TableStream } from './batch.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** A record longer than this is almost always an unterminated quote. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

export interface CsvOptions {
  delimiter?: string;
  /** Shown in errors. */
  displayPath: string;
}

interface ParseState {
  line: number;
  headerLine: number;
  header: string[] | undefined;
  columns: string[][];
  lines: number[];
  rows: number;
}

/**
 * Parses CSV text chunks into column batches. The first yielded value is the
 * header; every further value is a batch of records.
 */
export async function* readCsvBatches(
  chunks: AsyncIterable<string>,
  options: CsvOptions,
  onHeaderLine?: (line: number) => void,
): AsyncGenerator<string[] | ColumnBatch> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const file = options.displayPath;
  const state: ParseState = { line: 1, headerLine: 1, header: undefined, columns: [], lines: [], rows: 0 };
  let leftover = '';
  let first = true;
  let headerYielded = false;
  for await (let text of chunks) {
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const buffer = leftover.length > 0 ? leftover + text : text;
    const consumed = parseRecords(buffer, false, delimiter, state, file);
    leftover = consumed < buffer.length ? buffer.slice(consumed) : '';
    if (leftover.length > MAX_RECORD_CHARS) {
      throw new ConfigurationError('a record is longer than 64 MiB: is a quoted field left unterminated?', { file, line: state.line });
    }
    if (state.header && !headerYielded) {
      headerYielded = true;
      onHeaderLine?.(state.headerLine);
      yield state.header;
    }
    if (state.lines.length > 0) yield takeBatch(state);
  }
  if (leftover.length > 0) parseRecords(leftover, true, delimiter, state, file);
  if (!state.header) throw new ConfigurationError('is empty', { file });
  if (!headerYielded) {
    onHeaderLine?.(state.headerLine);
    yield state.header;
  }
  if (state.lines.length > 0) yield takeBatch(state);
  if (state.rows === 0) throw new ConfigurationError('has a header row but no data rows', { file, line: state.headerLine });
}

function takeBatch(state: ParseState): ColumnBatch {
  const batch: ColumnBatch = {
    columns: state.columns,
    size: state.lines.length,
    firstRow: state.rows - state.lines.length + 1,
    lines: state.lines,
  };
  state.columns = state.columns.map(() => []);
  state.lines = [];
  return batch;
}

function startHeader(state: ParseState, cells: string[], file: string): void {
  const seen = new Map<string, number>();
  cells.forEach((name, index) => {
    const before = seen.get(name);
    if (before !== undefined && name !== '') {
      throw new ConfigurationError(`duplicate column name "${name}" (columns ${before + 1} and ${index + 1})`, { file, line: state.headerLine });
    }
    seen.set(name, index);
  });
  state.header = cells;
  state.columns = cells.map(() => []);
}

/**
 * Parses complete records from `text`, returning how many characters were
 * consumed; the rest is an incomplete record to be retried with more text.
 */
function parseRecords(text: string, final: boolean, delimiter: number, state: ParseState, file: string): number {
  const n = text.length;
  const delimiterChar = String.fromCharCode(delimiter);
  let nextDelimiter = -2;
  let nextLf = -2;
  let i = 0;
  const headerCells: string[] = [];
  while (i < n) {
    const recordStart = i;
    const recordLine = state.line;
    const inHeader = state.header === undefined;
    const width = inHeader ? Infinity : state.header!.length;
    const columns = state.columns;
    let field = 0;
    let embeddedLines = 0;
    let lastWasQuoted = false;
    let lastValue = '';
    let complete = true;
    for (;;) {
      let value: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        // Quoted field: find the closing quote that is not a doubled quote.
        let j = i + 1;
        let escaped = false;
        let close = -1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) break;
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            escaped = true;
            j = q + 2;
            continue;
          }
          if (q + 1 >= n && !final) break;
          close = q;
          break;
        }
        if (close === -1) {
          if (final) {
            throw new ConfigurationError('unterminated quoted field (the quote opened here is never closed)', {
              file,
              line: recordLine + embeddedLines + countLf(text, recordStart, i),
            });
          }
          complete = false;
          break;
        }
        value = text.slice(i + 1, close);
        embeddedLines += countLf(value, 0, value.length);
        if (escaped) value = value.replaceAll('""', '"');
        i = close + 1;
        // Lenient like Python's csv: text after the closing quote joins the field.
        if (i < n) {
          const c = text.charCodeAt(i);
          if (c !== delimiter && c !== LF && c !== CR) {
            let k = i;
            while (k < n) {
              const d = text.charCodeAt(k);
              if (d === delimiter || d === LF || d === CR) break;
              k++;
            }
            if (k >= n && !final) {
              complete = false;
              break;
            }
            value += text.slice(i, k);
            i = k;
          }
        }
        lastWasQuoted = true;
      } else {
        // Unquoted field: native indexOf scans for the next delimiter and newline,
        // each position cached until passed, so every character is scanned once.
        if (nextDelimiter !== -1 && nextDelimiter < i) nextDelimiter = text.indexOf(delimiterChar, i);
        if (nextLf !== -1 && nextLf < i) nextLf = text.indexOf('\n', i);
        let j = nextDelimiter === -1 ? nextLf : nextLf === -1 ? nextDelimiter : nextDelimiter < nextLf ? nextDelimiter : nextLf;
        if (j === -1) {
          if (!final) {
            complete = false;
            break;
          }
          j = n;
        }
        const end = j === nextLf && j > i && text.charCodeAt(j - 1) === CR ? j - 1 : j;
        value = text.slice(i, end);
        i = j;
        lastWasQuoted = false;
      }
      if (inHeader) headerCells.push(value);
      else if (field < width) columns[field]!.push(value);
      lastValue = value;
      field++;
      if (i >= n) break; // end of text (final): end of record
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        if (i >= n && !final) {
          complete = false;
          break;
        }
        if (i >= n) {
          // A trailing delimiter at end of file: one more empty field.
          if (inHeader) headerCells.push('');
          else if (field < width) columns[field]!.push('');
          field++;
          break;
        }
        continue;
      }
      if (c === CR) {
        // Only after a quoted field: an unquoted field already dropped the CR of its CRLF.
        if (i + 1 >= n && !final) {
          complete = false;
          break;
        }
        i++;
        if (i < n && text.charCodeAt(i) === LF) i++;
      } else i++;
      break;
    }
    if (!complete) {
      // Roll back the cells pushed for this partial record.
      if (inHeader) headerCells.length = 0;
      else for (let k = 0; k < Math.min(field, width); k++) columns[k]!.pop();
      state.line = recordLine;
      return recordStart;
    }
    state.line = recordLine + embeddedLines + 1;
    if (inHeader) {
      if (headerCells.length === 1 && headerCells[0] === '' && !lastWasQuoted) continue; // blank leading line
      state.headerLine = recordLine;
      startHeader(state, headerCells.slice(), file);
      headerCells.length = 0;
      continue;
    }
    if (field !== width) {
      if (field === 1 && lastValue === '' && !lastWasQuoted) {
        columns[0]!.pop(); // a blank line: skipped, as pandas does
        continue;
      }
      throw new ConfigurationError(`row has ${field} field${field === 1 ? '' : 's'}, but the header has ${width}`, {
        file,
        line: recordLine,
      });
    }
    state.lines.push(recordLine);
    state.rows++;
  }
  return n;
}

function countLf(text: string, from: number, to: number): number {
  let count = 0;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at < to) {
    count++;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}

/** Wraps the header-then-batches generator as a TableStream. */
export async function openCsvStream(chunks: AsyncIterable<string>, options: CsvOptions): Promise<TableStream> {
  let headerLine = 1;
  const generator = readCsvBatches(chunks, options, (line) => (headerLine = line));
  const head = await generator.next();
  if (head.done || !Array.isArray(head.value)) throw new ConfigurationError('is empty', { file: options.displayPath });
  const header = head.value;
  async function* batches(): AsyncGenerator<ColumnBatch> {
    for (;;) {
      const next = await generator.next();
      if (next.done) return;
      yield next.value as ColumnBatch;
    }
  }
  return { header, headerLine, batches: batches() };
}
