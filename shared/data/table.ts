// openTable: one entry point for every tabular file, dispatching on format.

import { ConfigurationError } from '../errors.js';
import { open, stat } from 'node:fs/promises';
import type { ColumnBatch, TableStream } from './batch.js';
import { openCsvStream, type CsvDialect } from './csv.js';
import { openJsonlStream } from './jsonl.js';
import type { UserFile } from '../io/user-file.js';
import { checkReadableFile, decodeUtf8, detectFormat, openByteStream, type DataFileInfo, type FileDigest, type TableFormat } from './source.js';

export interface OpenTable extends TableStream {
  readonly info: DataFileInfo;
  /** sha256 and size of the file as stored; complete after the batches are read. */
  readonly digest: () => FileDigest;
  /** A guess at the total number of rows, from the file size and the first batch. */
  readonly estimateRows?: (firstBatch: ColumnBatch) => number | undefined;
  /** Bytes of (decompressed) text data, when known: what estimateRows scales by. */
  readonly dataSize?: number;
}

export interface OpenTableOptions {
  format?: TableFormat;
  /** CSV/TSV dialect (a data package resource's). Without a delimiter, a .csv's is sniffed; a .tsv's is a tab. */
  dialect?: CsvDialect;
}

export async function openTable(file: UserFile, options: OpenTableOptions = {}): Promise<OpenTable> {
  const info = detectFormat(file, options.format);
  if (info.format === 'parquet') {
    if (info.gzip) {
      // Parquet needs random access (footer first, then row groups): a .gz would have to be inflated whole.
      throw new ConfigurationError(
        'is gzip-compressed Parquet, which cannot be read by row group; decompress it (gunzip -k) — Parquet compresses its own pages (snappy, gzip, zstd), so the outer .gz saves little',
        { file: info.display },
      );
    }
    const size = await checkReadableFile(info);
    // Loaded only for Parquet: hyparquet and its compressors take longer to load than a CSV of
    // predictions takes to start reading.
    const { openParquetFile } = await import('./parquet.js');
    const stream = await openParquetFile(info.path, size, info.display);
    return { ...stream, info, estimateRows: () => stream.rowCount };
  }
  const source = await openByteStream(info);
  const text = decodeUtf8(source.chunks, info.display);
  const stream =
    info.format === 'jsonl'
      ? await openJsonlStream(text, info.display)
      : await openCsvStream(text, { displayPath: info.display, dialect: options.dialect, delimiter: info.format === 'tsv' ? '\t' : undefined });
  const size = await decompressedSize(info);
  return { ...stream, info, digest: source.digest, estimateRows: rowEstimator(size), ...(size !== undefined ? { dataSize: size } : {}) };
}

/** Rows in `size` bytes of text, guessed from a batch's rows per character. */
export function rowEstimator(size: number | undefined): (batch: ColumnBatch) => number | undefined {
  return (batch) => {
    const chars = batch.text ? batch.text.text.length : undefined;
    if (!chars || batch.size === 0 || size === undefined) return undefined;
    return Math.ceil((size / chars) * batch.size);
  };
}

export type { TableFormat, DataFileInfo, FileDigest } from './source.js';

/** Bytes of (decompressed) data: the file size, or gzip's ISIZE trailer (size mod 2³²). */
export async function decompressedSize(info: DataFileInfo): Promise<number | undefined> {
  const { size } = await stat(info.path);
  if (!info.gzip) return size;
  const handle = await open(info.path, 'r');
  try {
    const tail = Buffer.alloc(4);
    await handle.read(tail, 0, 4, size - 4);
    const isize = tail.readUInt32LE(0);
    // ISIZE wraps at 4 GiB; a gzip file rarely compresses less than 2:1, so take the wrap that fits.
    let total = isize;
    while (total < size) total += 2 ** 32;
    return total;
  } finally {
    await handle.close();
  }
}
