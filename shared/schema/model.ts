// The table schema format: Frictionless Table Schema plus `x-holdout`
// extensions. Strict objects, so a misspelt key is reported (with a
// suggestion) instead of silently ignored; other `x-` keys are allowed.

import { z } from 'zod';
import { DRIFT_METHOD_CHOICES, type DriftMethodChoice } from '../vocabulary/drift.js';

export const FIELD_TYPES = [
  'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year',
  'yearmonth', 'duration', 'object', 'array', 'list', 'geopoint', 'geojson', 'any',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Item types of a v2 `list` field (the spec's list; its "datetme" is read as datetime). */
export const LIST_ITEM_TYPES = ['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'] as const;

/**
 * A descriptor object: the spec lets a field or a schema carry any other
 * property, so unknown keys are dropped — except one that looks like a
 * misspelling of a key we know (`tpye`, `maximun`, `rowcount`), which stays so
 * the strict object below reports it with a suggestion. `x-…` keys other than
 * ours are vendor extensions and are dropped too.
 */
function extensible<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z
    .record(z.string(), z.unknown())
    .transform((value) => {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if (key.startsWith('x-') ? key === 'x-holdout' : known.includes(key) || looksMisspelt(key, known)) out[key] = v;
      }
      return out;
    })
    .pipe(z.strictObject(shape));
}

/** One edit (or a swap of neighbours, or only case) away from a known key; a known key plus "s" is taken as meant. */
export function looksMisspelt(key: string, known: readonly string[]): boolean {
  const word = key.toLowerCase();
  if (word.length < 4) return false;
  return known.some((candidate) => {
    const c = candidate.toLowerCase();
    if (word === c + 's') return false;
    return osaDistance(word, c) <= 1;
  });
}

function osaDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** `missingValues`: strings, or (v2) `{ value, label }` objects. */
export const missingValuesSchema = z.array(
  z.union([z.string(), z.strictObject({ value: z.string(), label: z.string().optional() })], { message: 'a missing value is a string or { value, label }' }),
);
export type MissingValues = z.infer<typeof missingValuesSchema>;

export const constraintsSchema = z.strictObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minimum: scalar.optional(),
  maximum: scalar.optional(),
  exclusiveMinimum: scalar.optional(),
  exclusiveMaximum: scalar.optional(),
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  pattern: z.string().optional(),
  enum: z.array(z.unknown()).min(1).optional(),
  jsonSchema: z.union([z.record(z.string(), z.unknown()), z.boolean()]).optional(),
});
export type Constraints = z.infer<typeof constraintsSchema>;

/** A drift check's method: one of the vocabulary's methods, or `auto`. */
export type DriftMethodName = DriftMethodChoice;

/** A drift check: the method and the levels at which it warns and fails (distances: ≥ level; p-values: < level). */
export const driftSettingsSchema = z.strictObject({
  method: z.enum(DRIFT_METHOD_CHOICES, { message: `unknown drift method; use one of ${DRIFT_METHOD_CHOICES.join(', ')}` }).optional(),
  warn: z.number().nonnegative().optional(),
  fail: z.number().nonnegative().optional(),
});
export type DriftSettings = z.infer<typeof driftSettingsSchema>;

/** Levels for a share compared against the reference (a change in missing rate, the share of unseen categories): status when above. */
export const shareLevelsSchema = z.strictObject({
  warn: z.number().min(0).max(1).optional(),
  fail: z.number().min(0).max(1).optional(),
});
export type ShareLevels = z.infer<typeof shareLevelsSchema>;

export const fieldExtensionSchema = z.strictObject({
  /** Largest tolerated share of missing values, 0..1. */
  maxMissingRate: z.number().min(0).max(1).optional(),
  /** Share of non-missing values that must satisfy the type and constraints (Great Expectations' `mostly`). */
  mostly: z.number().min(0).max(1).optional(),
  /** Drift check of this column against the reference; false leaves the column out. */
  drift: z.union([z.literal(false), driftSettingsSchema]).optional(),
  missingRateChange: z.union([z.literal(false), shareLevelsSchema]).optional(),
  unseenCategories: z.union([z.literal(false), shareLevelsSchema]).optional(),
});

export const fieldSchema = extensible({
  name: z.string().min(1, 'a field needs a non-empty name'),
  type: z.enum(FIELD_TYPES, { message: `unknown type; use one of ${FIELD_TYPES.join(', ')}` }).default('string'),
  format: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  example: z.unknown().optional(),
  rdfType: z.string().optional(),
  constraints: constraintsSchema.optional(),
  missingValues: missingValuesSchema.optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  decimalChar: z.string().min(1, 'decimalChar cannot be empty').optional(),
  /** `""` means no grouping, as if absent. */
  groupChar: z.string().optional(),
  bareNumber: z.boolean().optional(),
  /** frictionless-py's: numbers as floats instead of decimals; the same values here. */
  floatNumber: z.boolean().optional(),
  /** `list`: the item separator (default `,`) and the item type (default `string`). */
  delimiter: z.string().min(1, 'delimiter cannot be empty').optional(),
  itemType: z.enum(LIST_ITEM_TYPES, { message: `unknown itemType; use one of ${LIST_ITEM_TYPES.join(', ')}` }).optional(),
  /** v2 categories (string and integer fields): values, or `{ value, label }` objects. */
  categories: z.array(z.union([z.string(), z.number(), z.strictObject({ value: z.union([z.string(), z.number()]), label: z.string().optional() })])).optional(),
  categoriesOrdered: z.boolean().optional(),
  'x-holdout': fieldExtensionSchema.optional(),
});
export type FieldDescriptor = z.output<typeof fieldSchema>;

export const tableExtensionSchema = z.strictObject({
  rowCount: z
    .strictObject({ min: z.number().int().nonnegative().optional(), max: z.number().int().nonnegative().optional() })
    .optional(),
  /** Defaults for every column's drift check. */
  drift: driftSettingsSchema.optional(),
  /** The table drifts when this share of the compared columns fails its drift check (Evidently's dataset drift). */
  datasetDrift: z.strictObject({ share: z.number().min(0).max(1) }).optional(),
  missingRateChange: shareLevelsSchema.optional(),
  unseenCategories: shareLevelsSchema.optional(),
});

const keyList = z.union([z.string(), z.array(z.string()).min(1)]);

/** A foreign key as the spec gives it; whether the values exist is checked against the data package's tables. */
export const foreignKeySchema = extensible({
  fields: keyList,
  reference: extensible({ resource: z.string().optional(), fields: keyList }),
});
export type ForeignKey = z.output<typeof foreignKeySchema>;

export const tableSchemaSchema = extensible({
  $schema: z.string().optional(),
  profile: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  fields: z.array(fieldSchema).min(1, 'a schema needs at least one field'),
  missingValues: missingValuesSchema.optional(),
  primaryKey: keyList.optional(),
  uniqueKeys: z.array(keyList).optional(),
  foreignKeys: z.array(foreignKeySchema).optional(),
  fieldsMatch: z.enum(['exact', 'equal', 'subset', 'superset', 'partial']).optional(),
  'x-holdout': tableExtensionSchema.optional(),
});
export type TableSchemaDescriptor = z.output<typeof tableSchemaSchema>;
