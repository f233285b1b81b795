// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order. Each
// match is a UserFile: a plain path keeps the name the user wrote, a glob
// match is named relative to the base directory.

import { glob, isDynamicPattern } from 'tinyglobby';
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { foundFile, userFile, type UserFile } from '../io/user-file.js';

export async function expandPaths(patterns: readonly string[], baseDir: string, what = 'data'): Promise<UserFile[]> {
  const out: UserFile[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    let matches: UserFile[];
    if (isDynamicPattern(pattern)) {
      const found = (await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
      if (found.length === 0) throw new ConfigurationError(`the ${what} pattern "${pattern}" matches no file`);
      matches = found.map((path) => foundFile(baseDir, path));
    } else matches = [userFile(baseDir, pattern)];
    for (const match of matches) {
      const path = resolve(match.path);
      if (seen.has(path)) continue;
      seen.add(path);
      out.push(match);
    }
  }
  return out;
}
