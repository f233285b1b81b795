// Boolean cells are matched in place (FAST_BOOLEAN, no string per cell): the
// same type errors, enum verdicts and values as the boolean caster applied to
// each cell's string, with default and custom trueValues/falseValues, on CSV
// cells plain and quoted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../shared/data/table.js';
import { userFile } from '../../shared/io/user-file.js';
import { INVALID } from '../../shared/schema/fields.js';
import { loadTableSchema } from '../../shared/schema/load.js';
import { tallyTable } from '../../shared/validate/table.js';
import { tempDir, writeFiles } from '../helpers.js';

const CELLS = ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0', 'yes', 'no', 'Y', '', 'NA', 'tru', 'truex', ' true', 't', '10', 'falsey'];

describe('boolean cells in place', () => {
  it('gives the caster\'s verdict for every cell', async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ cell: fc.constantFrom(...CELLS), quoted: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        fc.option(fc.record({ trueValues: fc.subarray(['yes', 'Y', 'true', '1', 't']), falseValues: fc.subarray(['no', 'false', '0', 'yes']) }), { nil: undefined }),
        async (rows, custom) => {
          const field = { name: 'flag', type: 'boolean', ...(custom ?? {}), constraints: { enum: [true] } };
          await writeFiles(dir, {
            'schema.json': JSON.stringify({ fields: [{ name: 'n', type: 'integer' }, field], missingValues: ['', 'NA'] }),
            'data.csv': ['n,flag', ...rows.map((r, i) => `${i},${r.quoted ? `"${r.cell}"` : r.cell}`)].join('\n') + '\n',
          });
          const schema = await loadTableSchema(userFile(dir, 'schema.json'));
          const { tally } = await tallyTable(await openTable(userFile(dir, 'data.csv')), schema, { maxErrorSamples: 1000 });
          const cast = schema.fields.find((f) => f.name === 'flag')!.cast;
          const typeRows: number[] = [];
          const enumRows: number[] = [];
          rows.forEach(({ cell }, i) => {
            if (cell === '' || cell === 'NA') return;
            const value = cast(cell);
            if (value === INVALID) typeRows.push(i + 1);
            else if (value !== true) enumRows.push(i + 1);
          });
          expect(tally.errors.filter((e) => e.type === 'type-error').map((e) => e.row)).toEqual(typeRows);
          expect(tally.errors.filter((e) => e.constraint === 'enum').map((e) => e.row)).toEqual(enumRows);
        },
      ),
      { numRuns: 120 },
    );
  });
});
