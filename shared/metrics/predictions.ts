// Predictions files (CSV, JSON Lines, Parquet through the shared readers):
// id, label, and a score, per-class scores (score_<class> / prob_<class>)
// or a prediction, plus slice columns. Candidate and baseline are joined by
// id — never by row order — and turned into the task's data.

import { ConfigurationError } from '../errors.js';
import { textCell, type Cell, type ColumnBatch, type TextCells } from '../data/batch.js';
import { openTable } from '../data/table.js';
import type { UserFile } from '../io/user-file.js';
import { parseDecimalRange } from '../schema/numbers.js';
import type { BinaryData } from './binary.js';
import type { MulticlassData } from './multiclass.js';
import type { RegressionData } from './regression.js';

export type { Task } from '../vocabulary/comparison.js';
import type { Task } from '../vocabulary/comparison.js';

export interface PredictionColumns {
  id: string;
  label: string;
  /** One score column (binary probability/score, or regression prediction). */
  score?: string;
  /** Hard prediction column (a class, or a regression value). */
  prediction?: string;
  slices: readonly string[];
}

/**
 * A file's ids as written: strings, or — when every id is a plain integer
 * (digits without a leading zero, at most 15), as row numbers usually are —
 * their values, each id's string made only when asked for (a million ids as
 * strings cost more to make and to collect than the rest of the file).
 */
export type Ids = readonly string[] | IntegerIds;

