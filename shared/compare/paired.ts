// Noise-aware comparison of one metric on paired predictions: DeLong for
// ROC AUC, McNemar for accuracy, the paired bootstrap for everything else.
// Each gives the difference (candidate − baseline), a two-sided interval, a
// p-value and one-sided bounds for non-inferiority. A large bootstrap draws
// its resamples on every core (BootstrapThreads): each thread rebuilds the
// metrics from the task data and claims blocks of resamples, which come out
// the same whichever thread draws them.

import type { TaskData } from '../metrics/predictions.js';
import { prepareMetric } from '../metrics/registry.js';
import { allDrawn, bootstrapBound, claimBlock, drawBlock, pairedBootstrap, resampler, sharedResamples, type PairedBootstrapResult, type SharedResamples, type WeightedStatistic } from '../stats/bootstrap.js';
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

/** What another thread needs to draw a bootstrap's resamples: the metric, the task data it is rebuilt from, the shared resamples. */
export interface BootstrapBlocksInput {
  name: string;
  candidate: TaskData;
  baseline: TaskData;
  seed: number;
  shared: SharedResamples;
}

/** Other threads for a bootstrap: `workers` threads run at once, this one included; run draws blocks in another (drawBootstrapBlocks there). */
export interface BootstrapThreads {
  readonly workers: number;
  run(input: BootstrapBlocksInput): Promise<unknown>;
}

/**
 * Below this many rows × resamples a bootstrap runs in this thread alone: about 0.3 s of work (ROC
 * AUC, both models), where starting a thread and loading the engine there costs about 0.1 s of CPU.
 */
export const THREADS_FROM_ROW_RESAMPLES = 50_000_000;

/** The bootstrap's strata: the class, except in regression. */
const strataOf = (data: TaskData) => (data.task === 'regression' ? undefined : data.data.y);

/**
 * In another thread: rebuilds the metric on both sides' data and draws the blocks it claims until
 * none is left. Returns how many it drew.
 */
export function drawBootstrapBlocks(input: BootstrapBlocksInput): number {
  let block = claimBlock(input.shared);
  if (block === undefined) return 0;
  const c = prepareMetric(input.candidate, input.name);
  const b = prepareMetric(input.baseline, input.name);
  if (!('metric' in c) || !('metric' in b)) throw new Error(`bootstrap thread: metric ${input.name} is unavailable`);
  const draw = resampler({ candidate: c.metric, baseline: b.metric, n: input.candidate.data.y.length, strata: strataOf(input.candidate), seed: input.seed });
  let drawn = 0;
  for (; block !== undefined; block = claimBlock(input.shared), drawn++) drawBlock(draw, input.shared, block);
  return drawn;
}

/** The other threads of a bootstrap: the resamples they share with this one, and their runs. */
interface Helpers {
  shared: SharedResamples;
  running: Promise<unknown>[];
}

/**
 * Starts the other threads when the bootstrap is large enough to be worth them (undefined: it runs
 * in this thread alone). They start before this thread prepares the metric, which each prepares too.
 */
async function startHelpers(name: string, candidate: TaskData, baseline: TaskData, options: PairedOptions, threads: BootstrapThreads | undefined): Promise<Helpers | undefined> {
  if (!threads || threads.workers < 2 || candidate.data.y.length * options.resamples < THREADS_FROM_ROW_RESAMPLES) return undefined;
  const shared = sharedResamples(options.resamples);
  const running = Array.from({ length: threads.workers - 1 }, () => threads.run({ name, candidate, baseline, seed: options.seed, shared }));
  // A helper that fails before claiming a block costs nothing: this thread draws the rest. One that claimed a block is awaited (drawnWith).
  for (const helper of running) helper.catch(() => undefined);
  // A turn of the event loop, so that the threads are started before this one prepares the metric.
  await new Promise((resolve) => setImmediate(resolve));
  return { shared, running };
}

/** The helpers are not needed after all (no bootstrap): every block is claimed, so that they draw nothing. */
function callOff(helpers: Helpers | undefined): void {
  if (helpers) Atomics.store(helpers.shared.blocks, 0, helpers.shared.blocks.length - 1);
}

/** The differences of every resample, drawn in this thread and by the helpers. */
async function drawnWith(helpers: Helpers, metrics: PendingBootstrap['bootstrap'], candidate: TaskData, options: PairedOptions): Promise<Float64Array> {
  const { shared } = helpers;
  const draw = resampler({ ...metrics, n: candidate.data.y.length, strata: strataOf(candidate), seed: options.seed });
  for (let block = claimBlock(shared); block !== undefined; block = claimBlock(shared)) {
    // Between blocks the event loop turns, so that threads still starting get started while this one draws.
    await new Promise((resolve) => setImmediate(resolve));
    drawBlock(draw, shared, block);
  }
  if (!allDrawn(shared)) await Promise.all(helpers.running);
  if (!allDrawn(shared)) throw new Error('bootstrap threads finished with resamples left undrawn');
  return shared.differences;
}

