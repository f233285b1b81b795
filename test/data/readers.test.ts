// Readers other than plain CSV: JSON Lines, Parquet, gzip variants, and the
// bad-input cases every reader must turn into one clear ConfigurationError.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/data/batch.js';
import { openTable } from '../../shared/data/table.js';
import { ConfigurationError } from '../../shared/errors.js';
import { tempDir, writeFiles } from '../helpers.js';
import { userFile } from '../../shared/io/user-file.js';

let dir: string;

async function readAll(name: string) {
  const table = await openTable(userFile(dir, name));
  const rows: Cell[][] = [];
  const lines: Array<number | undefined> = [];
  for await (const batch of table.batches) {
    for (let r = 0; r < batch.size; r++) {
      rows.push(batch.columns.map((c) => c[r]!));
      lines.push(batch.lines?.[r]);
    }
  }
  return { header: table.header, rows, lines, digest: table.digest(), format: table.info.format, unexpected: table.unexpectedKeys?.() };
}

async function readError(name: string): Promise<ConfigurationError> {
  try {
    await readAll(name);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to fail`);
}

const csv = 'id,score\n1,0.5\n2,0.25\n';

beforeAll(async () => {
  dir = await tempDir();
  const parquet = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: [1n, 2n, 3n], type: 'INT64' },
      { name: 'score', data: [0.5, null, 0.125], type: 'DOUBLE' },
      { name: 'label', data: ['a', 'b', null], type: 'STRING' },
      { name: 'when', data: [new Date('2024-01-02T03:04:05Z'), new Date('2024-02-01T00:00:00Z'), null], type: 'TIMESTAMP' },
    ],
    rowGroupSize: 2,
  });
  await writeFiles(dir, {
    'plain.csv': csv,
    'plain.csv.gz': gzipSync(csv),
    'tabs.tsv.gz': gzipSync('id\tscore\n1\t0.5\n'),
    'rows.jsonl': '{"id": 1, "score": 0.5}\n\n{"score": 0.25, "id": 2, "extra": true}\r\n{"id": 3}\n',
    'rows.jsonl.gz': gzipSync('{"id": 1}\n'),
    'bad.jsonl': '{"id": 1}\n{"id": \n',
    'array.jsonl': '{"id": 1}\n[1, 2]\n',
    'table.parquet': new Uint8Array(parquet),
    'table.parquet.gz': gzipSync(new Uint8Array(parquet)),
    'fake.parquet': 'id,score\n1,2\n',
    'fake.csv.gz': csv,
    'corrupt.csv.gz': Buffer.concat([gzipSync(csv).subarray(0, 20), Buffer.from('garbage')]),
    'empty.csv': '',
    'latin1.csv': Buffer.concat([Buffer.from('id,name\n1,ok\n2,'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('\n')]),
    'data.txt': 'x',
  });
});

describe('openTable', () => {
  it('reads gzip-compressed CSV and TSV, hashing the stored bytes', async () => {
    const plain = await readAll('plain.csv');
    const gz = await readAll('plain.csv.gz');
    expect(gz.rows).toEqual(plain.rows);
    expect(gz.lines).toEqual([2, 3]);
    expect(gz.digest.sha256).not.toBe(plain.digest.sha256);
    expect(plain.digest.bytes).toBe(csv.length);
    expect((await readAll('tabs.tsv.gz')).rows).toEqual([['1', '0.5']]);
  });

  it('reads JSON Lines by key, with physical lines, missing keys as null and extra keys reported', async () => {
    const out = await readAll('rows.jsonl');
    expect(out.header).toEqual(['id', 'score']);
    expect(out.rows).toEqual([[1, 0.5], [2, 0.25], [3, null]]);
    expect(out.lines).toEqual([1, 3, 4]);
    expect([...out.unexpected!]).toEqual([['extra', 3]]);
    expect((await readAll('rows.jsonl.gz')).rows).toEqual([[1]]);
  });

  it('names the line of invalid JSON and of a non-object record', async () => {
    expect((await readError('bad.jsonl')).message).toMatch(/^bad\.jsonl:2: invalid JSON/);
    expect((await readError('array.jsonl')).message).toBe('array.jsonl:2: each line must be a JSON object');
  });

  it('reads Parquet row group by row group; gzip-compressed Parquet is refused', async () => {
    const out = await readAll('table.parquet');
    expect(out.header).toEqual(['id', 'score', 'label', 'when']);
    expect(out.rows.map((r) => r.slice(0, 3))).toEqual([[1, 0.5, 'a'], [2, null, 'b'], [3, 0.125, null]]);
    expect((out.rows[0]![3] as Date).toISOString()).toBe('2024-01-02T03:04:05.000Z');
    expect(out.lines).toEqual([undefined, undefined, undefined]);
    expect((await readError('table.parquet.gz')).message).toMatch(/^table\.parquet\.gz: is gzip-compressed Parquet, which cannot be read by row group; decompress it/);
  });

  it('turns every kind of unreadable input into one clear error naming the file', async () => {
    expect((await readError('fake.parquet')).message).toBe('fake.parquet: is not a Parquet file (no PAR1 magic bytes)');
    expect((await readError('fake.csv.gz')).message).toBe('fake.csv.gz: is named .gz but is not gzip-compressed');
    expect((await readError('corrupt.csv.gz')).message).toMatch(/^corrupt\.csv\.gz: corrupt gzip data/);
    expect((await readError('empty.csv')).message).toBe('empty.csv: is empty');
    expect((await readError('missing.csv')).message).toBe('missing.csv: no such file');
    expect((await readError('data.txt')).message).toMatch(/^data\.txt: unknown data format/);
    const latin1 = await readError('latin1.csv');
    expect(latin1.line).toBe(3);
    expect(latin1.message).toBe('latin1.csv:3: is not valid UTF-8 (byte 0xe9); re-encode the file as UTF-8');
  });
});
