// The results document: the one contract between the actions. Every step
// writes one; report and gate read any number of them. These zod schemas are
// the single definition; kind-specific payloads hang off the common envelope.
//
// The schemas are built on first use, one document kind at a time
// (`resultsSchemas`, `resultsSchemaFor`): building all of them costs a
// measurable share of an action's cold start (bench/coldstart.mjs), and a
// step writes one kind and reads at most the kinds it is given.

import { z } from 'zod';
import { assertNever } from '../errors.js';
import { profileSchema } from '../profile/profile.js';
import { DIRECTIONS, TASKS, TEST_METHODS } from '../vocabulary/comparison.js';
import { DRIFT_COMPARISONS, DRIFT_METHODS, LOG_BASES } from '../vocabulary/drift.js';
import { COMPARISON_RULES, type ComparisonRule } from '../vocabulary/policy.js';

export const RESULTS_VERSION = 1;

/** Built at load, unlike the rest: small, and other modules' schemas compose it when they load (shared/monitor/history.ts). */
export const statusSchema = z.enum(['pass', 'warn', 'fail', 'error']);
export type Status = z.infer<typeof statusSchema>;

/**
 * JSON has no numbers for ±∞ and NaN (JSON.stringify writes null for them).
 * Where a statistic may be infinite (χ² of a value the reference never had,
 * a DeLong z of a difference with no variance) or undefined, a results
 * document holds these strings instead; readers get the JavaScript number
 * back. `serializeResults` (io.ts) writes them.
 */
export const NON_FINITE_JSON = ['Infinity', '-Infinity', 'NaN'] as const;

/** Most points a curve may hold in a results document (compare-metrics keeps at most 50; a hostile file cannot make the report draw more). */
export const MAX_CURVE_POINTS = 200;
/** Most past deployments a comparison carries, and metrics per deployment. */
export const MAX_HISTORY = 50;

/** The value `build` returns, built on the first call only. */
function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

/** The envelope every kind shares: its checks, locations, statistics and subject. */
const envelopeSchemas = once(() => {
  const location = z.object({
    file: z.string(),
    line: z.number().int().positive().optional(),
    /** 1-based data row (record) number, where the file has rows. */
    row: z.number().int().positive().optional(),
    field: z.string().optional(),
  });

  /** A statistic: a finite JSON number, or "Infinity" / "-Infinity" / "NaN", read as the number it names. */
  const statistic = z.union([z.number(), z.enum(NON_FINITE_JSON).transform((name) => Number(name))]);

  /** The strings "Infinity", "-Infinity" and "NaN" are read as those numbers, not as text. */
  const observed = z.union([statistic, z.string(), z.boolean(), z.null()]);

  const check = z
    .object({
      /** Unique within the document; opaque to readers (they read the typed fields below, never parse it). */
      id: z.string(),
      title: z.string(),
      status: statusSchema,
      observed: observed.optional(),
      expected: observed.optional(),
      message: z.string(),
      /** How many occurrences the check counted (never capped). */
      count: z.number().int().nonnegative().optional(),
      /** The first occurrences, for annotations; `count` says how many there were. */
      locations: z.array(location).default([]),
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

  const fileDigest = z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    bytes: z.number().int().nonnegative().optional(),
  });

  const subject = z.looseObject({
    files: z.array(fileDigest).default([]),
    gitSha: z.string().optional(),
    baselineId: z.string().optional(),
    schema: fileDigest.optional(),
  });

  const envelope = {
    holdout: z.literal(RESULTS_VERSION),
    title: z.string(),
    status: statusSchema,
    createdAt: z.iso.datetime({ offset: true }),
    subject,
    checks: z.array(check),
  };
  return { location, statistic, check, fileDigest, subject, envelope };
});

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


