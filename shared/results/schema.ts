// The results document: the one contract between the actions. Every step
// writes one; report and gate read any number of them. This zod schema is the
// single definition; kind-specific payloads hang off the common envelope.

import { z } from 'zod';

export const RESULTS_VERSION = 1;

export const statusSchema = z.enum(['pass', 'warn', 'fail', 'error']);
export type Status = z.infer<typeof statusSchema>;

export const locationSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  /** 1-based data row (record) number, where the file has rows. */
  row: z.number().int().positive().optional(),
  field: z.string().optional(),
});
export type Location = z.infer<typeof locationSchema>;

const observedSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const checkSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: statusSchema,
  observed: observedSchema.optional(),
  expected: observedSchema.optional(),
  message: z.string(),
  /** How many occurrences the check counted (never capped). */
  count: z.number().int().nonnegative().optional(),
  /** The first occurrences, for annotations; `count` says how many there were. */
  locations: z.array(locationSchema).default([]),
});
export type Check = z.infer<typeof checkSchema>;

export const fileDigestSchema = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  bytes: z.number().int().nonnegative().optional(),
});

export const subjectSchema = z.looseObject({
  files: z.array(fileDigestSchema).default([]),
  gitSha: z.string().optional(),
  baselineId: z.string().optional(),
  schema: fileDigestSchema.optional(),
});

/** One Frictionless-style error, kept as a sample (the counts are complete). */
export const dataErrorSchema = z.object({
  type: z.string(),
  file: z.string(),
  field: z.string().optional(),
  row: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  cell: z.string().optional(),
  constraint: z.string().optional(),
  message: z.string(),
  /** `warn` when the error is tolerated (x-holdout `mostly`). */
  severity: z.enum(['fail', 'warn']).default('fail'),
});
export type DataError = z.infer<typeof dataErrorSchema>;

export const tableSummarySchema = z.object({
  file: z.string(),
  format: z.string(),
  status: statusSchema,
  rows: z.number().int().nonnegative(),
  sha256: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  errorCount: z.number().int().nonnegative(),
  errorCounts: z.record(z.string(), z.number().int().nonnegative()),
  failedChecks: z.number().int().nonnegative(),
  /** Set when the file could not be read at all (bad input). */
  problem: z.string().optional(),
});
export type TableSummary = z.infer<typeof tableSummarySchema>;

const envelope = {
  holdout: z.literal(RESULTS_VERSION),
  title: z.string(),
  status: statusSchema,
  createdAt: z.iso.datetime({ offset: true }),
  subject: subjectSchema,
  checks: z.array(checkSchema),
};

export const validateDataResultsSchema = z.object({
  ...envelope,
  kind: z.literal('validate-data'),
  data: z.object({
    tables: z.array(tableSummarySchema),
    rows: z.number().int().nonnegative(),
    errorCount: z.number().int().nonnegative(),
    /** The first errors in file order; `errorCount` is the full count. */
    errors: z.array(dataErrorSchema),
  }),
});

export const compareMetricsResultsSchema = z.object({
  ...envelope,
  kind: z.literal('compare-metrics'),
  comparison: z.record(z.string(), z.unknown()).optional(),
});

export const gateResultsSchema = z.object({
  ...envelope,
  kind: z.literal('gate'),
  decision: z.record(z.string(), z.unknown()).optional(),
});

export const resultsDocumentSchema = z.discriminatedUnion('kind', [
  validateDataResultsSchema,
  compareMetricsResultsSchema,
  gateResultsSchema,
]);

export type ResultsDocument = z.infer<typeof resultsDocumentSchema>;
export type ValidateDataResults = z.infer<typeof validateDataResultsSchema>;
export type ResultsKind = ResultsDocument['kind'];
