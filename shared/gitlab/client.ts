// A small GitLab REST client (API v4) over plain fetch: the calls the sticky
// merge-request note makes. Endpoints and parameters are GitLab's documented
// Notes API (doc/api/notes.md: list, create, modify, delete merge request
// notes) and Users API (GET /user); pagination is GitLab's offset pagination
// (doc/api/rest: the Link header's rel="next", else x-next-page; per_page at
// most 100).
//
// Authentication (doc/api/rest, "Authentication"): a personal, project or
// group access token goes in the PRIVATE-TOKEN header; the CI/CD job token
// (CI_JOB_TOKEN) in JOB-TOKEN. GitLab lets a job token call only listed
// endpoints (doc/ci/jobs/ci_job_token.md, "Job token access"): of the notes
// it may GET a merge request's notes, not create or modify one — so writing
// the note needs an access token with the api scope. The entries decide which
// token to use; nothing here reads the environment.
//
// 429 and 5xx answers (and network errors) are retried with backoff, honouring
// Retry-After; the last failure is one line naming the call, GitLab's message
// and what to do — never the token, which goes in a header only and is
// scrubbed from anything GitLab echoes. Pages are followed only on the API's
// own origin, so the token is never sent elsewhere.

import { ConfigurationError } from '../errors.js';
import { apiRoot, requestWithRetries, retryPolicy, type RetryOptions } from '../io/http.js';

export type GitLabTokenKind = 'private' | 'job';

export interface GitLabSettings {
  /** The API root, e.g. https://gitlab.example.com/api/v4 (CI_API_V4_URL). */
  apiUrl: string;
  token: string;
  /** private: PRIVATE-TOKEN (personal, project, group access tokens); job: JOB-TOKEN (CI_JOB_TOKEN). */
  tokenKind: GitLabTokenKind;
  /** How messages name the token (HOLDOUT_GITLAB_TOKEN, CI_JOB_TOKEN), for advice. */
  tokenName?: string;
}

/** fetch, attempts, backoff, timeout (default 30 s) and the longest Retry-After wait. */
export type GitLabClientOptions = RetryOptions;

export interface GitLabUser {
  id: number;
  username: string;
}

/** A note as the Notes API returns it (doc/api/notes.md), the fields holdout reads. */
export interface GitLabNote {
  id: number;
  body: string;
  author: GitLabUser;
  system: boolean;
  created_at?: string;
}

/** A GitLab call that failed, or kept failing after the retries: one line, a ConfigurationError so entries print it as that line. */
export class GitLabApiError extends ConfigurationError {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'ConfigurationError';
    this.status = status;
  }
}

export interface GitLabClient {
  /** The API root as messages name it. */
  readonly where: string;
  /** The token's own user (GET /user); a project access token's is its bot user. */
  currentUser(): Promise<GitLabUser>;
  /** Every note of a merge request, all pages. `project` is the numeric id or the full path. */
  listMergeRequestNotes(project: string, iid: number): Promise<GitLabNote[]>;
  createMergeRequestNote(project: string, iid: number, body: string): Promise<GitLabNote>;
  updateMergeRequestNote(project: string, iid: number, noteId: number, body: string): Promise<GitLabNote>;
  deleteMergeRequestNote(project: string, iid: number, noteId: number): Promise<void>;
}

const MAX_PAGES = 1000;

