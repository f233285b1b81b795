// Rank metrics under row weights: ROC AUC (Mann–Whitney, ties count one
// half) and average precision (scikit-learn's step-wise definition), each a
// single pass over the rows sorted once by score.

import { sortedKeys } from '../stats/ranks.js';
import { placements } from '../stats/delong.js';
import type { PreparedMetric } from './prepared.js';

interface SortedScores {
  n: number;
  order: Uint32Array;
  /** groupStart[k] = 1 when order[k] starts a run of tied scores. */
  groupStart: Uint8Array;
  /** positiveSorted[k] = 1 when the k-th row in score order is a positive (read sequentially in the hot loop). */
  positiveSorted: Uint8Array;
}

/**
 * A rank metric prepared once: the rows sorted by score, then `statistic`
 * over them under the bootstrap's row weights (each row once when none).
 */
function rankMetric(
  isPositive: ArrayLike<number>,
  score: ArrayLike<number>,
  statistic: (sorted: SortedScores, weights: ArrayLike<number>) => number | undefined,
): PreparedMetric {
  const { order, hi, lo } = sortedKeys(score);
  const n = order.length;
  const groupStart = new Uint8Array(n);
  const positiveSorted = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    groupStart[k] = k === 0 || hi[k] !== hi[k - 1] || lo[k] !== lo[k - 1] ? 1 : 0;
    positiveSorted[k] = isPositive[order[k]!] === 1 ? 1 : 0;
  }
  const sorted: SortedScores = { n, order, groupStart, positiveSorted };
  const ones = new Uint16Array(n).fill(1);
  return { evaluate: (weights) => statistic(sorted, weights ?? ones) };
}

/** ROC AUC of `score` for the rows where `positive(i)`; undefined with one class. */
export function rocAucMetric(isPositive: ArrayLike<number>, score: ArrayLike<number>): PreparedMetric {
  return {
    ...rankMetric(isPositive, score, rocAuc),
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

/** Mann–Whitney over the sorted rows, ties counting one half. */
function rocAuc({ n, order, groupStart, positiveSorted }: SortedScores, weights: ArrayLike<number>): number | undefined {
  // Branch-free over the class (a mispredicted branch per row costs more than the
  // arithmetic); the only branch is at tie-group starts, which is predictable.
  let negBefore = 0;
  let totalPos = 0;
  let sum = 0;
  let gp = 0;
  let gn = 0;
  for (let k = 0; k < n; k++) {
    if (groupStart[k] === 1) {
      sum += gp * (negBefore + gn * 0.5);
      negBefore += gn;
      totalPos += gp;
      gp = 0;
      gn = 0;
    }
    const w = weights[order[k]!]!;
    const wp = w * positiveSorted[k]!;
    gp += wp;
    gn += w - wp;
  }
  sum += gp * (negBefore + gn * 0.5);
  negBefore += gn;
  totalPos += gp;
  return totalPos === 0 || negBefore === 0 ? undefined : sum / (totalPos * negBefore);
}

/** Average precision, Σₙ (Rₙ − Rₙ₋₁) Pₙ over distinct thresholds, as scikit-learn computes it. */
export function averagePrecisionMetric(isPositive: ArrayLike<number>, score: ArrayLike<number>): PreparedMetric {
  return rankMetric(isPositive, score, ({ n, order, groupStart, positiveSorted }, weights) => {
    let totalPos = 0;
    for (let i = 0; i < n; i++) if (isPositive[i] === 1) totalPos += weights[i]!;
    if (totalPos === 0) return undefined;
    let tp = 0;
    let fp = 0;
    let previousRecall = 0;
    let ap = 0;
    // Descending score: walk the ascending order from the end; a threshold closes where a tie group starts.
    for (let k = n - 1; k >= 0; k--) {
      const w = weights[order[k]!]!;
      const wp = w * positiveSorted[k]!;
      tp += wp;
      fp += w - wp;
      if (groupStart[k] === 1 && tp + fp > 0) {
        const recall = tp / totalPos;
        ap += (recall - previousRecall) * (tp / (tp + fp));
        previousRecall = recall;
      }
    }
    return ap;
  });
}
