// Reading and writing results documents. Writes are atomic; reads reject a
// document that does not parse against the schema, naming the file.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { describeFsError } from '../config/load.js';
import { writeJsonAtomic } from '../io/atomic.js';
import { resultsDocumentSchema, type ResultsDocument } from './schema.js';

/**
 * The path of a results file in the workspace. A helper on purpose: ncc's
 * asset relocation rewrites resolve(x, 'literal.json') calls it can see.
 */
export function resultsPath(workspace: string, ...parts: string[]): string {
  return resolve(workspace, ...parts);
}

export async function writeResults(path: string, document: ResultsDocument): Promise<void> {
  // Validate before writing: a document that would not read back is a bug here.
  const checked = resultsDocumentSchema.parse(document);
  await writeJsonAtomic(path, checked);
}

export async function readResults(path: string): Promise<ResultsDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read results document: ${describeFsError(error)}`, { file: path });
  }
  return parseResults(text, path);
}

export function parseResults(text: string, path: string): ResultsDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`not a holdout results document: invalid JSON (${(error as Error).message})`, { file: path });
  }
  const result = resultsDocumentSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.map(String).join('.');
    throw new ConfigurationError(`not a holdout results document: ${key ? `${key}: ` : ''}${issue.message}`, { file: path });
  }
  return result.data;
}
