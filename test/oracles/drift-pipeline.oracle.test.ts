// validate-data's drift numbers, end to end (files → profiles → checks),
// against what a user computes with pandas + scipy on the same files: exact
// (1e-9) for the binned statistics, and for KS and Wasserstein — which
// holdout computes on the reference's frozen grid so that shards merge —
// within the bound each check states, of scipy's raw-sample value.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DriftColumn } from '../../shared/results/schema.js';
import { driftTable } from '../../shared/report/drift.js';
import { parseResults } from '../../shared/results/io.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from '../validate/drift-data.js';
import { close, python } from './oracle.js';

const METHODS = ['psi', 'jensenshannon', 'js_divergence', 'linf', 'chisquare', 'z', 'ks', 'wasserstein'] as const;
const NUMERIC = ['x', 'skewed'];
const CATEGORICAL = ['region', 'flag'];

const CASES = [
  { name: 'same distribution', ref: { n: 4000, seed: 11 }, cur: { n: 3000, seed: 12 } },
  { name: 'shifted, reshuffled categories', ref: { n: 4000, seed: 13 }, cur: { n: 2500, seed: 14, shift: 0.6, shares: [0.25, 0.25, 0.25, 0.25] } },
  { name: 'small, with a new category', ref: { n: 300, seed: 15 }, cur: { n: 450, seed: 16, shift: 0.2, newCategory: 'zz' } },
];

describe('drift pipeline vs pandas + scipy', async () => {
  const dir = await tempDir();
  const results: Array<Record<string, Record<string, DriftColumn>>> = [];
  for (const [i, c] of CASES.entries()) {
    await writeFiles(dir, { [`ref${i}.csv`]: driftCsv(c.ref), [`cur${i}.csv`]: driftCsv(c.cur) });
    const byMethod: Record<string, Record<string, DriftColumn>> = {};
    for (const method of METHODS) {
      const schema = { ...DRIFT_SCHEMA, 'x-holdout': { drift: { method } } };
      await writeFiles(dir, { [`schema-${method}.json`]: JSON.stringify(schema) });
      const { document } = await validateData({ data: [`cur${i}.csv`], baseDir: dir, schemaPath: join(dir, `schema-${method}.json`), reference: `ref${i}.csv` });
      byMethod[method] = Object.fromEntries(document.data.drift!.columns.map((col) => [col.column, col]));
      const readBack = parseResults(JSON.stringify(document), `${method}.json`); // infinite χ² and all: still a valid results document
      if (method === 'chisquare' && i === 2 && readBack.kind === 'validate-data') expect(driftTable(readBack.data.drift!)).toMatch(/\| region \| chisquare \| ∞ \| 0 \|/);
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
