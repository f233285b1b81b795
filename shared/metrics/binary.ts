// Binary classification metrics, each prepared for weighted evaluation.
// Undefined where scikit-learn would warn and return 0 (no predicted
// positives for precision, a zero MCC denominator, one class for AUC).

import { countsMetric, sumsMetric, type PreparedMetric } from './prepared.js';
import { averagePrecisionMetric, rocAucMetric } from './rank.js';

export interface BinaryData {
  /** 1 for the positive class. */
  y: Uint8Array;
  /** Hard predictions (1 positive). */
  pred: Uint8Array;
  /** Scores; probabilities of the positive class where log loss and Brier apply. */
  score?: Float64Array;
}

const TN = 0, FP = 1, FN = 2, TP = 3;
const EPS = 2.220446049250313e-16; // scikit-learn clips probabilities to [eps, 1 − eps]

function confusionCells(data: BinaryData): Uint8Array {
  const cells = new Uint8Array(data.y.length);
  for (let i = 0; i < cells.length; i++) cells[i] = data.y[i]! * 2 + data.pred[i]!;
  return cells;
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b);

export const BINARY_METRICS: Record<string, { needs?: 'score' | 'probability'; prepare: (data: BinaryData) => PreparedMetric }> = {
  accuracy: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(c[TN]! + c[TP]!, c[TN]! + c[FP]! + c[FN]! + c[TP]!)) },
  balanced_accuracy: {
    prepare: (d) =>
      countsMetric(confusionCells(d), 4, (c) => {
        const tpr = ratio(c[TP]!, c[TP]! + c[FN]!);
        const tnr = ratio(c[TN]!, c[TN]! + c[FP]!);
        return tpr === undefined || tnr === undefined ? undefined : (tpr + tnr) / 2;
      }),
  },
  precision: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(c[TP]!, c[TP]! + c[FP]!)) },
  recall: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(c[TP]!, c[TP]! + c[FN]!)) },
  f1: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(2 * c[TP]!, 2 * c[TP]! + c[FP]! + c[FN]!)) },
  mcc: {
    prepare: (d) =>
      countsMetric(confusionCells(d), 4, (c) => {
        const denominator = (c[TP]! + c[FP]!) * (c[TP]! + c[FN]!) * (c[TN]! + c[FP]!) * (c[TN]! + c[FN]!);
        return denominator === 0 ? undefined : (c[TP]! * c[TN]! - c[FP]! * c[FN]!) / Math.sqrt(denominator);
      }),
  },
  roc_auc: { needs: 'score', prepare: (d) => rocAucMetric(d.y, d.score!) },
  average_precision: { needs: 'score', prepare: (d) => averagePrecisionMetric(d.y, d.score!) },
  log_loss: {
    needs: 'probability',
    prepare: (d) => {
      const loss = new Float64Array(d.y.length);
      for (let i = 0; i < loss.length; i++) {
        const p = Math.min(1 - EPS, Math.max(EPS, d.score![i]!));
        loss[i] = d.y[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
      }
      return sumsMetric([loss], (s, w) => ratio(s[0]!, w));
    },
  },
  brier: {
    needs: 'probability',
    prepare: (d) => {
      const sq = new Float64Array(d.y.length);
      for (let i = 0; i < sq.length; i++) sq[i] = (d.score![i]! - d.y[i]!) ** 2;
      return sumsMetric([sq], (s, w) => ratio(s[0]!, w));
    },
  },
};
