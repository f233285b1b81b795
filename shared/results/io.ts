// Reading and writing results documents. Writes are atomic; reads reject a
// document that does not parse against the schema, naming the file.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { describeFsError } from '../io/fs-error.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { UserFile } from '../io/user-file.js';
import { looksLikeProfile, parseProfile } from '../profile/profile.js';
import { resultsSchemaFor, type ResultsDocument } from './schema.js';

/**
 * The path of a results file in the workspace. A helper on purpose: ncc's
 * asset relocation rewrites resolve(x, 'literal.json') calls it can see.
 */
export function resultsPath(workspace: string, ...parts: string[]): string {
  return resolve(workspace, ...parts);
}

/**
 * A results document as JSON text: ±∞ and NaN, which JSON cannot hold (and
 * JSON.stringify would turn into null), become the strings "Infinity",
 * "-Infinity" and "NaN" that the schema reads back as those numbers.
 */
export function serializeResults(document: ResultsDocument): string {
  return JSON.stringify(document, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2) + '\n';
}

/**
 * The text of a results document, checked the way a reader will read it: the
 * serialised JSON is parsed back against the schema. A document that would
 * not read back is a bug here, reported with the key at fault.
 */
export function resultsText(document: ResultsDocument): string {
  const text = serializeResults(document);
  const json: unknown = JSON.parse(text);
  const result = resultsSchemaFor(json).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`results document would not read back (${issue.path.map(String).join('.') || 'document'}: ${issue.message})`);
  }
  return text;
}

export async function writeResults(path: string, document: ResultsDocument): Promise<void> {
  await writeFileAtomic(path, resultsText(document));
}

/** One results file as read: the name it is shown by, its bytes' SHA-256, the document. */
export interface ResultsFile {
  file: string;
  sha256: string;
  document: ResultsDocument;
}

/**
 * Reads and checks one results document: the one reader, for a single file,
 * for every match of a glob (collectResults) and for the gate. Errors are
 * ConfigurationErrors naming `file.display`. A genuine profile
 * (validate-data's profile-out, which may share the results directory) is
 * not a results document: undefined — but only when the file does not read
 * as a results document, so a failing document that merely starts with
 * `{"holdoutProfile": 1,` is read as what it is, never skipped.
 */
export async function readResultsFile(file: Pick<UserFile, 'path' | 'display'>): Promise<ResultsFile | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    throw new ConfigurationError(`cannot read results document: ${describeFsError(error)}`, { file: file.display });
  }
  const text = bytes.toString('utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    return { file: file.display, sha256, document: parseResults(text, file.display) };
  } catch (error) {
    if (error instanceof ConfigurationError && looksLikeProfile(text.slice(0, 64)) && isProfile(text, file.display)) return undefined;
    throw error;
  }
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

export function parseResults(text: string, path: string): ResultsDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`not a holdout results document: invalid JSON (${(error as Error).message})`, { file: path });
  }
  const result = resultsSchemaFor(json).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.map(String).join('.');
    throw new ConfigurationError(`not a holdout results document: ${key ? `${key}: ` : ''}${issue.message}`, { file: path });
  }
  return result.data;
}
