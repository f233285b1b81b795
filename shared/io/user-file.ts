// UserFile: a file the user named, carried with the name as they wrote it.
// Every reader takes one, so every error names the file (and line) the user
// wrote — `data/train.csv:12`, `.github/holdout.yml:6` — never an absolute
// path on the runner, and never a made-up name.

import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface UserFile {
  /** The path exactly as the user wrote it (input, config key, flag). */
  readonly written: string;
  /** How messages and annotations name it: relative to the workspace where possible. */
  readonly display: string;
  /** Where it is on disk (absolute). */
  readonly path: string;
}

/** The file `written` (relative to `baseDir` unless absolute). */
export function userFile(baseDir: string, written: string): UserFile {
  const path = resolve(baseDir, written);
  return { written, display: displayPath(baseDir, path), path };
}

/** A file found on disk (a glob match, a temp file): displayed relative to `baseDir` when inside it. */
export function foundFile(baseDir: string, path: string, display?: string): UserFile {
  const absolute = resolve(baseDir, path);
  const shown = display ?? displayPath(baseDir, absolute);
  return { written: shown, display: shown, path: absolute };
}

function displayPath(baseDir: string, absolute: string): string {
  const rel = relative(baseDir, absolute);
  // Forward slashes: annotations and messages name files the way GitHub does.
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : absolute;
}
