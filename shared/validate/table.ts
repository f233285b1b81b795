// validateTable: streams one table through a compiled schema. Every cell is
// counted (no sample limit on counts); only the error details kept for the
// report are capped. Split in two so a sharded run can merge: tallyTable
// counts (and profiles) in one pass, finishTable turns the counts — one
// table's, or the sum of its shards' — into the verdict. Table-level checks
// (row count, keys, missing rates, `mostly`) always run on the full counts.

import { textCell, type Cell, type ColumnBatch } from '../data/batch.js';
import type { OpenTable } from '../data/table.js';
import { ConfigurationError } from '../errors.js';
import type { Check, DataError, Status, TableSummary, TableTally } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import {
  FAST_BOOLEAN, FAST_DATE, FAST_DATETIME, FAST_INTEGER, FAST_NUMBER, FAST_STRING, INTEGER_PATTERN, INVALID, NUMBER_PATTERN,
  lengthOf, uniqueKeyOf, type CastValue, type CompiledField, type ConstraintName,
} from '../schema/fields.js';
import { parseIsoDate, parseIsoDateRange, parseIsoDatetime, parseIsoDatetimeRange } from '../schema/temporal.js';
import { parseDecimalRange, parseIntegerRange } from '../schema/numbers.js';
import type { CompiledSchema } from '../schema/load.js';
import { fnv1a, ValueHashSet } from '../profile/hashset.js';
import { KeyHashSet, type KeySet } from './keys.js';
import { formatCastValue, formatCount, formatRate, truncateCell } from './format.js';
import type { ColumnAccumulator, DatasetProfiler } from '../profile/profile.js';

export interface ValidateOptions {
  /** How many error details to keep (counts are never capped). */
  maxErrorSamples?: number;
  /** How many locations each check keeps. */
  maxLocationsPerCheck?: number;
}

export interface TallyOptions extends ValidateOptions {
  /** Profile the columns into this dataset profile (shared by the dataset's files). */
  profile?: DatasetProfiler;
  /** Keep only this shard's rows: row index mod count, or a hash of the `by` column's value mod count. */
  rows?: { index: number; count: number; by?: string };
  /** Called after each batch with the rows read so far (all rows, a shard's or not). */
  onBatch?: (rowsRead: number) => void;
  /** Key sets this table fills for the foreign keys that reference it: the tuples of these fields' values, every row. */
  provide?: ReadonlyArray<ProvidedKeys>;
  /** This table's foreign keys, each with the complete key set of the table it references. */
  foreignKeys?: ReadonlyArray<ForeignKeyCheck>;
  /**
   * The hash set of each unique or key check, by check id: what it returns is
   * used (a byte range of a file starts from the keys of the ranges before
   * it), and it sees every set the table fills. Default: new, empty sets.
   */
  keySet?: (checkId: string) => KeySet;
}

/** The referenced side of foreign keys: filled by tallyTable; `unavailable` when a field is not in the table. */
export interface ProvidedKeys {
  readonly fields: readonly string[];
  readonly set: ValueHashSet;
  unavailable?: boolean;
}

export interface ForeignKeyCheck {
  readonly fields: readonly string[];
  /** The referenced resource's name, '' for this table itself. */
  readonly resource: string;
  readonly referenceFields: readonly string[];
  /** The referenced key tuples (complete); undefined when the referenced table could not be read. */
  readonly set: ValueHashSet | undefined;
}

/** A tuple of cast values as one key: the same on both sides of a foreign key (missing or invalid: a marker). */
function tupleKey(states: readonly FieldState[], r: number): string | undefined {
  let key = '';
  let any = false;
  for (let k = 0; k < states.length; k++) {
    const value = states[k]!.values[r];
    if (k > 0) key += '\u0000';
    if (value === undefined) key += '\u0001';
    else {
      any = true;
      key += uniqueKeyOf(value);
    }
  }
  // All missing: no reference (Frictionless skips it, as it skips such rows of the referenced table).
  return any ? key : undefined;
}

export interface TableValidation {
  summary: TableSummary;
  checks: Check[];
  /** Error details: the first maxErrorSamples by row, in row order. */
  errors: DataError[];
}

type CheckTally = TableTally['checks'][number];

interface FieldState {
  field: CompiledField;
  column: number;
  missing: number;
  /** Non-missing values that failed their type or a constraint (for `mostly`). */
  failed: number;
  min: number;
  max: number;
  typeCheck?: CheckTally;
  requiredCheck?: CheckTally;
  uniqueCheck?: CheckTally;
  constraintChecks: Map<ConstraintName, CheckTally>;
  unique?: KeySet;
  /** A single-field primary key is checked in the column loop, without a second pass. */
  primaryKey?: { set: KeySet; check: CheckTally };
  /** Cast values of this batch, kept only when a key group needs them. */
  keepValues: boolean;
  values: Array<CastValue | undefined>;
  profile?: ColumnAccumulator;
  /** Which loop checks this column's text batches (decided on the first batch): numericTextColumn, stringTextColumn or the general one. */
  textLoop?: 'numeric' | 'string' | 'boolean' | 'general';
}

const NUMERIC_ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const CATEGORICAL = new Set(['string', 'boolean']);

/** Validates and, if asked, profiles one table in one pass; the verdict is `finishTable` of the tally. */
export async function validateTable(table: OpenTable, schema: CompiledSchema, options: ValidateOptions = {}): Promise<TableValidation> {
  const { tally } = await tallyTable(table, schema, options);
  return finishTable(tally, schema, options);
}

