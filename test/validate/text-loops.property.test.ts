// Numeric, string and boolean columns of a CSV are checked in loops of their own (a
// number kept as a double from parse to bounds, profile and key set; a string
// checked on its range of the chunk text). Their verdicts must be the
// general loop's: the same table tallied whole (numeric loop) and as
// one row shard of one (every row kept, but a row mask sends each column
// through the general loop) gives equal tallies — counts, error samples with
// rows, lines, cells and messages, min and max — and equal profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../shared/data/table.js';
import { userFile } from '../../shared/io/user-file.js';
import { DatasetProfiler } from '../../shared/profile/profile.js';
import { compileTableSchema } from '../../shared/schema/load.js';
import { tallyTable } from '../../shared/validate/table.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = JSON.stringify({
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'x', type: 'number', constraints: { minimum: 0, exclusiveMaximum: 10 } },
    { name: 'y', type: 'number', constraints: { exclusiveMinimum: -1, maximum: 5, unique: true } },
    { name: 'day', type: 'date', constraints: { minimum: '2020-01-01', maximum: '2024-12-31' } },
    { name: 'at', type: 'datetime', constraints: { required: true } },
    { name: 'n', type: 'integer', missingValues: ['', '-', 'N/A'], constraints: { exclusiveMinimum: 0 } },
    { name: 'code', type: 'string', constraints: { pattern: '[A-Z][0-9]{2}', unique: true } },
    { name: 'kind', type: 'string', constraints: { required: true, pattern: '[a-z]+', enum: ['a', 'b', 'cc'] } },
    { name: 'note', type: 'string', constraints: { minLength: 2, maxLength: 4 } },
    { name: 'flag', type: 'boolean', constraints: { required: true } },
    { name: 'yes', type: 'boolean', trueValues: ['Y', 'yes'], falseValues: ['N'] },
  ],
  missingValues: ['', 'NA'],
  primaryKey: 'id',
});

const numberCell = fc.oneof(
  fc.double({ min: -3, max: 12, noNaN: true }).map((v) => v.toFixed(2)),
  fc.integer({ min: -2, max: 6 }).map(String),
  fc.constantFrom('', 'NA', 'NaN', 'INF', '-INF', '1e1', ' 3 ', '+4', 'x', '1,5', '0.000000000000000000001', '123456789012345678901'),
);
const row = fc.record({
  id: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 30 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom('', 'NA', '1.5', 'id') }),
  x: numberCell,
  y: numberCell,
  day: fc.oneof(
    fc.date({ min: new Date('2019-06-01'), max: new Date('2025-06-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('', 'NA', '2021-02-30', '2021-1-1', 'today'),
  ),
  at: fc.oneof(
    fc.date({ min: new Date('2019-06-01'), max: new Date('2025-06-01'), noInvalidDate: true }).map((d) => d.toISOString().replace('.000', '')),
    fc.constantFrom('', 'NA', '2021-01-01T25:00:00Z', '2021-01-01'),
  ),
  n: fc.oneof(fc.integer({ min: -3, max: 9 }).map(String), fc.constantFrom('', '-', 'N/A', 'NA', '2.0')),
  code: fc.oneof(fc.tuple(fc.constantFrom('A', 'B', 'z'), fc.integer({ min: 0, max: 120 })).map(([a, n]) => `${a}${n}`), fc.constantFrom('', 'NA', 'A1x', '"B22"')),
  kind: fc.constantFrom('a', 'b', 'cc', 'd', 'A', '', 'NA', 'a b'),
  note: fc.constantFrom('', 'x', 'xy', 'xyz1', 'xyz12', '𝄞𝄞', '𝄞', 'é', 'NA', 'N/A'),
  flag: fc.constantFrom('true', 'false', 'True', 'FALSE', '1', '0', 'yes', '', 'NA'),
  yes: fc.constantFrom('Y', 'yes', 'N', 'no', 'true', '', 'NA'),
});

describe('text column loops', () => {
  it('tallies and profiles exactly as the general loop does', async () => {
    const dir = await tempDir();
    const schema = compileTableSchema(SCHEMA, 'schema.json');
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), async (rows) => {
        const csv = ['id,x,y,day,at,n,code,kind,note,flag,yes', ...rows.map((r) => [r.id, r.x, r.y, r.day, r.at, r.n, r.code, r.kind, r.note, r.flag, r.yes].join(','))].join('\n') + '\n';
        await writeFiles(dir, { 'data.csv': csv });
        const run = async (mask: boolean) => {
          const profile = new DatasetProfiler(() => 'own');
          const { tally } = await tallyTable(await openTable(userFile(dir, 'data.csv')), schema, {
            profile, ...(mask ? { rows: { index: 0, count: 1 } } : {}),
          });
          return { tally, profile: profile.toProfile() };
        };
        const fast = await run(false);
        const general = await run(true);
        expect(fast.tally).toEqual(general.tally);
        expect(fast.profile).toEqual(general.profile);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a field with a pattern and an enum', () => {
  it('reports a value that matches the pattern but is not in the enum, in either loop', async () => {
    const dir = await tempDir();
    const schema = compileTableSchema(JSON.stringify({ fields: [{ name: 'kind', type: 'string', constraints: { pattern: '[a-z]+', enum: ['a', 'b'] } }] }), 'schema.json');
    await writeFiles(dir, { 'data.csv': 'kind\na\nc\nB\n' });
    for (const rows of [undefined, { index: 0, count: 1 }]) {
      const { tally } = await tallyTable(await openTable(userFile(dir, 'data.csv')), schema, rows ? { rows } : {});
      expect(tally.errors.map((e) => [e.row, e.constraint])).toEqual([[2, 'enum'], [3, 'pattern']]);
    }
  });
});
