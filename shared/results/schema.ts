// The results document: the one contract between the actions. Every step
// writes one; report and gate read any number of them. This zod schema is the
// single definition; kind-specific payloads hang off the common envelope.

import { z } from 'zod';
import { assertNever } from '../errors.js';
import { profileSchema } from '../profile/profile.js';
import { DIRECTIONS, TASKS, TEST_METHODS } from '../vocabulary/comparison.js';
import { DRIFT_COMPARISONS, DRIFT_METHODS, LOG_BASES } from '../vocabulary/drift.js';
import { COMPARISON_RULES, type ComparisonRule } from '../vocabulary/policy.js';

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

/**
 * JSON has no numbers for ±∞ and NaN (JSON.stringify writes null for them).
 * Where a statistic may be infinite (χ² of a value the reference never had,
 * a DeLong z of a difference with no variance) or undefined, a results
 * document holds these strings instead; readers get the JavaScript number
 * back. `serializeResults` (io.ts) writes them.
 */
export const NON_FINITE_JSON = ['Infinity', '-Infinity', 'NaN'] as const;

/** A statistic: a finite JSON number, or "Infinity" / "-Infinity" / "NaN", read as the number it names. */
export const statisticSchema = z.union([z.number(), z.enum(NON_FINITE_JSON).transform((name) => Number(name))]);

/** The strings "Infinity", "-Infinity" and "NaN" are read as those numbers, not as text. */
const observedSchema = z.union([statisticSchema, z.string(), z.boolean(), z.null()]);

export const checkSchema = z
  .object({
    /** Unique within the document; opaque to readers (they read the typed fields below, never parse it). */
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
    // compare-metrics checks: which metric (and slice) the check is about, the
    // policy rule it applies and that rule's numbers.
    metric: z.string().optional(),
    slice: z.object({ column: z.string(), value: z.string() }).optional(),
    rule: z.enum(COMPARISON_RULES).optional(),
    /** The rule's level: the bound of `min`/`max`, the allowed regression (absolute, or relative as a share), the required improvement. */
    threshold: z.number().optional(),
    /** `non_inferiority`: the margin the improvement's confidence bound must stay above (as −margin), and the one-sided α. */
    margin: z.number().optional(),
    alpha: z.number().optional(),
  })
  .superRefine((check, ctx) => {
    if (check.rule === undefined) return;
    if (check.metric === undefined) ctx.addIssue({ code: 'custom', path: ['metric'], message: `a check with a rule (${check.rule}) names its metric` });
    for (const key of ruleNumbers(check.rule)) {
      if (check[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `rule ${check.rule} needs ${key}` });
    }
  });
export type Check = z.infer<typeof checkSchema>;

/** The numbers each comparison rule carries on its check. */
export function ruleNumbers(rule: ComparisonRule): readonly ('threshold' | 'margin' | 'alpha')[] {
  switch (rule) {
    case 'present':
    case 'baseline':
      return [];
    case 'min':
    case 'max':
    case 'max_regression':
    case 'max_relative_regression':
    case 'min_improvement':
      return ['threshold'];
    case 'non_inferiority':
    case 'showable_margin':
      return ['margin', 'alpha'];
    default:
      return assertNever(rule, 'comparison rule');
  }
}

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

/** What one table's validation counted, before table-level checks: a shard's share of a verdict, summed when shards merge. */
const extremeSchema = z.union([z.number(), z.enum(['Infinity', '-Infinity'])]).nullable();

export const tableTallySchema = z.object({
  file: z.string(),
  format: z.string(),
  rows: z.number().int().nonnegative(),
  sha256: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  checks: z.array(z.object({
    id: z.string(),
    title: z.string(),
    /** `file`: the same in every shard of the file (the header); `rows`: counts over this shard's rows. */
    scope: z.enum(['file', 'rows']),
    kind: z.enum(['header', 'type', 'required', 'constraint', 'unique', 'key']),
    field: z.string().optional(),
    constraint: z.string().optional(),
    keyFields: z.array(z.string()).optional(),
    tolerable: z.boolean(),
    /** A key column is missing from the file, so the key could not be checked. */
    unavailable: z.boolean().optional(),
    count: z.number().int().nonnegative(),
    locations: z.array(locationSchema),
  })),
  // A field's extremes: null with no values; an infinite one spelled out (JSON has no Infinity), so a merge of shards or ranges keeps it.
  fields: z.array(z.object({ name: z.string(), missing: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), min: extremeSchema, max: extremeSchema })),
  errors: z.array(dataErrorSchema),
  errorCounts: z.object({ file: z.record(z.string(), z.number().int().nonnegative()), rows: z.record(z.string(), z.number().int().nonnegative()) }),
});
export type TableTally = z.infer<typeof tableTallySchema>;