/** Row order for error samples and locations: file-level (no row) first, then by row and line. */
export function byRowOrder(a: { row?: number; line?: number }, b: { row?: number; line?: number }): number {
  return (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * The first `max` errors in row order, ties in the order they were found.
 * Cells are checked a column at a time within each batch, so "first found"
 * is not "first by row"; keeping the first by row makes a shard's sample the
 * part of the unsharded sample its rows hold, so merged samples agree.
 * Holds at most 2·max errors; past the cut, an error costs one comparison.
 */
class FirstErrors {
  private items: DataError[] = [];
  private cutRow = Infinity;

  constructor(private readonly max: number) {}

  add(error: DataError): void {
    if (this.max <= 0) return;
    // Full and at or past the last kept row: it would sort after every kept error (found later, no smaller row).
    if ((error.row ?? 0) >= this.cutRow) return;
    this.items.push(error);
    if (this.items.length >= 2 * this.max) this.cut();
  }

  private cut(): void {
    this.items.sort(byRowOrder); // stable: equal rows stay in the order found
    if (this.max > 0 && this.items.length >= this.max) {
      this.items.length = this.max;
      this.cutRow = this.items[this.max - 1]!.row ?? 0;
    }
  }

  toArray(): DataError[] {
    this.cut();
    return this.items;
  }
}

/** One pass over a table: every count the verdict needs, the error samples, and the profile. */
export async function tallyTable(table: OpenTable, schema: CompiledSchema, options: TallyOptions = {}): Promise<{ tally: TableTally }> {
  const maxSamples = options.maxErrorSamples ?? 1000;
  const maxLocations = options.maxLocationsPerCheck ?? 50;
  const file = table.info.display;
  const errors = new FirstErrors(maxSamples);
  const checks: CheckTally[] = [];
  const errorCounts: TableTally['errorCounts'] = { file: {}, rows: {} };

  const newCheck = (id: string, title: string, kind: CheckTally['kind'], extra: Partial<CheckTally> = {}): CheckTally => {
    const check: CheckTally = { id: `${file}#${id}`, title, scope: kind === 'header' ? 'file' : 'rows', kind, tolerable: false, count: 0, locations: [], ...extra };
    checks.push(check);
    return check;
  };
  const record = (check: CheckTally, error: Omit<DataError, 'file' | 'severity'>) => {
    check.count++;
    const counts = errorCounts[check.scope];
    counts[error.type] = (counts[error.type] ?? 0) + 1;
    if (check.locations.length < maxLocations) {
      check.locations.push({ file, line: error.line, row: error.row, field: error.field });
    }
    errors.add({ ...error, file, severity: 'fail' });
  };

  // Key hash sets: the caller's (a byte range after others starts from their keys), else empty.
  const keySet = (id: string): KeySet => options.keySet?.(`${file}#${id}`) ?? new KeyHashSet(1 << 16);

  // Header against the schema.
  const headerCheck = newCheck('header', `Header matches the schema (fieldsMatch: ${schema.fieldsMatch})`, 'header');
  const fieldStates = matchHeader(table, schema, (type, message, field) =>
    record(headerCheck, { type, message, field, line: table.headerLine }),
  );
  const byName = new Map(fieldStates.map((state) => [state.field.name, state]));
  // Row shape (blank rows, extra and missing cells): counted per row, so per shard; a check only once a row breaks it.
  let rowsCheck: CheckTally | undefined;
  const rowsCheckOf = (): CheckTally => {
    if (!rowsCheck) {
      rowsCheck = { id: `${file}#${ROWS_CHECK}`, title: ROWS_CHECK_TITLE, scope: 'rows', kind: 'header', tolerable: false, count: 0, locations: [] };
      checks.splice(checks.indexOf(headerCheck) + 1, 0, rowsCheck);
    }
    return rowsCheck;
  };

  for (const state of fieldStates) {
    const f = state.field;
    const tolerable = f.mostly !== undefined;
    if (f.type !== 'any') state.typeCheck = newCheck(`field:${f.name}:type`, `${f.name}: values are ${f.typeLabel}`, 'type', { field: f.name, tolerable });
    if (f.required) state.requiredCheck = newCheck(`field:${f.name}:required`, `${f.name}: required (no missing values)`, 'required', { field: f.name, constraint: 'required' });
    for (const name of CONSTRAINT_ORDER) {
      if (f.constraintValue(name) === undefined) continue;
      state.constraintChecks.set(name, newCheck(`field:${f.name}:${name}`, `${f.name}: ${describeConstraint(name, f.constraintValue(name))}`, 'constraint', { field: f.name, constraint: name, tolerable }));
    }
    if (f.unique) {
      state.uniqueCheck = newCheck(`field:${f.name}:unique`, `${f.name}: values are unique`, 'unique', { field: f.name, constraint: 'unique', keyFields: [f.name] });
      state.unique = keySet(`field:${f.name}:unique`);
    }
    if (options.profile && (NUMERIC_ORDERED.has(f.type) || CATEGORICAL.has(f.type))) {
      // An identifier's values are all different: its profile counts them but keeps no categories (drift leaves it out).
      const identifier = f.unique || schema.keyGroups.some((g) => g.kind === 'primaryKey' && g.fields.length === 1 && g.fields[0] === f.name);
      state.profile = options.profile.accumulator(f.name, f.type, NUMERIC_ORDERED.has(f.type) ? 'numeric' : identifier ? 'identifier' : 'categorical');
    }
  }
  const keyGroups = schema.keyGroups
    .map((group) => ({
      ...group,
      states: group.fields.map((name) => byName.get(name)),
      set: keySet(group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`),
      check: newCheck(
        group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`,
        `${group.kind === 'primaryKey' ? 'Primary key' : 'Unique key'} (${group.fields.join(', ')}) is unique${group.kind === 'primaryKey' ? ' and complete' : ''}`,
        'key',
        { keyFields: [...group.fields], constraint: group.kind },
      ),
    }))
    .filter((group) => {
      if (group.states.some((s) => s === undefined)) {
        // The header check already reports the missing column; the key cannot be checked.
        group.check.unavailable = true;
        return false;
      }
      if (group.states.length === 1) {
        const state = group.states[0]!;
        // A field both unique and the primary key shares one hash set: a duplicate is both errors.
        if (group.kind === 'primaryKey') state.primaryKey = { set: state.unique ?? group.set, check: group.check };
        else if (!state.unique) {
          state.unique = group.set;
          state.uniqueCheck = group.check;
        } else checks.splice(checks.indexOf(group.check), 1); // the field's own unique check covers it
        return false;
      }
      for (const s of group.states) s!.keepValues = true;
      return true;
    });

  // Foreign keys: this table's tuples looked up in the referenced table's; and the tuples it provides to others.
  const provided = (options.provide ?? []).flatMap((entry) => {
    const states = entry.fields.map((name) => byName.get(name));
    if (states.some((st) => st === undefined)) {
      entry.unavailable = true;
      return [];
    }
    for (const st of states) st!.keepValues = true;
    return [{ entry, states: states as FieldState[] }];
  });
  const foreignKeys = (options.foreignKeys ?? []).flatMap((fk, i) => {
    const target = fk.resource === '' ? 'this table' : `"${fk.resource}"`;
    const check = newCheck(`foreignKey:${i}`, `Foreign key (${fk.fields.join(', ')}) references ${target} (${fk.referenceFields.join(', ')})`, 'key', { constraint: 'foreignKey' });
    const states = fk.fields.map((name) => byName.get(name));
    if (fk.set === undefined || states.some((st) => st === undefined)) {
      check.unavailable = true;
      return [];
    }
    for (const st of states) st!.keepValues = true;
    return [{ fk, check, set: fk.set, states: states as FieldState[] }];
  });

  const shard = options.rows;
  let shardColumn: FieldState | undefined;
  if (shard?.by !== undefined) {
    shardColumn = byName.get(shard.by);
    if (!shardColumn) throw new ConfigurationError(`shard-by column "${shard.by}" is not a column of the file and the schema`, { file });
  }
  let rows = 0;
  let reserved = false;
  for await (const batch of table.batches) {
    const mask = shard ? shardMask(batch, shard.index, shard.count, shardColumn) : undefined;
    rows += mask ? countKept(mask) : batch.size;
    if (!reserved) {
      // Size the hash sets once from the first batch's bytes per row.
      reserved = true;
      const expected = table.estimateRows?.(batch);
      if (expected !== undefined) {
        const sets = new Set<KeySet>();
        for (const state of fieldStates) {
          if (state.unique) sets.add(state.unique);
          if (state.primaryKey) sets.add(state.primaryKey.set);
        }
        for (const group of keyGroups) sets.add(group.set);
        const share = shard ? shard.count : 1;
        for (const set of sets) set.reserve(Math.ceil((expected / share) * 1.05));
      }
    }
    if (batch.issues !== undefined) reportRowIssues(batch, table.header, rowsCheckOf, record, mask, shard);
    for (const state of fieldStates) validateColumn(state, batch, record, mask);
    for (const group of keyGroups) checkKeyGroup(group, batch, record, mask);
    for (const { entry, states } of provided) {
      for (let r = 0; r < batch.size; r++) {
        const key = tupleKey(states, r);
        if (key !== undefined) entry.set.add(key);
      }
    }
    for (const { fk, check, set, states } of foreignKeys) {
      for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0) continue;
        const key = tupleKey(states, r);
        if (key === undefined || set.has(key)) continue;
        const row = batch.firstRow + r;
        const shown = states.map((st) => JSON.stringify(truncateCell(cellText(batch, st.column, r)))).join(', ');
        record(check, {
          type: 'foreign-key', row, line: batch.lines?.[r], ...(fk.fields.length === 1 ? { field: fk.fields[0] } : {}),
          message: `row ${row}: (${fk.fields.join(', ')}) = (${shown}) is not a key (${fk.referenceFields.join(', ')}) of ${fk.resource === '' ? 'this table' : `resource "${fk.resource}"`}`,
        });
      }
    }
    options.onBatch?.(batch.firstRow + batch.size - 1);
  }

  const digest = table.digest();
  const tally: TableTally = {
    file,
    format: table.info.format + (table.info.gzip ? '+gzip' : ''),
    rows,
    sha256: digest.sha256,
    bytes: digest.bytes,
    checks,
    // No values leave min > max (their starting +∞ and −∞); an infinite value is an extreme like any other.
    fields: fieldStates.map((s) => ({ name: s.field.name, missing: s.missing, failed: s.failed, min: s.min > s.max ? null : encodeExtreme(s.min), max: s.min > s.max ? null : encodeExtreme(s.max) })),
    errors: errors.toArray(),
    errorCounts,
  };
  if (options.profile) options.profile.rows += rows;
  return { tally };
}

