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
import { describeFsError } from '../io/fs-error.js';
import { openTable } from '../data/table.js';
import { expandPaths } from '../data/paths.js';
import type { UserFile } from '../io/user-file.js';
import { documentHead } from '../results/head.js';
import { type Check, type DataError, type DriftSummary, type Status, type TableSummary, type TableTally, type ValidateDataResults } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { loadTableSchema, type CompiledSchema } from '../schema/load.js';
import { compareProfiles } from '../validate/drift.js';
import { finishTable, tallyTable, type ValidateOptions } from '../validate/table.js';
import { formatCastValue, formatCount, formatRate } from '../validate/format.js';
import { binOf, DatasetProfiler, frozenEdgesOf, looksLikeProfile, parseProfile, type Binning, type Profile } from '../profile/profile.js';
import type { ValidateHooks, ValidateProgress } from '../validate/run.js';
import { skewChecks } from './skew.js';
import { tallyInRanges, type RangeRunner } from '../validate/parallel.js';
import { DataRunLog, problemCheck } from '../results/problems.js';

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

/** The next double above x. */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] = bits[0]! + (x > 0 ? 1n : -1n);
  return new Float64Array(bits.buffer)[0]!;
}

/** How many finite values lay below the reference's min and above its max. */
export interface RangeCount {
  below: number;
  above: number;
  values: number;
}

interface Split {
  /** Edges added to the reference's grid: its min (values below it fill the bins before) and the next double above its max. */
  low?: number;
  high?: number;
}

/**
 * The current data's profiler, binned on the reference's edges. The share of
 * values outside the reference's range costs nothing per value: the grid a
 * numeric column is binned on gets two more edges, the reference's min and
 * the double just above its max, so the values below and above are whole
 * bins; the branch-free bin search takes as many steps with them. After the
 * pass the extra bins are counted and merged back, which gives the
 * reference's own grid, bin for bin, for drift.
 */
class MonitorProfiler extends DatasetProfiler {
  private readonly splits = new Map<string, Split>();
  readonly ranges = new Map<string, RangeCount>();

  constructor(private readonly reference: Profile) {
    super(
      (column): Binning => {
        const ref = reference.columns[column];
        const edges = frozenEdgesOf(ref);
        if (!edges || !ref || ref.min === null || ref.max === null) return edges ? { edges } : 'none';
        const split: Split = {};
        const grid = [...edges.grid];
        for (const [key, edge] of [['low', ref.min], ['high', nextUp(ref.max)]] as const) {
          if (!Number.isFinite(edge)) continue;
          const at = binOf(grid, edge);
          if (grid[at - 1] === edge) continue; // already an edge
          grid.splice(at, 0, edge);
          split[key] = edge;
        }
        this.splits.set(column, split);
        return { edges: { deciles: edges.deciles, grid } };
      },
      (column) => new Set(Object.keys(reference.columns[column]?.categories?.counts ?? {})),
    );
  }

  override toProfile(): Profile {
    const profile = super.toProfile();
    for (const [name, split] of this.splits) {
      const column = profile.columns[name];
      const grid = column?.grid;
      if (!column || !grid) continue;
      // Edge e_j opens bin j + 1: bins 0…j hold the values below it.
      const indexOf = (edge: number | undefined, fallback: number) => (edge === undefined ? fallback : grid.edges.indexOf(edge));
      const lowAt = indexOf(split.low, -1);
      const highAt = indexOf(split.high, -1);
      const sum = (from: number, to: number) => grid.counts.slice(from, to).reduce((a, b) => a + b, 0);
      // Without an added edge the reference's min or next-up max is itself an edge of its grid.
      const ref = this.reference.columns[name]!;
      const minEdge = split.low !== undefined ? lowAt : grid.edges.indexOf(ref.min!);
      const maxEdge = split.high !== undefined ? highAt : grid.edges.indexOf(nextUp(ref.max!));
      this.ranges.set(name, {
        below: minEdge < 0 ? 0 : sum(0, minEdge + 1),
        above: maxEdge < 0 ? 0 : sum(maxEdge + 1, grid.counts.length),
        values: sum(0, grid.counts.length),
      });
      // Merge the extra bins back, the later edge first so the earlier index stays put.
      for (const at of [highAt, lowAt].filter((i) => i >= 0).sort((a, b) => b - a)) mergeBinsAt(grid, at);
    }
    return profile;
  }
}

/** Removes edge `at` from a histogram, adding its two bins (at and at + 1) together. */
function mergeBinsAt(h: NonNullable<Profile['columns'][string]['grid']>, at: number): void {
  h.edges.splice(at, 1);
  const count = h.counts[at]! + h.counts[at + 1]!;
  h.counts.splice(at, 2, count);
  if (h.low && h.high) {
    const lows = [h.low[at], h.low[at + 1]].filter((v): v is number => v !== null && v !== undefined);
    const highs = [h.high[at], h.high[at + 1]].filter((v): v is number => v !== null && v !== undefined);
    h.low.splice(at, 2, lows.length ? Math.min(...lows) : null);
    h.high.splice(at, 2, highs.length ? Math.max(...highs) : null);
  }
}

/** `ranges`: worker threads for the byte ranges of a large CSV file, profiled and merged as validate-data does (validate/parallel.ts). */
export async function monitorData(input: MonitorDataInput, hooks: Pick<ValidateHooks, 'onProgress' | 'ranges' | 'tables'> = {}): Promise<MonitorDataOutcome> {
  const log = new DataRunLog();
  const { problems, checks, tables, errors } = log;
  const fail = log.fail.bind(log);
  const maxSamples = input.options?.maxErrorSamples ?? 1000;

  const schema: CompiledSchema | undefined = await log.attempt(() => loadTableSchema(input.schema), `${input.schema.display}#schema`, 'Schema is valid');
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
        const onProgress = hooks.onProgress;
        if (hooks.ranges) {
          const tally = await tallyInRanges(file, input.schema, { validate: input.options, profile: profiler, schema }, hooks.ranges);
          if (tally) {
            tallies.push(tally);
            onProgress?.({ file: file.display, rows: tally.rows });
            continue;
          }
        }
        const table = (await hooks.tables?.(file)) ?? (await openTable(file));
        const { tally } = await tallyTable(table, schema, { ...input.options, profile: profiler, onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined });
        tallies.push(tally);
      } catch (error) {
        log.unreadableTable(file.display, error);
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
    ...documentHead('validate-data', input.title ?? 'Production data against the reference', status, input.now),
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
  for (const [name, acc] of profiler.ranges) {
    const ref = reference.columns[name]!;
    const field = schema.fields.find((f) => f.name === name);
    // Dates and times are profiled as numbers: shown as the values they are.
    const fmt = (x: number) => {
      const shown = field ? formatCastValue(field, x) : x;
      return typeof shown === 'number' ? formatNumber(shown) : shown;
    };
    const values = acc.values;
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