export class IntegerIds implements Iterable<string> {
  private stored: Float64Array | undefined;
  private constructor(
    readonly length: number,
    /** Set when the ids are first, first + 1, …: none is stored. */
    readonly first: number | undefined,
    values: Float64Array | undefined,
  ) {
    this.stored = values;
  }
  static of(values: Float64Array): IntegerIds {
    return new IntegerIds(values.length, undefined, values);
  }
  static consecutive(first: number, length: number): IntegerIds {
    return new IntegerIds(length, first, undefined);
  }
  get values(): Float64Array {
    if (this.stored === undefined) {
      const values = new Float64Array(this.length);
      for (let i = 0; i < values.length; i++) values[i] = this.first! + i;
      this.stored = values;
    }
    return this.stored;
  }
  /** The i-th id as written (String of a plain integer is its spelling). */
  at(i: number): string {
    return String(this.stored !== undefined ? this.stored[i]! : this.first! + i);
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/**
 * A file's labels as compared (see canonicalLabel): strings, or — when the
 * file has few distinct labels, as a classifier's do — a code per row into
 * the distinct labels (a byte a row, where an array holds a reference).
 */
export type Labels = readonly string[] | CodedLabels;

/** At most this many distinct labels are coded (a byte each). */
const MAX_CODED_LABELS = 256;

export class CodedLabels implements Iterable<string> {
  constructor(
    /** codes[i]: row i's label, as an index into names. */
    readonly codes: Uint8Array,
    /** The distinct labels (canonical, each once). */
    readonly names: readonly string[],
  ) {}
  get length(): number {
    return this.codes.length;
  }
  at(i: number): string {
    return this.names[this.codes[i]!]!;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.codes.length; i++) yield this.at(i);
  }
}

/** The labels as strings. */
function labelStrings(labels: Labels): readonly string[] {
  return labels instanceof CodedLabels ? Array.from(labels) : labels;
}

/** Each row's line in its file (undefined where the format has none, as in Parquet). */
export type RowLines = Iterable<number | undefined> & { readonly length: number; at(row: number): number | undefined };

/** Lines first, first + 1, …: one record a line, as most files are; none stored. */
class ConsecutiveLines implements RowLines {
  constructor(
    private readonly first: number,
    readonly length: number,
  ) {}
  at(row: number): number | undefined {
    return row >= 0 && row < this.length ? this.first + row : undefined;
  }
  *[Symbol.iterator](): Iterator<number> {
    for (let row = 0; row < this.length; row++) yield this.first + row;
  }
}

/** The ids as strings. */
function idStrings(ids: Ids): readonly string[] {
  return ids instanceof IntegerIds ? Array.from(ids) : ids;
}

export interface PredictionsFile {
  file: string;
  sha256: string;
  ids: Ids;
  /** Set by the reader when it saw the ids are distinct (row numbers: digits only, increasing), so a join need not look for repeats. */
  distinctIds?: true;
  labels: Labels;
  /** Each row's line in its file (undefined where the format has none, as in Parquet). */
  lines: RowLines;
  score?: Float64Array;
  /** Per-class score columns, by class name. */
  classScores?: { classes: string[]; columns: Float64Array[] };
  prediction?: string[];
  slices: Record<string, string[]>;
}

const CLASS_COLUMN = /^(?:score|prob)_(.+)$/;

function text(cell: Cell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

export async function readPredictionsFile(file: UserFile, columns: PredictionColumns): Promise<PredictionsFile> {
  const displayPath = file.display;
  const table = await openTable(file);
  const header = table.header;
  const at = (name: string) => header.indexOf(name);
  const need = (name: string, what: string) => {
    const i = at(name);
    if (i < 0) throw new ConfigurationError(`has no ${what} column "${name}" (columns: ${header.join(', ')})`, { file: displayPath, line: table.headerLine });
    return i;
  };
  const idAt = need(columns.id, 'id');
  const labelAt = need(columns.label, 'label');
  const scoreAt = columns.score ? at(columns.score) : -1;
  if (columns.score && scoreAt < 0 && columns.score !== 'score') need(columns.score, 'score');
  const predictionAt = columns.prediction ? at(columns.prediction) : -1;
  const classColumns = header.map((h, i) => ({ h, i, m: CLASS_COLUMN.exec(h) })).filter((c) => c.m && c.i !== scoreAt);
  const sliceAt = columns.slices.map((s) => need(s, 'slice'));
  const rows = new ReadRows();
  const classValues = classColumns.map(() => new GrowingColumn(Float64Array));
  const predictions: string[] = [];
  const slices: string[][] = columns.slices.map(() => []);
  const number = (cell: Cell, name: string, line: number | undefined, row: number) => {
    const value = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
    if (!Number.isFinite(value)) {
      throw new ConfigurationError(`${name} ${JSON.stringify(text(cell) ?? null)} in row ${row} is not a finite number`, { file: displayPath, line });
    }
    return value;
  };
  // Labels repeat: each distinct spelling is made canonical once.
  const canonical = new Map<string, string>();
  const label = (written: string) => {
    let c = canonical.get(written);
    if (c === undefined) {
      c = canonicalLabel(written);
      if (canonical.size < 4096) canonical.set(written, c);
    }
    return c;
  };
  // One batch at a time in a plain function: V8 optimizes it (and its loops) as it would not
  // the loop of this async function, which runs once and resumes at every batch.
  let first = true;
  const readBatch = (batch: ColumnBatch): void => {
    if (first) {
      // Room for the rows the file seems to hold, made once: growing by doubling copies, and fresh memory costs a page fault per 4 KiB.
      first = false;
      const expected = table.estimateRows?.(batch);
      if (expected !== undefined && expected < 1e8) rows.expect(Math.ceil(expected * 1.05));
    }
    const cells = batch.text;
    // CSV/TSV: the cells are read in place (batch.text), not through batch.columns, which
    // would make a string of every cell; numbers are parsed from the text as Number() would.
    const width = cells ? cells.starts.length : 0;
    const cols = cells ? undefined : batch.columns;
    const cellAt = cells ? (c: number, r: number): Cell => textCell(cells, width, c, r) : (c: number, r: number): Cell => cols![c]![r]!;
    const numberAt = cells
      ? (c: number, r: number, name: string, line: number | undefined, row: number): number => {
          if (cells.special === undefined || !cells.special.has(r * width + c)) {
            const value = parseDecimalRange(cells.text, cells.starts[c]![r]!, cells.ends[c]![r]!);
            if (value !== undefined && Number.isFinite(value)) return value;
          }
          return number(cellAt(c, r), name, line, row);
        }
      : (c: number, r: number, name: string, line: number | undefined, row: number): number => number(cols![c]![r]!, name, line, row);
    if (cells && cells.special === undefined && predictionAt < 0 && classColumns.length === 0 && sliceAt.length === 0) {
      // The common shape (id, label, score), no quoted cell with escapes in this batch: one tight loop.
      readPlainBatch(rows, cells, batch, idAt, labelAt, scoreAt, label, (cell, line, row) => number(cell, columns.score!, line, row), displayPath);
      return;
    }
    rows.increasing = false; // not looked at on this path
    const idTexts = rows.idStrings(rows.lines.size);
    rows.writeConsecutiveLines();
    for (let r = 0; r < batch.size; r++) {
      const line = batch.lines?.[r];
      const row = batch.firstRow + r;
      const id = text(cellAt(idAt, r));
      const written = text(cellAt(labelAt, r));
      if (id === undefined || id === '') throw new ConfigurationError(`row ${row} has no id`, { file: displayPath, line });
      if (written === undefined || written === '') throw new ConfigurationError(`row ${row} (id ${id}) has no label`, { file: displayPath, line });
      idTexts.push(id);
      rows.pushLabel(label(written));
      rows.lines.push(line ?? 0);
      if (scoreAt >= 0) rows.scores.push(numberAt(scoreAt, r, columns.score!, line, row));
      for (let k = 0; k < classColumns.length; k++) classValues[k]!.push(numberAt(classColumns[k]!.i, r, classColumns[k]!.h, line, row));
      if (predictionAt >= 0) {
        const p = text(cellAt(predictionAt, r));
        if (p === undefined || p === '') throw new ConfigurationError(`row ${row} (id ${id}) has no prediction`, { file: displayPath, line });
        predictions.push(label(p));
      }
      for (let k = 0; k < sliceAt.length; k++) slices[k]!.push(text(cellAt(sliceAt[k]!, r)) ?? '');
    }
  };
  for await (const batch of table.batches) readBatch(batch);
  const ids = rows.allIds();
  return {
    file: displayPath,
    sha256: table.digest().sha256,
    ids,
    ...(rows.increasing && ids.length > 0 ? { distinctIds: true as const } : {}),
    labels: rows.allLabels(),
    lines: rows.consecutiveLines && rows.lines.size > 0 ? new ConsecutiveLines(rows.firstLine, rows.lines.size) : lineNumbers(rows.lines.values()),
    score: scoreAt >= 0 ? rows.scores.values() : undefined,
    classScores: classColumns.length >= 2 ? { classes: classColumns.map((c) => canonicalLabel(c.m![1]!)), columns: classValues.map((v) => v.values()) } : undefined,
    prediction: predictionAt >= 0 ? predictions : undefined,
    slices: Object.fromEntries(columns.slices.map((s, k) => [s, slices[k]!])),
  };
}

/** The rows read so far, column by column. */
class ReadRows {
  /**
   * The ids' values while every id so far is a plain integer (see Ids), then
   * undefined and the ids are `ids`. While the ids are consecutive (firstId,
   * firstId + 1, …: row numbers) nothing is written to it.
   */
  idValues: GrowingColumn<Float64Array> | undefined = new GrowingColumn(Float64Array);
  consecutiveIds = true;
  firstId = 0;
  ids: string[] = [];
  /** Whether every id so far is digits only (at most 15) and, as a number, greater than the one before: then no two are equal. */
  increasing = true;
  lastId = -1;
  /** The labels' codes while the file has at most MAX_CODED_LABELS distinct labels (see Labels), then undefined and the labels are `labels`. */
  labelCodes: GrowingColumn<Uint8Array> | undefined = new GrowingColumn(Uint8Array);
  readonly labelNames: string[] = [];
  private readonly labelCode = new Map<string, number>();
  labels: string[] = [];
  /**
   * Each row's line, 0 for none; its size is the rows read. While the lines
   * are consecutive (firstLine, firstLine + 1, …) nothing is written to it.
   */
  readonly lines = new GrowingColumn(Int32Array);
  consecutiveLines = true;
  firstLine = 0;
  readonly scores = new GrowingColumn(Float64Array);

  /** Room for `rows` rows in all (a guess: more still fit). */
  expect(rows: number): void {
    this.lines.reserve(rows - this.lines.size);
    this.scores.reserve(rows - this.scores.size);
    this.idValues?.reserve(rows - this.idValues.size);
    this.labelCodes?.reserve(rows - this.labelCodes.size);
  }

  /** The code of a (canonical) label, or -1 when there are too many to code: then the labels are strings from now on. */
  codeOf(label: string): number {
    let code = this.labelCode.get(label);
    if (code === undefined) {
      if (this.labelNames.length === MAX_CODED_LABELS) {
        this.labelStrings();
        return -1;
      }
      code = this.labelNames.length;
      this.labelNames.push(label);
      this.labelCode.set(label, code);
    }
    return code;
  }

  /** The labels as strings from now on. */
  labelStrings(): string[] {
    if (this.labelCodes !== undefined) {
      const names = this.labelNames;
      this.labels = Array.from(this.labelCodes.values(), (code) => names[code]!);
      this.labelCodes = undefined;
    }
    return this.labels;
  }

  pushLabel(label: string): void {
    const code = this.labelCodes !== undefined ? this.codeOf(label) : -1;
    if (code >= 0) this.labelCodes!.push(code);
    else this.labels.push(label);
  }

  allLabels(): Labels {
    return this.labelCodes !== undefined ? new CodedLabels(this.labelCodes.values(), this.labelNames) : this.labels;
  }

  /** Stops keeping consecutive ids unwritten: writes the first `count`. */
  writeConsecutiveIds(count: number): void {
    if (!this.consecutiveIds || this.idValues === undefined) return;
    const values = this.idValues.reserve(count - this.idValues.size);
    for (let k = 0; k < count; k++) values[k] = this.firstId + k;
    this.idValues.size = count;
    this.consecutiveIds = false;
  }

  /** Stops keeping consecutive lines unwritten: writes those of the rows read. */
  writeConsecutiveLines(): void {
    if (!this.consecutiveLines) return;
    const lines = this.lines.reserve(0);
    for (let k = 0; k < this.lines.size; k++) lines[k] = this.firstLine + k;
    this.consecutiveLines = false;
  }

  /** The ids as strings from now on (`read`: how many rows' ids are read). */
  idStrings(read: number): string[] {
    if (this.idValues !== undefined) {
      this.writeConsecutiveIds(read);
      this.ids = Array.from(this.idValues.values(), String);
      this.idValues = undefined;
    }
    return this.ids;
  }

  /** The ids read. */
  allIds(): Ids {
    if (this.idValues === undefined || this.lines.size === 0) return this.ids;
    return this.consecutiveIds ? IntegerIds.consecutive(this.firstId, this.lines.size) : IntegerIds.of(this.idValues.values());
  }
}

/**
 * The common shape — id, label and score columns, no other column read, no
 * quoted cell with escapes in the batch — read straight from the text in one
 * loop of local variables (in the reader's closure, every row's update of
 * its state was a context store, a double a heap number each time), the
 * columns' arrays made room for once per batch.
 */
function readPlainBatch(
  rows: ReadRows, cells: TextCells, batch: ColumnBatch, idAt: number, labelAt: number, scoreAt: number,
  label: (written: string) => string, badScore: (cell: string, line: number | undefined, row: number) => number, displayPath: string,
): void {
  const n = batch.size;
  const source = cells.text;
  const idStarts = cells.starts[idAt]!;
  const idEnds = cells.ends[idAt]!;
  const labelStarts = cells.starts[labelAt]!;
  const labelEnds = cells.ends[labelAt]!;
  const scoreStarts = scoreAt >= 0 ? cells.starts[scoreAt]! : undefined;
  const scoreEnds = scoreAt >= 0 ? cells.ends[scoreAt]! : undefined;
  const batchLines = batch.lines;
  const base = rows.lines.size;
  const lineData = rows.lines.reserve(n);
  if (rows.consecutiveLines && batchLines !== undefined && n > 0) {
    if (base === 0) rows.firstLine = batchLines[0]!;
    const firstLine = rows.firstLine;
    let r = 0;
    while (r < n && batchLines[r] === firstLine + base + r) r++;
    if (r < n) rows.writeConsecutiveLines();
  } else rows.writeConsecutiveLines();
  if (!rows.consecutiveLines && batchLines) for (let r = 0; r < n; r++) lineData[base + r] = batchLines[r] ?? 0;
  const scoreData = scoreStarts !== undefined ? rows.scores.reserve(n) : undefined;
  let idData = rows.idValues?.reserve(n);
  let consecutive = rows.consecutiveIds;
  const firstId = base === 0 && n > 0 ? plainInteger(source, idStarts[0]!, idEnds[0]!) : rows.firstId;
  if (base === 0) rows.firstId = firstId;
  let labelData = rows.labelCodes?.reserve(n);
  let increasing = rows.increasing;
  let lastId = rows.lastId;
  let lastFrom = -1;
  let lastTo = -1;
  let lastLabel = '';
  let lastCode = -1;
  for (let r = 0; r < n; r++) {
    const idFrom = idStarts[r]!;
    const idTo = idEnds[r]!;
    const from = labelStarts[r]!;
    const to = labelEnds[r]!;
    if (idTo === idFrom || to === from) {
      const line = batchLines?.[r];
      const row = batch.firstRow + r;
      if (idTo === idFrom) throw new ConfigurationError(`row ${row} has no id`, { file: displayPath, line });
      throw new ConfigurationError(`row ${row} (id ${source.slice(idFrom, idTo)}) has no label`, { file: displayPath, line });
    }
    if (idData !== undefined) {
      const value = plainInteger(source, idFrom, idTo);
      if (value >= 0) {
        if (consecutive && value !== firstId + base + r) {
          rows.writeConsecutiveIds(base + r);
          consecutive = false;
        }
        if (!consecutive) idData[base + r] = value;
        if (value <= lastId) increasing = false;
        lastId = value;
      } else {
        if (!consecutive) rows.idValues!.size = base + r;
        rows.idStrings(base + r);
        consecutive = false;
        idData = undefined;
      }
    }
    if (idData === undefined) {
      rows.ids.push(source.slice(idFrom, idTo));
      if (increasing) {
        let value = 0;
        if (idTo - idFrom > 15) increasing = false;
        for (let k = idFrom; increasing && k < idTo; k++) {
          const d = source.charCodeAt(k) - 48;
          if (d < 0 || d > 9) increasing = false;
          value = value * 10 + d;
        }
        if (value <= lastId) increasing = false;
        lastId = value;
      }
    }
    // The same spelling as the row before (labels repeat): no string to make.
    if (to - from !== lastTo - lastFrom || !sameText(source, from, lastFrom, to - from)) {
      lastLabel = label(source.slice(from, to));
      if (labelData !== undefined) {
        rows.labelCodes!.size = base + r;
        lastCode = rows.codeOf(lastLabel);
        if (lastCode < 0) labelData = undefined;
      }
    }
    lastFrom = from;
    lastTo = to;
    if (labelData !== undefined) labelData[base + r] = lastCode;
    else rows.labels.push(lastLabel);
    if (scoreData !== undefined) {
      const from = scoreStarts![r]!;
      const to = scoreEnds![r]!;
      if (!plainDecimalInto(source, from, to, scoreData, base + r)) {
        const value = parseDecimalRange(source, from, to);
        scoreData[base + r] = value !== undefined && Number.isFinite(value) ? value : badScore(source.slice(from, to), batchLines?.[r], batch.firstRow + r);
      }
    }
  }
  rows.lines.size = base + n;
  if (scoreData !== undefined) rows.scores.size = base + n;
  if (idData !== undefined && !consecutive) rows.idValues!.size = base + n;
  if (labelData !== undefined) rows.labelCodes!.size = base + n;
  rows.consecutiveIds = consecutive;
  rows.increasing = increasing;
  rows.lastId = lastId;
}

const POW10 = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));

