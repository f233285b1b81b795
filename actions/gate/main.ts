// gate entry: the step's options from the inputs → the step → its effects.
import '../../shared/runtime/jitless.js'; // first: zod without its JIT, before any schema is built
import { gateOptions, runGate } from '../../shared/steps/gate.js';
import { createOctokitOnFirstCall, isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(gateOptions, runGate, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
if (isEntry(import.meta.url)) await run();
