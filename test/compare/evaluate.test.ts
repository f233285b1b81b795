// evaluateMetric, unit by unit: every check names its metric (and slice) and
// carries its policy rule with the rule's numbers, typed, so readers never
// parse a check id; the policy schema's keys are the vocabulary's rules.
import { describe, expect, it } from 'vitest';
import { evaluateMetric, type EvaluateContext } from '../../shared/compare/evaluate.js';
import type { PairedStatistics } from '../../shared/compare/paired.js';
import { metricPolicySchema, type MetricPolicy } from '../../shared/compare/policy.js';
import { resultsSchemas } from '../../shared/results/schema.js';
import { POLICY_RULES } from '../../shared/vocabulary/policy.js';

function evaluate(policy: Record<string, unknown>, stats: PairedStatistics, extra: Partial<EvaluateContext> = {}) {
  const rule: MetricPolicy = { ...metricPolicySchema.parse(policy), direction: 'higher' };
  return evaluateMetric({ name: 'roc_auc', label: 'roc_auc', idPrefix: 'metric:roc_auc', policy: rule, stats, hasBaseline: true, allowMissingBaseline: false, confidence: 0.95, file: 'c.csv', ...extra });
}

/** A paired test whose one-sided bound of candidate − baseline is `bound` (lower) or −`bound` (upper). */
const paired = (candidate: number, baseline: number, bound: number): PairedStatistics => ({ candidate, baseline, method: 'delong', pValue: 0.5, interval: [-0.02, 0.02], bound: (_alpha, side) => (side === 'lower' ? bound : -bound) });

describe('evaluateMetric: typed rules on checks', () => {
  it('a non-inferiority check carries rule non_inferiority, its margin and α, and its metric', () => {
    // Interval ±0.02 at 95 %: SE ≈ 0.0102, so 0.05 is a margin this sample can show.
    const { checks } = evaluate({ non_inferiority: { margin: 0.05, alpha: 0.1 } }, paired(0.80, 0.81, -0.06));
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: 'fail', metric: 'roc_auc', rule: 'non_inferiority', margin: 0.05, alpha: 0.1, observed: -0.06 });
    expect(checks[0]).not.toHaveProperty('slice');
    expect(checks[0]).not.toHaveProperty('threshold');
  });

  it('a margin below what the sample can show gets a showable_margin warning with the smallest showable margin and the false-failure rate', () => {
    // SE = 0.02 / 1.96 ≈ 0.0102: at α 0.05 and 80 % power, margins below (1.645 + 0.842)·SE ≈ 0.025 cannot be shown.
    const { checks } = evaluate({ non_inferiority: { margin: 0.005, alpha: 0.05 } }, paired(0.80, 0.81, 0.001), { rows: 2000 });
    expect(checks.map((c) => [c.rule, c.status])).toEqual([['non_inferiority', 'pass'], ['showable_margin', 'warn']]);
    expect(checks[1]!.message).toBe('with 2,000 rows, margins below 0.025 cannot be shown (80% power at α 0.05): the margin 0.005 fails a candidate as good as the baseline 87.6% of the time');
    expect(checks[1]).toMatchObject({ margin: 0.005, alpha: 0.05, observed: expect.closeTo(2.487 * 0.0102, 3) });
    expect(evaluate({ non_inferiority: { margin: 0.03, alpha: 0.05 } }, paired(0.80, 0.81, 0.001)).checks.map((c) => c.rule)).toEqual(['non_inferiority']);
  });

  it('each threshold rule carries its level as `threshold`; present and baseline carry none', () => {
    const { checks } = evaluate({ min: 0.7, max: 0.99, max_regression: 0.01, max_relative_regression: 0.02, min_improvement: 0 }, { candidate: 0.8, baseline: 0.79, method: 'none' });
    expect(checks.map((c) => [c.rule, c.threshold])).toEqual([['min', 0.7], ['max', 0.99], ['max_regression', 0.01], ['max_relative_regression', 0.02], ['min_improvement', 0]]);
    expect(evaluate({ max_regression: 0.01 }, { candidate: 0.8, baseline: undefined, method: 'none' }).checks.map((c) => [c.rule, c.threshold])).toEqual([['baseline', undefined]]);
    expect(evaluate({}, { candidate: undefined, baseline: 0.8, method: 'none' }).checks.map((c) => [c.rule, c.threshold])).toEqual([['present', undefined]]);
  });

  it('a slice check names its slice (column and value)', () => {
    const slice = { column: 'region', value: 'west', rows: 40 };
    const { checks } = evaluate({ min: 0.7 }, { candidate: 0.6, baseline: 0.7, method: 'none' }, { slice, label: 'roc_auc [region=west]', idPrefix: 'metric:roc_auc@region=west' });
    expect(checks[0]).toMatchObject({ metric: 'roc_auc', slice: { column: 'region', value: 'west' }, rule: 'min', threshold: 0.7, status: 'fail' });
  });

  it('every check it writes is a valid results check', () => {
    const all = [
      ...evaluate({ min: 0.7, max: 0.99, max_regression: 0.01, max_relative_regression: 0.02, min_improvement: 0, non_inferiority: { margin: 0.01 } }, paired(0.8, 0.79, 0.001)).checks,
      ...evaluate({ max_regression: 0.01 }, { candidate: 0.8, baseline: undefined, method: 'none' }).checks,
      ...evaluate({}, { candidate: undefined, baseline: 0.8, method: 'none' }).checks,
    ];
    expect(all.map((c) => c.rule)).toEqual(['min', 'max', 'max_regression', 'max_relative_regression', 'min_improvement', 'non_inferiority', 'showable_margin', 'baseline', 'present']);
    for (const c of all) expect(resultsSchemas.check.safeParse(c).error, c.id).toBeUndefined();
  });

  it('a zero baseline makes max_relative_regression a warning, whatever the severity', () => {
    for (const severity of ['fail', 'warn']) {
      const { checks } = evaluate({ max_relative_regression: 0.05, severity }, { candidate: -1, baseline: 0, method: 'none' });
      expect(checks[0]).toMatchObject({ rule: 'max_relative_regression', threshold: 0.05, status: 'warn', observed: null });
    }
  });
});

describe('the policy schema spells the vocabulary\'s rules', () => {
  it('its keys are the policy rules plus direction, severity and required', () => {
    const keys = Object.keys(metricPolicySchema.shape).filter((k) => !['direction', 'severity', 'required'].includes(k));
    expect(keys.sort()).toEqual([...POLICY_RULES].sort());
  });
});

describe('ROC AUC with a single positive', () => {
  it('falls back from DeLong to the paired bootstrap, and the row says so', async () => {
    const { comparePaired } = await import('../../shared/compare/paired.js');
    const y = Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const a = Float64Array.from([0.9, 0.1, 0.2, 0.3, 0.4, 0.5, 0.35, 0.25, 0.15, 0.05, 0.45, 0.6]);
    const b = Float64Array.from([0.5, 0.1, 0.6, 0.3, 0.4, 0.55, 0.35, 0.25, 0.15, 0.05, 0.45, 0.7]);
    const task = (score: Float64Array) => ({ task: 'binary' as const, posLabel: '1', probabilities: true, data: { y, pred: Uint8Array.from(score, (s) => (s > 0.5 ? 1 : 0)), score } });
    const stats = comparePaired('roc_auc', task(a), task(b), { confidence: 0.95, resamples: 200, seed: 1 });
    expect(stats.method).not.toBe('delong');
    expect(String(stats.details?.fallback ?? stats.unavailable)).toContain('DeLong needs at least 2 positives and 2 negatives; the paired bootstrap was used instead');
  });
});
