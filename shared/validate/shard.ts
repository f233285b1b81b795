// Shards of a dataset, as the user writes them (`2/4`, a matrix value), and
// what a shard is to the validator.

import { ConfigurationError } from '../errors.js';

export interface ShardSpec {
  /** 0-based. */
  index: number;
  count: number;
  /** Hash-partition rows by this column's value (needed for unique and primary keys across shards). */
  by?: string;
}

/** Reads `i/n` (1 ≤ i ≤ n, as a matrix index starting at 1) into a 0-based shard. */
export function parseShard(text: string, by: string | undefined, key = 'shard'): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ConfigurationError(`"${text}" is not a shard: write i/n with 1 ≤ i ≤ n, e.g. 2/4 (matrix values 1 to n)`, { key });
  }
  return { index: index - 1, count, ...(by ? { by } : {}) };
}
