// Drift of a current profile against a reference profile, column by column:
// the method (as the schema says, or `auto` by Evidently's rules), the
// statistic on the profiles' frozen bins, the levels it is held to, and the
// checks of their own for the change in missing rate and the share of
// categories the reference never saw. Pure: profiles and schema in, checks
// and a drift summary out.
//
// Bins: categorical columns (and numeric ones with at most five distinct
// values, and integer ones whose reference has at most five) compare value by
// value. Other numeric columns compare on the
// reference's deciles (PSI, Jensen–Shannon, χ², L∞) or its 100-quantile grid
// (KS, Wasserstein), with open tails. Empty bins: PSI floors a share of 0 as
// Evidently does (see psiEmptyBinShare); Jensen–Shannon needs no floor; χ² drops bins empty in
// both and is infinite for a value only the current data has.

import { assertNever } from '../errors.js';
import type { Check, DriftColumn, DriftSummary, Status } from '../results/schema.js';
import { worstFirst } from '../results/status.js';
import type { DriftMethodName, DriftSettings, ShareLevels, TableSchemaDescriptor } from '../schema/model.js';
import { chiSquareTest, jensenShannonDistance, jensenShannonDivergence, linfDistance, psi, twoProportionZ, WASSERSTEIN_MIN_NORM, wassersteinNorm } from '../stats/drift.js';
import { ksTwoSamplePValue } from '../stats/kolmogorov.js';
import { formatCount, formatRate } from './format.js';
import { binOf, columnMoments, DEFAULT_CATEGORY_CAP, DISTINCT_CAP, type ColumnProfile, type Histogram, type Profile } from '../profile/profile.js';
import type { DriftComparison, DriftMethod, LogBase } from '../vocabulary/drift.js';

interface MethodInfo {
  label: string;
  /** distance: drift when ≥ the level; p-value: drift when < the level. */
  compare: DriftComparison;
  logBase?: LogBase;
  defaults: { warn?: number; fail?: number };
}

export const DRIFT_METHOD_INFO: Record<DriftMethod, MethodInfo> = {
  psi: { label: 'PSI', compare: 'distance', logBase: 'e', defaults: { warn: 0.1, fail: 0.2 } },
  jensenshannon: { label: 'Jensen–Shannon distance', compare: 'distance', logBase: 'e', defaults: { fail: 0.1 } },
  js_divergence: { label: 'Jensen–Shannon divergence', compare: 'distance', logBase: '2', defaults: { fail: 0.1 } },
  wasserstein: { label: 'Wasserstein distance (in reference std)', compare: 'distance', defaults: { fail: 0.1 } },
  linf: { label: 'L∞ distance', compare: 'distance', defaults: { fail: 0.1 } },
  ks: { label: 'Kolmogorov–Smirnov', compare: 'p-value', defaults: { fail: 0.05 } },
  chisquare: { label: 'χ²', compare: 'p-value', defaults: { fail: 0.05 } },
  z: { label: 'two-proportion z', compare: 'p-value', defaults: { fail: 0.05 } },
};

export const DEFAULT_DATASET_DRIFT_SHARE = 0.5;
export const DEFAULT_MISSING_RATE_CHANGE: ShareLevels = { warn: 0.05, fail: 0.1 };
export const DEFAULT_UNSEEN_CATEGORIES: ShareLevels = { warn: 0, fail: 0.05 };
/** Evidently's size rule: up to this many reference values, tests (KS, χ², z); beyond, distances. */
export const AUTO_SMALL_REFERENCE = 1000;

const CHART_BINS = 12;

interface Bins {
  kind: 'deciles' | 'grid' | 'values';
  labels: string[];
  reference: number[];
  current: number[];
}

/**
 * Evidently's NUMBER_UNIQUE_AS_CATEGORICAL (src/evidently/legacy/utils/
 * data_preprocessing.py, _get_column_type): an integer column with at most
 * this many distinct reference values is categorical, whatever the current
 * data holds.
 */
export const INTEGER_AS_CATEGORICAL = 5;

