// The gate's inputs: every file the results globs match, each either a
// results document or an error naming the file — never skipped. Only a
// genuine profile (validate-data's profile-out, which may share the results
// directory) is left out, and only when it does not parse as a results
// document: a document that merely starts with `{"holdoutProfile": 1,` is
// read as the results document it is, or refused.

import { expandPaths } from '../data/paths.js';
import { ConfigurationError } from '../errors.js';
import { readResultsFile } from '../results/io.js';
import type { DocumentInput } from './decision.js';

export interface GateInputs {
  documents: DocumentInput[];
  /** Files that matched but are not results documents, and why (integrity failures). */
  unreadable: Array<{ file: string; reason: string }>;
  /** Profiles that matched the glob and were left out. */
  profiles: string[];
}

export async function collectGateInputs(patterns: readonly string[], baseDir: string): Promise<GateInputs> {
  const out: GateInputs = { documents: [], unreadable: [], profiles: [] };
  let files: Awaited<ReturnType<typeof expandPaths>>;
  try {
    files = await expandPaths(patterns, baseDir, 'results');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    out.unreadable.push({ file: error.file ?? patterns.join(', '), reason: error.reason });
    return out;
  }
  for (const file of files) {
    try {
      const read = await readResultsFile(file);
      if (read) out.documents.push(read);
      else out.profiles.push(file.display);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      out.unreadable.push({ file: file.display, reason: error.reason });
    }
  }
  return out;
}
