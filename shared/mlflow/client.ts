// A small MLflow REST client: the calls holdout makes to a tracking server
// (or Databricks), over plain fetch. Endpoints, parameters and shapes are
// MLflow's published REST API (mlflow/protos/service.proto and
// model_registry.proto): registered-models/alias (GET, POST),
// model-versions/get, runs/get, artifacts/list, and the server's
// /get-artifact download (which also serves proxied mlflow-artifacts: roots).
//
// Where it points and what it sends come from the caller (mlflowSettingsFrom
// maps the standard variables; the entries pass the process environment), so nothing here
// reads the environment. Credentials — a token, or a user and password in the
// tracking URI — go in the Authorization header only and are never part of an
// error message: every message names the server by its origin without them.

import type { MlflowReader, MlflowVersion } from '../baseline/resolver.js';
import { ConfigurationError } from '../errors.js';
import { apiRoot, requestWithRetries, retryPolicy, type RetryOptions } from '../io/http.js';

export interface MlflowSettings {
  /** The tracking server's base URL, e.g. https://mlflow.example.com (a path prefix is kept). */
  uri: string;
  /** Sent as `Authorization: Bearer <token>` (MLFLOW_TRACKING_TOKEN, DATABRICKS_TOKEN). */
  token?: string;
  /** Basic auth (MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD, or user:password@ in the URI). */
  username?: string;
  password?: string;
  /** Databricks serves the REST API but not /get-artifact: only metrics are read there. */
  databricks?: boolean;
}

/** What the standard variables say: the tracking URI and credentials, or undefined when MLflow is not configured (or is a local file store, which has no REST API). */
export function mlflowSettingsFrom(env: Readonly<Record<string, string | undefined>>): MlflowSettings | undefined {
  const tracking = env.MLFLOW_TRACKING_URI?.trim();
  const host = env.DATABRICKS_HOST?.trim();
  const databricksToken = env.DATABRICKS_TOKEN?.trim();
  if ((tracking === undefined || tracking === '' || /^databricks(:|$)/.test(tracking)) && host && databricksToken) {
    return { uri: /^https?:\/\//.test(host) ? host : `https://${host}`, token: databricksToken, databricks: true };
  }
  if (!tracking || !/^https?:\/\//i.test(tracking) || !URL.canParse(tracking)) return undefined;
  return {
    uri: tracking,
    token: env.MLFLOW_TRACKING_TOKEN?.trim() || undefined,
    username: env.MLFLOW_TRACKING_USERNAME || undefined,
    password: env.MLFLOW_TRACKING_PASSWORD || undefined,
  };
}

/** The client the standard variables describe (the entries pass the process environment), or undefined when they describe none. */
export function mlflowFromEnvironment(env: Readonly<Record<string, string | undefined>>, options: MlflowClientOptions = {}): MlflowClient | undefined {
  const settings = mlflowSettingsFrom(env);
  return settings ? createMlflowClient(settings, options) : undefined;
}

/** A model version as MLflow returns it (model_registry.proto ModelVersion), the fields holdout reads. */
export interface MlflowModelVersion extends MlflowVersion {
  status?: string;
  aliases?: string[];
}

/** A logged metric (service.proto Metric); `value` is "NaN" / "Infinity" as text when not finite. */
export interface MlflowMetric {
  key: string;
  value: number | string;
  timestamp?: number | string;
  step?: number | string;
}

export interface MlflowRun {
  info: { run_id?: string; run_uuid?: string; experiment_id?: string; artifact_uri?: string; status?: string };
  data: { metrics?: MlflowMetric[] };
}

export interface MlflowFileInfo {
  path: string;
  is_dir?: boolean;
  file_size?: number | string;
}

/**
 * An MLflow call that failed in a way the user acts on, or that kept failing
 * after the retries: one line naming the call (without credentials), MLflow's
 * error_code and message. A ConfigurationError, so entries print it as that line.
 */
export class MlflowApiError extends ConfigurationError {
  readonly status: number;
  /** MLflow's error_code, e.g. RESOURCE_DOES_NOT_EXIST, when the body carried one. */
  readonly errorCode?: string;
  /** What MLflow said (error_code: message), credentials removed. */
  readonly said: string;
  constructor(call: string, status: number, errorCode: string | undefined, said: string, advice: string, retried = '') {
    super(`MLflow ${call} failed${retried}: ${status}${said ? ` ${said}` : ''}${advice ? `; ${advice}` : ''}`);
    this.name = 'ConfigurationError';
    this.status = status;
    this.errorCode = errorCode;
    this.said = said;
  }
}

/** The reads the mlflow: resolver makes (declared beside it) and the registry writes promotion makes. */
export interface MlflowClient extends MlflowReader {
  /** Points an alias at a version (moving it when it exists). */
  setAlias(name: string, alias: string, version: string): Promise<void>;
  /** Removes an alias. */
  deleteAlias(name: string, alias: string): Promise<void>;
  /** Model versions matching a search filter, e.g. `name='churn' AND run_id='…'` (every page). */
  searchModelVersions(filter: string): Promise<MlflowModelVersion[]>;
}

/** fetch, attempts, backoff, timeout (default 60 s) and the longest Retry-After wait. */
export type MlflowClientOptions = RetryOptions;

/** The status codes that mean "not there" for a lookup: MLflow's missing alias is 400 INVALID_PARAMETER_VALUE, a missing model, version or run 404 RESOURCE_DOES_NOT_EXIST. */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof MlflowApiError)) return false;
  return error.status === 404 || error.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (error.status === 400 && error.errorCode === 'INVALID_PARAMETER_VALUE' && /not found|does not exist/i.test(error.said));
}

