// compare-metrics entry: the step's options from the inputs → the step → its effects.
import { createOctokit } from '../../shared/runtime/octokit.js';
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(compareMetricsOptions, runCompareMetrics, { entryUrl: import.meta.url, createOctokit });
if (isEntry(import.meta.url)) await run();
