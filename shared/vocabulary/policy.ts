// Comparison-policy vocabulary, owned here and nowhere else: the rules a
// metric's policy can set, and the rules a compare-metrics check can apply.
// A leaf module (no imports): the policy schema, the evaluation, the results
// document and the report all use these lists.

/**
 * The threshold rules of a metric's policy, each a key of the policy file
 * (`metrics.<name>.<rule>`), in the order the report lists them.
 */
export const POLICY_RULES = ['min', 'max', 'max_regression', 'max_relative_regression', 'min_improvement', 'non_inferiority'] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

/**
 * Every rule a compare-metrics check applies: `present` (a `required` metric
 * is on the candidate), the policy's threshold rules, and `baseline` (the
 * rules that need a baseline have one, unless `allow_missing_baseline`).
 */
/**
 * What a comparison check applies: a policy rule, or one of the checks around
 * them — the metric is present, a baseline exists, and the non-inferiority
 * margin is one this sample can show (`showable_margin`, a warning).
 */
export const COMPARISON_RULES = ['present', ...POLICY_RULES, 'baseline', 'showable_margin'] as const;
export type ComparisonRule = (typeof COMPARISON_RULES)[number];
