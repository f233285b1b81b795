// Results documents the report tests render: the shipped examples (the
// snapshot), the demo's pull request (this month's data and the candidate),
// a real 30-column dataset with a shift (scikit-learn's copy of the Wisconsin
// breast-cancer data), and hostile names everywhere a name can go.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { userFile } from '../../shared/io/user-file.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { validateData } from '../../shared/validate/run.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

export const NOW = new Date('2026-12-01T00:00:00Z');
export const CTX = { title: 'holdout', key: 'default', version: '0.1.0', commit: '0123456789abcdef0123', runUrl: 'https://github.com/o/r/actions/runs/1' };
const EXAMPLES = join(ROOT, 'examples');

export async function exampleComparison(): Promise<ResultsDocument> {
  const policy = await loadPolicy(join(EXAMPLES, 'compare/policy.yaml'));
  policy.source = 'examples/compare/policy.yaml';
  const comparison = await compareModels({
    candidate: { path: join(EXAMPLES, 'compare/candidate-predictions.csv'), written: 'compare/candidate-predictions.csv', display: 'compare/candidate-predictions.csv' },
    baseline: { path: join(EXAMPLES, 'compare/baseline-predictions.csv'), written: 'compare/baseline-predictions.csv', display: 'compare/baseline-predictions.csv', source: 'git:main:compare/baseline-predictions.csv', id: 'main@abc123' },
    policy,
    now: NOW,
    gitSha: CTX.commit,
    options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: ['region'] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'error' },
  });
  return comparison.document;
}

/**
 * What a deployment:production baseline brings along: the metrics the gate
 * recorded for the deployments before the one in production (oldest
 * first), in the shape shared/baseline/deployment.ts reads them.
 */