/** The validate-data document (monitor writes one too): tables, their tallies, shards, drift. */
const validateDataSchemas = once(() => {
  const { location, statistic, envelope } = envelopeSchemas();
  /** One Frictionless-style error, kept as a sample (the counts are complete). */
  const dataError = z.object({
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

  const tableSummary = z.object({
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

  /** What one table's validation counted, before table-level checks: a shard's share of a verdict, summed when shards merge. */
  const extreme = z.union([z.number(), z.enum(['Infinity', '-Infinity'])]).nullable();

  const tableTally = z.object({
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
      locations: z.array(location),
    })),
    // A field's extremes: null with no values; an infinite one spelled out (JSON has no Infinity), so a merge of shards or ranges keeps it.
    fields: z.array(z.object({ name: z.string(), missing: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), min: extreme, max: extreme })),
    errors: z.array(dataError),
    errorCounts: z.object({ file: z.record(z.string(), z.number().int().nonnegative()), rows: z.record(z.string(), z.number().int().nonnegative()) }),
  });

  const shard = z.object({
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

  const driftColumn = z.object({
    column: z.string(),
    kind: z.enum(['numeric', 'categorical']),
    method: z.enum(DRIFT_METHODS),
    auto: z.boolean(),
    /** null when the statistic could not be computed at all; ±∞ or NaN when it is infinite or undefined. */
    statistic: statistic.nullable(),
    pValue: statistic.optional(),
    compare: z.enum(DRIFT_COMPARISONS),
    threshold: z.object({ warn: z.number().optional(), fail: z.number().optional() }),
    logBase: z.enum(LOG_BASES).optional(),
    nRef: z.number().int().nonnegative(),
    nCur: z.number().int().nonnegative(),
    bins: z.enum(['deciles', 'grid', 'values']),
    bound: statistic.optional(),
    status: statusSchema,
    message: z.string(),
    chart: z.object({ labels: z.array(z.string()), reference: z.array(z.number()), current: z.array(z.number()) }),
  });

  const driftSummary = z.object({
    reference: z.object({ path: z.string(), sha256: z.string().optional(), rows: z.number().int().nonnegative() }),
    columns: z.array(driftColumn),
    skipped: z.array(z.object({ column: z.string(), reason: z.string() })),
    dataset: z.object({ share: z.number(), drifted: z.number().int(), compared: z.number().int(), status: statusSchema }),
  });

  const document = z.object({
    ...envelope,
    kind: z.literal('validate-data'),
    data: z.object({
      tables: z.array(tableSummary),
      rows: z.number().int().nonnegative(),
      errorCount: z.number().int().nonnegative(),
      /** The first errors in file order; `errorCount` is the full count. */
      errors: z.array(dataError),
      /** Profile of the data (all files), when a reference or profile-out asked for one. */
      profile: profileSchema.optional(),
      drift: driftSummary.optional(),
      /** Set on a shard's document: which share of the data it saw. Its `tallies` let a merge rebuild the whole verdict. */
      shard: shard.optional(),
      tallies: z.array(tableTally).optional(),
    }),
  });
  return { dataError, tableSummary, tableTally, shard, driftColumn, driftSummary, document };
});

/** The compare-metrics document: the comparison, its metric rows, curves and deployment history. */
const compareMetricsSchemas = once(() => {
  const { statistic, envelope } = envelopeSchemas();
  /** A metric value or statistic; null when missing. */
  const metricValue = statistic.nullable();

  const metricRow = z.object({
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
    interval: z.tuple([statistic, statistic]).nullable(),
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
    details: z.record(z.string(), z.union([statistic, z.string()])).optional(),
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

  const model = z.object({
    source: z.string(),
    kind: z.enum(['metrics', 'predictions', 'evals']),
    sha256: z.string().optional(),
    /** Identifies the baseline (a commit, run or deployment id). */
    id: z.string().optional(),
  });

  const unit = z.number().min(0).max(1);

  /** The curves of one model's binary scores: exact vertices of scikit-learn's curves at the kept thresholds (∞: nothing predicted positive). */
  const modelCurves = z.object({
    rows: z.number().int().nonnegative(),
    positives: z.number().int().nonnegative(),
    /** roc_curve: false and true positive rate at each kept threshold, threshold descending. */
    roc: z.array(z.object({ threshold: statistic, fpr: unit, tpr: unit })).max(MAX_CURVE_POINTS),
    /** precision_recall_curve, recall rising (threshold descending). */
    pr: z.array(z.object({ threshold: statistic, recall: unit, precision: unit })).max(MAX_CURVE_POINTS),
    /** calibration_curve (uniform bins on [0, 1]): each non-empty bin's mean score, share of positives and rows. Only for probabilities. */
    calibration: z
      .object({
        bins: z.number().int().min(1).max(MAX_CURVE_POINTS),
        strategy: z.literal('uniform'),
        points: z.array(z.object({ bin: z.number().int().nonnegative(), predicted: unit, observed: unit, count: z.number().int().positive() })).max(MAX_CURVE_POINTS),
      })
      .optional(),
  });

  /** One past deployment of the production model, as a deployment: baseline found it: its recorded metrics. */
  const deploymentRecord = z.object({
    id: z.string().max(100),
    commit: z.string().max(100).optional(),
    recordedAt: z.string().max(100).optional(),
    metrics: z.record(z.string(), z.number()).refine((m) => Object.keys(m).length <= MAX_HISTORY, { message: `at most ${MAX_HISTORY} metrics` }),
  });

  const comparison = z.object({
    task: z.enum(TASKS).nullable(),
    paired: z.boolean(),
    rows: z.number().int().nonnegative().nullable(),
    confidence: z.number(),
    candidate: model,
    baseline: model.nullable(),
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
    curves: z.object({ candidate: modelCurves, baseline: modelCurves.optional() }).optional(),
    /** deployment: baselines: the gated metrics recorded by the last successful deployments, oldest first (the newest is the baseline). */
    history: z.object({ source: z.string(), deployments: z.array(deploymentRecord).max(MAX_HISTORY) }).optional(),
    metrics: z.array(metricRow),
    regressions: z.number().int().nonnegative(),
    improvements: z.number().int().nonnegative(),
    summary: z.string(),
  });

  const document = z.object({
    ...envelope,
    kind: z.literal('compare-metrics'),
    comparison,
  });
  return { metricRow, modelCurves, deploymentRecord, comparison, document };
});

const gateResultsSchema = once(() =>
  z.object({
    ...envelopeSchemas().envelope,
    kind: z.literal('gate'),
    decision: z.record(z.string(), z.unknown()).optional(),
  }),
);

/** The gate's governance check of a Markdown model card (shared/modelcard): each required section, found with content, empty or missing. */
const modelCardResultsSchema = once(() =>
  z.object({
    ...envelopeSchemas().envelope,
    kind: z.literal('model-card'),
    card: z.object({
      path: z.string(),
      sections: z.array(z.object({ name: z.string(), state: z.enum(['present', 'empty', 'missing']), heading: z.string().optional(), line: z.number().int().positive().optional(), words: z.number().int().nonnegative(), accepted: z.array(z.string()) })),
    }),
  }),
);


/** Each kind's document schema, built on first use. */
const documentSchemaOfKind = {
  'validate-data': () => validateDataSchemas().document,
  'compare-metrics': () => compareMetricsSchemas().document,
  gate: gateResultsSchema,
  'model-card': modelCardResultsSchema,
};

/** Any results document: the union of the kinds, by `kind`. */
const resultsDocumentSchema = once(() =>
  z.discriminatedUnion('kind', [documentSchemaOfKind['validate-data'](), documentSchemaOfKind['compare-metrics'](), gateResultsSchema(), modelCardResultsSchema()]),
);

/**
 * The results schemas, each built when first read. `document` is any results
 * document; the others are its parts, for tests and for code that checks a
 * part on its own.
 */
export const resultsSchemas = {
  get location() { return envelopeSchemas().location; },
  get statistic() { return envelopeSchemas().statistic; },
  get check() { return envelopeSchemas().check; },
  get fileDigest() { return envelopeSchemas().fileDigest; },
  get subject() { return envelopeSchemas().subject; },
  get dataError() { return validateDataSchemas().dataError; },
  get tableSummary() { return validateDataSchemas().tableSummary; },
  get tableTally() { return validateDataSchemas().tableTally; },
  get shard() { return validateDataSchemas().shard; },
  get driftSummary() { return validateDataSchemas().driftSummary; },
  get validateDataResults() { return validateDataSchemas().document; },
  get metricRow() { return compareMetricsSchemas().metricRow; },
  get modelCurves() { return compareMetricsSchemas().modelCurves; },
  get deploymentRecord() { return compareMetricsSchemas().deploymentRecord; },
  get comparison() { return compareMetricsSchemas().comparison; },
  get compareMetricsResults() { return compareMetricsSchemas().document; },
  get gateResults() { return gateResultsSchema(); },
  get modelCardResults() { return modelCardResultsSchema(); },
  get document() { return resultsDocumentSchema(); },
};

/**
 * The schema to read `value` with: the schema of the kind it names, which
 * reads it exactly as the union of all kinds does (zod's discriminated union
 * hands a known `kind` to that kind's schema) without building the others;
 * the union itself for a value that names no known kind, so that its error
 * is the union's.
 */
export function resultsSchemaFor(value: unknown): z.ZodType<ResultsDocument> {
  const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' && Object.hasOwn(documentSchemaOfKind, kind) ? documentSchemaOfKind[kind as ResultsKind]() : resultsDocumentSchema();
}

export type Location = z.infer<typeof resultsSchemas.location>;
export type Check = z.infer<typeof resultsSchemas.check>;
export type DataError = z.infer<typeof resultsSchemas.dataError>;
export type TableSummary = z.infer<typeof resultsSchemas.tableSummary>;
export type TableTally = z.infer<typeof resultsSchemas.tableTally>;
export type Shard = z.infer<typeof resultsSchemas.shard>;
export type DriftSummary = z.infer<typeof resultsSchemas.driftSummary>;
export type DriftColumn = DriftSummary['columns'][number];
export type MetricRow = z.infer<typeof resultsSchemas.metricRow>;
export type ModelCurves = z.infer<typeof resultsSchemas.modelCurves>;
export type RocPoint = ModelCurves['roc'][number];
export type PrPoint = ModelCurves['pr'][number];
export type CalibrationBin = NonNullable<ModelCurves['calibration']>['points'][number];
export type DeploymentRecord = z.infer<typeof resultsSchemas.deploymentRecord>;
export type Comparison = z.infer<typeof resultsSchemas.comparison>;
export type EvalSummary = NonNullable<Comparison['evals']>;
export type CompareMetricsResults = z.infer<typeof resultsSchemas.compareMetricsResults>;
export type ModelCardResults = z.infer<typeof resultsSchemas.modelCardResults>;
export type ResultsDocument = z.infer<typeof resultsSchemas.document>;
export type ValidateDataResults = z.infer<typeof resultsSchemas.validateDataResults>;
export type ResultsKind = ResultsDocument['kind'];
