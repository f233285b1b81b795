// A fake MLflow tracking server with a model registry, for tests: the
// endpoints holdout calls, as MLflow's REST API describes them
// (mlflow/protos/model_registry.proto and service.proto: method, path,
// required parameters marked validate_required) and the server's
// /get-artifact download (mlflow/server/handlers.py get_artifact_handler).
// Every request is checked against that table: an unknown path, a wrong
// method or a missing required parameter is recorded as a violation (a test
// expects none) and answered the way MLflow answers it. Errors carry MLflow's
// body ({"error_code", "message"}) and status: RESOURCE_DOES_NOT_EXIST 404,
// INVALID_PARAMETER_VALUE 400 (which is what a missing alias gets),
// UNAUTHENTICATED 401, PERMISSION_DENIED 403. Faults can be injected per call.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Endpoint {
  rpc: string;
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  path: string;
  /** Parameters marked `validate_required` in the proto (one name, or alternatives such as run_id | run_uuid). */
  required: string[][];
  /** What the caller needs: read, or edit (the registry's EDIT/MANAGE). */
  access: 'read' | 'edit';
}

/** From model_registry.proto / service.proto (rpc options and validate_required fields). */
export const ENDPOINTS: Endpoint[] = [
  { rpc: 'getModelVersionByAlias', method: 'GET', path: '/api/2.0/mlflow/registered-models/alias', required: [['name'], ['alias']], access: 'read' },
  { rpc: 'setRegisteredModelAlias', method: 'POST', path: '/api/2.0/mlflow/registered-models/alias', required: [['name'], ['alias'], ['version']], access: 'edit' },
  { rpc: 'deleteRegisteredModelAlias', method: 'DELETE', path: '/api/2.0/mlflow/registered-models/alias', required: [['name'], ['alias']], access: 'edit' },
  { rpc: 'getRegisteredModel', method: 'GET', path: '/api/2.0/mlflow/registered-models/get', required: [['name']], access: 'read' },
  { rpc: 'getModelVersion', method: 'GET', path: '/api/2.0/mlflow/model-versions/get', required: [['name'], ['version']], access: 'read' },
  { rpc: 'searchModelVersions', method: 'GET', path: '/api/2.0/mlflow/model-versions/search', required: [], access: 'read' },
  { rpc: 'getRun', method: 'GET', path: '/api/2.0/mlflow/runs/get', required: [['run_id', 'run_uuid']], access: 'read' },
  { rpc: 'listArtifacts', method: 'GET', path: '/api/2.0/mlflow/artifacts/list', required: [['run_id', 'run_uuid']], access: 'read' },
  { rpc: 'getArtifact', method: 'GET', path: '/get-artifact', required: [['path'], ['run_id', 'run_uuid']], access: 'read' },
];

export interface LoggedMetric {
  key: string;
  value: number;
  step?: number;
  timestamp?: number;
}

export interface RunSeed {
  runId?: string;
  experimentId?: string;
  /** Every logged value (a history); runs/get answers the latest per key, as MLflow does. */
  metrics?: LoggedMetric[];
  /** Artifact path → content. */
  artifacts?: Record<string, string | Uint8Array>;
}

export interface Fault {
  rpc: string;
  status: number;
  /** Default: MLflow's body for the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers (default 1). */
  times?: number;
}

export interface LoggedRequest {
  rpc: string | undefined;
  method: string;
  path: string;
  params: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

interface Version {
  name: string;
  version: string;
  run_id?: string;
  source: string;
  status: 'READY';
  creation_timestamp: number;
  last_updated_timestamp: number;
  current_stage: string;
}

interface Run {
  runId: string;
  experimentId: string;
  metrics: LoggedMetric[];
  artifacts: Map<string, Uint8Array>;
}

const ERROR_STATUS: Record<string, number> = {
  RESOURCE_DOES_NOT_EXIST: 404,
  INVALID_PARAMETER_VALUE: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  REQUEST_LIMIT_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  TEMPORARILY_UNAVAILABLE: 503,
};
const CODE_OF_STATUS = Object.fromEntries(Object.entries(ERROR_STATUS).map(([code, status]) => [status, code])) as Record<number, string>;

class MlflowError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export class FakeMlflow {
  readonly requests: LoggedRequest[] = [];
  /** Requests that did not fit MLflow's REST API. A test expects this to stay empty. */
  readonly violations: string[] = [];
  url = '';
  /** Entries per artifacts/list page (MLflow pages with next_page_token). */
  pageSize = 1000;
  private server: Server | undefined;
  private readonly models = new Map<string, { versions: Version[]; aliases: Map<string, string> }>();
  private readonly runs = new Map<string, Run>();
  private readonly tokens = new Map<string, 'read' | 'edit'>();
  private faults: Array<Fault & { remaining: number }> = [];
  private nextRun = 1;
  private clock = Date.parse('2026-11-30T12:00:00Z');

