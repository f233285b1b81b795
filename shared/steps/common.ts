// Option values and ranges that several steps share, defined once.

import { z } from 'zod';
import { option } from './options.js';
import { FAIL_ON } from '../results/status.js';

/** Which status fails a step that produces a verdict (validate-data, compare-metrics): the status table's. */
export { FAIL_ON };
/** Which status fails the gate: it always blocks on fail and error. */
export const GATE_FAIL_ON = ['fail', 'warn'] as const;

export const nonNegativeInteger = z.number().int().nonnegative();
/** A confidence level: at least 0.5 (a two-sided interval narrower than that means nothing), below 1. */
export const confidenceLevel = z.number().min(0.5).lt(1);
export const probability = z.number().min(0).max(1);

export const DEFAULT_RESULTS_GLOB = 'holdout-results/*.json';

/** fail-on of a step that produces a verdict: which status fails the step (an input error always does). */
export const failOnOption = (description: string) => option.enum(FAIL_ON)({ description, default: 'fail', config: false });

/** results-file: where an action writes the step's results document (the config derives it from results_dir; the CLI has --out). */
export const resultsFileOption = (description: string, fallback: string) => option.string({ description, default: fallback, config: false, flag: false });

/**
 * junit and kubeflow-metrics: the step's results as a JUnit XML report (an
 * input, a flag, and where `config` says, a config key) and as Kubeflow
 * Pipelines' metrics output (a flag only: orchestrators run the CLI).
 */
export const exportOptions = (config: boolean) => ({
  junit: option.string({
    description: 'Also write the results as JUnit XML here: one test case per check, failures with their message and file:line, for the test reports of Jenkins, GitLab, Azure Pipelines, Buildkite and CircleCI.',
    ...(config ? {} : { config: false as const }),
  }),
  'kubeflow-metrics': option.string({
    description: "Also write Kubeflow Pipelines' metrics output here (the mlpipeline-metrics JSON: the step's numbers, at most 50).",
    input: false as const,
    config: false as const,
  }),
});
