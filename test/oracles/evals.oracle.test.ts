// Eval-suite comparison against statsmodels and scipy on suites generated
// with a fixed seed: McNemar's exact p-value on the pass/fail outcomes, and
// the paired BCa bootstrap interval of a mean score within Monte Carlo error.

import { expect, it } from 'vitest';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareEvalSuites } from '../../shared/evals/compare.js';
import type { EvalCase, EvalSuite } from '../../shared/evals/suite.js';
import { Random } from '../../shared/stats/random.js';
import { describeOracle, python } from './oracle.js';

function generated(seed: number, n: number) {
  const r = new Random(seed);
  const u = () => r.nextUint32() / 4294967296;
  const passC: number[] = [], passB: number[] = [], scoreC: number[] = [], scoreB: number[] = [];
  for (let i = 0; i < n; i++) {
    const difficulty = u();
    passC.push(difficulty * 0.7 + u() * 0.3 < 0.55 ? 1 : 0);
    passB.push(difficulty * 0.7 + u() * 0.3 < 0.6 ? 1 : 0);
    scoreC.push(Number((difficulty * 3 + u() * 2).toFixed(3)));
    scoreB.push(Number((difficulty * 3 + u() * 2 + 0.1).toFixed(3)));
  }
  const side = (pass: number[], score: number[]): EvalSuite => ({
    file: 'g', sha256: '0', format: 'generic', notes: [],
    cases: pass.map((p, i): EvalCase => ({ id: `c${i}`, tags: {}, passed: new Map([['correct', p === 1]]), scores: new Map([['quality', score[i]!]]) })),
  });
  return { passC, passB, scoreC, scoreB, candidate: side(passC, scoreC), baseline: side(passB, scoreB) };
}

describeOracle('eval suites vs statsmodels and scipy', () => {
  const sizes = [80, 300];
  const data = sizes.map((n, k) => generated(20 + k, n));
  const resamples = 4000;
  const answers = python(data.map((d) => ({ kind: 'eval_pair', pass_c: d.passC, pass_b: d.passB, score_c: d.scoreC, score_b: d.scoreB, resamples })));

  it.each(sizes.map((n, k) => [n, k] as const))('n = %i: McNemar p and the BCa interval of the mean score', async (_n, k) => {
    const d = data[k]!;
    const theirs = answers[k];
    const policy = await loadPolicy('multiple_comparisons: none\nmetrics:\n  quality: { direction: higher, max_regression: 1 }\n  correct.pass_rate: { min: 0 }\n');
    const result = compareEvalSuites({ candidate: d.candidate, baseline: d.baseline, policy, options: { confidence: 0.95, resamples, seed: 9, file: 'g' } });
    const pass = result.rows.find((r) => r.name === 'correct.pass_rate' && !r.slice)!;
    expect(pass.details).toMatchObject({ fail_to_pass: theirs.fail_to_pass, pass_to_fail: theirs.pass_to_fail });
    expect(Math.abs(Number(pass.pValue) - theirs.mcnemar_p)).toBeLessThan(1e-12);
    const quality = result.rows.find((r) => r.name === 'quality' && !r.slice)!;
    expect(Number(quality.difference)).toBeCloseTo(theirs.diff, 12);
    // Two independent 4,000-resample runs: endpoints agree within 0.25 bootstrap s.d. (about 5 Monte Carlo s.e.).
    for (const j of [0, 1]) expect(Math.abs(Number(quality.interval![j]) - theirs.bca[j]), `BCa[${j}]`).toBeLessThan(0.25 * theirs.se);
  });
});
