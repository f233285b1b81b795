// `holdout validate`: data against a table schema (and a reference), as the
// validate-data action runs it; loaded only when the command is validate.

import { resultsText } from '../shared/results/io.js';
import { renderValidationSummary } from '../shared/report/validation.js';
import type { ValidateProgress } from '../shared/validate/run.js';
import { isDataPackagePath } from '../shared/package/datapackage.js';
import { defaultText, flagTable } from '../shared/steps/options.js';
import { runValidateData, validateDataOptions } from '../shared/steps/validate-data.js';
import { formatCount } from '../shared/count.js';
import { formatValidationText, sanitizeTerminal } from './text.js';
import { cliEnvironment, EXIT, parse, UsageError, type CliIo } from './common.js';
import { CODE_QUALITY_FLAG, writeCodeQuality } from './gitlab.js';
import { exitFor, oneOf, stepFlags, writeResultsWhere } from './step-command.js';

const VALIDATE_USAGE = `Usage: holdout validate <data...> --schema <file> [options]

Validates data files (CSV, TSV, JSON Lines, Parquet; optionally .gz) against a
Frictionless Table Schema with holdout extensions. Given a Frictionless data
package (datapackage.json), validates each of its resources with its own
schema and dialect, foreign keys included.

With --reference, every column is also checked for drift against the
reference (a dataset, or a profile written with --profile-out).

Options:
  --schema <file>        table schema (JSON or YAML)   (required, except for a data package)
  --reference <file>     dataset or profile to check drift against
  --profile-out <file>   write this data's profile (a reference for later runs)
  --shard <i/n>          validate shard i of n (1 ≤ i ≤ n); merge the documents with --merge
  --shard-by <column>    split rows by a hash of this column (unique/primaryKey across shards)
  --merge                the arguments are shard results documents: merge them into one verdict
  --out <file>           write the results document (JSON) here (default ${defaultText(validateDataOptions['results-file'])})
  --format <format>      text (default), json or markdown
  --max-errors <n>       errors to print (default 20)
  --fail-on <level>      fail (default), warn or never
  --junit <file>         also write the results as JUnit XML (one test case per check)
  --kubeflow-metrics <file>  also write Kubeflow Pipelines' metrics output (mlpipeline-metrics JSON)
  --gitlab-code-quality <file>  write the errors as a GitLab Code Quality report (docs/gitlab.md)
  -h, --help             show this help`;

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    ...flagTable(validateDataOptions),
    merge: { type: 'boolean' },
    out: { type: 'string' },
    format: { type: 'string' },
    'max-errors': { type: 'string' },
    ...CODE_QUALITY_FLAG,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(VALIDATE_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError(values.merge ? 'validate --merge needs the shard results documents' : 'validate needs at least one data file');
  if (values['shard-by'] !== undefined && values.shard === undefined) throw new UsageError('--shard-by needs --shard i/n');
  if (typeof values.schema !== 'string' && !positionals.some(isDataPackagePath)) throw new UsageError('validate needs --schema <file> (or a data package, datapackage.json)');
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  const maxErrors = values['max-errors'] === undefined ? 20 : Number(values['max-errors']);
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new UsageError('--max-errors must be a whole number');
  const options = { ...stepFlags(validateDataOptions, values), ...(values.merge ? { merge: positionals } : { data: positionals }), ...(typeof values.out === 'string' ? { 'results-file': values.out } : {}) };

  const progress = progressLine(io);
  const result = await runValidateData(options, await cliEnvironment(io), { onProgress: progress?.update, minErrorSamples: maxErrors });
  progress?.done();
  const { document } = result;
  await writeResultsWhere(result, values.out, io);
  await writeCodeQuality(values, [document], io);
  if (format === 'json') io.stdout(resultsText(document));
  else if (format === 'markdown') io.stdout(renderValidationSummary(document, { maxErrors }));
  else io.stdout(formatValidationText(document, { maxErrors, color: io.isTty }));
  return exitFor(result, io);
}

/** A rows/s line on a terminal while data is read; nothing elsewhere (logs stay clean). */
function progressLine(io: CliIo): { update: (p: ValidateProgress) => void; done: () => void } | undefined {
  const write = io.statusLine;
  if (!write) return undefined;
  const now = io.now ?? (() => performance.now());
  const started = now();
  return {
    update: (p) => {
      const seconds = (now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(p.rows / seconds) : 0;
      write(`${sanitizeTerminal(p.file)}: ${formatCount(p.rows)} rows read (${formatCount(rate)} rows/s)`);
    },
    done: () => write(undefined),
  };
}
