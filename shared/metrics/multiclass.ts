// Multiclass metrics: accuracy, macro and weighted F1 (over the classes
// present in truth or predictions, as scikit-learn), one-vs-rest macro ROC
// AUC and log loss (probabilities clipped and rows renormalised, as
// scikit-learn does).

import { countsMetric, sumsMetric, type PreparedMetric } from './prepared.js';
import { rocAucMetric } from './rank.js';

export interface MulticlassData {
  classes: readonly string[];
  /** Class index of the truth. */
  y: Int32Array;
  pred: Int32Array;
  /** proba[k][i]: probability of class k for row i. */
  proba?: Float64Array[];
}

const EPS = 2.220446049250313e-16;

function f1Metric(d: MulticlassData, weighted: boolean): PreparedMetric {
  const K = d.classes.length;
  const cells = new Int32Array(d.y.length);
  for (let i = 0; i < cells.length; i++) cells[i] = d.y[i]! * K + d.pred[i]!;
  return countsMetric(cells, K * K, (c) => {
    let sum = 0;
    let weight = 0;
    let present = 0;
    for (let k = 0; k < K; k++) {
      let tp = 0, fp = 0, fn = 0;
      tp = c[k * K + k]!;
      for (let j = 0; j < K; j++) {
        if (j === k) continue;
        fp += c[j * K + k]!;
        fn += c[k * K + j]!;
      }
      const support = tp + fn;
      if (tp + fp + fn === 0) continue; // class absent from truth and predictions
      present++;
      const f1 = (2 * tp) / (2 * tp + fp + fn);
      if (weighted) {
        sum += f1 * support;
        weight += support;
      } else sum += f1;
    }
    if (weighted) return weight === 0 ? undefined : sum / weight;
    return present === 0 ? undefined : sum / present;
  });
}

export const MULTICLASS_METRICS: Record<string, { needs?: 'probability'; prepare: (data: MulticlassData) => PreparedMetric }> = {
  accuracy: {
    prepare: (d) => {
      const cells = new Uint8Array(d.y.length);
      for (let i = 0; i < cells.length; i++) cells[i] = d.y[i] === d.pred[i] ? 1 : 0;
      return countsMetric(cells, 2, (c) => (c[0]! + c[1]! === 0 ? undefined : c[1]! / (c[0]! + c[1]!)));
    },
  },
  macro_f1: { prepare: (d) => f1Metric(d, false) },
  weighted_f1: { prepare: (d) => f1Metric(d, true) },
  roc_auc_ovr: {
    needs: 'probability',
    prepare: (d) => {
      const perClass = d.classes.map((_, k) => {
        const isK = new Uint8Array(d.y.length);
        for (let i = 0; i < isK.length; i++) isK[i] = d.y[i] === k ? 1 : 0;
        return rocAucMetric(isK, d.proba![k]!);
      });
      return {
        evaluate(weights) {
          let sum = 0;
          for (const metric of perClass) {
            const auc = metric.evaluate(weights);
            if (auc === undefined) return undefined; // a class absent from the truth
            sum += auc;
          }
          return sum / perClass.length;
        },
      };
    },
  },
  log_loss: {
    needs: 'probability',
    prepare: (d) => {
      const K = d.classes.length;
      const loss = new Float64Array(d.y.length);
      for (let i = 0; i < loss.length; i++) {
        let total = 0;
        for (let k = 0; k < K; k++) total += Math.min(1 - EPS, Math.max(EPS, d.proba![k]![i]!));
        const p = Math.min(1 - EPS, Math.max(EPS, d.proba![d.y[i]!]![i]!)) / total;
        loss[i] = -Math.log(p);
      }
      return sumsMetric([loss], (s, w) => (w === 0 ? undefined : s[0]! / w));
    },
  },
};
