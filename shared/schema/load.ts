// loadTableSchema: reads a schema file (JSON or YAML), validates it and
// compiles its fields. Every mistake names the schema file and the key.

import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { parseConfigText, readConfigText, validateConfig } from '../config/load.js';
import type { UserFile } from '../io/user-file.js';
import { compileField, type CompiledField } from './fields.js';
import { tableSchemaSchema, type TableSchemaDescriptor } from './model.js';

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
  return compileTableSchema(await readConfigText(file), file.display);
}

export function compileTableSchema(text: string, file: string): CompiledSchema {
  const parsed = parseConfigText(text, file);
  const descriptor = validateConfig(tableSchemaSchema, parsed, file);
  const schemaMissingValues = descriptor.missingValues ?? [''];
  const names = new Set<string>();
  const fields = descriptor.fields.map((field, index) => {
    const key = `fields[${index}]`;
    if (names.has(field.name)) {
      throw new ConfigurationError(`duplicate field name "${field.name}"`, { file, key: `${key}.name`, line: parsed.lineOf(['fields', index, 'name']) });
    }
    names.add(field.name);
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
  const checkKeys = (value: string | string[], key: string, kind: 'primaryKey' | 'uniqueKey') => {
    const list = typeof value === 'string' ? [value] : value;
    for (const name of list) {
      if (!names.has(name)) {
        throw new ConfigurationError(`"${name}" is not a field of this schema`, { file, key, line: parsed.lineOf(keyToPath(key)) });
      }
    }
    keyGroups.push({ kind, fields: list });
  };
  if (descriptor.primaryKey !== undefined) checkKeys(descriptor.primaryKey, 'primaryKey', 'primaryKey');
  descriptor.uniqueKeys?.forEach((group, i) => checkKeys(group, `uniqueKeys[${i}]`, 'uniqueKey'));
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

function keyToPath(key: string): Array<string | number> {
  const path: Array<string | number> = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return path;
}
