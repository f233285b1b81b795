// validate-data core: every type and constraint kind, missing values, header
// matching, x-holdout extensions and keys. Each table runs twice — as CSV
// (cells checked in place in the chunk text) and as JSON Lines (cells as
// values) — and both paths must agree exactly.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataError, ValidateDataResults } from '../../shared/results/schema.js';
import { validateData } from '../../shared/validate/run.js';
import { annotationsFor } from '../../shared/validate/annotations.js';
import { tempDir, writeFiles } from '../helpers.js';
import { userFile } from '../../shared/io/user-file.js';

type Row = Record<string, string>;

function toCsv(header: string[], rows: Row[]): string {
  const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [header.join(','), ...rows.map((r) => header.map((h) => q(r[h] ?? '')).join(','))].join('\n') + '\n';
}

function toJsonl(header: string[], rows: Row[]): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries(header.map((h) => [h, r[h] === '' || r[h] === undefined ? null : r[h]])))).join('\n') + '\n';
}

async function validateBoth(schema: object, header: string[], rows: Row[], options: { csvOnly?: boolean } = {}) {
  const dir = await tempDir();
  await writeFiles(dir, { 'schema.json': JSON.stringify(schema), 'd.csv': toCsv(header, rows), 'd.jsonl': toJsonl(header, rows) });
  const csv = (await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 'schema.json') })).document;
  if (!options.csvOnly) {
    const jsonl = (await validateData({ data: ['d.jsonl'], baseDir: dir, schema: userFile(dir, 'schema.json') })).document;
    const strip = (d: ValidateDataResults) => d.data.errors.map((e) => ({ ...e, file: '', line: undefined }));
    expect(strip(jsonl)).toEqual(strip(csv));
    expect(jsonl.checks.map((c) => [c.title, c.status, c.count])).toEqual(csv.checks.map((c) => [c.title, c.status, c.count]));
  }
  return csv;
}

const summary = (errors: DataError[]) => errors.map((e) => `${e.row}:${e.field ?? ''}:${e.type}${e.constraint ? `/${e.constraint}` : ''}`);

