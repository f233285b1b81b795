// The report reads a comparison check's typed rule, numbers, metric and slice,
// never its id: ids here are opaque strings, and the verdict's reasons come
// out the same; the example report renders byte for byte the same with every
// check id scrambled.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { renderReport } from '../../shared/report/report.js';
import { resultsDocumentSchema, type Check, type MetricRow, type ResultsDocument } from '../../shared/results/schema.js';
import { validateData } from '../../shared/validate/run.js';
import { ROOT } from '../e2e/harness.js';
import { userFile } from '../../shared/io/user-file.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const CTX = { title: 'holdout', key: 'default', version: '0.1.0', commit: '0123456789abcdef0123' };

function row(name: string, candidate: number, baseline: number, extra: Partial<MetricRow> = {}): MetricRow {
  return {
    name, direction: 'higher', gated: true, candidate, baseline, difference: candidate - baseline, relativeDifference: (candidate - baseline) / Math.abs(baseline),
    interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: candidate < baseline ? 'worse' : 'better', status: 'fail', thresholds: {}, ...extra,
  };
}

/** A compare-metrics document whose one failing row has `check`, under an id that says nothing. */
function documentWith(metric: MetricRow, check: Omit<Check, 'id' | 'title' | 'status' | 'message' | 'locations'>, others: MetricRow[] = []): ResultsDocument {
  return resultsDocumentSchema.parse({
    holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'fail', createdAt: '2026-12-01T00:00:00Z', subject: { files: [] },
    checks: [
      { id: 'c-001', title: 'something else', status: 'pass', message: 'fine', metric: 'other', rule: 'present', locations: [] },
      { id: '4f1c9a', title: `${metric.name}: a rule`, status: 'fail', message: 'the check says why', locations: [], metric: metric.name, ...check },
    ],
    comparison: {
      task: 'binary', paired: false, rows: null, confidence: 0.95, candidate: { source: 'c.json', kind: 'metrics' }, baseline: { source: 'b.json', kind: 'metrics' },
      policy: { source: 'policy.yaml' }, metrics: [...others, metric], regressions: 1, improvements: 0, summary: '1 regression',
    },
  });
}

const verdictOf = (doc: ResultsDocument) => renderReport([doc], CTX, 65_536).verdict;

describe('failure reasons come from the check\'s typed rule, not its id', () => {
  it.each([
    ['min', row('roc_auc', 0.7, 0.8), { rule: 'min', threshold: 0.75 }, 'roc_auc 0.7 (min 0.75)'],
    ['max', row('latency', 180, 120, { direction: 'lower' }), { rule: 'max', threshold: 150 }, 'latency 180 (max 150)'],
    ['max_regression', row('roc_auc', 0.78, 0.8), { rule: 'max_regression', threshold: 0.01 }, 'roc_auc -0.02 (allowed 0.01)'],
    ['max_relative_regression', row('log_loss', 0.6, 0.5, { direction: 'lower' }), { rule: 'max_relative_regression', threshold: 0.05 }, 'log_loss +20% (allowed 5%)'],
    ['non_inferiority', row('roc_auc', 0.79, 0.8), { rule: 'non_inferiority', margin: 0.005, alpha: 0.05 }, 'roc_auc not shown non-inferior (margin 0.005)'],
    ['min_improvement', row('accuracy', 0.81, 0.8), { rule: 'min_improvement', threshold: 0.02 }, 'accuracy improves +0.01 (needs 0.02)'],
    ['baseline', row('roc_auc', 0.8, 0.8), { rule: 'baseline' }, 'roc_auc: the check says why'],
  ] as const)('%s', (_rule, metric, check, reason) => {
    expect(verdictOf(documentWith(metric, check))).toContain(`: ${reason}`);
  });

  it('a slice row takes the check of its own slice', () => {
    // The verdict sentence counts the whole holdout set's rows; its reasons include failing slices.
    const whole = row('log_loss', 0.5, 0.5, { direction: 'lower', status: 'pass', verdict: 'same' });
    const slice = row('log_loss', 0.6, 0.5, { direction: 'lower', slice: { column: 'region', value: 'west', rows: 40 } });
    const doc = documentWith(slice, { rule: 'max_relative_regression', threshold: 0.05, slice: { column: 'region', value: 'west' } }, [whole]);
    expect(verdictOf(doc)).toBe('Candidate is indistinguishable from production on 1 gated metric: log_loss [region=west] +20% (allowed 5%)');
    const elsewhere = documentWith(slice, { rule: 'max_relative_regression', threshold: 0.05, slice: { column: 'region', value: 'east' } }, [whole]);
    expect(verdictOf(elsewhere)).toBe('Candidate is indistinguishable from production on 1 gated metric');
    const unsliced = documentWith(slice, { rule: 'max_relative_regression', threshold: 0.05 }, [whole]);
    expect(verdictOf(unsliced)).toBe('Candidate is indistinguishable from production on 1 gated metric');
  });
});

async function exampleDocuments(): Promise<ResultsDocument[]> {
  const examples = join(ROOT, 'examples');
  const validation = await validateData({ data: ['validate/passing.csv', 'validate/failing.csv'], baseDir: examples, schema: userFile(examples, 'validate/schema.yaml'), now: NOW, gitSha: CTX.commit });
  const policy = await loadPolicy(join(examples, 'compare/policy.yaml'));
  policy.source = 'examples/compare/policy.yaml';
  const comparison = await compareModels({
    candidate: { path: join(examples, 'compare/candidate-predictions.csv'), written: 'compare/candidate-predictions.csv', display: 'compare/candidate-predictions.csv' },
    baseline: { path: join(examples, 'compare/baseline-predictions.csv'), written: 'compare/baseline-predictions.csv', display: 'compare/baseline-predictions.csv', source: 'git:main:compare/baseline-predictions.csv', id: 'main@abc123' },
    policy,
    now: NOW,
    gitSha: CTX.commit,
    options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: ['region'] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'error' },
  });
  return [comparison.document, validation.document];
}

describe('the example report', () => {
  it('renders the same with every check id replaced by an opaque one', async () => {
    const documents = await exampleDocuments();
    const opaque = documents.map((d) => ({ ...d, checks: d.checks.map((c, i) => ({ ...c, id: `check-${i.toString(36)}` })) }) as ResultsDocument);
    const before = renderReport(documents, CTX, 65_536);
    expect(before.verdict).toContain('roc_auc not shown non-inferior (margin 0.005); log_loss [region=west] +25.2% (allowed 5%)');
    expect(renderReport(opaque, CTX, 65_536).markdown).toBe(before.markdown);
  });
});
