// Paired bootstrap of a metric difference (candidate − baseline): each
// resample draws rows with replacement — within each class when stratified —
// and evaluates both models on the same multiset of rows, as weights. Gives
// percentile and BCa intervals (scipy.stats.bootstrap's definitions) and a
// two-sided bootstrap p-value. Seeded, so a run is reproducible.

import { normalCdf, normalQuantile } from './distributions.js';
import { Random } from './random.js';

/** Row weights: bootstrap multiplicities (small integers), or 0/1 for a jackknife. */
export type Weights = Uint16Array;

/**
 * What the bootstrap needs of a statistic: its value on the rows under weights
 * (none means each row once), undefined where it is undefined; optionally its
 * leave-one-out values in closed form, for BCa's acceleration. The metrics
 * (shared/metrics/prepared.ts) are prepared in this shape.
 */
export interface WeightedStatistic {
  /** The value under row weights; undefined where the statistic is undefined (e.g. one class). */
  evaluate(weights?: Weights): number | undefined;
  /** Value with row i left out, for every i; undefined when there is no cheap closed form. */
  jackknife?(): Float64Array | undefined;
  /**
   * The bootstrap's fast path, optional: the value when the weight of the k-th row the statistic
   * reads is `weights[at[k]]`. It reads rows in `order` (absent: row order 0…n−1), so
   * `evaluateAt(w, order)` equals `evaluate(w)`. The bootstrap keeps its weights laid out by
   * stratum and hands each statistic the positions of its rows, so that none scatters weights to
   * rows and gathers them back.
   */
  readonly order?: Uint32Array;
  evaluateAt?(weights: Weights, at: Uint32Array): number | undefined;
}

export interface PairedBootstrapInput {
  candidate: WeightedStatistic;
  baseline: WeightedStatistic;
  /** Number of rows. */
  n: number;
  /** Stratum of each row (the class, for classification); absent: one stratum. */
  strata?: ArrayLike<number>;
  resamples: number;
  seed: number;
  /** Two-sided confidence level, e.g. 0.95. */
  confidence: number;
}

export interface PairedBootstrapResult {
  estimate: number;
  candidate: number;
  baseline: number;
  /** Resampled differences that were defined, sorted ascending. */
  differences: Float64Array;
  /** Resamples where either metric was undefined (dropped). */
  undefinedResamples: number;
  standardError: number;
  percentile: [number, number];
  bca: [number, number] | undefined;
  /** BCa bias correction and acceleration, for the record. */
  z0: number | undefined;
  acceleration: number | undefined;
  pValue: number;
}

/** What draws resamples: the statistics, the rows and their strata, the seed (PairedBootstrapInput without the count). */
export type ResampleSource = Pick<PairedBootstrapInput, 'candidate' | 'baseline' | 'n' | 'strata' | 'seed'>;

/**
 * Draws resamples by index: `draw(from, to, out)` writes the difference (candidate − baseline) of
 * resamples from … to − 1 to out[from … to − 1], NaN where either statistic is undefined. Resample b
 * is the same whatever range it is drawn in, in whichever thread: a resample consumes exactly n
 * draws of the stream, so resample b starts b · n draws into the seed's stream (Random.jump).
 */
export function resampler(source: ResampleSource): (from: number, to: number, out: Float64Array) => void {
  const layout = weightLayout(source.n, source.strata);
  const evaluateCandidate = evaluator(source.candidate, layout);
  const evaluateBaseline = evaluator(source.baseline, layout);
  // Multiplicities fit 16 bits (a row drawn 65,536 times in one resample does not happen), and a
  // 16-bit array stays in cache where a Float64Array would not.
  const weights = new Uint16Array(source.n);
  const { starts } = layout;
  return (from, to, out) => {
    const random = new Random(source.seed);
    random.jump(from * source.n);
    for (let b = from; b < to; b++) {
      // Each stratum's rows are one contiguous run of `weights`: draw its counts in place.
      weights.fill(0);
      for (let g = 0; g + 1 < starts.length; g++) random.drawCounts(weights, starts[g]!, starts[g + 1]! - starts[g]!);
      const c = evaluateCandidate(weights);
      const s = evaluateBaseline(weights);
      out[b] = c === undefined || s === undefined ? NaN : c - s;
    }
  };
}

/** Threads share resamples in blocks of this many: the unit one claims (about 20 ms at 100,000 rows). */
export const RESAMPLE_BLOCK = 16;

/**
 * Resamples drawn by several threads at once, in shared memory: each thread claims the next block
 * of resamples, draws it into `differences` and marks it done. Which thread draws a block changes
 * nothing in it.
 */
