// Option values and ranges that several steps share, defined once.

import { z } from 'zod';

/** Which status fails a step that produces a verdict (validate-data, compare-metrics). */
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
/** Which status fails the gate: it always blocks on fail and error. */
export const GATE_FAIL_ON = ['fail', 'warn'] as const;

export const nonNegativeInteger = z.number().int().nonnegative();
/** A confidence level: at least 0.5 (a two-sided interval narrower than that means nothing), below 1. */
export const confidenceLevel = z.number().min(0.5).lt(1);
export const probability = z.number().min(0).max(1);

export const DEFAULT_RESULTS_GLOB = 'holdout-results/*.json';
