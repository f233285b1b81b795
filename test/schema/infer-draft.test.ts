// `holdout infer-schema` on what ordinary files carry (issue 12): missing
// markers (NA, N/A, NaN, null, None, "") written into missingValues and
// configurable; 0/1 labels as integer enum [0, 1] and true/false (pandas'
// True/False) as boolean; integers kept integers; dates, ISO datetimes and
// pandas' "YYYY-MM-DD HH:MM:SS" detected; blank and repeated header labels
// named field_<n> with a warning; --delimiter, and a hint when a file is read
// as one column; ranges only when asked. Each draft is validated by
// `holdout validate` against the file it came from.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

type Field = { name: string; type: string; format?: string; constraints?: Record<string, unknown>; 'x-holdout'?: Record<string, unknown> };

async function draft(files: Record<string, string>, args: string[]) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  const run = await cli(['infer-schema', ...args, '--out', 'draft.json'], dir);
  const schema = JSON.parse(await readFile(join(dir, 'draft.json'), 'utf8')) as { fields: Field[]; missingValues: string[]; primaryKey?: string };
  const by = (name: string) => schema.fields.find((f) => f.name === name)!;
  const validate = (file: string, ...extra: string[]) => cli(['validate', file, '--schema', 'draft.json', ...extra], dir);
  return { dir, run, schema, by, validate };
}

/** 30 rows the way R, pandas and people write them. */
function table(): string {
  const lines = ['id,score,ratio,flag,ok,day,at,at2,label,note'];
  const markers = ['NA', 'N/A', 'NaN', 'null', 'None', ''];
  for (let i = 1; i <= 30; i++) {
    const score = i % 5 === 0 ? markers[(i / 5) % markers.length] : String(i * 3);
    const ratio = i % 7 === 0 ? 'NA' : (i / 8).toFixed(3);
    const day = `2026-01-${String((i % 28) + 1).padStart(2, '0')}`;
    const minute = String(i % 60).padStart(2, '0');
    lines.push([i, score, ratio, i % 2 ? 'True' : 'False', i % 3 ? 'false' : 'true', day, `2026-01-02T10:${minute}:00Z`, `2026-01-02 10:${minute}:00`, i % 2, `note ${i}`].join(','));
  }
  return lines.join('\n') + '\n';
}

