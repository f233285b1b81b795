// One CSV file validated in byte ranges (validate/parallel.ts) gives the
// document a single pass gives: the same statuses, counts, error samples and
// locations, with the same row and physical-line numbers. Random files with
// quoted fields holding newlines, delimiters and doubled quotes, CRLF or LF,
// blank rows and ragged rows, duplicate keys (inside a range and across
// ranges), split at every byte offset and at random sets of offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyRange, type RangeInput, type RangeOutcome } from '../../shared/validate/parallel.js';
import { validateData, type ValidateDataInput } from '../../shared/validate/run.js';
import { userFile } from '../../shared/io/user-file.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'name', type: 'string', constraints: { maxLength: 6 } },
    { name: 'score', type: 'number', constraints: { minimum: 0 } },
    { name: 'code', type: 'string', constraints: { unique: true } },
    { name: 'day', type: 'date' },
  ],
  primaryKey: 'id',
  uniqueKeys: [['name', 'day']],
};

/** A cell as a CSV writer quotes it: quoted when it holds a delimiter, quote or line break, or (sometimes) anyway. */
const cell = (value: string, quoteAnyway: boolean) =>
  quoteAnyway || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const text = fc.array(fc.constantFrom('a', 'b', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '1'), { maxLength: 9 }).map((parts) => parts.join(''));
const row = fc.record({
  id: fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), fc.constantFrom('', 'x')),
  name: text,
  score: fc.oneof(fc.double({ min: -2, max: 50, noNaN: true }).map((v) => v.toFixed(2)), fc.constantFrom('', 'n/a')),
  code: fc.oneof(fc.integer({ min: 0, max: 40 }).map((n) => `c${n}`), text),
  day: fc.constantFrom('2026-01-02', '2026-02-30', '', '2026-12-31'),
  quote: fc.boolean(),
  shape: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'blank', 'extra', 'short'),
});
const table = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 40 }),
  crlf: fc.boolean(),
  trailingNewline: fc.boolean(),
});

function toCsv({ rows, crlf, trailingNewline }: { rows: ReadonlyArray<Record<string, unknown>>; crlf: boolean; trailingNewline: boolean }): string {
  const eol = crlf ? '\r\n' : '\n';
  const lines = ['id,name,score,code,day', ...rows.map((r) => {
    if (r.shape === 'blank') return '';
    const q = r.quote as boolean;
    const cells = [cell(r.id as string, q), cell(r.name as string, q), r.score as string, cell(r.code as string, false), r.day as string];
    return (r.shape === 'extra' ? [...cells, 'more'] : r.shape === 'short' ? cells.slice(0, 2) : cells).join(',');
  })];
  return lines.join(eol) + (trailingNewline ? eol : '');
}

const now = new Date('2026-12-01T00:00:00Z');

