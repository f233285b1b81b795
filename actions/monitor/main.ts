// monitor entry: the step's options from the inputs → the step → its effects (the issue and the retraining trigger last).
import '../../shared/runtime/jitless.js'; // first: zod without its JIT, before any schema is built
import { monitorOptions, runMonitor } from '../../shared/steps/monitor.js';
import { createOctokitOnFirstCall, isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(monitorOptions, runMonitor, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
if (isEntry(import.meta.url)) await run();