/**
 * The common spelling of a score, `-?\d*\.?\d*` with at most 15 digits and
 * nothing else (no space, no exponent): the digits are an exact integer and
 * the value one correctly rounded division by an exact power of ten, which is
 * what Number() returns. Writes it to out[at] and says true; anything else:
 * false (the caller parses it fully).
 */
function plainDecimalInto(text: string, from: number, to: number, out: Float64Array, at: number): boolean {
  if (to - from > 17) return false;
  let i = from;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
    } else if (c === 46 && point < 0) point = i;
    else return false;
  }
  if (digits === 0 || digits > 15) return false;
  const value = point < 0 || point === to - 1 ? mantissa : mantissa / POW10[to - point - 1]!;
  out[at] = negative ? -value : value;
  return true;
}

/** The value of text[from, to) when it is a plain integer (digits, no leading zero, at most 15), else -1. */
function plainInteger(text: string, from: number, to: number): number {
  const length = to - from;
  if (length > 15 || (length > 1 && text.charCodeAt(from) === 48)) return -1;
  let value = 0;
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return length === 0 ? -1 : value;
}

/** text[a, a + length) equals text[b, b + length). */
function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** A typed array that grows by doubling: no array of boxed numbers on the way. */
class GrowingColumn<T extends Float64Array | Int32Array | Uint8Array> {
  private data: T;
  size = 0;
  constructor(private readonly type: new (length: number) => T) {
    this.data = new type(1024);
  }
  /** The array to write the next value to, at index `size` (then increment `size`). */
  room(): T {
    if (this.size === this.data.length) {
      const bigger = new this.type(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    return this.data;
  }
  push(value: number): void {
    this.room()[this.size++] = value;
  }
  /** The array, with room for `extra` more values from index `size` (the caller writes them, then adds to `size`). */
  reserve(extra: number): T {
    if (this.size + extra > this.data.length) {
      let length = this.data.length * 2;
      while (length < this.size + extra) length *= 2;
      const bigger = new this.type(length);
      bigger.set(this.data.subarray(0, this.size));
      this.data = bigger;
    }
    return this.data;
  }
  /** The values: a view, not a copy (copying megabytes costs more in page faults than the unused room costs). */
  values(): T {
    return this.data.subarray(0, this.size) as T;
  }
}

/** Line numbers with 0 for "none": as they are when every row has one, else with undefined for 0. */
function lineNumbers(lines: Int32Array): RowLines {
  return lines.includes(0) ? Array.from(lines, (line) => (line === 0 ? undefined : line)) : lines;
}

export interface JoinedPredictions {
  /** Rows in candidate order, both sides aligned. */
  candidate: PredictionsFile;
  baseline: PredictionsFile;
  dropped: { candidateOnly: number; baselineOnly: number };
}

/** Joins baseline rows onto the candidate's by id. */
export function joinById(candidate: PredictionsFile, baseline: PredictionsFile, onMismatch: 'error' | 'drop'): JoinedPredictions {
  if (sameIds(candidate.ids, baseline.ids)) return joinAligned(candidate, baseline);
  const candidateIds = idStrings(candidate.ids);
  const baselineIds = idStrings(baseline.ids);
  const baselineRow = new Map<string, number>();
  baselineIds.forEach((id, i) => {
    if (baselineRow.has(id)) throw new ConfigurationError(`id ${JSON.stringify(id)} appears twice`, { file: baseline.file, line: baseline.lines.at(i) });
    baselineRow.set(id, i);
  });
  const seen = new Set<string>();
  const keepCandidate: number[] = [];
  const keepBaseline: number[] = [];
  const candidateOnly: string[] = [];
  candidateIds.forEach((id, i) => {
    if (seen.has(id)) throw new ConfigurationError(`id ${JSON.stringify(id)} appears twice`, { file: candidate.file, line: candidate.lines.at(i) });
    seen.add(id);
    const j = baselineRow.get(id);
    if (j === undefined) candidateOnly.push(id);
    else {
      keepCandidate.push(i);
      keepBaseline.push(j);
    }
  });
  const baselineOnly = baselineIds.filter((id) => !seen.has(id));
  if ((candidateOnly.length > 0 || baselineOnly.length > 0) && onMismatch === 'error') {
    const few = (ids: string[]) => ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ') + (ids.length > 5 ? `, … (${ids.length})` : '');
    const parts = [];
    if (candidateOnly.length) parts.push(`${candidateOnly.length} id(s) only in the candidate (${candidate.file}): ${few(candidateOnly)}`);
    if (baselineOnly.length) parts.push(`${baselineOnly.length} id(s) only in the baseline (${baseline.file}): ${few(baselineOnly)}`);
    throw new ConfigurationError(`candidate and baseline predictions are not on the same rows: ${parts.join('; ')}. Set on-mismatch: drop to compare on the common rows.`);
  }
  const candidateLabels = labelStrings(candidate.labels);
  const baselineLabels = labelStrings(baseline.labels);
  const mismatched = keepCandidate.filter((i, k) => candidateLabels[i] !== baselineLabels[keepBaseline[k]!]);
  if (mismatched.length > 0) {
    const i = mismatched[0]!;
    throw new ConfigurationError(
      `${mismatched.length} id(s) have different labels in the candidate and the baseline, e.g. id ${JSON.stringify(candidateIds[i])}: ${JSON.stringify(candidateLabels[i])} vs ${JSON.stringify(baselineLabels[keepBaseline[keepCandidate.indexOf(i)]!])}`,
      { file: candidate.file, line: candidate.lines.at(i) },
    );
  }
  return { candidate: pick(candidate, keepCandidate), baseline: pick(baseline, keepBaseline), dropped: { candidateOnly: candidateOnly.length, baselineOnly: baselineOnly.length } };
}

function sameIds(a: Ids, b: Ids): boolean {
  if (a.length !== b.length) return false;
  if (a instanceof IntegerIds && b instanceof IntegerIds) {
    if (a.first !== undefined && b.first !== undefined) return a.first === b.first;
    const x = a.values;
    const y = b.values;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  const x = idStrings(a);
  const y = idStrings(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * Both files list the same ids in the same order (both written from one
 * evaluation set): the join is the identity. The same errors as the general
 * join, in its order: a duplicate id (reported on the baseline, which the
 * general join indexes first), then labels that differ.
 */
function joinAligned(candidate: PredictionsFile, baseline: PredictionsFile): JoinedPredictions {
  const ids = baseline.ids;
  // Plain integers are equal exactly when their values are.
  const repeat = baseline.distinctIds || candidate.distinctIds ? -1 : firstRepeat(ids instanceof IntegerIds ? ids.values : ids);
  if (repeat >= 0) throw new ConfigurationError(`id ${JSON.stringify(ids.at(repeat))} appears twice`, { file: baseline.file, line: baseline.lines.at(repeat) });
  const { mismatched, first } = differentLabels(candidate.labels, baseline.labels);
  if (mismatched > 0) {
    throw new ConfigurationError(
      `${mismatched} id(s) have different labels in the candidate and the baseline, e.g. id ${JSON.stringify(candidate.ids.at(first))}: ${JSON.stringify(candidate.labels.at(first))} vs ${JSON.stringify(baseline.labels.at(first))}`,
      { file: candidate.file, line: candidate.lines.at(first) },
    );
  }
  return { candidate: { ...candidate }, baseline: { ...baseline }, dropped: { candidateOnly: 0, baselineOnly: 0 } };
}

/** How many rows have different labels in two files of the same rows, and the first (-1: none). */
function differentLabels(a: Labels, b: Labels): { mismatched: number; first: number } {
  let mismatched = 0;
  let first = -1;
  if (a instanceof CodedLabels && b instanceof CodedLabels) {
    // Codes compared through a table: b's code → a's code for the same label (-1: a has none).
    const x = a.codes;
    const y = b.codes;
    const codeInA = b.names.map((name) => a.names.indexOf(name));
    for (let i = 0; i < x.length; i++) {
      if (codeInA[y[i]!] !== x[i]) {
        if (first < 0) first = i;
        mismatched++;
      }
    }
    return { mismatched, first };
  }
  const x = labelStrings(a);
  const y = labelStrings(b);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) {
      if (first < 0) first = i;
      mismatched++;
    }
  }
  return { mismatched, first };
}

/** The index of the first id equal to an earlier one, or -1. */
function firstRepeat(ids: ArrayLike<string | number>): number {
  // A Set: an open-addressing table of row numbers keyed by a hash of the characters
  // took two to four times as long at a million ids (a cache miss per probe).
  const seen = new Set<string | number>();
  for (let i = 0; i < ids.length; i++) {
    const size = seen.size;
    seen.add(ids[i]!);
    if (seen.size === size) return i;
  }
  return -1;
}

export function pick(file: PredictionsFile, rows: readonly number[]): PredictionsFile {
  const take = <T>(a: readonly T[]) => rows.map((i) => a[i]!);
  const takeF = (a: Float64Array) => Float64Array.from(rows, (i) => a[i]!);
  return {
    ...file,
    ids: file.ids instanceof IntegerIds ? IntegerIds.of(takeF(file.ids.values)) : take(file.ids),
    distinctIds: undefined,
    labels: file.labels instanceof CodedLabels ? new CodedLabels(Uint8Array.from(rows, (i) => (file.labels as CodedLabels).codes[i]!), file.labels.names) : take(file.labels),
    lines: lineNumbers(Int32Array.from(rows, (i) => file.lines.at(i) ?? 0)),
    score: file.score && takeF(file.score),
    classScores: file.classScores && { classes: file.classScores.classes, columns: file.classScores.columns.map(takeF) },
    prediction: file.prediction && take(file.prediction),
    slices: Object.fromEntries(Object.entries(file.slices).map(([k, v]) => [k, take(v)])),
  };
}

export interface TaskOptions {
  task?: Task;
  posLabel?: string;
  threshold: number;
}

export type TaskData =
  | { task: 'binary'; posLabel: string; data: BinaryData; probabilities: boolean }
  | { task: 'multiclass'; data: MulticlassData }
  | { task: 'regression'; data: RegressionData };

const isNumeric = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));

const NUMBER_SPELLING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The class a label names, as labels are compared: spellings of one number
 * (`1`, `1.0`, `1.00`, `1e0`, `+1`) are one class, written as the shortest
 * number (`1`; `-0` is `0`); `true`/`True`/`TRUE` (and false) are one class,
 * written in lower case. Any other label is itself. pandas writes a float
 * column's 1 as `1.0`, Parquet hands booleans over as true/false.
 */
export function canonicalLabel(label: string): string {
  const t = label.trim();
  if (/^(?:true|false)$/i.test(t)) return t.toLowerCase();
  // Long digit strings (account numbers, codes) are names, not numbers: a double would merge them.
  if (NUMBER_SPELLING.test(t) && significantDigits(t) <= 15) {
    const n = Number(t);
    if (Number.isFinite(n)) return String(n);
  }
  return label;
}

function significantDigits(number: string): number {
  let digits = number.replace(/e.*$/i, '').replace(/[^\d.]/g, '');
  if (digits.includes('.')) digits = digits.replace(/0+$/, '');
  return digits.replace('.', '').replace(/^0+/, '').length;
}

/** The distinct labels, in order of first appearance. Labels come in runs of one spelling (one string, as read): only a change of label is looked up. */
function distinctLabels(labels: Labels): string[] {
  if (labels instanceof CodedLabels) {
    const codes = labels.codes;
    const seen = new Uint8Array(labels.names.length);
    const distinct: string[] = [];
    for (let i = 0; i < codes.length && distinct.length < seen.length; i++) {
      if (seen[codes[i]!] === 0) {
        seen[codes[i]!] = 1;
        distinct.push(labels.names[codes[i]!]!);
      }
    }
    return distinct;
  }
  const seen = new Set<string>();
  let last: string | undefined;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label !== last) {
      seen.add(label);
      last = label;
    }
  }
  return [...seen];
}