export const shardSchema = z.object({
  index: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  /** rows: every shard reads every file and keeps its rows; files: whole files per shard. */
  mode: z.enum(['rows', 'files']),
  by: z.string().optional(),
  /**
   * Rows by position of CSV/TSV files: the byte range of each file this shard
   * read, its physical lines, and the line feeds before it. Its lines are the
   * file's; its rows are numbered from the range's start, and the merge
   * numbers them from the file's.
   */
  ranges: z.array(z.object({
    file: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(),
    lines: z.number().int().nonnegative(), linesBefore: z.number().int().nonnegative(),
  })).optional(),
});
export type Shard = z.infer<typeof shardSchema>;

const driftColumnSchema = z.object({
  column: z.string(),
  kind: z.enum(['numeric', 'categorical']),
  method: z.enum(DRIFT_METHODS),
  auto: z.boolean(),
  /** null when the statistic could not be computed at all; ±∞ or NaN when it is infinite or undefined. */
  statistic: statisticSchema.nullable(),
  pValue: statisticSchema.optional(),
  compare: z.enum(DRIFT_COMPARISONS),
  threshold: z.object({ warn: z.number().optional(), fail: z.number().optional() }),
  logBase: z.enum(LOG_BASES).optional(),
  nRef: z.number().int().nonnegative(),
  nCur: z.number().int().nonnegative(),
  bins: z.enum(['deciles', 'grid', 'values']),
  bound: statisticSchema.optional(),
  status: statusSchema,
  message: z.string(),
  chart: z.object({ labels: z.array(z.string()), reference: z.array(z.number()), current: z.array(z.number()) }),
});

export const driftSummarySchema = z.object({
  reference: z.object({ path: z.string(), sha256: z.string().optional(), rows: z.number().int().nonnegative() }),
  columns: z.array(driftColumnSchema),
  skipped: z.array(z.object({ column: z.string(), reason: z.string() })),
  dataset: z.object({ share: z.number(), drifted: z.number().int(), compared: z.number().int(), status: statusSchema }),
});
export type DriftSummary = z.infer<typeof driftSummarySchema>;
export type DriftColumn = z.infer<typeof driftColumnSchema>;

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
    /** Profile of the data (all files), when a reference or profile-out asked for one. */
    profile: profileSchema.optional(),
    drift: driftSummarySchema.optional(),
    /** Set on a shard's document: which share of the data it saw. Its `tallies` let a merge rebuild the whole verdict. */
    shard: shardSchema.optional(),
    tallies: z.array(tableTallySchema).optional(),
  }),
});

/** A metric value or statistic; null when missing. */
const metricValue = statisticSchema.nullable();

export const metricRowSchema = z.object({
  name: z.string(),
  direction: z.enum(DIRECTIONS),
  /** Whether the policy gates this metric (others are shown for context). */
  gated: z.boolean(),
  slice: z.object({ column: z.string(), value: z.string(), rows: z.number().int().nonnegative() }).optional(),
  candidate: metricValue,
  baseline: metricValue,
  /** candidate − baseline. */
  difference: metricValue,
  /** (candidate − baseline) / |baseline|; null for a zero baseline. */
  relativeDifference: metricValue,
  /** Two-sided interval of the difference at `confidence`. */
  interval: z.tuple([statisticSchema, statisticSchema]).nullable(),
  confidence: z.number(),
  pValue: metricValue,
  method: z.enum(TEST_METHODS),
  /** better / worse beyond noise (or at all, without a test), same, or unknown (a value missing). */
  verdict: z.enum(['better', 'worse', 'same', 'unknown']),
  status: statusSchema,
  /** The policy rules applied to this row. */
  thresholds: z.record(z.string(), z.unknown()).default({}),
  note: z.string().optional(),
  /** The test's own numbers (a DeLong z may be ±∞: pROC's Z = −Inf for a difference with no variance). */
  details: z.record(z.string(), z.union([statisticSchema, z.string()])).optional(),
  /** Eval suites: a 0–1 rate or a percentage, whose changes read in points; absent for other numbers. */
  scale: z.enum(['rate', 'percent']).optional(),
  /** Eval suites, pass/fail outcomes: the cases that flipped each way on the shared cases, and the first five ids of each. */
  flips: z
    .object({
      passToFail: z.number().int().nonnegative(),
      failToPass: z.number().int().nonnegative(),
      firstPassToFail: z.array(z.string()).max(5),
      firstFailToPass: z.array(z.string()).max(5),
    })
    .optional(),
});
export type MetricRow = z.infer<typeof metricRowSchema>;

const modelSchema = z.object({
  source: z.string(),
  kind: z.enum(['metrics', 'predictions', 'evals']),
  sha256: z.string().optional(),
  /** Identifies the baseline (a commit, run or deployment id). */
  id: z.string().optional(),
});

/** Most points a curve may hold in a results document (compare-metrics keeps at most 50; a hostile file cannot make the report draw more). */
export const MAX_CURVE_POINTS = 200;
/** Most past deployments a comparison carries, and metrics per deployment. */
export const MAX_HISTORY = 50;
const unit = z.number().min(0).max(1);

