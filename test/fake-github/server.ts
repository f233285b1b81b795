// A fake GitHub REST API on loopback for tests. It answers only requests that
// match an operation in GitHub's OpenAPI description (others are refused and
// recorded as violations), validates request bodies against it, keeps state
// for the resources holdout uses, paginates with Link headers, checks tokens
// and their permissions, and injects faults per route.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApi, specExample, type MatchedOperation } from './openapi.js';

export type Permission = 'none' | 'read' | 'write';
export type Scope = 'issues' | 'pull_requests' | 'checks' | 'statuses' | 'contents' | 'actions' | 'deployments' | 'metadata';
export type RoleName = 'read' | 'triage' | 'write' | 'maintain' | 'admin' | string;

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface TokenInfo {
  user: FakeUser;
  /** Installation tokens (GITHUB_TOKEN) cannot call GET /user. */
  installation?: boolean;
  permissions?: Partial<Record<Scope, Permission>>;
}

export interface Fault {
  /** operationId such as `issues/create-comment`, or omitted for every operation. */
  operationId?: string;
  method?: string;
  status: number;
  /** How many requests fail (default 1). */
  times?: number;
  /** Seconds, sent as retry-after. */
  retryAfter?: number;
  body?: unknown;
  /** Send x-ratelimit-remaining: 0 with a reset time (primary rate limit). */
  primaryRateLimit?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  token?: string;
}

interface Comment {
  id: number;
  repo: string;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

interface IssueEvent {
  id: number;
  event: string;
  actor: FakeUser;
  created_at: string;
  label?: { name: string };
  commit_id?: string;
}

/** A ref change as GitHub records it (GET /repos/{owner}/{repo}/activity), stamped with the server's clock. */
interface RefActivity {
  id: number;
  before: string;
  after: string;
  ref: string;
  timestamp: string;
  activity_type: 'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge' | 'merge_queue_merge';
  actor: FakeUser;
}

export interface PullRequestSeed {
  number: number;
  author: string;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  state?: 'open' | 'closed';
  labels?: string[];
  /** The repository the head branch is in (a fork's `owner/name`); the base repository when omitted. */
  headRepo?: string;
  /** Commit times of the pull request's commits, oldest first (committer dates). */
  commits?: Array<{ sha: string; date: string }>;
}

interface Issue {
  number: number;
  user: FakeUser;
  labels: string[];
  events: IssueEvent[];
  pull?: PullRequestSeed;
  /** An issue (not a pull request) opened through the API or seeded with addIssue. */
  issue?: IssueState;
}

// --- monitor: issues and dispatches (the monitor step's routes) -----------------

interface IssueState {
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** A repository_dispatch or workflow_dispatch the fake received. */
export interface FakeDispatch {
  kind: 'repository_dispatch' | 'workflow_dispatch';
  repo: string;
  /** repository_dispatch: its event_type; workflow_dispatch: the workflow (file name or id). */
  name: string;
  /** workflow_dispatch: the ref it runs on. */
  ref?: string;
  /** client_payload, or the workflow's inputs. */
  payload: Record<string, unknown>;
  sender: string;
}

interface CheckRun {
  id: number;
  repo: string;
  head_sha: string;
  name: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string; annotations: unknown[] };
  details_url?: string;
  external_id?: string;
  started_at: string;
  completed_at: string | null;
  app: { slug: string };
}

interface CommitStatus {
  id: number;
  repo: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
  created_at: string;
  creator: FakeUser;
}

interface WorkflowRun {
  id: number;
  repo: string;
  name: string;
  head_branch: string;
  head_sha: string;
  event: string;
  status: string;
  conclusion: string | null;
  created_at: string;
  artifacts: Artifact[];
}

interface Artifact {
  id: number;
  name: string;
  size_in_bytes: number;
  expired: boolean;
  created_at: string;
  zip: Buffer;
  runId: number;
}

interface Deployment {
  id: number;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  creator: FakeUser;
  created_at: string;
  updated_at: string;
  statuses: DeploymentStatus[];
}

interface DeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  creator: FakeUser;
  created_at: string;
  log_url: string;
  environment_url: string;
}

interface RepoState {
  issues: Map<number, Issue>;
  collaborators: Map<string, { user: FakeUser; role: RoleName }>;
  contents: Map<string, Buffer>;
  defaultBranch: string;
  activities: RefActivity[];
}

const API_VERSION_DATE = '2022-11-28';

