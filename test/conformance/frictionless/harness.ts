// Runs ported Frictionless cases through holdout's public interfaces: a cell
// case becomes a row of a one-column CSV (or JSON Lines, for a JSON value)
// validated by validateData with the case's field; a schema case goes to
// compileTableSchema. Cases sharing a field run as one table.
import { ConfigurationError } from '../../../shared/errors.js';
import { userFile } from '../../../shared/io/user-file.js';
import { INVALID, type CastValue, type CompiledField } from '../../../shared/schema/fields.js';
import { compileTableSchema } from '../../../shared/schema/load.js';
import { validateData } from '../../../shared/validate/run.js';
import { tempDir, writeFiles } from '../../helpers.js';

export type Source = 'frictionless-py' | 'frictionless-ts';

/**
 * What Frictionless makes of a cell: a value (`valid`), a missing value, a
 * type error, a broken constraint, or a field it refuses to load.
 */
export type Outcome = 'valid' | 'missing' | 'type-error' | `constraint:${string}` | 'schema-refused';

export interface CellCase {
  /** Stable id for the knownDisagreements list: `<source file>#<n>` or a short name. */
  id: string;
  field: Record<string, unknown>;
  /** Schema-level properties besides fields (missingValues). */
  schema?: Record<string, unknown>;
  /** A string is a CSV cell; any other JSON value is a JSON Lines value. */
  cell: unknown;
  expect: Outcome;
  /** The logical value Frictionless reads, when the case gives it (compared after normalising, see `normalise`). */
  value?: unknown;
}

export interface SchemaCase {
  id: string;
  descriptor: unknown;
  expect: 'accepted' | 'refused';
}

export interface Result {
  id: string;
  ok: boolean;
  got: string;
}

const csvQuote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Runs cell cases, one table per distinct field (and per file format). */
export async function runCellCases(cases: readonly CellCase[]): Promise<Result[]> {
  const groups = new Map<string, CellCase[]>();
  for (const c of cases) {
    const key = JSON.stringify([c.field, c.schema ?? {}, typeof c.cell === 'string' ? 'csv' : 'jsonl']);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const results = new Map<string, Result>();
  const dir = await tempDir('holdout-conformance-');
  let n = 0;
  for (const group of groups.values()) {
    const first = group[0]!;
    const jsonl = typeof first.cell !== 'string';
    // An index column keeps an empty cell from making a blank row.
    const descriptor = { ...first.schema, fields: [{ name: 'i', type: 'integer' }, { name: 'v', ...first.field }] };
    const schemaFile = `schema-${n}.json`;
    const dataFile = `data-${n}.${jsonl ? 'jsonl' : 'csv'}`;
    n++;
    let field: CompiledField | undefined;
    try {
      field = compileTableSchema(JSON.stringify(descriptor), schemaFile).fields[1]!;
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      for (const c of group) results.set(c.id, judge(c, 'schema-refused', undefined, error.message));
      continue;
    }
    const text = jsonl
      ? group.map((c, i) => JSON.stringify({ i: i + 1, v: c.cell })).join('\n') + '\n'
      : ['i,v', ...group.map((c, i) => `${i + 1},${csvQuote(c.cell as string)}`)].join('\n') + '\n';
    await writeFiles(dir, { [schemaFile]: JSON.stringify(descriptor), [dataFile]: text });
    const outcome = await validateData({ data: [dataFile], baseDir: dir, schema: userFile(dir, schemaFile) });
    if (outcome.problems.length > 0) throw new Error(`${first.id}: ${outcome.problems[0]!.message}`);
    group.forEach((c, i) => {
      const errors = outcome.document.data.errors.filter((e) => e.row === i + 1 && e.field === 'v');
      const got: Outcome =
        errors.some((e) => e.type === 'type-error') ? 'type-error'
        : errors.length > 0 ? `constraint:${errors[0]!.constraint ?? errors[0]!.type}`
        : field.missingValues.has(c.cell as string) || c.cell === null ? 'missing'
        : 'valid';
      let value: unknown;
      if (got === 'valid' && c.value !== undefined) {
        const cast = field.cast(c.cell as never);
        value = cast === INVALID ? INVALID : normalise(field, cast);
      }
      results.set(c.id, judge(c, got, value));
    });
  }
  return cases.map((c) => results.get(c.id)!);
}

function judge(c: CellCase, got: Outcome, value: unknown, detail?: string): Result {
  if (got !== c.expect) return { id: c.id, ok: false, got: detail ? `${got} (${detail})` : got };
  if (c.value !== undefined && got === 'valid' && !sameValue(value, c.value)) return { id: c.id, ok: false, got: `value ${JSON.stringify(value)}` };
  return { id: c.id, ok: true, got };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * holdout's cast values in the notation the case tables use: dates as
 * `YYYY-MM-DD`, datetimes as ISO in UTC, times as `HH:MM:SS` (UTC when the
 * cell has an offset), year-months and geopoints as pairs.
 */
export function normalise(field: CompiledField, value: CastValue): unknown {
  switch (field.type) {
    case 'date': return new Date((value as number) * 86400000).toISOString().slice(0, 10);
    case 'datetime': return new Date(value as number).toISOString().replace('.000Z', 'Z');
    case 'time': return new Date(value as number).toISOString().slice(11, 19);
    case 'yearmonth': return [Math.floor((value as number) / 12), ((value as number) % 12) + 1];
    case 'geopoint': return (value as string).split(',').map(Number);
    default: return value;
  }
}

export function runSchemaCases(cases: readonly SchemaCase[]): Result[] {
  return cases.map((c) => {
    try {
      compileTableSchema(JSON.stringify(c.descriptor), 'schema.json');
      return { id: c.id, ok: c.expect === 'accepted', got: 'accepted' };
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      return { id: c.id, ok: c.expect === 'refused', got: `refused (${error.message})` };
    }
  });
}

/** Helpers to transcribe the suites' tables nearly verbatim. */
export function fromTable(
  prefix: string,
  type: string,
  rows: ReadonlyArray<readonly [format: string, source: unknown, target: unknown, options?: Record<string, unknown>]>,
): CellCase[] {
  return rows.map(([format, source, target, options], i) => ({
    id: `${prefix}#${i + 1}`,
    field: { type, ...(format === 'default' ? {} : { format }), ...options },
    cell: source,
    expect: target === null ? (source === '' ? 'missing' : 'type-error') : 'valid',
    value: target === null ? undefined : target,
  }));
}
