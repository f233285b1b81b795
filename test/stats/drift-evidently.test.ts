// Where holdout follows Evidently, it follows it exactly (issue 16). Each
// expected value below was computed with numpy/scipy from Evidently's own
// code (evidentlyai/evidently, src/evidently/legacy/calculations/stattests/):
//  - PSI: utils.py get_binned_data fills an empty bin, per side, with that
//    side's smallest non-zero share ÷ 10⁶ when it is ≤ 10⁻⁴, else 10⁻⁴;
//  - Wasserstein: wasserstein_distance_norm.py divides by max(np.std(ref), 0.001);
//  - auto: legacy/utils/data_preprocessing.py types an integer column with at
//    most 5 distinct reference values as categorical, and registry.py's
//    _get_default_stattest then picks χ² (≤ 1,000 reference rows) or
//    Jensen–Shannon on the values of reference and current together.
import { describe, expect, it } from 'vitest';
import { userFile } from '../../shared/io/user-file.js';
import { parseResults, serializeResults } from '../../shared/results/io.js';
import { psi, psiEmptyBinShare } from '../../shared/stats/drift.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';

async function drift(schema: object, reference: string, current: string) {
  const dir = await tempDir();
  await writeFiles(dir, { 'ref.csv': reference, 'cur.csv': current, 'schema.json': JSON.stringify(schema) });
  const outcome = await validateData({ data: ['cur.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), reference: 'ref.csv', profile: true });
  const document = parseResults(serializeResults(outcome.document), 'validate-data.json');
  if (document.kind !== 'validate-data') throw new Error('not a validate-data document');
  return document;
}

const csv = (name: string, runs: Array<[number | string, number]>) => [name, ...runs.flatMap(([v, n]) => Array.from({ length: n }, () => String(v)))].join('\n') + '\n';

describe("PSI's empty-bin floor is Evidently's", () => {
  it('floors a side at its smallest non-zero share ÷ 10⁶ when that share is ≤ 10⁻⁴', () => {
    // Reference shares [0, 5e-5, 0.99995]: the empty bin gets 5e-11, not 1e-4.
    // numpy on Evidently's formula: 6.082584603899558 (the 1e-4 floor gives 4.631).
    expect(psi([0, 5, 99995], [10, 40, 50])).toBeCloseTo(6.082584603899558, 10);
    // The current side's smallest share is 5e-5 → its empty bin gets 5e-11; the reference's
    // smallest is 0.3 → its empty bin gets 1e-4. numpy: 17.196346638797053 (old rule: 7.039).
    expect(psi([0, 300, 700], [3, 59997, 0])).toBeCloseTo(17.196346638797053, 10);
  });

  it('keeps 10⁻⁴ when every non-zero share is above it', () => {
    expect(psiEmptyBinShare([0, 0.3, 0.7])).toBe(0.0001);
    expect(psiEmptyBinShare([0, 0.0001, 0.9999])).toBeCloseTo(1e-10, 20);
    // By hand: shares r = [0.5, 0.5, 0], c = [0.25, 0.25, 0.5]; r's empty bin is 1e-4.
    const byHand = 2 * (0.5 - 0.25) * Math.log(0.5 / 0.25) + (0.0001 - 0.5) * Math.log(0.0001 / 0.5);
    expect(psi([1, 1, 0], [1, 1, 2])).toBeCloseTo(byHand, 12);
  });
});

describe("the Wasserstein normaliser is Evidently's max(std, 0.001)", () => {
  it('gives a constant reference column a finite distance: W / 0.001', async () => {
    const schema = { fields: [{ name: 'x', type: 'number', 'x-holdout': { drift: { method: 'wasserstein' } } }] };
    const document = await drift(schema, csv('x', [[5, 200]]), csv('x', [[4, 30], [5, 50], [6, 20]]));
    const column = document.data.drift!.columns.find((c) => c.column === 'x')!;
    // scipy.stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001) = 499.99999999999994
    expect(column.statistic).toBeCloseTo(500, 8);
    expect(column.status).toBe('fail');
    expect(column.message).toContain("divided by 0.001 (Evidently's smallest normaliser)");
  });

  it('is 0 when current and reference are the same constant', async () => {
    const schema = { fields: [{ name: 'x', type: 'number', 'x-holdout': { drift: { method: 'wasserstein' } } }] };
    const document = await drift(schema, csv('x', [[5, 200]]), csv('x', [[5, 80]]));
    expect(document.data.drift!.columns[0]!.statistic).toBe(0);
    expect(document.data.drift!.columns[0]!.status).toBe('pass');
  });
});

describe('auto treats an integer column with at most 5 reference values as categorical', () => {
  const schema = { fields: [{ name: 'level', type: 'integer' }] };
  const current = csv('level', [[1, 300], [2, 300], [3, 200], [4, 80], [5, 60], [6, 40], [7, 15], [8, 5]]);

  it('more than 1,000 reference rows: Jensen–Shannon value by value, even when the current data has 8 values', async () => {
    const document = await drift(schema, csv('level', [[1, 700], [2, 500], [3, 300]]), current);
    const column = document.data.drift!.columns[0]!;
    expect(column.method).toBe('jensenshannon');
    expect(column.bins).toBe('values');
    // scipy.spatial.distance.jensenshannon over the 8 values' shares (Evidently's _jensenshannon): 0.28086334259892864
    expect(column.statistic).toBeCloseTo(0.28086334259892864, 10);
    expect(column.status).toBe('fail');
  });

  it('at most 1,000 reference rows: χ², infinite with p = 0 as scipy.stats.chisquare gives for a value the reference never had', async () => {
    const document = await drift(schema, csv('level', [[1, 300], [2, 200], [3, 100]]), current);
    const column = document.data.drift!.columns[0]!;
    expect(column.method).toBe('chisquare');
    expect(column.statistic).toBe(Infinity);
    expect(column.pValue).toBe(0);
  });

  it('a number (float) column with the same values stays numeric, as in Evidently', async () => {
    const document = await drift({ fields: [{ name: 'level', type: 'number' }] }, csv('level', [[1, 700], [2, 500], [3, 300]]), current);
    expect(document.data.drift!.columns[0]!.method).toBe('wasserstein');
  });
});
