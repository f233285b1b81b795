// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order.

import { glob, isDynamicPattern } from 'tinyglobby';
import { relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface ResolvedPath {
  path: string;
  /** Relative to the base directory with forward slashes, as annotations want. */
  displayPath: string;
}

export async function expandPaths(patterns: readonly string[], baseDir: string, what = 'data'): Promise<ResolvedPath[]> {
  const out: ResolvedPath[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    let matches: string[];
    if (isDynamicPattern(pattern)) {
      matches = (await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) throw new ConfigurationError(`the ${what} pattern "${pattern}" matches no file`);
    } else matches = [resolve(baseDir, pattern)];
    for (const match of matches) {
      const path = resolve(match);
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({ path, displayPath: toDisplayPath(path, baseDir) });
    }
  }
  return out;
}

export function toDisplayPath(path: string, baseDir: string): string {
  const rel = relative(baseDir, path);
  const shown = rel.startsWith('..') || rel === '' ? path : rel;
  return shown.split(sep).join('/');
}