describe('types', () => {
  const cases: Array<[string, object, string[], string[]]> = [
    ['integer', { type: 'integer' }, ['1', '-2', '+3', '007', ' 1 '], ['1.5', 'x', '1e3', '1 1']],
    ['number', { type: 'number' }, ['1', '-2.5', '.5', '1e-3', 'NaN', 'INF', '-INF', '3.'], ['1,5', 'abc', '--1', '1e']],
    ['number with groupChar', { type: 'number', groupChar: ',', decimalChar: '.' }, ['1,000.5', '12'], ['1.000,5x']],
    ['number bareNumber false', { type: 'number', bareNumber: false }, ['$12.50', '95%', '€3'], ['abc']],
    ['boolean', { type: 'boolean' }, ['true', 'False', '1', '0'], ['yes', 't']],
    ['boolean custom values', { type: 'boolean', trueValues: ['yes'], falseValues: ['no'] }, ['yes', 'no'], ['true']],
    ['date', { type: 'date' }, ['2024-02-29', '1999-12-31'], ['2023-02-29', '2024-13-01', '24-01-01', '2024-1-1']],
    ['date with format', { type: 'date', format: '%d/%m/%Y' }, ['31/12/2024'], ['2024-12-31', '32/01/2024']],
    ['datetime', { type: 'datetime' }, ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123+02:00', '2024-01-02T03:04:05'], ['2024-01-02 03:04:05', '2024-01-02T25:00:00Z']],
    ['time', { type: 'time' }, ['00:00:00', '23:59:59.5'], ['24:00:00', '12:00']],
    ['year', { type: 'year' }, ['2024', '1900'], ['24', '2024.0']],
    ['yearmonth', { type: 'yearmonth' }, ['2024-02'], ['2024-13', '2024']],
    ['duration', { type: 'duration' }, ['P1Y2M3DT4H5M6S', 'PT0.5S', 'P2W'], ['P', 'PT', '1Y']],
    ['string email', { type: 'string', format: 'email' }, ['a@b.co'], ['a@b', 'not an email']],
    ['string uuid', { type: 'string', format: 'uuid' }, ['123e4567-e89b-12d3-a456-426614174000'], ['123e4567']],
    ['object', { type: 'object' }, ['{"a": 1}'], ['[1]', '{bad']],
    ['array', { type: 'array' }, ['[1, 2]'], ['{"a": 1}']],
    ['geopoint', { type: 'geopoint' }, ['90, 45', '-180,-90'], ['200,0', 'x,y']],
  ];
  it.each(cases)('%s: valid values pass, invalid ones are type errors on their rows', async (_name, field, valid, invalid) => {
    const rows = [...valid, ...invalid].map((v) => ({ v }));
    const doc = await validateBoth({ fields: [{ name: 'v', ...field }] }, ['v'], rows);
    const bad = doc.data.errors.filter((e) => e.type === 'type-error');
    expect(bad.map((e) => e.row)).toEqual(invalid.map((_, i) => valid.length + i + 1));
    expect(bad.map((e) => e.cell)).toEqual(invalid);
    expect(bad[0]?.line).toBe(valid.length + 2);
  });
});

describe('constraints', () => {
  const cases: Array<[string, object, string[], string[]]> = [
    ['minimum', { type: 'integer', constraints: { minimum: 10 } }, ['10', '11'], ['9', '-1']],
    ['maximum', { type: 'number', constraints: { maximum: 1.5 } }, ['1.5', '-3'], ['1.50001', 'INF']],
    ['exclusiveMinimum', { type: 'number', constraints: { exclusiveMinimum: 0 } }, ['0.001'], ['0', '-0']],
    ['exclusiveMaximum', { type: 'integer', constraints: { exclusiveMaximum: 5 } }, ['4'], ['5', '6']],
    ['date minimum', { type: 'date', constraints: { minimum: '2020-01-01' } }, ['2020-01-01', '2021-06-30'], ['2019-12-31']],
    ['datetime maximum', { type: 'datetime', constraints: { maximum: '2024-01-01T00:00:00Z' } }, ['2023-12-31T23:00:00-01:00'], ['2024-01-01T00:30:00+00:00', '2023-12-31T23:30:00-01:00']],
    ['minLength', { type: 'string', constraints: { minLength: 3 } }, ['abc', '𝄞𝄞𝄞'], ['ab', '𝄞𝄞']],
    ['maxLength', { type: 'string', constraints: { maxLength: 2 } }, ['ab', '𝄞𝄞', 'é'], ['abc', '𝄞𝄞𝄞']],
    ['pattern (anchored)', { type: 'string', constraints: { pattern: '[A-Z]{2}[0-9]+' } }, ['AB1', 'ZZ123'], ['ab1', 'AB', 'xAB1', 'AB1x']],
    ['enum', { type: 'string', constraints: { enum: ['red', 'green'] } }, ['red', 'green'], ['blue', 'Red', 're']],
    ['enum, many options', { type: 'string', constraints: { enum: Array.from({ length: 40 }, (_, i) => `c${i}`) } }, ['c0', 'c39'], ['c40']],
    ['integer enum', { type: 'integer', constraints: { enum: [1, 2, 3] } }, ['1', '03'], ['4']],
  ];
  it.each(cases)('%s', async (_name, field, valid, invalid) => {
    const rows = [...valid, ...invalid].map((v) => ({ v }));
    const doc = await validateBoth({ fields: [{ name: 'v', ...field }] }, ['v'], rows);
    const constraint = _name.split(' ').pop()!.replace(/[()]/g, '');
    const errors = doc.data.errors.filter((e) => e.type === 'constraint-error');
    expect(errors.map((e) => e.cell)).toEqual(invalid);
    expect(doc.status).toBe('fail');
    const check = doc.checks.find((c) => c.id.endsWith(`:${errors[0]!.constraint}`))!;
    expect(check.count).toBe(invalid.length);
    expect(check.locations.map((l) => l.line)).toEqual(invalid.map((_, i) => valid.length + i + 2));
    expect(constraint.length).toBeGreaterThan(0);
  });

  it('required: missing values, as defined by missingValues at schema and field level', async () => {
    const schema = {
      missingValues: ['', 'NA'],
      fields: [
        { name: 'a', type: 'integer', constraints: { required: true } },
        { name: 'b', type: 'string', missingValues: ['-'], constraints: { required: true } },
      ],
    };
    const doc = await validateBoth(schema, ['a', 'b'], [{ a: '1', b: 'NA' }, { a: 'NA', b: 'x' }, { a: '', b: '-' }], { csvOnly: true });
    expect(summary(doc.data.errors)).toEqual(['2:a:constraint-error/required', '3:a:constraint-error/required', '3:b:constraint-error/required']);
  });

  it('unique counts every repeat, past any sample limit', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: String(i % 1000) }));
    const dir = await tempDir();
    await writeFiles(dir, { 's.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer', constraints: { unique: true } }] }), 'd.csv': toCsv(['id'], rows) });
    const { document } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json'), options: { maxErrorSamples: 10 } });
    expect(document.data.errorCount).toBe(2000);
    expect(document.data.errors).toHaveLength(10);
    expect(document.checks.find((c) => c.id.endsWith(':unique'))!.count).toBe(2000);
    expect(document.data.errors[0]).toMatchObject({ row: 1001, line: 1002, cell: '0', type: 'unique-error' });
  });
  it('keeps the first errors by row when there are more than the sample holds, whichever column found them', async () => {
    // Column a's errors sit late, column b's early: cells are checked a column at a time, so a
    // "first found" sample would be a's; the first by row are b's, then row 40 in column order.
    const rows = Array.from({ length: 60 }, (_, i) => ({ a: i >= 40 ? 'x' : '1', b: i < 3 || i === 39 ? 'y' : '2' }));
    const dir = await tempDir();
    await writeFiles(dir, { 's.json': JSON.stringify({ fields: [{ name: 'a', type: 'integer' }, { name: 'b', type: 'integer' }] }), 'd.csv': toCsv(['a', 'b'], rows) });
    const { document } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json'), options: { maxErrorSamples: 5 } });
    expect(document.data.errorCount).toBe(24);
    expect(summary(document.data.errors)).toEqual(['1:b:type-error', '2:b:type-error', '3:b:type-error', '40:b:type-error', '41:a:type-error']);
  });
});

