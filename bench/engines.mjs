// The validate-data benchmark's checks as other engines would run them, one
// process each (so GNU time measures each engine's own peak RSS):
//   node bench/engines.mjs duckdb FILE [threads]   one SQL query over text columns
//   node bench/engines.mjs polars FILE             polars expressions over Utf8 columns
// Both read every column as text (DuckDB read_csv all_varchar, polars
// inferSchemaLength 0) with the schema's missing markers ('' and NA), then
// count per column: missing values, values that fail the type cast, and
// each constraint's violations, plus duplicates of the unique/primary key
// and the row count. Prints one JSON object of counts.
import { SCHEMA } from './generate.mjs';

const [engine, file, threads] = process.argv.slice(2);
const MISSING = SCHEMA.missingValues;
const sqlString = (s) => `'${String(s).replaceAll("'", "''")}'`;
const ident = (s) => `"${s.replaceAll('"', '""')}"`;

/** One SELECT of count_if(...) aggregates: the schema's checks in DuckDB SQL. */
export function duckdbSql(path) {
  const parts = ['count(*) AS rows'];
  for (const f of SCHEMA.fields) {
    const c = ident(f.name);
    const k = f.constraints ?? {};
    const cast = { integer: `CASE WHEN regexp_full_match(${c}, '[+-]?[0-9]+') THEN TRY_CAST(${c} AS BIGINT) END` /* a bare TRY_CAST rounds '1.5' to 2 */, number: `TRY_CAST(${c} AS DOUBLE)`, date: `TRY_STRPTIME(${c}, '%Y-%m-%d')::DATE`, datetime: `TRY_CAST(${c} AS TIMESTAMPTZ)`, boolean: `TRY_CAST(${c} AS BOOLEAN)` }[f.type];
    const lit = (v) => (f.type === 'date' ? `DATE ${sqlString(v)}` : f.type === 'datetime' ? `TIMESTAMPTZ ${sqlString(v)}` : String(v));
    parts.push(`count_if(${c} IS NULL) AS ${ident(f.name + ':missing')}`);
    if (cast) parts.push(`count_if(${c} IS NOT NULL AND ${cast} IS NULL) AS ${ident(f.name + ':type')}`);
    const v = cast ?? c;
    if (k.minimum !== undefined) parts.push(`count_if(${v} < ${lit(k.minimum)}) AS ${ident(f.name + ':minimum')}`);
    if (k.maximum !== undefined) parts.push(`count_if(${v} > ${lit(k.maximum)}) AS ${ident(f.name + ':maximum')}`);
    if (k.exclusiveMinimum !== undefined) parts.push(`count_if(${v} <= ${lit(k.exclusiveMinimum)}) AS ${ident(f.name + ':exclusiveMinimum')}`);
    if (k.exclusiveMaximum !== undefined) parts.push(`count_if(${v} >= ${lit(k.exclusiveMaximum)}) AS ${ident(f.name + ':exclusiveMaximum')}`);
    if (k.minLength !== undefined) parts.push(`count_if(length(${c}) < ${k.minLength}) AS ${ident(f.name + ':minLength')}`);
    if (k.maxLength !== undefined) parts.push(`count_if(length(${c}) > ${k.maxLength}) AS ${ident(f.name + ':maxLength')}`);
    if (k.pattern !== undefined) parts.push(`count_if(NOT regexp_full_match(${c}, ${sqlString(k.pattern)})) AS ${ident(f.name + ':pattern')}`);
    if (k.enum !== undefined) parts.push(`count_if(${c} NOT IN (${k.enum.map(sqlString).join(', ')})) AS ${ident(f.name + ':enum')}`);
    if (k.unique || SCHEMA.primaryKey === f.name) parts.push(`count(${c}) - count(DISTINCT ${c}) AS ${ident(f.name + ':duplicates')}`);
  }
  return `SELECT ${parts.join(',\n  ')}\nFROM read_csv(${sqlString(path)}, header = true, all_varchar = true, nullstr = [${MISSING.map(sqlString).join(', ')}], quote = '"')`;
}

async function runDuckdb() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : {});
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(duckdbSql(file));
  const [row] = reader.getRowObjectsJson();
  return row;
}

async function runPolars() {
  const pl = (await import('nodejs-polars')).default;
  const exprs = [pl.len().alias('rows')];
  for (const f of SCHEMA.fields) {
    const c = pl.col(f.name);
    const k = f.constraints ?? {};
    const cast =
      f.type === 'integer' ? c.cast(pl.Int64, false)
      : f.type === 'number' ? c.cast(pl.Float64, false)
      : f.type === 'date' ? c.str.strptime(pl.Date, '%Y-%m-%d')
      : f.type === 'datetime' ? c.str.strptime(pl.Datetime('ms'), '%Y-%m-%dT%H:%M:%SZ')
      : f.type === 'boolean' ? c.isIn(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0']).cast(pl.Int8).replace(0, null)
      : undefined;
    const lit = (v) => (f.type === 'date' || f.type === 'datetime' ? pl.lit(new Date(v)) : pl.lit(v));
    const count = (e, name) => exprs.push(e.sum().alias(`${f.name}:${name}`));
    count(c.isNull(), 'missing');
    if (cast) count(c.isNotNull().and(cast.isNull()), 'type');
    const v = cast ?? c;
    if (k.minimum !== undefined) count(v.lt(lit(k.minimum)), 'minimum');
    if (k.maximum !== undefined) count(v.gt(lit(k.maximum)), 'maximum');
    if (k.exclusiveMinimum !== undefined) count(v.ltEq(lit(k.exclusiveMinimum)), 'exclusiveMinimum');
    if (k.exclusiveMaximum !== undefined) count(v.gtEq(lit(k.exclusiveMaximum)), 'exclusiveMaximum');
    if (k.minLength !== undefined) count(c.str.lengths().lt(k.minLength), 'minLength');
    if (k.maxLength !== undefined) count(c.str.lengths().gt(k.maxLength), 'maxLength');
    if (k.pattern !== undefined) count(c.str.contains(`^(?:${k.pattern})$`).not(), 'pattern');
    if (k.enum !== undefined) count(c.isIn(k.enum).not().and(c.isNotNull()), 'enum');
    if (k.unique || SCHEMA.primaryKey === f.name) exprs.push(c.count().sub(c.dropNulls().nUnique()).alias(`${f.name}:duplicates`));
  }
  const frame = pl
    .scanCSV(file, { inferSchemaLength: 0, nullValues: MISSING, hasHeader: true, quoteChar: '"' })
    .select(...exprs)
    .collectSync();
  return frame.toRecords()[0];
}

if (engine === 'duckdb' || engine === 'polars') {
  const counts = engine === 'duckdb' ? await runDuckdb() : await runPolars();
  process.stdout.write(JSON.stringify(counts, (_, v) => (typeof v === 'bigint' ? Number(v) : v)) + '\n');
}
