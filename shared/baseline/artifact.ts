// artifact:<name>[:<file>]: the artifact of that name in the newest
// successful workflow run on the default branch; the file inside it (optional
// when the artifact holds one file, or one metrics/predictions file).

import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { throughGitHub } from './github-api.js';
import type { BaselineResolver } from './resolver.js';

export interface ArtifactSource {
  kind: 'artifact';
  name: string;
  file?: string;
  spec: string;
}

export const artifactResolver: BaselineResolver<ArtifactSource> = {
  scheme: 'artifact',
  syntax: 'artifact:<name>[:<file>]',
  parse(rest, spec) {
    if (rest === '') throw new ConfigurationError(`baseline "${spec}": write artifact:<name> or artifact:<name>:<file in the artifact>`);
    const split = rest.indexOf(':');
    return split < 0 ? { kind: 'artifact', name: rest, spec } : { kind: 'artifact', name: rest.slice(0, split), file: rest.slice(split + 1), spec };
  },
  resolve(source, context) {
    return throughGitHub(source.spec, 'artifact', 'actions: read', context, async (octokit, repo, tempDir) => {
      const { data: repository } = await octokit.rest.repos.get({ ...repo });
      const branch = repository.default_branch;
      const { data: runs } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, branch, status: 'success', per_page: 30 });
      for (const run of runs.workflow_runs) {
        const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name: source.name, per_page: 100 });
        const artifact = data.artifacts.find((a) => a.name === source.name && !a.expired);
        if (!artifact) continue;
        const download = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
        // fflate (its inflate tables are built when it loads) is loaded here, not at every compare-metrics, monitor or pipeline start.
        const { unzipSync } = await import('fflate');
        const entries = unzipSync(new Uint8Array(download.data as ArrayBuffer));
        const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
        const chosen = source.file ? names.find((n) => n === source.file || n.endsWith(`/${source.file}`)) : names.length === 1 ? names[0] : names.find((n) => /\.(json|ya?ml|csv|tsv|jsonl|parquet)(\.gz)?$/i.test(n));
        if (!chosen) {
          return { missing: `${source.spec}: artifact "${source.name}" of run ${run.id} holds ${names.join(', ') || 'no files'}; name the file as artifact:${source.name}:<file>` };
        }
        const path = join(tempDir, `artifact-${basename(chosen)}`);
        await writeFile(path, entries[chosen]!);
        return { path, written: source.spec, display: `${source.spec} (${chosen})`, source: source.spec, id: `run ${run.id} (${run.head_sha.slice(0, 12)}) artifact ${artifact.id}` };
      }
      return { missing: `${source.spec}: none of the ${runs.workflow_runs.length} newest successful runs on ${branch} has an unexpired artifact named "${source.name}"` };
    });
  },
};
