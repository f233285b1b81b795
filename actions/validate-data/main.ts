// validate-data entry: the step's options from the inputs → the step → its effects.
import '../../shared/runtime/jitless.js'; // first: zod without its JIT, before any schema is built
import { runValidateData, validateDataOptions } from '../../shared/steps/validate-data.js';
import { isEntry, runActionStep } from '../entry.js';

export const run = () => runActionStep(validateDataOptions, runValidateData, { entryUrl: import.meta.url });
if (isEntry(import.meta.url)) await run();
