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
