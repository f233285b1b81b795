// The comparison's curves against scikit-learn 1.2 (Debian): every kept ROC
// point is roc_curve(drop_intermediate=False)'s point at that threshold, every
// kept precision–recall point precision_recall_curve's, the calibration bins
// are calibration_curve(n_bins=10)'s with the rows numpy's binning puts in
// each; at most 50 points per curve, and the full curve stays close to the
// kept one (the largest distance of any scikit-learn vertex from the kept
// polyline is measured and held under 0.01).
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { binaryCurves, CURVE_POINTS } from '../../shared/compare/curves.js';
import { Random } from '../../shared/stats/random.js';
import { PYTHON } from '../requirements.js';
import { describeOracle } from './oracle.js';

const SCRIPT = `
import json, sys
import numpy as np
from sklearn.metrics import roc_curve, precision_recall_curve
from sklearn.calibration import calibration_curve
out = []
for c in json.load(sys.stdin):
    y = np.array(c["y"]); s = np.array(c["score"])
    fpr, tpr, rt = roc_curve(y, s, drop_intermediate=False)
    p, r, pt = precision_recall_curve(y, s)
    answer = {"roc": [fpr.tolist(), tpr.tolist(), rt.tolist()], "pr": [p.tolist(), r.tolist(), pt.tolist()]}
    if s.min() >= 0 and s.max() <= 1:
        prob_true, prob_pred = calibration_curve(y, s, n_bins=10, strategy="uniform")
        binids = np.searchsorted(np.linspace(0.0, 1.0, 11)[1:-1], s)
        total = np.bincount(binids, minlength=11)
        answer["calibration"] = [prob_pred.tolist(), prob_true.tolist(), total[total != 0].tolist(), np.nonzero(total)[0].tolist()]
    out.append(answer)
json.dump(out, sys.stdout)
`;

const uniform = (r: Random) => r.nextUint32() / 4294967296;

function makeCase(seed: number, n: number, positiveRate: number, digits: number, scale = 1) {
  const r = new Random(seed);
  const y = new Uint8Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = uniform(r) < positiveRate ? 1 : 0;
    score[i] = Number((Math.min(1, Math.max(0, 0.3 * y[i]! + 0.7 * uniform(r))) * scale).toFixed(digits));
  }
  return { y, score };
}

const CASES = {
  'balanced, ties (2 digits), n = 600': makeCase(1, 600, 0.5, 2),
  'imbalanced 5%, continuous, n = 5,000': makeCase(2, 5000, 0.05, 9),
  'heavy ties (1 digit): scores on the bin edges': makeCase(3, 400, 0.3, 1),
  'continuous, n = 20,000': makeCase(4, 20_000, 0.4, 12),
  'margins, not probabilities (no calibration)': makeCase(5, 800, 0.5, 6, 7),
  'tiny (n = 9)': makeCase(6, 9, 0.5, 2),
};

/** Distance from (px, py) to the polyline. */
function distanceToPolyline(xs: number[], ys: number[], px: number, py: number): number {
  let best = Infinity;
  for (let i = 0; i + 1 < xs.length; i++) {
    const dx = xs[i + 1]! - xs[i]!, dy = ys[i + 1]! - ys[i]!;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - xs[i]!) * dx + (py - ys[i]!) * dy) / len2));
    best = Math.min(best, Math.hypot(px - xs[i]! - t * dx, py - ys[i]! - t * dy));
  }
  return best;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12;

