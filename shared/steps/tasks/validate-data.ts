// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data. Small inputs
// (named files, no globs, under IN_PROCESS_BYTES together) run in the
// calling thread. In a worker, a large CSV file is read in byte ranges, one
// worker thread each (validateRangeTask; see validate/parallel.ts).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RangeInput, RangeOutcome, RangeWarmUp } from '../../validate/parallel.js';
import type { ValidateDataInput, ValidateDataOutcome } from '../../validate/run.js';
import type { EngineOutcome, EngineTask, Fork, SpareWork } from '../worker.js';
import type { OpenTable, OpenTableOptions } from '../../data/table.js';
import type { MessagePort } from 'node:worker_threads';
import { userFile, type UserFile } from '../../io/user-file.js';
import { likelySplit } from '../../validate/range-size.js';

const GLOB = /[*?[\]{}!]/;

export const validateRangeTask: EngineTask<RangeInput, RangeOutcome> = {
  name: 'validateRange',
  load: async () => {
    const { tallyRange } = await import('../../validate/parallel.js');
    return (input) => tallyRange(input);
  },
  warm: async (hint) => (await import('../../validate/parallel.js')).warmRange(hint as RangeWarmUp),
};

/** What the reading thread of a table read beside its checker is given: the file, how to open it, and the port to post on. */
export interface ReadTableInput {
  file: UserFile;
  options?: OpenTableOptions;
  port: MessagePort;
}

/** Reads a table and posts its batches to the thread that checks them (data/remote.ts). */
export const readTableTask: EngineTask<ReadTableInput, EngineOutcome> = {
  name: 'readTable',
  load: async () => {
    const [{ sendTable }, { openTable }] = await Promise.all([import('../../data/remote.js'), import('../../data/table.js')]);
    return async ({ file, options, port }) => {
      await sendTable(() => openTable(file, options), port);
      return { problems: [] };
    };
  },
};

/**
 * A table read and parsed in another thread and checked in this one, when the
 * file cannot be read in byte ranges (a gzip-compressed CSV or TSV: its
 * inflation runs in libuv's pool either way) and there is a core to spare.
 */
export function tablesBeside(fork: Fork): ((file: UserFile, options?: OpenTableOptions) => Promise<OpenTable | undefined>) | undefined {
  if (fork.workers < 2) return undefined;
  return async (file, options) => {
    const [{ detectFormat }, { receiveTable }, { MessageChannel }] = await Promise.all([import('../../data/source.js'), import('../../data/remote.js'), import('node:worker_threads')]);
    const info = detectFormat(file, options?.format);
    if (!info.gzip || (info.format !== 'csv' && info.format !== 'tsv')) return undefined;
    const { port1, port2 } = new MessageChannel();
    const reading = fork.run(readTableTask.name, { file, ...(options ? { options } : {}), port: port2 } satisfies ReadTableInput, [port2]);
    return receiveTable(info, port1, reading);
  };
}

export const validateDataTask: EngineTask<ValidateDataInput, ValidateDataOutcome> = {
  name: 'validateData',
  load: async () => {
    const { validateData } = await import('../../validate/run.js');
    return (input, hooks) => {
      const fork = hooks.fork;
      const tables = fork && tablesBeside(fork);
      return validateData(input, {
        ...hooks,
        ...(fork ? { ranges: { workers: fork.workers, run: async (range: RangeInput) => (await fork.run(validateRangeTask.name, range)) as RangeOutcome } } : {}),
        ...(tables ? { tables } : {}),
      });
    };
  },
  async inputBytes(input) {
    const paths = [...input.data, ...(input.merge ?? []), ...(input.reference !== undefined ? [input.reference] : [])];
    if (paths.some((p) => GLOB.test(p))) return undefined;
    let total = 0;
    for (const p of paths) total += await textBytes(input.baseDir, p);
    return total;
  },
  // A row shard is not split in byte ranges.
  forksOf: async (input) => (input.shard ? undefined : rangesLikely(input.baseDir, input.data, input.schema)),
};

const COMPRESSED_TEXT = /\.(csv|tsv|tab)\.(gz|gzip)$/i;

/** The bytes of text a file holds: its size, or a .gz's inflated size (the work is in proportion to that). */
export async function textBytes(baseDir: string, path: string): Promise<number> {
  if (!/\.(gz|gzip)$/i.test(path)) return (await stat(resolve(baseDir, path))).size;
  const [{ decompressedSize }, { detectFormat }] = await Promise.all([import('../../data/table.js'), import('../../data/source.js')]);
  return (await decompressedSize(detectFormat(userFile(baseDir, path)))) ?? 0;
}

/**
 * validateRange, when one of the named files will likely be read in byte ranges (a guess: a wrong
 * one costs a spare thread's start), warmed with that file and the schema.
 */
export async function rangesLikely(baseDir: string, data: readonly string[], schema: UserFile | undefined): Promise<SpareWork | undefined> {
  for (const p of data) {
    if (GLOB.test(p)) continue;
    if (likelySplit(p, (await stat(resolve(baseDir, p))).size)) {
      // Every spare compiles the schema; the first, which gets the second range (the one asked for the file's digest), also hashes the file.
      const warm: RangeWarmUp = schema ? { schema } : {};
      const warmFirst: RangeWarmUp = { ...warm, hash: userFile(baseDir, p) };
      return { task: validateRangeTask.name, warm, warmFirst };
    }
  }
  // A compressed CSV is read beside its checker (tablesBeside).
  if (data.some((p) => COMPRESSED_TEXT.test(p))) return { task: readTableTask.name };
  return undefined;
}
