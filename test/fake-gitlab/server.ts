// A fake GitLab REST API (v4) on loopback for tests: the endpoints holdout
// calls, checked as GitLab describes them.
//
// Source of the descriptions: GitLab publishes an OpenAPI description of part
// of its REST API (doc/api/openapi/openapi_v2.yaml in gitlab-org/gitlab), but
// the Notes API is not in it — the file's tag list has award_emoji and
// draft_notes and no notes, and its only merge-request note paths are the
// award-emoji ones (read at gitlabhq/gitlabhq 0338625c). So the table below is
// transcribed from the documentation GitLab does publish for these endpoints:
// - doc/api/notes.md, "Merge requests": list (sort asc|desc, default desc;
//   order_by created_at|updated_at), get, create (body required, at most
//   1,000,000 characters; created_at, merge_request_diff_head_sha, internal),
//   modify (body required), delete (204); the note entity of its examples;
// - doc/api/users.md: GET /user, the token's own user;
// - doc/api/rest (index.md): PRIVATE-TOKEN / JOB-TOKEN headers, 401
//   {"message":"401 Unauthorized"}, 403, 404 {"message":"404 Not found"} and
//   {"error":"404 Not Found"} for an unknown route, 400 {"message":"400 (Bad
//   request) \"body\" not given"}, offset pagination (page, per_page default
//   20 and at most 100; the Link header with prev/next/first/last and the
//   x-page, x-per-page, x-next-page, x-prev-page, x-total, x-total-pages
//   headers), 201 on create, 204 on delete;
// - doc/ci/jobs/ci_job_token.md, "Job token access": a job token may call
//   only GET …/merge_requests/:iid/notes and …/notes/:note_id among these;
//   elsewhere it authenticates nothing (answered 401 here).
//
// Every request must match a route; its path parameters, query and JSON body
// must fit the route's schema (unknown parameters included). Anything else is
// a violation (tests expect none) answered as GitLab would. Responses are
// validated against the note and user entities too. Faults (5xx, 429 with
// Retry-After, 401, 403, 404) are injected per route.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import AjvModule, { type ValidateFunction } from 'ajv';

const Ajv = AjvModule.default;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Route {
  name: string;
  method: Method;
  /** Path under /api/v4 with :params. */
  path: string;
  params: Record<string, Record<string, unknown>>;
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
  /** Whether a CI/CD job token may call it (ci_job_token.md). */
  jobToken: boolean;
  response?: 'note' | 'notes' | 'user';
}

const projectId = { type: 'string', minLength: 1 }; // "integer or string": the ID or URL-encoded path
const positive = { type: 'string', pattern: '^[1-9][0-9]*$' };
const pageParams = { page: { type: 'string', pattern: '^[1-9][0-9]*$' }, per_page: { type: 'string', pattern: '^([1-9][0-9]?|100)$' } };

export const ROUTES: Route[] = [
  { name: 'getCurrentUser', method: 'GET', path: '/user', params: {}, query: { type: 'object', additionalProperties: false, properties: {} }, jobToken: false, response: 'user' },
  {
    name: 'listMergeRequestNotes', method: 'GET', path: '/projects/:id/merge_requests/:merge_request_iid/notes',
    params: { id: projectId, merge_request_iid: positive },
    query: { type: 'object', additionalProperties: false, properties: { sort: { enum: ['asc', 'desc'] }, order_by: { enum: ['created_at', 'updated_at'] }, ...pageParams } },
    jobToken: true, response: 'notes',
  },
  {
    name: 'getMergeRequestNote', method: 'GET', path: '/projects/:id/merge_requests/:merge_request_iid/notes/:note_id',
    params: { id: projectId, merge_request_iid: positive, note_id: positive }, query: { type: 'object', additionalProperties: false, properties: {} }, jobToken: true, response: 'note',
  },
  {
    name: 'createMergeRequestNote', method: 'POST', path: '/projects/:id/merge_requests/:merge_request_iid/notes',
    params: { id: projectId, merge_request_iid: positive },
    body: {
      type: 'object', additionalProperties: false, required: ['body'],
      properties: { body: { type: 'string', minLength: 1, maxLength: 1_000_000 }, created_at: { type: 'string' }, merge_request_diff_head_sha: { type: 'string' }, internal: { type: 'boolean' } },
    },
    jobToken: false, response: 'note',
  },
  {
    name: 'updateMergeRequestNote', method: 'PUT', path: '/projects/:id/merge_requests/:merge_request_iid/notes/:note_id',
    params: { id: projectId, merge_request_iid: positive, note_id: positive },
    body: { type: 'object', additionalProperties: false, required: ['body'], properties: { body: { type: 'string', minLength: 1, maxLength: 1_000_000 }, confidential: { type: 'boolean' } } },
    jobToken: false, response: 'note',
  },
  {
    name: 'deleteMergeRequestNote', method: 'DELETE', path: '/projects/:id/merge_requests/:merge_request_iid/notes/:note_id',
    params: { id: projectId, merge_request_iid: positive, note_id: positive }, jobToken: false,
  },
];

