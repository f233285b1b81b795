// Noise-aware comparison of one metric on paired predictions: DeLong for
// ROC AUC, McNemar for accuracy, the paired bootstrap for everything else.
// Each gives the difference (candidate − baseline), a two-sided interval, a
// p-value and one-sided bounds for non-inferiority.

import type { TaskData } from '../metrics/predictions.js';
import { prepareMetric } from '../metrics/registry.js';
import { bootstrapBound, pairedBootstrap } from '../stats/bootstrap.js';
import { pairedDeLong } from '../stats/delong.js';
import { normalQuantile } from '../stats/distributions.js';
import { mcnemar } from '../stats/mcnemar.js';
import type { TestMethod } from '../vocabulary/comparison.js';

export interface PairedStatistics {
  candidate: number | undefined;
  baseline: number | undefined;
  /** Two-sided interval of candidate − baseline at the run's confidence. */
  interval?: [number, number];
  pValue?: number;
  method: TestMethod;
  /** One-sided bound of candidate − baseline at level 1 − alpha ('lower' or 'upper'). */
  bound?: (alpha: number, side: 'lower' | 'upper') => number;
  /** Why the metric could not be computed, when it could not. */
  unavailable?: string;
  /** Extra facts for the record (discordant pairs, resamples, …). */
  details?: Record<string, number | string>;
}

export interface PairedOptions {
  confidence: number;
  resamples: number;
  seed: number;
}

/** The two-sided normal interval of a difference with standard error `sd`. */
export function normalInterval(difference: number, sd: number, confidence: number): [number, number] {
  const z = -normalQuantile((1 - confidence) / 2);
  return [difference - z * sd, difference + z * sd];
}

/** One-sided normal bounds of a difference with standard error `sd`, at any α. */
export function normalBound(difference: number, sd: number) {
  return (alpha: number, side: 'lower' | 'upper') => {
    const z = -normalQuantile(alpha);
    return side === 'lower' ? difference - z * sd : difference + z * sd;
  };
}

export function comparePaired(name: string, candidate: TaskData, baseline: TaskData, options: PairedOptions): PairedStatistics {
  const c = prepareMetric(candidate, name);
  const b = prepareMetric(baseline, name);
  if ('unavailable' in c || 'unavailable' in b) {
    const reason = 'unavailable' in c ? c.unavailable : (b as { unavailable: string }).unavailable;
    return { candidate: 'metric' in c ? c.metric.evaluate() : undefined, baseline: 'metric' in b ? b.metric.evaluate() : undefined, method: 'none', unavailable: reason };
  }
  const candidateValue = c.metric.evaluate();
  const baselineValue = b.metric.evaluate();
  if (candidateValue === undefined || baselineValue === undefined) return { candidate: candidateValue, baseline: baselineValue, method: 'none' };

  if (name === 'roc_auc' && candidate.task === 'binary' && baseline.task === 'binary') {
    const test = pairedDeLong(candidate.data.y, candidate.data.score!, baseline.data.score!);
    if (test) {
      const sd = Math.sqrt(test.differenceVariance);
      return {
        candidate: candidateValue, baseline: baselineValue, method: 'delong', pValue: test.pValue,
        interval: normalInterval(test.difference, sd, options.confidence), bound: normalBound(test.difference, sd),
        details: { z: test.z },
      };
    }
  }
  // DeLong's variance needs two positives and two negatives; with fewer, ROC AUC falls back to the bootstrap, and the row says so.
  const fallback = name === 'roc_auc' && candidate.task === 'binary' ? 'DeLong needs at least 2 positives and 2 negatives; the paired bootstrap was used instead' : undefined;
  if (name === 'accuracy' && candidate.task !== 'regression' && baseline.task !== 'regression') {
    const n = candidate.data.y.length;
    let candidateOnly = 0;
    let baselineOnly = 0;
    for (let i = 0; i < n; i++) {
      const cRight = candidate.data.pred[i] === candidate.data.y[i];
      const bRight = baseline.data.pred[i] === baseline.data.y[i];
      if (cRight && !bRight) candidateOnly++;
      else if (bRight && !cRight) baselineOnly++;
    }
    const test = mcnemar(candidateOnly, baselineOnly, n);
    return {
      candidate: candidateValue, baseline: baselineValue, method: test.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-asymptotic', pValue: test.pValue,
      interval: normalInterval(test.interval.center, test.interval.standardError, options.confidence), bound: normalBound(test.interval.center, test.interval.standardError),
      details: { candidate_only_correct: candidateOnly, baseline_only_correct: baselineOnly, statistic: test.statistic },
    };
  }
  const strata = candidate.task === 'regression' ? undefined : candidate.data.y;
  const boot = pairedBootstrap({ candidate: c.metric, baseline: b.metric, n: candidate.data.y.length, strata, resamples: options.resamples, seed: options.seed, confidence: options.confidence });
  if (!boot) return { candidate: candidateValue, baseline: baselineValue, method: 'none', unavailable: fallback ? `${fallback}, and it had too few defined resamples` : 'the bootstrap had too few defined resamples' };
  return {
    candidate: candidateValue,
    baseline: baselineValue,
    method: boot.bca ? 'bootstrap-bca' : 'bootstrap-percentile',
    pValue: boot.pValue,
    interval: boot.bca ?? boot.percentile,
    bound: (alpha, side) => bootstrapBound(boot, side === 'lower' ? alpha : 1 - alpha),
    details: { resamples: options.resamples, undefined_resamples: boot.undefinedResamples, seed: options.seed, stratified: strata ? 'by class' : 'no', ...(fallback ? { fallback } : {}) },
  };
}