/** An integer column Evidently would call categorical: at most five distinct values in the reference. */
export function integerAsCategorical(reference: ColumnProfile): boolean {
  return reference.kind === 'numeric' && reference.type === 'integer' && !!reference.distinct && reference.distinct.values.length <= INTEGER_AS_CATEGORICAL;
}

/**
 * Evidently's get_default_stattest (src/evidently/legacy/calculations/
 * stattests/registry.py): by the column's type (integers with at most five
 * reference values are categorical), the number of distinct values in
 * reference and current together, and the reference's size.
 */
export function autoMethod(reference: ColumnProfile, current: ColumnProfile): DriftMethod {
  const nRef = finiteCount(reference);
  const unique = distinctCount(reference, current);
  const numeric = reference.kind === 'numeric' && unique > DISTINCT_CAP && !integerAsCategorical(reference);
  if (nRef <= AUTO_SMALL_REFERENCE) return numeric ? 'ks' : unique <= 2 ? 'z' : 'chisquare';
  return numeric ? 'wasserstein' : 'jensenshannon';
}

function finiteCount(p: ColumnProfile): number {
  return p.count - p.nonFinite;
}

/** Distinct values in reference ∪ current; Infinity when a profile stopped counting. */
function distinctCount(a: ColumnProfile, b: ColumnProfile): number {
  if (a.kind === 'numeric') {
    if (!a.distinct || !b.distinct) return Infinity;
    return new Set([...a.distinct.values, ...b.distinct.values]).size;
  }
  if ((a.categories?.other ?? 0) > 0 || (b.categories?.other ?? 0) > 0) return Infinity;
  return new Set([...Object.keys(a.categories?.counts ?? {}), ...Object.keys(b.categories?.counts ?? {})]).size;
}

/**
 * Value-by-value bins for an integer column whose reference has at most five
 * values while the current data has more: each reference value, and the
 * values the reference never had counted together. Lumping those loses
 * nothing for the methods auto picks here: each contributes q·ln 2 / 2 to the
 * Jensen–Shannon divergence whatever its share q, and any one of them makes
 * χ² infinite (p = 0). The current count of a reference value v comes from
 * the current grid bin holding v: its count when that bin holds v alone
 * (low = high = v, or no other integer fits in the bin), 0 when v lies
 * outside the bin's values; undefined when the bin mixes v with others.
 */
function integerValueBins(reference: ColumnProfile, current: ColumnProfile): Bins | undefined {
  const known = reference.distinct;
  const grid = current.grid;
  if (!known || !grid) return undefined;
  const counts: number[] = [];
  for (const v of known.values) {
    const b = binOf(grid.edges, v);
    const n = grid.counts[b] ?? 0;
    const lo = grid.low?.[b], hi = grid.high?.[b];
    const from = b === 0 ? -Infinity : grid.edges[b - 1]!, to = b === grid.edges.length ? Infinity : grid.edges[b]!;
    const onlyV = Math.ceil(from) >= v && (to <= v + 1);
    if (n === 0 || (lo != null && hi != null && (v < lo || v > hi))) counts.push(0);
    else if ((lo === v && hi === v) || onlyV) counts.push(n);
    else return undefined;
  }
  const other = finiteCount(current) - counts.reduce((a, b) => a + b, 0);
  return {
    kind: 'values',
    labels: [...known.values.map(String), '(values the reference never had)'],
    reference: [...known.counts, 0],
    current: [...counts, other],
  };
}

/** Value-by-value bins: categories, or the few distinct values of a numeric column. */
function valueBins(reference: ColumnProfile, current: ColumnProfile): Bins | undefined {
  if (reference.kind === 'numeric') {
    if (!reference.distinct || !current.distinct) return undefined;
    const values = [...new Set([...reference.distinct.values, ...current.distinct.values])].sort((x, y) => x - y);
    const countOf = (t: NonNullable<ColumnProfile['distinct']>, v: number) => t.counts[t.values.indexOf(v)] ?? 0;
    return { kind: 'values', labels: values.map(String), reference: values.map((v) => countOf(reference.distinct!, v)), current: values.map((v) => countOf(current.distinct!, v)) };
  }
  const none: { counts: Record<string, number>; other: number } = { counts: {}, other: 0 };
  const r = reference.categories ?? none;
  const c = current.categories ?? none;
  const keys = [...new Set([...Object.keys(r.counts), ...Object.keys(c.counts)])].sort();
  const bins: Bins = { kind: 'values', labels: keys, reference: keys.map((k) => r.counts[k] ?? 0), current: keys.map((k) => c.counts[k] ?? 0) };
  if (r.other > 0 || c.other > 0) {
    bins.labels.push('(other)');
    bins.reference.push(r.other);
    bins.current.push(c.other);
  }
  return bins;
}