type Extreme = TableTally['fields'][number]['min'];

function encodeExtreme(value: number): Exclude<Extreme, null> {
  return Number.isFinite(value) ? value : value > 0 ? 'Infinity' : '-Infinity';
}

function decodeExtreme(value: Exclude<Extreme, null>): number {
  return typeof value === 'number' ? value : value === 'Infinity' ? Infinity : -Infinity;
}

/** An extreme as a check shows it: the field's own spelling of a value, an infinite one as text. */
function formatExtreme(field: CompiledField, value: Exclude<Extreme, null>): string | number {
  return typeof value === 'number' ? formatCastValue(field, value) : value;
}

const ROWS_CHECK = 'rows';
const ROWS_CHECK_TITLE = 'Rows have the header\'s cells (no blank rows, no extra or missing cells)';

/** Blank rows, extra and missing cells as Frictionless reports them; a blank row (not a record) belongs to the shard of the record after it. */
function reportRowIssues(
  batch: ColumnBatch,
  header: readonly string[],
  checkOf: () => CheckTally,
  record: Recorder,
  mask: Uint8Array | undefined,
  shard: TallyOptions['rows'],
): void {
  for (const issue of batch.issues!) {
    if (shard !== undefined) {
      if (issue.index !== undefined ? mask![issue.index] === 0 : shard.by !== undefined ? shard.index !== 0 : (issue.row - 1) % shard.count !== shard.index) continue;
    }
    const { row, line } = issue;
    const check = checkOf();
    if (issue.type === 'blank-row') {
      record(check, { type: 'blank-row', row, line, message: `line ${line} is a blank row` });
    } else if (issue.type === 'extra-cell') {
      for (let k = header.length; k < issue.cells; k++) {
        record(check, {
          type: 'extra-cell', row, line, ...(k === header.length && issue.cell !== undefined ? { cell: issue.cell } : {}),
          message: `row ${row} has ${issue.cells} cells, the header ${header.length}: cell ${k + 1} has no column`,
        });
      }
    } else {
      for (let k = issue.cells; k < header.length; k++) {
        record(check, { type: 'missing-cell', row, line, field: header[k], message: `row ${row} has ${issue.cells} cell${issue.cells === 1 ? '' : 's'}, the header ${header.length}: no cell for column ${k + 1} ("${header[k]}")` });
      }
    }
  }
}

/** Which rows of a batch belong to the shard: by row number, or by a hash of the shard-by value (equal values, one shard). */
function shardMask(batch: ColumnBatch, index: number, count: number, by: FieldState | undefined): Uint8Array {
  const mask = new Uint8Array(batch.size);
  if (!by) {
    for (let r = 0; r < batch.size; r++) mask[r] = (batch.firstRow + r - 1) % count === index ? 1 : 0;
    return mask;
  }
  const numeric = NUMERIC_ORDERED.has(by.field.type);
  for (let r = 0; r < batch.size; r++) {
    let raw = cellText(batch, by.column, r).trim();
    if (numeric) {
      // 1, 1.0 and 01 are one key: hash the cast number where there is one.
      const value = by.field.cast(raw);
      if (typeof value === 'number') raw = String(value);
    }
    mask[r] = fnv1a(raw) % count === index ? 1 : 0;
  }
  return mask;
}

function cellText(batch: ColumnBatch, column: number, r: number): string {
  if (batch.text) return textCell(batch.text, batch.text.starts.length, column, r);
  const cell = batch.columns[column]![r];
  return cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : truncateCell(cell as Cell);
}

