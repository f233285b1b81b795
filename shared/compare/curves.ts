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
  const rows: number[] = [];
  for (let i = 0; i < score.length; i++) if (Number.isFinite(score[i]!)) rows.push(i);
  let positives = 0;
  for (const i of rows) positives += y[i]!;
  const negatives = rows.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  // Each class's scores sorted natively (a comparator sort of a million indices takes seconds), then walked
  // from the top together: each distinct score is a threshold (score ≥ threshold is positive), as _binary_clf_curve.
  const pos = new Float64Array(positives), neg = new Float64Array(negatives);
  let p = 0, q = 0;
  for (const i of rows) {
    if (y[i]) pos[p++] = score[i]!;
    else neg[q++] = score[i]!;
  }
  pos.sort();
  neg.sort();
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0, fp = 0;
  p = positives - 1;
  q = negatives - 1;
  while (p >= 0 || q >= 0) {
    const t = p < 0 ? neg[q]! : q < 0 ? pos[p]! : Math.max(pos[p]!, neg[q]!);
    while (p >= 0 && pos[p] === t) (p--, tp++);
    while (q >= 0 && neg[q] === t) (q--, fp++);
    thresholds.push(t);
    tps.push(tp);
    fps.push(fp);
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
  const calibration = options.probabilities ? calibrationBins(y, score, rows, bins) : undefined;
  return { rows: rows.length, positives, roc, pr, ...(calibration ? { calibration: { bins, strategy: 'uniform' as const, points: calibration } } : {}) };
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
  // Distances are compared squared (Math.hypot is slow enough to matter over a million vertices).
  interface Segment { from: number; to: number; far: number; distance: number }
  const farthest = (from: number, to: number): Segment => {
    const x0 = xs[from]!, y0 = ys[from]!;
    const dx = xs[to]! - x0, dy = ys[to]! - y0;
    const length2 = dx * dx + dy * dy;
    let far = -1, distance = -1;
    for (let k = from + 1; k < to; k++) {
      const px = xs[k]! - x0, py = ys[k]! - y0;
      // Distance to the segment (to its start when the ends coincide).
      let d: number;
      if (length2 === 0) d = px * px + py * py;
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
        const ex = px - t * dx, ey = py - t * dy;
        d = ex * ex + ey * ey;
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
    if (best < 0 || open[best]!.distance <= tolerance * tolerance) break;
    const { from, to, far } = open[best]!;
    kept.add(far);
    open.splice(best, 1, farthest(from, far), farthest(far, to));
  }
  return [...kept].sort((a, b) => a - b);
}
