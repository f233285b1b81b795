// Comparing two eval suites case by case. Cases are joined by id (cases on
// one side only are reported, and fail when the policy asks for the same
// suite); every metric of the suite — pass rate per assertion, mean score
// per scorer, cost, latency percentiles — is compared on the shared cases:
// McNemar for pass/fail outcomes (exact below 10,000 discordant pairs), the
// paired bootstrap (BCa) over cases for scores. Repeated samples of a case
// are averaged first, so the bootstrap resamples cases, not samples. The
// policy's rules apply as for model metrics (evaluateMetric); across the
// family of tests (metrics × tags) p-values are adjusted, Holm by default.

import { evaluateMetric } from '../compare/evaluate.js';
import { formatNumber } from '../compare/format.js';
import { normalBound, normalInterval, type PairedStatistics } from '../compare/paired.js';
import type { MetricPolicy, Policy } from '../compare/policy.js';
import { knownDirection, type Direction } from '../metrics/registry.js';
import type { Check, MetricRow, Status } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { bootstrapBound, pairedBootstrap, quantile, type WeightedStatistic } from '../stats/bootstrap.js';
import { mcnemar } from '../stats/mcnemar.js';
import { adjustPValues, ADJUSTMENT_NAMES, type Adjustment } from '../stats/multiple.js';
import { CASE_OUTCOME, type EvalCase, type EvalSuite } from './suite.js';

export type EvalMetricKind = 'pass' | 'score' | 'cost' | 'latency_p50' | 'latency_p95';

export interface EvalMetric {
  /** The name policies use: `pass_rate`, `<assertion>.pass_rate`, `<scorer>`, `cost`, `latency_ms_p50`, `latency_ms_p95`. */
  name: string;
  kind: EvalMetricKind;
  /** The assertion or scorer it is computed from. */
  source: string;
  direction: Direction;
}

export interface EvalCompareOptions {
  confidence: number;
  resamples: number;
  seed: number;
  /** The file the checks point at. */
  file: string;
}

export interface EvalComparison {
  rows: MetricRow[];
  checks: Check[];
  /** Cases both sides share. */
  pairedCases: number;
  candidateOnly: string[];
  baselineOnly: string[];
  /** The most samples any case has (1: no repeats). */
  samplesPerCase: number;
  adjustment: Adjustment;
  /** Tests in the adjusted family. */
  family: number;
}

/** Metrics a suite carries, in a stable order: outcomes, scores, cost, latency. */
export function evalMetrics(...suites: EvalSuite[]): EvalMetric[] {
  const passed = new Set<string>();
  const scores = new Set<string>();
  let cost = false;
  let latency = false;
  for (const suite of suites) {
    for (const c of suite.cases) {
      for (const k of c.passed.keys()) passed.add(k);
      for (const k of c.scores.keys()) scores.add(k);
      cost ||= c.cost !== undefined;
      latency ||= c.latencyMs !== undefined;
    }
  }
  const out: EvalMetric[] = [];
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a === CASE_OUTCOME ? -1 : b === CASE_OUTCOME ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const k of sorted(passed)) out.push({ name: k === CASE_OUTCOME ? 'pass_rate' : `${k}.pass_rate`, kind: 'pass', source: k, direction: 'higher' });
  // Scores are higher-is-better unless the name says otherwise (a loss, an error) or the policy sets a direction.
  for (const k of sorted(scores)) out.push({ name: k, kind: 'score', source: k, direction: knownDirection(k) ?? 'higher' });
  if (cost) out.push({ name: 'cost', kind: 'cost', source: 'cost', direction: 'lower' });
  if (latency) {
    out.push({ name: 'latency_ms_p50', kind: 'latency_p50', source: 'latency', direction: 'lower' });
    out.push({ name: 'latency_ms_p95', kind: 'latency_p95', source: 'latency', direction: 'lower' });
  }
  return out;
}

/** Per case id, the case's value of a metric (samples averaged) and its tags. */
interface CaseValues {
  ids: string[];
  values: Map<string, Float64Array>;
  tags: Array<Readonly<Record<string, string>>>;
  samples: number;
}

