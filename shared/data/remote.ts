// A table read in one thread and checked in another: the reading thread
// (sendTable) inflates, decodes and parses a file — a gzip-compressed CSV,
// which cannot be split in byte ranges — and posts each batch over a
// MessagePort; the checking thread (receiveTable) gets an OpenTable whose
// batches are those, as if it had opened the file itself: the same header,
// cells, row issues, errors at the same point of the stream, and the file's
// digest once the batches end.
//
// What crosses: the batch's text (a string, copied — memcpy speed for the
// one-byte strings ASCII decodes to), its per-column offsets and line numbers
// (copied out of the reader's reused arrays, then moved, not copied), the
// cells that are not plain slices, the row issues. The reader runs at most
// WINDOW batches ahead of the checker (a credit per batch taken), so memory
// stays flat whichever side is slower.

import type { MessagePort } from 'node:worker_threads';
import { ConfigurationError } from '../errors.js';
import type { ColumnBatch, RowIssue, TextCells } from './batch.js';
import { TextBatch } from './csv.js';
import { rowEstimator, type OpenTable } from './table.js';
import type { DataFileInfo, FileDigest } from './source.js';

/** Batches the reader may post before the checker has taken them. */
const WINDOW = 4;

interface Problem {
  reason: string;
  file?: string;
  line?: number;
  key?: string;
}

interface WireBatch {
  size: number;
  firstRow: number;
  lines: Int32Array;
  text: string;
  delimiter: string;
  starts: Int32Array[];
  ends: Int32Array[];
  special?: Map<number, string>;
  absent?: Set<number>;
  issues?: readonly RowIssue[];
}

type ReaderMessage =
  | { kind: 'open'; header: readonly string[]; headerLine?: number; noHeader?: boolean; size?: number }
  | { kind: 'batch'; batch: WireBatch }
  | { kind: 'end'; digest: FileDigest }
  | { kind: 'error'; problem?: Problem; message?: string };

type CheckerMessage = { kind: 'more' } | { kind: 'close' };

const problemOf = (error: unknown): Pick<Extract<ReaderMessage, { kind: 'error' }>, 'problem' | 'message'> =>
  error instanceof ConfigurationError
    ? { problem: { reason: error.reason, file: error.file, line: error.line, key: error.key } }
    : { message: (error as Error)?.stack ?? String(error) };

/**
 * The reading side: opens the table with `open` and posts it on `port` until
 * its end, an error, or the checker's close. A failure to open is posted too
 * (the checker reports it where it would have opened the file).
 */
export async function sendTable(open: () => Promise<OpenTable>, port: MessagePort): Promise<void> {
  let credits = WINDOW;
  let closed = false;
  let wake: (() => void) | undefined;
  port.on('message', (message: CheckerMessage) => {
    if (message.kind === 'more') credits++;
    else closed = true;
    wake?.();
  });
  let table: OpenTable | undefined;
  try {
    table = await open();
    port.postMessage({ kind: 'open', header: table.header, headerLine: table.headerLine, noHeader: table.noHeader, size: table.dataSize } satisfies ReaderMessage);
    for await (const batch of table.batches) {
      while (credits === 0 && !closed) await new Promise<void>((resolve) => (wake = resolve));
      if (closed) break;
      credits--;
      const wire = toWire(batch);
      port.postMessage({ kind: 'batch', batch: wire } satisfies ReaderMessage, [wire.lines.buffer, ...wire.starts.map((a) => a.buffer), ...wire.ends.map((a) => a.buffer)] as ArrayBuffer[]);
    }
    // A break (the checker closed) has closed the table's stream, as a checker in this thread would.
    if (!closed) port.postMessage({ kind: 'end', digest: table.digest() } satisfies ReaderMessage);
  } catch (error) {
    port.postMessage({ kind: 'error', ...problemOf(error) } satisfies ReaderMessage);
  } finally {
    port.close();
  }
}

