// The table schema format: Frictionless Table Schema plus `x-holdout`
// extensions. Strict objects, so a misspelt key is reported (with a
// suggestion) instead of silently ignored; other `x-` keys are allowed.

import { z } from 'zod';
import { DRIFT_METHOD_CHOICES, type DriftMethodChoice } from '../vocabulary/drift.js';

export const FIELD_TYPES = [
  'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year',
  'yearmonth', 'duration', 'object', 'array', 'geopoint', 'geojson', 'any',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Strict object that still tolerates vendor extensions (`x-…`) other than ours. */
function extensible<T extends z.ZodRawShape>(shape: T) {
  return z
    .record(z.string(), z.unknown())
    .transform((value) => {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) if (!key.startsWith('x-') || key === 'x-holdout') out[key] = v;
      return out;
    })
    .pipe(z.strictObject(shape));
}

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
  enum: z.array(z.union([scalar, z.null()])).min(1).optional(),
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
  missingValues: z.array(z.string()).optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  decimalChar: z.string().length(1).optional(),
  groupChar: z.string().length(1).optional(),
  bareNumber: z.boolean().optional(),
  categories: z.unknown().optional(),
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

export const tableSchemaSchema = extensible({
  $schema: z.string().optional(),
  profile: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  fields: z.array(fieldSchema).min(1, 'a schema needs at least one field'),
  missingValues: z.array(z.string()).optional(),
  primaryKey: keyList.optional(),
  uniqueKeys: z.array(keyList).optional(),
  foreignKeys: z.array(z.unknown()).optional(),
  fieldsMatch: z.enum(['exact', 'equal', 'subset', 'superset', 'partial']).optional(),
  'x-holdout': tableExtensionSchema.optional(),
});
export type TableSchemaDescriptor = z.output<typeof tableSchemaSchema>;
