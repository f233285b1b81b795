// The CLI bundle validating one large CSV file in byte ranges, as a user runs
// it: the task's worker thread reads the first range and a spare worker
// (started beside it by the main thread, its engine loaded meanwhile) the
// second. The document equals the one-core run's (taskset -c 0: one thread,
// one pass), errors at their rows and lines, a duplicate key across the
// ranges included; the threads are counted from the CPU profiles node writes
// per thread (--cpu-prof): main + task + one spare, no other worker started.
// A gzip-compressed CSV, which cannot be split, is read and parsed on the
// spare and checked on the task's thread (data/remote.ts): the same document.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { NODE24, ROOT } from './harness.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'name', type: 'string', constraints: { maxLength: 12 } },
    { name: 'score', type: 'number', constraints: { minimum: 0, maximum: 1 } },
    { name: 'day', type: 'date' },
    { name: 'note', type: 'string' },
  ],
  primaryKey: 'id',
};

/** ~10 MB: two ranges of 4 MB or more. Errors in both halves, and row 110,000 repeats the key of row 7. */
function largeCsv(rows: number): string {
  const lines = ['id,name,score,day,note'];
  for (let i = 1; i <= rows; i++) {
    const id = i === 110_000 ? 7 : i;
    const score = i === 20 || i === 100_001 ? '1.5' : ((i * 7919) % 1000 / 1000).toFixed(3);
    const day = i === 95_000 ? '2026-02-30' : `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const note = i % 1000 === 0 ? '"two\nlines, quoted"' : `note number ${i} of the benchmark-like file`;
    lines.push(`${id},name${i % 97},${score},${day},${note}`);
  }
  return lines.join('\n') + '\n';
}

function validate(dir: string, profiles: string, oneCore: boolean, data = 'data.csv') {
  const args = [`--cpu-prof`, `--cpu-prof-dir=${profiles}`, join(ROOT, 'dist/cli/index.js'), 'validate', join(dir, data), '--schema', join(dir, 'schema.json'), '--format', 'json'];
  // In the temporary directory: outside a git checkout, so no commit is recorded (one made between the two runs would differ).
  const options = { encoding: 'utf8' as const, maxBuffer: 1 << 26, cwd: dir };
  const run = oneCore ? spawnSync('taskset', ['-c', '0', NODE24, ...args], options) : spawnSync(NODE24, args, options);
  const document = JSON.parse(run.stdout);
  // What differs between two runs of the same check: when and how long.
  delete document.createdAt;
  for (const dataset of document.datasets ?? []) delete dataset.durationMs;
  return { run, document, threads: readdirSync(profiles).length };
}

describe.skipIf(availableParallelism() < 2)('validate-data in byte ranges (CLI bundle, worker threads)', () => {
  it('gives the one-thread document, reading the second range on the spare worker', async () => {
    const dir = await tempDir();
    const text = largeCsv(140_000);
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    writeFileSync(join(dir, 'data.csv'), text);
    writeFileSync(join(dir, 'schema.json'), JSON.stringify(SCHEMA));
    const all = validate(dir, join(dir, 'prof-all'), false);
    const one = validate(dir, join(dir, 'prof-one'), true);
    expect(all.run.stderr).not.toMatch(/    at |internal error/);
    expect(all.run.status).toBe(one.run.status);
    expect(all.run.status).toBe(1); // the data fail their schema
    expect(all.document).toEqual(one.document);
    // main + the task's worker + one spare; one core: main + the task's worker.
    expect(all.threads).toBe(3);
    expect(one.threads).toBe(2);
    const text2 = JSON.stringify(all.document);
    // The duplicate key across ranges and the errors of the second half are found at their rows.
    expect(text2).toMatch(/110000/);
    expect(text2).toMatch(/100001/);
    expect(text2).toMatch(/95000/);
  }, 120_000);

  it('reads a gzip-compressed CSV on the spare and checks it on the task thread, with the one-thread document', async () => {
    const dir = await tempDir();
    writeFileSync(join(dir, 'data.csv.gz'), gzipSync(largeCsv(140_000)));
    writeFileSync(join(dir, 'schema.json'), JSON.stringify(SCHEMA));
    const all = validate(dir, join(dir, 'prof-all'), false, 'data.csv.gz');
    const one = validate(dir, join(dir, 'prof-one'), true, 'data.csv.gz');
    expect(all.run.stderr).not.toMatch(/    at |internal error/);
    expect(all.run.status).toBe(1);
    expect(all.document).toEqual(one.document);
    expect(all.threads).toBe(3);
    expect(one.threads).toBe(2);
    expect(JSON.stringify(all.document)).toMatch(/110000/);
  }, 120_000);
});
