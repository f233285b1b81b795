// DEPRECATED: the pre-registry API, kept as thin wrappers over ./index.ts
// until the entries (action.ts, actions/compare-metrics, cli/) call
// resolveBaseline(spec, context) from ./index.ts. Delete this file then.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactSource } from './artifact.js';
import type { DeploymentSource } from './deployment.js';
import type { GitSource } from './git.js';
import { parseBaselineSpec, resolveBaseline as resolveWithContext } from './index.js';
import type { PathSource } from './path.js';
import type { ResolvedBaseline } from './resolver.js';

export type { ResolvedBaseline } from './resolver.js';

/** @deprecated the parsed sources of the built-in resolvers; use the registry in ./index.ts. */
export type BaselineSource = PathSource | GitSource | ArtifactSource | DeploymentSource;

/** @deprecated pass a BaselineContext (github, localGit) to resolveBaseline in ./index.ts instead. */
export type RemoteFetcher = (source: Exclude<BaselineSource, { kind: 'path' }>) => Promise<ResolvedBaseline>;

const REMOTE = new Set(['git', 'artifact', 'deployment']);

/** @deprecated use resolveBaseline(spec, context) from ./index.ts. */
export async function resolveBaseline(spec: string | undefined, baseDir: string, remote: RemoteFetcher | undefined): Promise<ResolvedBaseline> {
  if (remote && spec !== undefined && spec.trim() !== '') {
    const { scheme, source } = parseBaselineSpec(spec);
    if (REMOTE.has(scheme)) return remote(source as Exclude<BaselineSource, { kind: 'path' }>);
  }
  return resolveWithContext(spec, { baseDir, tempDir: join(tmpdir(), 'holdout-baseline') });
}
