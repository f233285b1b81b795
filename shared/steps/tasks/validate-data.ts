// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data.
import type { ValidateDataInput, ValidateDataOutcome } from '../../validate/run.js';
import type { EngineTask } from '../worker.js';

export const validateDataTask: EngineTask<ValidateDataInput, ValidateDataOutcome> = {
  name: 'validateData',
  load: async () => (await import('../../validate/run.js')).validateData,
};
