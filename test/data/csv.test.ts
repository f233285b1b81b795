import { describe, expect, it } from 'vitest';
import { openCsvStream } from '../../shared/data/csv.js';
import type { ColumnBatch } from '../../shared/data/batch.js';
import { ConfigurationError } from '../../shared/errors.js';
import { chunksOf } from '../helpers.js';

async function parseCsv(text: string, chunk: number | number[] = 1 << 20, delimiter = ',') {
  const stream = await openCsvStream(chunksOf(text, chunk), { displayPath: 'd.csv', delimiter });
  const rows: string[][] = [];
  const lines: number[] = [];
  for await (const batch of stream.batches as AsyncIterable<ColumnBatch>) {
    for (let r = 0; r < batch.size; r++) {
      rows.push(batch.columns.map((c) => c[r] as string));
      lines.push(batch.lines![r]!);
    }
  }
  return { header: stream.header, rows, lines, headerLine: stream.headerLine };
}

async function parseError(text: string, chunk: number | number[] = 1 << 20): Promise<ConfigurationError> {
  try {
    await parseCsv(text, chunk);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('readCsvBatches', () => {
  it('reads a plain table with line numbers', async () => {
    const out = await parseCsv('a,b\n1,2\n3,4\n');
    expect(out.header).toEqual(['a', 'b']);
    expect(out.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(out.lines).toEqual([2, 3]);
  });

  it('handles quotes, doubled quotes and embedded newlines, counting physical lines', async () => {
    const text = 'id,note\n1,"say ""hi"""\n2,"two\nlines"\n3,"a,b"\n4,x\n';
    for (const chunk of [1, 2, 3, 7, 1 << 20]) {
      const out = await parseCsv(text, chunk);
      expect(out.rows).toEqual([['1', 'say "hi"'], ['2', 'two\nlines'], ['3', 'a,b'], ['4', 'x']]);
      expect(out.lines).toEqual([2, 3, 5, 6]);
    }
  });

  it('accepts CRLF, a BOM and a last line without newline', async () => {
    const out = await parseCsv('\uFEFFa,b\r\n1,2\r\n"x\r\ny",3');
    expect(out.header).toEqual(['a', 'b']);
    expect(out.rows).toEqual([['1', '2'], ['x\r\ny', '3']]);
    expect(out.lines).toEqual([2, 3]);
  });

  it('splits a CRLF across chunks without inventing a blank row', async () => {
    const out = await parseCsv('a,b\r\n1,2\r\n3,4\r\n', [4, 1, 5, 1, 1, 1]);
    expect(out.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(out.lines).toEqual([2, 3]);
  });

  it('reads TSV with the tab delimiter', async () => {
    const out = await parseCsv('a\tb\n1,5\t2\n', 1 << 20, '\t');
    expect(out.rows).toEqual([['1,5', '2']]);
  });

  it('keeps empty fields, including a trailing one', async () => {
    const out = await parseCsv('a,b,c\n,,\n1,,\n');
    expect(out.rows).toEqual([['', '', ''], ['1', '', '']]);
  });

  it('skips blank lines but keeps the line numbers of the rest exact', async () => {
    const out = await parseCsv('a,b\n1,2\n\n3,4\n');
    expect(out.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(out.lines).toEqual([2, 4]);
  });

  it('reports ragged rows with file and line', async () => {
    const error = await parseError('a,b\n1,2\n"x\ny",2,3\n');
    expect(error.file).toBe('d.csv');
    expect(error.line).toBe(3);
    expect(error.message).toBe('d.csv:3: row has 3 fields, but the header has 2');
    const short = await parseError('a,b,c\n1,2\n');
    expect(short.message).toContain('row has 2 fields');
  });

  it('reports an unterminated quote at the line where it opened', async () => {
    for (const chunk of [1, 5, 1 << 20]) {
      const error = await parseError('a,b\n1,2\n3,"open\nmore\n', chunk);
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/unterminated quoted field/);
    }
  });

  it('rejects duplicate header names, an empty file and a header without rows', async () => {
    expect((await parseError('a,b,a\n1,2,3\n')).message).toBe('d.csv:1: duplicate column name "a" (columns 1 and 3)');
    expect((await parseError('')).message).toBe('d.csv: is empty');
    expect((await parseError('a,b\n')).message).toBe('d.csv:1: has a header row but no data rows');
  });
});
