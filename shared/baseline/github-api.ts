// What the GitHub-backed resolvers (git: through the contents API, artifact:,
// deployment:) share: the missing reason when there is no GitHub access, the
// temp directory, and the mapping of 403 and 404 to a missing reason that
// names the source and, for 403, the permission to grant.

import { mkdir } from 'node:fs/promises';
import type { BaselineContext, GitHubClient, Repo, ResolvedBaseline } from './resolver.js';

export type { GitHubClient, Repo } from './resolver.js';

export function httpStatus(error: unknown): number | undefined {
  return (error as { status?: number })?.status;
}

/** The missing reason for a source that needs GitHub access when the context has none. */
export function needsGitHub(spec: string, scheme: string, context: BaselineContext): { missing: string } {
  return { missing: context.noGitHub ? `${spec}: ${context.noGitHub} to read ${scheme} baselines` : `${spec}: ${scheme} baselines need GitHub access (a token and the repository)` };
}

/** The missing reason for an API error that says the source is not there or not readable, or undefined (then it is rethrown: a bug or an outage). */
export function missingFromApiError(error: unknown, spec: string, permission: string): { missing: string } | undefined {
  const code = httpStatus(error);
  if (code === 403) return { missing: `${spec}: the token may not read it (403 ${(error as { said?: string }).said ?? (error as Error).message}); grant the token ${permission} or use a path` };
  if (code === 404) return { missing: `${spec}: not found (404)` };
  return undefined;
}

/** Runs `fetch` with the context's GitHub access and temp directory; no access, 403 and 404 become missing reasons. */
export async function throughGitHub(
  spec: string,
  scheme: string,
  permission: string,
  context: BaselineContext,
  fetch: (octokit: GitHubClient, repo: Repo, tempDir: string) => Promise<ResolvedBaseline>,
): Promise<ResolvedBaseline> {
  if (!context.github) return needsGitHub(spec, scheme, context);
  await mkdir(context.tempDir, { recursive: true });
  try {
    return await fetch(context.github.octokit, context.github.repo, context.tempDir);
  } catch (error) {
    const missing = missingFromApiError(error, spec, permission);
    if (missing) return missing;
    throw error;
  }
}
