// The compare-metrics engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps compare models.
import type { CompareInput, CompareOutcome } from '../../compare/run.js';
import type { EngineTask } from '../worker.js';

export const compareModelsTask: EngineTask<CompareInput, CompareOutcome> = {
  name: 'compareModels',
  load: async () => {
    const { compareModels } = await import('../../compare/run.js');
    return (input) => compareModels(input);
  },
};