/** The comparison in this thread alone. */
export function comparePaired(name: string, candidate: TaskData, baseline: TaskData, options: PairedOptions): PairedStatistics {
  const test = pairedTest(name, candidate, baseline, options);
  return 'bootstrap' in test ? test.finish(undefined) : test;
}

/** The comparison with a large bootstrap's resamples drawn on `threads` too: the same numbers as comparePaired. */
export async function comparePairedOnThreads(name: string, candidate: TaskData, baseline: TaskData, options: PairedOptions, threads: BootstrapThreads | undefined): Promise<PairedStatistics> {
  const helpers = testOf(name, candidate, baseline) === 'bootstrap' ? await startHelpers(name, candidate, baseline, options, threads) : undefined;
  const test = pairedTest(name, candidate, baseline, options);
  if (!('bootstrap' in test) || !helpers) {
    callOff(helpers);
    return 'bootstrap' in test ? test.finish(undefined) : test;
  }
  return test.finish(await drawnWith(helpers, test.bootstrap, candidate, options));
}

/**
 * The paired bootstrap of a metric as compare-metrics runs it, large ones on `threads` too (the
 * same numbers with or without them); undefined where the metric is unavailable or undefined.
 */
export async function pairedBootstrapOnThreads(name: string, candidate: TaskData, baseline: TaskData, options: PairedOptions, threads: BootstrapThreads | undefined): Promise<PairedBootstrapResult | undefined> {
  const helpers = await startHelpers(name, candidate, baseline, options, threads);
  const c = prepareMetric(candidate, name);
  const b = prepareMetric(baseline, name);
  if (!('metric' in c) || !('metric' in b)) {
    callOff(helpers);
    return undefined;
  }
  const metrics = { candidate: c.metric, baseline: b.metric };
  return bootstrapOf(metrics, candidate, options, helpers && (await drawnWith(helpers, metrics, candidate, options)));
}

function bootstrapOf(metrics: PendingBootstrap['bootstrap'], candidate: TaskData, options: PairedOptions, drawn: Float64Array | undefined): PairedBootstrapResult | undefined {
  const input = { ...metrics, n: candidate.data.y.length, strata: strataOf(candidate), resamples: options.resamples, seed: options.seed, confidence: options.confidence };
  return pairedBootstrap(input, drawn);
}

/** The test a metric gets: DeLong for binary ROC AUC (the bootstrap where it is degenerate), McNemar for classification accuracy, else the paired bootstrap. */
function testOf(name: string, candidate: TaskData, baseline: TaskData): 'delong' | 'mcnemar' | 'bootstrap' {
  if (name === 'roc_auc' && candidate.task === 'binary' && baseline.task === 'binary') return 'delong';
  if (name === 'accuracy' && candidate.task !== 'regression' && baseline.task !== 'regression') return 'mcnemar';
  return 'bootstrap';
}

/** A paired bootstrap to run: its metrics, and the statistics from its resamples' differences (undefined: drawn in this thread). */
interface PendingBootstrap {
  bootstrap: { candidate: WeightedStatistic; baseline: WeightedStatistic };
  finish(drawn: Float64Array | undefined): PairedStatistics;
}

/** The test a metric gets: its statistics at once, or a bootstrap still to draw. */
function pairedTest(name: string, candidate: TaskData, baseline: TaskData, options: PairedOptions): PairedStatistics | PendingBootstrap {
  const c = prepareMetric(candidate, name);
  const b = prepareMetric(baseline, name);
  if ('unavailable' in c || 'unavailable' in b) {
    const reason = 'unavailable' in c ? c.unavailable : (b as { unavailable: string }).unavailable;
    return { candidate: 'metric' in c ? c.metric.evaluate() : undefined, baseline: 'metric' in b ? b.metric.evaluate() : undefined, method: 'none', unavailable: reason };
  }
  const candidateValue = c.metric.evaluate();
  const baselineValue = b.metric.evaluate();
  if (candidateValue === undefined || baselineValue === undefined) return { candidate: candidateValue, baseline: baselineValue, method: 'none' };

  const kind = testOf(name, candidate, baseline);
  if (kind === 'delong' && candidate.task === 'binary' && baseline.task === 'binary') {
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
  if (kind === 'mcnemar' && candidate.task !== 'regression' && baseline.task !== 'regression') {
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
  const strata = strataOf(candidate);
  const metrics = { candidate: c.metric, baseline: b.metric };
  const finish = (drawn: Float64Array | undefined): PairedStatistics => {
    const boot = bootstrapOf(metrics, candidate, options, drawn);
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
  };
  return { bootstrap: metrics, finish };
}

