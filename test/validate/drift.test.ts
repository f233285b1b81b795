// Drift against a reference through validateData: the method auto picks
// (Evidently's rules), levels from the schema, the checks of their own
// (missing-rate change, unseen categories), dataset drift, what every drift
// check reports, and a saved profile standing in for the reference dataset.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidateDataResults } from '../../shared/results/schema.js';
import { parseResults } from '../../shared/results/io.js';
import { validateData } from '../../shared/validate/run.js';
import { writeProfile } from '../../shared/profile/io.js';
import { gridWasserstein } from '../../shared/validate/drift.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from './drift-data.js';
import { userFile } from '../../shared/io/user-file.js';

async function run(files: Record<string, string>, reference: string, schema: object = DRIFT_SCHEMA) {
  const dir = await tempDir();
  await writeFiles(dir, { ...files, 'schema.json': JSON.stringify(schema) });
  const outcome = await validateData({ data: ['cur.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), reference, profile: true });
  // What report and gate will read back: the document survives JSON and its schema.
  parseResults(JSON.stringify(outcome.document), 'validate-data.json');
  return { dir, ...outcome };
}

const check = (d: ValidateDataResults, id: string) => d.checks.find((c) => c.id === id);
const column = (d: ValidateDataResults, name: string) => d.data.drift!.columns.find((c) => c.column === name);

describe('drift against a reference', () => {
  it('auto picks distances for a large reference and flags only the shifted columns', async () => {
    const { document } = await run({ 'ref.csv': driftCsv({ n: 3000, seed: 1 }), 'cur.csv': driftCsv({ n: 2000, seed: 2, shift: 1.5, shares: [0.1, 0.2, 0.3, 0.4] }) }, 'ref.csv');
    const drift = document.data.drift!;
    expect(Object.fromEntries(drift.columns.map((c) => [c.column, c.method]))).toEqual({ x: 'wasserstein', skewed: 'wasserstein', region: 'jensenshannon', flag: 'jensenshannon', level: 'jensenshannon' });
    expect(Object.fromEntries(drift.columns.map((c) => [c.column, c.status]))).toEqual({ x: 'fail', region: 'fail', skewed: 'pass', flag: 'pass', level: 'pass' });
    // Worst first, and the identifier is left out with a reason.
    expect(drift.columns.slice(0, 2).map((c) => c.column).sort()).toEqual(['region', 'x']);
    expect(drift.skipped).toEqual([{ column: 'id', reason: expect.stringContaining('identifier') }]);
    expect(drift.dataset).toEqual({ share: 0.5, drifted: 2, compared: 5, status: 'pass' });
    expect(check(document, 'datasetDrift')!.status).toBe('pass');
    expect(document.status).toBe('fail');
    // x moved by 0.75 reference standard deviations: the grid value and its stated bound bracket that.
    const x = column(document, 'x')!;
    expect(x.bins).toBe('grid');
    expect(Math.abs(x.statistic! - 0.75)).toBeLessThan(0.1 + x.bound!);
  });

  it('auto picks tests for a small reference: KS for numbers, χ² for categories, z for two values', async () => {
    const { document } = await run({ 'ref.csv': driftCsv({ n: 800, seed: 3 }), 'cur.csv': driftCsv({ n: 900, seed: 4 }) }, 'ref.csv');
    const methods = Object.fromEntries(document.data.drift!.columns.map((c) => [c.column, c.method]));
    expect(methods).toEqual({ x: 'ks', skewed: 'ks', region: 'chisquare', flag: 'z', level: 'chisquare' });
    for (const c of document.data.drift!.columns) {
      expect(c.compare).toBe('p-value');
      expect(c.pValue).toBeGreaterThan(0.001); // same distribution: no test should be that surprised
    }
  });

  it('reports method, statistic, levels, log base and both sizes in every drift check', async () => {
    const { document } = await run({ 'ref.csv': driftCsv({ n: 3000, seed: 1 }), 'cur.csv': driftCsv({ n: 1500, seed: 5 }) }, 'ref.csv');
    const region = check(document, 'drift:region')!;
    expect(region.message).toMatch(/^Jensen–Shannon distance [0-9.e-]+ \(fail ≥ 0\.1; log base e; value by value; n_ref 3,000, n_cur 1,500; method picked by auto\)$/);
    expect(region.expected).toBe('< 0.1');
    const x = check(document, 'drift:x')!;
    expect(x.message).toMatch(/Wasserstein distance \(in reference std\) [0-9.e-]+ \(fail ≥ 0\.1; on the reference 100-quantile grid, within ±[0-9.e-]+ of the raw-sample value, reference std 2\.0\d*; n_ref 3,000, n_cur 1,500/);
  });

  it('takes methods and levels from the schema, the field over the table, and leaves out drift: false', async () => {
    const schema = {
      ...DRIFT_SCHEMA,
      fields: DRIFT_SCHEMA.fields.map((f) =>
        f.name === 'x' ? { ...f, 'x-holdout': { drift: { method: 'ks', fail: 0.01 } } }
        : f.name === 'flag' ? { ...f, 'x-holdout': { drift: false } }
        : f.name === 'region' ? { ...f, 'x-holdout': { drift: { warn: 0.02 } } }
        : f),
      'x-holdout': { drift: { method: 'psi', warn: 0.01, fail: 0.5 }, datasetDrift: { share: 0.2 } },
    };
    const { document } = await run({ 'ref.csv': driftCsv({ n: 2000, seed: 1 }), 'cur.csv': driftCsv({ n: 2000, seed: 6, shift: 0.4, shares: [0.3, 0.3, 0.2, 0.2] }) }, 'ref.csv', schema);
    const x = column(document, 'x')!;
    expect([x.method, x.threshold, x.auto, x.compare]).toEqual(['ks', { fail: 0.01 }, false, 'p-value']);
    expect(x.status).toBe('fail');
    // region keeps the table's method (psi) with its own warn level and the table's fail level.
    const region = column(document, 'region')!;
    expect([region.method, region.threshold, region.logBase]).toEqual(['psi', { warn: 0.02, fail: 0.5 }, 'e']);
    expect(region.status).toBe('warn');
    expect(column(document, 'flag')).toBeUndefined();
    expect(check(document, 'drift:flag')).toBeUndefined();
    // One of four compared columns failed: 25% ≥ the 20% share.
    expect(document.data.drift!.dataset).toMatchObject({ drifted: 1, compared: 4, status: 'fail' });
    expect(check(document, 'datasetDrift')!.status).toBe('fail');
  });

  it('checks the change in missing rate and the share of unseen categories', async () => {
    const { document } = await run({ 'ref.csv': driftCsv({ n: 2000, seed: 1 }), 'cur.csv': driftCsv({ n: 2000, seed: 7, missing: 0.08, newCategory: 'mars' }) }, 'ref.csv');
    const missing = check(document, 'missingRateChange:x')!;
    expect(missing.status).toBe('warn'); // about +8 points: over warn 5%, under fail 10%
    expect(missing.observed).toBeCloseTo(0.08, 1);
    expect(check(document, 'missingRateChange:skewed')!.status).toBe('pass');
    const unseen = check(document, 'unseenCategories:region')!;
    expect(unseen.count).toBe(Math.ceil(2000 / 97));
    expect(unseen.status).toBe('warn'); // 1.05%: above 0, below fail 5%
    expect(unseen.message).toContain('"mars"');
    expect(check(document, 'unseenCategories:flag')!.status).toBe('pass');
    expect(check(document, 'unseenCategories:x')).toBeUndefined(); // numeric: no categories
  });

  it('gives the same verdict against a saved profile as against the reference dataset', async () => {
    const files = { 'ref.csv': driftCsv({ n: 2500, seed: 1 }), 'cur.csv': driftCsv({ n: 1200, seed: 8, shift: 0.3 }) };
    const fromData = await run(files, 'ref.csv');
    // The reference's own profile, written as profile-out would write it.
    const referenceRun = await validateData({ data: ['ref.csv'], baseDir: fromData.dir, schema: userFile(fromData.dir, 'schema.json'), profile: true });
    await writeProfile(join(fromData.dir, 'ref.profile.json'), referenceRun.profile!);
    const { document } = await validateData({ data: ['cur.csv'], baseDir: fromData.dir, schema: userFile(fromData.dir, 'schema.json'), reference: 'ref.profile.json' });
    const strip = (d: ValidateDataResults) => ({ ...d.data.drift!, reference: undefined });
    expect(strip(document)).toEqual(strip(fromData.document));
    expect(document.checks).toEqual(fromData.document.checks);
  });

  it('reports an unreadable or invalid reference as bad input, naming the file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(DRIFT_SCHEMA), 'cur.csv': driftCsv({ n: 10, seed: 1 }), 'bad.json': '{"holdoutProfile": 1, "rows": "many"}' });
    for (const [reference, message] of [['missing.csv', /missing\.csv: cannot read the reference: no such file/], ['bad.json', /bad\.json.*not a holdout profile/]] as const) {
      const { document, problems } = await validateData({ data: ['cur.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), reference });
      expect(problems.map((p) => p.message).join('\n')).toMatch(message);
      expect(document.status).toBe('error');
      expect(check(document, 'reference')!.status).toBe('error');
    }
  });
});

describe('a reference in several files', () => {
  it('profiles them as one dataset, and refuses several profiles', async () => {
    const whole = driftCsv({ n: 2000, seed: 1 });
    const lines = whole.trimEnd().split('\n');
    const [header, ...rows] = lines;
    const files = { 'ref/a.csv': [header, ...rows.slice(0, 700)].join('\n') + '\n', 'ref/b.csv': [header, ...rows.slice(700)].join('\n') + '\n', 'ref.csv': whole, 'cur.csv': driftCsv({ n: 900, seed: 3, shift: 0.5 }) };
    const split = await run(files, 'ref/*.csv');
    const single = await validateData({ data: ['cur.csv'], baseDir: split.dir, schema: userFile(split.dir, 'schema.json'), reference: 'ref.csv' });
    expect(split.document.data.drift!.reference).toMatchObject({ path: 'ref/a.csv, ref/b.csv', rows: 2000 });
    expect(split.document.data.drift!.columns).toEqual(single.document.data.drift!.columns);
    await writeProfile(join(split.dir, 'p/one.json'), split.profile!);
    await writeProfile(join(split.dir, 'p/two.json'), split.profile!);
    const { problems } = await validateData({ data: ['cur.csv'], baseDir: split.dir, schema: userFile(split.dir, 'schema.json'), reference: 'p/*.json' });
    expect(problems.map((p) => p.message)).toEqual(['a reference profile is one file; "p/*.json" matches 2 (merge shard profiles with holdout merge-profiles first)']);
  });
});

describe('identifiers', () => {
  it('cannot be compared even when asked, and say why', async () => {
    const schema = { ...DRIFT_SCHEMA, fields: [...DRIFT_SCHEMA.fields, { name: 'code', type: 'string', constraints: { unique: true }, 'x-holdout': { drift: { method: 'psi' } } }] };
    const withCode = (csv: string) => csv.trimEnd().split('\n').map((line, i) => `${line},${i === 0 ? 'code' : `k${i}`}`).join('\n') + '\n';
    const { document } = await run({ 'ref.csv': withCode(driftCsv({ n: 300, seed: 1 })), 'cur.csv': withCode(driftCsv({ n: 300, seed: 2 })) }, 'ref.csv', schema);
    expect(column(document, 'code')).toMatchObject({ status: 'error', message: expect.stringContaining('unique or the primary key') });
  });
});

describe('grid Wasserstein', () => {
  it('is exact for masses that sit on the edges, and steps where a bin holds one point', () => {
    // Reference all at 0 and 1 (halves), current all at 1: W = 0.5, reached on bins holding single points.
    const edges = [0.5];
    const w = gridWasserstein(edges, { counts: [5, 5], min: 0, max: 1 }, { counts: [0, 10], min: 1, max: 1 });
    expect(w.distance).toBeCloseTo(0.5, 12);
    // Spread evenly over [0, 0.5) and [0.5, 1] against a point mass at 1: W = ∫|F_r − F_c| = 0.5 exactly.
    const spread = gridWasserstein(edges, { counts: [5, 5], min: 0, max: 1 }, { counts: [0, 4], min: 1, max: 1 });
    expect(spread.distance).toBeCloseTo(0.5, 12);
    expect(spread.bound).toBeCloseTo(0.25, 12); // (0.5·0.5 + 0.5·0.5)/2 for the reference, 0 for the point mass
  });
});