describe('keys and table checks', () => {
  it('primaryKey: composite keys must be unique and complete', async () => {
    const schema = { fields: [{ name: 'a', type: 'integer' }, { name: 'b', type: 'string' }], primaryKey: ['a', 'b'] };
    const doc = await validateBoth(schema, ['a', 'b'], [{ a: '1', b: 'x' }, { a: '1', b: 'y' }, { a: '1', b: 'x' }, { a: '', b: 'z' }, { a: '01', b: 'y' }]);
    expect(summary(doc.data.errors)).toEqual(['3::primary-key', '4::primary-key', '5::primary-key']);
  });

  it('single-field primaryKey and uniqueKeys', async () => {
    const schema = { fields: [{ name: 'id', type: 'string' }, { name: 'k', type: 'integer' }], primaryKey: 'id', uniqueKeys: [['k']] };
    const doc = await validateBoth(schema, ['id', 'k'], [{ id: 'a', k: '1' }, { id: 'a', k: '2' }, { id: '', k: '1' }, { id: 'b', k: '' }, { id: 'c', k: '' }]);
    expect(summary(doc.data.errors)).toEqual(['2::primary-key', '3::primary-key', '3:k:unique-error/unique']);
  });

  it('rowCount, maxMissingRate and mostly run on the full counts', async () => {
    const schema = {
      fields: [
        { name: 'x', type: 'integer', 'x-holdout': { maxMissingRate: 0.2 } },
        { name: 'y', type: 'integer', constraints: { minimum: 0 }, 'x-holdout': { mostly: 0.75 } },
        { name: 'z', type: 'integer', 'x-holdout': { mostly: 0.9 } },
      ],
      'x-holdout': { rowCount: { min: 5, max: 10 } },
    };
    const rows = [
      { x: '1', y: '1', z: '1' },
      { x: '', y: '-1', z: 'a' },
      { x: '', y: '2', z: '1' },
      { x: '3', y: '3', z: '1' },
    ];
    const doc = await validateBoth(schema, ['x', 'y', 'z'], rows);
    const byId = (suffix: string) => doc.checks.find((c) => c.id.endsWith(suffix))!;
    expect(byId('#rowCount')).toMatchObject({ status: 'fail', observed: 4, expected: 'between 5 and 10' });
    expect(byId(':x:maxMissingRate')).toMatchObject({ status: 'fail', observed: 0.5, expected: '≤ 20%' });
    expect(byId(':y:minimum')).toMatchObject({ status: 'pass', observed: 0.75, count: 1 });
    expect(byId(':z:type')).toMatchObject({ status: 'fail', observed: 0.75, count: 1 });
    expect(doc.data.errors.find((e) => e.field === 'y')!.severity).toBe('warn');
    expect(doc.data.errors.find((e) => e.field === 'z')!.severity).toBe('fail');
  });
});

