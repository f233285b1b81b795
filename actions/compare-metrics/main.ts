// compare-metrics entry: the step's options from the inputs → the step → its effects.
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { createOctokitOnFirstCall, isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(compareMetricsOptions, runCompareMetrics, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
if (isEntry(import.meta.url)) await run();
