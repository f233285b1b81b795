// Tests and distributions against their references: DeLong vs R pROC
// (roc.test, var, ci.auc), McNemar vs statsmodels, the normal and binomial
// distributions vs scipy — to 1e-9 relative — and the paired bootstrap vs
// scipy.stats.bootstrap(paired=True) within Monte Carlo error.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BINARY_METRICS } from '../../shared/metrics/binary.js';
import { pairedBootstrap } from '../../shared/stats/bootstrap.js';
import { pairedDeLong } from '../../shared/stats/delong.js';
import { binomialHalfCdf, chiSquare1Sf, normalCdf, normalQuantile, normalSf } from '../../shared/stats/distributions.js';
import { mcnemar } from '../../shared/stats/mcnemar.js';
import { Random } from '../../shared/stats/random.js';
import { tempDir } from '../helpers.js';
import { close, describeOracle, pROC, python, writeCsv } from './oracle.js';

const uniform = (r: Random) => r.nextUint32() / 4294967296;

function scored(seed: number, n: number, rate: number, digits: number, signalA: number, signalB: number) {
  const r = new Random(seed);
  const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = uniform(r) < rate ? 1 : 0;
    const shared = uniform(r);
    a[i] = Number((signalA * y[i]! + 0.5 * shared + 0.5 * uniform(r)).toFixed(digits));
    b[i] = Number((signalB * y[i]! + 0.5 * shared + 0.5 * uniform(r)).toFixed(digits));
  }
  return { y, a, b };
}

describeOracle('DeLong vs pROC', () => {
  const cases = {
    'continuous, balanced': scored(1, 800, 0.5, 10, 0.4, 0.3),
    'ties (2 digits), imbalanced 10%': scored(2, 1500, 0.1, 2, 0.5, 0.45),
    'heavy ties (1 digit)': scored(3, 400, 0.3, 1, 0.3, 0.3),
    'highly correlated models': scored(4, 1000, 0.4, 6, 0.35, 0.34),
  };
  it.each(Object.entries(cases))('%s', async (_name, { y, a, b }) => {
    const file = join(await tempDir(), 'd.csv');
    writeCsv(file, { y, a, b });
    const [aucA, aucB, varA, varB, z, p, ciLow, ciHigh] = pROC(file);
    const ours = pairedDeLong(y, a, b)!;
    expect(close(ours.auc[0], aucA!)).toBe(true);
    expect(close(ours.auc[1], aucB!)).toBe(true);
    expect(close(ours.variance[0], varA!)).toBe(true);
    expect(close(ours.variance[1], varB!)).toBe(true);
    expect(close(ours.z, z!, 1e-8), `z ${ours.z} vs ${z}`).toBe(true);
    expect(close(ours.pValue, p!, 1e-8), `p ${ours.pValue} vs ${p}`).toBe(true);
    const half = -normalQuantile(0.025) * Math.sqrt(ours.variance[0]);
    expect(close(Math.max(0, ours.auc[0] - half), ciLow!)).toBe(true);
    expect(close(Math.min(1, ours.auc[0] + half), ciHigh!)).toBe(true);
  });
});

describeOracle('McNemar vs statsmodels', () => {
  const cases: Array<[number, number]> = [[0, 0], [3, 0], [10, 4], [25, 25], [60, 40], [500, 440], [4000, 3900], [7000, 6000]];
  const answers = python(cases.map(([c, b]) => ({ kind: 'mcnemar', candidate_only: c, baseline_only: b })));
  it.each(cases.map((c, i) => [c, i] as const))('%j', ([c, b], i) => {
    const result = mcnemar(c, b, 20000);
    const exact = answers[i];
    if (c + b <= 10000) {
      expect(result.method).toBe('exact');
      expect(close(result.pValue, exact.exact_p), `${result.pValue} vs ${exact.exact_p}`).toBe(true);
      expect(result.statistic).toBe(exact.exact_stat);
    }
  });
  it('uses the continuity-corrected χ² past the exact limit, matching statsmodels', () => {
    const [answer] = python([{ kind: 'mcnemar', candidate_only: 8000, baseline_only: 7600 }]);
    const result = mcnemar(8000, 7600, 50000);
    expect(result.method).toBe('asymptotic');
    expect(close(result.statistic, answer.asymptotic_stat)).toBe(true);
    expect(close(result.pValue, answer.asymptotic_p, 1e-8)).toBe(true);
  });
});

