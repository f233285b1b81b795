// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently.

import { ConfigurationError } from '../errors.js';
import { expandPaths } from '../data/paths.js';
import { readResults } from './io.js';
import type { ResultsDocument } from './schema.js';

export interface CollectedResults {
  documents: Array<{ file: string; document: ResultsDocument }>;
  problems: ConfigurationError[];
}

export async function collectResults(patterns: readonly string[], baseDir: string): Promise<CollectedResults> {
  const problems: ConfigurationError[] = [];
  let files: Awaited<ReturnType<typeof expandPaths>> = [];
  try {
    files = await expandPaths(patterns, baseDir, 'results');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problems.push(error);
  }
  const documents: CollectedResults['documents'] = [];
  for (const file of files) {
    try {
      documents.push({ file: file.displayPath, document: await readResults(file.path) });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(new ConfigurationError(error.reason, { file: file.displayPath }));
    }
  }
  return { documents, problems };
}
