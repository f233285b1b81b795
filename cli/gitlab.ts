// GitLab CI from the command line: the Code Quality report file
// (--gitlab-code-quality FILE on validate, compare, report and run) and the
// sticky merge-request note (report and run --gitlab-note), from GitLab's predefined
// variables (doc/ci/variables/predefined_variables.md): CI_API_V4_URL (or
// CI_SERVER_URL), CI_MERGE_REQUEST_PROJECT_ID (or CI_PROJECT_ID),
// CI_MERGE_REQUEST_IID, CI_MERGE_REQUEST_PROJECT_URL (or CI_PROJECT_URL).
//
// The note needs an access token: GitLab lets CI_JOB_TOKEN read a merge
// request's notes but not create or modify one (doc/ci/jobs/ci_job_token.md),
// so it is HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN), a project access token with
// the api scope. Exit status: a missing variable or token is a usage mistake
// (2, before anything is sent); outside a merge request pipeline the note is
// skipped with one line; a note GitLab would not take, after the retries, is
// EXIT_NOT_POSTED (3) with one line, so a job can allow exactly that failure
// (allow_failure: exit_codes: 3).

import { resolve } from 'node:path';
import { writeFileAtomic } from '../shared/io/atomic.js';
// The report format and the API client load when a flag asks for them: most runs use neither.
import type { GitLabClientOptions } from '../shared/gitlab/client.js';
import type { ResultsDocument } from '../shared/results/schema.js';
import { ConfigurationError } from '../shared/errors.js';
import { UsageError, type CliIo } from './common.js';

/** The note could not be posted (GitLab refused it, or kept failing): the report itself was made. */
export const EXIT_NOT_POSTED = 3;

/** The flags these add to a command's parseArgs table. */
export const CODE_QUALITY_FLAG = { 'gitlab-code-quality': { type: 'string' } } as const;
export const NOTE_FLAGS = { 'gitlab-note': { type: 'boolean' }, 'note-key': { type: 'string' } } as const;

export const CODE_QUALITY_HELP = '  --gitlab-code-quality <file>  write a GitLab Code Quality report (artifacts:reports:codequality) here';

/** Writes the Code Quality report of the documents when the flag asks for one. */
export async function writeCodeQuality(values: Record<string, string | boolean | undefined>, documents: readonly ResultsDocument[], io: CliIo): Promise<void> {
  const file = values['gitlab-code-quality'];
  if (file === undefined) return;
  if (typeof file !== 'string' || file.trim() === '') throw new UsageError('--gitlab-code-quality needs a file name');
  // GitLab reads paths relative to the project: CI_PROJECT_DIR in a job, else the working directory.
  const root = io.env?.CI_PROJECT_DIR || io.cwd;
  const { codeQualityIssues, codeQualityText } = await import('../shared/gitlab/code-quality.js');
  const issues = codeQualityIssues(documents, { root });
  await writeFileAtomic(resolve(io.cwd, file), codeQualityText(issues));
  io.stderr(`holdout: GitLab Code Quality report: ${issues.length} finding${issues.length === 1 ? '' : 's'} → ${file}\n`);
}

export interface GitLabMergeRequestPipeline {
  apiUrl: string;
  project: string;
  iid: number;
  /** The merge request's page, for the note's link. */
  mergeRequestUrl?: string;
  token: string;
  tokenName: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The merge request pipeline the variables describe, or undefined outside one
 * (no CI_MERGE_REQUEST_IID). A merge request pipeline without the API URL,
 * project or a token that can write notes is a configuration mistake (one line, exit 2).
 */
export function mergeRequestPipeline(env: Env): GitLabMergeRequestPipeline | undefined {
  const get = (name: string) => env[name]?.trim() || undefined;
  const iidText = get('CI_MERGE_REQUEST_IID');
  if (iidText === undefined) return undefined;
  const iid = Number(iidText);
  if (!/^\d+$/.test(iidText) || iid < 1) throw new ConfigurationError(`--gitlab-note: CI_MERGE_REQUEST_IID is "${iidText}", not a merge request IID`);
  const server = get('CI_SERVER_URL');
  const apiUrl = get('CI_API_V4_URL') ?? (server ? `${server.replace(/\/+$/, '')}/api/v4` : undefined);
  if (!apiUrl) throw new ConfigurationError('--gitlab-note: neither CI_API_V4_URL nor CI_SERVER_URL is set, so the GitLab API is unknown');
  // The merge request belongs to its target project, which a fork's pipeline is not.
  const project = get('CI_MERGE_REQUEST_PROJECT_ID') ?? get('CI_PROJECT_ID');
  if (!project) throw new ConfigurationError('--gitlab-note: neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set');
  const tokenName = get('HOLDOUT_GITLAB_TOKEN') ? 'HOLDOUT_GITLAB_TOKEN' : get('GITLAB_TOKEN') ? 'GITLAB_TOKEN' : undefined;
  if (!tokenName) {
    throw new ConfigurationError(
      get('CI_JOB_TOKEN')
        ? '--gitlab-note needs HOLDOUT_GITLAB_TOKEN: GitLab lets CI_JOB_TOKEN read merge request notes but not write them; set HOLDOUT_GITLAB_TOKEN to a project access token with the api scope (a masked CI/CD variable)'
        : '--gitlab-note needs HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN): a project access token with the api scope',
    );
  }
  const projectUrl = get('CI_MERGE_REQUEST_PROJECT_URL') ?? get('CI_PROJECT_URL');
  return { apiUrl, project, iid, token: get(tokenName)!, tokenName, mergeRequestUrl: projectUrl ? `${projectUrl.replace(/\/+$/, '')}/-/merge_requests/${iid}` : undefined };
}

/** The writer's identity in the note's marker (as a GitHub comment's is its workflow): the merge request's project. */
export function gitLabNoteWorkflow(io: CliIo): string {
  return `gitlab:${io.env?.CI_MERGE_REQUEST_PROJECT_ID?.trim() || io.env?.CI_PROJECT_ID?.trim() || ''}`;
}

/**
 * Posts or updates the report's sticky note on the pipeline's merge request.
 * Returns EXIT_NOT_POSTED when GitLab would not take it, undefined otherwise.
 */
export async function postGitLabNote(markdown: string, marker: string, io: CliIo, options: GitLabClientOptions = {}): Promise<number | undefined> {
  const pipeline = mergeRequestPipeline(io.env ?? {});
  if (!pipeline) {
    io.stderr('holdout: --gitlab-note: not a merge request pipeline (CI_MERGE_REQUEST_IID is not set), so no note is posted\n');
    return undefined;
  }
  const [{ createGitLabClient, GitLabApiError }, { upsertStickyNote }] = await Promise.all([import('../shared/gitlab/client.js'), import('../shared/gitlab/note.js')]);
  const client = createGitLabClient({ apiUrl: pipeline.apiUrl, token: pipeline.token, tokenKind: 'private', tokenName: pipeline.tokenName }, options);
  try {
    const note = await upsertStickyNote(client, { project: pipeline.project, iid: pipeline.iid }, marker, markdown);
    const where = pipeline.mergeRequestUrl ? `${pipeline.mergeRequestUrl}#note_${note.id}` : `merge request !${pipeline.iid}, note ${note.id}`;
    io.stderr(`holdout: GitLab note ${note.created ? 'posted' : 'updated'}: ${where}\n`);
    return undefined;
  } catch (error) {
    if (!(error instanceof GitLabApiError)) throw error;
    io.stderr(`holdout: GitLab note not posted: ${error.message}\n`);
    return EXIT_NOT_POSTED;
  }
}