describeOracle('distributions vs scipy', () => {
  const x = [-40, -12.5, -8, -5, -3.2, -1.96, -1, -0.3, 0, 0.1, 1.5, 2.9, 3.0001, 6, 9, 20];
  const q = [1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.2, 0.5, 0.7, 0.975, 0.999999];
  const binom: Array<[number, number]> = [[0, 1], [0, 10], [3, 10], [5, 10], [12, 40], [480, 1000], [4900, 10000], [2, 9999]];
  const chi2 = [0.001, 0.5, 3.84, 10, 50, 200];
  const [answer] = python([{ kind: 'distributions', x, q, binom, chi2 }]);
  it('normal cdf, sf and quantile', () => {
    x.forEach((v, i) => {
      expect(close(normalCdf(v), answer.norm_cdf[i]), `cdf(${v})`).toBe(true);
      expect(close(normalSf(v), answer.norm_sf[i]), `sf(${v}) ${normalSf(v)} vs ${answer.norm_sf[i]}`).toBe(true);
    });
    q.forEach((p, i) => expect(close(normalQuantile(p), answer.norm_ppf[i]), `ppf(${p}) ${normalQuantile(p)} vs ${answer.norm_ppf[i]}`).toBe(true));
  });
  it('binomial(n, 1/2) cdf and χ²₁ survival', () => {
    binom.forEach(([k, n], i) => expect(close(binomialHalfCdf(k, n), answer.binom_cdf[i]), `binom(${k}, ${n})`).toBe(true));
    chi2.forEach((v, i) => expect(close(chiSquare1Sf(v), answer.chi2_sf[i]), `chi2(${v})`).toBe(true));
  });
});

describeOracle('paired bootstrap vs scipy.stats.bootstrap(paired=True)', () => {
  const resamples = 2000;
  const cases = [
    ['roc_auc', scored(31, 600, 0.3, 3, 0.3, 0.25)],
    ['log_loss', (() => { const d = scored(32, 600, 0.4, 4, 0.3, 0.2); return { y: d.y, a: d.a.map((v) => Math.min(0.99, v / 1.4)), b: d.b.map((v) => Math.min(0.99, v / 1.4)) }; })()],
    ['brier', (() => { const d = scored(33, 500, 0.5, 4, 0.2, 0.25); return { y: d.y, a: d.a.map((v) => v / 1.3), b: d.b.map((v) => v / 1.3) }; })()],
  ] as const;
  const answers = python(cases.map(([metric, d]) => ({ kind: 'bootstrap', metric, y: [...d.y], a: [...d.a], b: [...d.b], resamples, confidence: 0.95, seed: 7 })));
  it.each(cases.map(([metric], i) => [metric, i] as const))('%s: BCa and percentile intervals agree within Monte Carlo error', (metric, i) => {
    const { y, a, b } = cases[i]![1];
    const def = BINARY_METRICS[metric]!;
    const result = pairedBootstrap({ candidate: def.prepare({ y, pred: y, score: a }), baseline: def.prepare({ y, pred: y, score: b }), n: y.length, resamples, seed: 7, confidence: 0.95 })!;
    const theirs = answers[i];
    expect(close(result.estimate, theirs.estimate)).toBe(true);
    // Two independent 2,000-resample runs: an endpoint's Monte Carlo s.e. is about
    // 0.06 bootstrap s.d., so their difference stays within 0.35 s.d. (4 s.e.).
    const tolerance = 0.35 * theirs.standard_error;
    expect(Math.abs(result.standardError - theirs.standard_error)).toBeLessThan(0.1 * theirs.standard_error);
    for (const k of [0, 1]) {
      expect(Math.abs(result.bca![k]! - theirs.BCa[k]), `BCa[${k}] ${result.bca![k]} vs ${theirs.BCa[k]}`).toBeLessThan(tolerance);
      expect(Math.abs(result.percentile[k]! - theirs.percentile[k]), `percentile[${k}]`).toBeLessThan(tolerance);
    }
  });
});
