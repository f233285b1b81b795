// evaluatePolicy: one metric's candidate and baseline values (and, when the
// comparison is paired, its test) against the policy rules for it. Every
// rule gives its own check, so every failure is reported, never only the first.

import type { Check, MetricRow, Status } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import type { MetricPolicy } from './policy.js';
import type { PairedStatistics } from './paired.js';
import { formatNumber, formatSigned, formatPercent } from './format.js';

export interface MetricEvaluation {
  row: MetricRow;
  checks: Check[];
}

export interface EvaluateContext {
  name: string;
  /** Shown in titles and ids: "log_loss" or "log_loss [region=eu]". */
  label: string;
  idPrefix: string;
  policy: MetricPolicy;
  stats: PairedStatistics;
  hasBaseline: boolean;
  allowMissingBaseline: boolean;
  confidence: number;
  slice?: { column: string; value: string; rows: number };
  file: string;
}

export function evaluateMetric(ctx: EvaluateContext): MetricEvaluation {
  const { policy: rule, stats, name, label } = ctx;
  const sign = rule.direction === 'higher' ? 1 : -1;
  const candidate = finiteOrUndefined(stats.candidate);
  const baseline = ctx.hasBaseline ? finiteOrUndefined(stats.baseline) : undefined;
  const difference = candidate !== undefined && baseline !== undefined ? candidate - baseline : undefined;
  const improvement = difference === undefined ? undefined : sign * difference;
  const relative = difference !== undefined && baseline !== undefined && baseline !== 0 ? difference / Math.abs(baseline) : undefined;
  const checks: Check[] = [];
  const severe = (ok: boolean): Status => (ok ? 'pass' : rule.severity === 'warn' ? 'warn' : 'fail');
  const add = (rule: string, title: string, status: Status, message: string, observed?: number | string | null, expected?: number | string) => {
    checks.push({ id: `${ctx.idPrefix}:${rule}`, title: `${label}: ${title}`, status, message, observed: observed ?? null, expected, count: status === 'pass' ? 0 : 1, locations: [{ file: ctx.file }] });
  };

  if (candidate === undefined) {
    const why = stats.unavailable ?? (stats.candidate === undefined ? 'undefined or missing on the candidate' : 'not a finite number');
    // In a slice, an undefined metric (one class, say) is reported, not failed: the slice cannot tell.
    const status: Status = !rule.required ? 'pass' : ctx.slice && stats.candidate === undefined ? 'warn' : severe(false);
    add('present', 'present on the candidate', status, rule.required ? `${name} is ${why}${ctx.slice && status === 'warn' ? ' in this slice' : ''}` : `${name} is ${why} (not required)`);
  } else {
    if (rule.min !== undefined) add('min', `≥ ${formatNumber(rule.min)}`, severe(candidate >= rule.min), `candidate ${formatNumber(candidate)}, minimum ${formatNumber(rule.min)}`, candidate, `≥ ${rule.min}`);
    if (rule.max !== undefined) add('max', `≤ ${formatNumber(rule.max)}`, severe(candidate <= rule.max), `candidate ${formatNumber(candidate)}, maximum ${formatNumber(rule.max)}`, candidate, `≤ ${rule.max}`);
    const needsBaseline = rule.max_regression !== undefined || rule.max_relative_regression !== undefined || rule.min_improvement !== undefined || rule.non_inferiority !== undefined;
    if (needsBaseline && baseline === undefined) {
      const missing = !ctx.hasBaseline ? 'no baseline was found' : `${name} is missing from the baseline`;
      add('baseline', 'has a baseline', ctx.allowMissingBaseline ? 'pass' : severe(false), ctx.allowMissingBaseline ? `${missing}; baseline rules skipped (allow_missing_baseline)` : missing);
    } else if (needsBaseline) {
      const regression = Math.max(0, -improvement!);
      if (rule.max_regression !== undefined) {
        add('max_regression', `regression ≤ ${formatNumber(rule.max_regression)}`, severe(regression <= rule.max_regression),
          `${formatSigned(difference!)} vs baseline ${formatNumber(baseline!)} (${rule.direction} is better; at most ${formatNumber(rule.max_regression)} worse allowed)`, difference!, `≤ ${rule.max_regression} worse`);
      }
      if (rule.max_relative_regression !== undefined) {
        if (baseline === 0) {
          add('max_relative_regression', `relative regression ≤ ${formatPercent(rule.max_relative_regression)}`, rule.severity === 'warn' ? 'warn' : 'warn',
            `the baseline is 0, so the relative change is not computed (absolute change ${formatSigned(difference!)})`, null, `≤ ${formatPercent(rule.max_relative_regression)} worse`);
        } else {
          const relativeRegression = regression / Math.abs(baseline!);
          add('max_relative_regression', `relative regression ≤ ${formatPercent(rule.max_relative_regression)}`, severe(relativeRegression <= rule.max_relative_regression),
            `${formatSigned(relative! * 100, '%')} vs baseline ${formatNumber(baseline!)} (at most ${formatPercent(rule.max_relative_regression)} worse allowed)`, relative!, `≤ ${formatPercent(rule.max_relative_regression)} worse`);
        }
      }
      if (rule.min_improvement !== undefined) {
        add('min_improvement', `improves by ≥ ${formatNumber(rule.min_improvement)}`, severe(improvement! >= rule.min_improvement),
          `improvement ${formatSigned(improvement!)} (needs ≥ ${formatNumber(rule.min_improvement)})`, improvement!, `≥ ${rule.min_improvement}`);
      }
      if (rule.non_inferiority !== undefined) {
        const { margin, alpha } = rule.non_inferiority;
        if (!stats.bound) {
          add('non_inferiority', `non-inferior (margin ${formatNumber(margin)})`, severe(false),
            stats.unavailable ? `cannot be tested: ${stats.unavailable}` : 'cannot be tested without predictions of both models on the same rows (metrics files carry no noise estimate)');
        } else {
          // Lower confidence bound of the improvement: of the difference when higher is better, of its negation otherwise.
          const bound = rule.direction === 'higher' ? stats.bound(alpha, 'lower') : -stats.bound(alpha, 'upper');
          add('non_inferiority', `non-inferior (margin ${formatNumber(margin)}, α ${alpha})`, severe(bound > -margin),
            `one-sided ${formatPercent(1 - alpha)} lower bound of the improvement ${formatSigned(bound)} ${bound > -margin ? '>' : '≤'} −${formatNumber(margin)} (${stats.method})`, bound, `> −${margin}`);
        }
      }
    }
  }
  const alpha = 1 - ctx.confidence;
  let verdict: MetricRow['verdict'] = 'unknown';
  if (improvement !== undefined) {
    if (stats.pValue !== undefined) verdict = stats.pValue < alpha ? (improvement > 0 ? 'better' : 'worse') : 'same';
    else verdict = improvement > 0 ? 'better' : improvement < 0 ? 'worse' : 'same';
  }
  const row: MetricRow = {
    name,
    direction: rule.direction,
    gated: true,
    slice: ctx.slice,
    candidate: candidate ?? null,
    baseline: baseline ?? null,
    difference: difference ?? null,
    relativeDifference: relative ?? null,
    interval: stats.interval && stats.interval.every(Number.isFinite) ? stats.interval : null,
    confidence: ctx.confidence,
    pValue: stats.pValue ?? null,
    method: stats.method,
    verdict,
    status: worstStatus(checks.map((c) => c.status)),
    thresholds: thresholdsOf(rule),
    note: stats.unavailable,
    details: stats.details,
  };
  return { row, checks };
}

function thresholdsOf(rule: MetricPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['min', 'max', 'max_regression', 'max_relative_regression', 'min_improvement', 'non_inferiority'] as const) {
    if (rule[key] !== undefined) out[key] = rule[key];
  }
  if (rule.severity === 'warn') out.severity = 'warn';
  return out;
}

function finiteOrUndefined(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}