export interface SharedResamples {
  resamples: number;
  /** By resample index, NaN where undefined. */
  differences: Float64Array;
  /** [0]: the next block to claim; [1 + k]: 1 once block k is drawn. */
  blocks: Int32Array;
}

export function sharedResamples(resamples: number): SharedResamples {
  const count = Math.ceil(resamples / RESAMPLE_BLOCK);
  return {
    resamples,
    differences: new Float64Array(new SharedArrayBuffer(resamples * Float64Array.BYTES_PER_ELEMENT)),
    blocks: new Int32Array(new SharedArrayBuffer((1 + count) * Int32Array.BYTES_PER_ELEMENT)),
  };
}

/** Claims the next block for this thread: its index, or undefined when all are claimed. */
export function claimBlock(shared: SharedResamples): number | undefined {
  const block = Atomics.add(shared.blocks, 0, 1);
  return block < shared.blocks.length - 1 ? block : undefined;
}

/** Draws a claimed block and marks it done. */
export function drawBlock(draw: ReturnType<typeof resampler>, shared: SharedResamples, block: number): void {
  const from = block * RESAMPLE_BLOCK;
  draw(from, Math.min(shared.resamples, from + RESAMPLE_BLOCK), shared.differences);
  Atomics.store(shared.blocks, 1 + block, 1);
}

/** Whether every block is drawn. */
export function allDrawn(shared: SharedResamples): boolean {
  for (let k = 1; k < shared.blocks.length; k++) if (Atomics.load(shared.blocks, k) !== 1) return false;
  return true;
}

/**
 * The paired bootstrap. `drawn`: the resamples' differences by index (NaN where undefined), when
 * drawn elsewhere (by threads, SharedResamples); absent, this thread draws them.
 */
export function pairedBootstrap(input: PairedBootstrapInput, drawn?: Float64Array): PairedBootstrapResult | undefined {
  const candidate = input.candidate.evaluate();
  const baseline = input.baseline.evaluate();
  if (candidate === undefined || baseline === undefined) return undefined;
  const estimate = candidate - baseline;
  let all = drawn;
  if (!all) {
    all = new Float64Array(input.resamples);
    resampler(input)(0, input.resamples, all);
  }
  const draws = new Float64Array(input.resamples);
  let defined = 0;
  for (let b = 0; b < input.resamples; b++) if (!Number.isNaN(all[b]!)) draws[defined++] = all[b]!;
  if (defined < 2) return undefined;
  const differences = draws.slice(0, defined).sort();
  const alpha = (1 - input.confidence) / 2;
  let mean = 0;
  for (const d of differences) mean += d;
  mean /= defined;
  let ss = 0;
  for (const d of differences) ss += (d - mean) ** 2;
  const standardError = Math.sqrt(ss / (defined - 1));
  const percentile: [number, number] = [quantile(differences, alpha), quantile(differences, 1 - alpha)];
  const acceleration = accelerationOf(input);
  let bca: [number, number] | undefined;
  let z0: number | undefined;
  if (acceleration !== undefined) {
    z0 = normalQuantile(shareBelow(differences, estimate));
    if (Number.isFinite(z0)) {
      const adjusted = (z: number) => normalCdf(z0! + (z0! + z) / (1 - acceleration * (z0! + z)));
      const za = normalQuantile(alpha);
      bca = [quantile(differences, adjusted(za)), quantile(differences, adjusted(-za))];
    }
  }
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const d of differences) {
    if (d <= 0) atOrBelow++;
    if (d >= 0) atOrAbove++;
  }
  // Add-one estimate: a bootstrap never gives p = 0 from finitely many resamples.
  const pValue = Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (defined + 1));
  return { estimate, candidate, baseline, differences, undefinedResamples: input.resamples - defined, standardError, percentile, bca, z0, acceleration, pValue };
}

/**
 * The bootstrap quantile at q, BCa-adjusted where available: q = α gives the
 * one-sided lower bound at level 1 − α, q = 1 − α the upper one.
 */
export function bootstrapBound(result: PairedBootstrapResult, q: number): number {
  if (result.bca && result.z0 !== undefined && result.acceleration !== undefined && Number.isFinite(result.z0)) {
    const z = normalQuantile(q);
    const a = result.acceleration;
    return quantile(result.differences, normalCdf(result.z0 + (result.z0 + z) / (1 - a * (result.z0 + z))));
  }
  return quantile(result.differences, q);
}

/**
 * Where the bootstrap keeps each row's weight: the rows of a stratum are one
 * contiguous run, strata in ascending order and rows in row order within
 * each, so a resample draws its counts in place (the j-th draw of a stratum
 * is its j-th row, as it always was: a seed gives the resamples it gave).
 */
