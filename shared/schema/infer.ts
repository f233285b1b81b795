// Schema inference: one pass over a dataset gives a draft table schema —
// types, required, missing-value markers, enums only where the evidence is
// strong, primary-key candidates — and, when asked, the dataset's profile,
// binned on its own edges, so it can serve as the drift reference at once.
// A draft: it says so, and a person reviews it before it guards anything.
//
// The draft is meant to accept the rest of the data it was drawn from (a
// draft made from 60 % of a clean dataset accepts the other 40 %; the e2e
// test test/e2e/real-datasets.e2e.test.ts measures it on R's and
// scikit-learn's datasets). Hence:
// - missing markers: "", NA, N/A, NaN, null, None by default (R writes NA,
//   pandas NaN or "", Python None), written into the draft's missingValues;
// - numeric ranges: by default only the sign (minimum 0 when at least 20
//   values are all ≥ 0); observed bounds do not generalise (the next sample's
//   extremes lie beyond them about half the time). `ranges: true` writes the
//   observed range widened by 10 % of its width on each side, rounded outward;
// - enums: a string column with at most 20 distinct values each seen at least
//   10 times (no rare value, so little sign of values the sample missed); an
//   integer column of only 0 and 1, each seen 10 times, is an integer with
//   enum [0, 1] (a label, kept numeric); true/false text is a boolean;
// - maxMissingRate: the Wilson upper bound (z = 3) of the missing share,
//   rounded up to a percent; a column with no missing value among 20 or more
//   is required.
// Memory per column is bounded (a few numbers, at most 21 distinct values,
// and a hash set of values only while the column may be a key) unless a
// profile is asked for; then each type still possible keeps its profile
// (numeric ones hold their values until the edges are cut).

import { textCell, type Cell, type ColumnBatch } from '../data/batch.js';
import type { OpenTable } from '../data/table.js';
import { ValueHashSet } from '../profile/hashset.js';
import { ColumnAccumulator, type Profile } from '../profile/profile.js';
import { compileField, INVALID, type CompiledField } from './fields.js';
import type { FieldDescriptor, FieldType } from './model.js';

/** Missing-value markers when none are given: Frictionless's "" and what R, pandas and Python write. */
export const DEFAULT_MISSING_MARKERS: readonly string[] = ['', 'NA', 'N/A', 'NaN', 'null', 'None'];

/** Candidate types, narrowest first: a column gets the first its every value casts to. */
const CANDIDATES: ReadonlyArray<{ type: FieldType; format?: string }> = [
  { type: 'integer' },
  { type: 'number' },
  { type: 'boolean' },
  { type: 'date' },
  { type: 'datetime' },
  // pandas and many databases write datetimes with a space between date and time.
  { type: 'datetime', format: '%Y-%m-%d %H:%M:%S' },
  { type: 'string' },
];
const NUMERIC: ReadonlySet<FieldType> = new Set(['integer', 'number', 'date', 'datetime']);
/** An enum: at most this many distinct values, each seen at least ENUM_MIN_COUNT times. */
const ENUM_MAX = 20;
const ENUM_MIN_COUNT = 10;
/** Values needed before a sign (minimum 0), `required` or a key candidate is claimed. */
const MIN_EVIDENCE = 20;
/** With `ranges`: how far past the observed range the drafted bounds reach, as a share of the range. */
const RANGE_MARGIN = 0.1;
/** A column name that says identifier. */
const IDENTIFIER = /(^|_)(id|key|uuid)$/i;
/** z of the Wilson upper bound on the missing share. */
const MISSING_Z = 3;

interface Candidate {
  type: FieldType;
  format?: string;
  field: CompiledField;
  acc?: ColumnAccumulator;
  min: number;
  max: number;
}

interface ColumnState {
  /** The field's name in the draft (a blank or repeated label renamed). */
  name: string;
  /** The label as the header has it. */
  label: string;
  index: number;
  /** Candidates every value so far casts to. */
  alive: Candidate[];
  missing: number;
  values: number;
  distinct: Map<string, number> | undefined;
  /** Values seen, while the column may still be a key (integers or strings, no repeat). */
  seen: ValueHashSet | undefined;
  keyable: boolean;
  profiling: boolean;
}

export interface InferOptions {
  /** Cells read as missing (default DEFAULT_MISSING_MARKERS); written into the draft's missingValues. */
  missingValues?: readonly string[];
  /** Write the observed numeric ranges, widened (default: only the sign). */
  ranges?: boolean;
  /** Profile the data too (default true); costs memory per distinct value and per numeric value until the edges are cut. */
  profile?: boolean;
}

export interface InferredSchema {
  schema: Record<string, unknown>;
  /** The data's profile (empty columns when `profile: false`). */
  profile: Profile;
  primaryKeyCandidates: string[];
  rows: number;
  /** What a person should know about the draft: renamed columns, a file that looks read with the wrong delimiter. */
  warnings: string[];
}

