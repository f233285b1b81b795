// Drift statistics against scipy (jensenshannon, wasserstein_distance,
// ks_2samp, chisquare, chi2.sf) and statsmodels (proportions_ztest), to
// 1e-9 relative on generated samples; PSI against Evidently's formula.
import { expect, it } from 'vitest';
import { chiSquareSf } from '../../shared/stats/gamma.js';
import { chiSquareTest, jensenShannonDistance, jensenShannonDivergence, ksExactPValue, ksStatistic, linfDistance, populationStd, psi, twoProportionZ, wassersteinDistance } from '../../shared/stats/drift.js';
import { kolmogorovSf, ksTwoSamplePValue, smirnovSf } from '../../shared/stats/kolmogorov.js';
import { Random } from '../../shared/stats/random.js';
import { close, describeOracle, python } from './oracle.js';

function sample(seed: number, n: number, shift: number, digits: number): number[] {
  const r = new Random(seed);
  return Array.from({ length: n }, () => {
    const u = r.nextUint32() / 4294967296;
    const v = r.nextUint32() / 4294967296;
    return Number((shift + Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v)).toFixed(digits));
  });
}

const CASES = [
  { name: 'shifted, continuous', ref: sample(1, 800, 0, 8), cur: sample(2, 600, 0.3, 8), refCounts: [10, 20, 30, 25, 15], curCounts: [5, 25, 30, 20, 20], z: [120, 1000, 90, 600] as const },
  { name: 'ties, an empty bin', ref: sample(3, 500, 0, 1), cur: sample(4, 700, 0, 1), refCounts: [0, 40, 60, 100, 3], curCounts: [7, 30, 90, 70, 0], z: [5, 50, 9, 70] as const },
  { name: 'identical', ref: sample(5, 300, 0, 3), cur: sample(5, 300, 0, 3), refCounts: [1, 2, 3], curCounts: [2, 4, 6], z: [10, 100, 20, 200] as const },
];

describeOracle('drift statistics vs scipy', () => {
  const chi2Cases: Array<[number, number]> = [[0.5, 1], [3.84, 1], [10, 4], [30, 9], [100, 50], [1e-3, 3], [500, 400]];
  // Size pairs for the exact KS p-value: equal, coprime, sharing a factor, very unequal.
  const ksPairs = (c: (typeof CASES)[number]) => [[c.ref.slice(0, 40), c.cur.slice(0, 40)], [c.ref.slice(0, 37), c.cur.slice(0, 53)], [c.ref.slice(0, 120), c.cur.slice(0, 80)], [c.ref.slice(0, 300), c.cur.slice(0, 7)], [c.ref, c.cur]];
  const answers = python(CASES.map((c) => ({ kind: 'drift', ref_counts: c.refCounts, cur_counts: c.curCounts, ref_values: c.ref, cur_values: c.cur, z: c.z, chi2_sf: chi2Cases, ks_pairs: ksPairs(c) })));
  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = CASES[i]!;
    const a = answers[i];
    const check = (name: string, ours: number, theirs: number) => expect(close(ours, theirs), `${name}: holdout ${ours}, reference ${theirs}`).toBe(true);
    check('psi', psi(c.refCounts, c.curCounts), a.psi);
    check('js distance', jensenShannonDistance(c.refCounts, c.curCounts), a.js_distance);
    check('js divergence log2', jensenShannonDivergence(c.refCounts, c.curCounts, 2), a.js_divergence_log2);
    check('linf', linfDistance(c.refCounts, c.curCounts), a.linf);
    check('wasserstein', wassersteinDistance(c.ref, c.cur), a.wasserstein);
    check('std', populationStd(c.ref), a.std);
    check('ks', ksStatistic(c.ref, c.cur), a.ks);
    const chi = chiSquareTest(c.refCounts, c.curCounts);
    if (Number.isFinite(chi.statistic)) {
      check('chi2 statistic', chi.statistic, a.chi2_stat);
      check('chi2 p', chi.pValue, a.chi2_p);
    } else expect(c.curCounts.some((v, k) => v > 0 && c.refCounts[k] === 0)).toBe(true);
    chi2Cases.forEach(([x, df], k) => check(`chi2.sf(${x}, ${df})`, chiSquareSf(x, df), a.chi2_sf[k]));
    ksPairs(c).forEach(([x, y], k) => check(`ks exact p (${x!.length}, ${y!.length})`, ksExactPValue(x!.length, y!.length, ksStatistic(x!, y!)), a.ks_exact_p[k]));
    const z = twoProportionZ(c.z[0], c.z[1], c.z[2], c.z[3]);
    check('z', z.statistic, a.z_stat);
    check('z p', z.pValue, a.z_p);
  });
});

describeOracle('Kolmogorov distribution vs scipy (kstwo.sf, smirnov, ks_2samp asymptotic)', () => {
  // (n, x) reaching each branch of scipy's _kolmogn: Ruben–Gambino ends, Durbin
  // matrix, Pomeranz, Pelz–Good, 2·smirnov (exact sum and n > 10⁶ approximation).
  const grid: Array<[number, number]> = [
    [5, 0.15], [5, 0.3], [10, 0.1], [10, 0.25], [10, 0.95], [50, 0.1], [50, 0.6], [100, 0.05], [100, 0.15], [140, 0.05],
    [141, 0.05], [1000, 0.02], [1000, 0.03], [1000, 0.05], [5000, 0.01], [30000, 0.004], [100000, 0.002], [100000, 0.005],
    [200000, 0.002], [200000, 0.005], [2000000, 0.001], [300, 0.002], [300, 0.0025],
  ];
  // Beyond 10,000 rows a side ks_2samp turns asymptotic: kstwo.sf(D, round(m·n/(m + n))).
  const samples: Array<[number[], number[]]> = [
    [sample(11, 12000, 0, 6), sample(12, 15000, 0.02, 6)],
    [sample(13, 20000, 0, 6), sample(14, 60, 0.3, 6)],
    [sample(15, 10001, 0, 2), sample(16, 10001, 0, 2)],
  ];
  const [answer] = python([{ kind: 'kolmogorov', kstwo: grid, samples }]);
  it.each(grid.map(([n, x], i) => [n, x, i] as const))('kstwo.sf(%d, %d)', (n, x, i) => {
    const theirs = answer.kstwo_sf[i];
    expect(close(kolmogorovSf(n, x), theirs, 1e-11), `holdout ${kolmogorovSf(n, x)}, scipy ${theirs}`).toBe(true);
    expect(close(smirnovSf(n, x), answer.smirnov[i], 1e-11)).toBe(true);
  });
  it.each(samples.map(([a, b], i) => [a.length, b.length, i] as const))('ks_2samp p-value, %d vs %d rows', (_m, _n, i) => {
    const [a, b] = samples[i]!;
    const d = ksStatistic(a, b);
    const [statistic, pValue] = answer.ks_2samp[i];
    expect(close(d, statistic)).toBe(true);
    const ours = ksTwoSamplePValue(a.length, b.length, d);
    expect(ours.method).toBe('asymptotic');
    expect(close(ours.pValue, pValue, 1e-11), `holdout ${ours.pValue}, scipy ${pValue}`).toBe(true);
  });
});
