// The margins a non-inferiority test can show: the closed forms, and a
// simulation of the gate on equal models that checks them.

import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../shared/stats/distributions.js';
import { equalCandidateFailureRate, smallestShowableMargin, standardErrorOfInterval } from '../../shared/stats/power.js';
import { Random } from '../../shared/stats/random.js';

describe('non-inferiority margins', () => {
  it('an equal candidate fails at Φ(z₁₋α − margin/SE): most of the time for margins well under SE', () => {
    // ROC AUC at n = 300: SE ≈ 0.030.
    expect(equalCandidateFailureRate(0.02, 0.03, 0.05)).toBeCloseTo(0.836, 3);
    expect(equalCandidateFailureRate(0.005, 0.03, 0.05)).toBeGreaterThan(0.93);
    expect(equalCandidateFailureRate(3.29 * 0.03, 0.03, 0.05)).toBeCloseTo(0.05, 3);
  });

  it('the smallest showable margin at power 1 − α is 3.29·SE at α = 0.05, 2.49·SE at 80 % power', () => {
    expect(smallestShowableMargin(0.03, 0.05, 0.95) / 0.03).toBeCloseTo(3.29, 2);
    expect(smallestShowableMargin(0.03, 0.05, 0.8) / 0.03).toBeCloseTo(2.49, 2);
    expect(equalCandidateFailureRate(smallestShowableMargin(0.01, 0.025, 0.9), 0.01, 0.025)).toBeCloseTo(0.1, 10);
  });

  it('the standard error implied by a normal interval', () => {
    const z = -normalQuantile(0.025);
    expect(standardErrorOfInterval([0.1 - z * 0.02, 0.1 + z * 0.02], 0.95)).toBeCloseTo(0.02, 12);
  });

  it('simulated: the gate at the showable margin fails equal candidates at β, within 3 Monte Carlo s.e.', () => {
    const random = new Random(5);
    const normal = () => {
      // Box–Muller from two uniforms in (0, 1).
      const u = (random.nextUint32() + 1) / 4294967297;
      const v = (random.nextUint32() + 1) / 4294967297;
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    };
    const se = 0.03, alpha = 0.05, trials = 20000;
    for (const power of [0.8, 0.95]) {
      const margin = smallestShowableMargin(se, alpha, power);
      let failures = 0;
      for (let t = 0; t < trials; t++) {
        const estimate = se * normal();
        if (estimate + normalQuantile(alpha) * se <= -margin) failures++;
      }
      const rate = failures / trials;
      const mcse = Math.sqrt(((1 - power) * power) / trials);
      expect(Math.abs(rate - (1 - power)), `power ${power}: rate ${rate}`).toBeLessThan(3 * mcse);
    }
  });
});
