// The shape every metric takes so that one bootstrap serves them all: a
// metric is prepared once on its data, then evaluated under row weights
// (bootstrap multiplicities; none means each row once). Leave-one-out values
// (for BCa's acceleration) come in closed form where the metric allows it.

import type { Weights, WeightedStatistic } from '../stats/bootstrap.js';

/** A metric prepared on its data: the bootstrap's weighted statistic (stats owns the shape). */
export type PreparedMetric = WeightedStatistic;

/**
 * A metric that is a function of weighted counts of a per-row category (a
 * confusion-matrix cell, say): evaluation is one pass, leave-one-out needs
 * one evaluation per category.
 */
export function countsMetric(cell: ArrayLike<number>, cells: number, finish: (counts: Float64Array) => number | undefined): PreparedMetric {
  const n = cell.length;
  const counts = new Float64Array(cells);
  const tally = (weights?: Weights) => {
    counts.fill(0);
    if (weights) for (let i = 0; i < n; i++) counts[cell[i]!]! += weights[i]!;
    else for (let i = 0; i < n; i++) counts[cell[i]!]!++;
    return counts;
  };
  return {
    evaluate: (weights) => finish(tally(weights)),
    evaluateAt: (weights, at) => {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[cell[i]!]! += weights[at[i]!]!;
      return finish(counts);
    },
    jackknife: () => {
      const base = Float64Array.from(tally());
      const byCell = new Float64Array(cells);
      for (let c = 0; c < cells; c++) {
        if (base[c] === 0) continue;
        const without = Float64Array.from(base);
        without[c]!--;
        byCell[c] = finish(without) ?? NaN;
      }
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = byCell[cell[i]!]!;
      return out;
    },
  };
}

/**
 * A metric that is a function of weighted sums of per-row values (losses,
 * errors, moments): `finish(sums, totalWeight)`.
 */
export function sumsMetric(values: ReadonlyArray<ArrayLike<number>>, finish: (sums: Float64Array, weight: number) => number | undefined): PreparedMetric {
  const d = values.length;
  const n = values[0]?.length ?? 0;
  const sums = new Float64Array(d);
  const total = (weights?: Weights) => {
    let weight = 0;
    for (let k = 0; k < d; k++) {
      const column = values[k]!;
      let s = 0;
      if (weights) for (let i = 0; i < n; i++) s += weights[i]! * column[i]!;
      else for (let i = 0; i < n; i++) s += column[i]!;
      sums[k] = s;
    }
    if (weights) for (let i = 0; i < n; i++) weight += weights[i]!;
    else weight = n;
    return weight;
  };
  return {
    evaluate: (weights) => finish(sums, total(weights)),
    evaluateAt: (weights, at) => {
      for (let k = 0; k < d; k++) {
        const column = values[k]!;
        let s = 0;
        for (let i = 0; i < n; i++) s += weights[at[i]!]! * column[i]!;
        sums[k] = s;
      }
      let weight = 0;
      for (let i = 0; i < n; i++) weight += weights[at[i]!]!;
      return finish(sums, weight);
    },
    jackknife: () => {
      const weight = total();
      const base = Float64Array.from(sums);
      const without = new Float64Array(d);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < d; k++) without[k] = base[k]! - values[k]![i]!;
        out[i] = finish(without, weight - 1) ?? NaN;
      }
      return out;
    },
  };
}
