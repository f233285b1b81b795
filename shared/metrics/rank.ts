// Rank metrics under row weights: ROC AUC (Mann–Whitney, ties count one
// half) and average precision (scikit-learn's step-wise definition), each
// prepared once (rows sorted by score, tie groups found) and then, per
// bootstrap resample, a branch-free pass over the rows: the tie structure is
// in precomputed indices, not tested row by row.

import { sortedKeys } from '../stats/ranks.js';
import { placements } from '../stats/delong.js';
import type { PreparedMetric } from './prepared.js';

interface SortedScores {
  n: number;
  order: Uint32Array;
  /**
   * One byte per row in score order, read sequentially: bit 0 set when the row is a positive,
   * bit 1 when it starts a run of tied scores (a group).
   */
  code: Uint8Array;
  /** Number of tie groups. */
  groups: number;
  /** Per group, filled by `groupTotals`: positive weight and all weight (each modulo 2³²) through the group's last row. */
  positiveThrough: Int32Array;
  weightThrough: Int32Array;
}

const POSITIVE = 1;
const GROUP_START = 2;

/**
 * A rank metric prepared once: the rows sorted by score, then `statistic`
 * over the tie groups' weights, the k-th row in score order weighing
 * `weights[at[k]]` (each row once when no weights are given).
 */
function rankMetric(isPositive: ArrayLike<number>, score: ArrayLike<number>, statistic: (sorted: SortedScores) => number | undefined): PreparedMetric {
  const { order, hi } = sortedKeys(score);
  const n = order.length;
  const code = new Uint8Array(n);
  let groups = 0;
  for (let k = 0; k < n; k++) {
    const start = k === 0 || hi[k] !== hi[k - 1] || score[order[k]!] !== score[order[k - 1]!];
    if (start) groups++;
    code[k] = (start ? GROUP_START : 0) | (isPositive[order[k]!] === 1 ? POSITIVE : 0);
  }
  const sorted: SortedScores = { n, order, code, groups, positiveThrough: new Int32Array(groups), weightThrough: new Int32Array(groups) };
  const ones = new Uint16Array(n).fill(1);
  return {
    order,
    evaluate: (weights) => {
      groupTotals(sorted, weights ?? ones, order);
      return statistic(sorted);
    },
    evaluateAt: (weights, at) => {
      groupTotals(sorted, weights, at);
      return statistic(sorted);
    },
  };
}

/**
 * The one pass over the rows: running positive and total weight, written at
 * the row's group (the last row of a group leaves its totals there). No
 * branch and no floating point per row: integer sums wrap modulo 2³², and a
 * group's total, the difference of two of them, is exact while it is below
 * 2³² (bootstrap counts sum to n). A branch at each group's start would be
 * mispredicted about as often as there are groups, and cost more than the rest.
 */
function groupTotals(sorted: SortedScores, weights: Uint16Array, at: Uint32Array): void {
  const { n, code, positiveThrough, weightThrough } = sorted;
  let g = -1;
  let p = 0;
  let t = 0;
  for (let k = 0; k < n; k++) {
    const c = code[k]!;
    const w = weights[at[k]!]!;
    g += c >> 1;
    p = (p + (w & -(c & POSITIVE))) | 0;
    t = (t + w) | 0;
    positiveThrough[g] = p;
    weightThrough[g] = t;
  }
}

/**
 * ROC AUC of `score` for the rows where `isPositive[i] === 1`; undefined with one class.
 *
 * Prepared as two sequences in score order: the negatives, and the positives
 * with, for each, how many negatives sort strictly below it (`below`) and
 * below or tied with it (`through`). Under weights, twice the Mann–Whitney U
 * is Σ over positives of w · (N(below) + N(through)), N the running weight of
 * the negatives: one pass over the negatives for N, one over the positives.
 * No branch per row (tie groups are in the indices), and sums of integer
 * weights, exact in doubles.
 */
