// monitorData: production data against the reference profile the approved
// model was trained on, in one pass per file — the schema's checks, drift
// (with the missing-rate and unseen-category checks) on the reference's
// frozen bins, and the share of values outside the reference's range, per
// numeric column. The result is a validate-data results document (report and
// gate read it as they read any), with the out-of-range checks added. Bad
// input becomes an `error` check and a problem, as in validateData.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { describeFsError } from '../config/load.js';
import { openTable } from '../data/table.js';
import { expandPaths } from '../data/paths.js';
import type { UserFile } from '../io/user-file.js';
import { RESULTS_VERSION, type Check, type DataError, type DriftSummary, type Status, type TableSummary, type TableTally, type ValidateDataResults } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { loadTableSchema, type CompiledSchema } from '../schema/load.js';
import { compareProfiles } from '../validate/drift.js';
import { finishTable, tallyTable, type ValidateOptions } from '../validate/table.js';
import { formatCastValue, formatCount, formatRate } from '../validate/format.js';
import { ColumnAccumulator, DatasetProfiler, frozenEdgesOf, looksLikeProfile, parseProfile, type Binning, type Profile } from '../profile/profile.js';
import type { ValidateProgress } from '../validate/run.js';
import { skewChecks } from './skew.js';

export interface ShareLevels {
  warn?: number;
  fail?: number;
}

export const DEFAULT_OUT_OF_RANGE: Required<ShareLevels> = { warn: 0.01, fail: 0.05 };

export interface MonitorDataInput {
  /** Paths or globs of the production data files, relative to baseDir. */
  data: readonly string[];
  baseDir: string;
  schema: UserFile;
  /** The reference profile, on disk (fetched when it came from a deployment or a ref), and how to name it. */
  reference: { path: string; display: string };
  /** Share of a numeric column's values outside the reference's [min, max] that warns / fails. */
  outOfRange?: ShareLevels;
  /** Training–serving skew by id: the training data (paths or globs), the id column (default: the schema's single-field primary key), the tolerance and levels. */
  skew?: { training: readonly string[]; id?: string; tolerance: number; levels: ShareLevels };
  title?: string;
  gitSha?: string;
  now?: Date;
  options?: ValidateOptions;
}

export interface MonitorDataOutcome {
  document: ValidateDataResults;
  problems: ConfigurationError[];
}

/** A numeric column's accumulator that also counts values below the reference's min and above its max. */
class RangeAccumulator extends ColumnAccumulator {
  below = 0;
  above = 0;

  constructor(type: string, binning: Binning, private readonly low: number, private readonly high: number) {
    super(type, 'numeric', binning);
  }

  override addNumber(x: number): void {
    super.addNumber(x);
    if (x < this.low) this.below++;
    else if (x > this.high) this.above++;
  }
}

/** The current data's profiler, binned on the reference's edges, with range counters on its numeric columns. */
class MonitorProfiler extends DatasetProfiler {
  readonly ranged = new Map<string, RangeAccumulator>();

  constructor(private readonly reference: Profile) {
    super(
      (column): Binning => {
        const edges = frozenEdgesOf(reference.columns[column]);
        return edges ? { edges } : 'none';
      },
      (column) => new Set(Object.keys(reference.columns[column]?.categories?.counts ?? {})),
    );
  }

  override accumulator(column: string, type: string, kind: 'numeric' | 'categorical' | 'identifier'): ColumnAccumulator {
    const ref = this.reference.columns[column];
    if (kind !== 'numeric' || ref?.kind !== 'numeric' || ref.min === null || ref.max === null) return super.accumulator(column, type, kind);
    let acc = this.ranged.get(column);
    if (acc === undefined) {
      const edges = frozenEdgesOf(ref);
      acc = new RangeAccumulator(type, edges ? { edges } : 'none', ref.min, ref.max);
      this.ranged.set(column, acc);
    } else if (acc.type !== type) throw new ConfigurationError(`column "${column}" is ${acc.type} in one file and ${type} in another`);
    return acc;
  }

  override toProfile(): Profile {
    const profile = super.toProfile();
    for (const [name, acc] of this.ranged) profile.columns[name] = acc.toProfile();
    return profile;
  }
}

