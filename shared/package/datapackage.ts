// Frictionless Data Packages (v1 and v2): datapackage.json (or .yaml) read
// into its resources, each with its own data (a path relative to the
// package, or inline rows), Table Schema (inline or a path), Table Dialect
// (inline or a path) and foreign keys. Every mistake names the package file,
// the key (`resources[1].schema.fields[0].type`) and its line.

import { createHash } from 'node:crypto';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { parseConfigText, readConfigText, validateConfig, type ParsedConfig } from '../config/load.js';
import { foundFile, type UserFile } from '../io/user-file.js';
import type { CsvDialect } from '../data/csv.js';
import type { TableFormat } from '../data/source.js';
import { compileTableSchema, prepareTableSchema, type CompiledSchema } from '../schema/load.js';

/**
 * A data file named .json, .yaml or .yml is a data package descriptor
 * (`datapackage.json`, frictionless-py's `<name>.package.yaml`): no table
 * format holdout reads has those extensions.
 */
export function isDataPackagePath(path: string): boolean {
  return /\.(json|ya?ml)$/i.test(path);
}

export interface ForeignKey {
  readonly fields: readonly string[];
  /** The referenced resource's name; '' for the resource itself. */
  readonly resource: string;
  readonly referenceFields: readonly string[];
}

export type ResourceData =
  | { readonly kind: 'file'; readonly file: UserFile; readonly format?: TableFormat }
  | { readonly kind: 'inline'; readonly name: string; readonly rows: readonly unknown[]; readonly header: boolean };

export interface PackageResource {
  readonly index: number;
  readonly name: string;
  readonly data: ResourceData;
  readonly dialect?: CsvDialect;
  /** Its schema; undefined when the resource has none (every column is then `any`, and structure is still checked). */
  readonly schema?: CompiledSchema;
  readonly foreignKeys: readonly ForeignKey[];
}

export interface DataPackage {
  readonly file: UserFile;
  readonly sha256: string;
  readonly resources: readonly PackageResource[];
  /** Resources that could not be read (bad schema, dialect or path), each already a ConfigurationError. */
  readonly problems: readonly ConfigurationError[];
}

const keyList = z.union([z.string(), z.array(z.string()).min(1)]);
const list = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : [...value]);

export const foreignKeysSchema = z.array(
  z.looseObject({
    fields: keyList,
    reference: z.looseObject({ resource: z.string().optional(), fields: keyList }),
  }),
);

const dialectSchema = z.looseObject({
  delimiter: z.string().optional(),
  quoteChar: z.string().optional(),
  doubleQuote: z.boolean().optional(),
  escapeChar: z.string().optional(),
  header: z.boolean().optional(),
  headerRows: z.array(z.number().int().positive()).optional(),
  headerJoin: z.string().optional(),
  commentChar: z.string().optional(),
  commentRows: z.array(z.number().int().positive()).optional(),
  skipInitialSpace: z.boolean().optional(),
  lineTerminator: z.string().optional(),
  nullSequence: z.string().optional(),
  caseSensitiveHeader: z.boolean().optional(),
  csvddfVersion: z.union([z.number(), z.string()]).optional(),
  // v1 (frictionless-py) nests the CSV options under `csv`.
  csv: z.looseObject({}).optional(),
});

const resourceSchema = z.looseObject({
  name: z.string().optional(),
  path: z.union([z.string(), z.array(z.string())]).optional(),
  data: z.unknown().optional(),
  format: z.string().optional(),
  compression: z.string().optional(),
  encoding: z.string().optional(),
  profile: z.string().optional(),
  type: z.string().optional(),
  schema: z.union([z.string(), z.looseObject({})]).optional(),
  dialect: z.union([z.string(), z.looseObject({})]).optional(),
});

const packageSchema = z.looseObject({
  resources: z.array(z.looseObject({})).min(1, 'a data package needs at least one resource'),
});

const FORMATS: Record<string, TableFormat> = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet' };

