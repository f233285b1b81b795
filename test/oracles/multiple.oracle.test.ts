// Adjusted p-values (Holm, Benjamini–Hochberg) against statsmodels'
// multipletests, on families generated with a fixed seed: small and large,
// with ties, with p-values at 0 and 1, and mostly-null families.

import { expect, it } from 'vitest';
import { adjustPValues } from '../../shared/stats/multiple.js';
import { Random } from '../../shared/stats/random.js';
import { describeOracle, python } from './oracle.js';

function family(seed: number, m: number, signal: number): number[] {
  const r = new Random(seed);
  return Array.from({ length: m }, () => {
    const u = r.nextUint32() / 4294967296;
    // Some tests carry signal (small p), the rest are uniform under the null; round some to force ties.
    const p = u < signal ? u / 100 : u;
    return r.nextUint32() % 4 === 0 ? Number(p.toFixed(2)) : p;
  });
}

const families = [
  [0.01, 0.04, 0.03, 0.2],
  [0, 1, 0.5, 0.5, 0.049],
  family(1, 20, 0.2),
  family(2, 40, 0.05),
  family(3, 200, 0.5),
  [0.3],
];

describeOracle('adjusted p-values vs statsmodels multipletests', () => {
  const answers = python(families.map((p) => ({ kind: 'multipletests', p })));
  it.each(families.map((p, i) => [i, p.length] as const))('family %i (%i tests): Holm and BH match to 1e-12', (i) => {
    const p = families[i]!;
    const holm = adjustPValues(p, 'holm');
    const bh = adjustPValues(p, 'bh');
    answers[i].holm.forEach((v: number, k: number) => expect(Math.abs(holm[k]! - v), `holm[${k}]`).toBeLessThan(1e-12));
    answers[i].fdr_bh.forEach((v: number, k: number) => expect(Math.abs(bh[k]! - v), `bh[${k}]`).toBeLessThan(1e-12));
  });

  it('tests not run stay unadjusted and do not count towards the family', () => {
    expect(adjustPValues([0.01, undefined, 0.02], 'holm')).toEqual([0.02, undefined, 0.02]);
    expect(adjustPValues([0.01, undefined, 0.04], 'none')).toEqual([0.01, undefined, 0.04]);
  });
});
