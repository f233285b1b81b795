// Sharded validation merges to the verdict of one unsharded run: random
// tables, split at random into shards (by a hash of the key, by position,
// or whole files), validated shard by shard against a reference and merged,
// give the same checks, counts, error samples, tables and drift as
// validating everything at once. Without shard-by, keys cannot be verified
// across row shards, and the merge says so.
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidateDataResults } from '../../shared/results/schema.js';
import { writeResults } from '../../shared/results/io.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';
import { driftCsv } from './drift-data.js';
import { userFile } from '../../shared/io/user-file.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'x', type: 'number', constraints: { minimum: 0 }, 'x-holdout': { mostly: 0.9 } },
    { name: 'skewed', type: 'number', 'x-holdout': { maxMissingRate: 0.2 } },
    { name: 'region', type: 'string', constraints: { enum: ['a', 'b', 'c', 'd'] } },
    { name: 'flag', type: 'boolean' },
    { name: 'level', type: 'integer', 'x-holdout': { drift: { method: 'ks' } } },
  ],
  primaryKey: 'id',
  'x-holdout': { rowCount: { min: 5 }, drift: { method: 'psi' } },
};

const row = fc.record({
  id: fc.integer({ min: 0, max: 40 }),
  x: fc.oneof(fc.double({ min: -1, max: 20, noNaN: true }).map((v) => v.toFixed(3)), fc.constantFrom('', 'oops')),
  skewed: fc.oneof(fc.double({ min: 0, max: 9, noNaN: true }).map((v) => v.toFixed(2)), fc.constant('')),
  region: fc.constantFrom('a', 'b', 'c', 'd', 'e', ''),
  flag: fc.constantFrom('true', 'false', 'maybe'),
  level: fc.integer({ min: 0, max: 6 }).map(String),
  // Rows whose shape is not the header's (blank-row, extra-cell, missing-cell) split across shards like any other.
  shape: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'blank', 'extra', 'short'),
});

const toCsv = (rows: Array<Record<string, string | number>>) =>
  ['id,x,skewed,region,flag,level', ...rows.map((r) => {
    if (r.shape === 'blank') return '';
    const line = `${r.id},${r.x},${r.skewed},${r.region},${r.flag},${r.level}`;
    return r.shape === 'extra' ? `${line},extra` : r.shape === 'short' ? `${r.id},${r.x},${r.skewed}` : line;
  })].join('\n') + '\n';

/** What must agree: everything but the envelope (title, time) and the shard bookkeeping. */
const verdict = (d: ValidateDataResults) => ({ status: d.status, checks: d.checks, tables: d.data.tables, rows: d.data.rows, errorCount: d.data.errorCount, errors: d.data.errors, drift: d.data.drift });

async function shardedRun(dir: string, data: string[], count: number, by: string | undefined, options?: { maxErrorSamples: number; maxLocationsPerCheck: number }) {
  const now = new Date('2026-12-01T00:00:00Z');
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const { document, problems } = await validateData({ data, baseDir: dir, schema: userFile(dir, 'schema.json'), reference: 'ref.csv', shard: { index, count, by }, now, options });
    expect(problems.map((p) => p.message)).toEqual([]);
    expect(document.data.shard).toMatchObject({ index, count, mode: by === undefined && data.length >= count ? 'files' : 'rows' });
    const file = `shard-${index}.json`;
    await writeResults(join(dir, file), document);
    files.push(file);
  }
  return (await validateData({ data: [], merge: files.reverse(), baseDir: dir, schema: userFile(dir, 'schema.json'), reference: 'ref.csv', now, options })).document;
}

describe('sharded validation', () => {
  it('merges to the unsharded verdict, sharded by a hash of the key or by whole files', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'ref.csv': driftCsv({ n: 400, seed: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 120 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.option(fc.record({ maxErrorSamples: fc.integer({ min: 1, max: 6 }), maxLocationsPerCheck: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }), async (rows, count, files, wholeFiles, options) => {
        // Small sample limits (sometimes): the kept error samples and locations must still be the unsharded run's.
        // Split the rows into files (whole-file shards when there are at least `count` of them); none empty.
        const data: string[] = [];
        const per = Math.ceil(rows.length / files);
        const fileCount = Math.ceil(rows.length / per);
        for (let f = 0; f < fileCount; f++) {
          await writeFiles(dir, { [`part${f}.csv`]: toCsv(rows.slice(f * per, (f + 1) * per)) });
          data.push(`part${f}.csv`);
        }
        const now = new Date('2026-12-01T00:00:00Z');
        const whole = (await validateData({ data, baseDir: dir, schema: userFile(dir, 'schema.json'), reference: 'ref.csv', now, options })).document;
        const byFiles = wholeFiles && fileCount >= count;
        const merged = await shardedRun(dir, data, count, byFiles ? undefined : 'id', options);
        expect(verdict(merged)).toEqual(verdict(whole));
      }),
      { numRuns: 40 },
    );
  });

  it('says when uniqueness cannot be verified across row shards, and which shard-by would', async () => {
    const dir = await tempDir();
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: i % 25, x: '1', skewed: '2', region: 'a', flag: 'true', level: '1' }));
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'ref.csv': driftCsv({ n: 100, seed: 1 }), 'd.csv': toCsv(rows) });
    const merged = await shardedRun(dir, ['d.csv'], 3, undefined);
    const key = merged.checks.find((c) => c.id === 'd.csv#primaryKey')!;
    expect(key.status).not.toBe('pass');
    expect(key.message).toContain('shard with shard-by: id');
    // The same split by id finds every duplicate.
    const byId = await shardedRun(dir, ['d.csv'], 3, 'id');
    expect(byId.checks.find((c) => c.id === 'd.csv#primaryKey')).toMatchObject({ status: 'fail', count: 5 });
  });

  it('refuses an incomplete or mixed set of shard documents', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'ref.csv': driftCsv({ n: 100, seed: 1 }), 'd.csv': driftCsv({ n: 50, seed: 2 }) });
    for (const index of [0, 2]) {
      const { document } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), shard: { index, count: 3, by: 'id' } });
      await writeResults(join(dir, `part-${index}.json`), document);
    }
    const { document, problems } = await validateData({ data: [], merge: ['part-*.json'], baseDir: dir, schema: userFile(dir, 'schema.json') });
    expect(problems.map((p) => p.message)).toEqual(['shard 2/3 is missing: the verdict needs every shard']);
    expect(document.status).toBe('error');
  });
});
