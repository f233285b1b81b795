// Column batches: what every reader yields. Column-major so that validators
// and profilers run one tight loop per column.

export type Cell = string | number | boolean | bigint | Date | null | readonly unknown[] | { readonly [key: string]: unknown };

export interface ColumnBatch {
  /** One array per header column, each `size` long. CSV/TSV cells are always strings. */
  readonly columns: Cell[][];
  readonly size: number;
  /** 1-based record number of the first record in this batch. */
  readonly firstRow: number;
  /** Physical 1-based line where each record starts (text formats only). */
  readonly lines?: readonly number[];
}

export interface TableStream {
  readonly header: readonly string[];
  /** Line of the header, for annotations on label errors (CSV/TSV). */
  readonly headerLine?: number;
  readonly batches: AsyncIterable<ColumnBatch>;
  /** Keys that appeared in some records but not in the header (JSON Lines), with the line first seen. */
  readonly unexpectedKeys?: () => ReadonlyMap<string, number>;
}