  static async start(): Promise<FakeMlflow> {
    const fake = new FakeMlflow();
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  // --- seeding -------------------------------------------------------------

  /** Once a token is added, requests need `Authorization: Bearer <token>` (or Basic with it as the password); `read` tokens get PERMISSION_DENIED on edits. */
  addToken(token: string, access: 'read' | 'edit' = 'edit'): void {
    this.tokens.set(token, access);
  }

  addRun(seed: RunSeed = {}): string {
    const runId = seed.runId ?? (this.nextRun++).toString(16).padStart(32, '0');
    const artifacts = new Map(Object.entries(seed.artifacts ?? {}).map(([path, content]) => [path, typeof content === 'string' ? new TextEncoder().encode(content) : content]));
    this.runs.set(runId, { runId, experimentId: seed.experimentId ?? '1', metrics: (seed.metrics ?? []).map((m) => ({ step: 0, timestamp: this.clock, ...m })), artifacts });
    return runId;
  }

  /** Registers a new version of `name` (creating the model); returns its version number. */
  addVersion(name: string, seed: { runId?: string; aliases?: string[]; source?: string } = {}): string {
    let model = this.models.get(name);
    if (!model) {
      model = { versions: [], aliases: new Map() };
      this.models.set(name, model);
    }
    const version = String(model.versions.length + 1);
    this.clock += 1000;
    model.versions.push({
      name,
      version,
      run_id: seed.runId,
      source: seed.source ?? (seed.runId ? `models:/m-${seed.runId.slice(0, 8)}` : 's3://bucket/model'),
      status: 'READY',
      creation_timestamp: this.clock,
      last_updated_timestamp: this.clock,
      current_stage: 'None',
    });
    for (const alias of seed.aliases ?? []) model.aliases.set(alias, version);
    return version;
  }

  /** Points an alias at a version, as someone else's client would (not a request: nothing is logged). */
  setAlias(name: string, alias: string, version: string): void {
    this.findVersion(name, version);
    this.model(name).aliases.set(alias, version);
  }

  /** The version an alias points to now, or undefined. */
  alias(name: string, alias: string): string | undefined {
    return this.models.get(name)?.aliases.get(alias);
  }

  injectFault(fault: Fault): void {
    if (!ENDPOINTS.some((e) => e.rpc === fault.rpc)) throw new Error(`no rpc ${fault.rpc}`);
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  // --- serving -------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const params = Object.fromEntries(url.searchParams);
    const samePath = ENDPOINTS.filter((e) => e.path === url.pathname);
    const endpoint = samePath.find((e) => e.method === method);
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
    }
    this.requests.push({ rpc: endpoint?.rpc, method, path: url.pathname, params, body, authorization: req.headers.authorization });
    if (!endpoint) {
      this.violations.push(samePath.length ? `${method} ${url.pathname}: MLflow serves ${samePath.map((e) => e.method).join(', ')} there` : `${method} ${url.pathname}: no such endpoint in MLflow's REST API`);
      return this.send(res, samePath.length ? 405 : 404, samePath.length ? { error_code: 'BAD_REQUEST', message: 'Method Not Allowed' } : { error_code: 'ENDPOINT_NOT_FOUND', message: 'Not Found' });
    }
    // A GET's parameters are its query string; any other method's its JSON body (MLflow's handlers._get_request_message;
    // /get-artifact reads request.args).
    const input: Record<string, unknown> = method === 'GET' ? params : ((body ?? {}) as Record<string, unknown>);
    if (method !== 'GET' && Object.keys(params).length > 0) this.violations.push(`${endpoint.rpc}: parameters in the query string of a ${method} (${Object.keys(params).join(', ')}); MLflow reads the JSON body`);
    if (method === 'GET' && raw !== '') this.violations.push(`${endpoint.rpc}: a GET with a body; MLflow reads its query string`);
    for (const names of endpoint.required) {
      if (!names.some((n) => typeof input[n] === 'string' && input[n] !== '')) {
        this.violations.push(`${endpoint.rpc}: missing required parameter ${names.join(' or ')}`);
        return this.error(res, 'INVALID_PARAMETER_VALUE', `Missing value for required parameter '${names[0]}'. See the API docs for more information about request parameters.`);
      }
    }
    const fault = this.faults.find((f) => f.rpc === endpoint.rpc && f.remaining > 0);
    if (fault) {
      fault.remaining--;
      return this.send(res, fault.status, fault.body ?? { error_code: CODE_OF_STATUS[fault.status] ?? 'INTERNAL_ERROR', message: `injected ${fault.status}` }, fault.headers);
    }
    if (this.tokens.size > 0) {
      const access = this.access(req.headers.authorization);
      // MLflow's basic-auth app answers an unauthenticated request with 401 and a text body.
      if (!access) return this.send(res, 401, 'You are not authenticated. Please see https://www.mlflow.org/docs/latest/auth/index.html#authenticating-to-mlflow on how to authenticate.', { 'www-authenticate': 'Basic realm="mlflow"' });
      if (endpoint.access === 'edit' && access !== 'edit') return this.error(res, 'PERMISSION_DENIED', 'Permission denied');
    }
    try {
      const answer = this.serve(endpoint.rpc, input);
      if (answer instanceof Uint8Array) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(answer);
        return;
      }
      return this.send(res, 200, answer);
    } catch (error) {
      if (error instanceof MlflowError) return this.error(res, error.code, error.message);
      throw error;
    }
  }

