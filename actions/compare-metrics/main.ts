// compare-metrics entry: the step's options from the inputs → the step → its effects.
import '../../shared/runtime/jitless.js'; // first: zod without its JIT, before any schema is built
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { createOctokitOnFirstCall, isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(compareMetricsOptions, runCompareMetrics, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
if (isEntry(import.meta.url)) await run();