export function createMlflowClient(settings: MlflowSettings, options: MlflowClientOptions = {}): MlflowClient {

  let base: URL;
  try {
    base = new URL(settings.uri);
  } catch {
    throw new ConfigurationError('MLFLOW_TRACKING_URI is not a URL (write https://<host>[/<path>])');
  }
  const username = settings.username ?? (base.username ? decodeURIComponent(base.username) : undefined);
  const password = settings.password ?? (base.password ? decodeURIComponent(base.password) : undefined);
  // A user or password in the URI may itself be a token: both are secrets.
  const policy = retryPolicy(options, { timeoutMs: 60_000, secrets: [settings.token, password, base.username ? username : undefined] });
  const root = apiRoot(base);
  const where = root;

  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'holdout' };
  if (settings.token) headers.authorization = `Bearer ${settings.token}`;
  else if (username !== undefined && password !== undefined) headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

  const advice = (status: number): string => {
    if (status === 401) return settings.token || username ? 'the server refused the credentials: check MLFLOW_TRACKING_TOKEN (or DATABRICKS_TOKEN)' : 'the server needs credentials: set MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)';
    if (status === 403) return 'the credentials may not do this: grant the user READ on the registered model and its experiment (EDIT or MANAGE on the model to move an alias)';
    return '';
  };

  async function call(method: 'GET' | 'POST' | 'DELETE', path: string, params: Record<string, string | undefined>, body?: unknown): Promise<Response> {
    const url = new URL(root + path);
    for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
    const name = `${method} ${path}`;
    return requestWithRetries(url, { method, headers, body }, policy, (failure) => {
      if (failure.kind === 'unreachable') return new ConfigurationError(`MLflow ${name} at ${where} could not be reached after ${failure.attempts} attempts: ${failure.message}`);
      const { text } = failure;
      let errorCode: string | undefined;
      let said = text.replace(/\s+/g, ' ').trim().slice(0, 300);
      try {
        const parsed = JSON.parse(text) as { error_code?: unknown; message?: unknown };
        if (typeof parsed.error_code === 'string') errorCode = parsed.error_code;
        said = [errorCode, typeof parsed.message === 'string' ? parsed.message.replace(/\s+/g, ' ').trim().slice(0, 300) : undefined].filter(Boolean).join(': ');
      } catch {
        // Not JSON (a proxy's page): keep the text.
      }
      const after = failure.retryable ? ` after ${failure.attempts} attempts` : '';
      return new MlflowApiError(`${name} at ${where}`, failure.status, errorCode, said, advice(failure.status), after);
    });
  }

  async function json<T>(method: 'GET' | 'POST' | 'DELETE', path: string, params: Record<string, string | undefined>, body?: unknown): Promise<T> {
    const response = await call(method, path, params, body);
    const text = await response.text();
    try {
      return (text.trim() === '' ? {} : JSON.parse(text)) as T;
    } catch {
      throw new ConfigurationError(`MLflow ${method} ${path} at ${where} answered with something that is not JSON (is MLFLOW_TRACKING_URI the tracking server?)`);
    }
  }

  const orUndefined = async <T>(promise: Promise<T>): Promise<T | undefined> => {
    try {
      return await promise;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };

  return {
    where,
    artifacts: !settings.databricks,
    async modelVersionByAlias(name, alias) {
      const answer = await orUndefined(json<{ model_version?: MlflowModelVersion }>('GET', '/api/2.0/mlflow/registered-models/alias', { name, alias }));
      return answer?.model_version;
    },
    async modelVersion(name, version) {
      const answer = await orUndefined(json<{ model_version?: MlflowModelVersion }>('GET', '/api/2.0/mlflow/model-versions/get', { name, version }));
      return answer?.model_version;
    },
    async run(runId) {
      const answer = await orUndefined(json<{ run?: MlflowRun }>('GET', '/api/2.0/mlflow/runs/get', { run_id: runId }));
      return answer?.run;
    },
    async listArtifacts(runId, path) {
      const files: MlflowFileInfo[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < 100; page++) {
        const answer = await json<{ files?: MlflowFileInfo[]; next_page_token?: string }>('GET', '/api/2.0/mlflow/artifacts/list', { run_id: runId, path, page_token: pageToken });
        files.push(...(answer.files ?? []));
        pageToken = answer.next_page_token || undefined;
        if (!pageToken) break;
      }
      return files;
    },
    async downloadArtifact(runId, path) {
      const response = await call('GET', '/get-artifact', { path, run_id: runId, run_uuid: runId });
      return new Uint8Array(await response.arrayBuffer());
    },
    async setAlias(name, alias, version) {
      await json('POST', '/api/2.0/mlflow/registered-models/alias', {}, { name, alias, version });
    },
    async deleteAlias(name, alias) {
      // MLflow reads the query string of a GET only; a DELETE's parameters are its JSON body (handlers._get_request_message).
      await json('DELETE', '/api/2.0/mlflow/registered-models/alias', {}, { name, alias });
    },
    async searchModelVersions(filter) {
      const versions: MlflowModelVersion[] = [];
      let pageToken: string | undefined;
      for (let page = 0; page < 100; page++) {
        const answer = await json<{ model_versions?: MlflowModelVersion[]; next_page_token?: string }>('GET', '/api/2.0/mlflow/model-versions/search', { filter, page_token: pageToken });
        versions.push(...(answer.model_versions ?? []));
        pageToken = answer.next_page_token || undefined;
        if (!pageToken) break;
      }
      return versions;
    },
  };
}
