// validateTable: streams one table through a compiled schema. Every cell is
// counted (no sample limit on counts); only the error details kept for the
// report are capped. Table-level checks (header, row count, keys, missing
// rates, `mostly`) always run on the full counts.

import type { Cell, ColumnBatch } from '../data/batch.js';
import type { OpenTable } from '../data/table.js';
import type { Check, DataError, Location, Status, TableSummary } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import {
  FAST_DATE, FAST_DATETIME, FAST_INTEGER, FAST_NUMBER, FAST_STRING, INTEGER_PATTERN, INVALID, NUMBER_PATTERN,
  lengthOf, uniqueKeyOf, type CastValue, type CompiledField, type ConstraintName,
} from '../schema/fields.js';
import { parseIsoDate, parseIsoDateRange, parseIsoDatetime, parseIsoDatetimeRange } from '../schema/temporal.js';
import { parseDecimalRange, parseIntegerRange } from '../schema/numbers.js';
import type { CompiledSchema } from '../schema/load.js';
import { ValueHashSet } from './hashset.js';
import { formatCastValue, formatCount, formatRate, truncateCell } from './format.js';

export interface ValidateOptions {
  /** How many error details to keep (counts are never capped). */
  maxErrorSamples?: number;
  /** How many locations each check keeps. */
  maxLocationsPerCheck?: number;
}

export interface TableValidation {
  summary: TableSummary;
  checks: Check[];
  /** Error details in file order, at most maxErrorSamples. */
  errors: DataError[];
}

interface CheckState {
  id: string;
  title: string;
  field?: CompiledField;
  errorType?: string;
  constraint?: ConstraintName | 'required' | 'unique';
  count: number;
  locations: Location[];
  /** Set for checks whose errors `mostly` may tolerate. */
  tolerable: boolean;
}

interface FieldState {
  field: CompiledField;
  column: number;
  missing: number;
  /** Non-missing values that failed their type or a constraint (for `mostly`). */
  failed: number;
  min: number;
  max: number;
  typeCheck?: CheckState;
  requiredCheck?: CheckState;
  uniqueCheck?: CheckState;
  constraintChecks: Map<ConstraintName, CheckState>;
  unique?: ValueHashSet;
  /** A single-field primary key is checked in the column loop, without a second pass. */
  primaryKey?: { set: ValueHashSet; check: CheckState };
  /** Cast values of this batch, kept only when a key group needs them. */
  keepValues: boolean;
  values: Array<CastValue | undefined>;
}

const NUMERIC_ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);

