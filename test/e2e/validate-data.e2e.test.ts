import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import { tempDir } from '../helpers.js';
import { ROOT, runBundle, webhookExample } from './harness.js';

let workspace: string;

beforeEach(async () => {
  workspace = await tempDir('holdout-ws-');
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
});

const pullRequest = webhookExample('pull_request', 'opened');

describe('validate-data bundle, run as the Actions runner runs it', () => {
  it('passes a valid dataset: outputs, summary and results document', async () => {
    const run = await runBundle({ bundle: 'validate-data', workspace, event: pullRequest, inputs: { data: 'data/train.csv', schema: 'data/schema.yaml' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toEqual({ status: 'pass', 'results-file': 'holdout-results/validate-data.json', rows: '6', 'failed-checks': '0' });
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.summary).toContain('| ✅ data/train.csv | 6 | 0 | 0 |');
    const document = parseResults(await readFile(join(workspace, 'holdout-results/validate-data.json'), 'utf8'), 'results');
    expect(document.kind).toBe('validate-data');
    expect(document.status).toBe('pass');
    expect(document.subject.gitSha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821');
    expect(document.subject.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails an invalid dataset with annotations on the offending lines', async () => {
    const run = await runBundle({ bundle: 'validate-data', workspace, event: pullRequest, inputs: { data: 'data/*.csv', schema: 'data/schema.yaml', 'max-annotations': '5' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(Number(run.outputs['failed-checks'])).toBe(13);
    const located = run.annotations.filter((a) => a.properties.file);
    expect(located).toHaveLength(5);
    expect(located[0]).toMatchObject({ level: 'error', properties: { file: 'data/bad.csv', line: '3' } });
    expect(located[0]!.message).toBe('row 2: "2020-13-01" is not a valid date/default');
    expect(located.map((a) => a.properties.line)).toEqual(['3', '3', '3', '4', '4']);
    expect(run.failures.join('\n')).toMatch(/Data validation fail: 13 checks failed, 13 errors/);
    expect(run.summary).toContain('| ❌ data/bad.csv | 6 | 13 | 13 |');
    expect(run.summary).toContain('| ✅ data/train.csv | 6 | 0 | 0 |');
    const document = parseResults(await readFile(join(workspace, 'holdout-results/validate-data.json'), 'utf8'), 'results');
    if (document.kind !== 'validate-data') throw new Error('wrong kind');
    expect(document.data.errorCount).toBe(13);
    expect(document.data.errors.find((e) => e.type === 'unique-error')).toMatchObject({ file: 'data/bad.csv', line: 5, row: 4, field: 'customer_id' });
  });

  it('fail-on never keeps the step green but still reports', async () => {
    const run = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/bad.csv', schema: 'data/schema.yaml', 'fail-on': 'never', 'results-file': 'out/v.json' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('fail');
    expect(run.outputs['results-file']).toBe('out/v.json');
    await expect(readFile(join(workspace, 'out/v.json'), 'utf8')).resolves.toContain('"validate-data"');
  });

  it('a ragged row is a data error (extra-cell) annotated on its line, as Frictionless reports it', async () => {
    await cp(join(ROOT, 'test/fixtures/bad-input/ragged.csv'), join(workspace, 'data/ragged.csv'));
    const run = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/ragged.csv', schema: 'data/schema.yaml' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.annotations.find((a) => a.properties.file === 'data/ragged.csv' && a.properties.title?.includes('extra-cell'))).toMatchObject({ properties: { line: '3' } });
  });

  it('bad input: one clear message, a failed step and a complete error document', async () => {
    const header = (await readFile(join(ROOT, 'test/fixtures/bad-input/ragged.csv'), 'utf8')).split('\n')[0];
    await writeFile(join(workspace, 'data/unterminated.csv'), `${header}\nC000001,2019-03-14,34,basic,29.99,41,ana@example.com,false\nC000002,"2020-07-01,,premium,89.5,17,bo@example.org,true\n`);
    const run = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/unterminated.csv', schema: 'data/schema.yaml' } });
    expect(run.exitCode).toBe(1);
    expect(run.failures).toEqual(['data/unterminated.csv:3: unterminated quoted field (the quote opened here is never closed)']);
    expect(run.annotations.find((a) => a.properties.file === 'data/unterminated.csv')).toMatchObject({ properties: { line: '3' } });
    expect(run.stdout).not.toMatch(/at .*index\.js/);
    expect(run.outputs.status).toBe('error');
    const document = parseResults(await readFile(join(workspace, 'holdout-results/validate-data.json'), 'utf8'), 'results');
    expect(document.status).toBe('error');
  });

  it('a schema mistake names the schema file, line and key', async () => {
    await cp(join(ROOT, 'test/fixtures/bad-input/misspelt-schema.yaml'), join(workspace, 'data/misspelt.yaml'));
    const again = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/train.csv', schema: 'data/misspelt.yaml' } });
    expect(again.exitCode).toBe(1);
    expect(again.failures).toEqual(['data/misspelt.yaml:5: fields[0].constraints.minimun: unknown key (did you mean "minimum"?)']);
  });

  it('a mistyped input value fails the step naming the input', async () => {
    const run = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/train.csv', schema: 'data/schema.yaml', 'fail-on': 'sometimes' } });
    expect(run.exitCode).toBe(1);
    expect(run.failures).toEqual(['input fail-on: expected one of fail, warn, never, got "sometimes"']);
  });

  it('validates gzip-compressed JSON Lines through the bundle, with lines', async () => {
    const { gzipSync } = await import('node:zlib');
    const { writeFile } = await import('node:fs/promises');
    const rows = [
      { customer_id: 'C000001', signup_date: '2019-03-14', age: 34, plan: 'basic', monthly_charges: 29.99, tenure_months: 41, email: 'a@example.com', churned: false },
      { customer_id: 'C000002', signup_date: '2019-03-15', age: 150, plan: 'basic', monthly_charges: 19.99, tenure_months: 1, email: 'b@example.com', churned: true },
    ];
    const lines = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    await writeFile(join(workspace, 'data/rows.jsonl.gz'), gzipSync(lines));
    const run = await runBundle({ bundle: 'validate-data', workspace, inputs: { data: 'data/rows.jsonl.gz', schema: 'data/schema.yaml', 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('fail');
    const located = run.annotations.filter((a) => a.properties.file === 'data/rows.jsonl.gz');
    expect(located.map((a) => [a.properties.line, a.message])).toEqual([
      [undefined, 'the table has 2 rows, expected at least 5'],
      ['2', 'row 2: "150" is greater than the maximum 100'],
    ]);
  });
});