/**
 * A positive class the user named must be one of the labels: `--pos-label
 * yes` on 0/1 labels would silently count every row as negative. (A file
 * with one label only may lack it: its rows are all of the other class.)
 */
function checkPositiveLabel(file: PredictionsFile, written: string, posLabel: string): void {
  const distinct = distinctLabels(file.labels).sort();
  if (distinct.length >= 2 && !distinct.includes(posLabel)) {
    throw new ConfigurationError(
      `pos-label ${JSON.stringify(written)} names no label of this file (labels found: ${distinct.slice(0, 10).map((d) => JSON.stringify(d)).join(', ')}${distinct.length > 10 ? `, … (${distinct.length})` : ''})`,
      { file: file.file },
    );
  }
}

/** Decides the task when it is unambiguous; otherwise says what to set. */
export function inferTask(file: PredictionsFile, given?: Task): Task {
  if (given) return given;
  if (file.classScores) return 'multiclass';
  const distinct = distinctLabels(file.labels);
  if (distinct.length <= 2 && (file.score || file.prediction)) return 'binary';
  const numericLabels = distinct.every(isNumeric);
  if (numericLabels && (file.prediction?.every(isNumeric) || (file.score && !file.prediction))) return 'regression';
  if (!numericLabels && file.prediction) return 'multiclass';
  throw new ConfigurationError(`cannot tell the task from the columns; set task to binary, multiclass or regression`, { file: file.file });
}

