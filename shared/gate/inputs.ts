// The gate's inputs: every file the results globs match, each either a
// results document or an error naming the file — never skipped. Only a
// genuine profile (validate-data's profile-out, which may share the results
// directory) is left out, and only when it does not parse as a results
// document: a document that merely starts with `{"holdoutProfile": 1,` is
// read as the results document it is, or refused.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describeFsError } from '../config/load.js';
import { expandPaths } from '../data/paths.js';
import { ConfigurationError } from '../errors.js';
import { looksLikeProfile, parseProfile } from '../profile/profile.js';
import { parseResults } from '../results/io.js';
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
    let bytes: Buffer;
    try {
      bytes = await readFile(file.path);
    } catch (error) {
      out.unreadable.push({ file: file.display, reason: `cannot read results document: ${describeFsError(error)}` });
      continue;
    }
    const text = bytes.toString('utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    try {
      out.documents.push({ file: file.display, sha256, document: parseResults(text, file.display) });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      if (looksLikeProfile(text.slice(0, 64)) && isProfile(text, file.display)) out.profiles.push(file.display);
      else out.unreadable.push({ file: file.display, reason: error.reason });
    }
  }
  return out;
}

function isProfile(text: string, file: string): boolean {
  try {
    parseProfile(text, file);
    return true;
  } catch (error) {
    if (error instanceof ConfigurationError) return false;
    throw error;
  }
}