export function rocAucMetric(isPositive: ArrayLike<number>, score: ArrayLike<number>): PreparedMetric {
  const { order, hi } = sortedKeys(score);
  const n = order.length;
  let positives = 0;
  for (let k = 0; k < n; k++) if (isPositive[order[k]!] === 1) positives++;
  const negatives = n - positives;
  /** Sorted positions of the positives and of the negatives. */
  const positiveAt = new Uint32Array(positives);
  const negativeAt = new Uint32Array(negatives);
  const below = new Uint32Array(positives);
  const through = new Uint32Array(positives);
  let p = 0;
  let q = 0;
  let groupFirstPositive = 0;
  let negativesBeforeGroup = 0;
  for (let k = 0; k <= n; k++) {
    if (k === n || k === 0 || hi[k] !== hi[k - 1] || score[order[k]!] !== score[order[k - 1]!]) {
      // A tie group ends: its positives have every negative so far at or below them.
      for (let i = groupFirstPositive; i < p; i++) through[i] = q;
      groupFirstPositive = p;
      negativesBeforeGroup = q;
      if (k === n) break;
    }
    if (isPositive[order[k]!] === 1) {
      positiveAt[p] = k;
      below[p++] = negativesBeforeGroup;
    } else negativeAt[q++] = k;
  }
  const running = new Float64Array(negatives + 1);
  // The weights' positions of the positives and negatives, for the `at` last seen (the bootstrap passes one for all resamples).
  let lastAt: Uint32Array | undefined;
  let positiveWeightAt = new Uint32Array(0);
  let negativeWeightAt = new Uint32Array(0);
  const auc = (weights: Uint16Array, at: Uint32Array): number | undefined => {
    if (at !== lastAt) {
      positiveWeightAt = new Uint32Array(positives);
      negativeWeightAt = new Uint32Array(negatives);
      for (let i = 0; i < positives; i++) positiveWeightAt[i] = at[positiveAt[i]!]!;
      for (let j = 0; j < negatives; j++) negativeWeightAt[j] = at[negativeAt[j]!]!;
      lastAt = at;
    }
    return mannWhitney(weights, positiveWeightAt, negativeWeightAt, below, through, running);
  };
  const ones = new Uint16Array(n).fill(1);
  return {
    order,
    evaluate: (weights) => auc(weights ?? ones, order),
    evaluateAt: auc,
    jackknife() {
      // Leaving out positive i: (m·AUC − V10ᵢ)/(m − 1); negative j: (n·AUC − V01ⱼ)/(n − 1).
      const p = placements(isPositive, [score]);
      const m = p.positives;
      const q = p.negatives;
      if (m < 2 || q < 2) return undefined;
      const auc = p.auc[0]!;
      const out = new Float64Array(isPositive.length);
      for (let i = 0, a = 0, b = 0; i < out.length; i++) {
        out[i] = isPositive[i] === 1 ? (m * auc - p.v10[0]![a++]!) / (m - 1) : (q * auc - p.v01[0]![b++]!) / (q - 1);
      }
      return out;
    },
  };
}

/** Mann–Whitney AUC under weights, ties counting one half (see rocAucMetric). */
function mannWhitney(weights: Uint16Array, positiveAt: Uint32Array, negativeAt: Uint32Array, below: Uint32Array, through: Uint32Array, running: Float64Array): number | undefined {
  let negativeWeight = 0;
  for (let j = 0; j < negativeAt.length; j++) {
    negativeWeight += weights[negativeAt[j]!]!;
    running[j + 1] = negativeWeight;
  }
  let twiceU = 0;
  let positiveWeight = 0;
  for (let i = 0; i < positiveAt.length; i++) {
    const w = weights[positiveAt[i]!]!;
    twiceU += w * (running[below[i]!]! + running[through[i]!]!);
    positiveWeight += w;
  }
  return positiveWeight === 0 || negativeWeight === 0 ? undefined : twiceU / (2 * positiveWeight * negativeWeight);
}

/** Average precision, Σₙ (Rₙ − Rₙ₋₁) Pₙ over distinct thresholds, as scikit-learn computes it. */
export function averagePrecisionMetric(isPositive: ArrayLike<number>, score: ArrayLike<number>): PreparedMetric {
  return rankMetric(isPositive, score, ({ groups, positiveThrough, weightThrough }) => {
    // Weight per group, from the running totals; then thresholds from the highest score down.
    let totalPos = 0;
    for (let g = 0, p0 = 0; g < groups; g++) {
      totalPos += (positiveThrough[g]! - p0) >>> 0;
      p0 = positiveThrough[g]!;
    }
    if (totalPos === 0) return undefined;
    let tp = 0;
    let fp = 0;
    let previousRecall = 0;
    let ap = 0;
    for (let g = groups - 1; g >= 0; g--) {
      const p1 = g === 0 ? 0 : positiveThrough[g - 1]!;
      const t1 = g === 0 ? 0 : weightThrough[g - 1]!;
      const gp = (positiveThrough[g]! - p1) >>> 0;
      tp += gp;
      fp += ((weightThrough[g]! - t1) >>> 0) - gp;
      if (tp + fp > 0) {
        const recall = tp / totalPos;
        ap += (recall - previousRecall) * (tp / (tp + fp));
        previousRecall = recall;
      }
    }
    return ap;
  });
}
