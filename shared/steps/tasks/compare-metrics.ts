// The compare-metrics engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps compare models. Small
// candidate and baseline files run in the calling thread.
import { stat } from 'node:fs/promises';
import type { CompareInput, CompareOutcome } from '../../compare/run.js';
import type { EngineTask } from '../worker.js';

export const compareModelsTask: EngineTask<CompareInput, CompareOutcome> = {
  name: 'compareModels',
  load: async () => {
    const { compareModels } = await import('../../compare/run.js');
    return (input) => compareModels(input);
  },
  async inputBytes(input) {
    let total = (await stat(input.candidate.path)).size;
    if (!('missing' in input.baseline)) total += (await stat(input.baseline.path)).size;
    return total;
  },
};
