// openTable: one entry point for every tabular file, dispatching on format.

import { ConfigurationError } from '../errors.js';
import type { TableStream } from './batch.js';
import { openCsvStream } from './csv.js';
import { openJsonlStream } from './jsonl.js';
import { openParquetStream } from './parquet.js';
import { decodeUtf8, detectFormat, openByteStream, readWholeFile, type DataFileInfo, type FileDigest, type TableFormat } from './source.js';

export interface OpenTable extends TableStream {
  readonly info: DataFileInfo;
  /** sha256 and size of the file as stored; complete after the batches are read. */
  readonly digest: () => FileDigest;
}

export interface OpenTableOptions {
  displayPath?: string;
  format?: TableFormat;
}

export async function openTable(path: string, options: OpenTableOptions = {}): Promise<OpenTable> {
  const info = detectFormat(path, options.displayPath ?? path, options.format);
  if (info.format === 'parquet') {
    const { buffer, digest } = await readWholeFile(info);
    if (buffer.length === 0) throw new ConfigurationError('is empty', { file: info.displayPath });
    return { ...openParquetStream(buffer, info.displayPath), info, digest: () => digest };
  }
  const source = await openByteStream(info);
  const text = decodeUtf8(source.chunks, info.displayPath);
  const stream =
    info.format === 'jsonl'
      ? await openJsonlStream(text, info.displayPath)
      : await openCsvStream(text, { displayPath: info.displayPath, delimiter: info.format === 'tsv' ? '\t' : ',' });
  return { ...stream, info, digest: source.digest };
}

export type { TableFormat, DataFileInfo, FileDigest } from './source.js';
