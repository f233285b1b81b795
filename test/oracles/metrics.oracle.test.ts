// Every metric against scikit-learn 1.2 (Debian), to 1e-9 relative, on
// generated data with ties, class imbalance, one class, no predicted
// positives and negative targets; undefined where scikit-learn warns.
import { expect, it } from 'vitest';
import { BINARY_METRICS } from '../../shared/metrics/binary.js';
import { MULTICLASS_METRICS } from '../../shared/metrics/multiclass.js';
import { REGRESSION_METRICS } from '../../shared/metrics/regression.js';
import { Random } from '../../shared/stats/random.js';
import { close, describeOracle, python } from './oracle.js';

const uniform = (r: Random) => r.nextUint32() / 4294967296;

function binaryCase(seed: number, n: number, positiveRate: number, digits: number, threshold = 0.5) {
  const r = new Random(seed);
  const y = new Uint8Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = uniform(r) < positiveRate ? 1 : 0;
    score[i] = Number(Math.min(1, Math.max(0, 0.35 * y[i]! + 0.65 * uniform(r))).toFixed(digits));
  }
  const pred = Uint8Array.from(score, (s) => (s >= threshold ? 1 : 0));
  return { y, score, pred };
}

const BINARY_CASES = {
  'balanced, ties (2 digits)': binaryCase(1, 600, 0.5, 2),
  'imbalanced 5%, continuous': binaryCase(2, 800, 0.05, 8),
  'heavy ties (1 digit)': binaryCase(3, 300, 0.3, 1),
  'no predicted positives': binaryCase(4, 200, 0.3, 3, 1.01),
  'one class only': { ...binaryCase(5, 100, 0, 3) },
  'tiny (n = 7)': binaryCase(6, 7, 0.5, 2),
};

describeOracle('binary metrics vs scikit-learn', () => {
  const cases = Object.entries(BINARY_CASES);
  const answers = python(cases.map(([, c]) => ({ kind: 'binary', y: [...c.y], score: [...c.score], pred: [...c.pred] })));
  it.each(cases.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    const data = cases[i]![1];
    for (const [metric, def] of Object.entries(BINARY_METRICS)) {
      const ours = def.prepare(data).evaluate();
      const theirs = answers[i][metric] as number | null;
      expect(close(ours, theirs), `${metric}: holdout ${ours}, sklearn ${theirs}`).toBe(true);
    }
  });
});

describeOracle('multiclass metrics vs scikit-learn', () => {
  const make = (seed: number, n: number, K: number, digits: number) => {
    const r = new Random(seed);
    const y = new Int32Array(n);
    const proba = Array.from({ length: K }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      y[i] = Math.floor(uniform(r) * K);
      let total = 0;
      const raw = Array.from({ length: K }, (_, k) => (k === y[i] ? 0.6 : 0) + uniform(r));
      for (const v of raw) total += v;
      raw.forEach((v, k) => (proba[k]![i] = Number((v / total).toFixed(digits))));
    }
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let k = 1; k < K; k++) if (proba[k]![i]! > proba[best]![i]!) best = k;
      pred[i] = best;
    }
    return { classes: Array.from({ length: K }, (_, k) => `c${k}`), y, pred, proba };
  };
  const cases = { '3 classes, ties': make(11, 500, 3, 2), '5 classes': make(12, 700, 5, 6) };
  const entries = Object.entries(cases);
  const answers = python(entries.map(([, c]) => ({ kind: 'multiclass', y: [...c.y], pred: [...c.pred], proba: c.proba.map((p) => [...p]) })));
  it.each(entries.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    for (const [metric, def] of Object.entries(MULTICLASS_METRICS)) {
      const ours = def.prepare(entries[i]![1]).evaluate();
      expect(close(ours, answers[i][metric]), `${metric}: holdout ${ours}, sklearn ${answers[i][metric]}`).toBe(true);
    }
    // Where the probabilities sum to 1, scikit-learn's own multi_class="ovr" agrees too.
    const strict = answers[i].roc_auc_ovr_sklearn;
    if (strict !== null) expect(close(MULTICLASS_METRICS.roc_auc_ovr!.prepare(entries[i]![1]).evaluate(), strict)).toBe(true);
  });
});

describeOracle('regression metrics vs scikit-learn', () => {
  const make = (seed: number, n: number, offset: number, zeros: boolean) => {
    const r = new Random(seed);
    const y = new Float64Array(n);
    const pred = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = zeros && i % 10 === 0 ? 0 : offset + 10 * (uniform(r) - 0.5);
      pred[i] = y[i]! + (uniform(r) - 0.5) * 3;
    }
    return { y, pred };
  };
  const cases = { 'around zero, negatives': make(21, 400, 0, false), 'large offset (cancellation)': make(22, 400, 1e6, false), 'with zero targets': make(23, 100, 5, true) };
  const entries = Object.entries(cases);
  const answers = python(entries.map(([, c]) => ({ kind: 'regression', y: [...c.y], pred: [...c.pred] })));
  it.each(entries.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    for (const [metric, def] of Object.entries(REGRESSION_METRICS)) {
      const ours = def.prepare(entries[i]![1]).evaluate();
      expect(close(ours, answers[i][metric], metric === 'r2' ? 1e-8 : 1e-9), `${metric}: holdout ${ours}, sklearn ${answers[i][metric]}`).toBe(true);
    }
  });
});