/** A text batch as it crosses: its offsets copied out of the reader's arrays, which the reader reuses. */
function toWire(batch: ColumnBatch): WireBatch {
  const cells = batch.text;
  if (!cells) throw new Error('only text batches (CSV/TSV) are read in another thread');
  const n = batch.size;
  return {
    size: n,
    firstRow: batch.firstRow,
    lines: batch.lines instanceof Int32Array ? batch.lines.slice(0, n) : Int32Array.from(batch.lines ?? []),
    text: cells.text,
    delimiter: cells.delimiter,
    starts: cells.starts.map((column) => column.slice(0, n)),
    ends: cells.ends.map((column) => column.slice(0, n)),
    ...(cells.special && cells.special.size > 0 ? { special: new Map(cells.special) } : {}),
    ...(cells.absent && cells.absent.size > 0 ? { absent: new Set(cells.absent) } : {}),
    ...(batch.issues ? { issues: batch.issues } : {}),
  };
}

/**
 * The checking side: the table posted on `port`, opened as openTable opens
 * `info`'s file. `reading` is the reader's own completion (its thread's task):
 * if it fails without posting an error, the batches fail with it.
 */
export async function receiveTable(info: DataFileInfo, port: MessagePort, reading: Promise<unknown>): Promise<OpenTable> {
  const inbox: ReaderMessage[] = [];
  let wake: (() => void) | undefined;
  let lost: unknown;
  port.on('message', (message: ReaderMessage) => {
    inbox.push(message);
    wake?.();
  });
  // The reader posts its end or its error on the port; its task failing (its thread lost) is the other way to end.
  reading.catch((error) => {
    lost = error ?? new Error(`the reader of ${info.display} failed`);
    wake?.();
  });
  const next = async (): Promise<ReaderMessage> => {
    while (inbox.length === 0) {
      if (lost !== undefined) throw lost;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    return inbox.shift()!;
  };
  const fail = (message: Extract<ReaderMessage, { kind: 'error' }>): never => {
    port.close();
    if (message.problem) throw new ConfigurationError(message.problem.reason, { file: message.problem.file, line: message.problem.line, key: message.problem.key });
    throw new Error(`reading ${info.display} in another thread failed: ${message.message}`);
  };
  const opened = await next();
  if (opened.kind === 'error') return fail(opened);
  if (opened.kind !== 'open') throw new Error(`the reader of ${info.display} sent ${opened.kind} before the header`);
  let digest: FileDigest | undefined;
  let done = false;
  async function* batches(): AsyncGenerator<ColumnBatch> {
    try {
      for (;;) {
        const message = await next();
        if (message.kind === 'end') {
          digest = message.digest;
          done = true;
          return;
        }
        if (message.kind === 'error') fail(message);
        if (message.kind !== 'batch') throw new Error(`the reader of ${info.display} sent ${message.kind} after the header`);
        port.postMessage({ kind: 'more' } satisfies CheckerMessage);
        yield fromWire(message.batch);
      }
    } finally {
      if (!done) port.postMessage({ kind: 'close' } satisfies CheckerMessage);
      port.close();
    }
  }
  return {
    info,
    header: opened.header,
    ...(opened.headerLine !== undefined ? { headerLine: opened.headerLine } : {}),
    ...(opened.noHeader ? { noHeader: true } : {}),
    batches: batches(),
    digest: () => {
      if (!digest) throw new Error('digest requested before the stream was read to the end');
      return digest;
    },
    estimateRows: rowEstimator(opened.size),
    close: async () => {
      if (!done) port.postMessage({ kind: 'close' } satisfies CheckerMessage);
      port.close();
    },
  };
}

function fromWire(wire: WireBatch): ColumnBatch {
  const cells: TextCells = {
    text: wire.text,
    delimiter: wire.delimiter,
    starts: wire.starts,
    ends: wire.ends,
    special: wire.special,
    ...(wire.absent ? { absent: wire.absent } : {}),
  };
  return new TextBatch(cells, wire.size, wire.firstRow, wire.lines, wire.starts.length, wire.issues);
}
