// The compare-metrics engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps compare models. Small
// candidate and baseline files run in the calling thread; either way a large
// bootstrap draws its resamples on every core, through the task's fork
// (bootstrapBlocksTask in the other threads).
import { stat } from 'node:fs/promises';
import type { BootstrapBlocksInput, BootstrapThreads } from '../../compare/paired.js';
import type { CompareInput, CompareOutcome } from '../../compare/run.js';
import type { EngineOutcome, EngineTask, Fork } from '../worker.js';

/** A bootstrap's resamples drawn in another thread (drawBootstrapBlocks): the blocks it claimed, drawn into shared memory. */
export const bootstrapBlocksTask: EngineTask<BootstrapBlocksInput, EngineOutcome & { blocks: number }> = {
  name: 'bootstrapBlocks',
  load: async () => {
    const { drawBootstrapBlocks } = await import('../../compare/paired.js');
    return async (input) => ({ blocks: drawBootstrapBlocks(input), problems: [] });
  },
};

/** The fork as the bootstrap's threads. */
const bootstrapThreads = (fork: Fork): BootstrapThreads => ({ workers: fork.workers, run: (input) => fork.run(bootstrapBlocksTask.name, input) });

export const compareModelsTask: EngineTask<CompareInput, CompareOutcome> = {
  name: 'compareModels',
  load: async () => {
    const { compareModels } = await import('../../compare/run.js');
    return (input, hooks) => compareModels(input, hooks.fork ? bootstrapThreads(hooks.fork) : undefined);
  },
  async inputBytes(input) {
    let total = (await stat(input.candidate.path)).size;
    if (!('missing' in input.baseline)) total += (await stat(input.baseline.path)).size;
    return total;
  },
  // Its cost is CPU (rows × resamples × metrics), not bytes: small files too may bootstrap long enough to want every core.
  forksInCallingThread: true,
  // Files large enough for a worker hold enough rows for a bootstrap to fork: when a gated metric will likely be bootstrapped
  // (not ROC AUC or accuracy, which have their own tests), spares load the bootstrap engine while the task reads the files,
  // and serve every bootstrap of the task.
  forksOf: async (input) => (Object.keys(input.policy.metrics).some((name) => name !== 'roc_auc' && name !== 'accuracy') ? { task: bootstrapBlocksTask.name } : undefined),
};
