// Results documents as Kubeflow Pipelines' metrics output
// (shared/export/kubeflow.ts): a file KFP takes, checked against what the
// owner's docs and backend accept (kubeflow-format.ts), with the numbers of the
// documents under names that say what they are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KUBEFLOW_METRIC_NAME, kubeflowMetrics, kubeflowMetricsText, kubeflowName } from '../../shared/export/kubeflow.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { demoDocuments, exampleDocuments, hostileDocuments } from '../report/documents.js';
import { kubeflowMetricsProblems } from './kubeflow-format.js';

type Comparison = Extract<ResultsDocument, { kind: 'compare-metrics' }>;
type Validation = Extract<ResultsDocument, { kind: 'validate-data' }>;

describe('the format check', () => {
  it("takes the owner's examples and refuses what KFP's backend refuses", () => {
    // kubeflow.org/docs/pipelines/sdk/pipelines-metrics/: the component.yaml example's file.
    expect(kubeflowMetricsProblems('{\n  "metrics": [{\n    "name": "accuracy-score",\n    "numberValue": 0.8,\n    "format": "PERCENTAGE"\n  }]\n}')).toEqual([]);
    // kubeflow/pipelines decodeRunMetrics tests: runId ignored, number_value and no format accepted.
    expect(kubeflowMetricsProblems('{"runId": "ignored", "metrics": [{"name": "accuracy", "numberValue": 0.95}, {"name": "loss", "number_value": 1.25, "format": "RAW"}]}')).toEqual([]);
    const many = JSON.stringify({ metrics: Array.from({ length: 51 }, (_, i) => ({ name: `metric-${i}`, numberValue: i })) });
    expect(kubeflowMetricsProblems(many)).toEqual(['metrics file contains more than 50 metrics']);
    expect(kubeflowMetricsProblems(JSON.stringify({ metrics: [{ name: 'a'.repeat(65), numberValue: 1 }] }))).toHaveLength(1);
    expect(kubeflowMetricsProblems(JSON.stringify({ metrics: [{ name: 'a'.repeat(64), numberValue: 1 }] }))).toEqual([]);
    for (const bad of ['1abc', 'ends-', 'has space', 'roc_auc [region=west]', '']) expect(kubeflowMetricsProblems(JSON.stringify({ metrics: [{ name: bad, numberValue: 1 }] })), bad).toHaveLength(1);
    expect(kubeflowMetricsProblems('{"metrics": [], "extra": 1}')).toEqual(['unknown metrics field "extra"']);
    expect(kubeflowMetricsProblems('{"metrics": [{"name": "a", "numberValue": "1"}]}')).toHaveLength(1);
    expect(kubeflowMetricsProblems('{"metrics": [{"name": "a", "numberValue": 1, "format": "PERCENT"}]}')).toHaveLength(1);
    expect(kubeflowMetricsProblems('{"metrics": [{"name": "a", "numberValue": 1}, {"name": "a", "numberValue": 2}]}')).toHaveLength(1);
  });
});