async function run(dir: string, splitAt?: readonly number[], options?: ValidateDataInput['options'], how: 'exact' | 'guess' = 'exact') {
  let ranges = 0; // ranges the runner read (all but the first)
  let openAtEnd = 0; // of those, ranges whose guessed end fell inside a quoted field
  const runner = splitAt && {
    workers: 2,
    ...(how === 'exact' ? { splitAt } : { guessAt: splitAt }),
    run: (input: RangeInput): Promise<RangeOutcome> => {
      ranges++;
      // Through structured clone, as a worker thread receives and answers.
      return tallyRange(structuredClone(input)).then((outcome) => {
        if (outcome.openAtEnd) openAtEnd++;
        return structuredClone(outcome);
      });
    },
  };
  const { document, problems } = await validateData({ data: ['data.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), now, ...(options ? { options } : {}) }, runner ? { ranges: runner } : {});
  return { document, problems: problems.map((p) => p.message), ranges, openAtEnd };
}

describe('parallel validation of one file in byte ranges', () => {
  it('gives the single-pass document at every split point', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA) });
    let split = 0;
    const small = fc.record({ rows: fc.array(row, { minLength: 2, maxLength: 4 }), crlf: fc.boolean(), trailingNewline: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(small, async (t) => {
        const csv = toCsv(t);
        await writeFiles(dir, { 'data.csv': csv });
        const whole = await run(dir);
        const bytes = Buffer.byteLength(csv);
        // Every offset is a split point once: two at a time (three ranges), which halves the runs.
        for (let at = 1; at < bytes; at += 2) {
          const parallel = await run(dir, at + 1 < bytes ? [at, at + 1] : [at]);
          if (parallel.ranges > 0) split++;
          expect(parallel.problems).toEqual(whole.problems);
          expect(parallel.document).toEqual(whole.document);
        }
      }),
      // A file whose score column has 0.00 and -0.00: the extremes merge to the first of them in row order, as one pass keeps it.
      { numRuns: 2, examples: [[{ rows: [0, 1].map((k) => ({ id: String(k), name: '', score: k === 0 ? '0.00' : '-0.00', code: `c${k}`, day: '2026-01-02', quote: false, shape: 'ok' })), crlf: false, trailingNewline: false }]] },
    );
    // The files were really split (not all read whole as a fallback).
    expect(split).toBeGreaterThan(10);
  }, 600_000);

  it('gives the single-pass document for several ranges and small sample limits', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA) });
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.option(fc.record({ maxErrorSamples: fc.integer({ min: 1, max: 6 }), maxLocationsPerCheck: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
        async (t, fractions, options) => {
          const csv = toCsv(t);
          await writeFiles(dir, { 'data.csv': csv });
          const bytes = Buffer.byteLength(csv);
          const whole = await run(dir, undefined, options);
          const parallel = await run(dir, fractions.map((f) => Math.floor(f * bytes)), options);
          expect(parallel.problems).toEqual(whole.problems);
          expect(parallel.document).toEqual(whole.document);
        },
      ),
      { numRuns: 40 },
    );
  }, 600_000);

  it('gives the single-pass document with boundaries guessed from the bytes at each split point (as in production)', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA) });
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), async (t, fractions) => {
        const csv = toCsv(t);
        await writeFiles(dir, { 'data.csv': csv });
        const bytes = Buffer.byteLength(csv);
        const whole = await run(dir);
        const parallel = await run(dir, fractions.map((f) => Math.floor(f * bytes)), undefined, 'guess');
        expect(parallel.problems).toEqual(whole.problems);
        expect(parallel.document).toEqual(whole.document);
      }),
      { numRuns: 60 },
    );
  }, 600_000);

  it('reads each range once when the guesses are record boundaries (no exact scan, no second read)', async () => {
    const dir = await tempDir();
    const lines = ['id,name,score,code,day'];
    for (let i = 0; i < 60; i++) lines.push(`${i},"n ${i}",1,c${i},2026-01-02`);
    const csv = lines.join('\n') + '\n';
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'data.csv': csv });
    const whole = await run(dir);
    const parallel = await run(dir, [Math.floor(csv.length / 3), Math.floor((2 * csv.length) / 3)], undefined, 'guess');
    // Two ranges beside the first, each read once: a fallback to the exact scan would read them again.
    expect(parallel.ranges).toBe(2);
    expect(parallel.openAtEnd).toBe(0);
    expect(parallel.document).toEqual(whole.document);
  });

  it('redoes the split exactly when a guessed boundary falls inside a quoted value that looks like records', async () => {
    const dir = await tempDir();
    const lines = ['id,name,score,code,day'];
    for (let i = 0; i < 5; i++) lines.push(`${i},n${i},1,c${i},2026-01-02`);
    // One quoted name holding thirty lines that each read as a record of five cells.
    const fake = Array.from({ length: 30 }, (_, k) => `${90 + k},x,1,c${90 + k},2026-01-02`).join('\n');
    lines.push(`5,"${fake}",1,c5,2026-01-02`);
    for (let i = 6; i < 11; i++) lines.push(`${i},n${i},1,c${i},2026-01-02`);
    const csv = lines.join('\n') + '\n';
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'data.csv': csv });
    const whole = await run(dir);
    const inside = csv.indexOf('95,x,1');
    const parallel = await run(dir, [csv.indexOf('\n2,n2'), inside], undefined, 'guess');
    expect(parallel.openAtEnd).toBe(1); // range 1 ended inside the quoted name: the guess at `inside` was not a boundary
    expect(parallel.ranges).toBeGreaterThan(2); // and the ranges were read again, split exactly
    expect(whole.document.data.rows).toBe(11);
    expect(parallel.problems).toEqual(whole.problems);
    expect(parallel.document).toEqual(whole.document);
  });

  it('reports a duplicate key in a later range at its own row and line', async () => {
    const dir = await tempDir();
    const lines = ['id,name,score,code,day'];
    for (let i = 0; i < 50; i++) lines.push(`${i},"n\n${i}",1,c${i},2026-01-02`);
    lines.push('7,late,1,c7,2026-01-02');
    const csv = lines.join('\n') + '\n';
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'data.csv': csv });
    const whole = await run(dir);
    const parallel = await run(dir, [Math.floor(csv.length / 2)]);
    expect(parallel.ranges).toBe(2); // the second of two ranges, read again from the first's keys
    const duplicate = parallel.document.data.errors.find((e) => e.type === 'primary-key');
    // Row 51 starts on physical line 102: the header, then 50 records of two lines each.
    expect(duplicate).toMatchObject({ row: 51, line: 102, message: 'row 51 repeats the primary key "id" = "7" of an earlier row' });
    expect(parallel.document).toEqual(whole.document);
  });

  it('names the line of an unterminated quote in a later range as a single pass does', async () => {
    const dir = await tempDir();
    const lines = ['id,name,score,code,day'];
    for (let i = 0; i < 40; i++) lines.push(`${i},n,1,c${i},2026-01-02`);
    lines.push('41,"open,1,c41,2026-01-02');
    const csv = lines.join('\n') + '\n';
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'data.csv': csv });
    const whole = await run(dir);
    const parallel = await run(dir, [Math.floor(csv.length / 2)]);
    expect(whole.problems).toHaveLength(1);
    expect(whole.problems[0]).toContain(':42');
    expect(parallel.problems).toEqual(whole.problems);
    expect(parallel.document).toEqual(whole.document);
  });
});