describeOracle('curves vs scikit-learn', () => {
  const cases = Object.entries(CASES);
  const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(cases.map(([, c]) => ({ y: [...c.y], score: [...c.score] }))), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`scikit-learn oracle failed:\n${run.stderr}`);
  const answers = JSON.parse(run.stdout) as { roc: number[][]; pr: number[][]; calibration?: number[][] }[];
  const deviations: string[] = [];

  it.each(cases.map(([name], i) => [name, i] as const))('%s', (name, i) => {
    const data = cases[i]![1];
    const probabilities = data.score.every((s) => s >= 0 && s <= 1);
    const ours = binaryCurves({ y: data.y, pred: new Uint8Array(data.y.length), score: data.score }, { probabilities })!;
    const theirs = answers[i]!;

    // ROC: (0, 0) at threshold ∞ (scikit-learn 1.2 writes max + 1), then its point at each kept threshold, ending at (1, 1).
    const [fpr, tpr, rocThresholds] = theirs.roc as [number[], number[], number[]];
    expect(ours.roc.length).toBeLessThanOrEqual(CURVE_POINTS);
    expect(ours.roc[0]).toEqual({ threshold: Infinity, fpr: 0, tpr: 0 });
    expect([fpr[0], tpr[0]]).toEqual([0, 0]);
    for (const p of ours.roc.slice(1)) {
      const k = rocThresholds.indexOf(p.threshold);
      expect(k, `ROC threshold ${p.threshold} is one of scikit-learn's`).toBeGreaterThan(0);
      expect(near(p.fpr, fpr[k]!) && near(p.tpr, tpr[k]!), `ROC at ${p.threshold}: ours (${p.fpr}, ${p.tpr}), sklearn (${fpr[k]}, ${tpr[k]})`).toBe(true);
    }
    expect(ours.roc.at(-1)!.threshold).toBe(rocThresholds.at(-1));
    for (let k = 1; k < ours.roc.length; k++) expect(ours.roc[k]!.threshold).toBeLessThan(ours.roc[k - 1]!.threshold);

    // Precision–recall: scikit-learn's point at each kept threshold; its last point (precision 1, recall 0, no threshold) is ours at ∞.
    const [precision, recall, prThresholds] = theirs.pr as [number[], number[], number[]];
    expect(ours.pr.length).toBeLessThanOrEqual(CURVE_POINTS);
    expect(ours.pr[0]).toEqual({ threshold: Infinity, recall: recall.at(-1), precision: precision.at(-1) });
    for (const p of ours.pr.slice(1)) {
      const k = prThresholds.indexOf(p.threshold);
      expect(k, `PR threshold ${p.threshold} is one of scikit-learn's`).toBeGreaterThanOrEqual(0);
      expect(near(p.precision, precision[k]!) && near(p.recall, recall[k]!), `PR at ${p.threshold}: ours (${p.recall}, ${p.precision}), sklearn (${recall[k]}, ${precision[k]})`).toBe(true);
    }
    expect(ours.pr.at(-1)!.threshold).toBe(prThresholds[0]);

    // The shape: no vertex of scikit-learn's curves far from the kept polyline.
    const rocGap = Math.max(...fpr.map((x, k) => distanceToPolyline(ours.roc.map((p) => p.fpr), ours.roc.map((p) => p.tpr), x, tpr[k]!)));
    const prGap = Math.max(...recall.map((x, k) => distanceToPolyline(ours.pr.map((p) => p.recall), ours.pr.map((p) => p.precision), x, precision[k]!)));
    deviations.push(`${name}: ${fpr.length} ROC vertices → ${ours.roc.length} kept, farthest ${rocGap.toFixed(4)}; ${recall.length} PR vertices → ${ours.pr.length}, farthest ${prGap.toFixed(4)}`);
    expect(rocGap).toBeLessThan(0.01);
    expect(prGap).toBeLessThan(0.01);

    // Calibration: calibration_curve's non-empty bins, in order, with their rows.
    if (!theirs.calibration) {
      expect(ours.calibration).toBeUndefined();
      return;
    }
    const [predicted, observed, counts, bins] = theirs.calibration as [number[], number[], number[], number[]];
    expect(ours.calibration!.points.map((p) => p.bin)).toEqual(bins);
    expect(ours.calibration!.points.map((p) => p.count)).toEqual(counts);
    ours.calibration!.points.forEach((p, k) => {
      expect(Math.abs(p.predicted - predicted[k]!), `bin ${p.bin} mean score`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(p.observed - observed[k]!), `bin ${p.bin} share positive`).toBeLessThanOrEqual(1e-12);
    });
  });

  it('prints how far the kept curves are from the full ones', () => {
    console.log(deviations.join('\n'));
    expect(deviations).toHaveLength(cases.length);
  });
});
