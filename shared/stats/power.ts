// What margin a non-inferiority test can show with this sample. With equal
// models the estimate of the difference is centred on 0 with standard error
// SE, and the gate passes when the one-sided lower bound, estimate − z₁₋α·SE,
// clears −margin: the chance it does not is Φ(z₁₋α − margin/SE). A margin is
// "showable" at power 1 − β when that false-failure rate is at most β, i.e.
// margin ≥ (z₁₋α + z₁₋β)·SE. With β = α the gate fails an equal candidate at
// most at its α (3.29·SE at α = 0.05).

import { normalCdf, normalQuantile } from './distributions.js';

/** The chance that a non-inferiority test at `alpha` fails a candidate exactly as good as the baseline. */
export function equalCandidateFailureRate(margin: number, standardError: number, alpha: number): number {
  if (!(standardError > 0)) return margin > 0 ? 0 : 1;
  return normalCdf(-normalQuantile(alpha) - margin / standardError);
}

/** The smallest margin a non-inferiority test at `alpha` shows for an equal candidate with probability `power`. */
export function smallestShowableMargin(standardError: number, alpha: number, power: number): number {
  return (-normalQuantile(alpha) + normalQuantile(power)) * standardError;
}

/** The standard error a normal two-sided interval at `confidence` implies. */
export function standardErrorOfInterval(interval: readonly [number, number], confidence: number): number {
  return (interval[1] - interval[0]) / (2 * -normalQuantile((1 - confidence) / 2));
}
