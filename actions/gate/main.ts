// gate entry: the step's options from the inputs → the step → its effects.
import { gateOptions, runGate } from '../../shared/steps/gate.js';
import { createOctokitOnFirstCall, isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(gateOptions, runGate, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
if (isEntry(import.meta.url)) await run();