interface WeightLayout {
  /** positionOf[row]: the row's index in the weights array. */
  positionOf: Uint32Array;
  /** Stratum g holds positions starts[g] … starts[g + 1] − 1. */
  starts: number[];
  /** Whether position = row (one stratum): weights need no gathering. */
  identity: boolean;
}

function weightLayout(n: number, strata: ArrayLike<number> | undefined): WeightLayout {
  const positionOf = new Uint32Array(n);
  if (!strata) {
    for (let i = 0; i < n; i++) positionOf[i] = i;
    return { positionOf, starts: [0, n], identity: true };
  }
  const indexOf = new Map<number, number>();
  const stratumOf = new Uint32Array(n);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    let g = indexOf.get(strata[i]!);
    if (g === undefined) {
      indexOf.set(strata[i]!, (g = sizes.length));
      sizes.push(0);
    }
    stratumOf[i] = g;
    sizes[g]!++;
  }
  const starts = [0];
  const next = new Uint32Array(sizes.length);
  for (const key of [...indexOf.keys()].sort((a, b) => a - b)) {
    const g = indexOf.get(key)!;
    next[g] = starts[starts.length - 1]!;
    starts.push(next[g]! + sizes[g]!);
  }
  for (let i = 0; i < n; i++) positionOf[i] = next[stratumOf[i]!]!++;
  return { positionOf, starts, identity: false };
}

/** A statistic's value under the layout's weights: through its fast path, else on weights gathered back to rows. */
function evaluator(statistic: WeightedStatistic, layout: WeightLayout): (weights: Weights) => number | undefined {
  const { positionOf } = layout;
  if (statistic.evaluateAt) {
    const order = statistic.order;
    let at = positionOf;
    if (order) {
      at = new Uint32Array(order.length);
      for (let k = 0; k < order.length; k++) at[k] = positionOf[order[k]!]!;
    }
    return (weights) => statistic.evaluateAt!(weights, at);
  }
  if (layout.identity) return (weights) => statistic.evaluate(weights);
  const byRow = new Uint16Array(positionOf.length);
  return (weights) => {
    for (let i = 0; i < byRow.length; i++) byRow[i] = weights[positionOf[i]!]!;
    return statistic.evaluate(byRow);
  };
}

/**
 * The share of resamples below the estimate, ties counted as half: BCa's bias
 * correction as scipy.stats.bootstrap defines it since 1.9
 * (`_percentile_of_score`: (#{θ* < θ̂} + #{θ* ≤ θ̂}) / 2B). Counting ties as
 * "not below" (the older rule) throws a statistic with many tied resamples —
 * max_error, a median — far to one side.
 */
export function shareBelow(sorted: Float64Array, estimate: number): number {
  let below = 0;
  let atOrBelow = 0;
  for (const d of sorted) {
    if (d < estimate) below++;
    if (d <= estimate) atOrBelow++;
    else break;
  }
  return (below + atOrBelow) / (2 * sorted.length);
}

/** numpy's default (linear) percentile of a sorted array. */
export function quantile(sorted: Float64Array, q: number): number {
  if (Number.isNaN(q)) return NaN;
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** BCa acceleration from leave-one-out values: closed form where the metric has one, else a grouped jackknife. */
function accelerationOf(input: PairedBootstrapInput): number | undefined {
  let values: Float64Array | undefined;
  const c = input.candidate.jackknife?.();
  const b = c ? input.baseline.jackknife?.() : undefined;
  if (c && b) {
    values = new Float64Array(input.n);
    for (let i = 0; i < input.n; i++) values[i] = c[i]! - b[i]!;
  } else {
    // Delete-a-group jackknife over up to 200 contiguous groups of rows.
    const groups = Math.min(input.n, 200);
    values = new Float64Array(groups);
    const weights = new Uint16Array(input.n);
    for (let g = 0; g < groups; g++) {
      weights.fill(1);
      const from = Math.floor((g * input.n) / groups);
      const to = Math.floor(((g + 1) * input.n) / groups);
      for (let i = from; i < to; i++) weights[i] = 0;
      const cv = input.candidate.evaluate(weights);
      const bv = input.baseline.evaluate(weights);
      if (cv === undefined || bv === undefined) return undefined;
      values[g] = cv - bv;
    }
  }
  let mean = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) return undefined;
    mean += v;
    count++;
  }
  mean /= count;
  let num = 0;
  let den = 0;
  for (const v of values) {
    const d = mean - v;
    num += d * d * d;
    den += d * d;
  }
  if (den === 0) return 0;
  return num / (6 * den ** 1.5);
}
