// resolveBaseline: turns a baseline spec into a file to compare against, or
// into the reason there is none. Paths are read here; remote sources are
// fetched by whoever can (the action through the GitHub API, the CLI through
// local git or the API).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BaselineFile } from '../compare/run.js';
import { parseBaselineSource, type BaselineSource } from './source.js';

export type ResolvedBaseline = BaselineFile | { missing: string };
export type RemoteFetcher = (source: Exclude<BaselineSource, { kind: 'path' }>) => Promise<ResolvedBaseline>;

export async function resolveBaseline(spec: string | undefined, baseDir: string, remote: RemoteFetcher | undefined): Promise<ResolvedBaseline> {
  if (spec === undefined || spec.trim() === '') return { missing: 'no baseline was given' };
  const source = parseBaselineSource(spec);
  if (source.kind === 'path') {
    const path = resolve(baseDir, source.path);
    if (!existsSync(path)) return { missing: `${source.spec}: no such file` };
    return { path, displayPath: source.path, source: source.spec };
  }
  if (!remote) return { missing: `${source.spec}: ${source.kind} baselines need GitHub access (a token and the repository)` };
  return remote(source);
}
