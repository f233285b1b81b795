// evaluatePolicy: one metric's candidate and baseline values (and, when the
// comparison is paired, its test) against the policy rules for it. Every
// rule gives its own check, so every failure is reported, never only the first.

import type { Check, MetricRow, Status } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { POLICY_RULES, type PolicyRule } from '../vocabulary/policy.js';
import type { MetricPolicy } from './policy.js';
import type { PairedStatistics } from './paired.js';
import { formatNumber, formatSigned, formatPercent } from './format.js';
import { equalCandidateFailureRate, smallestShowableMargin, standardErrorOfInterval } from '../stats/power.js';
import { formatCount } from '../count.js';

export interface MetricEvaluation {
  row: MetricRow;
  checks: Check[];
}

/** The rule a check applies, with the numbers that rule carries onto the check. */
type Criterion =
  | { rule: 'present' | 'baseline' }
  | { rule: Exclude<PolicyRule, 'non_inferiority'>; threshold: number }
  | { rule: 'non_inferiority' | 'showable_margin'; margin: number; alpha: number };

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
  /** Rows (or cases) the comparison rests on, to say what margin they can show. */
  rows?: number;
  file: string;
}

/** The power at which a non-inferiority margin counts as one the sample can show. */
export const SHOWABLE_POWER = 0.8;

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
  const slice = ctx.slice ? { slice: { column: ctx.slice.column, value: ctx.slice.value } } : {};
  const add = (criterion: Criterion, title: string, status: Status, message: string, observed?: number | string | null, expected?: number | string) => {
    checks.push({
      id: `${ctx.idPrefix}:${criterion.rule}`, title: `${label}: ${title}`, status, message, observed: observed ?? null, expected, count: status === 'pass' ? 0 : 1, locations: [{ file: ctx.file }],
      metric: name, ...slice, ...criterion,
    });
  };

  if (candidate === undefined) {
    const why = stats.unavailable ?? (stats.candidate === undefined ? 'undefined or missing on the candidate' : 'not a finite number');
    // In a slice, an undefined metric (one class, say) is reported, not failed: the slice cannot tell.
    const status: Status = !rule.required ? 'pass' : ctx.slice && stats.candidate === undefined ? 'warn' : severe(false);
    add({ rule: 'present' }, 'present on the candidate', status, rule.required ? `${name} is ${why}${ctx.slice && status === 'warn' ? ' in this slice' : ''}` : `${name} is ${why} (not required)`);
  } else {
    if (rule.min !== undefined) add({ rule: 'min', threshold: rule.min }, `≥ ${formatNumber(rule.min)}`, severe(candidate >= rule.min), `candidate ${formatNumber(candidate)}, minimum ${formatNumber(rule.min)}`, candidate, `≥ ${rule.min}`);
    if (rule.max !== undefined) add({ rule: 'max', threshold: rule.max }, `≤ ${formatNumber(rule.max)}`, severe(candidate <= rule.max), `candidate ${formatNumber(candidate)}, maximum ${formatNumber(rule.max)}`, candidate, `≤ ${rule.max}`);
    const needsBaseline = rule.max_regression !== undefined || rule.max_relative_regression !== undefined || rule.min_improvement !== undefined || rule.non_inferiority !== undefined;
    if (needsBaseline && baseline === undefined) {
      const missing = !ctx.hasBaseline ? 'no baseline was found' : `${name} is missing from the baseline`;
      add({ rule: 'baseline' }, 'has a baseline', ctx.allowMissingBaseline ? 'pass' : severe(false), ctx.allowMissingBaseline ? `${missing}; baseline rules skipped (allow_missing_baseline)` : missing);
    } else if (needsBaseline) {
      const regression = Math.max(0, -improvement!);
      if (rule.max_regression !== undefined) {
        add({ rule: 'max_regression', threshold: rule.max_regression }, `regression ≤ ${formatNumber(rule.max_regression)}`, severe(regression <= rule.max_regression),
          `${formatSigned(difference!)} vs baseline ${formatNumber(baseline!)} (${rule.direction} is better; at most ${formatNumber(rule.max_regression)} worse allowed)`, difference!, `≤ ${rule.max_regression} worse`);
      }
      if (rule.max_relative_regression !== undefined) {
        const criterion = { rule: 'max_relative_regression', threshold: rule.max_relative_regression } as const;
        if (baseline === 0) {
          // A zero baseline is reported, not divided by: a warning whatever the severity.
          add(criterion, `relative regression ≤ ${formatPercent(rule.max_relative_regression)}`, 'warn',
            `the baseline is 0, so the relative change is not computed (absolute change ${formatSigned(difference!)})`, null, `≤ ${formatPercent(rule.max_relative_regression)} worse`);
        } else {
          const relativeRegression = regression / Math.abs(baseline!);
          add(criterion, `relative regression ≤ ${formatPercent(rule.max_relative_regression)}`, severe(relativeRegression <= rule.max_relative_regression),
            `${formatSigned(relative! * 100, '%')} vs baseline ${formatNumber(baseline!)} (at most ${formatPercent(rule.max_relative_regression)} worse allowed)`, relative!, `≤ ${formatPercent(rule.max_relative_regression)} worse`);
        }
      }
      if (rule.min_improvement !== undefined) {
        add({ rule: 'min_improvement', threshold: rule.min_improvement }, `improves by ≥ ${formatNumber(rule.min_improvement)}`, severe(improvement! >= rule.min_improvement),
          `improvement ${formatSigned(improvement!)} (needs ≥ ${formatNumber(rule.min_improvement)})`, improvement!, `≥ ${rule.min_improvement}`);
      }
      if (rule.non_inferiority !== undefined) {
        const { margin, alpha } = rule.non_inferiority;
        const criterion = { rule: 'non_inferiority', margin, alpha } as const;
        if (!stats.bound) {
          add(criterion, `non-inferior (margin ${formatNumber(margin)})`, severe(false),
            stats.unavailable ? `cannot be tested: ${stats.unavailable}` : 'cannot be tested without predictions of both models on the same rows (metrics files carry no noise estimate)');
        } else {
          // Lower confidence bound of the improvement: of the difference when higher is better, of its negation otherwise.
          const bound = rule.direction === 'higher' ? stats.bound(alpha, 'lower') : -stats.bound(alpha, 'upper');
          add(criterion, `non-inferior (margin ${formatNumber(margin)}, α ${alpha})`, severe(bound > -margin),
            `one-sided ${formatPercent(1 - alpha)} lower bound of the improvement ${formatSigned(bound)} ${bound > -margin ? '>' : '≤'} −${formatNumber(margin)} (${stats.method})`, bound, `> −${margin}`);
          // Whether this sample can show the margin at all: with equal models the test fails at Φ(z₁₋α − margin/SE).
          if (stats.interval && stats.interval.every(Number.isFinite)) {
            const standardError = standardErrorOfInterval(stats.interval, ctx.confidence);
            const showable = smallestShowableMargin(standardError, alpha, SHOWABLE_POWER);
            if (standardError > 0 && margin < showable) {
              const rows = ctx.rows === undefined ? 'this sample' : `${formatCount(ctx.rows)} ${ctx.rows === 1 ? 'row' : 'rows'}`;
              add({ rule: 'showable_margin', margin, alpha }, `margin ${formatNumber(margin)} can be shown`, 'warn',
                `with ${rows}, margins below ${formatNumber(showable, 2)} cannot be shown (${formatPercent(SHOWABLE_POWER)} power at α ${alpha}): the margin ${formatNumber(margin)} fails a candidate as good as the baseline ${formatPercent(equalCandidateFailureRate(margin, standardError, alpha))} of the time`,
                showable, `≤ ${margin}`);
            }
          }
        }
      }
    }
  }
  const alpha = 1 - ctx.confidence;
  let verdict: MetricRow['verdict'] = 'unknown';
  if (improvement !== undefined) {
    // An undefined p-value (NaN) tells nothing: the verdict stays unknown.
    if (stats.pValue !== undefined) verdict = Number.isNaN(stats.pValue) ? 'unknown' : stats.pValue < alpha ? (improvement > 0 ? 'better' : 'worse') : 'same';
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

/** The row's policy: its rules in the vocabulary's order (each rule is a key of the policy, so this does not compile when the lists part), and a warn-only severity. */
function thresholdsOf(rule: MetricPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of POLICY_RULES) {
    if (rule[key] !== undefined) out[key] = rule[key];
  }
  if (rule.severity === 'warn') out.severity = 'warn';
  return out;
}

function finiteOrUndefined(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}
