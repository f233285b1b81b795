// Infinite and undefined drift statistics are results, never crashes (issue
// 12): through the CLI (`validate --reference --out`, `--format json`,
// `--format markdown`), a category the reference never had (χ² = ∞, as
// scipy.stats.chisquare gives for an expected count of 0), a constant
// reference column (Wasserstein / max(std, 0.001), Evidently's normaliser), a column with no values in the
// current data (undefined: NaN), all-missing columns and one-row files. The
// written document is read back with the one reader and keeps ∞ and NaN.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { parseResults } from '../../shared/results/io.js';
import type { DriftColumn, ValidateDataResults } from '../../shared/results/schema.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

const SCHEMA = `fields:
  - name: color
    type: string
  - name: size
    type: number
  - name: flat
    type: number
    x-holdout: { drift: { method: wasserstein } }
  - name: empty
    type: number
`;

const csv = (rows: string[]) => ['color,size,flat,empty', ...rows].join('\n') + '\n';

/** Runs validate with --out and reads the document back through parseResults. */
async function validate(files: Record<string, string>, current: string, reference: string) {
  const dir = await tempDir();
  await writeFiles(dir, { 'schema.yaml': SCHEMA, ...files });
  const run = await cli(['validate', current, '--schema', 'schema.yaml', '--reference', reference, '--out', 'r.json'], dir);
  const text = await readFile(join(dir, 'r.json'), 'utf8');
  const document = parseResults(text, 'r.json') as ValidateDataResults;
  const column = (name: string): DriftColumn => document.data.drift!.columns.find((c) => c.column === name)!;
  return { dir, run, text, document, column };
}

