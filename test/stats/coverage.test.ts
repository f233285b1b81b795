// Do the reported 95 % intervals cover at 95 %? A simulation with a known true
// difference: 300 datasets per scenario at n = 80 and n = 300, for model
// metrics (accuracy by McNemar with Agresti–Min's interval, ROC AUC by
// DeLong, average precision by the paired bootstrap) and for eval suites
// (pass rate by McNemar, a mean score by the bootstrap over cases). Coverage
// must be within 3 Monte Carlo standard errors of 0.95; and the
// non-inferiority gate passes a candidate worse by exactly the margin at most
// at its α (within 3 s.e.).

import { describe, expect, it } from 'vitest';
import { comparePaired } from '../../shared/compare/paired.js';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareEvalSuites } from '../../shared/evals/compare.js';
import type { EvalCase, EvalSuite } from '../../shared/evals/suite.js';
import { BINARY_METRICS } from '../../shared/metrics/binary.js';
import type { TaskData } from '../../shared/metrics/predictions.js';
import { Random } from '../../shared/stats/random.js';

const DATASETS = 300;
const LEVEL = 0.95;
const mcse = Math.sqrt((LEVEL * (1 - LEVEL)) / DATASETS);

/** A binary task: shared difficulty makes the two models' errors correlated, as real models' are. */
function binary(r: Random, n: number) {
  const u = () => r.nextUint32() / 4294967296;
  const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n), pa = new Uint8Array(n), pb = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = u() < 0.4 ? 1 : 0;
    const shared = u();
    a[i] = 0.35 * y[i]! + 0.5 * shared + 0.5 * u();
    b[i] = 0.3 * y[i]! + 0.5 * shared + 0.5 * u();
    pa[i] = a[i]! > 0.6 ? 1 : 0;
    pb[i] = b[i]! > 0.6 ? 1 : 0;
  }
  return { y, a, b, pa, pb };
}

const task = (y: Uint8Array, pred: Uint8Array, score: Float64Array): TaskData => ({ task: 'binary', posLabel: '1', probabilities: true, data: { y, pred, score } });

describe('interval coverage with a known true difference', () => {
  const population = binary(new Random(1), 400_000);
  const truth = (metric: string) =>
    BINARY_METRICS[metric]!.prepare({ y: population.y, pred: population.pa, score: population.a }).evaluate()! -
    BINARY_METRICS[metric]!.prepare({ y: population.y, pred: population.pb, score: population.b }).evaluate()!;

  for (const metric of ['accuracy', 'roc_auc', 'average_precision']) {
    for (const n of [80, 300]) {
      it(`${metric}, n = ${n}`, () => {
        const target = truth(metric);
        const r = new Random(n * 7 + metric.length);
        let covered = 0;
        for (let t = 0; t < DATASETS; t++) {
          const d = binary(r, n);
          const stats = comparePaired(metric, task(d.y, d.pa, d.a), task(d.y, d.pb, d.b), { confidence: LEVEL, resamples: 500, seed: t });
          if (stats.interval && stats.interval[0] <= target && target <= stats.interval[1]) covered++;
        }
        const coverage = covered / DATASETS;
        console.log(`coverage ${metric} n=${n}: ${coverage.toFixed(3)} (Monte Carlo s.e. ${mcse.toFixed(3)})`);
        expect(Math.abs(coverage - LEVEL), `${metric} n=${n}: coverage ${coverage}`).toBeLessThan(3 * mcse);
      }, 120_000);
    }
  }
});

/** Two runs of a suite of n cases; the candidate passes with probability pC, the baseline pB (true difference pC − pB), scores shifted by `shift`. */
function suites(r: Random, n: number, pC: number, pB: number, shift: number) {
  const u = () => r.nextUint32() / 4294967296;
  const c: EvalCase[] = [];
  const b: EvalCase[] = [];
  for (let i = 0; i < n; i++) {
    const ease = u();
    // Passing is driven by one uniform per side mixed with a shared one, keeping each side's rate exactly pC / pB.
    const shared = u() < 0.5;
    const uc = shared ? ease : u();
    const ub = shared ? ease : u();
    const score = 5 * ease;
    c.push({ id: `q${i}`, tags: {}, passed: new Map([['ok', uc < pC]]), scores: new Map([['quality', score + shift + (u() - 0.5)]]) });
    b.push({ id: `q${i}`, tags: {}, passed: new Map([['ok', ub < pB]]), scores: new Map([['quality', score + (u() - 0.5)]]) });
  }
  const suite = (cases: EvalCase[]): EvalSuite => ({ file: 's', sha256: '0', format: 'generic', cases, notes: [] });
  return { candidate: suite(c), baseline: suite(b) };
}

describe('eval suites: coverage and the non-inferiority gate', () => {
  for (const n of [80, 300]) {
    it(`pass rate and mean score, n = ${n}`, async () => {
      const policy = await loadPolicy('multiple_comparisons: none\n');
      const r = new Random(n);
      let passCovered = 0;
      let scoreCovered = 0;
      for (let t = 0; t < DATASETS; t++) {
        const { candidate, baseline } = suites(r, n, 0.7, 0.65, -0.1);
        const result = compareEvalSuites({ candidate, baseline, policy, options: { confidence: LEVEL, resamples: 500, seed: t, file: 's' } });
        const pass = result.rows.find((row) => row.name === 'ok.pass_rate')!;
        const quality = result.rows.find((row) => row.name === 'quality')!;
        if (pass.interval && pass.interval[0] <= 0.05 && 0.05 <= pass.interval[1]) passCovered++;
        if (quality.interval && quality.interval[0] <= -0.1 && -0.1 <= quality.interval[1]) scoreCovered++;
      }
      console.log(`coverage evals n=${n}: pass rate ${(passCovered / DATASETS).toFixed(3)}, mean score ${(scoreCovered / DATASETS).toFixed(3)}`);
      expect(Math.abs(passCovered / DATASETS - LEVEL), `pass rate coverage ${passCovered / DATASETS}`).toBeLessThan(3 * mcse);
      expect(Math.abs(scoreCovered / DATASETS - LEVEL), `score coverage ${scoreCovered / DATASETS}`).toBeLessThan(3 * mcse);
    }, 120_000);
  }

  it('a candidate worse by exactly the margin passes non-inferiority at most at α (n = 300)', async () => {
    const policy = await loadPolicy('metrics:\n  ok.pass_rate: { non_inferiority: { margin: 0.1, alpha: 0.05 } }\n');
    const r = new Random(77);
    let passed = 0;
    for (let t = 0; t < DATASETS; t++) {
      const { candidate, baseline } = suites(r, 300, 0.6, 0.7, 0);
      const result = compareEvalSuites({ candidate, baseline, policy, options: { confidence: LEVEL, resamples: 200, seed: t, file: 's' } });
      if (result.checks.find((c) => c.rule === 'non_inferiority')!.status === 'pass') passed++;
    }
    const rate = passed / DATASETS;
    console.log(`non-inferiority at the margin: passes ${rate.toFixed(3)} of equal-to-margin candidates (α 0.05)`);
    expect(rate, `false pass rate ${rate}`).toBeLessThan(0.05 + 3 * Math.sqrt((0.05 * 0.95) / DATASETS));
  }, 120_000);
});
