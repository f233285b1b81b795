export { parseShard, validateData, type ValidateDataInput, type ValidateDataOutcome } from './run.js';
export { writeProfile } from '../profile/io.js';
export { validateTable, type TableValidation, type ValidateOptions } from './table.js';
export { annotationsFor } from './annotations.js';