describe('drift statistics that are infinite or undefined', () => {
  it('a category the reference never had: χ² = ∞ with p = 0, written, read back and reported', async () => {
    const reference = csv(['red,1,5,', 'blue,2,5,', 'red,3,5,', 'blue,4,5,', 'red,5,5,', 'blue,6,5,', 'red,7,5,']);
    const current = csv(['red,1,5,', 'green,2,5,', 'red,3,5,', 'blue,4,5,', 'red,5,5,', 'blue,6,5,']);
    const { dir, run, text, document, column } = await validate({ 'ref.csv': reference, 'cur.csv': current }, 'cur.csv', 'ref.csv');
    expect(run.stderr).not.toMatch(/ZodError|at .*\.ts/);
    expect(run.code).toBe(1);
    expect(column('color')).toMatchObject({ method: 'chisquare', statistic: Infinity, pValue: 0, status: 'fail' });
    expect(column('color').message).toMatch(/^χ² statistic ∞, p = 0 /);
    // JSON has no Infinity: the document holds the string the schema reads back as the number.
    expect(text).toContain('"statistic": "Infinity"');
    expect(document.checks.find((c) => c.id === 'drift:color')).toMatchObject({ status: 'fail', observed: 0 });
    expect(document.checks.find((c) => c.id === 'unseenCategories:color')!.message).toContain('"green"');
    // The other writers of the same document: --format json and the markdown summary.
    const json = await cli(['validate', 'cur.csv', '--schema', 'schema.yaml', '--reference', 'ref.csv', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const printed = parseResults(json.stdout, 'stdout') as ValidateDataResults;
    expect(printed.data.drift!.columns.find((c) => c.column === 'color')!.statistic).toBe(Infinity);
    const markdown = await cli(['validate', 'cur.csv', '--schema', 'schema.yaml', '--reference', 'ref.csv', '--format', 'markdown'], dir);
    expect(markdown.stdout).toContain('∞');
  });

  it('a constant reference column: Wasserstein distance over Evidently\'s smallest normaliser, max(std, 0.001)', async () => {
    const reference = csv(['red,1,5,', 'blue,2,5,', 'red,3,5,', 'blue,4,5,']);
    const current = csv(['red,1,5,', 'blue,2,6,', 'red,3,7,', 'blue,4,5,']);
    const { run, text, column } = await validate({ 'ref.csv': reference, 'cur.csv': current }, 'cur.csv', 'ref.csv');
    expect(run.stderr).not.toMatch(/ZodError/);
    // scipy.stats.wasserstein_distance([5, 5, 5, 5], [5, 6, 7, 5]) = 0.75, ÷ max(np.std(ref), 0.001) = 750
    expect(column('flat')).toMatchObject({ method: 'wasserstein', status: 'fail' });
    expect(column('flat').statistic).toBeCloseTo(750, 8);
    expect(column('flat').message).toMatch(/^Wasserstein distance \(in reference std\) 750 .*reference std 0, divided by 0\.001/);
    expect(text).not.toMatch(/"observed": "Infinity"/);
    // The same column unchanged: 0 over 0 is no drift, not NaN.
    const same = await validate({ 'ref.csv': reference, 'cur.csv': csv(['red,1,5,', 'blue,2,5,']) }, 'cur.csv', 'ref.csv');
    expect(same.column('flat')).toMatchObject({ statistic: 0, status: 'pass' });
  });

  it('a column with no values in the current data: the statistic is undefined (NaN), a warning, not an error', async () => {
    const reference = csv(['red,1,5,', 'blue,2,5,', 'red,3,6,', 'blue,4,5,', 'red,5,5,', 'blue,6,7,', 'red,7,5,']);
    const current = csv(['red,,,', 'blue,,,', 'red,,,']);
    const { run, text, document, column } = await validate({ 'ref.csv': reference, 'cur.csv': current }, 'cur.csv', 'ref.csv');
    expect(run.stderr).not.toMatch(/ZodError/);
    expect(column('size').statistic).toBeNaN();
    expect(column('size').pValue).toBeNaN(); // KS (auto): a p-value method
    expect(column('size')).toMatchObject({ method: 'ks', nCur: 0, status: 'warn' });
    expect(column('size').message).toMatch(/undefined \(NaN\): the current data has no values in this column/);
    expect(column('flat').statistic).toBeNaN();
    expect(text).toContain('"statistic": "NaN"');
    // What did go wrong is said by the missing-rate checks; the document is a verdict, not "could not be evaluated".
    expect(document.checks.find((c) => c.id === 'missingRateChange:size')).toMatchObject({ status: 'fail', observed: 1 });
    expect(document.status).toBe('fail');
    // Only color was compared: the undefined columns do not count towards dataset drift.
    expect(document.data.drift!.dataset).toMatchObject({ compared: 1, drifted: 0 });
    // All-missing in both: nothing to compare, said so.
    expect(document.data.drift!.skipped).toContainEqual({ column: 'empty', reason: 'the reference has no values' });
    expect(run.code).toBe(1);
  });

  it('one-row files: a one-row reference (every new value unseen) and a one-row current file', async () => {
    const one = csv(['red,1,5,2']);
    const many = csv(['red,1,5,', 'blue,2,6,', 'red,3,7,', 'green,4,5,', 'red,5,5,', 'red,6,5,', 'red,7,5,']);
    const byReference = await validate({ 'one.csv': one, 'many.csv': many }, 'many.csv', 'one.csv');
    expect(byReference.run.stderr).not.toMatch(/ZodError/);
    expect(byReference.column('color')).toMatchObject({ method: 'chisquare', statistic: Infinity, pValue: 0, nRef: 1, nCur: 7, status: 'fail' });
    expect(byReference.column('flat')).toMatchObject({ method: 'wasserstein', nRef: 1 });
    expect(byReference.column('flat').statistic).toBeCloseTo(3 / 7 / 0.001, 8); // W([5], [5,6,7,5,5,5,5]) = 3/7, over 0.001
    expect(byReference.column('empty').statistic).toBeNaN(); // one value in the reference, none now
    const byCurrent = await validate({ 'one.csv': one, 'many.csv': many }, 'one.csv', 'many.csv');
    expect(byCurrent.run.stderr).not.toMatch(/ZodError/);
    expect(byCurrent.column('color')).toMatchObject({ nRef: 7, nCur: 1 });
    expect(byCurrent.document.data.drift!.skipped).toContainEqual({ column: 'empty', reason: 'the reference has no values' });
  });
});
