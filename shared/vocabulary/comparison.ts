// Model-comparison vocabulary, owned here and nowhere else: the prediction
// tasks, which way a metric is better, and the significance tests of a
// paired comparison. A leaf module (no imports).

/** The prediction tasks holdout computes metrics for. */
export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type Task = (typeof TASKS)[number];

/** How a metric's difference was tested: DeLong (ROC AUC), McNemar (accuracy), the paired bootstrap, or not at all. */
export const TEST_METHODS = ['delong', 'mcnemar-exact', 'mcnemar-asymptotic', 'bootstrap-bca', 'bootstrap-percentile', 'none'] as const;
export type TestMethod = (typeof TEST_METHODS)[number];

/** Which way a metric is better. */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
