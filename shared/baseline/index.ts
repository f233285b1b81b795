// The baseline sources, registered by scheme in this one place. The CLI and
// the actions resolve a spec with resolveBaseline and differ only in the
// context they pass (the CLI: localGit, and GitHub access when GITHUB_TOKEN
// and GITHUB_REPOSITORY are set). Adding a source: one file exporting a
// BaselineResolver, one line below, test/baseline/<scheme>.test.ts, and its
// line in the table of docs/baselines.md (a test checks all three).

import { artifactResolver } from './artifact.js';
import { deploymentResolver } from './deployment.js';
import { gitResolver } from './git.js';
import { mlflowResolver } from './mlflow.js';
import { pathResolver } from './path.js';
import { sagemakerResolver } from './sagemaker.js';
import { createBaselineRegistry, resolveWith, type BaselineContext, type BaselineResolver, type ResolvedBaseline } from './resolver.js';

export type { BaselineContext, BaselineResolver, ResolvedBaseline } from './resolver.js';

export const BASELINE_RESOLVERS: readonly BaselineResolver<unknown>[] = [
  pathResolver,
  gitResolver,
  artifactResolver,
  deploymentResolver,
  mlflowResolver,
  sagemakerResolver,
];

const registry = createBaselineRegistry(BASELINE_RESOLVERS);

/**
 * The baseline a spec names, or why there is none: no spec → `{ missing: 'no baseline was given' }`;
 * a prefix that is not a registered scheme → a path. A badly written spec throws ConfigurationError.
 */
export function resolveBaseline(spec: string | undefined, context: BaselineContext): Promise<ResolvedBaseline> {
  return resolveWith(registry, spec, context);
}

/** The scheme a spec resolves with (`path` for a path), e.g. to create GitHub access only when a source needs it. */
export function baselineSchemeOf(spec: string): string {
  return registry.pick(spec).resolver.scheme;
}

/** Parses a spec without resolving it (throws ConfigurationError when it is badly written), e.g. to check an input before any work. */
export function parseBaselineSpec(spec: string): { scheme: string; source: unknown } {
  const { resolver, rest, spec: trimmed } = registry.pick(spec);
  return { scheme: resolver.scheme, source: resolver.parse(rest, trimmed) };
}