export const EXAMPLE_HISTORY = [
  { id: '1101', commit: '3f1c2a9e0b7d4c5a6e8f9a0b1c2d3e4f5a6b7c8d', recordedAt: '2026-06-02T10:00:00Z', metrics: { roc_auc: 0.731, log_loss: 0.583, accuracy: 0.701 } },
  { id: '1187', commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b', recordedAt: '2026-07-14T10:00:00Z', metrics: { roc_auc: 0.744, log_loss: 0.571, accuracy: 0.709 } },
  { id: '1240', commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b', recordedAt: '2026-07-15T10:00:00Z', metrics: { roc_auc: 0.744, log_loss: 0.571, accuracy: 0.709 } },
  { id: '1302', commit: 'c0ffee0123456789abcdef0123456789abcdef01', recordedAt: '2026-08-30T10:00:00Z', metrics: { roc_auc: 0.739, log_loss: 0.577, accuracy: 0.705 } },
  { id: '1355', commit: '5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b', recordedAt: '2026-10-05T10:00:00Z', metrics: { roc_auc: 0.752, log_loss: 0.566, accuracy: 0.712 } },
];

/** The example comparison against deployment:production, whose resolver found the example's baseline predictions and the deployments before. */
export async function exampleTrendComparison(): Promise<ResultsDocument> {
  // The production deployment recorded what its predictions score: the example comparison's baseline values.
  const plain = await exampleComparison();
  const live = plain.kind === 'compare-metrics' ? Object.fromEntries(plain.comparison.metrics.filter((m) => !m.slice && m.baseline !== null).map((m) => [m.name, m.baseline!])) : {};
  const history = [...EXAMPLE_HISTORY, { id: '1402', commit: 'e1e2e3e4e5e6e7e8e9e0e1e2e3e4e5e6e7e8e9e0', recordedAt: '2026-11-20T10:00:00Z', metrics: live }];
  const policy = await loadPolicy(join(EXAMPLES, 'compare/policy.yaml'));
  policy.source = 'examples/compare/policy.yaml';
  const { document } = await compareModels({
    candidate: { path: join(EXAMPLES, 'compare/candidate-predictions.csv'), written: 'compare/candidate-predictions.csv', display: 'compare/candidate-predictions.csv' },
    baseline: { path: join(EXAMPLES, 'compare/baseline-predictions.csv'), written: 'deployment:production', display: 'deployment:production', source: 'deployment:production', id: 'deployment 1402 (e1e2e3e4e5e6)', history },
    policy,
    now: NOW,
    gitSha: CTX.commit,
    options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: ['region'] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'error' },
  });
  return document;
}

/** The snapshot's documents: the comparison, and the clean and broken example tables. */
export async function exampleDocuments(): Promise<ResultsDocument[]> {
  const validation = await validateData({ data: ['validate/passing.csv', 'validate/failing.csv'], baseDir: EXAMPLES, schema: userFile(EXAMPLES, 'validate/schema.yaml'), now: NOW, gitSha: CTX.commit });
  return [await exampleComparison(), validation.document];
}

/** The demo's pull request: this month's data against the training data, and the comparison. */
export async function demoDocuments(): Promise<ResultsDocument[]> {
  const drift = await validateData({ data: ['drift/current.csv'], reference: 'drift/reference.csv', baseDir: EXAMPLES, schema: userFile(EXAMPLES, 'validate/schema.yaml'), title: 'Data validation: this month', now: NOW, gitSha: CTX.commit });
  return [drift.document, await exampleComparison()];
}

export const BREAST_CANCER_CSV = '/usr/lib/python3/dist-packages/sklearn/datasets/data/breast_cancer.csv';
/** The feature names scikit-learn gives the columns (load_breast_cancer().feature_names), and the target. */
export const BREAST_CANCER_COLUMNS = [
  ...['radius', 'texture', 'perimeter', 'area', 'smoothness', 'compactness', 'concavity', 'concave points', 'symmetry', 'fractal dimension'].map((f) => `mean ${f}`),
  ...['radius', 'texture', 'perimeter', 'area', 'smoothness', 'compactness', 'concavity', 'concave points', 'symmetry', 'fractal dimension'].map((f) => `${f} error`),
  ...['radius', 'texture', 'perimeter', 'area', 'smoothness', 'compactness', 'concavity', 'concave points', 'symmetry', 'fractal dimension'].map((f) => `worst ${f}`),
  'target',
];

/**
 * The 569 rows split alternately into a reference and a current half; the
 * current half shifted where a data pipeline might break: areas doubled
 * (a unit change), texture +4, and only the benign half of the malignant
 * rows kept (the class balance moves). 31 columns.
 */
export async function breastCancerDocuments(): Promise<ResultsDocument[]> {
  const lines = (await readFile(BREAST_CANCER_CSV, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
  const header = BREAST_CANCER_COLUMNS.join(',');
  const reference = lines.filter((_, i) => i % 2 === 0);
  const current = lines.filter((_, i) => i % 2 === 1).filter((row, i) => row[30] === '1' || i % 2 === 0).map((row) => row.map((cell, c) => {
    const name = BREAST_CANCER_COLUMNS[c]!;
    if (name.endsWith('area')) return String(Number(cell) * 2);
    if (name === 'mean texture' || name === 'worst texture') return String(Number(cell) + 4);
    return cell;
  }));
  const dir = await tempDir();
  const schema = { fields: BREAST_CANCER_COLUMNS.map((name) => (name === 'target' ? { name, type: 'integer', constraints: { enum: [0, 1] } } : { name, type: 'number', constraints: { minimum: 0 } })) };
  await writeFiles(dir, {
    'schema.json': JSON.stringify(schema),
    'reference.csv': [header, ...reference.map((r) => r.join(','))].join('\n') + '\n',
    'current.csv': [header, ...current.map((r) => r.join(','))].join('\n') + '\n',
  });
  const { document } = await validateData({ data: ['current.csv'], reference: 'reference.csv', baseDir: dir, schema: userFile(dir, 'schema.json'), title: 'Breast cancer features', now: NOW });
  return [document];
}

export const EVIL = 'x|<img src=x onerror=alert(1)>@admin #1 [a](http://e) <!-- holdout:report:default --> `y` **z** "q" \'s\' %%{init}%%';

/** Hostile text as a column name, a category value, a slice value and a metric name. */
export async function hostileDocuments(): Promise<ResultsDocument[]> {
  const dir = await tempDir();
  const n = 400;
  const rows = (shift: number) => Array.from({ length: n }, (_, i) => `${i % 50 + shift},${i % 3 === 0 ? EVIL : 'plain'}`);
  const ids = Array.from({ length: n }, (_, i) => i);
  const csvCell = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const predictions = (noise: number) => ['id,label,score,segment', ...ids.map((i) => `${i},${i % 2},${Math.min(0.99, Math.max(0.01, (i % 2 ? 0.7 : 0.3) + (((i * 7919) % 100) / 100 - 0.5) * noise)).toFixed(3)},${csvCell(i % 2 ? EVIL : 'ordinary')}`)].join('\n') + '\n';
  await writeFiles(dir, {
    's.json': JSON.stringify({ fields: [{ name: EVIL, type: 'integer' }, { name: `${EVIL} 2`, type: 'string' }] }),
    'ref.csv': `${csvCell(EVIL)},${csvCell(`${EVIL} 2`)}\n${rows(0).map((r) => r.replace(EVIL, csvCell(EVIL))).join('\n')}\n`,
    'cur.csv': `${csvCell(EVIL)},${csvCell(`${EVIL} 2`)}\n${rows(20).map((r) => r.replace(EVIL, csvCell(EVIL))).join('\n')}\nabc,${csvCell(EVIL)}\n`,
    'candidate.csv': predictions(1.6),
    'baseline.csv': predictions(0.6),
    'policy.yaml': `metrics:\n  roc_auc: { min: 0.9, max_regression: 0.01 }\n  accuracy: { min: 0.8 }\nslices: { columns: [segment], min_slice_size: 10 }\n`,
  });
  const { document: validation } = await validateData({ data: ['cur.csv'], reference: 'ref.csv', baseDir: dir, schema: userFile(dir, 's.json'), title: `Data ${EVIL}`, now: NOW });
  const policy = await loadPolicy(join(dir, 'policy.yaml'));
  const { document: comparison } = await compareModels({
    candidate: { path: join(dir, 'candidate.csv'), written: 'candidate.csv', display: `candidate ${EVIL}.csv` },
    baseline: {
      path: join(dir, 'baseline.csv'), written: 'baseline.csv', display: 'baseline.csv', source: `git:${EVIL}:baseline.csv`,
      history: [EVIL, EVIL, `"${EVIL}`].map((commit, i) => ({ id: `${EVIL} ${i}`, commit, metrics: { roc_auc: 0.9 + i / 100, accuracy: 0.8 } })),
    },
    policy,
    now: NOW,
    options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: ['segment'] }, threshold: 0.5, confidence: 0.95, resamples: 500, seed: 7, onMismatch: 'error' },
  });
  return [comparison, validation];
}
