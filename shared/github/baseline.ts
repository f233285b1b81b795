// Fetching a baseline from GitHub: a file at a ref (contents API), an
// artifact of the newest successful default-branch run, or the metrics in
// the newest successful deployment's payload. Each writes the baseline to a
// temp file and says what it found; a miss says which source was tried and
// what was there.

import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Octokit } from '../runtime/octokit.js';
import type { BaselineSource } from '../baseline/source.js';
import { metricsFromPayload } from '../baseline/payload.js';
import type { BaselineFile } from '../compare/run.js';

export interface Repo {
  owner: string;
  repo: string;
}

export type FetchedBaseline = BaselineFile | { missing: string };

function status(error: unknown): number | undefined {
  return (error as { status?: number })?.status;
}

/** A fetcher for resolveBaseline that reads remote baselines through this client into `tempDir`. */
export function gitHubBaselineFetcher(octokit: Octokit, repo: Repo, tempDir: string) {
  return (source: Exclude<BaselineSource, { kind: 'path' }>) => fetchGitHubBaseline(octokit, repo, source, tempDir);
}

export async function fetchGitHubBaseline(octokit: Octokit, repo: Repo, source: Exclude<BaselineSource, { kind: 'path' }>, tempDir: string): Promise<FetchedBaseline> {
  await mkdir(tempDir, { recursive: true });
  try {
    if (source.kind === 'git') return await fromGit(octokit, repo, source, tempDir);
    if (source.kind === 'artifact') return await fromArtifact(octokit, repo, source, tempDir);
    return await fromDeployment(octokit, repo, source, tempDir);
  } catch (error) {
    const code = status(error);
    if (code === 403) return { missing: `${source.spec}: the token may not read it (403 ${(error as Error).message}); grant the permission or use a path` };
    if (code === 404) return { missing: `${source.spec}: not found (404)` };
    throw error;
  }
}

async function fromGit(octokit: Octokit, repo: Repo, source: { ref: string; path: string; spec: string }, tempDir: string): Promise<FetchedBaseline> {
  let data: unknown;
  try {
    ({ data } = await octokit.rest.repos.getContent({ ...repo, path: source.path, ref: source.ref }));
  } catch (error) {
    if (status(error) === 404) return { missing: `${source.spec}: no file ${source.path} at ref ${source.ref} in ${repo.owner}/${repo.repo}` };
    throw error;
  }
  const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
  if (Array.isArray(data) || file.type !== 'file' || typeof file.content !== 'string') {
    return { missing: `${source.spec}: ${source.path} at ${source.ref} is ${Array.isArray(data) ? 'a directory' : `a ${file.type}`}, not a file` };
  }
  const path = join(tempDir, `git-${basename(source.path)}`);
  await writeFile(path, Buffer.from(file.content, 'base64'));
  return { path, displayPath: source.spec, source: source.spec, id: `${source.ref}:${source.path}${file.sha ? `@${file.sha.slice(0, 12)}` : ''}` };
}

async function fromArtifact(octokit: Octokit, repo: Repo, source: { name: string; file?: string; spec: string }, tempDir: string): Promise<FetchedBaseline> {
  const { data: repository } = await octokit.rest.repos.get({ ...repo });
  const branch = repository.default_branch;
  const { data: runs } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, branch, status: 'success', per_page: 30 });
  for (const run of runs.workflow_runs) {
    const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name: source.name, per_page: 100 });
    const artifact = data.artifacts.find((a) => a.name === source.name && !a.expired);
    if (!artifact) continue;
    const download = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
    const entries = unzipSync(new Uint8Array(download.data as ArrayBuffer));
    const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
    const chosen = source.file ? names.find((n) => n === source.file || n.endsWith(`/${source.file}`)) : names.length === 1 ? names[0] : names.find((n) => /\.(json|ya?ml|csv|tsv|jsonl|parquet)(\.gz)?$/i.test(n));
    if (!chosen) {
      return { missing: `${source.spec}: artifact "${source.name}" of run ${run.id} holds ${names.join(', ') || 'no files'}; name the file as artifact:${source.name}:<file>` };
    }
    const path = join(tempDir, `artifact-${basename(chosen)}`);
    await writeFile(path, entries[chosen]!);
    return { path, displayPath: `${source.spec} (${chosen})`, source: source.spec, id: `run ${run.id} (${run.head_sha.slice(0, 12)}) artifact ${artifact.id}` };
  }
  return { missing: `${source.spec}: none of the ${runs.workflow_runs.length} newest successful runs on ${branch} has an unexpired artifact named "${source.name}"` };
}

async function fromDeployment(octokit: Octokit, repo: Repo, source: { environment: string; spec: string }, tempDir: string): Promise<FetchedBaseline> {
  const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment: source.environment, per_page: 30 });
  const seen: string[] = [];
  for (const deployment of deployments) {
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 });
    const latest = statuses[0]?.state;
    // The newest deployment whose latest status is success is what is in production.
    if (latest !== 'success') {
      seen.push(`${deployment.id}: ${latest ?? 'no status'}`);
      continue;
    }
    const parsed = metricsFromPayload(deployment.payload);
    if ('problem' in parsed) return { missing: `${source.spec}: deployment ${deployment.id} succeeded but its ${parsed.problem}` };
    const path = join(tempDir, `deployment-${deployment.id}.json`);
    await writeFile(path, JSON.stringify(parsed.metrics, null, 2));
    return { path, displayPath: source.spec, source: source.spec, id: `deployment ${deployment.id} (${deployment.sha.slice(0, 12)})` };
  }
  return { missing: `${source.spec}: no successful deployment to "${source.environment}"${seen.length ? ` (newest: ${seen.slice(0, 3).join(', ')})` : ' (none at all: the first deploy?)'}` };
}

