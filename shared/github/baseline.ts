// DEPRECATED: fetching git:, artifact: and deployment: baselines moved into
// their resolvers (shared/baseline/git.ts, artifact.ts, deployment.ts, shared
// helpers in shared/baseline/github-api.ts). These wrappers remain for
// action.ts, actions/compare-metrics/main.ts and cli/bin.ts until they pass
// { github: { octokit, repo } } to resolveBaseline(spec, context) from
// shared/baseline/index.ts. Delete this file then.

import type { Octokit } from '../runtime/octokit.js';
import { BASELINE_RESOLVERS } from '../baseline/index.js';
import type { BaselineSource } from '../baseline/resolve.js';
import type { ResolvedBaseline } from '../baseline/resolver.js';
import type { Repo } from '../baseline/github-api.js';

export type { Repo } from '../baseline/github-api.js';

/** @deprecated use ResolvedBaseline from shared/baseline/index.ts. */
export type FetchedBaseline = ResolvedBaseline;

/** @deprecated pass { github: { octokit, repo }, tempDir } to resolveBaseline in shared/baseline/index.ts. */
export function gitHubBaselineFetcher(octokit: Octokit, repo: Repo, tempDir: string) {
  return (source: Exclude<BaselineSource, { kind: 'path' }>) => fetchGitHubBaseline(octokit, repo, source, tempDir);
}

/** @deprecated pass { github: { octokit, repo }, tempDir } to resolveBaseline in shared/baseline/index.ts. */
export async function fetchGitHubBaseline(octokit: Octokit, repo: Repo, source: Exclude<BaselineSource, { kind: 'path' }>, tempDir: string): Promise<FetchedBaseline> {
  const resolver = BASELINE_RESOLVERS.find((r) => r.scheme === source.kind)!;
  return resolver.resolve(source, { baseDir: tempDir, tempDir, github: { octokit, repo } });
}