/** Infers a draft schema (and the profile) over the tables of one dataset (the same columns in each). */
export async function inferSchema(tables: readonly OpenTable[], source: string, options: InferOptions = {}): Promise<InferredSchema> {
  const markers = [...new Set(options.missingValues ?? DEFAULT_MISSING_MARKERS)];
  const missing = new Set(markers);
  const profiling = options.profile !== false;
  const warnings: string[] = [];
  let columns: ColumnState[] | undefined;
  let firstHeader: readonly string[] = [];
  let rows = 0;
  for (const table of tables) {
    const display = table.info.display;
    if (table.header.length === 1) {
      const delimiter = [';', '\t', '|'].find((d) => table.header[0]!.includes(d));
      if (delimiter) warnings.push(`${display}: read as one column whose header ${JSON.stringify(table.header[0])} contains ${JSON.stringify(delimiter)}; if that is the delimiter, pass --delimiter ${JSON.stringify(delimiter)}`);
    }
    if (!columns) {
      firstHeader = table.header;
      const names = draftNames(table.header, display, warnings);
      // One compiled caster per candidate type, shared by every column: a wide table costs a few small objects per column.
      const casters = CANDIDATES.map(({ type, format }) => compileField({ name: 'value', type, ...(format ? { format } : {}) } as FieldDescriptor, { file: source, key: 'value', schemaMissingValues: markers }));
      columns = table.header.map((label, index) => ({
        name: names[index]!,
        label,
        index,
        alive: CANDIDATES.map(({ type, format }, k) => {
          return { type, format, field: casters[k]!, min: Infinity, max: -Infinity } satisfies Candidate;
        }),
        missing: 0,
        values: 0,
        distinct: new Map(),
        seen: undefined,
        keyable: true,
        profiling,
      }));
    }
    // The same header: by position (renamed columns included); otherwise by label.
    const same = table.header.length === firstHeader.length && table.header.every((l, i) => l === firstHeader[i]);
    const byLabel = new Map<string, number>();
    table.header.forEach((label, i) => {
      if (!byLabel.has(label)) byLabel.set(label, i);
    });
    for await (const batch of table.batches) {
      rows += batch.size;
      for (const column of columns) {
        const at = same ? column.index : column.name === column.label ? byLabel.get(column.label) : undefined;
        if (at !== undefined) scanColumn(column, batch, at, missing);
        else {
          column.missing += batch.size;
        }
      }
    }
  }
  columns ??= [];
  const fields: Array<Record<string, unknown>> = [];
  const profileColumns: Profile['columns'] = {};
  const candidates: string[] = [];
  for (const column of columns) {
    const chosen = column.alive[0]!;
    const field: Record<string, unknown> = { name: column.name, type: chosen.type };
    if (chosen.format) field.format = chosen.format;
    const constraints: Record<string, unknown> = {};
    if (column.missing === 0 && column.values >= MIN_EVIDENCE) constraints.required = true;
    const numeric = chosen.type === 'integer' || chosen.type === 'number';
    const binary = chosen.type === 'integer' && column.distinct?.size === 2 && [...column.distinct].every(([v, n]) => (v === '0' || v === '1') && n >= ENUM_MIN_COUNT);
    if (binary) constraints.enum = [0, 1];
    else if (numeric && Number.isFinite(chosen.min)) {
      if (options.ranges) {
        const [minimum, maximum] = widen(chosen.min, chosen.max, chosen.type === 'integer');
        constraints.minimum = minimum;
        constraints.maximum = maximum;
      } else if (chosen.min >= 0 && column.values >= MIN_EVIDENCE) constraints.minimum = 0;
    }
    if (chosen.type === 'string' && column.distinct && column.distinct.size > 0 && column.distinct.size <= ENUM_MAX && [...column.distinct.values()].every((n) => n >= ENUM_MIN_COUNT)) {
      constraints.enum = [...column.distinct.keys()].sort();
    }
    // Keys are strings, or integers named like an identifier or nearly consecutive (a row number): unique floats,
    // dates, times and integer measurements (weights, counts) are values that happen not to repeat in a sample.
    const keyLike = chosen.type === 'string' || (chosen.type === 'integer' && (IDENTIFIER.test(column.name) || chosen.max - chosen.min + 1 <= 2 * column.values));
    const unique = column.seen !== undefined && column.keyable && column.missing === 0 && column.values >= MIN_EVIDENCE && keyLike;
    if (unique) {
      candidates.push(column.name);
      constraints.unique = true;
    }
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    if (column.missing > 0 && rows > 0) {
      // Room for more missingness than seen, so the draft does not fail its own data's next sample.
      field['x-holdout'] = { maxMissingRate: Math.min(1, Math.ceil(wilsonUpper(column.missing, rows, MISSING_Z) * 100 - 1e-9) / 100) };
    }
    fields.push(field);
    if (profiling) {
      const acc = chosen.acc ?? accumulatorFor(chosen.type);
      acc.missing = column.missing;
      profileColumns[column.name] = acc.toProfile();
    }
  }
  // The first candidate named like an identifier, else the first candidate.
  const primaryKey = candidates.find((name) => IDENTIFIER.test(name)) ?? candidates[0];
  const schema: Record<string, unknown> = {
    description: `DRAFT inferred by holdout infer-schema from ${source} (${rows} rows): review the types, ranges, enums and keys before relying on it.${candidates.length > 1 ? ` Primary key candidates: ${candidates.join(', ')}.` : ''}`,
    fields,
    missingValues: markers,
  };
  if (primaryKey !== undefined) schema.primaryKey = primaryKey;
  return { schema, profile: { holdoutProfile: 1, rows, columns: profileColumns }, primaryKeyCandidates: candidates, rows, warnings };
}

