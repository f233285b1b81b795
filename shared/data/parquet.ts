// Parquet reader on hyparquet (pure JS): the footer first, then one row group
// at a time, each read from the file by its byte ranges, so memory is bounded
// by the largest row group, not the file. INT64 values that fit a double
// become numbers; timestamps and dates arrive as Date.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { parquetMetadataAsync, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { ConfigurationError } from '../errors.js';
import type { Cell, ColumnBatch, TableStream } from './batch.js';
import type { FileDigest } from './source.js';

const MAGIC = 'PAR1';

export interface ParquetStream extends TableStream {
  rowCount: number;
  /** sha256 and size of the file; complete once the batches are read. */
  digest: () => FileDigest;
}

/** Opens a Parquet file on disk: reads its footer, then streams its row groups. */
export async function openParquetFile(path: string, size: number, displayPath: string): Promise<ParquetStream> {
  const handle = await open(path, 'r');
  try {
    return await openWithHandle(handle, path, size, displayPath);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function openWithHandle(handle: FileHandle, path: string, size: number, displayPath: string): Promise<ParquetStream> {
  const readRange = async (start: number, end: number): Promise<ArrayBuffer> => {
    const length = Math.max(0, Math.min(end, size) - start);
    const bytes = new Uint8Array(length);
    let at = 0;
    while (at < length) {
      const { bytesRead } = await handle.read(bytes, at, length - at, start + at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return bytes.buffer;
  };
  const head = Buffer.from(await readRange(0, 4)).toString('latin1');
  const tail = Buffer.from(await readRange(Math.max(0, size - 4), size)).toString('latin1');
  if (size < 12 || head !== MAGIC || tail !== MAGIC) {
    throw new ConfigurationError('is not a Parquet file (no PAR1 magic bytes)', { file: displayPath });
  }
  const file = { byteLength: size, slice: (start: number, end?: number) => readRange(start, end ?? size) };
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new ConfigurationError(`is not a readable Parquet file: ${(error as Error).message}`, { file: displayPath });
  }
  const header = parquetSchema(metadata).children.map((child) => child.element.name);
  let digest: FileDigest | undefined;
  async function* batches(): AsyncGenerator<ColumnBatch> {
    try {
      let rowStart = 0;
      for (const group of metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        if (groupRows === 0) continue;
        let rows: unknown[][] = [];
        try {
          await parquetRead({
            file,
            metadata,
            compressors,
            rowStart,
            rowEnd: rowStart + groupRows,
            rowFormat: 'array',
            onComplete: (data: unknown[][]) => {
              rows = data;
            },
          });
        } catch (error) {
          throw new ConfigurationError(`cannot decode row group starting at row ${rowStart + 1}: ${(error as Error).message}`, { file: displayPath });
        }
        const columns: Cell[][] = header.map(() => new Array<Cell>(rows.length));
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r]!;
          for (let c = 0; c < header.length; c++) columns[c]![r] = toCell(row[c]);
        }
        yield { columns, size: rows.length, firstRow: rowStart + 1 };
        rowStart += groupRows;
      }
    } finally {
      await handle.close();
    }
    digest = await hashFile(path);
  }
  return {
    header,
    batches: batches(),
    rowCount: Number(metadata.num_rows),
    digest: () => {
      if (!digest) throw new Error('digest requested before the row groups were read');
      return digest;
    },
  };
}

async function hashFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function toCell(value: unknown): Cell {
  if (value === undefined) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
  }
  return value as Cell;
}
