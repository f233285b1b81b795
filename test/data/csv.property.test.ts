// Property tests for the CSV reader: any table, written with RFC 4180 quoting
// and either line ending, split into arbitrary chunks, reads back exactly,
// with the exact physical line of every record; a row whose cells are all
// empty is a blank row (Frictionless' blank-row), reported at its line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCsvStream } from '../../shared/data/csv.js';
import { chunksOf } from '../helpers.js';

const cellChar = fc.constantFrom('a', 'b', 'z', '0', '7', ' ', ',', '"', '\n', '\r\n', 'é', '✓', '𝄞', '\t', "'");
const cell = fc.array(cellChar, { maxLength: 6 }).map((parts) => parts.join(''));

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 }),
    crlf: fc.boolean(),
    quoteAll: fc.boolean(),
    chunks: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
  }),
);

function quote(value: string, all: boolean, width: number): string {
  const needs = /[",\r\n]/.test(value) || (width === 1 && value === '');
  return all || needs ? `"${value.replaceAll('"', '""')}"` : value;
}

describe('CSV reader properties', () => {
  it('round-trips generated tables with exact line numbers', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ header, rows, crlf, quoteAll, chunks }) => {
        const eol = crlf ? '\r\n' : '\n';
        let text = header.join(',') + eol;
        const expectedLines: number[] = [];
        const expectedRows: string[][] = [];
        const blankLines: number[] = [];
        for (const row of rows) {
          const line = text.split('\n').length;
          if (row.every((v) => v === '')) blankLines.push(line);
          else {
            expectedLines.push(line);
            expectedRows.push(row);
          }
          text += row.map((v) => quote(v, quoteAll, header.length)).join(',') + eol;
        }
        const stream = await openCsvStream(chunksOf(text, chunks), { displayPath: 'p.csv' });
        expect(stream.header).toEqual(header);
        const got: string[][] = [];
        const lines: number[] = [];
        const blanks: number[] = [];
        for await (const batch of stream.batches) {
          for (const issue of batch.issues ?? []) if (issue.type === 'blank-row') blanks.push(issue.line);
          for (let r = 0; r < batch.size; r++) {
            got.push(batch.columns.map((c) => c[r] as string));
            lines.push(batch.lines![r]!);
          }
        }
        expect(got).toEqual(expectedRows);
        expect(lines).toEqual(expectedLines);
        expect(blanks).toEqual(blankLines);
      }),
      { numRuns: 300 },
    );
  });
});