describe('infer-schema on ordinary data', () => {
  it('reads the usual missing markers as missing, keeps integers integers, and detects booleans, dates and datetimes', async () => {
    const { run, schema, by, validate } = await draft({ 'a.csv': table() }, ['a.csv']);
    expect(run.code, run.stderr).toBe(0);
    expect(schema.missingValues).toEqual(['', 'NA', 'N/A', 'NaN', 'null', 'None']);
    expect(schema.fields.map((f) => [f.name, f.type, f.format])).toEqual([
      ['id', 'integer', undefined], ['score', 'integer', undefined], ['ratio', 'number', undefined], ['flag', 'boolean', undefined], ['ok', 'boolean', undefined],
      ['day', 'date', undefined], ['at', 'datetime', undefined], ['at2', 'datetime', '%Y-%m-%d %H:%M:%S'], ['label', 'integer', undefined], ['note', 'string', undefined],
    ]);
    // 6 of 30 missing: not required, room for more (Wilson upper bound, z = 3).
    expect(by('score').constraints).toEqual({ minimum: 0 });
    expect(by('score')['x-holdout']).toEqual({ maxMissingRate: 0.48 });
    expect(by('label').constraints).toEqual({ required: true, enum: [0, 1] });
    expect(schema.primaryKey).toBe('id');
    // The draft accepts the file it came from.
    const own = await validate('a.csv');
    expect(own.code, own.stdout).toBe(0);
  });

  it('takes the missing markers from --missing-values', async () => {
    const text = 'a,b\n1,-\n2,None\n3,7\n';
    const { by, schema, validate } = await draft({ 'a.csv': text }, ['a.csv', '--missing-values', ',-']);
    expect(schema.missingValues).toEqual(['', '-']);
    expect(by('b').type).toBe('string'); // "None" is a value now
    expect((await validate('a.csv')).code).toBe(0);
    const strict = await draft({ 'a.csv': 'a,b\n1,-\n2,\n3,7\n' }, ['a.csv', '--missing-values', '-']);
    expect(strict.schema.missingValues).toEqual(['-']);
  });

  it('names blank and repeated header labels field_<n>, with a warning each', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `r${i},${i},${i + 1},${i % 3}`);
    const { run, schema, validate } = await draft({ 'b.csv': ['"",x,x,y', ...rows].join('\n') + '\n' }, ['b.csv']);
    expect(run.code).toBe(0);
    expect(schema.fields.map((f) => f.name)).toEqual(['field_1', 'x', 'field_3', 'y']);
    expect(run.stderr).toContain('holdout: warning: b.csv: column 1 has a blank header; drafted as "field_1"');
    expect(run.stderr).toContain('holdout: warning: b.csv: column 3 repeats the header "x"; drafted as "field_3"');
    // The draft is a schema holdout reads; the labels themselves stay Frictionless errors until the header names them,
    // and every cell of the renamed columns is checked against its field.
    const checked = await validate('b.csv', '--format', 'json');
    const document = JSON.parse(checked.stdout) as { data: { errors: Array<{ type: string }> } };
    expect(document.data.errors.map((e) => e.type).sort()).toEqual(['blank-label', 'duplicate-label']);
  });

  it('--delimiter reads a semicolon file, and a file read as one column gets a hint', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${i};${(i / 4).toFixed(2)};${['a', 'b'][i % 2]}`);
    const text = ['id;value;group', ...rows].join('\n') + '\n';
    const semicolon = await draft({ 's.csv': text }, ['s.csv', '--delimiter', ';']);
    expect(semicolon.schema.fields.map((f) => [f.name, f.type])).toEqual([['id', 'integer'], ['value', 'number'], ['group', 'string']]);
    const comma = await draft({ 's.csv': text }, ['s.csv', '--delimiter', ',']);
    expect(comma.schema.fields.map((f) => f.name)).toEqual(['id;value;group']);
    expect(comma.run.stderr).toContain('holdout: warning: s.csv: read as one column whose header "id;value;group" contains ";"; if that is the delimiter, pass --delimiter ";"');
    const bad = await cli(['infer-schema', 's.csv', '--delimiter', ';;'], comma.dir);
    expect(bad.code).toBe(2);
  });

  it('writes the sign of numeric columns by default and their widened ranges with --ranges', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${12.3 + i * 2.5},${-5 + (i % 10)}`);
    const files = { 'n.csv': ['x,y', ...rows].join('\n') + '\n' };
    const plain = await draft(files, ['n.csv']);
    expect(plain.by('x').constraints).toEqual({ required: true, minimum: 0 });
    expect(plain.by('y').constraints).toEqual({ required: true }); // negative values: no sign
    const ranged = await draft(files, ['n.csv', '--ranges']);
    // 12.3–84.8, widened by 10% of the width (7.25) and rounded outward to the margin's leading digit.
    expect(ranged.by('x').constraints).toEqual({ required: true, minimum: 5, maximum: 93 });
    expect(ranged.by('y').constraints).toEqual({ required: true, minimum: -6, maximum: 5 });
  });

  it('drafts enums only with strong evidence, and integer measurements that happen to be unique are not keys', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${100 + i * 7},${['red', 'green', 'blue'][i % 3]},${i < 57 ? 'common' : `rare${i}`}`);
    const { by, schema } = await draft({ 'e.csv': ['weight,color,kind', ...rows].join('\n') + '\n' }, ['e.csv']);
    expect(by('color').constraints).toEqual({ required: true, enum: ['blue', 'green', 'red'] });
    expect(by('kind').constraints).toEqual({ required: true }); // values seen once: more may exist
    expect(by('weight').constraints).toEqual({ required: true, minimum: 0 }); // unique, but spread out: a measurement
    expect(schema.primaryKey).toBeUndefined();
  });
});
