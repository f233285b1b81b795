// monitor entry: the step's options from the inputs → the step → its effects (the issue and the retraining trigger last).
import { createOctokit } from '../../shared/runtime/octokit.js';
import { monitorOptions, runMonitor } from '../../shared/steps/monitor.js';
import { isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(monitorOptions, runMonitor, { entryUrl: import.meta.url, createOctokit });
if (isEntry(import.meta.url)) await run();