export async function validateTable(table: OpenTable, schema: CompiledSchema, options: ValidateOptions = {}): Promise<TableValidation> {
  const maxSamples = options.maxErrorSamples ?? 1000;
  const maxLocations = options.maxLocationsPerCheck ?? 50;
  const file = table.info.displayPath;
  const errors: DataError[] = [];
  const checks: CheckState[] = [];
  const errorCounts: Record<string, number> = {};
  let errorCount = 0;

  const newCheck = (id: string, title: string, extra: Partial<CheckState> = {}): CheckState => {
    const check: CheckState = { id: `${file}#${id}`, title, count: 0, locations: [], tolerable: false, ...extra };
    checks.push(check);
    return check;
  };
  const record = (check: CheckState, error: Omit<DataError, 'file' | 'severity'>) => {
    check.count++;
    errorCount++;
    errorCounts[error.type] = (errorCounts[error.type] ?? 0) + 1;
    if (check.locations.length < maxLocations) {
      check.locations.push({ file, line: error.line, row: error.row, field: error.field });
    }
    if (errors.length < maxSamples) errors.push({ ...error, file, severity: 'fail' });
  };

  // Header against the schema.
  const headerCheck = newCheck('header', `Header matches the schema (fieldsMatch: ${schema.fieldsMatch})`);
  const fieldStates = matchHeader(table, schema, (type, message, field) =>
    record(headerCheck, { type, message, field, line: table.headerLine }),
  );
  const byName = new Map(fieldStates.map((state) => [state.field.name, state]));

  for (const state of fieldStates) {
    const f = state.field;
    const tolerable = f.mostly !== undefined;
    if (f.type !== 'any') state.typeCheck = newCheck(`field:${f.name}:type`, `${f.name}: values are ${f.typeLabel}`, { field: f, errorType: 'type-error', tolerable });
    if (f.required) state.requiredCheck = newCheck(`field:${f.name}:required`, `${f.name}: required (no missing values)`, { field: f, errorType: 'constraint-error', constraint: 'required' });
    for (const name of CONSTRAINT_ORDER) {
      if (f.constraintValue(name) === undefined) continue;
      state.constraintChecks.set(
        name,
        newCheck(`field:${f.name}:${name}`, `${f.name}: ${describeConstraint(name, f.constraintValue(name))}`, { field: f, errorType: 'constraint-error', constraint: name, tolerable }),
      );
    }
    if (f.unique) {
      state.uniqueCheck = newCheck(`field:${f.name}:unique`, `${f.name}: values are unique`, { field: f, errorType: 'unique-error', constraint: 'unique' });
      state.unique = new ValueHashSet(1 << 16);
    }
  }
  const keyGroups = schema.keyGroups
    .map((group) => ({
      ...group,
      states: group.fields.map((name) => byName.get(name)),
      set: new ValueHashSet(1 << 16),
      check: newCheck(
        group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`,
        `${group.kind === 'primaryKey' ? 'Primary key' : 'Unique key'} (${group.fields.join(', ')}) is unique${group.kind === 'primaryKey' ? ' and complete' : ''}`,
        { errorType: group.kind === 'primaryKey' ? 'primary-key' : 'unique-error' },
      ),
    }))
    .filter((group) => {
      if (group.states.some((s) => s === undefined)) {
        // The header check already reports the missing column; the key cannot be checked.
        group.check.count = -1;
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

  let rows = 0;
  let reserved = false;
  for await (const batch of table.batches) {
    rows += batch.size;
    if (!reserved) {
      // Size the hash sets once from the first batch's bytes per row.
      reserved = true;
      const expected = table.estimateRows?.(batch);
      if (expected !== undefined) {
        const sets = new Set<ValueHashSet>();
        for (const state of fieldStates) {
          if (state.unique) sets.add(state.unique);
          if (state.primaryKey) sets.add(state.primaryKey.set);
        }
        for (const group of keyGroups) sets.add(group.set);
        for (const set of sets) set.reserve(Math.ceil(expected * 1.05));
      }
    }
    for (const state of fieldStates) validateColumn(state, batch, record);
    for (const group of keyGroups) checkKeyGroup(group, batch, record);
  }

  // Table-level checks over the full counts.
  const rowCount = schema.rowCount;
  const rowCountCheck = rowCount ? newCheck('rowCount', `Row count is ${describeRange(rowCount.min, rowCount.max)}`) : undefined;
  const missingRateChecks = new Map<FieldState, CheckState>();
  for (const state of fieldStates) {
    if (state.field.maxMissingRate !== undefined) {
      missingRateChecks.set(state, newCheck(`field:${state.field.name}:maxMissingRate`, `${state.field.name}: missing rate ≤ ${formatRate(state.field.maxMissingRate)}`, { field: state.field }));
    }
  }

  const finished: Check[] = [];
  const tolerated = new Set<CompiledField>();
  for (const state of fieldStates) {
    const mostly = state.field.mostly;
    const nonMissing = rows - state.missing;
    if (mostly !== undefined && state.failed > 0 && nonMissing > 0 && 1 - state.failed / nonMissing >= mostly) tolerated.add(state.field);
  }
  for (const error of errors) {
    const state = error.field === undefined ? undefined : byName.get(error.field);
    if (state && tolerated.has(state.field) && (error.type === 'type-error' || (error.type === 'constraint-error' && error.constraint !== 'required'))) {
      error.severity = 'warn';
    }
  }

  for (const check of checks) {
    const state = check.field ? byName.get(check.field.name) : undefined;
    if (check === rowCountCheck) {
      const ok = (rowCount!.min === undefined || rows >= rowCount!.min) && (rowCount!.max === undefined || rows <= rowCount!.max);
      finished.push({ id: check.id, title: check.title, status: ok ? 'pass' : 'fail', observed: rows, expected: describeRange(rowCount!.min, rowCount!.max), message: ok ? `${formatCount(rows)} rows` : `${formatCount(rows)} rows, expected ${describeRange(rowCount!.min, rowCount!.max)}`, count: ok ? 0 : 1, locations: [] });
      if (!ok) {
        errorCount++;
        errorCounts['row-count'] = (errorCounts['row-count'] ?? 0) + 1;
        if (errors.length < maxSamples) errors.push({ type: 'row-count', file, message: `the table has ${formatCount(rows)} rows, expected ${describeRange(rowCount!.min, rowCount!.max)}`, severity: 'fail' });
      }
      continue;
    }
    const missingOwner = [...missingRateChecks].find(([, c]) => c === check)?.[0];
    if (missingOwner) {
      const rate = rows === 0 ? 0 : missingOwner.missing / rows;
      const limit = missingOwner.field.maxMissingRate!;
      const ok = rate <= limit;
      finished.push({ id: check.id, title: check.title, status: ok ? 'pass' : 'fail', observed: rate, expected: `≤ ${formatRate(limit)}`, message: `${formatCount(missingOwner.missing)} of ${formatCount(rows)} values missing (${formatRate(rate)})`, count: ok ? 0 : 1, locations: [] });
      if (!ok) {
        errorCount++;
        errorCounts['missing-rate'] = (errorCounts['missing-rate'] ?? 0) + 1;
        if (errors.length < maxSamples) errors.push({ type: 'missing-rate', file, field: missingOwner.field.name, message: `${formatRate(rate)} of "${missingOwner.field.name}" is missing, more than the ${formatRate(limit)} allowed`, severity: 'fail' });
      }
      continue;
    }
    if (check.count === -1) {
      finished.push({ id: check.id, title: check.title, status: 'fail', message: 'cannot be checked: a key column is missing from the file', count: 0, locations: [] });
      continue;
    }
    let status: Status = check.count === 0 ? 'pass' : 'fail';
    let message = check.count === 0 ? 'no errors' : `${formatCount(check.count)} error${check.count === 1 ? '' : 's'}`;
    let observed: number | string | undefined = check.count;
    let expected: number | string | undefined = 0;
    if (state && check.tolerable && state.field.mostly !== undefined) {
      const nonMissing = rows - state.missing;
      const share = nonMissing === 0 ? 1 : 1 - state.failed / nonMissing;
      observed = share;
      expected = `≥ ${formatRate(state.field.mostly)} valid`;
      if (check.count > 0) {
        status = tolerated.has(state.field) ? 'pass' : 'fail';
        message = `${formatCount(check.count)} of ${formatCount(nonMissing)} values break it; ${formatRate(share)} of the field is valid, ${status === 'pass' ? 'within' : 'below'} mostly ${formatRate(state.field.mostly)}`;
      }
    } else if (state && check.constraint && (check.constraint === 'minimum' || check.constraint === 'exclusiveMinimum') && Number.isFinite(state.min)) {
      observed = formatCastValue(state.field, state.min);
      expected = `${check.constraint === 'minimum' ? '≥' : '>'} ${String(state.field.constraintValue(check.constraint))}`;
    } else if (state && check.constraint && (check.constraint === 'maximum' || check.constraint === 'exclusiveMaximum') && Number.isFinite(state.max)) {
      observed = formatCastValue(state.field, state.max);
      expected = `${check.constraint === 'maximum' ? '≤' : '<'} ${String(state.field.constraintValue(check.constraint))}`;
    }
    finished.push({ id: check.id, title: check.title, status, observed, expected, message, count: check.count, locations: check.locations });
  }

  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0));
  const digest = table.digest();
  const failedChecks = finished.filter((c) => c.status === 'fail' || c.status === 'error').length;
  return {
    summary: {
      file,
      format: table.info.format + (table.info.gzip ? '+gzip' : ''),
      status: worstStatus(finished.map((c) => c.status)),
      rows,
      sha256: digest.sha256,
      bytes: digest.bytes,
      errorCount,
      errorCounts,
      failedChecks,
    },
    checks: finished,
    errors,
  };
}

const CONSTRAINT_ORDER: ConstraintName[] = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum'];

function describeConstraint(name: ConstraintName, value: unknown): string {
  switch (name) {
    case 'minimum': return `≥ ${String(value)}`;
    case 'maximum': return `≤ ${String(value)}`;
    case 'exclusiveMinimum': return `> ${String(value)}`;
    case 'exclusiveMaximum': return `< ${String(value)}`;
    case 'minLength': return `length ≥ ${String(value)}`;
    case 'maxLength': return `length ≤ ${String(value)}`;
    case 'pattern': return `matches /${String(value)}/`;
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
    case 'enum': return `${shown} is not one of ${(limit as unknown[]).map(String).join(', ')}`;
  }
}

function describeRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${formatCount(min)} and ${formatCount(max)}`;
  if (min !== undefined) return `at least ${formatCount(min)}`;
  if (max !== undefined) return `at most ${formatCount(max)}`;
  return 'any';
}

type Recorder = (check: CheckState, error: Omit<DataError, 'file' | 'severity'>) => void;

function matchHeader(
  table: OpenTable,
  schema: CompiledSchema,
  report: (type: string, message: string, field?: string) => void,
): FieldState[] {
  const header = table.header;
  const mode = table.info.format === 'jsonl' && schema.fieldsMatch === 'exact' ? 'equal' : schema.fieldsMatch;
  const states: FieldState[] = [];
  const make = (field: CompiledField, column: number): FieldState => ({
    field, column, missing: 0, failed: 0, min: Infinity, max: -Infinity, constraintChecks: new Map(), keepValues: false, values: [],
  });
  header.forEach((label, i) => {
    if (label === '') report('blank-label', `column ${i + 1} has a blank header`);
  });
  const allowExtra = mode === 'subset' || mode === 'partial';
  const allowMissing = mode === 'superset' || mode === 'partial';
  if (mode === 'exact') {
    const n = Math.max(header.length, schema.fields.length);
    for (let i = 0; i < n; i++) {
      const field = schema.fields[i];
      const label = header[i];
      if (field && label === undefined) report('missing-label', `field "${field.name}" (position ${i + 1}) is missing from the header`, field.name);
      else if (!field && label !== undefined) report('extra-label', `column "${label}" (position ${i + 1}) is not in the schema`, label);
      else if (field && label !== undefined) {
        if (label !== field.name && label !== '') report('incorrect-label', `column ${i + 1} is "${label}", the schema expects "${field.name}"`, field.name);
        states.push(make(field, i));
      }
    }
  } else {
    const position = new Map(header.map((label, i) => [label, i]));
    const names = new Set(schema.fields.map((f) => f.name));
    for (const field of schema.fields) {
      const column = position.get(field.name);
      if (column === undefined) {
        if (!allowMissing) report('missing-label', `field "${field.name}" is missing from the header`, field.name);
      } else states.push(make(field, column));
    }
    if (!allowExtra) header.forEach((label, i) => {
      if (label !== '' && !names.has(label)) report('extra-label', `column "${label}" (position ${i + 1}) is not in the schema`, label);
    });
    if (mode === 'partial' && states.length === 0) report('missing-label', 'no column of the file is a field of the schema');
  }
  const unexpected = table.unexpectedKeys;
  if (unexpected && !allowExtra) {
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

function validateColumn(state: FieldState, batch: ColumnBatch, record: Recorder): void {
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
  // A small set of allowed strings is matched in place; a large one needs the string for Set.has.
  const enumList = allowed && allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? ([...allowed] as string[]) : undefined;
  const anyConstraint = hasMin || hasMax || hasExMin || hasExMax || hasMinLength || hasMaxLength || pattern !== undefined || allowed !== undefined;
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
  for (let r = 0; r < batch.size; r++) {
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
        isMissing = length === 0 && missingValues.has('');
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
      state.missing++;
      if (keep) values[r] = undefined;
      if (state.requiredCheck) {
        record(state.requiredCheck, { type: 'constraint-error', constraint: 'required', field: field.name, row: batch.firstRow + r, line: lines?.[r], message: `missing value in required field "${field.name}"` });
      }
      if (primaryKey) record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], message: `row ${batch.firstRow + r} has no primary key "${field.name}"` });
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
      state.failed++;
      if (keep) values[r] = undefined;
      const shown = truncateCell(cell ?? text.slice(s, e));
      if (state.typeCheck) {
        record(state.typeCheck, { type: 'type-error', field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `${JSON.stringify(shown)} is not a valid ${field.typeLabel}` });
      }
      if (primaryKey) record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], message: `row ${batch.firstRow + r} has an invalid primary key "${field.name}"` });
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
      else if (allowed !== undefined) {
        if (value === IN_TEXT) {
          let found = false;
          for (let k = 0; k < enumList!.length && !found; k++) {
            const option = enumList![k]!;
            found = option.length === e - s && text.startsWith(option, s);
          }
          if (!found) broken = 'enum';
        } else if (!allowed.has(enumByKey ? uniqueKeyOf(value) : value)) broken = 'enum';
      }
      if (broken !== undefined) {
        state.failed++;
        const shown = truncateCell(cell ?? text.slice(s, e));
        record(state.constraintChecks.get(broken)!, {
          type: 'constraint-error', constraint: broken, field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown,
          message: constraintMessage(broken, shown, field.constraintValue(broken)),
        });
      }
    }
    const fresh = unique === undefined ? true : value === IN_TEXT ? unique.addRange(text, s, e) : addValue(unique, value);
    if (!fresh) {
      const shown = truncateCell(cell ?? text.slice(s, e));
      record(state.uniqueCheck!, { type: 'unique-error', constraint: 'unique', field: field.name, row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `${JSON.stringify(shown)} repeats an earlier value of unique field "${field.name}"` });
    }
    if (primaryKey !== undefined && !(primaryKey.set === unique ? fresh : value === IN_TEXT ? primaryKey.set.addRange(text, s, e) : addValue(primaryKey.set, value))) {
      const shown = truncateCell(cell ?? text.slice(s, e));
      record(primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: lines?.[r], cell: shown, message: `row ${batch.firstRow + r} repeats the primary key "${field.name}" = ${JSON.stringify(shown)} of an earlier row` });
    }
  }
  state.min = seenMin;
  state.max = seenMax;
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

function addValue(set: ValueHashSet, value: CastValue): boolean {
  if (typeof value === 'string') return set.add(value);
  if (typeof value === 'number') return set.addNumber(value);
  return set.add(uniqueKeyOf(value));
}

function checkKeyGroup(
  group: { kind: 'primaryKey' | 'uniqueKey'; fields: readonly string[]; states: Array<FieldState | undefined>; set: ValueHashSet; check: CheckState },
  batch: ColumnBatch,
  record: Recorder,
): void {
  const states = group.states as FieldState[];
  for (let r = 0; r < batch.size; r++) {
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
