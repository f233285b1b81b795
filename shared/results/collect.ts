// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently. (Profiles written beside
// the results are recognised as such and left out.)

import { ConfigurationError } from '../errors.js';
import { expandPaths } from '../data/paths.js';
import { readResultsFile, type ResultsFile } from './io.js';

export interface CollectedResults {
  documents: ResultsFile[];
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
      const read = await readResultsFile(file);
      if (read) documents.push(read);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(error);
    }
  }
  return { documents, problems };
}