const userSchema = {
  type: 'object', required: ['id', 'username', 'name', 'state'],
  properties: { id: { type: 'integer' }, username: { type: 'string' }, name: { type: 'string' }, state: { type: 'string' }, email: { type: 'string' }, created_at: { type: 'string' } },
};
/** The note entity of doc/api/notes.md's examples. */
const noteSchema = {
  type: 'object',
  required: ['id', 'body', 'attachment', 'author', 'created_at', 'updated_at', 'system', 'noteable_id', 'noteable_type', 'project_id', 'noteable_iid', 'resolvable', 'confidential', 'internal'],
  properties: {
    id: { type: 'integer' }, body: { type: 'string' }, attachment: { type: 'null' }, author: userSchema,
    created_at: { type: 'string' }, updated_at: { type: 'string' }, system: { type: 'boolean' },
    noteable_id: { type: 'integer' }, noteable_type: { const: 'MergeRequest' }, project_id: { type: 'integer' }, noteable_iid: { type: 'integer' },
    resolvable: { type: 'boolean' }, confidential: { type: 'boolean' }, internal: { type: 'boolean' },
  },
};

export interface FakeUser {
  id: number;
  username: string;
  name: string;
}

export interface Fault {
  /** Route name (listMergeRequestNotes, createMergeRequestNote, …), or every route when omitted. */
  route?: string;
  status: number;
  /** How many requests fail (default 1). */
  times?: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  body?: unknown;
}

export interface LoggedRequest {
  method: string;
  url: string;
  route?: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

interface Note {
  id: number;
  project: number;
  iid: number;
  body: string;
  author: FakeUser;
  system: boolean;
  created_at: string;
  updated_at: string;
}

interface Project {
  id: number;
  path: string;
  mergeRequests: Map<number, { id: number }>;
}

export class FakeGitLab {
  readonly violations: string[] = [];
  readonly requests: LoggedRequest[] = [];
  private readonly server: Server;
  private readonly tokens = new Map<string, { kind: 'private' | 'job'; user: FakeUser }>();
  private readonly projects: Project[] = [];
  private readonly notes: Note[] = [];
  private faults: Array<Fault & { left: number }> = [];
  private nextNoteId = 1000;
  private clock = Date.parse('2026-01-05T10:00:00Z');
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  /** Send the Link header (GitLab does); false to test the x-next-page fallback. */
  linkHeader = true;

