// The monitor engine (production data against a reference profile) as a task
// the worker runs: loaded on demand, in a chunk of its own, by the bundles
// whose steps monitor. Small inputs (named files, no globs, under
// IN_PROCESS_BYTES together) run in the calling thread.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { MonitorDataInput, MonitorDataOutcome } from '../../monitor/run.js';
import type { RangeInput, RangeOutcome } from '../../validate/parallel.js';
import type { EngineTask } from '../worker.js';
import { rangesLikely, tablesBeside, textBytes, validateRangeTask } from './validate-data.js';

const GLOB = /[*?[\]{}!]/;

export const monitorDataTask: EngineTask<MonitorDataInput, MonitorDataOutcome> = {
  name: 'monitorData',
  load: async () => {
    const { monitorData } = await import('../../monitor/run.js');
    // A large CSV file is read in byte ranges, one worker thread each, as validate-data reads it.
    return (input, hooks) => {
      const fork = hooks.fork;
      const tables = fork && tablesBeside(fork);
      return monitorData(input, {
        ...hooks,
        ...(fork ? { ranges: { workers: fork.workers, run: async (range: RangeInput) => (await fork.run(validateRangeTask.name, range)) as RangeOutcome } } : {}),
        ...(tables ? { tables } : {}),
      });
    };
  },
  async inputBytes(input) {
    if (input.data.some((p) => GLOB.test(p))) return undefined;
    let total = (await stat(input.reference.path)).size;
    for (const p of input.data) total += await textBytes(input.baseDir, p);
    return total;
  },
  forksOf: (input) => rangesLikely(input.baseDir, input.data, input.schema),
};
