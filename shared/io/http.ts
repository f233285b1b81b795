/**
 * The retrying JSON-over-HTTP request the vendor clients (GitLab, MLflow) share: retries network errors, 429 and
 * 5xx with exponential backoff or the server's Retry-After (capped), and scrubs the client's secrets from every
 * text it hands back. Each client keeps its own messages: it turns a failure into its error with `fail`.
 */

/** Status codes worth another attempt: rate limited, or a server / gateway error. */
export const RETRIED_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** How a vendor client's caller tunes its requests (tests shorten the waits). */
export interface RetryOptions {
  /** fetch to use (tests pass none: the global one reaches the fake server). */
  fetch?: typeof fetch;
  /** Attempts for 429 and 5xx (and network errors), including the first. Default 4. */
  attempts?: number;
  /** Backoff unit in ms: waits are unit × 2^attempt (or Retry-After). Default 500. */
  backoffUnitMs?: number;
  /** Per-request timeout in ms. Default: the client's (GitLab 30 s, MLflow 60 s). */
  timeoutMs?: number;
  /** Longest wait for one Retry-After, in ms. Default 60 s. */
  maxRetryAfterMs?: number;
}

/** The policy for a client: its options with the defaults filled in, scrubbing the given secrets (those under 3 characters are left alone). */
export function retryPolicy(options: RetryOptions, defaults: { timeoutMs: number; secrets: ReadonlyArray<string | undefined> }): RetryPolicy {
  const secrets = defaults.secrets.filter((s): s is string => typeof s === 'string' && s.length >= 3);
  return {
    fetch: options.fetch ?? fetch,
    attempts: options.attempts ?? 4,
    backoffUnitMs: options.backoffUnitMs ?? 500,
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    scrub: (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text),
  };
}

/** An API's root as requests and messages use it: the URL without credentials, query, fragment or trailing slash. */
export function apiRoot(base: URL): string {
  const root = new URL(base.href);
  root.username = '';
  root.password = '';
  root.search = '';
  root.hash = '';
  return root.href.replace(/\/+$/, '');
}

export interface RetryPolicy {
  /** fetch to use. */
  fetch: typeof fetch;
  /** Attempts for 429 and 5xx (and network errors), including the first (at least 1). */
  attempts: number;
  /** Backoff unit in ms: waits are unit × 2^(attempt-1), or Retry-After. */
  backoffUnitMs: number;
  /** Per-request timeout in ms. */
  timeoutMs: number;
  /** Longest wait for one Retry-After, in ms. */
  maxRetryAfterMs: number;
  /** Removes the client's secrets from a text (error messages, response bodies). */
  scrub: (text: string) => string;
}

/** Why a request gave up: the server could not be reached, or it answered with a status that is not OK. */
export type HttpFailure =
  | { kind: 'unreachable'; attempts: number; message: string }
  | { kind: 'status'; attempts: number; status: number; retryable: boolean; text: string };

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers: Record<string, string>;
  /** Sent as JSON (with content-type application/json) when given. */
  body?: unknown;
  redirect?: 'error' | 'follow' | 'manual';
}

/** Sends the request until it succeeds or the attempts run out; returns the OK response or throws `fail(failure)`. */
export async function requestWithRetries(url: URL, request: JsonRequest, policy: RetryPolicy, fail: (failure: HttpFailure) => Error): Promise<Response> {
  const attempts = Math.max(1, policy.attempts);
  const backoff = (attempt: number) => policy.backoffUnitMs * 2 ** (attempt - 1);
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await policy.fetch(url, {
        method: request.method,
        headers: request.body === undefined ? request.headers : { ...request.headers, 'content-type': 'application/json' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        ...(request.redirect ? { redirect: request.redirect } : {}),
        signal: AbortSignal.timeout(policy.timeoutMs),
      });
    } catch (error) {
      if (attempt < attempts) {
        await sleep(backoff(attempt));
        continue;
      }
      throw fail({ kind: 'unreachable', attempts, message: policy.scrub((error as Error).message) });
    }
    if (response.ok) return response;
    const text = policy.scrub(await response.text().catch(() => ''));
    const retryable = RETRIED_STATUSES.has(response.status);
    if (retryable && attempt < attempts) {
      await sleep(Math.min(retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt), policy.maxRetryAfterMs));
      continue;
    }
    throw fail({ kind: 'status', attempts, status: response.status, retryable, text });
  }
}

/** A Retry-After header in ms: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
