// McNemar's test for paired accuracy: exact (two-sided binomial, as
// statsmodels' mcnemar(exact=True)) up to EXACT_LIMIT discordant pairs, the
// χ² statistic with continuity correction beyond it (statsmodels'
// exact=False, correction=True). The interval is the Wald interval of the
// paired difference in accuracy.

import { binomialHalfCdf, chiSquare1Sf } from './distributions.js';

/** Past this many discordant pairs the asymptotic test is used. */
export const MCNEMAR_EXACT_LIMIT = 10_000;

export interface McNemarResult {
  /** Rows the candidate gets right and the baseline wrong. */
  candidateOnly: number;
  /** Rows the baseline gets right and the candidate wrong. */
  baselineOnly: number;
  n: number;
  /** Candidate accuracy minus baseline accuracy. */
  difference: number;
  /** Standard error of the difference (Wald, paired). */
  standardError: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
  statistic: number;
}

export function mcnemar(candidateOnly: number, baselineOnly: number, n: number): McNemarResult {
  const discordant = candidateOnly + baselineOnly;
  const difference = (candidateOnly - baselineOnly) / n;
  const standardError = Math.sqrt(Math.max(0, discordant - ((candidateOnly - baselineOnly) ** 2) / n)) / n;
  if (discordant <= MCNEMAR_EXACT_LIMIT) {
    const statistic = Math.min(candidateOnly, baselineOnly);
    const pValue = discordant === 0 ? 1 : Math.min(1, 2 * binomialHalfCdf(statistic, discordant));
    return { candidateOnly, baselineOnly, n, difference, standardError, pValue, method: 'exact', statistic };
  }
  const statistic = (Math.abs(candidateOnly - baselineOnly) - 1) ** 2 / discordant;
  return { candidateOnly, baselineOnly, n, difference, standardError, pValue: chiSquare1Sf(statistic), method: 'asymptotic', statistic };
}