/** The curves of one model's binary scores: exact vertices of scikit-learn's curves at the kept thresholds (∞: nothing predicted positive). */
export const modelCurvesSchema = z.object({
  rows: z.number().int().nonnegative(),
  positives: z.number().int().nonnegative(),
  /** roc_curve: false and true positive rate at each kept threshold, threshold descending. */
  roc: z.array(z.object({ threshold: statisticSchema, fpr: unit, tpr: unit })).max(MAX_CURVE_POINTS),
  /** precision_recall_curve, recall rising (threshold descending). */
  pr: z.array(z.object({ threshold: statisticSchema, recall: unit, precision: unit })).max(MAX_CURVE_POINTS),
  /** calibration_curve (uniform bins on [0, 1]): each non-empty bin's mean score, share of positives and rows. Only for probabilities. */
  calibration: z
    .object({
      bins: z.number().int().min(1).max(MAX_CURVE_POINTS),
      strategy: z.literal('uniform'),
      points: z.array(z.object({ bin: z.number().int().nonnegative(), predicted: unit, observed: unit, count: z.number().int().positive() })).max(MAX_CURVE_POINTS),
    })
    .optional(),
});
export type ModelCurves = z.infer<typeof modelCurvesSchema>;
export type RocPoint = ModelCurves['roc'][number];
export type PrPoint = ModelCurves['pr'][number];
export type CalibrationBin = NonNullable<ModelCurves['calibration']>['points'][number];

/** One past deployment of the production model, as a deployment: baseline found it: its recorded metrics. */
export const deploymentRecordSchema = z.object({
  id: z.string().max(100),
  commit: z.string().max(100).optional(),
  recordedAt: z.string().max(100).optional(),
  metrics: z.record(z.string(), z.number()).refine((m) => Object.keys(m).length <= MAX_HISTORY, { message: `at most ${MAX_HISTORY} metrics` }),
});
export type DeploymentRecord = z.infer<typeof deploymentRecordSchema>;

export const comparisonSchema = z.object({
  task: z.enum(TASKS).nullable(),
  paired: z.boolean(),
  rows: z.number().int().nonnegative().nullable(),
  confidence: z.number(),
  candidate: modelSchema,
  baseline: modelSchema.nullable(),
  /** Set when no baseline was found: what was tried. */
  baselineProblem: z.string().optional(),
  policy: z.object({ source: z.string(), sha256: z.string().optional() }),
  dropped: z.object({ candidateOnly: z.number().int(), baselineOnly: z.number().int() }).optional(),
  /** Eval suites: what was compared, and how p-values were adjusted across the family of tests. */
  evals: z
    .object({
      format: z.string(),
      cases: z.number().int().nonnegative(),
      candidateOnly: z.number().int().nonnegative(),
      baselineOnly: z.number().int().nonnegative(),
      samplesPerCase: z.number().int().positive(),
      adjustment: z.enum(['holm', 'bh', 'none']),
      family: z.number().int().nonnegative(),
      notes: z.array(z.string()),
    })
    .optional(),
  /** Binary scores on both sides (or the candidate's): ROC, precision–recall and calibration curves, reduced to at most 50 points each. */
  curves: z.object({ candidate: modelCurvesSchema, baseline: modelCurvesSchema.optional() }).optional(),
  /** deployment: baselines: the gated metrics recorded by the last successful deployments, oldest first (the newest is the baseline). */
  history: z.object({ source: z.string(), deployments: z.array(deploymentRecordSchema).max(MAX_HISTORY) }).optional(),
  metrics: z.array(metricRowSchema),
  regressions: z.number().int().nonnegative(),
  improvements: z.number().int().nonnegative(),
  summary: z.string(),
});
export type Comparison = z.infer<typeof comparisonSchema>;
export type EvalSummary = NonNullable<Comparison['evals']>;

export const compareMetricsResultsSchema = z.object({
  ...envelope,
  kind: z.literal('compare-metrics'),
  comparison: comparisonSchema,
});
export type CompareMetricsResults = z.infer<typeof compareMetricsResultsSchema>;

export const gateResultsSchema = z.object({
  ...envelope,
  kind: z.literal('gate'),
  decision: z.record(z.string(), z.unknown()).optional(),
});

/** The gate's governance check of a Markdown model card (shared/modelcard): each required section, found with content, empty or missing. */
export const modelCardResultsSchema = z.object({
  ...envelope,
  kind: z.literal('model-card'),
  card: z.object({
    path: z.string(),
    sections: z.array(z.object({ name: z.string(), state: z.enum(['present', 'empty', 'missing']), heading: z.string().optional(), line: z.number().int().positive().optional(), words: z.number().int().nonnegative(), accepted: z.array(z.string()) })),
  }),
});
export type ModelCardResults = z.infer<typeof modelCardResultsSchema>;

export const resultsDocumentSchema = z.discriminatedUnion('kind', [
  validateDataResultsSchema,
  compareMetricsResultsSchema,
  gateResultsSchema,
  modelCardResultsSchema,
]);

export type ResultsDocument = z.infer<typeof resultsDocumentSchema>;
export type ValidateDataResults = z.infer<typeof validateDataResultsSchema>;
export type ResultsKind = ResultsDocument['kind'];
