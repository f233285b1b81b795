// Byte ranges of one CSV/TSV file that can be parsed on their own: each
// starts at a record boundary, found by a quote-aware scan from the start of
// the file (a newline inside a quoted field is not a boundary), so the
// records of the ranges, in order, are exactly the records of the file.
//
// The scan is a four-state machine over bytes (a quote opens a quoted field
// only at the start of a field, as the reader reads it; a doubled quote stays
// inside). Chunks without a quote byte outside a quoted field are skipped
// with one native search, so a file without quotes is scanned at memchr speed.
// Dialects the scan does not model (an escape character, comment lines or
// rows, initial spaces before a quote, several header rows, a non-ASCII
// delimiter or quote) are not split.

import { open } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import type { ColumnBatch } from './batch.js';
import { openCsvStream, type CsvDialect, type CsvReport } from './csv.js';
import { decodeUtf8, fileChunks, type DataFileInfo } from './source.js';
import type { OpenTable } from './table.js';

const LF = 0x0a;
const CR = 0x0d;
const SCAN_BYTES = 1024 * 1024;

/** The characters the boundary scan needs; undefined when the dialect cannot be split this way. */
export interface SplitDialect {
  delimiter: number;
  quote: number;
  doubleQuote: boolean;
}

export function splitDialect(dialect: CsvDialect | undefined, delimiter: string): SplitDialect | undefined {
  const d = dialect ?? {};
  const quote = d.quoteChar ?? '"';
  if (d.escapeChar !== undefined && d.escapeChar !== quote) return undefined;
  if (d.commentChar !== undefined || (d.commentRows?.length ?? 0) > 0 || d.skipInitialSpace === true) return undefined;
  if (d.headerRows !== undefined && !(d.headerRows.length === 1 && d.headerRows[0] === 1)) return undefined;
  if (delimiter.length !== 1 || quote.length !== 1 || delimiter.charCodeAt(0) >= 0x80 || quote.charCodeAt(0) >= 0x80) return undefined;
  return { delimiter: delimiter.charCodeAt(0), quote: quote.charCodeAt(0), doubleQuote: d.escapeChar === quote || (d.doubleQuote ?? true) };
}

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just after a quote inside a quoted field: a closing quote, or the first of a doubled one. */
const QUOTE_SEEN = 3;
/** After a closing quote: the field's tail, where a CR also ends the record. */
const CLOSED = 4;

export interface Boundary {
  /** Byte offset where a record starts (just after a newline that ends one). */
  offset: number;
  /** Newlines before it. */
  newlines: number;
}

/**
 * For each target offset (ascending), the first record boundary at or after
 * it, or undefined past the last. A boundary is a byte just after a line feed
 * that ends a record.
 */
export async function recordBoundaries(path: string, targets: readonly number[], dialect: SplitDialect): Promise<Array<Boundary | undefined>> {
  const out: Array<Boundary | undefined> = targets.map(() => undefined);
  if (targets.length === 0) return out;
  const { delimiter, quote, doubleQuote } = dialect;
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SCAN_BYTES);
    let position = 0;
    let state = FIELD_START;
    let newlines = 0;
    let next = 0; // the target whose boundary is sought
    for (;;) {
      const { bytesRead: len } = await handle.read(buffer, 0, SCAN_BYTES, position);
      if (len === 0) return out;
      const bytes = buffer;
      let i = 0;
      let nextQuote = -2;
      let nextLf = -2;
      while (i < len) {
        if (state === QUOTED) {
          if (nextQuote !== -1 && nextQuote < i) nextQuote = bytes.indexOf(quote, i);
          const stop = nextQuote === -1 || nextQuote >= len ? len : nextQuote;
          for (;;) {
            if (nextLf !== -1 && nextLf < i) nextLf = bytes.indexOf(LF, i);
            if (nextLf === -1 || nextLf >= stop) break;
            newlines++;
            i = nextLf + 1;
          }
          i = stop + 1;
          if (stop < len) state = QUOTE_SEEN;
          continue;
        }
        if (state === QUOTE_SEEN) {
          if (bytes[i] === quote && doubleQuote) {
            i++;
            state = QUOTED;
            continue;
          }
          state = CLOSED;
        }
        // Outside quotes up to the next quote byte: every line feed ends a record.
        if (nextQuote !== -1 && nextQuote < i) nextQuote = bytes.indexOf(quote, i);
        const stop = nextQuote === -1 || nextQuote >= len ? len : nextQuote;
        for (;;) {
          if (nextLf !== -1 && nextLf < i) nextLf = bytes.indexOf(LF, i);
          if (nextLf === -1 || nextLf >= stop) break;
          newlines++;
          i = nextLf + 1;
          state = FIELD_START;
          while (next < targets.length && position + i >= targets[next]!) out[next++] = { offset: position + i, newlines };
          if (next >= targets.length) return out;
        }
        // The rest of the line up to the quote: delimiters start fields; a CR after a quoted field ends its record.
        for (; i < stop; i++) {
          const c = bytes[i]!;
          if (c === delimiter) state = FIELD_START;
          else if (c === CR && state === CLOSED) state = FIELD_START;
          else if (state === FIELD_START) state = UNQUOTED;
        }
        if (stop < len) {
          // The quote opens a quoted field only at a field's start; elsewhere it is text.
          i = stop + 1;
          if (state === FIELD_START) state = QUOTED;
        }
      }
      position += len;
    }
  } finally {
    await handle.close();
  }
}

