import { describe, expect, it } from 'vitest';
import { openCsvStream, sniffDelimiter, type CsvDialect } from '../../shared/data/csv.js';
import type { ColumnBatch } from '../../shared/data/batch.js';
import { ConfigurationError } from '../../shared/errors.js';
import { chunksOf } from '../helpers.js';

async function parseCsv(text: string, chunk: number | number[] = 1 << 20, delimiter: string | null = ',', dialect?: CsvDialect, maxRecordChars?: number) {
  const stream = await openCsvStream(chunksOf(text, chunk), { displayPath: 'd.csv', delimiter: delimiter ?? undefined, dialect, maxRecordChars });
  const rows: string[][] = [];
  const lines: number[] = [];
  const issues: Array<[string, number, number]> = [];
  for await (const batch of stream.batches as AsyncIterable<ColumnBatch>) {
    for (let r = 0; r < batch.size; r++) {
      rows.push(batch.columns.map((c) => c[r] as string));
      lines.push(batch.lines![r]!);
    }
    for (const issue of batch.issues ?? []) issues.push([issue.type, issue.line, issue.cells]);
  }
  return { header: stream.header, rows, lines, headerLine: stream.headerLine, issues };
}

async function parseError(text: string, chunk: number | number[] = 1 << 20, dialect?: CsvDialect, maxRecordChars?: number): Promise<ConfigurationError> {
  try {
    await parseCsv(text, chunk, dialect ? null : ',', dialect, maxRecordChars);
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

  it('keeps empty fields, including a trailing one; a row of empty cells is a blank row', async () => {
    const out = await parseCsv('a,b,c\n,,\n1,,\n');
    expect(out.rows).toEqual([['1', '', '']]);
    expect(out.issues).toEqual([['blank-row', 2, 3]]);
  });

  it('reports blank lines as blank rows (not records) and keeps the line numbers of the rest exact', async () => {
    const out = await parseCsv('a,b\n1,2\n\n3,4\n');
    expect(out.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(out.lines).toEqual([2, 4]);
    expect(out.issues).toEqual([['blank-row', 3, 1]]);
  });

  it('reads ragged rows as records with their shape reported (extra-cell, missing-cell), not as bad input', async () => {
    for (const chunk of [1, 3, 1 << 20]) {
      const out = await parseCsv('a,b\n1,2\n"x\ny",2,3\n4\n', chunk);
      expect(out.rows).toEqual([['1', '2'], ['x\ny', '2'], ['4', '']]);
      expect(out.lines).toEqual([2, 3, 5]);
      expect(out.issues).toEqual([['extra-cell', 3, 3], ['missing-cell', 5, 1]]);
    }
  });

  it('reports an unterminated quote at the line where it opened', async () => {
    for (const chunk of [1, 5, 1 << 20]) {
      const error = await parseError('a,b\n1,2\n3,"open\nmore\n', chunk);
      expect(error.line).toBe(3);
      expect(error.message).toMatch(/unterminated quoted field/);
    }
  });

  it('reads duplicate header names and a header without rows (the validator reports labels); an empty file is bad input', async () => {
    expect((await parseCsv('a,b,a\n1,2,3\n')).header).toEqual(['a', 'b', 'a']);
    expect((await parseError('')).message).toBe('d.csv: is empty');
    expect(await parseCsv('a,b\n')).toMatchObject({ header: ['a', 'b'], rows: [], issues: [] });
  });

  it('stops at a record longer than the limit, naming file and line, in time linear in the record', async () => {
    const long = 'x'.repeat(3 << 20);
    const error = await parseError(`a,b\n1,2\n3,${long}\n5,6\n`, 120 * 1024, undefined, 2 << 20);
    expect(error.message).toBe('d.csv:3: a record is longer than 2 MiB (the limit): is a quoted field left unterminated, or is this not a CSV file?');
    const quoted = await parseError(`a,b\n1,"${'y\n'.repeat(3 << 19)}`, 64 * 1024, undefined, 2 << 20);
    expect(quoted.line).toBe(2);
  });
});

describe('dialects (Frictionless Table Dialect)', () => {
  const read = (text: string, dialect: CsvDialect, chunk: number | number[] = 1 << 20) => parseCsv(text, chunk, null, dialect);

  it('delimiter, quoteChar, and doubleQuote false with an escapeChar', async () => {
    for (const chunk of [1, 2, 5, 1 << 20]) {
      expect((await read("a;b\n1;'x;y'\n", { delimiter: ';', quoteChar: "'" }, chunk)).rows).toEqual([['1', 'x;y']]);
      const escaped = await read('a,b\n1,"say \\"hi\\""\n2,x\\,y\n', { doubleQuote: false, escapeChar: '\\' }, chunk);
      expect(escaped.rows).toEqual([['1', 'say "hi"'], ['2', 'x,y']]);
      expect(escaped.lines).toEqual([2, 3]);
    }
  });

  it('skipInitialSpace, commentChar and lineTerminator', async () => {
    expect((await read('a, b\n1, "x, y"\n', { skipInitialSpace: true })).rows).toEqual([['1', 'x, y']]);
    expect((await read('a, b\n1, 2\n', {})).header).toEqual(['a', ' b']);
    const commented = await read('# generated\na,b\n1,2\n# note\n3,4\n', { commentChar: '#' }, [3, 1, 4]);
    expect(commented.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(commented.lines).toEqual([3, 5]);
    expect(commented.headerLine).toBe(2);
  });

  it('commentRows (rows of the file, the header counted) and a commentChar of several characters (v2)', async () => {
    for (const chunk of [1, 2, 1 << 20]) {
      const out = await read('f1,f2\n11,12\n21,22\n41,42\n', { commentRows: [2], commentChar: '41' }, chunk);
      expect(out.header).toEqual(['f1', 'f2']);
      expect(out.rows).toEqual([['21', '22']]);
      expect(out.lines).toEqual([3]);
    }
    expect((await read('1,2\n3,4\n5,6\n', { header: false, commentRows: [2] })).rows).toEqual([['1', '2'], ['5', '6']]);
  });

  it('header: false names the columns field1…; headerRows joins several rows with headerJoin', async () => {
    const bare = await read('1,2\n3,4\n', { header: false });
    expect(bare.header).toEqual(['field1', 'field2']);
    expect(bare.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(bare.lines).toEqual([1, 2]);
    const joined = await read('title\nid,name\n,first\n1,ann\n', { headerRows: [2, 3], headerJoin: ' ' });
    expect(joined.header).toEqual(['id', 'name first']);
    expect(joined.rows).toEqual([['1', 'ann']]);
    expect(joined.lines).toEqual([4]);
  });

  it('sniffs the delimiter from the first lines when none is given', async () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(sniffDelimiter('a|b\n1|2\n')).toBe('|');
    expect(sniffDelimiter('a,b\n1,"x;y"\n')).toBe(',');
    expect(sniffDelimiter('name\nann\n')).toBe(',');
    const out = await parseCsv('a;b\n1;2,5\n', 1 << 20, null);
    expect(out.header).toEqual(['a', 'b']);
    expect(out.rows).toEqual([['1', '2,5']]);
  });
});
