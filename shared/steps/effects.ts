// Writing what a step produced: its results document and other files, each
// atomically (temp file + rename), after the step has finished — a step that
// throws leaves nothing behind.

import { writeFileAtomic } from '../io/atomic.js';
import { writeResults } from '../results/io.js';
import type { StepResult } from './step.js';

export async function writeStepFiles(result: Pick<StepResult, 'document' | 'resultsPath' | 'files'>, options: { results?: boolean } = {}): Promise<void> {
  if (result.document && result.resultsPath && options.results !== false) await writeResults(result.resultsPath, result.document);
  for (const file of result.files) await writeFileAtomic(file.path, file.text);
}
