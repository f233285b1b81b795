// Parquet reader on hyparquet (pure JS): one row group at a time, so memory
// is bounded by the largest row group. INT64 values that fit a double become
// numbers; timestamps and dates arrive as Date.

import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { ConfigurationError } from '../errors.js';
import type { Cell, ColumnBatch, TableStream } from './batch.js';

const MAGIC = 'PAR1';

export function openParquetStream(buffer: Buffer, displayPath: string): TableStream & { rowCount: number } {
  if (buffer.length < 12 || buffer.toString('latin1', 0, 4) !== MAGIC || buffer.toString('latin1', buffer.length - 4) !== MAGIC) {
    throw new ConfigurationError('is not a Parquet file (no PAR1 magic bytes)', { file: displayPath });
  }
  const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(arrayBuffer);
  } catch (error) {
    throw new ConfigurationError(`is not a readable Parquet file: ${(error as Error).message}`, { file: displayPath });
  }
  const header = parquetSchema(metadata).children.map((child) => child.element.name);
  if (Number(metadata.num_rows) === 0) throw new ConfigurationError('has a schema but no rows', { file: displayPath });
  const file = { byteLength: arrayBuffer.byteLength, slice: (start: number, end?: number) => arrayBuffer.slice(start, end) };
  async function* batches(): AsyncGenerator<ColumnBatch> {
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
  }
  return { header, batches: batches(), rowCount: Number(metadata.num_rows) };
}

function toCell(value: unknown): Cell {
  if (value === undefined) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value;
  }
  return value as Cell;
}
