// A large paired bootstrap draws its resamples on other threads too
// (comparePairedOnThreads): the other threads rebuild the metric from the
// task data and claim blocks of resamples in shared memory. Whatever thread
// draws which block, the comparison must be the one comparePaired gives in
// one thread, bit for bit; a small bootstrap starts no thread.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparePaired, comparePairedOnThreads, drawBootstrapBlocks, THREADS_FROM_ROW_RESAMPLES, type BootstrapBlocksInput, type BootstrapThreads, type PairedStatistics } from '../../shared/compare/paired.js';
import type { TaskData } from '../../shared/metrics/predictions.js';
import { prepareMetric } from '../../shared/metrics/registry.js';
import { allDrawn, pairedBootstrap, sharedResamples } from '../../shared/stats/bootstrap.js';
import { Random } from '../../shared/stats/random.js';
import { bootstrapBlocksTask, compareModelsTask } from '../../shared/steps/tasks/compare-metrics.js';
import { forkOf, runTask, type EngineTask } from '../../shared/steps/worker.js';

function binaryPair(n: number, seed: number): [TaskData, TaskData] {
  const r = new Random(seed);
  const u = () => r.nextUint32() / 4294967296;
  const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = u() < 0.3 ? 1 : 0;
    a[i] = Math.round(((0.5 * y[i]! + u()) / 1.5) * 100) / 100;
    b[i] = Math.round(((0.4 * y[i]! + u()) / 1.4) * 100) / 100;
  }
  const side = (score: Float64Array): TaskData => ({ task: 'binary', posLabel: '1', data: { y, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)), score }, probabilities: true });
  return [side(a), side(b)];
}

const options = { resamples: 2000, seed: 4, confidence: 0.95 };
const LARGE = Math.ceil(THREADS_FROM_ROW_RESAMPLES / options.resamples);

/** What a comparison says, bounds included, as plain data. */
const said = (s: PairedStatistics) => ({ ...s, bound: s.bound && [s.bound(0.05, 'lower'), s.bound(0.01, 'upper')] });

/** Threads that run in this one: each helper waits a turn of the event loop (as a thread takes time to start), then draws what is left of a copy of its input (shared memory stays shared). */
function inThisThread(workers: number, fail?: 'before claiming' | 'after claiming'): BootstrapThreads & { drew: number[] } {
  const drew: number[] = [];
  return {
    workers,
    drew,
    run: async (input: BootstrapBlocksInput) => {
      await new Promise((resolve) => setImmediate(resolve));
      if (fail === 'before claiming') throw new Error('this helper failed to start');
      const copy = structuredClone(input);
      if (fail === 'after claiming') {
        copy.shared.blocks[0]! += 1; // a block claimed and never drawn
        throw new Error('this helper failed while drawing');
      }
      drew.push(drawBootstrapBlocks(copy));
      return { blocks: drew.at(-1) };
    },
  };
}

describe('paired bootstrap on threads', () => {
  const [candidate, baseline] = binaryPair(LARGE, 8);

  it.each(['log_loss', 'average_precision', 'f1'])('%s: the same comparison as in one thread, the other thread drawing most blocks', async (name) => {
    const threads = inThisThread(2);
    const onThreads = await comparePairedOnThreads(name, candidate, baseline, options, threads);
    expect(threads.drew).toHaveLength(1);
    expect(threads.drew[0]).toBeGreaterThan(0);
    expect(onThreads.method).toMatch(/^bootstrap/);
    expect(said(onThreads)).toEqual(said(comparePaired(name, candidate, baseline, options)));
  });

  it('eight threads (seven helpers) give the same comparison as one', async () => {
    const threads = inThisThread(8);
    const onThreads = await comparePairedOnThreads('brier', candidate, baseline, options, threads);
    expect(threads.drew).toHaveLength(7);
    expect(said(onThreads)).toEqual(said(comparePaired('brier', candidate, baseline, options)));
  });

  it('a small bootstrap (a few hundred rows) starts no thread', async () => {
    const [c, b] = binaryPair(300, 2);
    const threads = inThisThread(2);
    let started = 0;
    const counted: BootstrapThreads = { workers: 2, run: (input) => (started++, threads.run(input)) };
    const result = await comparePairedOnThreads('log_loss', c, b, options, counted);
    expect(started).toBe(0);
    expect(said(result)).toEqual(said(comparePaired('log_loss', c, b, options)));
    // Nor one just under the threshold; at it, one per other core.
    const [under] = binaryPair(LARGE - 1, 2);
    await comparePairedOnThreads('brier', under, under, options, counted);
    expect(started).toBe(0);
    await comparePairedOnThreads('brier', candidate, baseline, { ...options, resamples: 2000 }, { workers: 3, run: counted.run });
    expect(started).toBe(2);
  });

  it('a helper that fails before claiming a block changes nothing; one that fails holding a block fails the comparison', async () => {
    const expected = said(comparePaired('log_loss', candidate, baseline, options));
    expect(said(await comparePairedOnThreads('log_loss', candidate, baseline, options, inThisThread(2, 'before claiming')))).toEqual(expected);
    await expect(comparePairedOnThreads('log_loss', candidate, baseline, options, inThisThread(2, 'after claiming'))).rejects.toThrow('failed while drawing');
  });

  it('compare-metrics gets its fork in the calling thread too (small files run there; the bootstrap decides when to fork)', async () => {
    const probe = (forksInCallingThread: boolean): EngineTask<object, { problems: []; forked: boolean }> => ({
      name: 'probe',
      load: async () => async (_input, hooks) => ({ problems: [], forked: hooks.fork !== undefined }),
      inputBytes: async () => 1000,
      forksInCallingThread,
    });
    // A worker script that would be started only by a fork: none is.
    expect((await runTask(probe(true), {}, '/nonexistent/worker.js')).forked).toBe(true);
    expect((await runTask(probe(false), {}, '/nonexistent/worker.js')).forked).toBe(false);
    expect(compareModelsTask.forksInCallingThread).toBe(true);
  });

  it('a real worker thread (the bootstrapBlocks engine) rebuilds the metric and draws the resamples this thread would', async () => {
    const fork = forkOf(fileURLToPath(new URL('./bootstrap-worker.mjs', import.meta.url)));
    const name = 'average_precision';
    // The worker draws every block alone.
    const shared = sharedResamples(options.resamples);
    const reply = (await fork.run(bootstrapBlocksTask.name, { name, candidate, baseline, seed: options.seed, shared } satisfies BootstrapBlocksInput)) as { blocks: number };
    expect(reply.blocks).toBe(shared.blocks.length - 1);
    expect(allDrawn(shared)).toBe(true);
    const c = prepareMetric(candidate, name), b = prepareMetric(baseline, name);
    if (!('metric' in c) || !('metric' in b)) throw new Error('unavailable');
    const input = { candidate: c.metric, baseline: b.metric, n: LARGE, strata: candidate.data.y, ...options };
    expect([...pairedBootstrap(input, shared.differences)!.differences]).toEqual([...pairedBootstrap(input)!.differences]);
    // And beside this thread, as compare-metrics runs it.
    const threads: BootstrapThreads = { workers: 2, run: (blocks) => fork.run(bootstrapBlocksTask.name, blocks) };
    expect(said(await comparePairedOnThreads(name, candidate, baseline, options, threads))).toEqual(said(comparePaired(name, candidate, baseline, options)));
  }, 30_000);
});
