// GitHub shows a step's first 10 error and first 10 warning annotations and
// drops the rest; validate-data's default stays within that, and says so.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../shared/log.js';
import { optionsFromText } from '../../shared/steps/options.js';
import { runValidateData, validateDataOptions } from '../../shared/steps/validate-data.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { ROOT } from '../e2e/harness.js';

const EXAMPLES = join(ROOT, 'examples');

describe('validate-data annotations', () => {
  it('by default, no more error or warning annotations than GitHub displays (10 each); the count is complete in the results', async () => {
    const options = optionsFromText(validateDataOptions, 'input', (name) => ({ data: 'validate/failing.csv', schema: 'validate/schema.yaml' })[name]);
    const step = await runValidateData(options, { workspace: EXAMPLES, tempDir: EXAMPLES, eventName: '', payload: {}, logger: new MemoryLogger(), tasks: taskRunner(undefined) });
    expect(step.document.data.errorCount).toBe(13);
    const errors = step.annotations.filter((a) => a.level === 'error');
    const warnings = step.annotations.filter((a) => a.level === 'warning');
    expect(errors.length).toBe(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(validateDataOptions['max-annotations'].description).toMatch(/first 10 error and the first 10 warning annotations/);
  });
});
