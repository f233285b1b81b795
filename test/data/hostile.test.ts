// Hostile data files: nothing a file contains may take unbounded time or
// memory. One huge line (compressed, so it is cheap to ship) stops the read at
// the record limit with the file and line; gzip-compressed Parquet, which
// could only be read by inflating it whole, is refused with the way out.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip, gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { openTable } from '../../shared/data/table.js';
import { MAX_RECORD_CHARS } from '../../shared/data/csv.js';
import { MAX_LINE_CHARS } from '../../shared/data/jsonl.js';
import { ConfigurationError } from '../../shared/errors.js';
import { userFile } from '../../shared/io/user-file.js';
import { tempDir, writeFiles } from '../helpers.js';

let dir: string;

/** Writes a gzip file of `head`, then `size` bytes of `fill` on one line, then `tail`, streamed (never whole in memory). */
async function gzipOneLongLine(name: string, head: string, fill: string, size: number, tail: string): Promise<void> {
  const block = Buffer.from(fill.repeat(Math.ceil((1 << 20) / fill.length))).subarray(0, 1 << 20);
  async function* parts() {
    yield Buffer.from(head);
    for (let written = 0; written < size; written += block.length) yield block;
    yield Buffer.from(tail);
  }
  await pipeline(Readable.from(parts()), createGzip({ level: 1 }), createWriteStream(join(dir, name)));
}

async function readToEnd(name: string): Promise<unknown> {
  try {
    const table = await openTable(userFile(dir, name));
    for await (const batch of table.batches) void batch.size;
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Runs `fn`, returning its result with the wall time and the growth of the resident set, sampled every 20 ms. */
async function bounded<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number; rssGrowthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - started) / 1000, rssGrowthMb: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  dir = await tempDir();
  // 300 MB on one line, about 1 MB compressed; the old readers ran for minutes and grew without bound.
  await gzipOneLongLine('huge.jsonl.gz', '{"id": 1}\n{"id": 2, "note": "', 'x', 300 << 20, '"}\n{"id": 3}\n');
  await gzipOneLongLine('huge.csv.gz', 'id,note\n1,a\n2,', 'y', 300 << 20, '\n3,c\n');
  const parquet = parquetWriteBuffer({ columnData: [{ name: 'id', data: [1, 2, 3], type: 'INT32' }] });
  await writeFiles(dir, { 'table.parquet': new Uint8Array(parquet), 'table.parquet.gz': gzipSync(new Uint8Array(parquet)) });
}, 60_000);

describe('bounded reading of hostile data', () => {
  it('a JSON Lines record longer than the limit fails fast, naming file and line, in bounded memory', async () => {
    const { result, seconds, rssGrowthMb } = await bounded(() => readToEnd('huge.jsonl.gz'));
    expect(result).toBeInstanceOf(ConfigurationError);
    expect((result as ConfigurationError).message).toBe(`huge.jsonl.gz:2: line is longer than ${MAX_LINE_CHARS / 2 ** 20} MiB (the limit for one JSON Lines record)`);
    expect(seconds).toBeLessThan(10);
    expect(rssGrowthMb).toBeLessThan(400);
  }, 30_000);

  it('a CSV record longer than the limit fails fast, naming file and line, in bounded memory', async () => {
    const { result, seconds, rssGrowthMb } = await bounded(() => readToEnd('huge.csv.gz'));
    expect(result).toBeInstanceOf(ConfigurationError);
    expect((result as ConfigurationError).message).toBe(`huge.csv.gz:3: a record is longer than ${MAX_RECORD_CHARS / 2 ** 20} MiB (the limit): is a quoted field left unterminated, or is this not a CSV file?`);
    expect(seconds).toBeLessThan(10);
    expect(rssGrowthMb).toBeLessThan(400);
  }, 30_000);

  it('gzip-compressed Parquet is refused with the way out; plain Parquet is read from the file by row group', async () => {
    const error = (await readToEnd('table.parquet.gz')) as ConfigurationError;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('table.parquet.gz: is gzip-compressed Parquet, which cannot be read by row group; decompress it (gunzip -k) — Parquet compresses its own pages (snappy, gzip, zstd), so the outer .gz saves little');
    const table = await openTable(userFile(dir, 'table.parquet'));
    const ids: unknown[] = [];
    for await (const batch of table.batches) ids.push(...batch.columns[0]!);
    expect(ids).toEqual([1, 2, 3]);
    expect(table.digest().bytes).toBeGreaterThan(0);
  });
});
