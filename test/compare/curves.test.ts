// compare-metrics keeps the curves of binary scores in its results document:
// ROC, precision–recall and (for probabilities) calibration, for the
// candidate and for a baseline that has predictions, at most 50 points each;
// none for tasks or files that have no scores of both classes. The results
// schema bounds what a document may hold, so a hostile file cannot make the
// report draw without limit.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simplify } from '../../shared/compare/curves.js';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels, type BaselineFile } from '../../shared/compare/run.js';
import { parseResults, serializeResults } from '../../shared/results/io.js';
import type { CompareMetricsResults } from '../../shared/results/schema.js';
import { exampleComparison } from '../report/documents.js';
import { tempDir, writeFiles } from '../helpers.js';

const OPTIONS = { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' as const };

async function compare(files: Record<string, string>, policy = 'metrics:\n  accuracy: { min: 0.5 }\n', baseline = 'baseline.csv'): Promise<CompareMetricsResults> {
  const dir = await tempDir();
  await writeFiles(dir, { ...files, 'policy.yaml': policy });
  const base: BaselineFile | { missing: string } = files[baseline] !== undefined ? { path: join(dir, baseline), written: baseline, display: baseline, source: baseline } : { missing: 'none given' };
  const { document } = await compareModels({ candidate: { path: join(dir, 'candidate.csv'), written: 'candidate.csv', display: 'candidate.csv' }, baseline: base, policy: await loadPolicy(join(dir, 'policy.yaml')), options: OPTIONS });
  return document;
}

const rows = (n: number, score: (i: number) => string, label = (i: number) => String(i % 2)) => Array.from({ length: n }, (_, i) => `${i},${label(i)},${score(i)}`).join('\n');

describe('comparison curves', () => {
  it('the example predictions: both models, ≤ 50 points a curve, from (0, 0) to (1, 1), thresholds falling, ten calibration bins with every row', async () => {
    const doc = (await exampleComparison()) as CompareMetricsResults;
    const curves = doc.comparison.curves!;
    for (const side of [curves.candidate, curves.baseline!]) {
      expect(side.rows).toBe(2000);
      expect(side.roc.length).toBeGreaterThan(10);
      expect(side.roc.length).toBeLessThanOrEqual(50);
      expect(side.pr.length).toBeLessThanOrEqual(50);
      expect(side.roc[0]).toEqual({ threshold: Infinity, fpr: 0, tpr: 0 });
      expect(side.roc.at(-1)).toMatchObject({ fpr: 1, tpr: 1 });
      expect(side.pr[0]).toEqual({ threshold: Infinity, recall: 0, precision: 1 });
      expect(side.pr.at(-1)).toMatchObject({ recall: 1, precision: side.positives / side.rows });
      for (const curve of [side.roc, side.pr]) for (let k = 1; k < curve.length; k++) expect(curve[k]!.threshold).toBeLessThan(curve[k - 1]!.threshold);
      expect(side.calibration!.bins).toBe(10);
      expect(side.calibration!.points.reduce((n, p) => n + p.count, 0)).toBe(2000);
    }
    // The document reads back as written (∞ thresholds included).
    expect(parseResults(serializeResults(doc), 'compare-metrics.json')).toEqual(doc);
  });

  it('the candidate alone when the baseline is a metrics file; no calibration for scores that are not probabilities', async () => {
    const doc = await compare({ 'candidate.csv': `id,label,score\n${rows(60, (i) => String((i % 7) * 0.9 + (i % 2) * 2))}\n`, 'baseline.json': '{"accuracy": 0.6}' }, undefined, 'baseline.json');
    expect(doc.comparison.curves?.candidate.roc.length).toBeGreaterThan(2);
    expect(doc.comparison.curves?.baseline).toBeUndefined();
    expect(doc.comparison.curves?.candidate.calibration).toBeUndefined();
  });

  it('no curves without scores of both classes: hard predictions, one class, multiclass, regression', async () => {
    const hard = await compare({ 'candidate.csv': `id,label,prediction\n${rows(40, (i) => String((i * 3) % 2))}\n`, 'baseline.csv': `id,label,prediction\n${rows(40, (i) => String(i % 2))}\n` });
    expect(hard.comparison.curves).toBeUndefined();
    const oneClass = await compare({ 'candidate.csv': `id,label,score\n${rows(40, (i) => (i / 40).toFixed(3), () => '1')}\n` }, 'metrics:\n  accuracy: { min: 0.5 }\nallow_missing_baseline: true\n');
    expect(oneClass.comparison.task).toBe('binary');
    expect(oneClass.comparison.curves).toBeUndefined();
    const multi = await compare({ 'candidate.csv': `id,label,score_a,score_b,score_c\n${Array.from({ length: 30 }, (_, i) => `${i},${'abc'[i % 3]},0.5,0.3,0.2`).join('\n')}\n` }, 'metrics:\n  accuracy: { min: 0.1 }\nallow_missing_baseline: true\n');
    expect(multi.comparison.task).toBe('multiclass');
    expect(multi.comparison.curves).toBeUndefined();
  });

  it('keeps the vertices that carry the shape: a step curve keeps its corners and drops the points on straight runs', () => {
    // A staircase: up 0.5, right 0.5, up 0.5, right 0.5, with many points along each run.
    const xs: number[] = [], ys: number[] = [];
    for (let k = 0; k <= 10; k++) (xs.push(0), ys.push(k / 20));
    for (let k = 1; k <= 10; k++) (xs.push(k / 20), ys.push(0.5));
    for (let k = 1; k <= 10; k++) (xs.push(0.5), ys.push(0.5 + k / 20));
    for (let k = 1; k <= 10; k++) (xs.push(0.5 + k / 20), ys.push(1));
    const kept = simplify(xs, ys, 50, 1e-3);
    expect(kept.map((k) => [xs[k], ys[k]])).toEqual([[0, 0], [0, 0.5], [0.5, 0.5], [0.5, 1], [1, 1]]);
    // With room for three, the farthest corner first.
    expect(simplify(xs, ys, 3, 0).map((k) => [xs[k], ys[k]])).toHaveLength(3);
  });

  it('refuses a results document whose curves hold more than 200 points, naming the file', async () => {
    const doc = (await exampleComparison()) as CompareMetricsResults;
    const roc = Array.from({ length: 201 }, (_, k) => ({ threshold: 1 - k / 200, fpr: k / 200, tpr: k / 200 }));
    const hostile = { ...doc, comparison: { ...doc.comparison, curves: { candidate: { ...doc.comparison.curves!.candidate, roc } } } };
    expect(() => parseResults(serializeResults(hostile), 'hostile.json')).toThrow(/hostile\.json/);
    const outside = { ...doc, comparison: { ...doc.comparison, curves: { candidate: { ...doc.comparison.curves!.candidate, roc: [{ threshold: 1, fpr: 2, tpr: 0 }] } } } };
    expect(() => parseResults(serializeResults(outside), 'outside.json')).toThrow(/outside\.json/);
  });
});
