// A baseline source is a resolver registered by scheme: it parses what
// follows `<scheme>:` in the spec the user wrote, and resolves it to a file to
// compare against, or to the reason there is none. The list of resolvers is
// in ./index.ts; this file holds the contract and the lookup.

import type { BaselineFile } from '../compare/run.js';

export type ResolvedBaseline = BaselineFile | { missing: string };

// Type aliases, not interfaces: octokit's parameters carry an index signature, which only aliases of object types satisfy.
export type Repo = { owner: string; repo: string };

/**
 * The calls the resolvers make, as much of them as they read. The octokit of
 * shared/runtime/octokit.ts is one (the tests pass it); declared here so that
 * baseline/ does not import runtime/ (.dependency-cruiser.cjs, type-only
 * imports included).
 */
export interface GitHubClient {
  rest: {
    repos: {
      get(params: Repo): Promise<{ data: { default_branch: string } }>;
      getContent(params: Repo & { path: string; ref?: string }): Promise<{ data: unknown }>;
      listDeployments(params: Repo & { environment?: string; per_page?: number }): Promise<{ data: Array<{ id: number; sha: string; payload: unknown }> }>;
      listDeploymentStatuses(params: Repo & { deployment_id: number; per_page?: number }): Promise<{ data: Array<{ state: string }> }>;
    };
    actions: {
      listWorkflowRunsForRepo(params: Repo & { branch?: string; status?: 'success'; per_page?: number }): Promise<{ data: { workflow_runs: Array<{ id: number; head_sha: string }> } }>;
      listWorkflowRunArtifacts(params: Repo & { run_id: number; name?: string; per_page?: number }): Promise<{ data: { artifacts: Array<{ id: number; name: string; expired: boolean }> } }>;
      downloadArtifact(params: Repo & { artifact_id: number; archive_format: string }): Promise<{ data: unknown }>;
    };
  };
}

/** A model version as the MLflow registry returns it, the fields the mlflow: resolver reads. */
export type MlflowVersion = { name: string; version: string; run_id?: string; source?: string };
export type MlflowRunRecord = { info: { run_id?: string; run_uuid?: string }; data: { metrics?: Array<{ key: string; value: number | string; timestamp?: number | string; step?: number | string }> } };

/**
 * The MLflow calls the mlflow: resolver makes. The client of
 * shared/mlflow/client.ts (createMlflowClient) extends it with the calls that
 * write; declared here so that baseline/ does not import the vendor layer.
 * Lookups answer undefined for "not there"; other failures throw (an error
 * with `status`, one line, no credentials).
 */
export interface MlflowReader {
  /** The server as messages name it: its origin and path, never its credentials. */
  readonly where: string;
  /** Whether run artifacts can be downloaded (the tracking server's /get-artifact; not Databricks). */
  readonly artifacts: boolean;
  /** The version an alias points to; undefined when the model or the alias does not exist (MLflow: 400 INVALID_PARAMETER_VALUE or 404 RESOURCE_DOES_NOT_EXIST). */
  modelVersionByAlias(name: string, alias: string): Promise<MlflowVersion | undefined>;
  /** A model version; undefined when it does not exist. */
  modelVersion(name: string, version: string): Promise<MlflowVersion | undefined>;
  /** A run; undefined when it does not exist. */
  run(runId: string): Promise<MlflowRunRecord | undefined>;
  /** The files directly under `path` (the root when absent), every page. */
  listArtifacts(runId: string, path?: string): Promise<Array<{ path: string; is_dir?: boolean }>>;
  /** The bytes of one run artifact. */
  downloadArtifact(runId: string, path: string): Promise<Uint8Array>;
}

/**
 * The SageMaker Model Registry calls the sagemaker: resolver makes; the
 * registry of shared/sagemaker/client.ts is one. Failures throw an error with
 * `status` and `code` (the AWS error name), one line, no credentials.
 */
export interface SageMakerReader {
  readonly region: string;
  newestApproved(group: string): Promise<{ arn: string; version?: number; createdAt?: string; statistics?: string } | undefined>;
  /** undefined when the object is not there. */
  readS3(uri: string): Promise<Uint8Array | undefined>;
}