export async function monitorData(input: MonitorDataInput, hooks: { onProgress?: (progress: ValidateProgress) => void } = {}): Promise<MonitorDataOutcome> {
  const problems: ConfigurationError[] = [];
  const checks: Check[] = [];
  const tables: TableSummary[] = [];
  const errors: DataError[] = [];
  const maxSamples = input.options?.maxErrorSamples ?? 1000;
  const fail = (error: unknown, id: string, title: string): void => {
    if (!(error instanceof ConfigurationError)) throw error;
    problems.push(error);
    checks.push(problemCheck(id, title, error));
  };

  let schema: CompiledSchema | undefined;
  try {
    schema = await loadTableSchema(input.schema);
  } catch (error) {
    fail(error, `${input.schema.display}#schema`, 'Schema is valid');
  }
  let reference: { profile: Profile; sha256: string } | undefined;
  try {
    reference = await readReferenceProfile(input.reference);
  } catch (error) {
    fail(error, 'reference', 'Reference profile is readable');
  }

  let files: UserFile[] = [];
  const tallies: TableTally[] = [];
  let profiler: MonitorProfiler | undefined;
  if (schema && reference && problems.length === 0) {
    try {
      files = await expandPaths(input.data, input.baseDir);
      if (files.length === 0) throw new ConfigurationError('no production data files were given');
    } catch (error) {
      fail(error, 'data', 'Production data files are found');
    }
    profiler = new MonitorProfiler(reference.profile);
    for (const file of files) {
      try {
        const table = await openTable(file);
        const onProgress = hooks.onProgress;
        const { tally } = await tallyTable(table, schema, { ...input.options, profile: profiler, onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined });
        tallies.push(tally);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        problems.push(error);
        checks.push(problemCheck(`${file.display}#readable`, `${file.display} is readable`, error));
        tables.push({ file: file.display, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
      }
    }
  }
  for (const tally of tallies) {
    const result = finishTable(tally, schema!, input.options);
    tables.push(result.summary);
    checks.push(...result.checks);
    for (const e of result.errors) if (errors.length < maxSamples) errors.push(e);
  }

  let drift: DriftSummary | undefined;
  if (schema && reference && profiler && problems.length === 0) {
    const current = profiler.toProfile();
    const compared = compareProfiles({ schema: schema.descriptor, reference: reference.profile, referenceInfo: { path: input.reference.display, sha256: reference.sha256 }, current });
    checks.push(...compared.checks);
    drift = compared.drift;
    checks.push(...outOfRangeChecks(profiler, reference.profile, schema, input.outOfRange ?? DEFAULT_OUT_OF_RANGE));
  }
  if (schema && input.skew && problems.length === 0) {
    try {
      const primaryKey = schema.descriptor.primaryKey;
      const id = input.skew.id ?? (typeof primaryKey === 'string' ? primaryKey : primaryKey?.length === 1 ? primaryKey[0] : undefined);
      if (id === undefined) throw new ConfigurationError('skew-id: name the id column serving rows share with training rows (the schema has no single-field primary key)');
      const training = await expandPaths(input.skew.training, input.baseDir, 'skew-training');
      if (training.length === 0) throw new ConfigurationError('skew-training: no training data files were found');
      const columns = schema.fields.filter((f) => f.name !== id).map((f) => ({ name: f.name, numeric: f.type === 'number' || f.type === 'integer' }));
      checks.push(...(await skewChecks({ training, serving: files, id, columns, tolerance: input.skew.tolerance, levels: input.skew.levels })));
    } catch (error) {
      fail(error, 'skew', 'Training–serving skew can be checked');
    }
  }

  const status = worstStatus(checks.map((c) => c.status));
  const document: ValidateDataResults = {
    holdout: RESULTS_VERSION,
    kind: 'validate-data',
    title: input.title ?? 'Production data against the reference',
    status,
    createdAt: (input.now ?? new Date()).toISOString(),
    subject: {
      files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
      gitSha: input.gitSha,
      schema: schema ? { path: input.schema.display, sha256: schema.sha256 } : { path: input.schema.display },
      reference: { path: input.reference.display, ...(reference ? { sha256: reference.sha256 } : {}) },
    },
    checks,
    data: {
      tables,
      rows: tables.reduce((sum, t) => sum + t.rows, 0),
      errorCount: tables.reduce((sum, t) => sum + t.errorCount, 0),
      errors,
      ...(drift ? { drift } : {}),
    },
  };
  return { document, problems };
}

/** A reference for monitoring is a profile (validate-data's profile-out): it loads in milliseconds and carries the frozen bins. */
async function readReferenceProfile(reference: { path: string; display: string }): Promise<{ profile: Profile; sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(reference.path);
  } catch (error) {
    throw new ConfigurationError(`cannot read the reference profile: ${describeFsError(error)}`, { file: reference.display });
  }
  const text = bytes.toString('utf8');
  if (!looksLikeProfile(text.slice(0, 64))) {
    throw new ConfigurationError('not a holdout profile: write one from the training data with validate-data profile-out, and monitor against it', { file: reference.display });
  }
  return { profile: parseProfile(text, reference.display), sha256: createHash('sha256').update(bytes).digest('hex') };
}

function shareStatus(share: number, levels: ShareLevels): Status {
  return levels.fail !== undefined && share > levels.fail ? 'fail' : levels.warn !== undefined && share > levels.warn ? 'warn' : 'pass';
}

function formatNumber(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/** One check per numeric column the reference has bounds for: the share of current values below its min or above its max. */
function outOfRangeChecks(profiler: MonitorProfiler, reference: Profile, schema: CompiledSchema, levels: ShareLevels): Check[] {
  const checks: Check[] = [];
  const describe = [levels.warn !== undefined ? `warn > ${formatRate(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${formatRate(levels.fail)}` : ''].filter(Boolean).join(', ');
  for (const [name, acc] of profiler.ranged) {
    const ref = reference.columns[name]!;
    const field = schema.fields.find((f) => f.name === name);
    // Dates and times are profiled as numbers: shown as the values they are.
    const fmt = (x: number) => {
      const shown = field ? formatCastValue(field, x) : x;
      return typeof shown === 'number' ? formatNumber(shown) : shown;
    };
    const values = acc.count;
    const outside = acc.below + acc.above;
    const share = values === 0 ? 0 : outside / values;
    checks.push({
      id: `outOfRange:${name}`,
      title: `${name}: values outside the reference's range [${fmt(ref.min!)}, ${fmt(ref.max!)}]`,
      status: shareStatus(share, levels),
      observed: share,
      expected: `≤ ${formatRate(levels.fail ?? levels.warn ?? 0)}`,
      message: outside === 0
        ? `every one of ${formatCount(values)} values lies within the reference's range (${describe})`
        : `${formatCount(outside)} of ${formatCount(values)} values (${formatRate(share)}) lie outside the reference's range: ${formatCount(acc.below)} below ${fmt(ref.min!)}, ${formatCount(acc.above)} above ${fmt(ref.max!)} (${describe})`,
      count: outside,
      locations: [],
    });
  }
  return checks;
}

function problemCheck(id: string, title: string, error: ConfigurationError): Check {
  return { id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] };
}