export function toTaskData(file: PredictionsFile, task: Task, options: TaskOptions, classesHint?: readonly string[]): TaskData {
  const n = file.labels.length;
  if (task === 'binary') {
    const posLabel = options.posLabel !== undefined ? canonicalLabel(options.posLabel) : defaultPositive(file);
    if (options.posLabel !== undefined) checkPositiveLabel(file, options.posLabel, posLabel);
    const y = new Uint8Array(n);
    if (file.labels instanceof CodedLabels) {
      const positive = Uint8Array.from(file.labels.names, (name) => (name === posLabel ? 1 : 0));
      const codes = file.labels.codes;
      for (let i = 0; i < n; i++) y[i] = positive[codes[i]!]!;
    } else for (let i = 0; i < n; i++) y[i] = file.labels[i] === posLabel ? 1 : 0;
    const score = file.score ?? (file.classScores ? file.classScores.columns[file.classScores.classes.indexOf(posLabel)] : undefined);
    const pred = new Uint8Array(n);
    if (file.prediction) for (let i = 0; i < n; i++) pred[i] = file.prediction[i] === posLabel ? 1 : 0;
    else if (score) for (let i = 0; i < n; i++) pred[i] = score[i]! >= options.threshold ? 1 : 0;
    else throw new ConfigurationError('binary predictions need a score or a prediction column', { file: file.file });
    let probabilities = score !== undefined;
    for (let i = 0; probabilities && i < n; i++) probabilities = score![i]! >= 0 && score![i]! <= 1;
    return { task, posLabel, data: { y, pred, score }, probabilities };
  }
  if (task === 'multiclass') {
    const classes = [...(classesHint ?? file.classScores?.classes ?? [])];
    for (const label of distinctLabels(file.labels)) if (!classes.includes(label)) classes.push(label);
    if (file.prediction) for (const p of file.prediction) if (!classes.includes(p)) classes.push(p);
    const index = new Map(classes.map((c, k) => [c, k]));
    const y = file.labels instanceof CodedLabels ? codesAsIndices(file.labels, index) : Int32Array.from(file.labels, (l) => index.get(l)!);
    let proba: Float64Array[] | undefined;
    if (file.classScores) {
      proba = classes.map((c) => {
        const k = file.classScores!.classes.indexOf(c);
        return k >= 0 ? file.classScores!.columns[k]! : new Float64Array(n);
      });
    }
    let pred: Int32Array;
    if (file.prediction) pred = Int32Array.from(file.prediction, (p) => index.get(p)!);
    else if (proba) {
      pred = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        let best = 0;
        for (let k = 1; k < proba.length; k++) if (proba[k]![i]! > proba[best]![i]!) best = k;
        pred[i] = best;
      }
    } else throw new ConfigurationError('multiclass predictions need per-class score columns (score_<class>) or a prediction column', { file: file.file });
    return { task, data: { classes, y, pred, proba } };
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = file.labels.at(i)!;
    if (!isNumeric(label)) throw new ConfigurationError(`label ${JSON.stringify(label)} is not a number (task regression)`, { file: file.file, line: file.lines.at(i) });
    y[i] = Number(label);
  }
  let pred: Float64Array;
  if (file.prediction) {
    pred = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!isNumeric(file.prediction[i]!)) throw new ConfigurationError(`prediction ${JSON.stringify(file.prediction[i])} is not a number (task regression)`, { file: file.file, line: file.lines.at(i) });
      pred[i] = Number(file.prediction[i]);
    }
  } else if (file.score) pred = file.score;
  else throw new ConfigurationError('regression predictions need a prediction (or score) column', { file: file.file });
  return { task, data: { y, pred } };
}

/** Each row's label as its index in `index`. */
function codesAsIndices(labels: CodedLabels, index: ReadonlyMap<string, number>): Int32Array {
  const byCode = labels.names.map((name) => index.get(name)!);
  const codes = labels.codes;
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = byCode[codes[i]!]!;
  return out;
}

function defaultPositive(file: PredictionsFile): string {
  const distinct = distinctLabels(file.labels).sort();
  for (const positive of ['1', 'true', 'True', 'TRUE', 'yes', 'positive']) if (distinct.includes(positive)) return positive;
  if (distinct.length === 1 && ['0', 'false', 'False', 'no', 'negative'].includes(distinct[0]!)) {
    return { '0': '1', false: 'true', False: 'True', no: 'yes', negative: 'positive' }[distinct[0]!]!;
  }
  throw new ConfigurationError(`cannot tell the positive class among labels ${distinct.map((d) => JSON.stringify(d)).join(', ')}; set pos-label`, { file: file.file });
}