export interface BaselineContext {
  /** Directory paths are resolved against (the workspace, or the CLI's working directory). */
  baseDir: string;
  /** Directory fetched baselines are written to (created when needed). */
  tempDir: string;
  /** GitHub access for git:, artifact: and deployment: (the actions; the CLI when GITHUB_TOKEN and GITHUB_REPOSITORY are set). `octokit`: from createOctokit (shared/runtime/octokit.ts). */
  github?: { octokit: GitHubClient; repo: Repo };
  /** Read git: from the local repository at baseDir (the CLI) rather than the API. */
  localGit?: boolean;
  /**
   * What the user should do to give GitHub access, said when a source needs it
   * and `github` is absent, e.g. the CLI's "set GITHUB_TOKEN and GITHUB_REPOSITORY
   * (owner/name)". Without it: "<scheme> baselines need GitHub access (a token and the repository)".
   */
  noGitHub?: string;
  /** MLflow access for mlflow: (the entries create it from MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN or DATABRICKS_HOST / DATABRICKS_TOKEN). */
  mlflow?: MlflowReader;
  /** SageMaker for sagemaker: (the entries create it when AWS_REGION is set; credentials from the SDK's standard chain). */
  sagemaker?: SageMakerReader;
}

export interface BaselineResolver<S> {
  /** What comes before the first `:` of a spec, e.g. `git`. */
  scheme: string;
  /** One line for docs/usage, e.g. `git:<ref>:<path>`. */
  syntax: string;
  /** `rest` is the spec after `<scheme>:`; `spec` is the whole spec, trimmed. Throws ConfigurationError naming the spec with the way to write it. */
  parse(rest: string, spec: string): S;
  resolve(source: S, context: BaselineContext): Promise<ResolvedBaseline>;
}

/** The scheme a spec falls back to when its prefix is not a registered scheme (so `C:\metrics.json` stays a path). */
export const FALLBACK_SCHEME = 'path';

const SCHEME = /^[a-z][a-z0-9+.-]+$/;

export interface BaselineRegistry {
  readonly resolvers: readonly BaselineResolver<unknown>[];
  /** The resolver for a spec and what it parses: the registered scheme before the first `:`, else the fallback with the whole spec. */
  pick(spec: string): { resolver: BaselineResolver<unknown>; rest: string; spec: string };
}

/**
 * Indexes resolvers by scheme. Refuses (as a bug, not a user mistake) two
 * resolvers with one scheme, a scheme that is not lower-case letters, digits,
 * `+`, `.` or `-` of at least two characters (one letter would swallow Windows
 * drive letters), and a list without the fallback `path`.
 */
export function createBaselineRegistry(resolvers: readonly BaselineResolver<unknown>[]): BaselineRegistry {
  const byScheme = new Map<string, BaselineResolver<unknown>>();
  for (const resolver of resolvers) {
    if (!SCHEME.test(resolver.scheme)) throw new Error(`baseline resolver scheme "${resolver.scheme}" must match ${SCHEME}`);
    if (byScheme.has(resolver.scheme)) throw new Error(`baseline resolver scheme "${resolver.scheme}" is registered twice`);
    byScheme.set(resolver.scheme, resolver);
  }
  const fallback = byScheme.get(FALLBACK_SCHEME);
  if (!fallback) throw new Error(`no "${FALLBACK_SCHEME}" baseline resolver is registered`);
  return {
    resolvers: [...resolvers],
    pick(raw) {
      const spec = raw.trim();
      const at = spec.indexOf(':');
      const resolver = at > 0 ? byScheme.get(spec.slice(0, at)) : undefined;
      return resolver ? { resolver, rest: spec.slice(at + 1), spec } : { resolver: fallback, rest: spec, spec };
    },
  };
}

/** Resolves a spec with a registry: no spec → `{ missing: 'no baseline was given' }`; a bad spec throws ConfigurationError. */
export async function resolveWith(registry: BaselineRegistry, spec: string | undefined, context: BaselineContext): Promise<ResolvedBaseline> {
  if (spec === undefined || spec.trim() === '') return { missing: 'no baseline was given' };
  const { resolver, rest, spec: trimmed } = registry.pick(spec);
  return resolver.resolve(resolver.parse(rest, trimmed), context);
}