function histogramBins(kind: 'deciles' | 'grid', reference: Histogram | undefined, current: Histogram | undefined): Bins | undefined {
  if (!reference || !current) return undefined;
  const e = reference.edges;
  if (current.edges.length !== e.length || current.edges.some((x, i) => x !== e[i])) return undefined;
  const labels = reference.counts.map((_, i) => (i === 0 ? `< ${fmt(e[0]!)}` : i === e.length ? `≥ ${fmt(e[i - 1]!)}` : `${fmt(e[i - 1]!)} – ${fmt(e[i]!)}`));
  return { kind, labels, reference: reference.counts, current: current.counts };
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/** Where each bin's values lie: the smallest and largest value per bin (null where empty). */
export interface BinSupport {
  low: ReadonlyArray<number | null>;
  high: ReadonlyArray<number | null>;
}

/**
 * KS statistic on shared bins: max |R_i − C_i| over the edges (a lower bound
 * on the raw-sample D), and how far above it the raw D can be. Within bin i
 * both CDFs rise from (R, C) to (R + rᵢ, C + cᵢ); F_r − F_c can reach
 * R + rᵢ − C inside only if some reference value lies below some current
 * value there (low_r < high_c), and likewise the other way. Without supports
 * every bin is taken to allow both.
 */
export function gridKs(reference: readonly number[], current: readonly number[], support?: { reference: BinSupport; current: BinSupport }): { statistic: number; bound: number } {
  const r = shares(reference);
  const c = shares(current);
  let R = 0;
  let C = 0;
  let d = 0;
  let upper = 0;
  for (let i = 0; i < r.length; i++) {
    const rl = support?.reference.low[i] ?? -Infinity, rh = support?.reference.high[i] ?? Infinity;
    const cl = support?.current.low[i] ?? -Infinity, ch = support?.current.high[i] ?? Infinity;
    // An empty bin leaves that CDF flat: the extremes are then at the bin's ends, which the edges cover.
    if (r[i]! > 0 && c[i]! > 0) {
      if (!support || rl < ch) upper = Math.max(upper, R + r[i]! - C);
      if (!support || cl < rh) upper = Math.max(upper, C + c[i]! - R);
    } else upper = Math.max(upper, Math.abs(R + r[i]! - C - c[i]!), Math.abs(R - C));
    R += r[i]!;
    C += c[i]!;
    if (i < r.length - 1) d = Math.max(d, Math.abs(R - C));
  }
  return { statistic: d, bound: Math.max(0, upper - d) };
}

/**
 * ∫|F_ref − F_cur| on shared bins, each distribution's bin mass spread evenly
 * over where it lies in the bin: between the bin's smallest and largest value
 * when the profile has them, else the part of the bin inside the column's
 * [min, max]. The bound on the difference from the raw-sample value is
 * Σ (spread width × share)/2 per distribution and bin, the most an even
 * spread can be off for any arrangement inside it: zero for a bin holding
 * one value.
 */
export function gridWasserstein(edges: readonly number[], reference: GridSide, current: GridSide): { distance: number; bound: number } {
  const r = shares(reference.counts);
  const c = shares(current.counts);
  const lo = Math.min(reference.min, current.min);
  const hi = Math.max(reference.max, current.max);
  let R0 = 0;
  let C0 = 0;
  let distance = 0;
  let bound = 0;
  for (let i = 0; i < r.length; i++) {
    const a = Math.max(lo, i === 0 ? -Infinity : edges[i - 1]!);
    const b = Math.min(hi, i === edges.length ? Infinity : edges[i]!);
    if (b > a) {
      const ra = reference.low?.[i] ?? Math.max(a, reference.min), rb = reference.high?.[i] ?? Math.min(b, reference.max);
      const ca = current.low?.[i] ?? Math.max(a, current.min), cb = current.high?.[i] ?? Math.min(b, current.max);
      // A mass squeezed to one point is a step there: `right` takes the value just right of x, else just left.
      const spread = (base: number, mass: number, from: number, to: number) => (x: number, right: boolean) =>
        base + (to > from ? mass * clamp01((x - from) / (to - from)) : x > to || (x === to && right) ? mass : 0);
      const Fr = spread(R0, r[i]!, ra, rb);
      const Fc = spread(C0, c[i]!, ca, cb);
      // Both are linear between these points: integrate |Fr − Fc| piece by piece, splitting at a sign change.
      const points = [...new Set([a, b, ra, rb, ca, cb].filter((x) => x >= a && x <= b))].sort((x, y) => x - y);
      for (let k = 0; k + 1 < points.length; k++) {
        const x0 = points[k]!, x1 = points[k + 1]!;
        const d0 = Fr(x0, true) - Fc(x0, true), d1 = Fr(x1, false) - Fc(x1, false);
        const w = x1 - x0;
        distance += d0 * d1 >= 0 ? (w * (Math.abs(d0) + Math.abs(d1))) / 2 : (w * (d0 * d0 + d1 * d1)) / (2 * (Math.abs(d0) + Math.abs(d1)));
      }
      bound += (Math.max(0, rb - ra) * r[i]! + Math.max(0, cb - ca) * c[i]!) / 2;
    }
    R0 += r[i]!;
    C0 += c[i]!;
  }
  return { distance, bound };
}

/** One side of a grid Wasserstein: bin counts, the column's bounds, and where each bin's values lie if known. */
export interface GridSide extends Partial<BinSupport> {
  counts: readonly number[];
  min: number;
  max: number;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function levelStatus(score: number, compare: DriftComparison, t: { warn?: number; fail?: number }): Status {
  // An undefined statistic judges nothing either way: a warning, never a silent pass.
  if (Number.isNaN(score)) return 'warn';
  const beyond = (level: number | undefined) => level !== undefined && (compare === 'distance' ? score >= level : score < level);
  return beyond(t.fail) ? 'fail' : beyond(t.warn) ? 'warn' : 'pass';
}

function describeLevels(compare: DriftComparison, t: { warn?: number; fail?: number }): string {
  const op = compare === 'distance' ? '≥' : '<';
  const parts = [t.warn !== undefined ? `warn ${op} ${t.warn}` : '', t.fail !== undefined ? `fail ${op} ${t.fail}` : ''].filter(Boolean);
  return parts.join(', ') || 'no level set';
}

function formatStat(x: number): string {
  if (Number.isNaN(x)) return 'undefined (NaN)';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  return Math.abs(x) < 1e-4 ? x.toExponential(3) : Number(x.toPrecision(4)).toString();
}

/** The settings a column's drift check runs with: the field's, over the table's, over the method's defaults. */
function settingsFor(table: DriftSettings | undefined, field: DriftSettings | undefined): { method: DriftMethodName; warn?: number; fail?: number; levelsSet: boolean } {
  const method = field?.method ?? table?.method ?? 'auto';
  // Levels belong to a method: the table's apply only where the field keeps the table's method.
  const sameMethod = field?.method === undefined || field.method === table?.method;
  const warn = field?.warn ?? (sameMethod ? table?.warn : undefined);
  const fail = field?.fail ?? (sameMethod ? table?.fail : undefined);
  return { method, warn, fail, levelsSet: warn !== undefined || fail !== undefined };
}

export interface DriftInput {
  schema: TableSchemaDescriptor;
  reference: Profile;
  referenceInfo: { path: string; sha256?: string };
  current: Profile;
}

export function compareProfiles(input: DriftInput): { checks: Check[]; drift: DriftSummary } {
  const { schema, reference, current } = input;
  const table = schema['x-holdout'];
  const checks: Check[] = [];
  const columns: DriftColumn[] = [];
  const skipped: DriftSummary['skipped'] = [];
  const primaryKey = schema.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
  const identifiers = new Set([...schema.fields.filter((f) => f.constraints?.unique).map((f) => f.name), ...(primaryKey.length === 1 ? primaryKey : [])]);
  for (const field of schema.fields) {
    const name = field.name;
    const ref = reference.columns[name];
    const cur = current.columns[name];
    const extension = field['x-holdout'];
    if (!ref || !cur) {
      if (extension?.drift !== false && (ref || cur)) skipped.push({ column: name, reason: ref ? 'not in the current data' : 'not in the reference' });
      continue;
    }
    const missingLevels = extension?.missingRateChange === false ? undefined : (extension?.missingRateChange ?? table?.missingRateChange ?? DEFAULT_MISSING_RATE_CHANGE);
    if (missingLevels) checks.push(missingRateCheck(name, ref, cur, missingLevels));
    const unseenLevels = extension?.unseenCategories === false ? undefined : (extension?.unseenCategories ?? table?.unseenCategories ?? DEFAULT_UNSEEN_CATEGORIES);
    // Identifiers keep no categories: their values are new by design, and drift leaves them out below.
    if (unseenLevels && ref.kind === 'categorical' && !identifiers.has(name)) {
      const check = unseenCheck(name, ref, cur, unseenLevels);
      if (check) checks.push(check);
      else skipped.push({ column: `${name} (unseen categories)`, reason: `the reference has more than ${formatCount(DEFAULT_CATEGORY_CAP)} distinct values; which are new cannot be told` });
    }
    if (extension?.drift === false) continue;
    const settings = settingsFor(table?.drift, extension?.drift || undefined);
    if (identifiers.has(name) && !(extension?.drift && extension.drift.method)) {
      skipped.push({ column: name, reason: 'an identifier (unique or the primary key): its values are meant to differ; set a drift method to compare it anyway' });
      continue;
    }
    const result = driftOf(name, ref, cur, settings);
    if ('skip' in result) {
      skipped.push({ column: name, reason: result.skip });
      continue;
    }
    columns.push(result);
    checks.push({
      id: `drift:${name}`,
      title: `${name}: drift from the reference (${DRIFT_METHOD_INFO[result.method].label})`,
      status: result.status,
      observed: result.compare === 'p-value' ? result.pValue! : result.statistic,
      expected: result.compare === 'p-value' ? `p ≥ ${result.threshold.fail ?? result.threshold.warn}` : `< ${result.threshold.warn ?? result.threshold.fail}`,
      message: result.message,
      locations: [],
    });
  }
  const share = table?.datasetDrift?.share ?? DEFAULT_DATASET_DRIFT_SHARE;
  // Columns whose statistic could not be computed, or is undefined, were not compared.
  const compared = columns.filter((c) => c.status !== 'error' && !(c.statistic !== null && Number.isNaN(c.statistic))).length;
  const drifted = columns.filter((c) => c.status === 'fail').length;
  const datasetStatus: Status = compared > 0 && drifted / compared >= share ? 'fail' : 'pass';
  checks.push({
    id: 'datasetDrift',
    title: `Dataset drift: share of drifted columns (fails at ${formatRate(share)})`,
    status: datasetStatus,
    observed: compared === 0 ? 0 : drifted / compared,
    expected: `< ${formatRate(share)}`,
    message: compared === 0 ? 'no column could be compared with the reference' : `${drifted} of ${compared} column${compared === 1 ? '' : 's'} drifted (${formatRate(drifted / compared)})`,
    count: drifted,
    locations: [],
  });
  // Worst first: failed, then warned, by how far past their level.
  columns.sort((a, b) => worstFirst(a.status, b.status) || severity(b) - severity(a));
  return {
    checks,
    drift: { reference: { ...input.referenceInfo, rows: reference.rows }, columns, skipped, dataset: { share, drifted, compared, status: datasetStatus } },
  };
}

/** How far past its level a column is (larger is worse), to order the report. */
function severity(c: DriftColumn): number {
  const level = c.threshold.fail ?? c.threshold.warn ?? 1;
  if (c.compare === 'p-value') return c.pValue === undefined || c.pValue === 0 ? Infinity : Number.isNaN(c.pValue) ? 0 : level / c.pValue;
  const statistic = c.statistic === null || Number.isNaN(c.statistic) ? 0 : c.statistic;
  return level === 0 ? statistic : statistic / level;
}

function driftOf(name: string, ref: ColumnProfile, cur: ColumnProfile, settings: ReturnType<typeof settingsFor>): DriftColumn | { skip: string } {
  if (ref.kind !== cur.kind) return { skip: `${ref.kind} in the reference, ${cur.kind} now` };
  const nRef = finiteCount(ref);
  const nCur = finiteCount(cur);
  if (nRef === 0) return { skip: 'the reference has no values' };
  const auto = settings.method === 'auto';
  if (auto && ref.kind === 'categorical' && (ref.categories?.other ?? 0) > 0) {
    return { skip: `more than ${formatCount(DEFAULT_CATEGORY_CAP)} distinct values (an identifier or free text?); set a drift method to compare the top ${formatCount(DEFAULT_CATEGORY_CAP)}` };
  }
  const method: DriftMethod = settings.method === 'auto' ? autoMethod(ref, cur) : settings.method;
  const info = DRIFT_METHOD_INFO[method];
  const threshold = settings.levelsSet ? { warn: settings.warn, fail: settings.fail } : info.defaults;
  const base = { column: name, kind: ref.kind, method, auto, compare: info.compare, threshold, logBase: info.logBase, nRef, nCur };
  const unavailable = (why: string): DriftColumn => ({ ...base, statistic: null, bins: 'values', status: 'error', message: `${info.label} cannot be computed: ${why}`, chart: { labels: [], reference: [], current: [] } });
  if (nCur === 0) {
    // No current values: the statistic is undefined (0/0 shares), a result rather than a failure to evaluate;
    // the missing-rate check says how much went missing.
    return {
      ...base, statistic: NaN, pValue: info.compare === 'p-value' ? NaN : undefined, bins: 'values', status: 'warn',
      message: `${info.label} is undefined (NaN): the current data has no values in this column (its missing rate is checked on its own; n_ref ${formatCount(nRef)}, n_cur 0)`,
      chart: { labels: [], reference: [], current: [] },
    };
  }

  if (ref.kind === 'categorical' && (!ref.categories || !cur.categories)) return unavailable('the column is unique or the primary key, so its profile counts values without keeping them');
  let values = valueBins(ref, cur);
  // Under auto, an integer column with at most five reference values is categorical (Evidently's typing):
  // value by value even when the current data has more values than the distinct table keeps.
  const integerCategorical = auto && integerAsCategorical(ref);
  if (integerCategorical && !values) {
    values = integerValueBins(ref, cur);
    if (!values) return unavailable('the current profile cannot tell how many of its values equal each reference value (its grid bins hold several values)');
  }
  const numericFew = ref.kind === 'numeric' && values !== undefined && (values.labels.length <= DISTINCT_CAP || integerCategorical);
  let bins: Bins | undefined;
  if (ref.kind === 'categorical' || numericFew) bins = values;
  else if (method === 'ks' || method === 'wasserstein') bins = histogramBins('grid', ref.grid, cur.grid);
  else bins = histogramBins('deciles', ref.deciles, cur.deciles);
  if (!bins) return unavailable('the profiles have no histograms on shared edges (profile the current data against this reference)');
  if ((method === 'ks' || method === 'wasserstein') && ref.kind === 'categorical') return unavailable(`${method} needs an ordered (numeric) column`);

  let statistic = NaN;
  let pValue: number | undefined;
  let bound: number | undefined;
  let detail = '';
  switch (method) {
    case 'psi': statistic = psi(bins.reference, bins.current); break;
    case 'jensenshannon': statistic = jensenShannonDistance(bins.reference, bins.current); break;
    case 'js_divergence': statistic = jensenShannonDivergence(bins.reference, bins.current, 2); break;
    case 'linf': statistic = linfDistance(bins.reference, bins.current); break;
    case 'chisquare': {
      const t = chiSquareTest(bins.reference, bins.current);
      statistic = t.statistic;
      pValue = t.pValue;
      detail = `, df ${t.df}`;
      break;
    }
    case 'z': {
      if (bins.labels.length > 2) return unavailable(`the z test compares two values; this column has ${bins.labels.length}`);
      const t = twoProportionZ(bins.reference[0] ?? 0, nRef, bins.current[0] ?? 0, nCur);
      statistic = t.statistic;
      pValue = t.pValue;
      detail = `, share of ${JSON.stringify(bins.labels[0] ?? '')}`;
      break;
    }
    case 'ks': {
      if (bins.kind === 'values') {
        // A few distinct values: the CDFs step only at them, so the binned D is the raw-sample D.
        statistic = gridKs(bins.reference, bins.current).statistic;
      } else {
        const g = gridKs(bins.reference, bins.current, gridSupports(ref, cur));
        statistic = g.statistic;
        bound = g.bound;
      }
      pValue = ksTwoSamplePValue(nRef, nCur, statistic).pValue;
      break;
    }
    case 'wasserstein': {
      // Evidently's normaliser: the reference's std, at least 0.001 (a constant reference stays finite).
      const std = Math.sqrt(columnMoments(ref).variance);
      const norm = wassersteinNorm(std);
      let raw: number;
      if (bins.kind === 'values') {
        raw = valuesWasserstein(bins.labels.map(Number), bins.reference, bins.current);
      } else {
        const support = gridSupports(ref, cur);
        const g = gridWasserstein(ref.grid!.edges, { counts: bins.reference, min: ref.min!, max: ref.max!, ...support?.reference }, { counts: bins.current, min: cur.min!, max: cur.max!, ...support?.current });
        raw = g.distance;
        bound = g.bound / norm;
      }
      statistic = raw / norm;
      detail = `, reference std ${formatStat(std)}${std < WASSERSTEIN_MIN_NORM ? `, divided by ${WASSERSTEIN_MIN_NORM} (Evidently's smallest normaliser)` : ''}`;
      break;
    }
    default:
      return assertNever(method, 'drift method');
  }
  const score = info.compare === 'p-value' ? pValue! : statistic;
  const status = levelStatus(score, info.compare, threshold);
  const shown = info.compare === 'p-value' ? `${info.label} statistic ${formatStat(statistic)}, p = ${formatStat(pValue!)}` : `${info.label} ${formatStat(statistic)}`;
  const where = bins.kind === 'values' ? 'value by value' : bins.kind === 'deciles' ? 'on the reference deciles' : `on the reference 100-quantile grid, within ±${formatStat(bound ?? 0)} of the raw-sample value`;
  const log = info.logBase ? `; log base ${info.logBase}` : '';
  const message = `${shown} (${describeLevels(info.compare, threshold)}${log}; ${where}${detail}; n_ref ${formatCount(nRef)}, n_cur ${formatCount(nCur)}${auto ? '; method picked by auto' : ''})`;
  // Numbers are charted on the reference's deciles (ten bars of 10% each), whatever the method's bins.
  const chartBins = bins.kind === 'grid' ? histogramBins('deciles', ref.deciles, cur.deciles) ?? bins : bins;
  return { ...base, statistic, pValue, bins: bins.kind, bound, status, message, chart: chartOf(chartBins) };
}

/** Both grids' per-bin supports, when both profiles carry them (profiles from before they were kept do not). */
function gridSupports(ref: ColumnProfile, cur: ColumnProfile): { reference: BinSupport; current: BinSupport } | undefined {
  const r = ref.grid, c = cur.grid;
  if (!r?.low || !r.high || !c?.low || !c.high) return undefined;
  return { reference: { low: r.low, high: r.high }, current: { low: c.low, high: c.high } };
}

/** Wasserstein distance between two distributions on the same few values. */
function valuesWasserstein(values: number[], reference: number[], current: number[]): number {
  const r = shares(reference);
  const c = shares(current);
  let R = 0;
  let C = 0;
  let sum = 0;
  for (let i = 0; i + 1 < values.length; i++) {
    R += r[i]!;
    C += c[i]!;
    sum += Math.abs(R - C) * (values[i + 1]! - values[i]!);
  }
  return sum;
}

/** Shares per bin for a chart: as they are, except many values, cut to the most common and the rest. */
function chartOf(bins: Bins): DriftColumn['chart'] {
  const r = shares(bins.reference);
  const c = shares(bins.current);
  if (r.length > CHART_BINS) {
    const order = r.map((_, i) => i).sort((a, b) => r[b]! + c[b]! - (r[a]! + c[a]!));
    const top = order.slice(0, CHART_BINS - 1);
    const rest = order.slice(CHART_BINS - 1);
    return {
      labels: [...top.map((i) => bins.labels[i]!), 'all others'],
      reference: [...top.map((i) => r[i]!), rest.reduce((s, i) => s + r[i]!, 0)],
      current: [...top.map((i) => c[i]!), rest.reduce((s, i) => s + c[i]!, 0)],
    };
  }
  return { labels: bins.labels, reference: r, current: c };
}

function rowsOf(p: ColumnProfile): number {
  return p.count + p.missing + p.typeErrors;
}

function shareStatus(value: number, levels: ShareLevels): Status {
  return levels.fail !== undefined && value > levels.fail ? 'fail' : levels.warn !== undefined && value > levels.warn ? 'warn' : 'pass';
}

function describeShareLevels(levels: ShareLevels): string {
  return [levels.warn !== undefined ? `warn > ${formatRate(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${formatRate(levels.fail)}` : ''].filter(Boolean).join(', ');
}

function missingRateCheck(name: string, ref: ColumnProfile, cur: ColumnProfile, levels: ShareLevels): Check {
  const refRate = rowsOf(ref) === 0 ? 0 : ref.missing / rowsOf(ref);
  const curRate = rowsOf(cur) === 0 ? 0 : cur.missing / rowsOf(cur);
  const change = curRate - refRate;
  return {
    id: `missingRateChange:${name}`,
    title: `${name}: missing rate against the reference's`,
    status: shareStatus(Math.abs(change), levels),
    observed: change,
    expected: `|change| ≤ ${formatRate(levels.fail ?? levels.warn ?? 0)}`,
    message: `missing ${formatRate(curRate)} now, ${formatRate(refRate)} in the reference (${change >= 0 ? '+' : '−'}${formatRate(Math.abs(change))}; ${describeShareLevels(levels)})`,
    locations: [],
  };
}

function unseenCheck(name: string, ref: ColumnProfile, cur: ColumnProfile, levels: ShareLevels): Check | undefined {
  const known = ref.categories;
  if (!known || known.other > 0) return undefined;
  const counts = cur.categories?.counts ?? {};
  let unseen = cur.categories?.other ?? 0;
  const examples: string[] = [];
  for (const [value, n] of Object.entries(counts)) {
    if (value in known.counts || n === 0) continue;
    unseen += n;
    if (examples.length < 5) examples.push(JSON.stringify(value));
  }
  const share = cur.count === 0 ? 0 : unseen / cur.count;
  return {
    id: `unseenCategories:${name}`,
    title: `${name}: values not seen in the reference`,
    status: shareStatus(share, levels),
    observed: share,
    expected: `≤ ${formatRate(levels.fail ?? levels.warn ?? 0)}`,
    message: unseen === 0
      ? `every value was seen in the reference (${describeShareLevels(levels)})`
      : `${formatCount(unseen)} of ${formatCount(cur.count)} values (${formatRate(share)}) never occur in the reference, e.g. ${examples.join(', ')}${unseen > 0 && examples.length === 0 ? 'values beyond the category cap' : ''} (${describeShareLevels(levels)})`,
    count: unseen,
    locations: [],
  };
}