function caseValue(c: EvalCase, metric: EvalMetric): number | undefined {
  switch (metric.kind) {
    case 'pass': {
      const v = c.passed.get(metric.source);
      return v === undefined ? undefined : v ? 1 : 0;
    }
    case 'score':
      return c.scores.get(metric.source);
    case 'cost':
      return c.cost;
    case 'latency_p50':
    case 'latency_p95':
      return c.latencyMs;
  }
}

function byCase(suite: EvalSuite, metrics: readonly EvalMetric[]): CaseValues {
  const order: string[] = [];
  const groups = new Map<string, EvalCase[]>();
  for (const c of suite.cases) {
    let list = groups.get(c.id);
    if (!list) {
      groups.set(c.id, (list = []));
      order.push(c.id);
    }
    list.push(c);
  }
  const values = new Map<string, Float64Array>();
  for (const metric of metrics) {
    const column = new Float64Array(order.length);
    order.forEach((id, i) => {
      let sum = 0;
      let n = 0;
      for (const c of groups.get(id)!) {
        const v = caseValue(c, metric);
        if (v !== undefined) {
          sum += v;
          n++;
        }
      }
      column[i] = n === 0 ? NaN : sum / n;
    });
    values.set(metric.name, column);
  }
  let samples = 1;
  for (const list of groups.values()) samples = Math.max(samples, list.length);
  return { ids: order, values, tags: order.map((id) => groups.get(id)![0]!.tags), samples };
}

/** A statistic of per-case values under case weights: a mean, or a percentile for latency. */
function caseStatistic(values: Float64Array, kind: EvalMetricKind): WeightedStatistic {
  if (kind === 'latency_p50' || kind === 'latency_p95') {
    const q = kind === 'latency_p50' ? 0.5 : 0.95;
    return {
      evaluate(weights) {
        const drawn: number[] = [];
        for (let i = 0; i < values.length; i++) for (let k = weights ? weights[i]! : 1; k > 0; k--) if (!Number.isNaN(values[i]!)) drawn.push(values[i]!);
        if (drawn.length === 0) return undefined;
        return quantile(Float64Array.from(drawn).sort(), q);
      },
    };
  }
  let total = 0;
  let count = 0;
  for (const v of values) if (!Number.isNaN(v)) { total += v; count++; }
  return {
    evaluate(weights) {
      if (!weights) return count === 0 ? undefined : total / count;
      let s = 0;
      let w = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) continue;
        s += weights[i]! * v;
        w += weights[i]!;
      }
      return w === 0 ? undefined : s / w;
    },
    jackknife() {
      if (count < 2) return undefined;
      const out = new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = Number.isNaN(values[i]!) ? total / count : (total - values[i]!) / (count - 1);
      return out;
    },
  };
}

interface Flips {
  passToFail: string[];
  failToPass: string[];
}

/** The paired statistics of one metric on the shared cases (indices into both sides). */
function pairedStatistics(metric: EvalMetric, c: Float64Array, b: Float64Array, ids: readonly string[], repeated: boolean, options: EvalCompareOptions): { stats: PairedStatistics; flips?: Flips } {
  const keep: number[] = [];
  for (let i = 0; i < c.length; i++) if (!Number.isNaN(c[i]!) && !Number.isNaN(b[i]!)) keep.push(i);
  const cv = Float64Array.from(keep, (i) => c[i]!);
  const bv = Float64Array.from(keep, (i) => b[i]!);
  const candidate = caseStatistic(cv, metric.kind);
  const baseline = caseStatistic(bv, metric.kind);
  const cValue = candidate.evaluate();
  const bValue = baseline.evaluate();
  if (keep.length === 0 || cValue === undefined || bValue === undefined) return { stats: { candidate: cValue, baseline: bValue, method: 'none', unavailable: 'no case has it on both sides' } };
  const binary = !repeated && (metric.kind === 'pass' || metric.kind === 'score') && cv.every((v) => v === 0 || v === 1) && bv.every((v) => v === 0 || v === 1);
  if (binary) {
    const passToFail: string[] = [];
    const failToPass: string[] = [];
    keep.forEach((i, k) => {
      if (cv[k] === 1 && bv[k] === 0) failToPass.push(ids[i]!);
      else if (cv[k] === 0 && bv[k] === 1) passToFail.push(ids[i]!);
    });
    const test = mcnemar(failToPass.length, passToFail.length, keep.length);
    return {
      stats: {
        candidate: cValue, baseline: bValue, method: test.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-asymptotic', pValue: test.pValue,
        interval: normalInterval(test.interval.center, test.interval.standardError, options.confidence), bound: normalBound(test.interval.center, test.interval.standardError),
        details: { cases: keep.length, pass_to_fail: passToFail.length, fail_to_pass: failToPass.length, statistic: test.statistic },
      },
      flips: { passToFail, failToPass },
    };
  }
  const boot = pairedBootstrap({ candidate, baseline, n: keep.length, resamples: options.resamples, seed: options.seed, confidence: options.confidence });
  if (!boot) return { stats: { candidate: cValue, baseline: bValue, method: 'none', unavailable: 'the bootstrap had too few defined resamples' } };
  return {
    stats: {
      candidate: cValue, baseline: bValue, method: boot.bca ? 'bootstrap-bca' : 'bootstrap-percentile', pValue: boot.pValue,
      interval: boot.bca ?? boot.percentile, bound: (alpha, side) => bootstrapBound(boot, side === 'lower' ? alpha : 1 - alpha),
      details: { cases: keep.length, resamples: options.resamples, seed: options.seed, resampled: repeated ? 'cases (samples averaged per case)' : 'cases' },
    },
  };
}