  private constructor() {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: Error) => {
        this.violations.push(`fake GitLab crashed: ${error.stack ?? error.message}`);
        res.writeHead(500).end();
      });
    });
  }

  static async start(): Promise<FakeGitLab> {
    const fake = new FakeGitLab();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** CI_API_V4_URL of this instance. */
  get apiUrl(): string {
    return `${this.url}/api/v4`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addToken(token: string, user: FakeUser, kind: 'private' | 'job' = 'private'): void {
    this.tokens.set(token, { kind, user });
  }

  addProject(id: number, path: string, mergeRequestIids: number[]): void {
    this.projects.push({ id, path, mergeRequests: new Map(mergeRequestIids.map((iid) => [iid, { id: id * 1000 + iid }])) });
  }

  /** A note written by someone (or a system note), as if it were there before the run. */
  seedNote(project: number, iid: number, author: FakeUser, body: string, system = false): number {
    return this.insert(project, iid, author, body, system).id;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  notesOf(project: number, iid: number): Array<{ id: number; body: string; author: string; system: boolean }> {
    return this.notes.filter((n) => n.project === project && n.iid === iid).map((n) => ({ id: n.id, body: n.body, author: n.author.username, system: n.system }));
  }

  private insert(project: number, iid: number, author: FakeUser, body: string, system: boolean): Note {
    const at = new Date((this.clock += 1000)).toISOString().replace('.000Z', 'Z');
    const note: Note = { id: this.nextNoteId++, project, iid, body, author, system, created_at: at, updated_at: at };
    this.notes.push(note);
    return note;
  }

  private validator(key: string, schema: object): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) this.validators.set(key, (v = this.ajv.compile(schema)));
    return v;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET') as Method;
    const logged: LoggedRequest = { method, url: url.pathname + url.search, status: 0, headers: { ...req.headers } };
    this.requests.push(logged);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      logged.status = status;
      if (body === undefined) {
        res.writeHead(status, headers).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    const violation = (text: string) => this.violations.push(`${method} ${url.pathname}${url.search}: ${text}`);

    // The token belongs in a header, never in the URL (where logs keep it).
    if (url.searchParams.has('private_token') || url.searchParams.has('job_token') || url.searchParams.has('access_token')) violation('token in the query string');

    const matched = this.match(method, url.pathname);
    if (!matched) {
      violation('no such route in the Notes or Users API');
      return send(404, { error: '404 Not Found' });
    }
    const { route, params } = matched;
    logged.route = route.name;

    // Parameters, as GitLab's API declares them (a wrong one is our bug: recorded, and refused as GitLab does).
    const paramCheck = this.validator(`${route.name}:params`, { type: 'object', required: Object.keys(route.params), properties: route.params });
    if (!paramCheck(params)) {
      violation(`path parameters: ${this.ajv.errorsText(paramCheck.errors)}`);
      return send(400, { error: `${Object.keys(route.params).join(', ')} is invalid` });
    }
    const query = Object.fromEntries(url.searchParams);
    if (route.query) {
      const check = this.validator(`${route.name}:query`, route.query);
      if (!check(query)) {
        violation(`query: ${this.ajv.errorsText(check.errors)}`);
        return send(400, { error: this.ajv.errorsText(check.errors) });
      }
    }
    let body: Record<string, unknown> | undefined;
    if (route.body) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) violation(`content-type ${req.headers['content-type'] ?? '(none)'}, expected application/json`);
      try {
        body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
      } catch {
        violation('body is not JSON');
        return send(400, { message: '400 Bad request' });
      }
      logged.body = body;
      const check = this.validator(`${route.name}:body`, route.body);
      if (!check(body)) {
        violation(`body: ${this.ajv.errorsText(check.errors)}`);
        const missing = (route.body.required as string[]).find((k) => body![k] === undefined);
        return send(400, { message: missing ? `400 (Bad request) "${missing}" not given` : `400 (Bad request) ${this.ajv.errorsText(check.errors)}` });
      }
    } else if (raw !== '') violation('a body on a request that takes none');

    // Authentication: PRIVATE-TOKEN (or Authorization: Bearer) for access tokens, JOB-TOKEN for the job token.
    const privateToken = header(req, 'private-token') ?? /^Bearer (.+)$/.exec(header(req, 'authorization') ?? '')?.[1];
    const jobToken = header(req, 'job-token');
    const given = privateToken ?? jobToken;
    const token = given === undefined ? undefined : this.tokens.get(given);
    if (!token || (privateToken !== undefined && token.kind !== 'private') || (jobToken !== undefined && privateToken === undefined && token.kind !== 'job')) {
      return send(401, { message: '401 Unauthorized' });
    }
    if (token.kind === 'job' && !route.jobToken) return send(401, { message: '401 Unauthorized' });

    const fault = this.faults.find((f) => f.left > 0 && (f.route === undefined || f.route === route.name));
    if (fault) {
      fault.left--;
      const text = { 401: '401 Unauthorized', 403: '403 Forbidden', 404: '404 Not found', 429: 'Retry later', 500: '500 Internal Server Error', 502: '502 Bad Gateway', 503: '503 Service Unavailable' }[fault.status] ?? `${fault.status}`;
      return send(fault.status, fault.body ?? { message: text }, fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {});
    }

    if (route.name === 'getCurrentUser') return this.reply(send, route, 200, this.userEntity(token.user));

    const project = this.projects.find((p) => String(p.id) === params.id || p.path === params.id);
    const iid = Number(params.merge_request_iid);
    if (!project || !project.mergeRequests.has(iid)) return send(404, { message: project ? '404 Merge Request Not Found' : '404 Project Not Found' });
    const mrNotes = this.notes.filter((n) => n.project === project.id && n.iid === iid);
    const noteId = params.note_id === undefined ? undefined : Number(params.note_id);
    const note = noteId === undefined ? undefined : mrNotes.find((n) => n.id === noteId);
    if (noteId !== undefined && !note) return send(404, { message: '404 Note Not Found' });

    switch (route.name) {
      case 'listMergeRequestNotes': {
        const key = query.order_by === 'updated_at' ? 'updated_at' : 'created_at';
        const sorted = [...mrNotes].sort((a, b) => a[key].localeCompare(b[key]) || a.id - b.id);
        if (query.sort !== 'asc') sorted.reverse(); // GitLab's default is desc
        const perPage = Number(query.per_page ?? 20);
        const page = Number(query.page ?? 1);
        const totalPages = Math.max(1, Math.ceil(sorted.length / perPage));
        const items = sorted.slice((page - 1) * perPage, page * perPage).map((n) => this.noteEntity(n, project.id));
        return this.reply(send, route, 200, items, this.pageHeaders(url, page, perPage, sorted.length, totalPages));
      }
      case 'getMergeRequestNote':
        return this.reply(send, route, 200, this.noteEntity(note!, project.id));
      case 'createMergeRequestNote': {
        const created = this.insert(project.id, iid, token.user, body!.body as string, false);
        return this.reply(send, route, 201, this.noteEntity(created, project.id));
      }
      case 'updateMergeRequestNote': {
        if (note!.author.id !== token.user.id || note!.system) return send(403, { message: '403 Forbidden' });
        note!.body = body!.body as string;
        note!.updated_at = new Date((this.clock += 1000)).toISOString().replace('.000Z', 'Z');
        return this.reply(send, route, 200, this.noteEntity(note!, project.id));
      }
      case 'deleteMergeRequestNote': {
        if (note!.author.id !== token.user.id) return send(403, { message: '403 Forbidden' });
        this.notes.splice(this.notes.indexOf(note!), 1);
        return send(204);
      }
    }
    violation(`route ${route.name} has no handler`);
    return send(500, { message: '500 Internal Server Error' });
  }

  private reply(send: (status: number, body?: unknown, headers?: Record<string, string>) => void, route: Route, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const schema = route.response === 'notes' ? { type: 'array', items: noteSchema } : route.response === 'note' ? noteSchema : userSchema;
    const check = this.validator(`${route.name}:response`, schema);
    if (!check(body)) this.violations.push(`the fake's own ${route.name} response does not fit the documented entity: ${this.ajv.errorsText(check.errors)}`);
    send(status, body, headers);
  }

  private pageHeaders(url: URL, page: number, perPage: number, total: number, totalPages: number): Record<string, string> {
    const link = (p: number) => {
      const u = new URL(url);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return u.href;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < totalPages) rels.push(`<${link(page + 1)}>; rel="next"`);
    rels.push(`<${link(1)}>; rel="first"`, `<${link(totalPages)}>; rel="last"`);
    return {
      ...(this.linkHeader ? { link: rels.join(', ') } : {}),
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < totalPages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
      'x-total': String(total),
      'x-total-pages': String(totalPages),
    };
  }

  private userEntity(user: FakeUser) {
    return { id: user.id, username: user.username, name: user.name, state: 'active', email: `${user.username}@example.com`, created_at: '2025-09-30T13:46:01Z' };
  }

  private noteEntity(note: Note, projectId: number) {
    return {
      id: note.id, body: note.body, attachment: null, author: this.userEntity(note.author), created_at: note.created_at, updated_at: note.updated_at, system: note.system,
      noteable_id: projectId * 1000 + note.iid, noteable_type: 'MergeRequest', project_id: projectId, noteable_iid: note.iid, resolvable: false, confidential: false, internal: false,
    };
  }

  private match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    if (!pathname.startsWith('/api/v4/')) return undefined;
    // Path parameters are URL-encoded (a project path's / is %2F): split first, then decode.
    const segments = pathname.slice('/api/v4'.length).split('/');
    for (const route of ROUTES) {
      if (route.method !== method) continue;
      const parts = route.path.split('/');
      if (parts.length !== segments.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let k = 0; k < parts.length && ok; k++) {
        if (parts[k]!.startsWith(':')) params[parts[k]!.slice(1)] = decodeURIComponent(segments[k]!);
        else ok = parts[k] === segments[k];
      }
      if (ok) return { route, params };
    }
    return undefined;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
