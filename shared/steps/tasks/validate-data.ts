// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data. Small inputs
// (named files, no globs, under IN_PROCESS_BYTES together) run in the
// calling thread. In a worker, a large CSV file is read in byte ranges, one
// worker thread each (validateRangeTask; see validate/parallel.ts).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RangeInput, RangeOutcome, RangeWarmUp } from '../../validate/parallel.js';
import type { ValidateDataInput, ValidateDataOutcome } from '../../validate/run.js';
import type { EngineTask, SpareWork } from '../worker.js';
import { userFile, type UserFile } from '../../io/user-file.js';
import { likelySplit } from '../../validate/range-size.js';

const GLOB = /[*?[\]{}!]/;

export const validateRangeTask: EngineTask<RangeInput, RangeOutcome> = {
  name: 'validateRange',
  load: async () => (await import('../../validate/parallel.js')).tallyRange,
  warm: async (hint) => (await import('../../validate/parallel.js')).warmRange(hint as RangeWarmUp),
};

export const validateDataTask: EngineTask<ValidateDataInput, ValidateDataOutcome> = {
  name: 'validateData',
  load: async () => {
    const { validateData } = await import('../../validate/run.js');
    return (input, hooks) => {
      const fork = hooks.fork;
      return validateData(input, {
        ...hooks,
        ...(fork ? { ranges: { workers: fork.workers, run: async (range: RangeInput) => (await fork.run(validateRangeTask.name, range)) as RangeOutcome } } : {}),
      });
    };
  },
  async inputBytes(input) {
    const paths = [...input.data, ...(input.merge ?? []), ...(input.reference !== undefined ? [input.reference] : [])];
    if (paths.some((p) => GLOB.test(p))) return undefined;
    let total = 0;
    for (const p of paths) total += (await stat(resolve(input.baseDir, p))).size;
    return total;
  },
  // A row shard is not split in byte ranges.
  forksOf: async (input) => (input.shard ? undefined : rangesLikely(input.baseDir, input.data, input.schema)),
};

/**
 * validateRange, when one of the named files will likely be read in byte ranges (a guess: a wrong
 * one costs a spare thread's start), warmed with that file and the schema.
 */
export async function rangesLikely(baseDir: string, data: readonly string[], schema: UserFile | undefined): Promise<SpareWork | undefined> {
  for (const p of data) {
    if (GLOB.test(p)) continue;
    if (likelySplit(p, (await stat(resolve(baseDir, p))).size)) {
      const warm: RangeWarmUp = { file: userFile(baseDir, p), ...(schema ? { schema } : {}) };
      return { task: validateRangeTask.name, warm };
    }
  }
  return undefined;
}
