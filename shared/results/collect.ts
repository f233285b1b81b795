// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently. (Profiles written beside
// the results are recognised as such and left out.)

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { describeFsError } from '../config/load.js';
import { expandPaths } from '../data/paths.js';
import { looksLikeProfile } from '../profile/profile.js';
import { parseResults } from './io.js';
import type { ResultsDocument } from './schema.js';

export interface CollectedResults {
  documents: Array<{ file: string; sha256: string; document: ResultsDocument }>;
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
      let bytes: Buffer;
      try {
        bytes = await readFile(file.path);
      } catch (error) {
        throw new ConfigurationError(`cannot read results document: ${describeFsError(error)}`, { file: file.displayPath });
      }
      const text = bytes.toString('utf8');
      // A profile (validate-data's profile-out) may share the results directory: it is not a results document.
      if (looksLikeProfile(text.slice(0, 64))) continue;
      const document = parseResults(text, file.displayPath);
      documents.push({ file: file.displayPath, sha256: createHash('sha256').update(bytes).digest('hex'), document });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(new ConfigurationError(error.reason, { file: file.displayPath }));
    }
  }
  return { documents, problems };
}
