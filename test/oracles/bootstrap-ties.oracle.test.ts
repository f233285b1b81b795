// BCa with tied resamples, against scipy.stats.bootstrap (≥ 1.9 counts
// resamples equal to the estimate as half when it computes the bias
// correction). max_error on integer errors ties in a large share of
// resamples, which is where the two rules part: the old one (ties counted as
// not below) gave [−0.71, 0.92] where scipy gives [−0.25, 1.64].

import { expect, it } from 'vitest';
import { REGRESSION_METRICS } from '../../shared/metrics/regression.js';
import { pairedBootstrap, shareBelow } from '../../shared/stats/bootstrap.js';
import { Random } from '../../shared/stats/random.js';
import { describeOracle, python } from './oracle.js';

function integerRegression(seed: number, n: number) {
  const r = new Random(seed);
  const draw = (k: number) => Math.floor((r.nextUint32() / 4294967296) * k);
  const y = new Float64Array(n), a = new Float64Array(n), b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = draw(10);
    a[i] = y[i]! + draw(7) - 3;
    b[i] = y[i]! + draw(6) - 3;
  }
  return { y, a, b };
}

describeOracle('BCa bias correction counts tied resamples as half (scipy ≥ 1.9)', () => {
  it('shareBelow: ties are half', () => {
    expect(shareBelow(Float64Array.from([0, 1, 1, 1, 2]), 1)).toBeCloseTo((1 + 4) / 10, 12);
    expect(shareBelow(Float64Array.from([0, 0.5, 2]), 1)).toBeCloseTo(2 / 3, 12);
  });

  const resamples = 4000;
  const cases = [integerRegression(41, 120), integerRegression(42, 300)];
  const answers = python(cases.map((d) => ({ kind: 'bootstrap', metric: 'max_error', y: [...d.y], a: [...d.a], b: [...d.b], resamples, confidence: 0.95, seed: 11 })));

  it.each(cases.map((_, i) => i))('max_error case %i: BCa agrees with scipy within Monte Carlo error', (i) => {
    const { y, a, b } = cases[i]!;
    const def = REGRESSION_METRICS.max_error!;
    const result = pairedBootstrap({ candidate: def.prepare({ y, pred: a }), baseline: def.prepare({ y, pred: b }), n: y.length, resamples, seed: 11, confidence: 0.95 })!;
    const theirs = answers[i];
    expect(result.estimate).toBe(theirs.estimate);
    // The resampled differences take a few integer values, so the endpoints are
    // those values (or between two of them); allow one step of the grid.
    for (const k of [0, 1]) expect(Math.abs(result.bca![k]! - theirs.BCa[k]), `BCa[${k}] ${result.bca![k]} vs scipy ${theirs.BCa[k]}`).toBeLessThanOrEqual(1);
    // Where the old rule's bias correction is far off, the tie rule matters: check we are on scipy's side.
    const tied = result.differences.filter((d) => d === result.estimate).length / result.differences.length;
    expect(tied).toBeGreaterThan(0.1);
  });
});
