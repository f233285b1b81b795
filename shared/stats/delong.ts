// DeLong's test for ROC AUC, by the fast algorithm of Sun & Xu (2014): one
// sort per model gives every positive's and negative's placement value
// (ties count one half), from which the AUCs and their covariance follow in
// O(n log n) — here O(n), the sort being a radix sort. Variances use the
// unbiased (n − 1) covariance, as R's pROC does.

import { normalSf } from './distributions.js';
import { sortScratch, sortedKeys } from './ranks.js';

export interface Placements {
  /** AUC of each model. */
  auc: number[];
  /** V10[model][i]: placement of the i-th positive (share of negatives it outscores). */
  v10: Float64Array[];
  /** V01[model][j]: placement of the j-th negative (share of positives that outscore it). */
  v01: Float64Array[];
  positives: number;
  negatives: number;
}

/** Placement values for one or more models scored on the same rows. `labels[i]` is 1 for a positive. */
export function placements(labels: ArrayLike<number>, scores: ReadonlyArray<ArrayLike<number>>): Placements {
  const n = labels.length;
  // Each row's class and its index among the rows of its class (slot << 1 | positive),
  // shared by the models: the placement of the row sorted k-th is written straight to its slot.
  const code = new Uint32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i] === 1) code[i] = (m++ << 1) | 1;
    else code[i] = (i - m) << 1;
  }
  const negatives = n - m;
  const out: Placements = { auc: [], v10: [], v01: [], positives: m, negatives };
  const scratch = sortScratch(n);
  for (let model = 0; model < scores.length; model++) {
    const score = scores[model]!;
    const { order, hi, spare } = sortedKeys(score, scratch);
    // The last model's placements go to the room its sort left unused (no later sort overwrites it).
    const room = model === scores.length - 1 ? spare : undefined;
    const v10 = room ? room.subarray(0, m) : new Float64Array(m);
    const v01 = room ? room.subarray(m, n) : new Float64Array(negatives);
    let posBefore = 0;
    let negBefore = 0;
    let sum = 0;
    let i = 0;
    while (i < n) {
      // A run of tied scores: equal high words of the keys, then equal values.
      let j = i + 1;
      const h = hi[i]!;
      const value = score[order[i]!]!;
      while (j < n && hi[j] === h && score[order[j]!] === value) j++;
      let pos = 0;
      for (let k = i; k < j; k++) pos += code[order[k]!]! & 1;
      const neg = j - i - pos;
      const positivePlacement = negatives === 0 ? NaN : (negBefore + neg / 2) / negatives;
      const negativePlacement = m === 0 ? NaN : 1 - (posBefore + pos / 2) / m;
      for (let k = i; k < j; k++) {
        const c = code[order[k]!]!;
        if (c & 1) v10[c >>> 1] = positivePlacement;
        else v01[c >>> 1] = negativePlacement;
      }
      sum += pos * positivePlacement;
      posBefore += pos;
      negBefore += neg;
      i = j;
    }
    out.auc.push(m === 0 || negatives === 0 ? NaN : sum / m);
    out.v10.push(v10);
    out.v01.push(v01);
  }
  return out;
}

function mean(v: Float64Array): number {
  // A loop, not reduce: a typed array's reduce calls back per element, boxing each partial sum.
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
}

function covariance(a: Float64Array, b: Float64Array, meanA: number, meanB: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - meanA) * (b[i]! - meanB);
  return s / (a.length - 1);
}

/** The DeLong covariance matrix of the models' AUCs. */
export function delongCovariance(p: Placements): number[][] {
  const mean01 = p.v01.map(mean);
  return p.auc.map((_, r) => p.auc.map((_, s) => covarianceOf(p, r, s, mean01)));
}

/** One entry of the DeLong covariance matrix (`mean01`: each model's mean V01). */
function covarianceOf(p: Placements, r: number, s: number, mean01: readonly number[]): number {
  const s10 = covariance(p.v10[r]!, p.v10[s]!, p.auc[r]!, p.auc[s]!);
  const s01 = covariance(p.v01[r]!, p.v01[s]!, mean01[r]!, mean01[s]!);
  return s10 / p.positives + s01 / p.negatives;
}

export interface PairedDeLong {
  /** AUC of the candidate (first) and the baseline (second). */
  auc: [number, number];
  variance: [number, number];
  difference: number;
  /** Variance of the difference, var₁ + var₂ − 2 cov. */
  differenceVariance: number;
  z: number;
  /** Two-sided p-value of H₀: equal AUCs. */
  pValue: number;
}

export function pairedDeLong(labels: ArrayLike<number>, candidate: ArrayLike<number>, baseline: ArrayLike<number>): PairedDeLong | undefined {
  const p = placements(labels, [candidate, baseline]);
  if (p.positives < 2 || p.negatives < 2) return undefined;
  // The two variances only (the covariance, unused, would take four more passes over the placements).
  const mean01 = p.v01.map(mean);
  const variance: [number, number] = [covarianceOf(p, 0, 0, mean01), covarianceOf(p, 1, 1, mean01)];
  const difference = p.auc[0]! - p.auc[1]!;
  // The variance of the difference from the differences of placements, not as
  // var₁ + var₂ − 2cov, which cancels badly when the models agree closely.
  const differenceVariance = varianceOfDifference(p.v10[0]!, p.v10[1]!) / p.positives + varianceOfDifference(p.v01[0]!, p.v01[1]!) / p.negatives;
  const z = differenceVariance > 0 ? difference / Math.sqrt(differenceVariance) : difference === 0 ? 0 : Math.sign(difference) * Infinity;
  return { auc: [p.auc[0]!, p.auc[1]!], variance, difference, differenceVariance, z, pValue: twoSidedP(z) };
}

function varianceOfDifference(a: Float64Array, b: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < a.length; i++) mean += a[i]! - b[i]!;
  mean /= a.length;
  let ss = 0;
  for (let i = 0; i < a.length; i++) ss += (a[i]! - b[i]! - mean) ** 2;
  return ss / (a.length - 1);
}

function twoSidedP(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}