function countKept(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/**
 * Sums the tallies of one file's row shards: row counts add up, file-level
 * counts (the header) are the same in every shard and taken once, error
 * samples and locations interleave back into row order.
 */
export function mergeTallies(tallies: readonly TableTally[], options: ValidateOptions = {}): TableTally {
  const maxSamples = options.maxErrorSamples ?? 1000;
  const maxLocations = options.maxLocationsPerCheck ?? 50;
  const first = tallies[0]!;
  for (const t of tallies) {
    if (t.sha256 !== first.sha256) throw new ConfigurationError(`the shards read different contents of ${first.file} (sha256 ${first.sha256?.slice(0, 12)} and ${t.sha256?.slice(0, 12)})`, { file: first.file });
  }
  // A check a shard made only when its rows broke it (row shape) may be missing from the first shard.
  const all = [...first.checks];
  for (const t of tallies) {
    t.checks.forEach((check, k) => {
      if (all.some((c) => c.id === check.id)) return;
      const after = k === 0 ? -1 : all.findIndex((c) => c.id === t.checks[k - 1]!.id);
      all.splice(after + 1, 0, check);
    });
  }
  const checks = all.map((check) => {
    if (check.scope === 'file') return structuredClone(check);
    const parts = tallies.map((t) => t.checks.find((c) => c.id === check.id)).filter((c) => c !== undefined);
    return { ...structuredClone(check), count: parts.reduce((s, c) => s + c.count, 0), locations: parts.flatMap((c) => c.locations).sort(byRowOrder).slice(0, maxLocations) };
  });
  const fields = first.fields.map((field) => {
    const parts = tallies.map((t) => t.fields.find((f) => f.name === field.name)!).filter((f) => f !== undefined);
    const mins = parts.map((p) => p.min).filter((v) => v !== null).map(decodeExtreme);
    const maxes = parts.map((p) => p.max).filter((v) => v !== null).map(decodeExtreme);
    // As a single pass keeps them: the first of equal extremes in row order (0 or -0, whichever came first), not Math.min's -0.
    return { name: field.name, missing: parts.reduce((s, p) => s + p.missing, 0), failed: parts.reduce((s, p) => s + p.failed, 0), min: mins.length ? encodeExtreme(mins.reduce((m, v) => (v < m ? v : m))) : null, max: maxes.length ? encodeExtreme(maxes.reduce((m, v) => (v > m ? v : m))) : null };
  });
  const rowErrorCounts: Record<string, number> = {};
  for (const t of tallies) for (const [k, v] of Object.entries(t.errorCounts.rows)) rowErrorCounts[k] = (rowErrorCounts[k] ?? 0) + v;
  const fileErrors = first.errors.filter((e) => e.row === undefined);
  const rowErrors = tallies.flatMap((t) => t.errors.filter((e) => e.row !== undefined)).sort(byRowOrder);
  return {
    file: first.file,
    format: first.format,
    rows: tallies.reduce((s, t) => s + t.rows, 0),
    sha256: first.sha256,
    bytes: first.bytes,
    checks,
    fields,
    errors: [...fileErrors, ...rowErrors].slice(0, maxSamples),
    errorCounts: { file: { ...first.errorCounts.file }, rows: rowErrorCounts },
  };
}

export interface FinishOptions extends ValidateOptions {
  /** A shard's own verdict: table-wide checks (row count) wait for the merge. */
  partial?: boolean;
  /** Why uniqueness over these key columns cannot be verified (rows split without a suitable shard-by), if so. */
  unverifiableKey?: (fields: readonly string[]) => string | undefined;
}

/** The verdict of a (possibly merged) tally: statuses, table-level checks, `mostly`, messages. */
export function finishTable(tally: TableTally, schema: CompiledSchema, options: FinishOptions = {}): TableValidation {
  const maxSamples = options.maxErrorSamples ?? 1000;
  const file = tally.file;
  const rows = tally.rows;
  const errors = tally.errors.map((e) => ({ ...e }));
  const errorCounts: Record<string, number> = {};
  for (const counts of [tally.errorCounts.file, tally.errorCounts.rows]) for (const [k, v] of Object.entries(counts)) errorCounts[k] = (errorCounts[k] ?? 0) + v;
  let errorCount = Object.values(errorCounts).reduce((a, b) => a + b, 0);
  const addError = (error: DataError) => {
    errorCount++;
    errorCounts[error.type] = (errorCounts[error.type] ?? 0) + 1;
    if (errors.length < maxSamples) errors.push(error);
  };
  const fieldOf = new Map(schema.fields.map((f) => [f.name, f]));
  const stats = new Map(tally.fields.map((f) => [f.name, f]));

  const tolerated = new Set<string>();
  for (const s of tally.fields) {
    const mostly = fieldOf.get(s.name)?.mostly;
    const nonMissing = rows - s.missing;
    if (mostly !== undefined && s.failed > 0 && nonMissing > 0 && 1 - s.failed / nonMissing >= mostly) tolerated.add(s.name);
  }
  for (const error of errors) {
    if (error.field !== undefined && tolerated.has(error.field) && (error.type === 'type-error' || (error.type === 'constraint-error' && error.constraint !== 'required'))) {
      error.severity = 'warn';
    }
  }

  const finished: Check[] = [];
  for (const check of tally.checks) {
    const field = check.field === undefined ? undefined : fieldOf.get(check.field);
    const s = check.field === undefined ? undefined : stats.get(check.field);
    if (check.unavailable) {
      const why = check.constraint === 'foreignKey' ? 'a key column is missing, or the referenced table could not be read' : 'a key column is missing from the file';
      finished.push({ id: check.id, title: check.title, status: 'fail', message: `cannot be checked: ${why}`, count: 0, locations: [] });
      continue;
    }
    const unverifiable = check.keyFields ? options.unverifiableKey?.(check.keyFields) : undefined;
    let status: Status = check.count === 0 ? 'pass' : 'fail';
    let message = check.count === 0 ? 'no errors' : `${formatCount(check.count)} error${check.count === 1 ? '' : 's'}`;
    let observed: number | string | undefined = check.count;
    let expected: number | string | undefined = 0;
    if (unverifiable !== undefined) {
      status = check.count === 0 ? 'error' : 'fail';
      message = `${check.count === 0 ? 'cannot be verified' : `${message} within shards; the rest cannot be verified`}: ${unverifiable}`;
    } else if (field && s && check.tolerable && field.mostly !== undefined) {
      const nonMissing = rows - s.missing;
      const share = nonMissing === 0 ? 1 : 1 - s.failed / nonMissing;
      observed = share;
      expected = `≥ ${formatRate(field.mostly)} valid`;
      if (check.count > 0) {
        status = tolerated.has(field.name) ? 'pass' : 'fail';
        message = `${formatCount(check.count)} of ${formatCount(nonMissing)} values break it; ${formatRate(share)} of the field is valid, ${status === 'pass' ? 'within' : 'below'} mostly ${formatRate(field.mostly)}`;
      }
    } else if (field && s && (check.constraint === 'minimum' || check.constraint === 'exclusiveMinimum') && s.min !== null) {
      observed = formatExtreme(field, s.min);
      expected = `${check.constraint === 'minimum' ? '≥' : '>'} ${String(field.constraintValue(check.constraint))}`;
    } else if (field && s && (check.constraint === 'maximum' || check.constraint === 'exclusiveMaximum') && s.max !== null) {
      observed = formatExtreme(field, s.max);
      expected = `${check.constraint === 'maximum' ? '≤' : '<'} ${String(field.constraintValue(check.constraint))}`;
    }
    finished.push({ id: check.id, title: check.title, status, observed, expected, message, count: check.count, locations: check.locations });
  }

  // Table-level checks over the full counts.
  const rowCount = schema.rowCount;
  if (rowCount && !options.partial) {
    const range = describeRange(rowCount.min, rowCount.max);
    const ok = (rowCount.min === undefined || rows >= rowCount.min) && (rowCount.max === undefined || rows <= rowCount.max);
    finished.push({ id: `${file}#rowCount`, title: `Row count is ${range}`, status: ok ? 'pass' : 'fail', observed: rows, expected: range, message: ok ? `${formatCount(rows)} rows` : `${formatCount(rows)} rows, expected ${range}`, count: ok ? 0 : 1, locations: [] });
    if (!ok) addError({ type: 'row-count', file, message: `the table has ${formatCount(rows)} rows, expected ${range}`, severity: 'fail' });
  }
  for (const s of tally.fields) {
    const field = fieldOf.get(s.name);
    if (field?.maxMissingRate === undefined) continue;
    const rate = rows === 0 ? 0 : s.missing / rows;
    const limit = field.maxMissingRate;
    const ok = rate <= limit;
    finished.push({ id: `${file}#field:${field.name}:maxMissingRate`, title: `${field.name}: missing rate ≤ ${formatRate(limit)}`, status: ok ? 'pass' : 'fail', observed: rate, expected: `≤ ${formatRate(limit)}`, message: `${formatCount(s.missing)} of ${formatCount(rows)} values missing (${formatRate(rate)})`, count: ok ? 0 : 1, locations: [] });
    if (!ok) addError({ type: 'missing-rate', file, field: field.name, message: `${formatRate(rate)} of "${field.name}" is missing, more than the ${formatRate(limit)} allowed`, severity: 'fail' });
  }

  errors.sort(byRowOrder);
  const failedChecks = finished.filter((c) => c.status === 'fail' || c.status === 'error').length;
  return {
    summary: {
      file,
      format: tally.format,
      status: worstStatus(finished.map((c) => c.status)),
      rows,
      sha256: tally.sha256,
      bytes: tally.bytes,
      errorCount,
      errorCounts,
      failedChecks,
    },
    checks: finished,
    errors,
  };
}

const CONSTRAINT_ORDER: ConstraintName[] = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum', 'jsonSchema'];

function describeConstraint(name: ConstraintName, value: unknown): string {
  switch (name) {
    case 'minimum': return `≥ ${String(value)}`;
    case 'maximum': return `≤ ${String(value)}`;
    case 'exclusiveMinimum': return `> ${String(value)}`;
    case 'exclusiveMaximum': return `< ${String(value)}`;
    case 'minLength': return `length ≥ ${String(value)}`;
    case 'maxLength': return `length ≤ ${String(value)}`;
    case 'pattern': return `matches /${String(value)}/`;
    case 'jsonSchema': return 'conforms to its JSON Schema';
    case 'enum': {
      const list = (value as unknown[]).map((v) => JSON.stringify(v));
      return `one of ${list.length > 6 ? `${list.slice(0, 6).join(', ')}, … (${list.length})` : list.join(', ')}`;
    }
  }
}

function constraintMessage(name: ConstraintName, cell: string, limit: unknown): string {
  const shown = JSON.stringify(cell);
  switch (name) {
    case 'minimum': return `${shown} is less than the minimum ${String(limit)}`;
    case 'maximum': return `${shown} is greater than the maximum ${String(limit)}`;
    case 'exclusiveMinimum': return `${shown} is not greater than the exclusive minimum ${String(limit)}`;
    case 'exclusiveMaximum': return `${shown} is not less than the exclusive maximum ${String(limit)}`;
    case 'minLength': return `${shown} is shorter than minLength ${String(limit)}`;
    case 'maxLength': return `${shown} is longer than maxLength ${String(limit)}`;
    case 'pattern': return `${shown} does not match the pattern ${String(limit)}`;
    case 'jsonSchema': return `${shown} does not conform to the field's JSON Schema`;
    case 'enum': return `${shown} is not one of ${(limit as unknown[]).map(String).join(', ')}`;
  }
}

function describeRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${formatCount(min)} and ${formatCount(max)}`;
  if (min !== undefined) return `at least ${formatCount(min)}`;
  if (max !== undefined) return `at most ${formatCount(max)}`;
  return 'any';
}

type Recorder = (check: CheckTally, error: Omit<DataError, 'file' | 'severity'>) => void;

/**
 * Matches the header against the schema as Frictionless does (frictionless-py
 * table/header.py). `exact` matches by position: labels past the fields are
 * extra-label, fields past the labels missing-label, and at each position a
 * blank-label, a duplicate-label or an incorrect-label. Every other mode
 * matches by name: unmatched labels are extra-label (not under subset or
 * partial), unmatched fields missing-label (under superset and partial only
 * the required and primary-key fields), and partial with no label matched is
 * unmatched-header. A duplicate label is reported (Frictionless refuses the
 * table) and its first column is the field's. Cells of the matched columns
 * are checked whatever the header errors.
 */
function matchHeader(
  table: OpenTable,
  schema: CompiledSchema,
  report: (type: string, message: string, field?: string) => void,
): FieldState[] {
  const header = table.header;
  // Records keyed by name (JSON Lines, inline objects) have no column order: exact means equal.
  const mode = table.unexpectedKeys !== undefined && schema.fieldsMatch === 'exact' ? 'equal' : schema.fieldsMatch;
  const states: FieldState[] = [];
  const make = (field: CompiledField, column: number): FieldState => ({
    field, column, missing: 0, failed: 0, min: Infinity, max: -Infinity, constraintChecks: new Map(), keepValues: false, values: [],
  });
  const firstAt = new Map<string, number>();
  const duplicateOf = header.map((label, i) => {
    const before = firstAt.get(label);
    if (before === undefined) firstAt.set(label, i);
    return label === '' ? undefined : before;
  });
  if (table.noHeader) {
    // No header row: the columns are the fields by position; a field past the last column is absent.
    schema.fields.forEach((field, i) => {
      if (i < header.length) states.push(make(field, i));
      else report('missing-label', `field "${field.name}" (position ${i + 1}) has no column: the rows have ${header.length} cell${header.length === 1 ? '' : 's'}`, field.name);
    });
  } else if (mode === 'exact') {
    schema.fields.forEach((field, i) => {
      if (i >= header.length) report('missing-label', `field "${field.name}" (position ${i + 1}) is missing from the header`, field.name);
    });
    header.forEach((label, i) => {
      const field = schema.fields[i];
      if (!field) {
        report('extra-label', `column ${label === '' ? i + 1 : `"${label}" (position ${i + 1})`} is not in the schema`, label === '' ? undefined : label);
        return;
      }
      const before = duplicateOf[i];
      if (label === '') report('blank-label', `column ${i + 1} has a blank header (the schema expects "${field.name}")`, field.name);
      else if (before !== undefined) report('duplicate-label', `column ${i + 1} repeats the label "${label}" of column ${before + 1}`, field.name);
      else if (label !== field.name) report('incorrect-label', `column ${i + 1} is "${label}", the schema expects "${field.name}"`, field.name);
      states.push(make(field, i));
    });
  } else {
    const names = new Set(schema.fields.map((f) => f.name));
    const primaryKey = new Set(schema.keyGroups.filter((g) => g.kind === 'primaryKey').flatMap((g) => g.fields));
    const allowExtra = mode === 'subset' || mode === 'partial';
    const allowMissing = mode === 'superset' || mode === 'partial';
    header.forEach((label, i) => {
      const before = duplicateOf[i];
      if (before !== undefined) report('duplicate-label', `column ${i + 1} repeats the label "${label}" of column ${before + 1}: fields are matched by name (fieldsMatch: ${mode}), so column ${before + 1} is "${label}"`, names.has(label) ? label : undefined);
      else if (!allowExtra && !names.has(label)) report('extra-label', `column ${label === '' ? i + 1 : `"${label}" (position ${i + 1})`} is not in the schema`, label === '' ? undefined : label);
    });
    if (mode === 'partial' && schema.fields.length > 0 && !schema.fields.some((f) => firstAt.has(f.name))) {
      report('unmatched-header', `no column of the file is a field of the schema (labels: ${header.slice(0, 8).map((l) => JSON.stringify(l)).join(', ')}${header.length > 8 ? ', …' : ''})`);
    }
    for (const field of schema.fields) {
      const column = firstAt.get(field.name);
      if (column !== undefined) states.push(make(field, column));
      else if (!allowMissing) report('missing-label', `field "${field.name}" is missing from the header`, field.name);
      else if (field.required || primaryKey.has(field.name)) {
        report('missing-label', `field "${field.name}" is missing from the header, and it is ${field.required ? 'required' : 'in the primary key'} (fieldsMatch: ${mode} allows only optional fields to be absent)`, field.name);
      }
    }
  }
  const unexpected = table.unexpectedKeys;
  if (unexpected && mode !== 'subset' && mode !== 'partial') {
    const originalBatches = table.batches;
    // JSON Lines can reveal extra keys only while reading; report them after the last batch.
    (table as { batches: AsyncIterable<ColumnBatch> }).batches = (async function* () {
      yield* originalBatches;
      for (const [key, line] of unexpected()) {
        if (!schema.fields.some((f) => f.name === key)) report('extra-label', `key "${key}" (first seen on line ${line}) is not in the schema`, key);
      }
    })();
  }
  return states;
}

/** Marks a string value left in the chunk text (text[start, end)), not materialized. */
const IN_TEXT: unique symbol = Symbol('in-text');

function validateColumn(state: FieldState, batch: ColumnBatch, record: Recorder, mask: Uint8Array | undefined): void {
  const cellsOfBatch = batch.text;
  if (cellsOfBatch !== undefined && mask === undefined && cellsOfBatch.special === undefined && cellsOfBatch.absent === undefined) {
    if (state.textLoop === undefined) state.textLoop = textLoopOf(state, cellsOfBatch.delimiter);
    if (state.textLoop === 'numeric') {
      numericTextColumn(state, batch, cellsOfBatch, record);
      return;
    }
    if (state.textLoop === 'string') {
      stringTextColumn(state, batch, cellsOfBatch, record);
      return;
    }
    if (state.textLoop === 'boolean') {
      booleanTextColumn(state, batch, cellsOfBatch, record);
      return;
    }
  }
  // One tight loop per column. For CSV/TSV cells are offsets into the chunk:
  // numbers, dates and most string checks run on the text without making a
  // string per cell. The common casts and every constraint are inlined (a
  // closure call per cell would be megamorphic across fields).
  const { field } = state;
  const cells = batch.text;
  const text = cells?.text ?? '';
  const starts = cells?.starts[state.column];
  const ends = cells?.ends[state.column];
  const special = cells?.special;
  const absent = cells?.absent;
  const width = cells?.starts.length ?? 0;
  const column = cells ? undefined : batch.columns[state.column]!;
  const lines = batch.lines;
  const missingValues = field.missingValues;
  const missingList = [...missingValues];
  const onlyEmptyMissing = missingList.length === 1 && missingList[0] === '';
  // Hashing every cell for Set.has is costly; missing markers are short, so test length first.
  let longestMissing = 0;
  for (const m of missingList) longestMissing = Math.max(longestMissing, m.length);
  const cast = field.cast;
  const kind = field.fastKind;
  const L = field.limits;
  const hasMin = L.minimum !== undefined, min = L.minimum ?? 0;
  const hasMax = L.maximum !== undefined, max = L.maximum ?? 0;
  const hasExMin = L.exclusiveMinimum !== undefined, exMin = L.exclusiveMinimum ?? 0;
  const hasExMax = L.exclusiveMaximum !== undefined, exMax = L.exclusiveMaximum ?? 0;
  const hasMinLength = L.minLength !== undefined, minLength = L.minLength ?? 0;
  const hasMaxLength = L.maxLength !== undefined, maxLength = L.maxLength ?? 0;
  const pattern = L.pattern;
  const allowed = L.enum;
  const enumByKey = L.enumByKey;
  const trueValues = L.booleanValues?.trueValues;
  const falseValues = L.booleanValues?.falseValues;
  // A small set of allowed strings is matched in place; a large one needs the string for Set.has.
  const enumList = allowed && allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? ([...allowed] as string[]) : undefined;
  const jsonSchema = L.jsonSchema;
  const anyConstraint = hasMin || hasMax || hasExMin || hasExMax || hasMinLength || hasMaxLength || pattern !== undefined || allowed !== undefined || jsonSchema !== undefined;
  const ordered = NUMERIC_ORDERED.has(field.type);
  const unique = state.unique;
  const primaryKey = state.primaryKey;
  const keep = state.keepValues;
  const sticky = cells && L.stickyPattern ? L.stickyPattern(cells.delimiter) : undefined;
  const needString = (pattern !== undefined && sticky === undefined) || (allowed !== undefined && enumList === undefined) || keep;
  const values = state.values;
  if (keep) values.length = batch.size;
  let seenMin = state.min;
  let seenMax = state.max;
  const profile = state.profile;
  const profileNumbers = profile !== undefined && profile.kind === 'numeric';
  const profileCountOnly = profile !== undefined && profile.countOnly;
  for (let r = 0; r < batch.size; r++) {
    if (mask !== undefined && mask[r] === 0) continue;
    let cell: Cell | undefined;
    let s = 0;
    let e = 0;
    let isMissing: boolean;
    if (column === undefined) {
      s = starts![r]!;
      e = ends![r]!;
      cell = special === undefined ? undefined : special.get(r * width + state.column);
      if (cell === undefined) {
        const length = e - s;
        isMissing = length === 0 && (missingValues.has('') || (absent !== undefined && absent.has(r * width + state.column)));
        if (!isMissing && !onlyEmptyMissing && length <= longestMissing) {
          for (let k = 0; k < missingList.length; k++) {
            const m = missingList[k]!;
            if (m.length === length && text.startsWith(m, s)) isMissing = true;
          }
        }
      } else isMissing = missingValues.has(cell as string);
    } else {
      cell = column[r] as Cell;
      isMissing = cell === null || cell === undefined || (typeof cell === 'string' && (onlyEmptyMissing ? cell === '' : cell.length <= longestMissing && missingValues.has(cell)));
    }
    if (isMissing) {
      if (keep) values[r] = undefined;
      recordMissing(state, batch, r, record);
      continue;
    }
    let value: CastValue | typeof INVALID | typeof IN_TEXT;
    if (cell === undefined) {
      if (kind === FAST_STRING) value = needString ? (cell = text.slice(s, e)) : IN_TEXT;
      else if (kind === FAST_NUMBER) {
        const parsed = parseDecimalRange(text, s, e);
        value = parsed !== undefined ? parsed : cast((cell = text.slice(s, e)));
      } else if (kind === FAST_INTEGER) value = parseIntegerRange(text, s, e) ?? INVALID;
      else if (kind === FAST_DATE) value = parseIsoDateRange(text, s, e) ?? INVALID;
      else if (kind === FAST_DATETIME) value = parseIsoDatetimeRange(text, s, e) ?? INVALID;
      else if (kind === FAST_BOOLEAN) value = booleanInPlace(text, s, e, trueValues!, falseValues!);
      else value = cast((cell = text.slice(s, e)));
    } else if (typeof cell === 'string' && kind !== 0) {
      if (kind === FAST_STRING) value = cell;
      else if (kind === FAST_NUMBER) value = NUMBER_PATTERN.test(cell) ? +cell : cast(cell);
      else if (kind === FAST_INTEGER) value = INTEGER_PATTERN.test(cell) ? +cell : INVALID;
      else if (kind === FAST_DATE) value = parseIsoDate(cell) ?? INVALID;
      else if (kind === FAST_DATETIME) value = parseIsoDatetime(cell) ?? INVALID;
      else value = cast(cell);
    } else value = cast(cell);
    if (value === INVALID) {
      if (keep) values[r] = undefined;
      recordInvalid(state, batch, r, record, cell ?? text.slice(s, e));
      continue;
    }
    if (keep) values[r] = value as CastValue;
    if (ordered) {
      if ((value as number) < seenMin) seenMin = value as number;
      if ((value as number) > seenMax) seenMax = value as number;
    }
    if (anyConstraint) {
      let broken: ConstraintName | undefined;
      if (hasMin && (value as number) < min) broken = 'minimum';
      else if (hasMax && (value as number) > max) broken = 'maximum';
      else if (hasExMin && (value as number) <= exMin) broken = 'exclusiveMinimum';
      else if (hasExMax && (value as number) >= exMax) broken = 'exclusiveMaximum';
      else if (hasMinLength && (value === IN_TEXT ? rangeShorterThan(text, s, e, minLength) : shorterThan(value, minLength))) broken = 'minLength';
      else if (hasMaxLength && (value === IN_TEXT ? rangeLongerThan(text, s, e, maxLength) : longerThan(value, maxLength))) broken = 'maxLength';
      else if (pattern !== undefined) {
        let matches: boolean;
        if (cell === undefined && sticky !== undefined) {
          // In place: a match must end where the cell ends; one ending elsewhere is checked on the string.
          sticky.lastIndex = s;
          matches = sticky.test(text) && (sticky.lastIndex === e || pattern.test(text.slice(s, e)));
        } else {
          matches = pattern.test(typeof cell === 'string' ? cell : cell === undefined ? text.slice(s, e) : typeof value === 'string' ? value : truncateCell(cell));
        }
        if (!matches) broken = 'pattern';
      }
      // An enum is checked after a pattern the value matches (both are constraints of the field).
      if (broken === undefined && allowed !== undefined) {
        if (value === IN_TEXT) {
          let found = false;
          for (let k = 0; k < enumList!.length && !found; k++) {
            const option = enumList![k]!;
            found = option.length === e - s && text.startsWith(option, s);
          }
          if (!found) broken = 'enum';
        } else if (!allowed.has(enumByKey ? uniqueKeyOf(value) : value)) broken = 'enum';
      }
      if (broken === undefined && jsonSchema !== undefined && !jsonSchema(value as CastValue)) broken = 'jsonSchema';
      if (broken !== undefined) recordBroken(state, batch, r, record, broken, cell ?? text.slice(s, e));
    }
    if (profile !== undefined) {
      if (profileNumbers) profile.addNumber(value as number);
      else if (profileCountOnly) profile.count++;
      else if (value === IN_TEXT) profile.addCategoryRange(text, s, e);
      else profile.addCategory(typeof value === 'string' ? value : String(value));
    }
    const fresh = unique === undefined ? true : value === IN_TEXT ? unique.addRange(text, s, e) : addValue(unique, value);
    if (!fresh) recordRepeat(state, batch, r, record, cell ?? text.slice(s, e));
    if (primaryKey !== undefined && !(primaryKey.set === unique ? fresh : value === IN_TEXT ? primaryKey.set.addRange(text, s, e) : addValue(primaryKey.set, value))) {
      recordRepeatedKey(state, batch, r, record, cell ?? text.slice(s, e));
    }
  }
  state.min = seenMin;
  state.max = seenMax;
}

// The errors of one cell, as both column loops record them (cold paths: a
// function each keeps the hot loops small).

function recordMissing(state: FieldState, batch: ColumnBatch, r: number, record: Recorder): void {
  const { field } = state;
  state.missing++;
  if (state.profile !== undefined) state.profile.missing++;
  if (state.requiredCheck) {
    record(state.requiredCheck, { type: 'constraint-error', constraint: 'required', field: field.name, row: batch.firstRow + r, line: batch.lines?.[r], message: `missing value in required field "${field.name}"` });
  }
  if (state.primaryKey) record(state.primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: batch.lines?.[r], message: `row ${batch.firstRow + r} has no primary key "${field.name}"` });
}

function recordInvalid(state: FieldState, batch: ColumnBatch, r: number, record: Recorder, cell: Cell): void {
  const { field } = state;
  state.failed++;
  if (state.profile !== undefined) state.profile.typeErrors++;
  const shown = truncateCell(cell);
  if (state.typeCheck) {
    record(state.typeCheck, { type: 'type-error', field: field.name, row: batch.firstRow + r, line: batch.lines?.[r], cell: shown, message: `${JSON.stringify(shown)} is not a valid ${field.typeLabel}` });
  }
  if (state.primaryKey) record(state.primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: batch.lines?.[r], message: `row ${batch.firstRow + r} has an invalid primary key "${field.name}"` });
}

function recordBroken(state: FieldState, batch: ColumnBatch, r: number, record: Recorder, broken: ConstraintName, cell: Cell): void {
  const { field } = state;
  state.failed++;
  if (state.profile !== undefined) state.profile.constraintErrors++;
  const shown = truncateCell(cell);
  record(state.constraintChecks.get(broken)!, {
    type: 'constraint-error', constraint: broken, field: field.name, row: batch.firstRow + r, line: batch.lines?.[r], cell: shown,
    message: constraintMessage(broken, shown, field.constraintValue(broken)),
  });
}

function recordRepeat(state: FieldState, batch: ColumnBatch, r: number, record: Recorder, cell: Cell): void {
  const shown = truncateCell(cell);
  record(state.uniqueCheck!, { type: 'unique-error', constraint: 'unique', field: state.field.name, row: batch.firstRow + r, line: batch.lines?.[r], cell: shown, message: `${JSON.stringify(shown)} repeats an earlier value of unique field "${state.field.name}"` });
}

function recordRepeatedKey(state: FieldState, batch: ColumnBatch, r: number, record: Recorder, cell: Cell): void {
  const shown = truncateCell(cell);
  record(state.primaryKey!.check, { type: 'primary-key', row: batch.firstRow + r, line: batch.lines?.[r], cell: shown, message: `row ${batch.firstRow + r} repeats the primary key "${state.field.name}" = ${JSON.stringify(shown)} of an earlier row` });
}

/**
 * Which loop a column's text batches take. numericTextColumn: a number,
 * integer, date or datetime parsed in place, checked against its bounds
 * only. stringTextColumn: a string checked in place — lengths, a pattern
 * with a sticky form, an enum of up to 16 strings. Either only when the
 * column's values are not kept for a key group, there is no JSON Schema, and
 * the profile (if any) takes the values as the loop has them. booleanTextColumn:
 * a boolean matched in place, not unique, without an enum.
 */
function textLoopOf(state: FieldState, delimiter: string): 'numeric' | 'string' | 'boolean' | 'general' {
  const { field } = state;
  const L = field.limits;
  const kind = field.fastKind;
  if (state.keepValues || L.jsonSchema !== undefined) return 'general';
  if (kind === FAST_NUMBER || kind === FAST_INTEGER || kind === FAST_DATE || kind === FAST_DATETIME) {
    if (L.minLength !== undefined || L.maxLength !== undefined || L.pattern !== undefined || L.enum !== undefined) return 'general';
    return state.profile === undefined || state.profile.kind === 'numeric' ? 'numeric' : 'general';
  }
  if (kind === FAST_STRING) {
    if (L.pattern !== undefined && L.stickyPattern?.(delimiter) === undefined) return 'general';
    if (L.enum !== undefined && smallStringEnum(L.enum) === undefined) return 'general';
    return state.profile === undefined || state.profile.kind === 'categorical' ? 'string' : 'general';
  }
  if (kind === FAST_BOOLEAN) {
    // A boolean's only usual check is its type (and required); an enum or a unique boolean goes the general way.
    const constrained = L.minimum !== undefined || L.maximum !== undefined || L.exclusiveMinimum !== undefined || L.exclusiveMaximum !== undefined
      || L.minLength !== undefined || L.maxLength !== undefined || L.pattern !== undefined || L.enum !== undefined;
    if (constrained || state.unique !== undefined || state.primaryKey !== undefined) return 'general';
    return state.profile === undefined || (state.profile.kind === 'categorical' && !state.profile.countOnly) ? 'boolean' : 'general';
  }
  return 'general';
}

/** An enum matched in place: up to 16 strings. */
function smallStringEnum(allowed: ReadonlySet<unknown>): string[] | undefined {
  return allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? ([...allowed] as string[]) : undefined;
}

/** A field's missing-value strings as the text loops test a cell's range against them. */
interface MissingMarkers {
  readonly list: readonly string[];
  /** Whether an empty cell is missing. */
  readonly empty: boolean;
  /** The longest marker: a longer cell is not missing, whatever it holds (most cells are tested by length alone). */
  readonly longest: number;
}

function missingMarkers(field: CompiledField): MissingMarkers {
  const list = [...field.missingValues];
  return { list, empty: field.missingValues.has(''), longest: list.reduce((n, m) => Math.max(n, m.length), 0) };
}

/** Whether text[s, e) is one of the field's missing-value strings. */
function isMissingRange(text: string, s: number, e: number, missing: MissingMarkers): boolean {
  const length = e - s;
  if (length > missing.longest) return false;
  if (length === 0) return missing.empty;
  const list = missing.list;
  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    if (m.length === length && text.startsWith(m, s)) return true;
  }
  return false;
}

/**
 * validateColumn for a numeric column of a text batch without special or
 * absent cells and without a row mask: the same verdicts, in a loop where the
 * value stays a machine double from parse to bounds, profile and key set —
 * the general loop's value is a union (number, string, marker), which V8
 * cannot keep unboxed, and its per-cell dispatch over every kind and
 * constraint is most of its time.
 */
function numericTextColumn(state: FieldState, batch: ColumnBatch, cells: NonNullable<ColumnBatch['text']>, record: Recorder): void {
  const { field } = state;
  const text = cells.text;
  const starts = cells.starts[state.column]!;
  const ends = cells.ends[state.column]!;
  const missing = missingMarkers(field);
  const kind = field.fastKind;
  const cast = field.cast;
  const L = field.limits;
  const hasMin = L.minimum !== undefined, min = L.minimum ?? 0;
  const hasMax = L.maximum !== undefined, max = L.maximum ?? 0;
  const hasExMin = L.exclusiveMinimum !== undefined, exMin = L.exclusiveMinimum ?? 0;
  const hasExMax = L.exclusiveMaximum !== undefined, exMax = L.exclusiveMaximum ?? 0;
  const bounded = hasMin || hasMax || hasExMin || hasExMax;
  const profile = state.profile;
  const unique = state.unique;
  const primaryKey = state.primaryKey;
  const keySet = primaryKey !== undefined && primaryKey.set !== unique ? primaryKey.set : undefined;
  let seenMin = state.min;
  let seenMax = state.max;
  const size = batch.size;
  for (let r = 0; r < size; r++) {
    const s = starts[r]!;
    const e = ends[r]!;
    if (isMissingRange(text, s, e, missing)) {
      recordMissing(state, batch, r, record);
      continue;
    }
    let v: number;
    const parsed =
      kind === FAST_NUMBER ? parseDecimalRange(text, s, e)
      : kind === FAST_INTEGER ? parseIntegerRange(text, s, e)
      : kind === FAST_DATE ? parseIsoDateRange(text, s, e)
      : parseIsoDatetimeRange(text, s, e);
    if (parsed !== undefined) v = parsed;
    else {
      // Only a number has a slower form to try (NaN, INF, more digits than the fast parse keeps).
      const cell = text.slice(s, e);
      const cast_ = kind === FAST_NUMBER ? cast(cell) : INVALID;
      if (typeof cast_ !== 'number') {
        recordInvalid(state, batch, r, record, cell);
        continue;
      }
      v = cast_;
    }
    if (v < seenMin) seenMin = v;
    if (v > seenMax) seenMax = v;
    if (bounded) {
      const broken: ConstraintName | undefined =
        hasMin && v < min ? 'minimum'
        : hasMax && v > max ? 'maximum'
        : hasExMin && v <= exMin ? 'exclusiveMinimum'
        : hasExMax && v >= exMax ? 'exclusiveMaximum'
        : undefined;
      if (broken !== undefined) recordBroken(state, batch, r, record, broken, text.slice(s, e));
    }
    if (profile !== undefined) profile.addNumber(v);
    if (unique !== undefined && !unique.addNumber(v)) {
      recordRepeat(state, batch, r, record, text.slice(s, e));
      if (primaryKey !== undefined && primaryKey.set === unique) recordRepeatedKey(state, batch, r, record, text.slice(s, e));
    }
    if (keySet !== undefined && !keySet.addNumber(v)) recordRepeatedKey(state, batch, r, record, text.slice(s, e));
  }
  state.min = seenMin;
  state.max = seenMax;
}

/**
 * validateColumn for a string column of a text batch (see textLoopOf): every
 * check on the cell's range of the chunk text, no string made for a valid
 * cell — the same verdicts as the general loop, without its per-cell
 * dispatch over kinds.
 */
function stringTextColumn(state: FieldState, batch: ColumnBatch, cells: NonNullable<ColumnBatch['text']>, record: Recorder): void {
  const { field } = state;
  const text = cells.text;
  const starts = cells.starts[state.column]!;
  const ends = cells.ends[state.column]!;
  const missing = missingMarkers(field);
  const L = field.limits;
  const hasMinLength = L.minLength !== undefined, minLength = L.minLength ?? 0;
  const hasMaxLength = L.maxLength !== undefined, maxLength = L.maxLength ?? 0;
  const pattern = L.pattern;
  const sticky = pattern !== undefined ? L.stickyPattern!(cells.delimiter) : undefined;
  const enumList = L.enum !== undefined ? smallStringEnum(L.enum)! : undefined;
  const profile = state.profile;
  const countOnly = profile !== undefined && profile.countOnly;
  const unique = state.unique;
  const primaryKey = state.primaryKey;
  const keySet = primaryKey !== undefined && primaryKey.set !== unique ? primaryKey.set : undefined;
  const size = batch.size;
  for (let r = 0; r < size; r++) {
    const s = starts[r]!;
    const e = ends[r]!;
    if (isMissingRange(text, s, e, missing)) {
      recordMissing(state, batch, r, record);
      continue;
    }
    let broken: ConstraintName | undefined;
    if (hasMinLength && rangeShorterThan(text, s, e, minLength)) broken = 'minLength';
    else if (hasMaxLength && rangeLongerThan(text, s, e, maxLength)) broken = 'maxLength';
    else if (sticky !== undefined) {
      // A match must end where the cell ends; one ending elsewhere is checked on the string.
      sticky.lastIndex = s;
      if (!(sticky.test(text) && (sticky.lastIndex === e || pattern!.test(text.slice(s, e))))) broken = 'pattern';
    }
    if (broken === undefined && enumList !== undefined) {
      let found = false;
      for (let k = 0; k < enumList.length && !found; k++) {
        const option = enumList[k]!;
        found = option.length === e - s && text.startsWith(option, s);
      }
      if (!found) broken = 'enum';
    }
    if (broken !== undefined) recordBroken(state, batch, r, record, broken, text.slice(s, e));
    if (profile !== undefined) {
      if (countOnly) profile.count++;
      else profile.addCategoryRange(text, s, e);
    }
    if (unique !== undefined && !unique.addRange(text, s, e)) {
      recordRepeat(state, batch, r, record, text.slice(s, e));
      if (primaryKey !== undefined && primaryKey.set === unique) recordRepeatedKey(state, batch, r, record, text.slice(s, e));
    }
    if (keySet !== undefined && !keySet.addRange(text, s, e)) recordRepeatedKey(state, batch, r, record, text.slice(s, e));
  }
}

/** validateColumn for a boolean column of a text batch (see textLoopOf): matched in place, counted as "true"/"false". */
function booleanTextColumn(state: FieldState, batch: ColumnBatch, cells: NonNullable<ColumnBatch['text']>, record: Recorder): void {
  const { field } = state;
  const text = cells.text;
  const starts = cells.starts[state.column]!;
  const ends = cells.ends[state.column]!;
  const missing = missingMarkers(field);
  const trueValues = field.limits.booleanValues!.trueValues;
  const falseValues = field.limits.booleanValues!.falseValues;
  const profile = state.profile;
  const size = batch.size;
  for (let r = 0; r < size; r++) {
    const s = starts[r]!;
    const e = ends[r]!;
    if (isMissingRange(text, s, e, missing)) {
      recordMissing(state, batch, r, record);
      continue;
    }
    const value = booleanInPlace(text, s, e, trueValues, falseValues);
    if (value === INVALID) {
      recordInvalid(state, batch, r, record, text.slice(s, e));
      continue;
    }
    if (profile !== undefined) profile.addCategory(value ? 'true' : 'false');
  }
}

/** A boolean cell matched in place: true if it is one of trueValues (checked first, as the caster does), false if one of falseValues. */
function booleanInPlace(text: string, from: number, to: number, trueValues: readonly string[], falseValues: readonly string[]): boolean | typeof INVALID {
  const length = to - from;
  for (let k = 0; k < trueValues.length; k++) {
    const option = trueValues[k]!;
    if (option.length === length && text.startsWith(option, from)) return true;
  }
  for (let k = 0; k < falseValues.length; k++) {
    const option = falseValues[k]!;
    if (option.length === length && text.startsWith(option, from)) return false;
  }
  return INVALID;
}

function codePointsInRange(text: string, from: number, to: number): number {
  let surrogates = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) surrogates++;
  }
  return to - from - surrogates;
}

function rangeShorterThan(text: string, from: number, to: number, limit: number): boolean {
  const length = to - from;
  if (length < limit) return true;
  if (length >= 2 * limit) return false;
  return codePointsInRange(text, from, to) < limit;
}

function rangeLongerThan(text: string, from: number, to: number, limit: number): boolean {
  const length = to - from;
  if (length <= limit) return false;
  if (length > 2 * limit) return true;
  return codePointsInRange(text, from, to) > limit;
}

// A string's code-point count lies between length/2 and length: count only when that range straddles the limit.
function shorterThan(value: CastValue, limit: number): boolean {
  if (typeof value === 'string') {
    if (value.length < limit) return true;
    if (value.length >= 2 * limit) return false;
  }
  return lengthOf(value) < limit;
}

function longerThan(value: CastValue, limit: number): boolean {
  if (typeof value === 'string') {
    if (value.length <= limit) return false;
    if (value.length > 2 * limit) return true;
  }
  return lengthOf(value) > limit;
}

function addValue(set: KeySet, value: CastValue): boolean {
  if (typeof value === 'string') return set.add(value);
  if (typeof value === 'number') return set.addNumber(value);
  return set.add(uniqueKeyOf(value));
}

function checkKeyGroup(
  group: { kind: 'primaryKey' | 'uniqueKey'; fields: readonly string[]; states: Array<FieldState | undefined>; set: KeySet; check: CheckTally },
  batch: ColumnBatch,
  record: Recorder,
  mask: Uint8Array | undefined,
): void {
  const states = group.states as FieldState[];
  for (let r = 0; r < batch.size; r++) {
    if (mask !== undefined && mask[r] === 0) continue;
    let key = '';
    let incomplete = false;
    for (let k = 0; k < states.length; k++) {
      const value = states[k]!.values[r];
      if (value === undefined) {
        incomplete = true;
        break;
      }
      key += (k > 0 ? '\u0000' : '') + uniqueKeyOf(value);
    }
    const row = batch.firstRow + r;
    const line = batch.lines?.[r];
    const shown = group.fields.length === 1 ? `"${group.fields[0]}"` : `(${group.fields.join(', ')})`;
    if (incomplete) {
      // Missing or invalid key values: a primary key must be complete; a unique key skips them.
      if (group.kind === 'primaryKey') record(group.check, { type: 'primary-key', row, line, message: `row ${row} has a missing or invalid primary key ${shown}` });
      continue;
    }
    if (!group.set.add(key)) {
      record(group.check, {
        type: group.kind === 'primaryKey' ? 'primary-key' : 'unique-error',
        row, line,
        message: `row ${row} repeats the ${group.kind === 'primaryKey' ? 'primary' : 'unique'} key ${shown} of an earlier row`,
      });
    }
  }
}
