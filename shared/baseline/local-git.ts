// DEPRECATED: kept for cli/bin.ts until it passes { localGit: true } to
// resolveBaseline(spec, context) from ./index.ts. Delete this file then.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitResolver } from './git.js';
import type { ResolvedBaseline } from './resolver.js';

/** @deprecated the git: resolver with `localGit: true` in its context does this. */
export function gitShow(cwd: string, ref: string, path: string, spec: string): Promise<ResolvedBaseline> {
  return gitResolver.resolve({ kind: 'git', ref, path, spec }, { baseDir: cwd, tempDir: join(tmpdir(), `holdout-baseline-${process.pid}`), localGit: true });
}
