// The smallest byte range worth a thread of its own: in a module of its own
// so that the steps' task declarations (in every bundle that runs a step)
// can tell whether a file will be split without loading the engine.

/** A range smaller than this is not worth a thread (starting one and loading the engine costs ~0.1 s). */
export const MIN_RANGE_BYTES = 4 * 1024 * 1024;

/** Whether a file of `bytes` at `path` will likely be read in byte ranges: a plain (uncompressed) CSV or TSV (.tab too, as detectFormat reads it) of two ranges or more. */
export function likelySplit(path: string, bytes: number): boolean {
  return /\.(csv|tsv|tab)$/i.test(path) && bytes >= 2 * MIN_RANGE_BYTES;
}