/** Reads a data package and each of its tabular resources' schema and dialect. */
export async function loadDataPackage(file: UserFile, baseDir: string): Promise<DataPackage> {
  const text = await readConfigText(file);
  const parsed = parseConfigText(text, file.display);
  validateConfig(packageSchema, parsed, file.display);
  const root = dirname(file.path);
  const descriptor = parsed.value as { resources: Array<Record<string, unknown>> };
  const resources: PackageResource[] = [];
  const problems: ConfigurationError[] = [];
  const names = new Map<string, number>();
  for (let index = 0; index < descriptor.resources.length; index++) {
    try {
      const resource = await loadResource(descriptor.resources[index]!, index, { file, parsed, root, baseDir });
      if (!resource) continue;
      const before = names.get(resource.name);
      if (before !== undefined) {
        throw located(`resource name "${resource.name}" is also the name of resources[${before}]`, { file, parsed }, ['resources', index, 'name']);
      }
      names.set(resource.name, index);
      resources.push(resource);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(error);
    }
  }
  // Every foreign key names a resource of the package and fields of both schemas.
  for (const resource of resources) {
    resource.foreignKeys.forEach((fk, k) => {
      const target = fk.resource === '' ? resource : resources.find((r) => r.name === fk.resource);
      const at = ['resources', resource.index, 'schema', 'foreignKeys', k, 'reference'];
      if (!target) {
        if (!names.has(fk.resource)) problems.push(located(`references resource "${fk.resource}", which is not in the package`, { file, parsed }, [...at, 'resource']));
        return;
      }
      if (fk.referenceFields.length !== fk.fields.length) {
        problems.push(located(`has ${fk.referenceFields.length} field${fk.referenceFields.length === 1 ? '' : 's'}, the foreign key ${fk.fields.length}`, { file, parsed }, [...at, 'fields']));
        return;
      }
      const missing = target.schema ? fk.referenceFields.find((f) => !target.schema!.fields.some((g) => g.name === f)) : undefined;
      if (missing !== undefined) problems.push(located(`"${missing}" is not a field of resource "${target.name}"`, { file, parsed }, [...at, 'fields']));
    });
  }
  return { file, sha256: createHash('sha256').update(text).digest('hex'), resources, problems };
}

interface Context {
  file: UserFile;
  parsed: ParsedConfig;
  root: string;
  baseDir: string;
}

function located(reason: string, context: Pick<Context, 'file' | 'parsed'>, path: ReadonlyArray<string | number>): ConfigurationError {
  const key = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return new ConfigurationError(reason, { file: context.file.display, key, line: context.parsed.lineOf(path) });
}

async function loadResource(raw: Record<string, unknown>, index: number, context: Context): Promise<PackageResource | undefined> {
  const at = (...rest: Array<string | number>) => ['resources', index, ...rest];
  const resource = validateConfig(resourceSchema, context.parsed, context.file.display, ['resources', index]);
  const name = resource.name ?? `resource${index + 1}`;
  let data: ResourceData;
  if (resource.path !== undefined) {
    if (Array.isArray(resource.path)) {
      throw located('a multipart resource (path as a list) is not read: join the parts into one file', context, at('path'));
    }
    data = { kind: 'file', file: resourceFile(resource.path, context, at('path')), format: formatOf(resource, context, index) };
    if (data.format === undefined && !/\.(csv|tsv|tab|jsonl|ndjson|parquet|pq)(\.gz|\.gzip)?$/i.test(resource.path)) {
      // Not a table holdout reads (a PDF, a JSON document, a spreadsheet): left out, as Frictionless leaves non-tabular resources.
      if (resource.schema === undefined && resource.type !== 'table' && resource.profile !== 'tabular-data-resource') return undefined;
    }
  } else if (resource.data !== undefined) {
    if (!Array.isArray(resource.data)) throw located('inline data must be a list of rows (arrays with a header row first, or objects)', context, at('data'));
    data = { kind: 'inline', name: `${context.file.display}#resources[${index}].data`, rows: resource.data, header: true };
  } else throw located('a resource needs a path or inline data', context, at());
  const encoding = resource.encoding?.toLowerCase().replace('_', '-');
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'ascii' && encoding !== 'us-ascii') {
    throw located(`encoding "${resource.encoding}" is not read: re-encode the file as UTF-8`, context, at('encoding'));
  }
  if (resource.compression !== undefined && !/^(gz|gzip)$/i.test(resource.compression)) {
    throw located(`compression "${resource.compression}" is not read (gzip is)`, context, at('compression'));
  }

  let schema: CompiledSchema | undefined;
  let foreignKeys: ForeignKey[] = [];
  if (typeof resource.schema === 'string') {
    const schemaFile = resourceFile(resource.schema, context, at('schema'));
    const text = await readConfigText(schemaFile);
    await prepareTableSchema(text);
    schema = compileTableSchema(text, schemaFile.display);
    foreignKeys = foreignKeysOf(schema, (reason, key) => new ConfigurationError(reason, { file: schemaFile.display, key, line: parseConfigText(text, schemaFile.display).lineOf(keyPath(key)) }));
  } else if (resource.schema !== undefined) {
    const text = JSON.stringify(resource.schema);
    await prepareTableSchema(text);
    try {
      schema = compileTableSchema(text, context.file.display);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      // Errors in an inline schema point into the package file: its key path and line there.
      const inner = error.key ? keyPath(error.key) : [];
      throw located(error.reason, context, at('schema', ...inner));
    }
    foreignKeys = foreignKeysOf(schema, (reason, key) => located(reason, context, at('schema', ...keyPath(key))));
  }
  const dialect = await dialectOf(resource.dialect, context, index);
  if (data.kind === 'inline' && dialect?.header === false) data = { ...data, header: false };
  return { index, name, data, dialect, schema, foreignKeys };
}

