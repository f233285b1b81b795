// Drift vocabulary, owned here and nowhere else: the methods a drift check
// can run, what `auto` may be written in their place, and how a method's
// statistic is held to its levels. A leaf module (no imports), so every layer
// — the table schema, the results document, validation, the report — can
// use the one list.

/** The drift statistics holdout computes, in the order the docs list them. */
export const DRIFT_METHODS = ['psi', 'jensenshannon', 'js_divergence', 'wasserstein', 'ks', 'chisquare', 'z', 'linf'] as const;
export type DriftMethod = (typeof DRIFT_METHODS)[number];

/** What a schema may ask for: a method, or `auto` (picked by type and size, as Evidently does). */
export const DRIFT_METHOD_CHOICES = ['auto', ...DRIFT_METHODS] as const;
export type DriftMethodChoice = (typeof DRIFT_METHOD_CHOICES)[number];

/** distance: drift when the statistic is ≥ the level; p-value: drift when p < the level. */
export const DRIFT_COMPARISONS = ['distance', 'p-value'] as const;
export type DriftComparison = (typeof DRIFT_COMPARISONS)[number];

/** Log bases of the entropy-based statistics (natural log, or bits). */
export const LOG_BASES = ['e', '2'] as const;
export type LogBase = (typeof LOG_BASES)[number];
