// Curves of a binary classifier from its scores, for the report's charts:
// ROC (false positive rate, true positive rate), precision–recall and
// reliability (calibration). The exact vertices are those of scikit-learn's
// roc_curve(drop_intermediate=False) and precision_recall_curve, one per
// distinct score; they are reduced to a bounded number of them (never moved
// or invented) by the largest-deviation-first form of Douglas–Peucker, so the
// shape stays and every kept point is the curve's exact value at its
// threshold. Calibration is calibration_curve(strategy='uniform') with the
// number of rows in each bin; it needs scores that are probabilities.

import type { BinaryData } from '../metrics/binary.js';
import type { CalibrationBin, ModelCurves, PrPoint, RocPoint } from '../results/schema.js';

/** At most this many points per curve in a results document (the schema accepts a little more: MAX_CURVE_POINTS). */
export const CURVE_POINTS = 50;
/** Vertices closer than this to the kept curve (in the unit square) are not kept, even with room left. */
export const CURVE_TOLERANCE = 1e-3;
/** calibration_curve's bins, uniform on [0, 1]. */
export const CALIBRATION_BINS = 10;

export interface CurveOptions {
  points?: number;
  tolerance?: number;
  bins?: number;
  /** Whether the scores are probabilities (all in [0, 1]): calibration only then. */
  probabilities: boolean;
}

/** The curves of one model's scores; undefined without scores or without both classes (then ROC and recall are undefined). */
export function binaryCurves(data: BinaryData, options: CurveOptions): ModelCurves | undefined {
  const { y, score } = data;
  if (!score) return undefined;
  // Rows with a score that is not a number have no place on a curve.
  const order: number[] = [];
  for (let i = 0; i < score.length; i++) if (Number.isFinite(score[i]!)) order.push(i);
  let positives = 0;
  for (const i of order) positives += y[i]!;
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  // Descending score: each distinct score is a threshold (score ≥ threshold is positive), as _binary_clf_curve.
  order.sort((a, b) => score[b]! - score[a]!);
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0, fp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (y[i]) tp++;
    else fp++;
    const next = order[k + 1];
    if (next === undefined || score[next]! !== score[i]!) {
      thresholds.push(score[i]!);
      tps.push(tp);
      fps.push(fp);
    }
  }
  const max = options.points ?? CURVE_POINTS;
  const tolerance = options.tolerance ?? CURVE_TOLERANCE;
  // ROC: from (0, 0) (threshold ∞: nothing is positive) to (1, 1).
  const rocX = [0, ...fps.map((f) => f / negatives)];
  const rocY = [0, ...tps.map((t) => t / positives)];
  const roc: RocPoint[] = simplify(rocX, rocY, max, tolerance).map((k) => ({ threshold: k === 0 ? Infinity : thresholds[k - 1]!, fpr: rocX[k]!, tpr: rocY[k]! }));
  // Precision–recall in the same order (recall rising), from (0, 1) (threshold ∞, sklearn's last point).
  const prX = [0, ...tps.map((t) => t / positives)];
  const prY = [1, ...tps.map((t, k) => t / (t + fps[k]!))];
  const pr: PrPoint[] = simplify(prX, prY, max, tolerance).map((k) => ({ threshold: k === 0 ? Infinity : thresholds[k - 1]!, recall: prX[k]!, precision: prY[k]! }));
  const bins = options.bins ?? CALIBRATION_BINS;
  const calibration = options.probabilities ? calibrationBins(y, score, order, bins) : undefined;
  return { rows: order.length, positives, roc, pr, ...(calibration ? { calibration: { bins, strategy: 'uniform' as const, points: calibration } } : {}) };
}

/**
 * calibration_curve(y, score, n_bins=bins, strategy='uniform'): edges
 * linspace(0, 1, bins + 1), a score goes to the bin searchsorted(edges[1:-1],
 * score) names (the number of inner edges below it, so an edge belongs to the
 * bin below), and each non-empty bin gives the mean score, the share of
 * positives and the number of rows. Undefined when a score is outside [0, 1].
 */
function calibrationBins(y: Uint8Array, score: Float64Array, rows: readonly number[], bins: number): CalibrationBin[] | undefined {
  // numpy's linspace: i * (1 / bins), the last edge exactly 1.
  const step = 1 / bins;
  const inner = Array.from({ length: bins - 1 }, (_, i) => (i + 1) * step);
  const sums = new Float64Array(bins), trues = new Float64Array(bins), totals = new Float64Array(bins);
  for (const i of rows) {
    const s = score[i]!;
    if (s < 0 || s > 1) return undefined;
    let lo = 0, hi = inner.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inner[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    sums[lo]! += s;
    trues[lo]! += y[i]!;
    totals[lo]! += 1;
  }
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) if (totals[b]! > 0) out.push({ bin: b, predicted: sums[b]! / totals[b]!, observed: trues[b]! / totals[b]!, count: totals[b]! });
  return out;
}

/**
 * Indices of the vertices to keep, in order: the two ends, then repeatedly
 * the vertex farthest from the kept polyline (Douglas–Peucker, largest
 * deviation first), until `max` are kept or none is farther than
 * `tolerance`. Each segment's farthest vertex is found once, when the
 * segment is made, so the cost is about n·log n.
 */
export function simplify(xs: readonly number[], ys: readonly number[], max: number, tolerance: number): number[] {
  const n = xs.length;
  if (n <= 2 || max <= 2) return n <= 1 ? [...Array(n).keys()] : [0, n - 1].slice(0, Math.max(1, Math.min(n, max)));
  interface Segment { from: number; to: number; far: number; distance: number }
  const farthest = (from: number, to: number): Segment => {
    const dx = xs[to]! - xs[from]!, dy = ys[to]! - ys[from]!;
    const length = Math.hypot(dx, dy);
    let far = -1, distance = -1;
    for (let k = from + 1; k < to; k++) {
      const px = xs[k]! - xs[from]!, py = ys[k]! - ys[from]!;
      // Distance to the segment (to its start when the ends coincide).
      let d: number;
      if (length === 0) d = Math.hypot(px, py);
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (length * length)));
        d = Math.hypot(px - t * dx, py - t * dy);
      }
      if (d > distance) {
        distance = d;
        far = k;
      }
    }
    return { from, to, far, distance };
  };
  const kept = new Set<number>([0, n - 1]);
  const open: Segment[] = [farthest(0, n - 1)];
  while (kept.size < max) {
    let best = -1;
    for (let s = 0; s < open.length; s++) if (open[s]!.far >= 0 && (best < 0 || open[s]!.distance > open[best]!.distance)) best = s;
    if (best < 0 || open[best]!.distance <= tolerance) break;
    const { from, to, far } = open[best]!;
    kept.add(far);
    open.splice(best, 1, farthest(from, far), farthest(far, to));
  }
  return [...kept].sort((a, b) => a - b);
}