export interface CsvRangeOptions {
  start: number;
  end: number;
  /** The delimiter the whole file is read with (given or sniffed from its start). */
  delimiter: string;
  dialect?: CsvDialect;
  /** The file's header, for a range after the first (which reads the header itself). */
  header?: readonly string[];
  /** The end was guessed (a shard's): a quoted field left open there is named as a misplaced boundary. */
  cut?: boolean;
}

/** A range whose end was guessed (`cut`) ends inside a quoted field: the guess was not a record boundary. */
export class OpenAtRangeEnd extends ConfigurationError {}

/** A table over bytes [start, end) of a CSV/TSV file; `lines()` is how many physical lines it held. Its digest is the range's size only. */
export async function openCsvRange(info: DataFileInfo, options: CsvRangeOptions): Promise<OpenTable & { lines: () => number }> {
  const { start, end } = options;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (end > start) yield* fileChunks(info.path, info.display, start, end);
  }
  async function* checked(batches: AsyncIterable<ColumnBatch>): AsyncGenerator<ColumnBatch> {
    try {
      yield* batches;
    } catch (error) {
      if (error instanceof ConfigurationError && error.reason.startsWith('unterminated quoted field')) {
        throw new OpenAtRangeEnd(`a quoted field is still open where this shard's bytes end (byte ${end}): the shard boundary fell inside a quoted value that spans lines; shard by whole files or with shard-by instead`, { file: info.display, line: error.line });
      }
      throw error;
    }
  }
  const report: CsvReport = {};
  const stream = await openCsvStream(decodeUtf8(chunks(), info.display), {
    displayPath: info.display, dialect: options.dialect, delimiter: options.delimiter, header: options.header, report,
  });
  const size = end - start;
  return {
    ...stream,
    ...(options.cut ? { batches: checked(stream.batches) } : {}),
    info,
    digest: () => ({ sha256: '', bytes: size }),
    estimateRows: (batch: ColumnBatch) => {
      const chars = batch.text ? batch.text.text.length : undefined;
      return !chars || batch.size === 0 ? undefined : Math.ceil((size / chars) * batch.size);
    },
    lines: () => {
      if (report.lines === undefined) throw new Error('lines requested before the range was read to the end');
      return report.lines;
    },
  };
}

/**
 * Where a byte-range shard starts, read from the bytes at `target` only (no
 * scan from the file's start): the first line feed after which the next
 * records (up to 8, within 1 MiB) each have `width` cells as the boundary
 * scan counts them — a line feed inside a quoted field rarely passes that
 * — else the first line feed. Every shard computes the same boundary from
 * the same bytes, so neighbours agree; when the guess is wrong, the shard
 * before it ends inside a quoted field and says so (not a silent misread).
 * Undefined when no line feed follows within the window.
 */
export async function guessBoundary(path: string, target: number, dialect: SplitDialect, width: number): Promise<number | undefined> {
  const handle = await open(path, 'r');
  try {
    const window = Buffer.alloc(SCAN_BYTES);
    const { bytesRead } = await handle.read(window, 0, SCAN_BYTES, target);
    const bytes = window.subarray(0, bytesRead);
    const atEnd = bytesRead < SCAN_BYTES;
    let first: number | undefined;
    let lf = bytes.indexOf(LF);
    for (let tries = 0; lf !== -1 && tries < 64; tries++, lf = bytes.indexOf(LF, lf + 1)) {
      first ??= lf + 1;
      if (recordsFit(bytes, lf + 1, dialect, width, atEnd)) return target + lf + 1;
    }
    return first === undefined ? undefined : target + first;
  } finally {
    await handle.close();
  }
}

/** Whether the records from `from` (at most 8, within the bytes) each have `width` cells, blank lines aside. */
function recordsFit(bytes: Uint8Array, from: number, { delimiter, quote, doubleQuote }: SplitDialect, width: number, atEnd: boolean): boolean {
  let state = FIELD_START;
  let cells = 1;
  let empty = true;
  let records = 0;
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (state === QUOTED) {
      if (c === quote) state = QUOTE_SEEN;
      continue;
    }
    if (state === QUOTE_SEEN) {
      if (c === quote && doubleQuote) {
        state = QUOTED;
        continue;
      }
      state = CLOSED;
    }
    if (c === LF) {
      if (!empty || cells > 1) {
        if (cells !== width) return false;
        if (++records >= 8) return true;
      }
      state = FIELD_START;
      cells = 1;
      empty = true;
      continue;
    }
    if (c === CR) continue;
    empty = false;
    if (c === delimiter) {
      cells++;
      state = FIELD_START;
    } else if (state === FIELD_START) state = c === quote ? QUOTED : UNQUOTED;
  }
  // The window ended: enough records seen, or the file ended cleanly outside quotes.
  return records > 0 && (atEnd ? state !== QUOTED : true);
}

/** Byte offset just after the header (the first `newlines` line feeds that end records), scanning from the file's start. */
export async function headerEnd(path: string, dialect: SplitDialect, newlines: number): Promise<number | undefined> {
  let target = 0;
  for (;;) {
    const [boundary] = await recordBoundaries(path, [target], dialect);
    if (!boundary) return undefined;
    if (boundary.newlines >= newlines) return boundary.offset;
    target = boundary.offset + 1;
  }
}
