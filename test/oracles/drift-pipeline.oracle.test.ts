// validate-data's drift numbers, end to end (files → profiles → checks),
// against what a user computes with pandas + scipy on the same files: exact
// (1e-9) for the binned statistics, and for KS and Wasserstein — which
// holdout computes on the reference's frozen grid so that shards merge —
// within the bound each check states, of scipy's raw-sample value.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { DriftColumn } from '../../shared/results/schema.js';
import { driftTable } from '../../shared/report/drift.js';
import { parseResults } from '../../shared/results/io.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from '../validate/drift-data.js';
import { Random } from '../../shared/stats/random.js';
import { close, describeOracle, python } from './oracle.js';
import { userFile } from '../../shared/io/user-file.js';

const METHODS = ['psi', 'jensenshannon', 'js_divergence', 'linf', 'chisquare', 'z', 'ks', 'wasserstein'] as const;
const NUMERIC = ['x', 'skewed'];
const CATEGORICAL = ['region', 'flag'];

const CASES = [
  { name: 'same distribution', ref: { n: 4000, seed: 11 }, cur: { n: 3000, seed: 12 } },
  { name: 'shifted, reshuffled categories', ref: { n: 4000, seed: 13 }, cur: { n: 2500, seed: 14, shift: 0.6, shares: [0.25, 0.25, 0.25, 0.25] } },
  { name: 'small, with a new category', ref: { n: 300, seed: 15 }, cur: { n: 450, seed: 16, shift: 0.2, newCategory: 'zz' } },
];

describeOracle('drift pipeline vs pandas + scipy', async () => {
  const dir = await tempDir();
  const results: Array<Record<string, Record<string, DriftColumn>>> = [];
  for (const [i, c] of CASES.entries()) {
    await writeFiles(dir, { [`ref${i}.csv`]: driftCsv(c.ref), [`cur${i}.csv`]: driftCsv(c.cur) });
    const byMethod: Record<string, Record<string, DriftColumn>> = {};
    for (const method of METHODS) {
      const schema = { ...DRIFT_SCHEMA, 'x-holdout': { drift: { method } } };
      await writeFiles(dir, { [`schema-${method}.json`]: JSON.stringify(schema) });
      const { document } = await validateData({ data: [`cur${i}.csv`], baseDir: dir, schema: userFile(dir, `schema-${method}.json`), reference: `ref${i}.csv` });
      byMethod[method] = Object.fromEntries(document.data.drift!.columns.map((col) => [col.column, col]));
      const readBack = parseResults(JSON.stringify(document), `${method}.json`); // infinite χ² and all: still a valid results document
      if (method === 'chisquare' && i === 2 && readBack.kind === 'validate-data') expect(driftTable(readBack.data.drift!)).toMatch(/\| ❌ region<br><sub>χ² [^|]*\| p &lt; 0\.001<br><sub>χ² ∞<\/sub> \|/);
    }
    results.push(byMethod);
  }
  const answers = python(CASES.map((_, i) => ({ kind: 'drift_pipeline', ref: join(dir, `ref${i}.csv`), cur: join(dir, `cur${i}.csv`), numeric: NUMERIC, categorical: CATEGORICAL, boolean: ['flag'] })));

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const ours = results[i]!;
    const theirs = answers[i];
    for (const column of [...NUMERIC, ...CATEGORICAL]) {
      const t = theirs[column];
      const at = (method: string) => ours[method]![column]!;
      const exact = (method: string, value: number) => expect(close(at(method).statistic!, value), `${column} ${method}: holdout ${at(method).statistic}, scipy ${value}`).toBe(true);
      exact('psi', t.psi);
      exact('jensenshannon', t.jensenshannon);
      exact('js_divergence', t.js_divergence);
      exact('linf', t.linf);
      if (t.chisquare) {
        exact('chisquare', t.chisquare[0]);
        expect(close(at('chisquare').pValue!, t.chisquare[1])).toBe(true);
      } else expect(at('chisquare').statistic).toBe(Infinity); // a value the reference never had
      if (t.z) {
        exact('z', t.z[0]);
        expect(close(at('z').pValue!, t.z[1])).toBe(true);
      } else expect(at('z').status).toBe('error');
      if (NUMERIC.includes(column)) {
        const ks = at('ks');
        const w = at('wasserstein');
        expect(ks.bins).toBe('grid');
        // The grid's D is the raw D at the grid's edges: never above it, and at most the stated bound below.
        expect(ks.statistic!).toBeLessThanOrEqual(t.ks[0] + 1e-12);
        expect(t.ks[0] - ks.statistic!, `${column} ks: grid ${ks.statistic} ±${ks.bound}, scipy ${t.ks[0]}`).toBeLessThanOrEqual(ks.bound! + 1e-12);
        expect(Math.abs(w.statistic! - t.wasserstein), `${column} wasserstein: grid ${w.statistic} ±${w.bound}, scipy ${t.wasserstein}`).toBeLessThanOrEqual(w.bound!);
        // And in practice far inside it: the stated bound is a worst case.
        expect(Math.abs(w.statistic! - t.wasserstein)).toBeLessThan(0.01);
      } else {
        expect(at('ks').status).toBe('error'); // KS needs an ordered column
      }
    }
  });
});

