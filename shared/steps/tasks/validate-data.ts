// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data. Small inputs
// (named files, no globs, under IN_PROCESS_BYTES together) run in the
// calling thread.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ValidateDataInput, ValidateDataOutcome } from '../../validate/run.js';
import type { EngineTask } from '../worker.js';

const GLOB = /[*?[\]{}!]/;

export const validateDataTask: EngineTask<ValidateDataInput, ValidateDataOutcome> = {
  name: 'validateData',
  load: async () => (await import('../../validate/run.js')).validateData,
  async inputBytes(input) {
    const paths = [...input.data, ...(input.merge ?? []), ...(input.reference !== undefined ? [input.reference] : [])];
    if (paths.some((p) => GLOB.test(p))) return undefined;
    let total = 0;
    for (const p of paths) total += (await stat(resolve(input.baseDir, p))).size;
    return total;
  },
};