export function createGitLabClient(settings: GitLabSettings, options: GitLabClientOptions = {}): GitLabClient {
  let base: URL;
  try {
    base = new URL(settings.apiUrl);
  } catch {
    throw new ConfigurationError(`the GitLab API URL is not a URL (CI_API_V4_URL, e.g. https://gitlab.example.com/api/v4)`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new ConfigurationError('the GitLab API URL must be http(s) (CI_API_V4_URL)');
  const root = apiRoot(base);
  const tokenName = settings.tokenName ?? (settings.tokenKind === 'job' ? 'CI_JOB_TOKEN' : 'the GitLab token');
  const policy = retryPolicy(options, { timeoutMs: 30_000, secrets: [settings.token] });
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': 'holdout',
    [settings.tokenKind === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN']: settings.token,
  };

  const advice = (status: number): string => {
    if (status === 401) return `GitLab refused ${tokenName}: check that it is set, unexpired and not revoked`;
    if (status === 403) {
      return settings.tokenKind === 'job'
        ? 'a CI/CD job token can read merge-request notes but not write them: set HOLDOUT_GITLAB_TOKEN to a project access token with the api scope'
        : `${tokenName} may not do this: it needs the api scope and at least the Reporter role in the project`;
    }
    if (status === 404) return 'no such project or merge request, or the token cannot see it (check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, and the token\'s project)';
    return '';
  };

  async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: URL, body?: unknown): Promise<Response> {
    const name = `${method} ${url.pathname.slice(base.pathname.replace(/\/+$/, '').length) || '/'}`;
    return requestWithRetries(url, { method, headers, body, redirect: 'error' }, policy, (failure) => {
      if (failure.kind === 'unreachable') return new GitLabApiError(`GitLab ${name} at ${root} could not be reached after ${failure.attempts} attempts: ${failure.message}`, 0);
      const said = gitLabMessage(failure.text);
      const after = failure.retryable && failure.attempts > 1 ? ` after ${failure.attempts} attempts` : '';
      const hint = advice(failure.status);
      return new GitLabApiError(`GitLab ${name} failed${after}: ${failure.status}${said ? ` ${said}` : ''}${hint ? `; ${hint}` : ''}`, failure.status);
    });
  }

  async function json<T>(method: 'GET' | 'POST' | 'PUT', url: URL, body?: unknown): Promise<{ value: T; response: Response }> {
    const response = await call(method, url, body);
    const text = await response.text();
    try {
      return { value: JSON.parse(text) as T, response };
    } catch {
      throw new GitLabApiError(`GitLab ${method} ${url.pathname} at ${root} answered with something that is not JSON (is CI_API_V4_URL the API root, …/api/v4?)`, response.status);
    }
  }

  const notesUrl = (project: string, iid: number, noteId?: number) => {
    if (!Number.isSafeInteger(iid) || iid < 1) throw new ConfigurationError(`the merge request IID must be a positive whole number (CI_MERGE_REQUEST_IID), got ${iid}`);
    return new URL(`${root}/projects/${encodeURIComponent(project)}/merge_requests/${iid}/notes${noteId === undefined ? '' : `/${noteId}`}`);
  };

  return {
    where: root,
    async currentUser() {
      const { value } = await json<GitLabUser>('GET', new URL(`${root}/user`));
      if (typeof value?.id !== 'number' || typeof value.username !== 'string') throw new GitLabApiError(`GitLab GET /user at ${root} answered without the user's id and username`, 200);
      return { id: value.id, username: value.username };
    },
    async listMergeRequestNotes(project, iid) {
      const notes: GitLabNote[] = [];
      let url: URL | undefined = notesUrl(project, iid);
      url.searchParams.set('per_page', '100');
      url.searchParams.set('sort', 'asc');
      url.searchParams.set('order_by', 'created_at');
      for (let page = 0; url && page < MAX_PAGES; page++) {
        const { value, response }: { value: unknown; response: Response } = await json<unknown>('GET', url);
        if (!Array.isArray(value)) throw new GitLabApiError(`GitLab GET ${url.pathname} at ${root} answered with something that is not a list of notes`, response.status);
        for (const note of value as GitLabNote[]) if (typeof note?.id === 'number') notes.push(note);
        url = nextPage(response, url, base);
      }
      return notes;
    },
    async createMergeRequestNote(project, iid, body) {
      return (await json<GitLabNote>('POST', notesUrl(project, iid), { body })).value;
    },
    async updateMergeRequestNote(project, iid, noteId, body) {
      return (await json<GitLabNote>('PUT', notesUrl(project, iid, noteId), { body })).value;
    },
    async deleteMergeRequestNote(project, iid, noteId) {
      await call('DELETE', notesUrl(project, iid, noteId));
    },
  };
}

/**
 * The next page: the Link header's rel="next" (GitLab: "use these links
 * instead of generating your own URLs"), else x-next-page on the same URL;
 * none when neither says there is one, or when the link leaves the API's origin.
 */
function nextPage(response: Response, current: URL, base: URL): URL | undefined {
  const link = response.headers.get('link');
  if (link) {
    for (const part of link.split(',')) {
      const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
      if (!match || !/\brel="?next"?/.test(match[2]!)) continue;
      let next: URL;
      try {
        next = new URL(match[1]!, current);
      } catch {
        return undefined;
      }
      return next.origin === base.origin ? next : undefined;
    }
    return undefined;
  }
  const page = response.headers.get('x-next-page')?.trim();
  if (!page || !/^\d+$/.test(page)) return undefined;
  const next = new URL(current);
  next.searchParams.set('page', page);
  return next;
}

/** GitLab's error body: {"message": "..."} (a string or field → messages), or {"error": "..."}. */
function gitLabMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown };
    const message = parsed.message ?? parsed.error_description ?? parsed.error;
    if (typeof message === 'string') return oneLine(message);
    if (message && typeof message === 'object') return oneLine(JSON.stringify(message));
  } catch {
    // Not JSON (a proxy's page): keep the start of the text.
  }
  return oneLine(text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
