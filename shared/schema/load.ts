// loadTableSchema: reads a schema file (JSON or YAML), validates it and
// compiles its fields. Every mistake names the schema file and the key.

import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { parseConfigText, readConfigText, validateConfig } from '../config/load.js';
import type { UserFile } from '../io/user-file.js';
import { compileField, missingValueStrings, type CompiledField } from './fields.js';
import { loadRe2For } from './re2.js';
import { tableSchemaSchema, type MissingValues, type TableSchemaDescriptor } from './model.js';

export type FieldsMatch = 'exact' | 'equal' | 'subset' | 'superset' | 'partial';

export interface CompiledSchema {
  readonly file: string;
  readonly sha256: string;
  readonly descriptor: TableSchemaDescriptor;
  readonly fields: readonly CompiledField[];
  readonly fieldsMatch: FieldsMatch;
  /** Key groups whose combined values must be unique: the primary key first, then uniqueKeys. */
  readonly keyGroups: ReadonlyArray<{ kind: 'primaryKey' | 'uniqueKey'; fields: readonly string[] }>;
  readonly rowCount?: { min?: number; max?: number };
}

export async function loadTableSchema(file: UserFile): Promise<CompiledSchema> {
  const text = await readConfigText(file);
  await loadRe2For(text);
  return compileTableSchema(text, file.display);
}

/** Loads what compiling this schema text may need (the RE2 engine for patterns), for a caller that compiles it with compileTableSchema. */
export { loadRe2For as prepareTableSchema } from './re2.js';

export function compileTableSchema(text: string, file: string): CompiledSchema {
  const parsed = parseConfigText(text, file);
  checkMisplacedConstraints(parsed, file);
  const descriptor = validateConfig(tableSchemaSchema, parsed, file);
  const v1 = descriptor.$schema !== undefined && /\/1\.0\/tableschema\.json$/.test(descriptor.$schema);
  const checkMissingValues = (list: MissingValues | undefined, path: Array<string | number>) => {
    if (list === undefined) return;
    const key = formatKey(path);
    const seenValues = new Set<string>();
    const seenLabels = new Set<string>();
    for (const item of list) {
      if (typeof item === 'string') continue;
      if (v1) throw new ConfigurationError('missing values in object form ({ value, label }) need Table Schema v2; this schema declares v1', { file, key, line: parsed.lineOf(path) });
      if (seenValues.has(item.value)) throw new ConfigurationError(`missing value ${JSON.stringify(item.value)} is not unique`, { file, key, line: parsed.lineOf(path) });
      seenValues.add(item.value);
      if (item.label !== undefined) {
        if (seenLabels.has(item.label)) throw new ConfigurationError(`missing value label ${JSON.stringify(item.label)} is not unique`, { file, key, line: parsed.lineOf(path) });
        seenLabels.add(item.label);
      }
    }
  };
  checkMissingValues(descriptor.missingValues, ['missingValues']);
  const schemaMissingValues = descriptor.missingValues ? missingValueStrings(descriptor.missingValues) : [''];
  // Duplicate field names are a valid schema (v1 allowed them, and v2 tells consumers not to refuse them); the
  // table check reports duplicate labels, and keys name the first field of a name.
  const names = new Set<string>();
  const fields = descriptor.fields.map((field, index) => {
    const key = `fields[${index}]`;
    names.add(field.name);
    checkMissingValues(field.missingValues, ['fields', index, 'missingValues']);
    try {
      return compileField(field, { file, key, schemaMissingValues });
    } catch (error) {
      if (error instanceof ConfigurationError && error.key && !error.line) {
        throw new ConfigurationError(error.reason, { file, key: error.key, line: parsed.lineOf(keyToPath(error.key)) });
      }
      throw error;
    }
  });
  const keyGroups: Array<{ kind: 'primaryKey' | 'uniqueKey'; fields: string[] }> = [];
  const fieldList = (value: string | string[], key: string): string[] => {
    const list = typeof value === 'string' ? [value] : value;
    for (const name of list) {
      if (!names.has(name)) {
        throw new ConfigurationError(`"${name}" is not a field of this schema`, { file, key, line: parsed.lineOf(keyToPath(key)) });
      }
    }
    return list;
  };
  if (descriptor.primaryKey !== undefined) keyGroups.push({ kind: 'primaryKey', fields: fieldList(descriptor.primaryKey, 'primaryKey') });
  descriptor.uniqueKeys?.forEach((group, i) => keyGroups.push({ kind: 'uniqueKey', fields: fieldList(group, `uniqueKeys[${i}]`) }));
  descriptor.foreignKeys?.forEach((fk, i) => {
    const own = fieldList(fk.fields, `foreignKeys[${i}].fields`);
    const referenced = typeof fk.reference.fields === 'string' ? [fk.reference.fields] : fk.reference.fields;
    if (referenced.length !== own.length) {
      throw new ConfigurationError(`the reference names ${referenced.length} field${referenced.length === 1 ? '' : 's'} for ${own.length}`, { file, key: `foreignKeys[${i}].reference.fields`, line: parsed.lineOf(['foreignKeys', i, 'reference', 'fields']) });
    }
    // A self-reference (no resource, or v1's ""): the referenced fields are this schema's.
    if (!fk.reference.resource) fieldList(fk.reference.fields, `foreignKeys[${i}].reference.fields`);
  });
  const rowCount = descriptor['x-holdout']?.rowCount;
  if (rowCount?.min !== undefined && rowCount.max !== undefined && rowCount.min > rowCount.max) {
    throw new ConfigurationError('min is larger than max', { file, key: 'x-holdout.rowCount', line: parsed.lineOf(['x-holdout', 'rowCount']) });
  }
  return {
    file,
    sha256: createHash('sha256').update(text).digest('hex'),
    descriptor,
    fields,
    fieldsMatch: descriptor.fieldsMatch ?? 'exact',
    keyGroups,
    rowCount,
  };
}

const CONSTRAINT_KEYS = ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum', 'jsonSchema'];

/** `required: true` (and the like) written on the field instead of under `constraints`: a mistake, as frictionless-py says. */
function checkMisplacedConstraints(parsed: ReturnType<typeof parseConfigText>, file: string): void {
  const fields = (parsed.value as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return;
  fields.forEach((field, index) => {
    if (field === null || typeof field !== 'object') return;
    for (const name of CONSTRAINT_KEYS) {
      if (Object.hasOwn(field, name)) {
        throw new ConfigurationError(`"${name}" belongs under constraints: write constraints.${name}`, { file, key: `fields[${index}].${name}`, line: parsed.lineOf(['fields', index, name]) });
      }
    }
  });
}

function formatKey(path: Array<string | number>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function keyToPath(key: string): Array<string | number> {
  const path: Array<string | number> = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return path;
}
