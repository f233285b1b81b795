// A step's problems as it meets them: each user mistake (ConfigurationError)
// becomes an `error` check naming the file and line, and is kept for the
// step's annotations, so a complete results document is always written.

import { ConfigurationError } from '../errors.js';
import type { Check, DataError, TableSummary } from './schema.js';

/** The `error` check a user mistake becomes. */
export function problemCheck(id: string, title: string, error: ConfigurationError): Check {
  return { id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] };
}

export class ProblemLog {
  readonly problems: ConfigurationError[] = [];
  readonly checks: Check[] = [];

  /** Records a ConfigurationError as an `error` check; anything else is a bug and is thrown on. */
  fail(error: unknown, id: string, title: string): void {
    if (!(error instanceof ConfigurationError)) throw error;
    this.problems.push(error);
    this.checks.push(problemCheck(id, title, error));
  }

  /** Runs `read`; a user mistake in it is recorded (as `fail`) and gives undefined. */
  async attempt<T>(read: () => Promise<T>, id: string, title: string): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      this.fail(error, id, title);
      return undefined;
    }
  }
}

/** A data run's log: its problems, and the tables and data errors it reports. */
export class DataRunLog extends ProblemLog {
  readonly tables: TableSummary[] = [];
  readonly errors: DataError[] = [];

  /** A data file that cannot be read: an `error` check and a table that says why. */
  unreadableTable(file: string, error: unknown): void {
    this.fail(error, `${file}#readable`, `${file} is readable`);
    this.tables.push({ file, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: (error as ConfigurationError).message });
  }
}
