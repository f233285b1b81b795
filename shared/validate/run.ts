// validateData: the validate-data step as a pure function of its inputs:
// data files + schema → one results document. Bad input (unreadable file,
// bad schema) does not throw: it becomes an `error` check, so a complete
// document is always written, and is returned as `problems` for the entry
// to turn into exit status 2 / a failed step.

import { ConfigurationError } from '../errors.js';
import { openTable } from '../data/table.js';
import { expandPaths, type ResolvedPath } from '../data/paths.js';
import { RESULTS_VERSION, type Check, type DataError, type TableSummary, type ValidateDataResults } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { loadTableSchema, type CompiledSchema } from '../schema/load.js';
import { validateTable, type ValidateOptions } from './table.js';

export interface ValidateDataInput {
  /** Paths or globs of the data files. */
  data: readonly string[];
  /** Directory the data paths are relative to (the workspace); display paths are relative to it. */
  baseDir: string;
  schemaPath: string;
  /** Schema path as shown to users. */
  schemaDisplayPath?: string;
  title?: string;
  gitSha?: string;
  now?: Date;
  options?: ValidateOptions;
}

export interface ValidateDataOutcome {
  document: ValidateDataResults;
  /** User mistakes met on the way (each already recorded as an `error` check). */
  problems: ConfigurationError[];
}

export async function validateData(input: ValidateDataInput): Promise<ValidateDataOutcome> {
  const problems: ConfigurationError[] = [];
  const checks: Check[] = [];
  const tables: TableSummary[] = [];
  const errors: DataError[] = [];
  const maxSamples = input.options?.maxErrorSamples ?? 1000;
  const schemaShown = input.schemaDisplayPath ?? input.schemaPath;
  let schema: CompiledSchema | undefined;
  try {
    schema = await loadTableSchema(input.schemaPath);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const shown = relocate(error, input.schemaPath, schemaShown);
    problems.push(shown);
    checks.push(problemCheck(`${schemaShown}#schema`, 'Schema is valid', shown));
  }
  let files: ResolvedPath[] = [];
  try {
    files = await expandPaths(input.data, input.baseDir);
    if (files.length === 0) throw new ConfigurationError('no data files were given');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problems.push(error);
    checks.push(problemCheck('data', 'Data files are found', error));
  }
  for (const file of schema ? files : []) {
    try {
      const table = await openTable(file.path, { displayPath: file.displayPath });
      const result = await validateTable(table, schema!, input.options);
      tables.push(result.summary);
      checks.push(...result.checks);
      for (const e of result.errors) if (errors.length < maxSamples) errors.push(e);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(error);
      checks.push(problemCheck(`${file.displayPath}#readable`, `${file.displayPath} is readable`, error));
      tables.push({ file: file.displayPath, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
    }
  }
  const status = worstStatus(checks.map((c) => c.status));
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  const errorCount = tables.reduce((sum, t) => sum + t.errorCount, 0);
  const document: ValidateDataResults = {
    holdout: RESULTS_VERSION,
    kind: 'validate-data',
    title: input.title ?? 'Data validation',
    status,
    createdAt: (input.now ?? new Date()).toISOString(),
    subject: {
      files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
      gitSha: input.gitSha,
      schema: schema ? { path: schemaShown, sha256: schema.sha256 } : { path: schemaShown },
    },
    checks,
    data: { tables, rows, errorCount, errors },
  };
  return { document, problems };
}

function relocate(error: ConfigurationError, path: string, shown: string): ConfigurationError {
  if (error.file !== path || path === shown) return error;
  return new ConfigurationError(error.reason, { file: shown, line: error.line, key: error.key });
}

function problemCheck(id: string, title: string, error: ConfigurationError): Check {
  return {
    id,
    title,
    status: 'error',
    message: error.message,
    count: 1,
    locations: error.file ? [{ file: error.file, line: error.line }] : [],
  };
}
