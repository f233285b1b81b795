// report entry: the step's options from the inputs → the step → its effects (the comment last).
import { createOctokit } from '../../shared/runtime/octokit.js';
import { reportOptions, runReport } from '../../shared/steps/report.js';
import { isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(reportOptions, runReport, { entryUrl: import.meta.url, createOctokit });
if (isEntry(import.meta.url)) await run();