function simpleUser(user: FakeUser, base: string) {
  // GitHub percent-encodes logins in URLs: …/users/github-actions%5Bbot%5D.
  const login = encodeURIComponent(user.login);
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    avatar_url: `https://avatars.example/u/${user.id}`,
    gravatar_id: '',
    url: `${base}/users/${login}`,
    html_url: `https://github.com/${login}`,
    followers_url: `${base}/users/${login}/followers`,
    following_url: `${base}/users/${login}/following{/other_user}`,
    gists_url: `${base}/users/${login}/gists{/gist_id}`,
    starred_url: `${base}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/users/${login}/subscriptions`,
    organizations_url: `${base}/users/${login}/orgs`,
    repos_url: `${base}/users/${login}/repos`,
    events_url: `${base}/users/${login}/events{/privacy}`,
    received_events_url: `${base}/users/${login}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

const WRITE_SCOPE: Record<string, Scope> = {
  'issues/create-comment': 'issues',
  'issues/update-comment': 'issues',
  'issues/delete-comment': 'issues',
  'issues/add-labels': 'issues',
  'issues/remove-label': 'issues',
  'checks/create': 'checks',
  'checks/update': 'checks',
  'repos/create-commit-status': 'statuses',
  'repos/create-deployment': 'deployments',
  'repos/create-deployment-status': 'deployments',
  'issues/create': 'issues',
  'issues/update': 'issues',
  'repos/create-dispatch-event': 'contents',
  'actions/create-workflow-dispatch': 'actions',
};

export class FakeGitHub {
  readonly requests: LoggedRequest[] = [];
  /** Requests that did not fit GitHub's OpenAPI description. A test expects this to stay empty. */
  readonly violations: string[] = [];
  url = '';
  private server: Server | undefined;
  private readonly openapi = OpenApi.load();
  private readonly tokens = new Map<string, TokenInfo>();
  private readonly repos = new Map<string, RepoState>();
  private readonly users = new Map<string, FakeUser>();
  private faults: Array<Fault & { remaining: number }> = [];
  private nextId = 1000;
  private clock = Date.parse('2026-11-30T12:00:00Z');
  private readonly comments = new Map<number, Comment>();
  private readonly checkRuns: CheckRun[] = [];
  private readonly statuses: CommitStatus[] = [];
  private readonly runs: WorkflowRun[] = [];
  private readonly deployments: Deployment[] = [];
  private readonly dispatches: FakeDispatch[] = [];
  /** Artificial latency per request, to widen race windows in concurrency tests. */
  latencyMs = 0;

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    await fake.listen();
    return fake;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  // --- seeding -------------------------------------------------------------

  user(login: string, type: 'User' | 'Bot' = 'User'): FakeUser {
    let user = this.users.get(login);
    if (!user) {
      user = { login, id: this.users.size + 1, type };
      this.users.set(login, user);
    }
    return user;
  }

  addToken(token: string, info: Omit<TokenInfo, 'user'> & { user: string | FakeUser }): void {
    const user = typeof info.user === 'string' ? this.user(info.user, info.installation ? 'Bot' : 'User') : info.user;
    this.tokens.set(token, { ...info, user });
  }

  repo(fullName: string): RepoState {
    const key = fullName.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = { issues: new Map(), collaborators: new Map(), contents: new Map(), defaultBranch: 'main', activities: [] };
      this.repos.set(key, repo);
    }
    return repo;
  }

  /** Advances the server clock; returns the new ISO time. */
  tick(seconds = 1): string {
    this.clock += seconds * 1000;
    return this.now();
  }

  now(): string {
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  addPullRequest(fullName: string, seed: PullRequestSeed): void {
    const repo = this.repo(fullName);
    const user = this.user(seed.author);
    repo.issues.set(seed.number, {
      number: seed.number,
      user,
      labels: [...(seed.labels ?? [])],
      events: [],
      pull: { state: 'open', headRef: 'feature', baseRef: 'main', commits: [{ sha: seed.headSha, date: this.now() }], ...seed },
    });
    // The head branch was pushed when the pull request was opened: GitHub's activity record of it.
    const pull = repo.issues.get(seed.number)!.pull!;
    this.recordActivity(pull.headRepo ?? fullName, `refs/heads/${pull.headRef}`, '0'.repeat(40), seed.headSha, 'branch_creation', seed.author);
  }

  /** Records a ref change in a repository's activity at the current clock (what GitHub's activity API lists). */
  recordActivity(fullName: string, ref: string, before: string, after: string, type: RefActivity['activity_type'], actor: string): void {
    this.repo(fullName).activities.push({ id: this.id(), before, after, ref, timestamp: this.now(), activity_type: type, actor: this.user(actor) });
  }

  /** Records a `labeled` event by `actor` at the current clock, and adds the label. */
  labelIssue(fullName: string, number: number, label: string, actor: string): void {
    const issue = this.issue(fullName, number);
    if (!issue.labels.includes(label)) issue.labels.push(label);
    issue.events.push({ id: this.id(), event: 'labeled', actor: this.user(actor), created_at: this.now(), label: { name: label } });
  }

  /**
   * A push to the pull request's head branch at the current clock: GitHub
   * records it in the head repository's activity (and, when forced, as a
   * head_ref_force_pushed event on the pull request). `committedAt` is the
   * commit's own date, which its author sets (default: now).
   */
  pushToPullRequest(fullName: string, number: number, sha: string, options: { force?: boolean; committedAt?: string; pusher?: string } = {}): void {
    const issue = this.issue(fullName, number);
    const pull = issue.pull!;
    const before = pull.headSha;
    const pusher = options.pusher ?? issue.user.login;
    pull.headSha = sha;
    pull.commits = options.force ? [{ sha, date: options.committedAt ?? this.now() }] : [...(pull.commits ?? []), { sha, date: options.committedAt ?? this.now() }];
    this.recordActivity(pull.headRepo ?? fullName, `refs/heads/${pull.headRef}`, before, sha, options.force ? 'force_push' : 'push', pusher);
    if (options.force) issue.events.push({ id: this.id(), event: 'head_ref_force_pushed', actor: this.user(pusher), created_at: this.now(), commit_id: sha });
  }

  setCollaborator(fullName: string, login: string, role: RoleName): void {
    this.repo(fullName).collaborators.set(login.toLowerCase(), { user: this.user(login), role });
  }

  setContent(fullName: string, ref: string, path: string, contents: string | Buffer): void {
    this.repo(fullName).contents.set(`${ref}:${path}`, Buffer.from(contents));
  }

  addWorkflowRun(fullName: string, run: { name?: string; branch?: string; sha?: string; event?: string; conclusion?: string | null; artifacts?: Array<{ name: string; zip: Buffer; expired?: boolean }> }): number {
    const id = this.id();
    this.runs.push({
      id,
      repo: fullName.toLowerCase(),
      name: run.name ?? 'ci',
      head_branch: run.branch ?? 'main',
      head_sha: run.sha ?? 'a'.repeat(40),
      event: run.event ?? 'push',
      status: run.conclusion === null ? 'in_progress' : 'completed',
      conclusion: run.conclusion === undefined ? 'success' : run.conclusion,
      created_at: this.tick(),
      artifacts: (run.artifacts ?? []).map((a) => ({ id: this.id(), name: a.name, size_in_bytes: a.zip.length, expired: a.expired ?? false, created_at: this.now(), zip: a.zip, runId: id })),
    });
    return id;
  }

  addComment(fullName: string, issue: number, author: string, body: string): number {
    const id = this.id();
    const now = this.tick();
    this.comments.set(id, { id, repo: fullName.toLowerCase(), issue, body, user: this.user(author), created_at: now, updated_at: now });
    return id;
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  // --- inspection ----------------------------------------------------------

  commentsOn(fullName: string, issue: number): Comment[] {
    return [...this.comments.values()].filter((c) => c.repo === fullName.toLowerCase() && c.issue === issue);
  }

  checkRunsFor(fullName: string): CheckRun[] {
    return this.checkRuns.filter((c) => c.repo === fullName.toLowerCase());
  }

  statusesFor(fullName: string): CommitStatus[] {
    return this.statuses.filter((s) => s.repo === fullName.toLowerCase());
  }

  /** Issues (not pull requests) of a repository, by number. */
  issuesIn(fullName: string): Array<{ number: number; author: string; labels: string[] } & IssueState> {
    return [...this.repo(fullName).issues.values()].filter((i) => i.issue).sort((a, b) => a.number - b.number).map((i) => ({ number: i.number, author: i.user.login, labels: [...i.labels], ...i.issue! }));
  }

  /** Seeds an issue (say, one a user wrote that quotes a monitor's marker). */
  addIssue(fullName: string, seed: { author: string; title: string; body?: string; labels?: string[]; state?: 'open' | 'closed' }): number {
    const repo = this.repo(fullName);
    const number = Math.max(0, ...repo.issues.keys()) + 1;
    const now = this.tick();
    repo.issues.set(number, { number, user: this.user(seed.author), labels: [...(seed.labels ?? [])], events: [], issue: { title: seed.title, body: seed.body ?? null, state: seed.state ?? 'open', state_reason: null, created_at: now, updated_at: now, closed_at: seed.state === 'closed' ? now : null } });
    return number;
  }

  dispatchesFor(fullName: string): FakeDispatch[] {
    return this.dispatches.filter((d) => d.repo === fullName.toLowerCase());
  }

  deploymentsFor(fullName: string): Deployment[] {
    return this.deployments.filter((d) => d.repo === fullName.toLowerCase());
  }

  // --- HTTP ----------------------------------------------------------------

  private id(): number {
    return ++this.nextId;
  }

  private issue(fullName: string, number: number): Issue {
    const issue = this.repo(fullName).issues.get(number);
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const logged: LoggedRequest = { method, path: url.pathname + url.search, status: 0 };
    this.requests.push(logged);
    let matched: MatchedOperation | undefined;
    // A request that broke the description is refused without checking the refusal's shape.
    let refused = false;
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    try {
      if (url.pathname.startsWith('/_blobs/artifacts/')) return this.sendArtifact(url, res, logged);
      matched = this.openapi.match(method, url.pathname);
      if (!matched) {
        this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`);
        throw new HttpError(404, 'Not Found');
      }
      logged.operationId = matched.operationId;
      let body: unknown;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          this.violations.push(`${method} ${url.pathname}: body is not JSON`);
          refused = true;
          throw new HttpError(400, 'Problems parsing JSON');
        }
      }
      logged.body = body;
      const problems = this.openapi.check(matched, url.searchParams, body, req.headers['content-type']);
      if (problems.length > 0) {
        this.violations.push(`${matched.operationId}: ${problems.join('; ')}`);
        refused = true;
        throw new HttpError(422, 'Validation Failed', { errors: problems.map((p) => ({ message: p })) });
      }
      const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      logged.token = token;
      const fault = this.faults.find((f) => f.remaining > 0 && (!f.operationId || f.operationId === matched!.operationId) && (!f.method || f.method === method));
      if (fault) {
        fault.remaining--;
        const headers: Record<string, string> = {};
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        if (fault.primaryRateLimit) {
          headers['x-ratelimit-remaining'] = '0';
          headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + (fault.retryAfter ?? 1));
        }
        const defaultMessage = fault.status === 403 && fault.retryAfter !== undefined && !fault.primaryRateLimit
          ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
          : fault.primaryRateLimit ? 'API rate limit exceeded' : `injected fault ${fault.status}`;
        return this.send(res, logged, fault.status, fault.body ?? { message: defaultMessage, documentation_url: 'https://docs.github.com/rest' }, headers);
      }
      const info = token ? this.tokens.get(token) : undefined;
      if (!info) throw new HttpError(401, 'Bad credentials');
      const scope = WRITE_SCOPE[matched.operationId];
      if (scope && (info.permissions?.[scope] ?? 'write') !== 'write') throw new HttpError(403, 'Resource not accessible by integration');
      const result = this.route(matched, url.searchParams, body, info);
      this.checkResponse(matched, result.status ?? 200, result.body);
      this.send(res, logged, result.status ?? 200, result.body, result.headers ?? {});
    } catch (error) {
      if (error instanceof HttpError) {
        const body = { message: error.message, documentation_url: 'https://docs.github.com/rest', ...error.extra };
        if (matched && !refused && error.status !== 401) this.checkResponse(matched, error.status, body);
        this.send(res, logged, error.status, body);
      } else {
        this.send(res, logged, 500, { message: `fake GitHub bug: ${(error as Error).stack}` });
      }
    }
  }

  /** A response the fake makes up must be one GitHub documents for the operation, in GitHub's shape. */
  private checkResponse(matched: MatchedOperation, status: number, body: unknown): void {
    const problems = this.openapi.checkResponse(matched, status, body);
    if (problems.length > 0) this.violations.push(`${matched.operationId}: ${problems.join('; ')}`);
  }

  private send(res: ServerResponse, logged: LoggedRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
    logged.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': API_VERSION_DATE, ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private sendArtifact(url: URL, res: ServerResponse, logged: LoggedRequest): void {
    const id = Number(url.pathname.split('/').pop()!.replace('.zip', ''));
    const artifact = this.runs.flatMap((r) => r.artifacts).find((a) => a.id === id);
    logged.status = artifact ? 200 : 404;
    res.writeHead(logged.status, { 'content-type': 'application/zip' });
    res.end(artifact?.zip ?? '');
  }

  private paginate<T>(query: URLSearchParams, items: T[], path: string): { page: T[]; link: string | undefined } {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
    const page = Math.max(1, Number(query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (p: number) => {
      const q = new URLSearchParams(query);
      q.set('page', String(p));
      q.set('per_page', String(perPage));
      return `<${this.url}${path}?${q.toString()}>`;
    };
    const links: string[] = [];
    if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`);
    return { page: items.slice((page - 1) * perPage, page * perPage), link: links.length ? links.join(', ') : undefined };
  }

  private list<T>(query: URLSearchParams, items: T[], path: string, wrap?: (page: T[]) => unknown): { body: unknown; headers: Record<string, string> } {
    const { page, link } = this.paginate(query, items, path);
    const headers: Record<string, string> = link ? { link } : {};
    return { body: wrap ? wrap(page) : page, headers };
  }

  private route(op: MatchedOperation, query: URLSearchParams, body: any, token: TokenInfo): { status?: number; body?: unknown; headers?: Record<string, string> } {
    const p = op.params;
    const full = p.owner && p.repo ? `${p.owner}/${p.repo}` : '';
    const path = new URL(op.template.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(p[n] ?? '')), this.url).pathname.replace(/%2F/g, '/');
    const base = this.url;
    const repoUrl = `${base}/repos/${full}`;
    switch (op.operationId) {
      case 'users/get-authenticated':
        if (token.installation) throw new HttpError(403, 'Resource not accessible by integration');
        return { body: { ...specExample('private-user', base), ...simpleUser(token.user, base), name: token.user.login } };
      case 'repos/get':
        return { body: { ...this.repositoryJson(full, 'full-repository'), default_branch: this.repo(full).defaultBranch } };
      case 'issues/list-comments': {
        this.issue(full, Number(p.issue_number));
        const items = this.commentsOn(full, Number(p.issue_number)).sort((a, b) => a.id - b.id).map((c) => this.commentJson(c));
        return this.list(query, items, path);
      }
      case 'issues/create-comment': {
        const issue = this.issue(full, Number(p.issue_number));
        if (typeof body.body === 'string' && body.body.length > 65536) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
        const id = this.id();
        const now = this.tick();
        const comment: Comment = { id, repo: full.toLowerCase(), issue: issue.number, body: body.body, user: token.user, created_at: now, updated_at: now };
        this.comments.set(id, comment);
        return { status: 201, body: this.commentJson(comment) };
      }
      case 'issues/get-comment':
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const comment = this.comments.get(Number(p.comment_id));
        if (!comment || comment.repo !== full.toLowerCase()) throw new HttpError(404, 'Not Found');
        if (op.operationId === 'issues/get-comment') return { body: this.commentJson(comment) };
        if (comment.user.login !== token.user.login) {
          // Integrations may edit only their own comments unless they are admins; model the common case.
          throw new HttpError(403, 'Resource not accessible by integration');
        }
        if (op.operationId === 'issues/delete-comment') {
          this.comments.delete(comment.id);
          return { status: 204 };
        }
        if (typeof body.body === 'string' && body.body.length > 65536) throw new HttpError(422, 'Validation Failed');
        comment.body = body.body;
        comment.updated_at = this.tick();
        return { body: this.commentJson(comment) };
      }
      case 'issues/list-labels-on-issue': {
        const issue = this.issue(full, Number(p.issue_number));
        return this.list(query, issue.labels.map((name, i) => labelJson(name, i, repoUrl)), path);
      }
      case 'issues/add-labels': {
        const issue = this.issue(full, Number(p.issue_number));
        const names: string[] = Array.isArray(body) ? body : (body.labels ?? []).map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name));
        for (const name of names) this.labelIssue(full, issue.number, name, token.user.login);
        return { body: issue.labels.map((name, i) => labelJson(name, i, repoUrl)) };
      }
      case 'issues/remove-label': {
        const issue = this.issue(full, Number(p.issue_number));
        if (!issue.labels.includes(p.name!)) throw new HttpError(404, 'Label does not exist');
        issue.labels = issue.labels.filter((l) => l !== p.name);
        issue.events.push({ id: this.id(), event: 'unlabeled', actor: token.user, created_at: this.tick(), label: { name: p.name! } });
        return { body: issue.labels.map((name, i) => labelJson(name, i, repoUrl)) };
      }
      case 'issues/list-events': {
        const issue = this.issue(full, Number(p.issue_number));
        const items = issue.events.map((e) => ({
          id: e.id, node_id: `E_${e.id}`, url: `${repoUrl}/issues/events/${e.id}`, actor: simpleUser(e.actor, base), event: e.event,
          commit_id: null, commit_url: null, created_at: e.created_at, performed_via_github_app: null, ...(e.label ? { label: { name: e.label.name, color: 'ededed' } } : {}),
        }));
        return this.list(query, items, path);
      }
      case 'issues/list-events-for-timeline': {
        // Issue events with GitHub's clock, and a `committed` entry per commit, which carries only the commit's own (author-set) dates.
        const issue = this.issue(full, Number(p.issue_number));
        const events = issue.events.map((e) => ({
          id: e.id, node_id: `E_${e.id}`, url: `${repoUrl}/issues/events/${e.id}`, actor: simpleUser(e.actor, base), event: e.event,
          commit_id: e.commit_id ?? null, commit_url: e.commit_id ? `${repoUrl}/commits/${e.commit_id}` : null, created_at: e.created_at, performed_via_github_app: null,
          ...(e.label ? { label: { name: e.label.name, color: 'ededed' } } : {}),
        }));
        const committed = (issue.pull?.commits ?? []).map((c) => ({
          event: 'committed', sha: c.sha, node_id: `C_${c.sha}`, url: `${repoUrl}/git/commits/${c.sha}`, html_url: `https://github.com/${full}/commit/${c.sha}`,
          author: { name: 'a', email: 'a@example.com', date: c.date }, committer: { name: 'a', email: 'a@example.com', date: c.date },
          tree: { sha: c.sha, url: `${repoUrl}/git/trees/${c.sha}` }, message: 'commit', parents: [],
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
        }));
        return this.list(query, [...committed, ...events], path);
      }
      case 'repos/list-activities': {
        const ref = query.get('ref');
        const fullRef = ref && !ref.startsWith('refs/') ? `refs/heads/${ref}` : ref;
        const items = this.repo(full).activities
          .filter((a) => !fullRef || a.ref === fullRef)
          .filter((a) => !query.get('activity_type') || a.activity_type === query.get('activity_type'))
          .sort((a, b) => (query.get('direction') === 'asc' ? a.id - b.id : b.id - a.id))
          .slice(0, Math.min(100, Number(query.get('per_page') ?? 30)))
          .map((a) => ({ id: a.id, node_id: `RA_${a.id}`, before: a.before, after: a.after, ref: a.ref, timestamp: a.timestamp, activity_type: a.activity_type, actor: simpleUser(a.actor, base) }));
        return { body: items };
      }
      case 'repos/get-collaborator-permission-level': {
        const entry = this.repo(full).collaborators.get(p.username!.toLowerCase());
        if (!entry) throw new HttpError(404, `${p.username} is not a user`);
        const permission = entry.role === 'admin' ? 'admin' : entry.role === 'maintain' || entry.role === 'write' ? 'write' : entry.role === 'triage' || entry.role === 'read' ? 'read' : 'read';
        return { body: { permission, role_name: entry.role, user: { ...simpleUser(entry.user, base), permissions: { admin: entry.role === 'admin', maintain: entry.role === 'maintain', push: permission !== 'read', triage: entry.role !== 'read', pull: true }, role_name: entry.role } } };
      }
      case 'repos/get-content': {
        const repo = this.repo(full);
        const ref = query.get('ref') ?? repo.defaultBranch;
        const data = repo.contents.get(`${ref}:${p.path}`);
        if (!data) throw new HttpError(404, 'Not Found');
        const name = p.path!.split('/').pop()!;
        return { body: { ...specExample('content-file', base, full), type: 'file', encoding: 'base64', size: data.length, name, path: p.path, content: data.toString('base64'), sha: sha1ish(data), url: `${repoUrl}/contents/${p.path}`, git_url: null, html_url: null, download_url: null, _links: { self: `${repoUrl}/contents/${p.path}`, git: null, html: null } } };
      }
      case 'pulls/get': {
        const issue = this.issue(full, Number(p.pull_number));
        if (!issue.pull) throw new HttpError(404, 'Not Found');
        return { body: this.pullJson(full, issue, 'pull-request') };
      }
      case 'pulls/list': {
        const state = query.get('state') ?? 'open';
        const head = query.get('head');
        const items = [...this.repo(full).issues.values()]
          // head is `owner:branch`, the owner of the repository the branch is in (a fork's owner for a fork).
          .filter((i) => i.pull && (state === 'all' || i.pull.state === state) && (!head || head.toLowerCase() === `${(i.pull.headRepo ?? full).split('/')[0]}:${i.pull.headRef}`.toLowerCase()))
          .map((i) => this.pullJson(full, i));
        return this.list(query, items, path);
      }
      case 'pulls/list-commits': {
        const issue = this.issue(full, Number(p.pull_number));
        const items = (issue.pull?.commits ?? []).map((c) => {
          const example = specExample('commit', base, full);
          return {
            ...example, sha: c.sha, node_id: `C_${c.sha}`, url: `${repoUrl}/commits/${c.sha}`, html_url: `https://github.com/${full}/commit/${c.sha}`, comments_url: `${repoUrl}/commits/${c.sha}/comments`,
            commit: { ...example.commit, message: 'commit', comment_count: 0, author: { name: 'a', email: 'a@example.com', date: c.date }, committer: { name: 'a', email: 'a@example.com', date: c.date } },
            author: null, committer: null, parents: [], stats: undefined, files: undefined,
          };
        });
        return this.list(query, items, path);
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const items = [...this.repo(full).issues.values()].filter((i) => i.pull && i.pull.headSha === p.commit_sha).map((i) => this.pullJson(full, i));
        return this.list(query, items, path);
      }
      case 'checks/create': {
        const now = this.tick();
        const run: CheckRun = {
          id: this.id(), repo: full.toLowerCase(), head_sha: body.head_sha, name: body.name, status: body.status ?? (body.conclusion ? 'completed' : 'queued'),
          conclusion: body.conclusion ?? null, output: { title: body.output?.title, summary: body.output?.summary, text: body.output?.text, annotations: [...(body.output?.annotations ?? [])] },
          details_url: body.details_url, external_id: body.external_id, started_at: body.started_at ?? now, completed_at: body.conclusion ? (body.completed_at ?? now) : null,
          app: { slug: 'github-actions' },
        };
        if ((body.output?.annotations?.length ?? 0) > 50) throw new HttpError(422, 'Only 50 annotations are allowed per request');
        this.checkRuns.push(run);
        return { status: 201, body: this.checkRunJson(run) };
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(p.check_run_id) && r.repo === full.toLowerCase());
        if (!run) throw new HttpError(404, 'Not Found');
        if ((body.output?.annotations?.length ?? 0) > 50) throw new HttpError(422, 'Only 50 annotations are allowed per request');
        if (body.status) run.status = body.status;
        if (body.conclusion) {
          run.conclusion = body.conclusion;
          run.status = 'completed';
          run.completed_at = body.completed_at ?? this.now();
        }
        if (body.name) run.name = body.name;
        if (body.output) {
          run.output.title = body.output.title ?? run.output.title;
          run.output.summary = body.output.summary ?? run.output.summary;
          run.output.text = body.output.text ?? run.output.text;
          run.output.annotations.push(...(body.output.annotations ?? []));
        }
        return { body: this.checkRunJson(run) };
      }
      case 'checks/get': {
        const run = this.checkRuns.find((r) => r.id === Number(p.check_run_id));
        if (!run) throw new HttpError(404, 'Not Found');
        return { body: this.checkRunJson(run) };
      }
      case 'checks/list-for-ref': {
        const items = this.checkRunsFor(full).filter((r) => r.head_sha === p.ref && (!query.get('check_name') || r.name === query.get('check_name'))).map((r) => this.checkRunJson(r));
        return this.list(query, items, path, (page) => ({ total_count: items.length, check_runs: page }));
      }
      case 'repos/create-commit-status': {
        const status: CommitStatus = { id: this.id(), repo: full.toLowerCase(), sha: p.sha!, state: body.state, context: body.context ?? 'default', description: body.description ?? null, target_url: body.target_url ?? null, created_at: this.tick(), creator: token.user };
        this.statuses.push(status);
        return { status: 201, body: this.statusJson(status) };
      }
      case 'repos/list-commit-statuses-for-ref': {
        const items = this.statusesFor(full).filter((s) => s.sha === p.ref).reverse().map((s) => this.statusJson(s));
        return this.list(query, items, path);
      }
      case 'actions/list-workflow-runs-for-repo': {
        const items = this.runs
          .filter((r) => r.repo === full.toLowerCase())
          .filter((r) => !query.get('branch') || r.head_branch === query.get('branch'))
          .filter((r) => !query.get('event') || r.event === query.get('event'))
          .filter((r) => !query.get('status') || r.conclusion === query.get('status') || r.status === query.get('status'))
          .filter((r) => !query.get('head_sha') || r.head_sha === query.get('head_sha'))
          .sort((a, b) => b.id - a.id)
          .map((r) => this.runJson(r));
        return this.list(query, items, path, (page) => ({ total_count: items.length, workflow_runs: page }));
      }
      case 'actions/list-workflow-run-artifacts': {
        const run = this.runs.find((r) => r.id === Number(p.run_id) && r.repo === full.toLowerCase());
        if (!run) throw new HttpError(404, 'Not Found');
        const items = run.artifacts.filter((a) => !query.get('name') || a.name === query.get('name')).map((a) => this.artifactJson(full, a));
        return this.list(query, items, path, (page) => ({ total_count: items.length, artifacts: page }));
      }
      case 'actions/list-artifacts-for-repo': {
        const items = this.runs.filter((r) => r.repo === full.toLowerCase()).flatMap((r) => r.artifacts).filter((a) => !query.get('name') || a.name === query.get('name')).sort((a, b) => b.id - a.id).map((a) => this.artifactJson(full, a));
        return this.list(query, items, path, (page) => ({ total_count: items.length, artifacts: page }));
      }
      case 'actions/download-artifact': {
        const artifact = this.runs.filter((r) => r.repo === full.toLowerCase()).flatMap((r) => r.artifacts).find((a) => a.id === Number(p.artifact_id));
        if (!artifact) throw new HttpError(404, 'Not Found');
        if (artifact.expired) throw new HttpError(410, 'Artifact has expired');
        return { status: 302, headers: { location: `${this.url}/_blobs/artifacts/${artifact.id}.zip` } };
      }
      case 'repos/create-deployment': {
        const now = this.tick();
        const deployment: Deployment = {
          id: this.id(), repo: full.toLowerCase(), sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : 'b'.repeat(40), ref: body.ref, task: body.task ?? 'deploy',
          environment: body.environment ?? 'production', description: body.description ?? null, payload: typeof body.payload === 'string' ? safeJson(body.payload) : body.payload ?? {},
          creator: token.user, created_at: now, updated_at: now, statuses: [],
        };
        this.deployments.push(deployment);
        return { status: 201, body: this.deploymentJson(deployment) };
      }
      case 'repos/list-deployments': {
        const items = this.deploymentsFor(full)
          .filter((d) => !query.get('environment') || d.environment === query.get('environment'))
          .filter((d) => !query.get('sha') || d.sha === query.get('sha'))
          .filter((d) => !query.get('ref') || d.ref === query.get('ref'))
          .filter((d) => !query.get('task') || d.task === query.get('task'))
          .sort((a, b) => b.id - a.id)
          .map((d) => this.deploymentJson(d));
        return this.list(query, items, path);
      }
      case 'repos/get-deployment': {
        const deployment = this.deploymentsFor(full).find((d) => d.id === Number(p.deployment_id));
        if (!deployment) throw new HttpError(404, 'Not Found');
        return { body: this.deploymentJson(deployment) };
      }
      case 'repos/create-deployment-status': {
        const deployment = this.deploymentsFor(full).find((d) => d.id === Number(p.deployment_id));
        if (!deployment) throw new HttpError(404, 'Not Found');
        const status: DeploymentStatus = { id: this.id(), state: body.state, description: body.description ?? '', environment: body.environment ?? deployment.environment, creator: token.user, created_at: this.tick(), log_url: body.log_url ?? '', environment_url: body.environment_url ?? '' };
        deployment.statuses.unshift(status);
        deployment.updated_at = status.created_at;
        return { status: 201, body: this.deploymentStatusJson(full, deployment, status) };
      }
      case 'repos/list-deployment-statuses': {
        const deployment = this.deploymentsFor(full).find((d) => d.id === Number(p.deployment_id));
        if (!deployment) throw new HttpError(404, 'Not Found');
        return this.list(query, deployment.statuses.map((s) => this.deploymentStatusJson(full, deployment, s)), path);
      }
      case 'issues/create':
      case 'issues/update':
      case 'issues/get':
      case 'issues/list-for-repo':
      case 'repos/create-dispatch-event':
      case 'actions/create-workflow-dispatch':
        return this.monitorRoute(op.operationId, full, path, query, body, token);
      default:
        throw new HttpError(501, `the fake GitHub does not implement ${op.operationId}`);
    }
  }

  /** Issues (create, update, get, list by label, state and creator) and dispatches, for the monitor step. */
  private monitorRoute(operationId: string, full: string, path: string, query: URLSearchParams, body: any, token: TokenInfo): { status?: number; body?: unknown; headers?: Record<string, string> } {
    const repo = this.repo(full);
    switch (operationId) {
      case 'issues/create': {
        if (typeof body.title !== 'string' || body.title === '') throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] });
        if (typeof body.body === 'string' && body.body.length > 65536) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
        const number = Math.max(0, ...repo.issues.keys()) + 1;
        const now = this.tick();
        const labels = (body.labels ?? []).map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name));
        const issue: Issue = { number, user: token.user, labels, events: [], issue: { title: body.title, body: body.body ?? null, state: 'open', state_reason: null, created_at: now, updated_at: now, closed_at: null } };
        repo.issues.set(number, issue);
        return { status: 201, body: this.issueJson(full, issue) };
      }
      case 'issues/update': {
        const issue = this.issue(full, Number(path.split('/').pop()));
        const state = issue.issue;
        if (!state) throw new HttpError(501, 'the fake GitHub updates issues, not pull requests');
        if (typeof body.body === 'string' && body.body.length > 65536) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] });
        const now = this.tick();
        if (typeof body.title === 'string') state.title = body.title;
        if (body.body !== undefined) state.body = body.body;
        if (body.labels) issue.labels = body.labels.map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name));
        if (body.state === 'closed' && state.state !== 'closed') {
          state.state = 'closed';
          state.closed_at = now;
          state.state_reason = body.state_reason ?? 'completed';
        } else if (body.state === 'open' && state.state !== 'open') {
          state.state = 'open';
          state.closed_at = null;
          state.state_reason = 'reopened';
        }
        state.updated_at = now;
        return { body: this.issueJson(full, issue) };
      }
      case 'issues/get':
        return { body: this.issueJson(full, this.issue(full, Number(path.split('/').pop()))) };
      case 'issues/list-for-repo': {
        const state = query.get('state') ?? 'open';
        const labels = (query.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
        const creator = query.get('creator');
        const stateOf = (i: Issue) => i.issue?.state ?? i.pull?.state ?? 'open';
        const items = [...repo.issues.values()]
          .filter((i) => state === 'all' || stateOf(i) === state)
          .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
          .filter((i) => !creator || i.user.login.toLowerCase() === creator.toLowerCase())
          .sort((a, b) => (query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number))
          .map((i) => this.issueJson(full, i));
        return this.list(query, items, path);
      }
      case 'repos/create-dispatch-event': {
        if (typeof body.event_type !== 'string' || body.event_type.length > 100) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Repository', code: 'invalid', field: 'event_type' }] });
        const payload = body.client_payload ?? {};
        if (Object.keys(payload).length > 10) throw new HttpError(422, 'Invalid request.\n\nNo more than 10 properties are allowed; ' + Object.keys(payload).length + ' were supplied.');
        this.dispatches.push({ kind: 'repository_dispatch', repo: full.toLowerCase(), name: body.event_type, payload, sender: token.user.login });
        return { status: 204 };
      }
      case 'actions/create-workflow-dispatch': {
        const workflow = decodeURIComponent(path.split('/').at(-2)!);
        this.dispatches.push({ kind: 'workflow_dispatch', repo: full.toLowerCase(), name: workflow, ref: body.ref, payload: body.inputs ?? {}, sender: token.user.login });
        return { status: 204 };
      }
      default:
        throw new HttpError(501, `the fake GitHub does not implement ${operationId}`);
    }
  }

  private issueJson(full: string, i: Issue) {
    const repoUrl = `${this.url}/repos/${full}`;
    const state = i.issue ?? { title: `PR ${i.number}`, body: null, state: i.pull?.state ?? 'open', state_reason: null, created_at: this.now(), updated_at: this.now(), closed_at: null };
    return {
      ...specExample('issue', this.url, full),
      id: i.number * 7, node_id: `I_${i.number}`, number: i.number, url: `${repoUrl}/issues/${i.number}`, repository_url: repoUrl,
      labels_url: `${repoUrl}/issues/${i.number}/labels{/name}`, comments_url: `${repoUrl}/issues/${i.number}/comments`, events_url: `${repoUrl}/issues/${i.number}/events`,
      html_url: `https://github.com/${full}/${i.pull ? 'pull' : 'issues'}/${i.number}`, title: state.title, body: state.body, state: state.state, state_reason: state.state_reason,
      user: simpleUser(i.user, this.url), labels: i.labels.map((name, k) => labelJson(name, k, repoUrl)), assignee: null, assignees: [], milestone: null, locked: false,
      comments: this.commentsOn(full, i.number).length, created_at: state.created_at, updated_at: state.updated_at, closed_at: state.closed_at, closed_by: null,
      author_association: i.user.type === 'Bot' ? 'NONE' : 'MEMBER', pull_request: i.pull ? { url: `${repoUrl}/pulls/${i.number}`, html_url: `https://github.com/${full}/pull/${i.number}`, diff_url: null, patch_url: null } : undefined,
      repository: undefined, performed_via_github_app: undefined, reactions: undefined, body_html: undefined, body_text: undefined, timeline_url: undefined, type: undefined, sub_issues_summary: undefined, issue_dependencies_summary: undefined, issue_field_values: undefined, pinned_comment: undefined, parent_issue_url: undefined,
    };
  }

  private commentJson(c: Comment) {
    const repoUrl = `${this.url}/repos/${c.repo}`;
    return {
      ...specExample('issue-comment', this.url, c.repo),
      id: c.id, node_id: `IC_${c.id}`, url: `${repoUrl}/issues/comments/${c.id}`, html_url: `https://github.com/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body, user: simpleUser(c.user, this.url), created_at: c.created_at, updated_at: c.updated_at, issue_url: `${repoUrl}/issues/${c.issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER', performed_via_github_app: null, reactions: undefined,
    };
  }

  /** A repository in GitHub's shape (`repository`, `full-repository` or `minimal-repository`). */
  private repositoryJson(full: string, shape: 'repository' | 'full-repository' | 'minimal-repository') {
    const [owner, name] = full.split('/') as [string, string];
    const example = shape === 'repository' ? specExample('pull-request-simple', this.url, full).head.repo : specExample(shape, this.url, full);
    const id = 100 + [...this.repos.keys()].indexOf(full.toLowerCase());
    return { ...example, id, node_id: `R_${id}`, name, full_name: full, owner: simpleUser(this.user(owner), this.url), private: false, fork: false, html_url: `https://github.com/${full}`, url: `${this.url}/repos/${full}`, default_branch: 'main', ...(shape === 'full-repository' ? { has_discussions: false, organization: undefined, parent: undefined, source: undefined, template_repository: undefined } : {}) };
  }

  private pullJson(full: string, issue: Issue, shape: 'pull-request-simple' | 'pull-request' = 'pull-request-simple') {
    const pull = issue.pull!;
    const headRepo = pull.headRepo ?? full;
    const headOwner = headRepo.split('/')[0]!;
    const example = specExample(shape, this.url, full);
    return {
      ...example,
      id: issue.number * 10, node_id: `PR_${issue.number}`, number: issue.number, state: pull.state, title: `PR ${issue.number}`, user: simpleUser(issue.user, this.url),
      labels: issue.labels.map((name, i) => labelJson(name, i, `${this.url}/repos/${full}`)),
      head: { sha: pull.headSha, ref: pull.headRef, label: `${headOwner}:${pull.headRef}`, repo: this.repositoryJson(headRepo, 'repository'), user: simpleUser(this.user(headOwner), this.url) },
      base: { sha: 'c'.repeat(40), ref: pull.baseRef, label: `${full.split('/')[0]}:${pull.baseRef}`, repo: this.repositoryJson(full, 'repository'), user: simpleUser(this.user(full.split('/')[0]!), this.url) },
      html_url: `https://github.com/${full}/pull/${issue.number}`, url: `${this.url}/repos/${full}/pulls/${issue.number}`,
      assignee: null, assignees: [], requested_reviewers: [], requested_teams: [], milestone: null, merged_by: null, auto_merge: null, closed_at: null, merged_at: null,
    };
  }

  private checkRunJson(r: CheckRun) {
    return {
      ...specExample('check-run', this.url, r.repo),
      id: r.id, head_sha: r.head_sha, node_id: `CR_${r.id}`, external_id: r.external_id ?? null, url: `${this.url}/repos/${r.repo}/check-runs/${r.id}`,
      html_url: `https://github.com/${r.repo}/runs/${r.id}`, details_url: r.details_url ?? null, status: r.status, conclusion: r.conclusion,
      started_at: r.started_at, completed_at: r.completed_at, name: r.name,
      output: { title: r.output.title ?? null, summary: r.output.summary ?? null, text: r.output.text ?? null, annotations_count: r.output.annotations.length, annotations_url: `${this.url}/repos/${r.repo}/check-runs/${r.id}/annotations` },
      check_suite: { id: 1 }, app: null, pull_requests: [], deployment: undefined,
    };
  }

  private statusJson(s: CommitStatus) {
    return { id: s.id, node_id: `S_${s.id}`, url: `${this.url}/repos/${s.repo}/statuses/${s.sha}`, avatar_url: null, state: s.state, description: s.description, target_url: s.target_url, context: s.context, created_at: s.created_at, updated_at: s.created_at, creator: simpleUser(s.creator, this.url) };
  }

  private runJson(r: WorkflowRun) {
    const example = specExample('workflow-run', this.url, r.repo);
    const runUrl = `${this.url}/repos/${r.repo}/actions/runs/${r.id}`;
    return {
      ...example,
      id: r.id, name: r.name, node_id: `WR_${r.id}`, head_branch: r.head_branch, head_sha: r.head_sha, run_number: r.id, display_title: r.name, event: r.event, status: r.status, conclusion: r.conclusion,
      created_at: r.created_at, updated_at: r.created_at, run_started_at: r.created_at, url: runUrl, html_url: `https://github.com/${r.repo}/actions/runs/${r.id}`, artifacts_url: `${runUrl}/artifacts`,
      jobs_url: `${runUrl}/jobs`, logs_url: `${runUrl}/logs`, cancel_url: `${runUrl}/cancel`, rerun_url: `${runUrl}/rerun`, check_suite_url: `${this.url}/repos/${r.repo}/check-suites/${r.id}`,
      pull_requests: [], repository: this.repositoryJson(r.repo, 'minimal-repository'), head_repository: this.repositoryJson(r.repo, 'minimal-repository'),
      head_commit: { ...example.head_commit, id: r.head_sha, tree_id: r.head_sha, timestamp: r.created_at },
    };
  }

  private artifactJson(full: string, a: Artifact) {
    const run = this.runs.find((r) => r.id === a.runId)!;
    return { id: a.id, node_id: `A_${a.id}`, name: a.name, size_in_bytes: a.size_in_bytes, url: `${this.url}/repos/${full}/actions/artifacts/${a.id}`, archive_download_url: `${this.url}/repos/${full}/actions/artifacts/${a.id}/zip`, expired: a.expired, created_at: a.created_at, expires_at: null, updated_at: a.created_at, workflow_run: { id: run.id, repository_id: 100, head_repository_id: 100, head_branch: run.head_branch, head_sha: run.head_sha } };
  }

  private deploymentJson(d: Deployment) {
    return { id: d.id, node_id: `D_${d.id}`, url: `${this.url}/repos/${d.repo}/deployments/${d.id}`, sha: d.sha, ref: d.ref, task: d.task, payload: d.payload, original_environment: d.environment, environment: d.environment, description: d.description, creator: simpleUser(d.creator, this.url), created_at: d.created_at, updated_at: d.updated_at, statuses_url: `${this.url}/repos/${d.repo}/deployments/${d.id}/statuses`, repository_url: `${this.url}/repos/${d.repo}`, transient_environment: false, production_environment: d.environment === 'production' };
  }

  private deploymentStatusJson(full: string, d: Deployment, s: DeploymentStatus) {
    // GitHub answers "" for the URLs a status was created without (target_url mirrors log_url).
    return { id: s.id, node_id: `DS_${s.id}`, url: `${this.url}/repos/${full}/deployments/${d.id}/statuses/${s.id}`, state: s.state, creator: simpleUser(s.creator, this.url), description: s.description, environment: s.environment, target_url: s.log_url, created_at: s.created_at, updated_at: s.created_at, deployment_url: `${this.url}/repos/${full}/deployments/${d.id}`, repository_url: `${this.url}/repos/${full}`, environment_url: s.environment_url || undefined, log_url: s.log_url || undefined };
  }
}

function labelJson(name: string, i: number, repoUrl: string) {
  return { id: i + 1, node_id: `L_${i + 1}`, url: `${repoUrl}/labels/${encodeURIComponent(name)}`, name, description: '', color: 'ededed', default: false };
}

function sha1ish(data: Buffer): string {
  let h = 0;
  for (const b of data) h = (h * 31 + b) >>> 0;
  return h.toString(16).padStart(40, '0');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}