describe('header matching (fieldsMatch)', () => {
  const fields = [{ name: 'a' }, { name: 'b' }];
  const run = (fieldsMatch: string | undefined, header: string[]) =>
    validateBoth({ fields, ...(fieldsMatch ? { fieldsMatch } : {}) }, header, [Object.fromEntries(header.map((h) => [h, 'v']))], { csvOnly: true });
  const labels = (doc: ValidateDataResults) => doc.data.errors.map((e) => `${e.type}:${e.field}`);

  it('exact (default): same names in the same order', async () => {
    expect(labels(await run(undefined, ['a', 'b']))).toEqual([]);
    expect(labels(await run(undefined, ['b', 'a']))).toEqual(['incorrect-label:a', 'incorrect-label:b']);
    expect(labels(await run(undefined, ['a']))).toEqual(['missing-label:b']);
    expect(labels(await run(undefined, ['a', 'b', 'c']))).toEqual(['extra-label:c']);
  });
  it('equal, subset, superset, partial (Frictionless: extra labels, then unmatched header, then missing labels)', async () => {
    expect(labels(await run('equal', ['b', 'a']))).toEqual([]);
    expect(labels(await run('equal', ['b', 'c']))).toEqual(['extra-label:c', 'missing-label:a']);
    expect(labels(await run('subset', ['b', 'a', 'c']))).toEqual([]);
    expect(labels(await run('subset', ['b']))).toEqual(['missing-label:a']);
    expect(labels(await run('superset', ['b']))).toEqual([]);
    expect(labels(await run('superset', ['b', 'c']))).toEqual(['extra-label:c']);
    expect(labels(await run('partial', ['c', 'a']))).toEqual([]);
    expect(labels(await run('partial', ['c']))).toEqual(['unmatched-header:undefined']);
  });
  it('superset and partial still need the required and primary-key fields', async () => {
    const schema = (fieldsMatch: string) => ({ fields: [{ name: 'id' }, { name: 'a', constraints: { required: true } }, { name: 'b' }], primaryKey: 'id', fieldsMatch });
    for (const mode of ['superset', 'partial']) {
      const doc = await validateBoth(schema(mode), ['b'], [{ b: '1' }], { csvOnly: true });
      expect(labels(doc)).toEqual(['missing-label:id', 'missing-label:a']);
    }
  });
  it('blank and duplicate labels (exact: by position); cells are still checked after a label error', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      's.json': JSON.stringify({ fields: [{ name: 'a', type: 'integer' }, { name: 'b' }, { name: 'c', type: 'integer' }] }),
      'd.csv': 'a,,a\n1,x,2\nz,y,w\n',
    });
    const doc = (await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json') })).document;
    expect(doc.data.errors.map((e) => [e.line, e.type, e.field])).toEqual([
      [1, 'blank-label', 'b'], [1, 'duplicate-label', 'c'], [3, 'type-error', 'a'], [3, 'type-error', 'c'],
    ]);
    // Matched by name, a blank column is an extra one, tolerated by subset.
    const subset = await validateBoth({ fields: [{ name: 'a' }, { name: 'b' }], fieldsMatch: 'subset' }, ['a', 'b', ''], [{ a: '1', b: '2', '': '3' }], { csvOnly: true });
    expect(labels(subset)).toEqual([]);
  });
});

