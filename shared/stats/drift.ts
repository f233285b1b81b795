// Drift statistics between a reference and a current distribution, each as
// defined by the library a user would check against: PSI (Evidently's, with
// empty bins floored as its get_binned_data does), Jensen–Shannon distance (scipy, natural log
// by default) and divergence (log2, as TFDV), Wasserstein distance (scipy)
// normalised by the reference's standard deviation, the two-sample KS
// statistic (scipy's ks_2samp D), Pearson's χ² against the reference's
// frequencies, the two-proportion z test and the L∞ distance.

import { normalSf } from './distributions.js';
import { chiSquareSf } from './gamma.js';

/** Floor for empty bins in PSI, as Evidently does (without it PSI is infinite). */
export const PSI_EMPTY_BIN = 0.0001;

/**
 * The share an empty bin gets on one side, as Evidently's get_binned_data
 * (src/evidently/legacy/calculations/stattests/utils.py) fills zeroes: the
 * side's smallest non-zero share ÷ 10⁶ when that share is ≤ 10⁻⁴, else 10⁻⁴.
 * So a floor always stays far below every share the side really has.
 */
export function psiEmptyBinShare(shares: ArrayLike<number>): number {
  let smallest = Infinity;
  for (let i = 0; i < shares.length; i++) if (shares[i]! > 0 && shares[i]! < smallest) smallest = shares[i]!;
  return smallest <= PSI_EMPTY_BIN ? smallest / 1e6 : PSI_EMPTY_BIN;
}

function shares(counts: ArrayLike<number>): Float64Array {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = total === 0 ? 0 : counts[i]! / total;
  return out;
}

/** Population stability index over the same bins: Σ (cur − ref)·ln(cur / ref). */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const r = shares(reference);
  const c = shares(current);
  // Each side is floored by its own shares, as Evidently does.
  const rFloor = psiEmptyBinShare(r);
  const cFloor = psiEmptyBinShare(c);
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i] === 0 ? rFloor : r[i]!;
    const ci = c[i] === 0 ? cFloor : c[i]!;
    sum += (ci - ri) * Math.log(ci / ri);
  }
  return sum;
}

function relativeEntropy(p: Float64Array, q: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! > 0) sum += p[i]! * Math.log(p[i]! / q[i]!);
  }
  return sum;
}

/** Jensen–Shannon divergence in the given log base (scipy's definition before the square root). */
export function jensenShannonDivergence(reference: ArrayLike<number>, current: ArrayLike<number>, base = Math.E): number {
  const p = shares(reference);
  const q = shares(current);
  const m = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) m[i] = (p[i]! + q[i]!) / 2;
  const js = (relativeEntropy(p, m) + relativeEntropy(q, m)) / 2;
  return Math.max(0, js / Math.log(base));
}

/** Jensen–Shannon distance, scipy.spatial.distance.jensenshannon (natural log unless told). */
export function jensenShannonDistance(reference: ArrayLike<number>, current: ArrayLike<number>, base = Math.E): number {
  return Math.sqrt(jensenShannonDivergence(reference, current, base));
}

/** L∞ distance between the two distributions' shares. */
export function linfDistance(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const p = shares(reference);
  const q = shares(current);
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i]! - q[i]!));
  return max;
}

/** scipy.stats.wasserstein_distance on raw samples: ∫ |F_ref − F_cur|. */
export function wassersteinDistance(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const u = Float64Array.from(reference).sort();
  const v = Float64Array.from(current).sort();
  const all = new Float64Array(u.length + v.length);
  all.set(u);
  all.set(v, u.length);
  all.sort();
  let i = 0;
  let j = 0;
  let sum = 0;
  for (let k = 0; k < all.length - 1; k++) {
    const x = all[k]!;
    while (i < u.length && u[i]! <= x) i++;
    while (j < v.length && v[j]! <= x) j++;
    sum += Math.abs(i / u.length - j / v.length) * (all[k + 1]! - x);
  }
  return sum;
}

/**
 * The smallest normaliser of the Wasserstein distance, as Evidently's
 * wasserstein_distance_norm.py: max(np.std(reference), 0.001), so a constant
 * reference column gives a finite distance.
 */
