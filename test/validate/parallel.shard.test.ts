// `--shard i/n` of one CSV file by byte range: every shard must split the file
// the same way, whatever lies at a boundary. A boundary target inside a line
// with no line feed after it (a long last line without a trailing newline, a
// line longer than the boundary guess's 1 MiB window) is the file's end for
// every shard: the merged run has the whole file's rows and finds its errors.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userFile } from '../../shared/io/user-file.js';
import { writeResults } from '../../shared/results/io.js';
import type { ValidateDataResults } from '../../shared/results/schema.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = { fields: [{ name: 'id', type: 'integer', constraints: { minimum: 1 } }, { name: 'name', type: 'string', constraints: { maxLength: 10 } }] };
const now = new Date('2026-12-01T00:00:00Z');

async function wholeAndMerged(csv: string, count: number) {
  const dir = await tempDir();
  await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'd.csv': csv });
  const schema = userFile(dir, 'schema.json');
  const whole = (await validateData({ data: ['d.csv'], baseDir: dir, schema, now })).document as ValidateDataResults;
  const shards: ValidateDataResults[] = [];
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const { document, problems } = await validateData({ data: ['d.csv'], baseDir: dir, schema, shard: { index, count }, now });
    expect(problems.map((p) => p.message)).toEqual([]);
    shards.push(document as ValidateDataResults);
    await writeResults(join(dir, `s${index}.json`), document);
    files.push(`s${index}.json`);
  }
  const { document: merged, problems } = await validateData({ data: [], merge: files, baseDir: dir, schema, now });
  expect(problems.map((p) => p.message)).toEqual([]);
  return { whole, shards, merged: merged as ValidateDataResults, size: Buffer.byteLength(csv) };
}

function expectTiled(shards: ValidateDataResults[], size: number) {
  // Every shard by byte range, the ranges tiling the file; rows add up.
  const ranges = shards.map((d) => d.data.shard?.ranges?.[0]);
  for (const r of ranges) expect(r).toBeDefined();
  expect(ranges[0]!.start).toBe(0);
  for (let k = 1; k < ranges.length; k++) expect(ranges[k]!.start).toBe(ranges[k - 1]!.end);
  expect(ranges[ranges.length - 1]!.end).toBe(size);
}

const verdict = (d: ValidateDataResults) => ({ status: d.status, checks: d.checks, rows: d.data.rows, errorCount: d.data.errorCount, errors: d.data.errors, tables: d.data.tables });

describe('byte-range shards of one file', () => {
  it('agree on the boundaries when the last line is long and has no trailing line feed', async () => {
    const lines = ['id,name', ...Array.from({ length: 100 }, (_, i) => `${i + 1},n${i + 1}`), `101,${'x'.repeat(500)}`];
    const { whole, shards, merged, size } = await wholeAndMerged(lines.join('\n'), 4);
    expectTiled(shards, size);
    expect(shards.reduce((n, d) => n + d.data.rows, 0)).toBe(101);
    expect(whole.data.rows).toBe(101);
    expect(merged.status).toBe('fail');
    expect(verdict(merged)).toEqual(verdict(whole));
    expect(merged.data.errors).toContainEqual(expect.objectContaining({ row: 101, constraint: 'maxLength' }));
  });

  it('agree on the boundaries around a line longer than 1 MiB', async () => {
    const long = 'y'.repeat(3_000_000);
    const lines = ['id,name', ...Array.from({ length: 60 }, (_, i) => `${i + 1},n${i + 1}`), `61,${long}`, ...Array.from({ length: 40 }, (_, i) => `${i + 62},m${i + 62}`), '0,bad'];
    const { whole, shards, merged, size } = await wholeAndMerged(lines.join('\n') + '\n', 5);
    expectTiled(shards, size);
    expect(shards.reduce((n, d) => n + d.data.rows, 0)).toBe(102);
    expect(merged.status).toBe('fail');
    expect(verdict(merged)).toEqual(verdict(whole));
    expect(merged.data.errors).toContainEqual(expect.objectContaining({ row: 61, constraint: 'maxLength' }));
    expect(merged.data.errors).toContainEqual(expect.objectContaining({ row: 102, constraint: 'minimum' }));
  });
});
