// Schema inference: one pass over a dataset gives a draft table schema —
// types, required, ranges with a margin, enums for low-cardinality strings,
// primary-key candidates — and the dataset's profile, binned on its own
// edges, so it can serve as the drift reference at once. A draft: it says
// so, and a person reviews it before it guards anything.

import { textCell, type Cell, type ColumnBatch } from '../data/batch.js';
import type { OpenTable } from '../data/table.js';
import { ValueHashSet } from '../profile/hashset.js';
import { DatasetProfiler, type ColumnAccumulator, type Profile } from '../profile/profile.js';
import { compileField, INVALID, type CompiledField } from './fields.js';
import type { FieldDescriptor, FieldType } from './model.js';

/** Candidate types, narrowest first: a column gets the first its every value casts to. */
const CANDIDATES: readonly FieldType[] = ['integer', 'number', 'boolean', 'date', 'datetime', 'string'];
const NUMERIC: ReadonlySet<FieldType> = new Set(['integer', 'number', 'date', 'datetime']);
/** Strings with at most this many distinct values, each seen several times, become an enum. */
const ENUM_MAX = 20;
const ENUM_MIN_REPEATS = 3;
/** How far past the observed range the drafted bounds reach, as a share of the range. */
const RANGE_MARGIN = 0.1;

interface ColumnState {
  name: string;
  /** Candidates every value so far casts to, with the profile accumulator each would fill. */
  alive: Array<{ type: FieldType; field: CompiledField; acc: ColumnAccumulator; min: number; max: number }>;
  missing: number;
  values: number;
  distinct: Map<string, number> | undefined;
  seen: ValueHashSet | undefined;
}

export interface InferredSchema {
  schema: Record<string, unknown>;
  profile: Profile;
  primaryKeyCandidates: string[];
  rows: number;
}

/** Infers a draft schema and the profile over the tables of one dataset (the same columns in each). */
export async function inferSchema(tables: readonly OpenTable[], source: string): Promise<InferredSchema> {
  const profilers = new Map<FieldType, DatasetProfiler>(CANDIDATES.map((t) => [t, new DatasetProfiler(() => 'own')]));
  let columns: ColumnState[] | undefined;
  let rows = 0;
  for (const table of tables) {
    columns ??= table.header.map((name) => ({
      name,
      alive: CANDIDATES.map((type) => {
        const field = compileField({ name, type } as FieldDescriptor, { file: source, key: name, schemaMissingValues: [''] });
        return { type, field, acc: profilers.get(type)!.accumulator(name, type, NUMERIC.has(type) ? 'numeric' : 'categorical'), min: Infinity, max: -Infinity };
      }),
      missing: 0,
      values: 0,
      distinct: new Map(),
      seen: new ValueHashSet(1 << 12),
    }));
    const position = new Map(table.header.map((name, i) => [name, i]));
    for await (const batch of table.batches) {
      rows += batch.size;
      for (const column of columns) {
        const at = position.get(column.name);
        if (at !== undefined) scanColumn(column, batch, at);
        else column.missing += batch.size;
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
    const constraints: Record<string, unknown> = {};
    if (column.missing === 0 && rows > 0) constraints.required = true;
    if ((chosen.type === 'integer' || chosen.type === 'number') && Number.isFinite(chosen.min)) {
      const [minimum, maximum] = widen(chosen.min, chosen.max, chosen.type === 'integer');
      constraints.minimum = minimum;
      constraints.maximum = maximum;
    }
    if (chosen.type === 'string' && column.distinct && column.distinct.size > 0 && column.distinct.size <= ENUM_MAX && column.values >= ENUM_MIN_REPEATS * column.distinct.size) {
      constraints.enum = [...column.distinct.keys()].sort();
    }
    // Keys are integers or strings: unique floats, dates and times are measurements that happen not to repeat.
    const unique = column.seen !== undefined && column.missing === 0 && column.values > 1 && (chosen.type === 'integer' || chosen.type === 'string');
    if (unique) {
      candidates.push(column.name);
      constraints.unique = true;
    }
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    if (column.missing > 0 && rows > 0) {
      // Room for a little more missingness than seen, so the draft does not fail its own data's next sample.
      field['x-holdout'] = { maxMissingRate: Math.min(1, Math.ceil((column.missing / rows) * 150) / 100) };
    }
    fields.push(field);
    profileColumns[column.name] = chosen.acc.toProfile();
  }
  // The first candidate named like an identifier, else the first candidate.
  const primaryKey = candidates.find((name) => /(^|_)(id|key|uuid)$/i.test(name)) ?? candidates[0];
  const schema: Record<string, unknown> = {
    description: `DRAFT inferred by holdout infer-schema from ${source} (${rows} rows): review the types, ranges, enums and keys before relying on it.${candidates.length > 1 ? ` Primary key candidates: ${candidates.join(', ')}.` : ''}`,
    fields,
  };
  if (primaryKey !== undefined) schema.primaryKey = primaryKey;
  return { schema, profile: { holdoutProfile: 1, rows, columns: profileColumns }, primaryKeyCandidates: candidates, rows };
}

function scanColumn(column: ColumnState, batch: ColumnBatch, at: number): void {
  const cells = batch.text;
  const width = cells?.starts.length ?? 0;
  for (let r = 0; r < batch.size; r++) {
    const cell: Cell = cells ? textCell(cells, width, at, r) : batch.columns[at]![r]!;
    if (cell === null || cell === undefined || cell === '') {
      column.missing++;
      for (const c of column.alive) c.acc.missing++;
      continue;
    }
    column.values++;
    const text = typeof cell === 'string' ? cell : String(cell);
    if (column.distinct) {
      column.distinct.set(text, (column.distinct.get(text) ?? 0) + 1);
      if (column.distinct.size > ENUM_MAX) column.distinct = undefined;
    }
    if (column.seen && !column.seen.add(text)) column.seen = undefined;
    for (let k = 0; k < column.alive.length; k++) {
      const c = column.alive[k]!;
      const value = c.field.cast(cell);
      if (value === INVALID || (c.type === 'boolean' && !/^(true|false)$/i.test(text))) {
        // Ruled out; 0/1 columns stay integers (labels), not booleans. `string` never is.
        column.alive.splice(k--, 1);
        continue;
      }
      if (NUMERIC.has(c.type)) {
        const x = value as number;
        if (x < c.min) c.min = x;
        if (x > c.max) c.max = x;
        c.acc.addNumber(x);
      } else c.acc.addCategory(typeof value === 'string' ? value : String(value));
    }
  }
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