describe('table structure (Frictionless row errors are data errors with their lines)', () => {
  it('blank rows, extra and missing cells; the table is read to the end and the rest of each row checked', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      's.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'name', constraints: { required: true } }, { name: 'age', type: 'integer' }] }),
      'd.csv': 'id,name,age\n1,ann,30\n2,bob\n\n3,cy,40,extra,more\n,,\nx,dee,5\n',
    });
    const { document, problems } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json') });
    expect(problems).toEqual([]);
    expect(document.status).toBe('fail');
    expect(document.data.errors.map((e) => [e.line, e.type, e.field ?? null])).toEqual([
      [3, 'missing-cell', 'age'],
      [4, 'blank-row', null],
      [5, 'extra-cell', null],
      [5, 'extra-cell', null],
      [6, 'blank-row', null],
      [7, 'type-error', 'id'],
    ]);
    expect(document.data.rows).toBe(4);
    expect(document.checks.find((c) => c.id === 'd.csv#rows')).toMatchObject({ status: 'fail', count: 5 });
    // Annotations land on the lines; a blank row (not a record) is named by its line only.
    const notes = annotationsFor(document, 10);
    expect(notes.filter((a) => a.title === 'holdout: blank-row').map((a) => [a.line, a.message])).toEqual([[4, 'line 4 is a blank row'], [6, 'line 6 is a blank row']]);
    expect(notes.find((a) => a.title === 'holdout: missing-cell in age')).toMatchObject({ file: 'd.csv', line: 3, message: 'row 2: row 2 has 2 cells, the header 3: no cell for column 3 ("age")' });
  });

  it('a header-only file is valid (no rows); an empty file is bad input', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 's.json': JSON.stringify({ fields: [{ name: 'a' }] }), 'h.csv': 'a\n', 'e.csv': '\n' });
    const header = await validateData({ data: ['h.csv'], baseDir: dir, schema: userFile(dir, 's.json') });
    expect(header.problems).toEqual([]);
    expect(header.document).toMatchObject({ status: 'pass', data: { rows: 0, errorCount: 0 } });
    const empty = await validateData({ data: ['e.csv'], baseDir: dir, schema: userFile(dir, 's.json') });
    expect(empty.problems.map((p) => p.message)).toEqual(['e.csv: is empty']);
  });

  it('a semicolon file is read with its sniffed delimiter, not as one column', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 's.json': JSON.stringify({ fields: [{ name: 'a', type: 'number' }, { name: 'b' }] }), 'd.csv': 'a;b\n1.5;x\n2;y\n' });
    const doc = (await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json') })).document;
    expect(doc.status).toBe('pass');
    expect(doc.data.rows).toBe(2);
  });
});

describe('bad input becomes an error document, not an exception', () => {
  it('a missing data file and a schema mistake', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 's.yaml': 'fields:\n  - name: a\n    type: integr\n' , 'ok.yaml': 'fields: [{name: a}]\n' });
    const bad = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.yaml') });
    expect(bad.document.status).toBe('error');
    expect(bad.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^s\.yaml:3: fields\[0\]\.type: unknown type; use one of string, number/)]);
    const missing = await validateData({ data: ['d.csv', 'nope/*.csv'], baseDir: dir, schema: userFile(dir, 'ok.yaml') });
    expect(missing.problems.map((p) => p.message)).toEqual(['the data pattern "nope/*.csv" matches no file']);
  });
});
