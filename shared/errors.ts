// ConfigurationError: a mistake the user can fix (bad input file, bad schema,
// bad flag). Entries turn it into one clear line (exit 2 in the CLI, a failed
// step in Actions); anything else is a bug and keeps its stack trace.

export interface ErrorLocation {
  /** File the mistake is in, as the user named it. */
  file?: string;
  /** 1-based physical line in that file. */
  line?: number;
  /** Key path inside a config file, e.g. `fields[2].constraints.minimum`. */
  key?: string;
}

export class ConfigurationError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly key?: string;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: ErrorLocation = {}) {
    super(formatLocated(reason, location));
    this.name = 'ConfigurationError';
    this.reason = reason;
    this.file = location.file;
    this.line = location.line;
    this.key = location.key;
  }
}

function formatLocated(reason: string, { file, line, key }: ErrorLocation): string {
  let prefix = '';
  if (file) prefix = line ? `${file}:${line}: ` : `${file}: `;
  if (key) prefix += `${key}: `;
  return prefix + reason;
}

/**
 * The default branch of a switch that covers every member of a union:
 * `default: return assertNever(x)` does not compile while a member is left
 * out, and a value outside the type at run time (a bug) throws.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

/**
 * A GitHub API call that failed in a way the user acts on (a permission to
 * grant, a pull request that does not exist, content GitHub refused) or that
 * GitHub kept failing after the retries: one line naming the call and what to
 * do, never "internal error". It is a ConfigurationError, so every entry
 * already prints it as that one line; `status` is the HTTP status, so callers
 * that tolerate a status (403 on a fork's token, 404 on a race) still can.
 */
export class GitHubApiError extends ConfigurationError {
  readonly status: number;
  /** The call as sent: `POST /repos/o/r/issues/2/comments`. */
  readonly call: string;
  /** The permission that lets the token make the call, e.g. `pull-requests: write`. */
  readonly permission?: string;
  /** What GitHub said, alone (`Resource not accessible by integration`), for callers that word the line themselves. */
  readonly said: string;

  constructor(reason: string, details: { status: number; call: string; said: string; permission?: string; cause?: unknown }) {
    super(reason);
    this.name = 'GitHubApiError';
    this.status = details.status;
    this.call = details.call;
    this.said = details.said;
    this.permission = details.permission;
    if (details.cause !== undefined) (this as { cause?: unknown }).cause = details.cause;
  }
}
