// report entry: the step's options from the inputs → the step → its effects (the comment last).
import '../../shared/runtime/jitless.js'; // first: zod without its JIT, before any schema is built
import { reportOptions, runReport } from '../../shared/steps/report.js';
import { createOctokitOnFirstCall, isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(reportOptions, runReport, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
if (isEntry(import.meta.url)) await run();
