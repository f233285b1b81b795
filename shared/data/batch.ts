// Column batches: what every reader yields. Column-major so that validators
// and profilers run one tight loop per column. Text formats (CSV/TSV) also
// expose their cells as offsets into the chunk text, so hot loops can parse
// numbers and dates without allocating a string per cell.

export type Cell = string | number | boolean | bigint | Date | null | readonly unknown[] | { readonly [key: string]: unknown };

export interface TextCells {
  /** The decoded chunk the offsets point into. */
  readonly text: string;
  /** Per column, the start and end offset of each record's cell (the first `size` entries; the arrays may be longer). */
  readonly starts: readonly Int32Array[];
  readonly ends: readonly Int32Array[];
  /** The delimiter, so that in-place matching knows what may end a cell. */
  readonly delimiter: string;
  /** Cells whose value is not the plain slice (doubled quotes, text after a closing quote), by row * width + column. */
  readonly special: ReadonlyMap<number, string> | undefined;
  /** Cells a short row does not have (`missing-cell`), by row * width + column: read as missing values. */
  readonly absent?: ReadonlySet<number>;
}

/**
 * A row whose shape is not the header's, as Frictionless reports it: a blank
 * row (every cell empty; not a record, no other error), a row with more cells
 * than the header (`extra-cell`) or fewer (`missing-cell`; the absent cells
 * read as missing values). Rows with extra or missing cells are records.
 */
export interface RowIssue {
  readonly type: 'blank-row' | 'extra-cell' | 'missing-cell';
  /** The record number (a blank row holds none: the number of the record after it). */
  readonly row: number;
  readonly line: number;
  /** The record's index in its batch (not for blank rows). */
  readonly index?: number;
  /** How many cells the row has. */
  readonly cells: number;
  /** The first extra cell's text (extra-cell). */
  readonly cell?: string;
}

/**
 * A batch is valid until the batch after the next one is read: text readers
 * reuse their offset arrays (flat memory, no garbage per batch). Copy what
 * must outlive that; materialized `columns` are plain strings and safe to keep.
 */
export interface ColumnBatch {
  /** One array per header column, each `size` long. CSV/TSV cells are strings, materialized on first access. */
  readonly columns: Cell[][];
  readonly size: number;
  /** 1-based record number of the first record in this batch. */
  readonly firstRow: number;
  /** Physical 1-based line where each record starts (text formats only). */
  readonly lines?: ArrayLike<number>;
  /** Offsets of every cell, for text formats. */
  readonly text?: TextCells;
  /** Rows of this batch (and blank rows before its end) whose shape is not the header's. */
  readonly issues?: readonly RowIssue[];
}

/** The string value of one text cell. */
export function textCell(cells: TextCells, width: number, column: number, row: number): string {
  if (cells.special !== undefined) {
    const special = cells.special.get(row * width + column);
    if (special !== undefined) return special;
  }
  return cells.text.slice(cells.starts[column]![row]!, cells.ends[column]![row]!);
}

export interface TableStream {
  readonly header: readonly string[];
  /** Line of the header, for annotations on label errors (CSV/TSV). */
  readonly headerLine?: number;
  /** The file has no header row (dialect header: false): the columns are the schema's fields by position, and have no labels to check. */
  readonly noHeader?: boolean;
  readonly batches: AsyncIterable<ColumnBatch>;
  /** Keys that appeared in some records but not in the header (JSON Lines), with the line first seen. */
  readonly unexpectedKeys?: () => ReadonlyMap<string, number>;
  /** Stops reading before the end (releases the file). */
  readonly close?: () => Promise<void>;
}
