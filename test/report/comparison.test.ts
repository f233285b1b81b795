// The report reads a comparison check's typed rule, numbers, metric and slice,
// never its id: ids here are opaque strings, and the verdict's reasons come
// out the same; the example report renders byte for byte the same with every
// check id scrambled.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../shared/report/report.js';
import { resultsSchemas, type Check, type MetricRow, type ResultsDocument } from '../../shared/results/schema.js';
import { exampleDocuments } from './documents.js';
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
  return resultsSchemas.document.parse({
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
    ['min', row('roc_auc', 0.7, 0.8), { rule: 'min', threshold: 0.75 }, 'roc_auc 0.700 < 0.75'],
    ['max', row('latency', 180, 120, { direction: 'lower' }), { rule: 'max', threshold: 150 }, 'latency 180 > 150'],
    ['max_regression', row('roc_auc', 0.78, 0.8), { rule: 'max_regression', threshold: 0.01 }, 'roc_auc −0.02 (max −0.01)'],
    ['max_relative_regression', row('log_loss', 0.6, 0.5, { direction: 'lower' }), { rule: 'max_relative_regression', threshold: 0.05 }, 'log_loss +20% (max +5%)'],
    ['non_inferiority', row('roc_auc', 0.79, 0.8), { rule: 'non_inferiority', margin: 0.005, alpha: 0.05, observed: -0.0113 }, 'roc_auc not shown non-inferior (needs lower bound > −0.005, got −0.011)'],
    ['min_improvement', row('accuracy', 0.81, 0.8), { rule: 'min_improvement', threshold: 0.02 }, 'accuracy gains +0.01 (needs +0.02)'],
    ['baseline', row('roc_auc', 0.8, 0.8), { rule: 'baseline' }, 'roc_auc: the check says why'],
  ] as const)('%s', (_rule, metric, check, reason) => {
    expect(verdictOf(documentWith(metric, check))).toBe(`Fails: ${reason}`);
  });

  it('a slice row takes the check of its own slice', () => {
    // The whole holdout set passes; the reason is the slice's, grouped under it.
    const whole = row('log_loss', 0.5, 0.5, { direction: 'lower', status: 'pass', verdict: 'same' });
    const slice = row('log_loss', 0.6, 0.5, { direction: 'lower', slice: { column: 'region', value: 'west', rows: 40 } });
    const doc = documentWith(slice, { rule: 'max_relative_regression', threshold: 0.05, slice: { column: 'region', value: 'west' } }, [whole]);
    expect(verdictOf(doc)).toBe('Fails: region west: log_loss +20% (max +5%)');
    const elsewhere = documentWith(slice, { rule: 'max_relative_regression', threshold: 0.05, slice: { column: 'region', value: 'east' } }, [whole]);
    expect(verdictOf(elsewhere)).toBe('Fails: region west: log_loss fail');
    const unsliced = documentWith(slice, { rule: 'max_relative_regression', threshold: 0.05 }, [whole]);
    expect(verdictOf(unsliced)).toBe('Fails: region west: log_loss fail');
  });
});

describe('the example report', () => {
  it('renders the same with every check id replaced by an opaque one', async () => {
    const documents = await exampleDocuments();
    const opaque = documents.map((d) => ({ ...d, checks: d.checks.map((c, i) => ({ ...c, id: `check-${i.toString(36)}` })) }) as ResultsDocument);
    const before = renderReport(documents, CTX, 65_536);
    expect(before.verdict).toContain('region west: log_loss +25% (max +5%), roc_auc 0.697 < 0.75, accuracy 0.664 < 0.7');
    expect(renderReport(opaque, CTX, 65_536).markdown).toBe(before.markdown);
  });
});