/** The smallest α at which the one-sided bound clears −margin: the non-inferiority test's p-value (found by bisection, so it holds for any method's bound). */
function nonInferiorityP(stats: PairedStatistics, direction: Direction, margin: number): number | undefined {
  if (!stats.bound) return undefined;
  const clears = (alpha: number) => (direction === 'higher' ? stats.bound!(alpha, 'lower') : -stats.bound!(alpha, 'upper')) > -margin;
  if (!clears(0.5)) return 0.5;
  let lo = 1e-12;
  let hi = 0.5;
  if (clears(lo)) return lo;
  for (let k = 0; k < 60; k++) {
    const mid = Math.sqrt(lo * hi);
    if (clears(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface EvalCompareInput {
  candidate: EvalSuite;
  baseline?: EvalSuite;
  policy: Policy;
  options: EvalCompareOptions;
}

export function compareEvalSuites(input: EvalCompareInput): EvalComparison {
  const { candidate, baseline, policy, options } = input;
  const metrics = evalMetrics(candidate, ...(baseline ? [baseline] : []));
  const cand = byCase(candidate, metrics);
  const base = baseline ? byCase(baseline, metrics) : undefined;
  const baseIndex = new Map(base?.ids.map((id, i) => [id, i]) ?? []);
  const shared = cand.ids.flatMap((id, i) => (baseIndex.has(id) ? [[i, baseIndex.get(id)!] as const] : []));
  const candIds = new Set(cand.ids);
  const candidateOnly = base ? cand.ids.filter((id) => !baseIndex.has(id)) : [];
  const baselineOnly = base ? base.ids.filter((id) => !candIds.has(id)) : [];
  const repeated = cand.samples > 1 || (base?.samples ?? 1) > 1;
  const adjustment: Adjustment = policy.multiple_comparisons ?? 'holm';
  const rows: MetricRow[] = [];
  const checks: Check[] = [];

  if (base) {
    const sameSuite = candidateOnly.length === 0 && baselineOnly.length === 0;
    const listed = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
    const message = sameSuite
      ? `the same ${shared.length} cases on both sides`
      : `${shared.length} cases shared; ${candidateOnly.length} only in the candidate${candidateOnly.length ? ` (${listed(candidateOnly)})` : ''}, ${baselineOnly.length} only in the baseline${baselineOnly.length ? ` (${listed(baselineOnly)})` : ''}`;
    const status: Status = sameSuite ? 'pass' : policy.require_same_cases ? 'fail' : 'warn';
    checks.push({ id: 'evals:cases', title: 'Candidate and baseline ran the same cases', status, message, count: status === 'pass' ? 0 : candidateOnly.length + baselineOnly.length, locations: [{ file: options.file }] });
    if (shared.length === 0) return { rows, checks, pairedCases: 0, candidateOnly, baselineOnly, samplesPerCase: Math.max(cand.samples, base.samples), adjustment, family: 0 };
  }

  const ruleFor = (metric: EvalMetric): MetricPolicy | undefined => policy.metrics[metric.name];
  const scales = new Map(metrics.flatMap((m) => {
    const scale = scaleOf(m, cand.values.get(m.name)!, base?.values.get(m.name));
    return scale ? [[m.name, scale] as const] : [];
  }));
  const evaluated: Array<{ row: MetricRow; checks: Check[]; stats: PairedStatistics; rule: MetricPolicy }> = [];
  const evaluateOn = (candidateRows: readonly number[], baselineRows: readonly number[] | undefined, slice?: { column: string; value: string; rows: number }, gatedOnly = false) => {
    const pick = (values: Float64Array, at: readonly number[]) => Float64Array.from(at, (i) => values[i]!);
    const ids = candidateRows.map((i) => cand.ids[i]!);
    const names = new Set<string>();
    for (const metric of metrics) {
      names.add(metric.name);
      const rule = ruleFor(metric);
      if (gatedOnly && !rule) continue;
      const c = pick(cand.values.get(metric.name)!, candidateRows);
      let stats: PairedStatistics;
      let flips: Flips | undefined;
      if (base && baselineRows) ({ stats, flips } = pairedStatistics(metric, c, pick(base.values.get(metric.name)!, baselineRows), ids, repeated, options));
      else {
        const value = caseStatistic(c, metric.kind).evaluate();
        stats = { candidate: value, baseline: undefined, method: 'none' };
      }
      const label = slice ? `${metric.name} [${slice.column}=${slice.value}]` : metric.name;
      const idPrefix = slice ? `metric:${metric.name}@${slice.column}=${slice.value}` : `metric:${metric.name}`;
      const effective: MetricPolicy = rule ?? { direction: metric.direction, severity: 'fail', required: false };
      const result = evaluateMetric({ name: metric.name, label, idPrefix, policy: effective, stats, hasBaseline: base !== undefined, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, slice, rows: candidateRows.length, file: options.file });
      const row: MetricRow = { ...result.row, gated: rule !== undefined };
      const scale = scales.get(metric.name);
      if (scale) row.scale = scale;
      if (flips) row.flips = { passToFail: flips.passToFail.length, failToPass: flips.failToPass.length, firstPassToFail: flips.passToFail.slice(0, 5), firstFailToPass: flips.failToPass.slice(0, 5) };
      const notes = [row.note, flipNote(flips), repeated && stats.method.startsWith('bootstrap') ? `${Math.max(cand.samples, base?.samples ?? 1)} samples per case averaged; cases resampled, not samples` : undefined].filter(Boolean);
      if (notes.length > 0) row.note = notes.join('; ');
      if (rule) {
        evaluated.push({ row, checks: result.checks, stats, rule });
        checks.push(...result.checks);
      }
      rows.push(row);
    }
    // Policy metrics the suite does not have: evaluateMetric reports them missing.
    if (!slice) {
      for (const [name, rule] of Object.entries(policy.metrics)) {
        if (names.has(name)) continue;
        const result = evaluateMetric({ name, label: name, idPrefix: `metric:${name}`, policy: rule, stats: { candidate: undefined, baseline: undefined, method: 'none', unavailable: `not in the eval suite (its metrics: ${[...names].join(', ')})` }, hasBaseline: base !== undefined, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, file: options.file });
        rows.push(result.row);
        checks.push(...result.checks);
      }
    }
  };

  const candidateRows = base ? shared.map(([c]) => c) : cand.ids.map((_, i) => i);
  const baselineRows = base ? shared.map(([, b]) => b) : undefined;
  evaluateOn(candidateRows, baselineRows);

  // Tags are slices: every tag (or the policy's slice columns), every value with enough shared cases, gated metrics only.
  const minSize = policy.slices?.min_slice_size ?? 10;
  const tagKeys = policy.slices?.columns ?? [...new Set(cand.tags.flatMap((t) => Object.keys(t)))].sort();
  if (Object.keys(policy.metrics).length > 0) {
    for (const key of tagKeys) {
      const byValue = new Map<string, number[]>();
      candidateRows.forEach((row, k) => {
        const value = cand.tags[row]![key];
        if (value === undefined) return;
        let list = byValue.get(value);
        if (!list) byValue.set(value, (list = []));
        list.push(k);
      });
      for (const [value, at] of [...byValue].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (at.length < minSize) continue;
        evaluateOn(at.map((k) => candidateRows[k]!), baselineRows ? at.map((k) => baselineRows[k]!) : undefined, { column: key, value, rows: at.length }, true);
      }
    }
  }

  const family = adjustFamily(evaluated, adjustment, options.confidence);
  return { rows, checks, pairedCases: base ? shared.length : cand.ids.length, candidateOnly, baselineOnly, samplesPerCase: Math.max(cand.samples, base?.samples ?? 1), adjustment, family };
}

/** Names that say a score is a percentage (0–100). */
const PERCENT_NAME = /(^|[_.\-\s])(pct|percent|percentage)$|%$/i;

/**
 * A metric whose changes read in points: pass rates, scores whose every case
 * value lies in [0, 1] on both sides (a 0–1 rate), and scores named as a
 * percentage whose values lie in [0, 100].
 */
function scaleOf(metric: EvalMetric, candidate: Float64Array, baseline: Float64Array | undefined): 'rate' | 'percent' | undefined {
  if (metric.kind === 'pass') return 'rate';
  if (metric.kind !== 'score') return undefined;
  const within = (hi: number) => [candidate, baseline ?? new Float64Array()].every((values) => values.every((v) => Number.isNaN(v) || (v >= 0 && v <= hi)));
  if (PERCENT_NAME.test(metric.name)) return within(100) ? 'percent' : undefined;
  return within(1) ? 'rate' : undefined;
}

function flipNote(flips: Flips | undefined): string | undefined {
  if (!flips || flips.passToFail.length + flips.failToPass.length === 0) return undefined;
  const first = flips.passToFail.slice(0, 5);
  return `${flips.passToFail.length} case${flips.passToFail.length === 1 ? '' : 's'} flipped pass→fail${first.length ? ` (${first.join(', ')}${flips.passToFail.length > 5 ? ', …' : ''})` : ''}, ${flips.failToPass.length} fail→pass`;
}

/**
 * Adjusts the family's p-values: the two-sided tests behind each gated row's
 * verdict, and the non-inferiority tests behind its checks. A check whose
 * adjusted p-value does not clear its α fails, even when its own bound did.
 */
function adjustFamily(evaluated: Array<{ row: MetricRow; checks: Check[]; stats: PairedStatistics; rule: MetricPolicy }>, adjustment: Adjustment, confidence: number): number {
  const tested = evaluated.filter((e) => e.stats.pValue !== undefined);
  const family = tested.length;
  if (adjustment === 'none' || family < 2) return family;
  const alpha = 1 - confidence;
  const adjusted = adjustPValues(tested.map((e) => e.stats.pValue), adjustment);
  tested.forEach((e, k) => {
    const p = adjusted[k]!;
    e.row.details = { ...(e.row.details ?? {}), adjusted_p: p };
    if (e.row.verdict === 'better' || e.row.verdict === 'worse') {
      if (!(p < alpha)) e.row.verdict = 'same';
    }
  });
  const ni = evaluated.flatMap((e) => e.checks.filter((c) => c.rule === 'non_inferiority' && c.margin !== undefined).map((check) => ({ e, check, p: nonInferiorityP(e.stats, e.rule.direction, check.margin!) })));
  const present = ni.filter((x) => x.p !== undefined);
  const niAdjusted = adjustPValues(present.map((x) => x.p), adjustment);
  present.forEach((x, k) => {
    const p = niAdjusted[k]!;
    const level = x.check.alpha ?? 0.05;
    const shown = p < level;
    const status: Status = shown ? 'pass' : x.e.rule.severity === 'warn' ? 'warn' : 'fail';
    x.check.status = status;
    x.check.count = status === 'pass' ? 0 : 1;
    x.check.message = `${x.check.message}; ${ADJUSTMENT_NAMES[adjustment]} over ${present.length} non-inferiority tests: p = ${formatNumber(p, 3)} ${shown ? '<' : '≥'} ${level}${shown ? '' : ' — not shown'}`;
    x.e.row.status = worstStatus(x.e.checks.map((c) => c.status));
  });
  return family;
}