describe('the metrics of the results documents', () => {
  it('the demo: data numbers, the drift share as a percentage, the comparison metrics with baseline and change, ≤ 50, a file KFP takes', async () => {
    const [drift, comparison] = (await demoDocuments()) as [Validation, Comparison];
    const documents = [{ document: drift, file: 'holdout-results/validate-data.json' }, { document: comparison, file: 'holdout-results/compare-metrics.json' }];
    const text = kubeflowMetricsText(documents);
    expect(kubeflowMetricsProblems(text)).toEqual([]);
    const { metrics } = JSON.parse(text) as { metrics: Array<{ name: string; numberValue: number; format: string }> };
    const value = (name: string) => metrics.find((m) => m.name === name);
    expect(value('validate-data-rows')).toEqual({ name: 'validate-data-rows', numberValue: drift.data.rows, format: 'RAW' });
    expect(value('validate-data-errors')!.numberValue).toBe(drift.data.errorCount);
    expect(value('validate-data-failed-checks')!.numberValue).toBe(drift.checks.filter((c) => c.status === 'fail' || c.status === 'error').length);
    expect(value('validate-data-drifted-columns')!.numberValue).toBe(drift.data.drift!.dataset.drifted);
    expect(value('validate-data-drift-share')).toEqual({ name: 'validate-data-drift-share', numberValue: drift.data.drift!.dataset.drifted / drift.data.drift!.dataset.compared, format: 'PERCENTAGE' });
    expect(value('compare-metrics-regressions')!.numberValue).toBe(comparison.comparison.regressions);
    const auc = comparison.comparison.metrics.find((m) => m.name === 'roc_auc' && !m.slice)!;
    expect(value('roc_auc')!.numberValue).toBe(auc.candidate);
    expect(value('roc_auc-baseline')!.numberValue).toBe(auc.baseline);
    expect(value('roc_auc-change')!.numberValue).toBe(auc.difference);

    // 26 metric rows (overall and by region) are more than KFP's 50 numbers: the gated overall metrics come first, slices last.
    const all = kubeflowMetrics(documents);
    expect(all.metrics).toHaveLength(50);
    expect(all.dropped).toBeGreaterThan(0);
    const position = (name: string) => metrics.findIndex((m) => m.name === name);
    for (const gated of comparison.comparison.metrics.filter((m) => m.gated && !m.slice)) expect(position(gated.name)).toBeGreaterThanOrEqual(0);
    const firstSlice = metrics.findIndex((m) => m.name.includes('-region-'));
    const lastOverall = Math.max(...comparison.comparison.metrics.filter((m) => !m.slice).map((m) => position(m.name)));
    expect(firstSlice).toBeGreaterThan(lastOverall);
    expect(value('roc_auc-region-west')!.numberValue).toBe(comparison.comparison.metrics.find((m) => m.name === 'roc_auc' && m.slice?.value === 'west')!.candidate);
  });

  it('the gate: 1 on pass, 0 on fail; several documents of a kind keep their names apart', async () => {
    const [comparison, validation] = (await exampleDocuments()) as [Comparison, Validation];
    const gate = (status: 'pass' | 'fail'): ResultsDocument => ({ holdout: 1, kind: 'gate', title: 'Gate', status, createdAt: validation.createdAt, subject: { files: [] }, checks: [] });
    for (const [status, value] of [['pass', 1], ['fail', 0]] as const) {
      const { metrics } = kubeflowMetrics([{ document: gate(status), file: 'holdout-results/gate.json' }]);
      expect(metrics).toEqual([{ name: 'gate-pass', numberValue: value, format: 'RAW' }]);
    }
    const text = kubeflowMetricsText([{ document: validation, file: 'r/validate-data-train.json' }, { document: validation, file: 'other/validate-data-train.json' }, { document: comparison }, { document: comparison }]);
    expect(kubeflowMetricsProblems(text)).toEqual([]);
    const names = (JSON.parse(text) as { metrics: Array<{ name: string }> }).metrics.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['validate-data-train-rows', 'validate-data-train-2-rows', 'compare-metrics-roc_auc', 'compare-metrics-2-roc_auc']));
  });

  it('hostile names and non-finite statistics still give a file KFP takes', async () => {
    const documents = (await hostileDocuments()).map((document) => ({ document }));
    const comparison = documents.find((d) => d.document.kind === 'compare-metrics')!.document as Comparison;
    const withInfinity: Comparison = { ...comparison, comparison: { ...comparison.comparison, metrics: comparison.comparison.metrics.map((m, i) => (i === 0 ? { ...m, candidate: Number.POSITIVE_INFINITY, difference: Number.NaN } : m)) } };
    const text = kubeflowMetricsText([...documents, { document: withInfinity }]);
    expect(kubeflowMetricsProblems(text)).toEqual([]);
    expect(text).not.toMatch(/Infinity|NaN|null/);
  });

  it('property: any text becomes a name KFP accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const name = kubeflowName(text);
        expect(name).toMatch(KUBEFLOW_METRIC_NAME);
      }),
      { numRuns: 1000 },
    );
    expect(kubeflowName('roc_auc [region=west]')).toBe('roc_auc-region-west');
    expect(kubeflowName('1st')).toBe('m-1st');
    expect(kubeflowName('')).toBe('metric');
    expect(kubeflowName('x'.repeat(100))).toHaveLength(64);
  });
});