function formatOf(resource: z.output<typeof resourceSchema>, context: Context, index: number): TableFormat | undefined {
  if (resource.format === undefined) return undefined;
  const format = FORMATS[resource.format.toLowerCase()];
  if (!format) throw located(`format "${resource.format}" is not a table holdout reads (csv, tsv, jsonl/ndjson, parquet)`, context, ['resources', index, 'format']);
  return format;
}

/** A path in the package: relative to the package's folder, never absolute, never climbing out of it (the spec's rule for safety). */
function resourceFile(path: string, context: Context, at: ReadonlyArray<string | number>): UserFile {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) throw located(`"${path}" is remote: holdout reads local files only; download it next to the package`, context, at);
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) throw located(`"${path}" must be a relative path inside the package's folder`, context, at);
  const absolute = resolve(context.root, path);
  const found = foundFile(context.baseDir, absolute);
  return { ...found, written: path };
}

function foreignKeysOf(schema: CompiledSchema, fail: (reason: string, key: string) => ConfigurationError): ForeignKey[] {
  const raw = (schema.descriptor as { foreignKeys?: unknown }).foreignKeys;
  if (raw === undefined) return [];
  const result = foreignKeysSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = ['foreignKeys', ...issue.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
    throw fail(issue.message, key);
  }
  return result.data.map((fk, k) => {
    const fields = list(fk.fields);
    for (const name of fields) {
      if (!schema.fields.some((f) => f.name === name)) throw fail(`"${name}" is not a field of this schema`, `foreignKeys[${k}].fields`);
    }
    return { fields, resource: fk.reference.resource ?? '', referenceFields: list(fk.reference.fields) };
  });
}

/** A resource's dialect: inline or a path, v1 CSV Dialect or v2 Table Dialect (frictionless-py's `{csv: {…}}` too). */
async function dialectOf(raw: unknown, context: Context, index: number): Promise<CsvDialect | undefined> {
  if (raw === undefined) return undefined;
  let value: unknown = raw;
  let where: { file: string; parsed: ParsedConfig; prefix: Array<string | number> } = { file: context.file.display, parsed: context.parsed, prefix: ['resources', index, 'dialect'] };
  if (typeof raw === 'string') {
    const dialectFile = resourceFile(raw, context, ['resources', index, 'dialect']);
    const parsed = parseConfigText(await readConfigText(dialectFile), dialectFile.display);
    value = parsed.value;
    where = { file: dialectFile.display, parsed, prefix: [] };
  }
  const fail = (reason: string, key: Array<string | number>) => {
    const path = [...where.prefix, ...key];
    const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
    return new ConfigurationError(reason, { file: where.file, key: shown || undefined, line: where.parsed.lineOf(path) });
  };
  const result = dialectSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw fail(issue.message, issue.path as Array<string | number>);
  }
  const d = { ...result.data, ...(result.data.csv as Record<string, unknown> | undefined) } as z.output<typeof dialectSchema>;
  if (d.lineTerminator !== undefined && !['\n', '\r\n', '\r'].includes(d.lineTerminator)) throw fail('lineTerminator must be \\n, \\r\\n or \\r', ['lineTerminator']);
  if (d.commentChar === '') throw fail('must be one or more characters', ['commentChar']);
  for (const key of ['delimiter', 'quoteChar', 'escapeChar'] as const) {
    const v = d[key];
    if (v !== undefined && v.length !== 1) throw fail('must be one character', [key]);
  }
  return {
    ...(d.delimiter !== undefined ? { delimiter: d.delimiter } : {}),
    ...(d.quoteChar !== undefined ? { quoteChar: d.quoteChar } : {}),
    ...(d.doubleQuote !== undefined ? { doubleQuote: d.doubleQuote } : {}),
    ...(d.escapeChar !== undefined ? { escapeChar: d.escapeChar } : {}),
    ...(d.header !== undefined ? { header: d.header } : {}),
    ...(d.headerRows !== undefined ? { headerRows: d.headerRows } : {}),
    ...(d.headerJoin !== undefined ? { headerJoin: d.headerJoin } : {}),
    ...(d.commentChar !== undefined ? { commentChar: d.commentChar } : {}),
    ...(d.commentRows !== undefined ? { commentRows: d.commentRows } : {}),
    ...(d.skipInitialSpace !== undefined ? { skipInitialSpace: d.skipInitialSpace } : {}),
  };
}

function keyPath(key: string): Array<string | number> {
  const path: Array<string | number> = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return path;
}

/** A schema for a resource without one: every header label an `any` field (blank or repeated labels named field<n>), matched exactly. */
export function anySchema(header: readonly string[], file: string): CompiledSchema {
  const seen = new Set<string>();
  const fields = header.map((label, i) => {
    let name = label === '' || seen.has(label) ? `field${i + 1}` : label;
    while (seen.has(name)) name = `${name}_`;
    seen.add(name);
    return { name, type: 'any' };
  });
  return compileTableSchema(JSON.stringify({ fields: fields.length > 0 ? fields : [{ name: 'field1', type: 'any' }] }), file);
}