export const WASSERSTEIN_MIN_NORM = 0.001;

/** Evidently's normaliser for the Wasserstein distance: the reference's population std, at least 0.001. */
export function wassersteinNorm(referenceStd: number): number {
  return Math.max(referenceStd, WASSERSTEIN_MIN_NORM);
}

/** Population standard deviation (numpy's default, ddof = 0), the Wasserstein normaliser. */
export function populationStd(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i]!;
  mean /= values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - mean) ** 2;
  return Math.sqrt(ss / values.length);
}

/** The two-sample Kolmogorov–Smirnov statistic D = sup |F_ref − F_cur|, as scipy's ks_2samp. */
export function ksStatistic(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const u = Float64Array.from(reference).sort();
  const v = Float64Array.from(current).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < u.length || j < v.length) {
    const x = j >= v.length || (i < u.length && u[i]! <= v[j]!) ? u[i]! : v[j]!;
    while (i < u.length && u[i]! <= x) i++;
    while (j < v.length && v[j]! <= x) j++;
    d = Math.max(d, Math.abs(i / u.length - j / v.length));
  }
  return d;
}

export interface TestResult {
  statistic: number;
  pValue: number;
  df?: number;
}

/** Pearson's χ² of current counts against the reference's shares (scipy.stats.chisquare with f_exp). */
export function chiSquareTest(reference: ArrayLike<number>, current: ArrayLike<number>): TestResult {
  const r = shares(reference);
  let n = 0;
  for (let i = 0; i < current.length; i++) n += current[i]!;
  let statistic = 0;
  let df = -1;
  for (let i = 0; i < r.length; i++) {
    const expected = r[i]! * n;
    if (expected === 0) {
      // A category the reference never saw: infinitely surprising if it occurs now.
      if (current[i]! > 0) return { statistic: Infinity, pValue: 0, df: r.length - 1 };
      continue;
    }
    statistic += (current[i]! - expected) ** 2 / expected;
    df++;
  }
  return { statistic, pValue: df <= 0 ? 1 : chiSquareSf(statistic, df), df };
}

/** Two-proportion z test (pooled), two-sided. */
export function twoProportionZ(referenceHits: number, referenceN: number, currentHits: number, currentN: number): TestResult {
  const p1 = referenceHits / referenceN;
  const p2 = currentHits / currentN;
  const pooled = (referenceHits + currentHits) / (referenceN + currentN);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / referenceN + 1 / currentN));
  if (se === 0) return { statistic: 0, pValue: 1 };
  const z = (p2 - p1) / se;
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The exact two-sided p-value of the two-sample KS test for sizes m and n
 * and statistic d: the chance that a random lattice path from (0, 0) to
 * (m, n) leaves the band |x/m − y/n| < d (Hodges' inside method, computed as
 * 1 − p along the way for stability, after Viehmann 2021). As scipy, d is
 * first rounded to a multiple of 1/lcm(m, n).
 */
export function ksExactPValue(m: number, n: number, d: number): number {
  if (m < n) [m, n] = [n, m];
  const g = gcd(m, n);
  const mg = m / g;
  const ng = n / g;
  const lcm = mg * n;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  // B[j] holds, for the current column x = i, the share of paths to (i, j) that left the band.
  const B = new Float64Array(n + 1).fill(1);
  const bandLow = (i: number) => Math.max(0, Math.floor((ng * i - h) / mg) + 1);
  const bandHigh = (i: number) => Math.min(n, Math.ceil((ng * i + h) / mg) - 1);
  // Column x = 0: up the y axis, inside until the band ends.
  for (let j = 0; j <= bandHigh(0); j++) B[j] = 0;
  for (let i = 1; i <= m; i++) {
    const low = bandLow(i);
    const high = bandHigh(i);
    if (high < low) return 1;
    let below = low === 0 ? NaN : 1; // B(i, low − 1): outside the band
    for (let j = low; j <= high; j++) {
      const left = B[j]!; // B(i − 1, j): written in the previous column, or 1 outside its band
      below = j === 0 ? left : (i * left + j * below) / (i + j);
      B[j] = below;
    }
  }
  return Math.min(1, Math.max(0, B[n]!));
}