// Integer columns (ages, counts) are common and have many ties. The profile
// keeps each grid bin's smallest and largest value, so a bin holding one
// integer is a point mass: where the grid separates every value (beyond the
// reference's range too), KS and Wasserstein on the grid are scipy's
// raw-sample values, with a zero bound.
const INTEGER_SCHEMA = { fields: [{ name: 'age', type: 'integer' }, { name: 'visits', type: 'integer' }] };

function integerCsv(n: number, seed: number, shift: number): string {
  const r = new Random(seed);
  const lines = ['age,visits'];
  for (let i = 0; i < n; i++) {
    const age = 18 + shift + r.nextIndex(43); // 43 values: the grid gives each its own bin
    let visits = 0; // geometric, a long sparse tail: tail bins hold several values
    while (visits < 200 && r.nextUint32() / 4294967296 < 0.85 - shift / 100) visits++;
    lines.push(`${age},${visits}`);
  }
  return lines.join('\n') + '\n';
}

describeOracle('integer columns vs scipy', async () => {
  const dir = await tempDir();
  const cases = [
    { name: 'same distribution', ref: [5000, 21, 0], cur: [3000, 22, 0] },
    { name: 'shifted', ref: [5000, 23, 0], cur: [4000, 24, 3] },
  ] as const;
  const ours: Array<Record<string, Record<string, DriftColumn>>> = [];
  for (const [i, c] of cases.entries()) {
    await writeFiles(dir, { [`int-ref${i}.csv`]: integerCsv(c.ref[0], c.ref[1], c.ref[2]), [`int-cur${i}.csv`]: integerCsv(c.cur[0], c.cur[1], c.cur[2]) });
    const byMethod: Record<string, Record<string, DriftColumn>> = {};
    for (const method of ['ks', 'wasserstein']) {
      await writeFiles(dir, { [`int-schema-${method}.json`]: JSON.stringify({ ...INTEGER_SCHEMA, 'x-holdout': { drift: { method } } }) });
      const { document } = await validateData({ data: [`int-cur${i}.csv`], baseDir: dir, schema: userFile(dir, `int-schema-${method}.json`), reference: `int-ref${i}.csv` });
      byMethod[method] = Object.fromEntries(document.data.drift!.columns.map((col) => [col.column, col]));
    }
    ours.push(byMethod);
  }
  const answers = python(cases.map((_, i) => ({ kind: 'drift_pipeline', ref: join(dir, `int-ref${i}.csv`), cur: join(dir, `int-cur${i}.csv`), numeric: ['age', 'visits'], categorical: [] })));

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const { ks, wasserstein } = ours[i]!;
    const theirs = answers[i];
    for (const column of ['age', 'visits']) {
      const k = ks![column]!;
      const w = wasserstein![column]!;
      expect(k.bins).toBe('grid');
      expect(k.statistic!).toBeLessThanOrEqual(theirs[column].ks[0] + 1e-12);
      expect(theirs[column].ks[0] - k.statistic!, `${column} ks`).toBeLessThanOrEqual(k.bound! + 1e-12);
      expect(Math.abs(w.statistic! - theirs[column].wasserstein), `${column} wasserstein`).toBeLessThanOrEqual(w.bound! + 1e-12);
    }
    // Every age has a bin of its own, the shifted ones above the reference's maximum too (the grid
    // extends past the reference's range): exact, and stated as exact.
    expect(ks!.age!.bound).toBe(0);
    expect(close(ks!.age!.statistic!, theirs.age.ks[0])).toBe(true);
    expect(close(ks!.age!.pValue!, theirs.age.ks[1])).toBe(true);
    expect(wasserstein!.age!.bound).toBe(0);
    expect(close(wasserstein!.age!.statistic!, theirs.age.wasserstein)).toBe(true);
    // The sparse tail of visits shares bins; the stated bound stays small.
    expect(wasserstein!.visits!.bound!).toBeLessThan(0.03);
  });
});