describe('infinite values in byte ranges', () => {
  it('keeps an infinite extreme through the merge: the bound check reads as in a single pass', async () => {
    const dir = await tempDir();
    const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'x', type: 'number', constraints: { maximum: 1000, minimum: -5 } }] };
    const lines = ['id,x'];
    for (let i = 0; i < 40; i++) lines.push(`${i},${i === 3 ? 'INF' : i === 30 ? '-INF' : i * 10}`);
    const csv = lines.join('\n') + '\n';
    await writeFiles(dir, { 'schema.json': JSON.stringify(schema), 'data.csv': csv });
    const whole = await run(dir);
    const maximum = whole.document.checks.find((c) => c.id.endsWith('field:x:maximum'));
    const minimum = whole.document.checks.find((c) => c.id.endsWith('field:x:minimum'));
    expect(maximum).toMatchObject({ status: 'fail', count: 1, observed: 'Infinity' });
    expect(minimum).toMatchObject({ status: 'fail', count: 1, observed: '-Infinity' });
    // Split so that INF is in the first range and -INF in the second (and the other way around by the second point).
    for (const at of [csv.indexOf('\n10,'), csv.indexOf('\n35,')]) {
      const parallel = await run(dir, [at]);
      expect(parallel.ranges).toBe(1);
      expect(parallel.document).toEqual(whole.document);
    }
  });
});
