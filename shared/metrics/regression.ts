// Regression metrics. R² is computed on values centred at their mean, so
// that the weighted sums do not cancel catastrophically; MAPE is undefined
// when any truth is 0 and WAPE when all are.

import { sumsMetric, type PreparedMetric } from './prepared.js';

export interface RegressionData {
  y: Float64Array;
  pred: Float64Array;
}

function columns(d: RegressionData, f: (y: number, p: number) => number): Float64Array {
  const out = new Float64Array(d.y.length);
  for (let i = 0; i < out.length; i++) out[i] = f(d.y[i]!, d.pred[i]!);
  return out;
}

const mean = (s: Float64Array, w: number) => (w === 0 ? undefined : s[0]! / w);

export const REGRESSION_METRICS: Record<string, { prepare: (data: RegressionData) => PreparedMetric }> = {
  mae: { prepare: (d) => sumsMetric([columns(d, (y, p) => Math.abs(y - p))], mean) },
  mse: { prepare: (d) => sumsMetric([columns(d, (y, p) => (y - p) ** 2)], mean) },
  rmse: { prepare: (d) => sumsMetric([columns(d, (y, p) => (y - p) ** 2)], (s, w) => (w === 0 ? undefined : Math.sqrt(s[0]! / w))) },
  r2: {
    prepare: (d) => {
      let c = 0;
      for (let i = 0; i < d.y.length; i++) c += d.y[i]!;
      c /= d.y.length || 1;
      return sumsMetric(
        [columns(d, (y, p) => (y - p) ** 2), columns(d, (y) => y - c), columns(d, (y) => (y - c) ** 2)],
        (s, w) => {
          if (w === 0) return undefined;
          const total = s[2]! - (s[1]! * s[1]!) / w;
          return total <= 0 ? undefined : 1 - s[0]! / total;
        },
      );
    },
  },
  mape: {
    prepare: (d) => {
      const anyZero = d.y.some((y) => y === 0);
      const metric = sumsMetric([columns(d, (y, p) => (y === 0 ? 0 : Math.abs(y - p) / Math.abs(y)))], mean);
      return anyZero ? { evaluate: () => undefined } : metric;
    },
  },
  wape: {
    prepare: (d) => sumsMetric([columns(d, (y, p) => Math.abs(y - p)), columns(d, (y) => Math.abs(y))], (s) => (s[1]! === 0 ? undefined : s[0]! / s[1]!)),
  },
  max_error: {
    prepare: (d) => {
      const errors = columns(d, (y, p) => Math.abs(y - p));
      return {
        evaluate(weights) {
          let max: number | undefined;
          for (let i = 0; i < errors.length; i++) if ((!weights || weights[i]! > 0) && (max === undefined || errors[i]! > max)) max = errors[i]!;
          return max;
        },
        jackknife() {
          let first = -Infinity, second = -Infinity, at = -1;
          for (let i = 0; i < errors.length; i++) {
            if (errors[i]! > first) {
              second = first;
              first = errors[i]!;
              at = i;
            } else if (errors[i]! > second) second = errors[i]!;
          }
          const out = new Float64Array(errors.length).fill(first);
          if (at >= 0) out[at] = second;
          return out;
        },
      };
    },
  },
};
