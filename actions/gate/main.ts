// gate entry: the step's options from the inputs → the step → its effects.
import { createOctokit } from '../../shared/runtime/octokit.js';
import { gateOptions, runGate } from '../../shared/steps/gate.js';
import { isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(gateOptions, runGate, { entryUrl: import.meta.url, createOctokit });
if (isEntry(import.meta.url)) await run();