  private access(header: string | undefined): 'read' | 'edit' | undefined {
    if (!header) return undefined;
    const bearer = /^Bearer (.+)$/.exec(header);
    if (bearer) return this.tokens.get(bearer[1]!);
    const basic = /^Basic (.+)$/.exec(header);
    if (basic) {
      const password = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':').slice(1).join(':');
      return this.tokens.get(password);
    }
    return undefined;
  }

  private serve(rpc: string, input: Record<string, unknown>): unknown {
    const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : undefined);
    switch (rpc) {
      case 'getModelVersionByAlias': {
        const model = this.model(text('name')!);
        const version = model.aliases.get(text('alias')!);
        // What MLflow's stores raise for an alias that is not set: INVALID_PARAMETER_VALUE (400), not 404.
        if (!version) throw new MlflowError('INVALID_PARAMETER_VALUE', `Registered model alias ${text('alias')} not found.`);
        return { model_version: this.versionJson(text('name')!, version) };
      }
      case 'setRegisteredModelAlias': {
        const model = this.model(text('name')!);
        this.findVersion(text('name')!, text('version')!);
        model.aliases.set(text('alias')!, text('version')!);
        return {};
      }
      case 'deleteRegisteredModelAlias': {
        this.model(text('name')!).aliases.delete(text('alias')!);
        return {};
      }
      case 'getRegisteredModel': {
        const name = text('name')!;
        const model = this.model(name);
        return { registered_model: { name, aliases: [...model.aliases].map(([alias, version]) => ({ alias, version })) } };
      }
      case 'getModelVersion':
        return { model_version: this.versionJson(text('name')!, text('version')!) };
      case 'searchModelVersions': {
        const filter = text('filter') ?? '';
        const byName = /name\s*=\s*'([^']*)'/.exec(filter)?.[1];
        const byRun = /run_id\s*=\s*'([^']*)'/.exec(filter)?.[1];
        const all = [...this.models.values()].flatMap((m) => m.versions).filter((v) => (byName === undefined || v.name === byName) && (byRun === undefined || v.run_id === byRun));
        return { model_versions: all.map((v) => this.versionJson(v.name, v.version)) };
      }
      case 'getRun':
        return { run: this.runJson(this.run(text('run_id') ?? text('run_uuid')!)) };
      case 'listArtifacts': {
        const run = this.run(text('run_id') ?? text('run_uuid')!);
        const dir = (text('path') ?? '').replace(/\/+$/, '');
        const prefix = dir ? `${dir}/` : '';
        const children = new Map<string, { path: string; is_dir: boolean; file_size?: number }>();
        for (const [path, bytes] of run.artifacts) {
          if (!path.startsWith(prefix)) continue;
          const rest = path.slice(prefix.length);
          const slash = rest.indexOf('/');
          if (slash < 0) children.set(path, { path, is_dir: false, file_size: bytes.length });
          else children.set(prefix + rest.slice(0, slash), { path: prefix + rest.slice(0, slash), is_dir: true });
        }
        const sorted = [...children.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
        const start = Number(text('page_token') ?? 0);
        const page = sorted.slice(start, start + this.pageSize);
        const next = start + this.pageSize < sorted.length ? String(start + this.pageSize) : undefined;
        return { root_uri: `mlflow-artifacts:/${run.experimentId}/${run.runId}/artifacts`, files: page, ...(next ? { next_page_token: next } : {}) };
      }
      case 'getArtifact': {
        const run = this.run(text('run_id') ?? text('run_uuid')!);
        const path = text('path')!;
        if (path.split('/').includes('..')) throw new MlflowError('INVALID_PARAMETER_VALUE', 'Invalid path');
        const bytes = run.artifacts.get(path);
        if (!bytes) throw new MlflowError('RESOURCE_DOES_NOT_EXIST', `No such file or directory: '${path}'`);
        return bytes;
      }
      default:
        throw new Error(`unhandled rpc ${rpc}`);
    }
  }

  private model(name: string) {
    const model = this.models.get(name);
    if (!model) throw new MlflowError('RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${name} not found`);
    return model;
  }

  private findVersion(name: string, version: string): Version {
    const found = this.model(name).versions.find((v) => v.version === version);
    if (!found) throw new MlflowError('RESOURCE_DOES_NOT_EXIST', `Model Version (name=${name}, version=${version}) not found`);
    return found;
  }

  private versionJson(name: string, version: string) {
    const v = this.findVersion(name, version);
    const aliases = [...this.model(name).aliases].filter(([, to]) => to === version).map(([alias]) => alias);
    return { ...v, ...(v.run_id ? {} : { run_id: undefined }), aliases };
  }

  private run(runId: string): Run {
    const run = this.runs.get(runId);
    if (!run) throw new MlflowError('RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
    return run;
  }

  /** runs/get: run.data.metrics holds each key's latest value (highest step, then timestamp, then value); a NaN is the string "NaN", as protobuf's JSON writes it. */
  private runJson(run: Run) {
    const latest = new Map<string, LoggedMetric & { step: number; timestamp: number }>();
    for (const m of run.metrics as Array<LoggedMetric & { step: number; timestamp: number }>) {
      const seen = latest.get(m.key);
      if (!seen || m.step > seen.step || (m.step === seen.step && (m.timestamp > seen.timestamp || (m.timestamp === seen.timestamp && m.value > seen.value)))) latest.set(m.key, m);
    }
    const json = (value: number) => (Number.isNaN(value) ? 'NaN' : value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : value);
    return {
      info: { run_id: run.runId, run_uuid: run.runId, experiment_id: run.experimentId, status: 'FINISHED', lifecycle_stage: 'active', artifact_uri: `mlflow-artifacts:/${run.experimentId}/${run.runId}/artifacts` },
      data: { metrics: [...latest.values()].map((m) => ({ key: m.key, value: json(m.value), timestamp: m.timestamp, step: m.step })), params: [], tags: [] },
    };
  }

  private error(res: ServerResponse, code: string, message: string): void {
    this.send(res, ERROR_STATUS[code] ?? 500, { error_code: code, message });
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
    res.end(text);
  }
}
