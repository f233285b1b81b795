// The one CSV/TSV reader: streaming, RFC 4180 quoting (doubled quotes,
// embedded newlines), CRLF or LF, BOM, and the exact physical line on which
// every record starts. Cells are recorded as offsets into the decoded chunk
// (strings are made only when asked for). Ragged rows, unterminated quotes
// and duplicate header names are ConfigurationErrors naming file and line.

import { ConfigurationError } from '../errors.js';
import { textCell, type Cell, type ColumnBatch, type TableStream, type TextCells } from './batch.js';

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
  delimiter: string;
  line: number;
  headerLine: number;
  header: string[] | undefined;
  width: number;
  /** Records completed over the whole file. */
  rows: number;
  /** Records in the batch being built. */
  batchRows: number;
  capacity: number;
  starts: Int32Array[];
  ends: Int32Array[];
  lines: Int32Array;
  special: Map<number, string> | undefined;
  spare: { starts: Int32Array[]; ends: Int32Array[]; lines: Int32Array; capacity: number } | undefined;
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
  const state: ParseState = {
    delimiter: String.fromCharCode(delimiter),
    line: 1, headerLine: 1, header: undefined, width: 0, rows: 0, batchRows: 0, capacity: 0,
    starts: [], ends: [], lines: new Int32Array(0), special: undefined, spare: undefined,
  };
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
    if (state.batchRows > 0) yield takeBatch(state, buffer);
  }
  if (leftover.length > 0) parseRecords(leftover, true, delimiter, state, file);
  if (!state.header) throw new ConfigurationError('is empty', { file });
  if (!headerYielded) {
    onHeaderLine?.(state.headerLine);
    yield state.header;
  }
  if (state.batchRows > 0) yield takeBatch(state, leftover);
  if (state.rows === 0) throw new ConfigurationError('has a header row but no data rows', { file, line: state.headerLine });
}

class TextBatch implements ColumnBatch {
  private materialized: Cell[][] | undefined;
  constructor(
    readonly text: TextCells,
    readonly size: number,
    readonly firstRow: number,
    readonly lines: Int32Array,
    private readonly width: number,
  ) {}

  get columns(): Cell[][] {
    if (!this.materialized) {
      this.materialized = [];
      for (let c = 0; c < this.width; c++) {
        const column = new Array<Cell>(this.size);
        for (let r = 0; r < this.size; r++) column[r] = textCell(this.text, this.width, c, r);
        this.materialized.push(column);
      }
    }
    return this.materialized;
  }
}

function takeBatch(state: ParseState, text: string): ColumnBatch {
  const n = state.batchRows;
  const batch = new TextBatch(
    { text, delimiter: state.delimiter, starts: state.starts.map((a) => a.subarray(0, n)), ends: state.ends.map((a) => a.subarray(0, n)), special: state.special },
    n,
    state.rows - n + 1,
    state.lines.subarray(0, n),
    state.width,
  );
  // Alternate between two sets of arrays: the batch just yielded keeps views
  // of one set while the next batch fills the other (see ColumnBatch).
  const spare = state.spare;
  state.spare = { starts: state.starts, ends: state.ends, lines: state.lines, capacity: state.capacity };
  if (spare && spare.capacity === state.capacity) {
    state.starts = spare.starts;
    state.ends = spare.ends;
    state.lines = spare.lines;
  } else allocate(state, state.capacity);
  state.batchRows = 0;
  state.special = undefined;
  return batch;
}

function allocate(state: ParseState, capacity: number): void {
  state.capacity = capacity;
  state.starts = Array.from({ length: state.width }, () => new Int32Array(capacity));
  state.ends = Array.from({ length: state.width }, () => new Int32Array(capacity));
  state.lines = new Int32Array(capacity);
}

function grow(state: ParseState): void {
  const capacity = state.capacity * 2;
  const copy = (a: Int32Array) => {
    const b = new Int32Array(capacity);
    b.set(a);
    return b;
  };
  state.starts = state.starts.map(copy);
  state.ends = state.ends.map(copy);
  state.lines = copy(state.lines);
  state.capacity = capacity;
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
  state.width = cells.length;
  allocate(state, 4096);
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
    const width = inHeader ? Infinity : state.width;
    if (!inHeader && state.batchRows >= state.capacity) grow(state);
    const row = state.batchRows;
    const starts = state.starts;
    const ends = state.ends;
    let field = 0;
    let embeddedLines = 0;
    let lastWasQuoted = false;
    let lastEmpty = false;
    let complete = true;
    for (;;) {
      let start: number;
      let end: number;
      let special: string | undefined;
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
        start = i + 1;
        end = close;
        embeddedLines += countLf(text, start, end);
        if (escaped) special = text.slice(start, end).replaceAll('""', '"');
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
            special = (special ?? text.slice(start, end)) + text.slice(i, k);
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
        start = i;
        end = j === nextLf && j > i && text.charCodeAt(j - 1) === CR ? j - 1 : j;
        i = j;
        lastWasQuoted = false;
      }
      if (inHeader) headerCells.push(special ?? text.slice(start, end));
      else if (field < width) {
        starts[field]![row] = start;
        ends[field]![row] = end;
        if (special !== undefined) (state.special ??= new Map()).set(row * width + field, special);
      }
      lastEmpty = end === start && special === undefined;
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
          else if (field < width) {
            starts[field]![row] = i;
            ends[field]![row] = i;
          }
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
      if (inHeader) headerCells.length = 0;
      else if (state.special !== undefined) for (let k = 0; k < Math.min(field, width); k++) state.special.delete(row * width + k);
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
      if (field === 1 && lastEmpty && !lastWasQuoted) continue; // a blank line: skipped, as pandas does
      throw new ConfigurationError(`row has ${field} field${field === 1 ? '' : 's'}, but the header has ${width}`, {
        file,
        line: recordLine,
      });
    }
    state.lines[row] = recordLine;
    state.batchRows++;
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