/** Field names for a header: blank and repeated labels become field_<position>, with a warning each. */
function draftNames(header: readonly string[], display: string, warnings: string[]): string[] {
  const taken = new Set(header);
  const used = new Set<string>();
  return header.map((label, i) => {
    if (label.trim() !== '' && !used.has(label)) {
      used.add(label);
      return label;
    }
    let name = `field_${i + 1}`;
    for (let k = 2; taken.has(name) || used.has(name); k++) name = `field_${i + 1}_${k}`;
    used.add(name);
    warnings.push(`${display}: column ${i + 1} ${label.trim() === '' ? 'has a blank header' : `repeats the header ${JSON.stringify(label)}`}; drafted as "${name}" (holdout validate reports the ${label.trim() === '' ? 'blank' : 'duplicate'} label, as Frictionless does, until the header names it)`);
    return name;
  });
}

function scanColumn(column: ColumnState, batch: ColumnBatch, at: number, missing: ReadonlySet<string>): void {
  const cells = batch.text;
  const width = cells?.starts.length ?? 0;
  for (let r = 0; r < batch.size; r++) {
    const cell: Cell = cells ? textCell(cells, width, at, r) : batch.columns[at]![r]!;
    if (cell === null || cell === undefined || (typeof cell === 'string' && missing.has(cell))) {
      column.missing++;
      continue;
    }
    column.values++;
    const text = typeof cell === 'string' ? cell : String(cell);
    if (column.distinct) {
      column.distinct.set(text, (column.distinct.get(text) ?? 0) + 1);
      if (column.distinct.size > ENUM_MAX) column.distinct = undefined;
    }
    for (let k = 0; k < column.alive.length; k++) {
      const c = column.alive[k]!;
      const value = c.field.cast(cell);
      if (value === INVALID || (c.type === 'boolean' && !/^(true|false)$/i.test(text))) {
        // Ruled out; 0/1 columns stay integers (labels, drafted with enum [0, 1]), not booleans. `string` never is.
        column.alive.splice(k--, 1);
        continue;
      }
      // The profile of each type still possible, made when the first value casts to it (most die at the first value).
      if (column.profiling) c.acc ??= accumulatorFor(c.type);
      if (NUMERIC.has(c.type)) {
        const x = value as number;
        if (x < c.min) c.min = x;
        if (x > c.max) c.max = x;
        c.acc?.addNumber(x);
      } else c.acc?.addCategory(typeof value === 'string' ? value : String(value));
    }
    // A key is an integer or a string column: once it can only be a float, date or time, stop remembering values.
    if (column.keyable) {
      const best = column.alive[0]!.type;
      if (best !== 'integer' && best !== 'string' && best !== 'boolean') {
        column.keyable = false;
        column.seen = undefined;
      } else {
        column.seen ??= new ValueHashSet();
        if (!column.seen.add(text)) {
          column.keyable = false;
          column.seen = undefined;
        }
      }
    }
  }
}

/** A profile accumulator as validate's profiler makes one: numeric columns binned on their own edges. */
function accumulatorFor(type: FieldType): ColumnAccumulator {
  return NUMERIC.has(type) ? new ColumnAccumulator(type, 'numeric', 'own') : new ColumnAccumulator(type, 'categorical', 'none');
}

/** Upper end of the Wilson score interval for k successes in n. */
function wilsonUpper(k: number, n: number, z: number): number {
  const p = k / n;
  const z2 = z * z;
  return Math.min(1, (p + z2 / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n));
}

function widen(min: number, max: number, integer: boolean): [number, number] {
  const margin = (max - min) * RANGE_MARGIN || Math.abs(max) * RANGE_MARGIN || 1;
  // Round outwards to the margin's leading digit: 12.3–87.6 becomes 4–96, not 4.77–95.13.
  const step = integer ? Math.max(1, 10 ** Math.floor(Math.log10(margin))) : 10 ** Math.floor(Math.log10(margin));
  let lo = Math.floor((min - margin) / step) * step;
  const hi = Math.ceil((max + margin) / step) * step;
  // Non-negative data keeps a non-negative floor (counts, prices, ages).
  if (min >= 0 && lo < 0) lo = 0;
  return [Number(lo.toPrecision(12)), Number(hi.toPrecision(12))];
}
