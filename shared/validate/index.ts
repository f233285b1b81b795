export { validateData, type ValidateDataInput, type ValidateDataOutcome } from './run.js';
export { validateTable, type TableValidation, type ValidateOptions } from './table.js';
export { annotationsFor } from './annotations.js';
