// The `holdout` command: the same core as the actions, for local runs and
// other CI systems. Exit 0 on pass or warn, 1 on fail, 2 on bad input or usage.

import { join, resolve } from 'node:path';
import { VERSION } from '../shared/version.js';
import { writeFileAtomic } from '../shared/io/atomic.js';
import { renderComparisonSummary } from '../shared/report/comparison.js';
import { ConfigurationError } from '../shared/errors.js';
import { resultsText, writeResults } from '../shared/results/io.js';
import { renderValidationSummary } from '../shared/report/validation.js';
import type { ValidateProgress } from '../shared/validate/run.js';
import { readProfile, writeProfile } from '../shared/profile/io.js';
import { mergeProfiles, type Profile } from '../shared/profile/profile.js';
import { compareProfiles } from '../shared/validate/drift.js';
import { loadTableSchema } from '../shared/schema/load.js';
import { isDataPackagePath } from '../shared/package/datapackage.js';
import { DEFAULT_MISSING_MARKERS, inferSchema } from '../shared/schema/infer.js';
import { openTable } from '../shared/data/table.js';
import { expandPaths } from '../shared/data/paths.js';
import { userFile } from '../shared/io/user-file.js';
import { DEFAULT_RESULTS_GLOB } from '../shared/steps/common.js';
import { collectResults } from '../shared/results/collect.js';
import { compareMetricsOptions, runCompareMetrics } from '../shared/steps/compare-metrics.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { gateOptions, runGate } from '../shared/steps/gate.js';
import { defaultText, flagHelp, flagTable, optionsFromText, type OptionsOf, type OptionsSpec } from '../shared/steps/options.js';
import { COMMENT_BUDGET, reportOptions, runReport } from '../shared/steps/report.js';
import type { StepResult } from '../shared/steps/step.js';
import { runValidateData, validateDataOptions, type ValidateDataOptions } from '../shared/steps/validate-data.js';
import { stringify as toYaml } from 'yaml';
import { comparisonVerdict, formatComparisonText, formatGateText, formatReportText, formatValidationText, sanitizeTerminal } from './text.js';
import { cliEnvironment, EXIT, parse, UsageError, type CliIo } from './common.js';
import { runCommand } from './run.js';
import { monitorCommand } from './monitor.js';
import { modelCardCommand } from './modelcard.js';
import { formatCount } from '../shared/count.js';
import { CODE_QUALITY_FLAG, EXIT_NOT_POSTED, gitLabNoteWorkflow, NOTE_FLAGS, postGitLabNote, writeCodeQuality } from './gitlab.js';
import { reportMarker } from '../shared/report/report.js';
import { stickyKey } from '../shared/github/comment.js';

export { EXIT, type CliIo };

const USAGE = `holdout — continuous delivery checks for ML models

Usage:
  holdout validate <data...> --schema <file> [--reference <data|profile>] [--profile-out <file>] [--shard i/n] [--out <file>]
  holdout validate datapackage.json [--out <file>]
  holdout validate --merge <shard results...> --schema <file> [--reference <data|profile>] [--out <file>]
  holdout infer-schema <data...> [--out <schema.yaml>] [--profile-out <file>]
  holdout merge-profiles <profiles...> --out <file> [--schema <file> --reference <profile>]
  holdout compare --candidate <file> --baseline <source> [--policy <file>] [--out <file>] [--format text|json|markdown]
  holdout report [<results...>] [--out <file>] [--title <title>] [--gitlab-note] [--gitlab-code-quality <file>]
  holdout gate [<results...>] [--fail-on fail|warn] [--commit <sha>] [--audit-file <file>]
  holdout run [--config .github/holdout.yml] [--dry-run] [--commit <sha>]
  holdout monitor <production data...> --schema <file> --reference <profile> [--kpis <file> --kpi-baseline <source>] [--config <file>]
  holdout model-card <card.md> [--write [--results <glob>...]] [--section <spec>...] [--policy fail|warn]
  holdout demo [--examples <dir>] [--out-dir <dir>]
  holdout --help | --version

validate and compare write their results documents into holdout-results/,
where report and gate read them; run does all of it as the root action does.
Every step also takes --junit <file> (a JUnit XML report, one test case per
check) and --kubeflow-metrics <file> (Kubeflow Pipelines' metrics output).
In GitLab CI, --gitlab-code-quality <file> (validate, compare, report, run)
writes a Code Quality report and report --gitlab-note posts the merge request
note (docs/gitlab.md).

Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

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

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(USAGE + '\n');
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io);
      case 'demo':
        return await demoCommand(rest, io);
      case 'infer-schema':
        return await inferSchemaCommand(rest, io);
      case 'merge-profiles':
        return await mergeProfilesCommand(rest, io);
      case 'compare':
        return await compareCommand(rest, io);
      case 'report':
        return await reportCommand(rest, io);
      case 'gate':
        return await gateCommand(rest, io);
      case 'run':
        return await runCommand(rest, io);
      case 'monitor':
        return await monitorCommand(rest, io);
      case 'model-card':
        return await modelCardCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`holdout: ${error.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConfigurationError) {
      io.stderr(`holdout: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}


function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
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

/**
 * Writes the step's files and its results document: to --out when given, else
 * where the step puts it (holdout-results/<step>.json), which report and gate
 * read by default.
 */
async function writeResultsWhere(result: StepResult, out: string | boolean | undefined, io: CliIo): Promise<void> {
  await writeStepFiles({ ...result, resultsPath: typeof out === 'string' ? resolve(io.cwd, out) : result.resultsPath });
}

/** A step's options from the command's flags; a bad value is a usage mistake. */
function stepFlags<S extends OptionsSpec>(spec: S, values: Record<string, string | boolean | undefined>): OptionsOf<S> {
  try {
    return optionsFromText(spec, 'flag', (name) => (typeof values[name] === 'string' ? values[name] : undefined));
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
}

/** Exit status from what the step decided: 2 for bad input, 1 for a failing verdict. */
function exitFor(result: StepResult, io: CliIo): number {
  if (result.failure?.kind === 'input') {
    io.stderr(`holdout: ${result.failure.message.split('\n').join('\nholdout: ')}\n`);
    return EXIT.usage;
  }
  return result.failure ? EXIT.failed : EXIT.ok;
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

const INFER_USAGE = `Usage: holdout infer-schema <data...> [options]

Reads the data once and writes a DRAFT table schema — types, required,
missing-value markers, the sign of numeric columns (their ranges with
--ranges), enums only for low-cardinality columns whose every value repeats,
primary key candidates — and, with --profile-out, the data's profile to use
as the drift reference. Review the draft before relying on it.

Options:
  --out <file>              write the schema here (.yaml/.yml or .json); default: standard output (YAML)
  --profile-out <file>      write the data's profile here
  --missing-values <list>   cells read as missing, comma-separated (an empty item is the empty cell);
                            default ${JSON.stringify(DEFAULT_MISSING_MARKERS.join(','))}
  --delimiter <char>        the CSV delimiter (default: sniffed)
  --ranges                  write each numeric column's observed range, widened by 10% each side
  -h, --help                show this help`;

async function inferSchemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' }, 'profile-out': { type: 'string' }, 'missing-values': { type: 'string' }, delimiter: { type: 'string' }, ranges: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(INFER_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('infer-schema needs at least one data file');
  const delimiter = values.delimiter as string | undefined;
  if (delimiter !== undefined && delimiter.length !== 1) throw new UsageError('--delimiter must be one character');
  const files = await expandPaths(positionals, io.cwd);
  const tables = [];
  for (const file of files) tables.push(await openTable(file, delimiter ? { dialect: { delimiter } } : {}));
  const profileOut = values['profile-out'] as string | undefined;
  const missingValues = typeof values['missing-values'] === 'string' ? values['missing-values'].split(',') : undefined;
  const inferred = await inferSchema(tables, files.map((f) => f.display).join(', '), { missingValues, ranges: values.ranges === true, profile: profileOut !== undefined });
  const out = values.out as string | undefined;
  const json = out !== undefined && out.endsWith('.json');
  const text = json
    ? JSON.stringify(inferred.schema, null, 2) + '\n'
    : `# DRAFT table schema inferred by holdout infer-schema — review before use.\n${toYaml(inferred.schema, { lineWidth: 0 })}`;
  if (out !== undefined) await writeFileAtomic(resolve(io.cwd, out), text);
  else io.stdout(text);
  if (profileOut !== undefined) await writeProfile(resolve(io.cwd, profileOut), inferred.profile);
  for (const warning of inferred.warnings) io.stderr(`holdout: warning: ${warning}\n`);
  const fields = (inferred.schema.fields as unknown[]).length;
  io.stderr(`holdout: drafted ${fields} field${fields === 1 ? '' : 's'} from ${formatCount(inferred.rows)} rows${inferred.primaryKeyCandidates.length ? `; primary key candidates: ${inferred.primaryKeyCandidates.join(', ')}` : ''}${out ? ` → ${out}` : ''}${profileOut ? `; profile → ${profileOut}` : ''}\n`);
  return EXIT.ok;
}

const MERGE_USAGE = `Usage: holdout merge-profiles <profiles...> --out <file> [options]

Merges profiles written by validate --profile-out (or infer-schema) on parts
of one dataset — shards of a matrix — into the profile of the whole: counts,
bounds, moments and histograms exactly. With --schema and --reference it
also checks the merged profile's drift and exits 1 on a failed check. (To
merge shard results documents into the full verdict, use validate --merge.)

Options:
  --out <file>          write the merged profile here
  --schema <file>       table schema, for drift settings
  --reference <file>    reference profile to check drift against
  -h, --help            show this help`;

async function mergeProfilesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, schema: { type: 'string' }, reference: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(MERGE_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('merge-profiles needs the profiles to merge');
  if ((values.reference === undefined) !== (values.schema === undefined)) throw new UsageError('--reference and --schema go together');
  if (values.out === undefined && values.reference === undefined) throw new UsageError('merge-profiles needs --out <file> (or --schema and --reference to check drift)');
  const files = await expandPaths(positionals, io.cwd, 'profile');
  const profiles: Profile[] = [];
  for (const file of files) profiles.push(await readProfile(file));
  const reference = typeof values.reference === 'string' ? await readProfile(userFile(io.cwd, values.reference)) : undefined;
  const merged = mergeProfiles(profiles, (column) => new Set(Object.keys(reference?.columns[column]?.categories?.counts ?? {})));
  if (typeof values.out === 'string') await writeProfile(resolve(io.cwd, values.out), merged);
  io.stderr(`holdout: merged ${profiles.length} profile${profiles.length === 1 ? '' : 's'} (${formatCount(merged.rows)} rows)${values.out ? ` → ${String(values.out)}` : ''}\n`);
  if (!reference) return EXIT.ok;
  const schema = await loadTableSchema(userFile(io.cwd, values.schema as string));
  const { checks } = compareProfiles({ schema: schema.descriptor, reference, referenceInfo: { path: values.reference as string }, current: merged });
  for (const check of checks) io.stdout(sanitizeTerminal(`${check.status.toUpperCase().padEnd(5)} ${check.title}: ${check.message}`) + '\n');
  return checks.some((c) => c.status === 'fail' || c.status === 'error') ? EXIT.failed : EXIT.ok;
}

const DEMO_USAGE = `Usage: holdout demo [--examples <dir>] [--out-dir <dir>]

Runs the whole pipeline offline on the example data shipped with holdout
(examples/, generated with a fixed seed by scripts/make-examples.mjs):
validates a clean and a broken copy of the example churn table against its
schema; checks this month's churn data against the training data for drift;
compares a candidate model's holdout predictions with the production model's
under the example policy; writes the results documents, report.md (the pull
request comment) and the gate's audit record, and prints the verdict.`;

async function demoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { examples: { type: 'string' }, 'out-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(DEMO_USAGE + '\n');
    return EXIT.ok;
  }
  const examples = resolve(io.cwd, (values.examples as string | undefined) ?? io.examplesDir);
  const outDir = resolve(io.cwd, (values['out-dir'] as string | undefined) ?? 'holdout-results/demo');
  // The same steps the actions run, on the examples as the workspace.
  const env = await cliEnvironment({ ...io, cwd: examples });
  const verdicts: string[] = [];
  const validate = async (data: string, extra: Partial<ValidateDataOptions>, title?: string) => {
    const result = await runValidateData({ ...stepFlags(validateDataOptions, { schema: 'validate/schema.yaml' }), data: [data], ...extra }, env, { title });
    if (result.failure?.kind === 'input') throw new ConfigurationError(result.failure.message);
    return result.document;
  };
  for (const name of ['passing', 'failing']) {
    const document = await validate(`validate/${name}.csv`, {});
    io.stdout(`\n== holdout validate examples/validate/${name}.csv ==\n`);
    io.stdout(formatValidationText(document, { maxErrors: 20, color: io.isTty }));
    await writeResults(join(outDir, `validate-${name}.json`), document);
    await writeFileAtomic(join(outDir, `validate-${name}.md`), renderValidationSummary(document));
    verdicts.push(`${name}.csv: ${document.status} (${document.data.errorCount} errors)`);
  }
  // This month's data against what the model was trained on.
  const drifted = await validate('drift/current.csv', { reference: 'drift/reference.csv' }, 'Data validation: this month');
  const drift = drifted.data.drift!;
  io.stdout('\n== holdout validate examples/drift/current.csv --reference examples/drift/reference.csv ==\n');
  io.stdout(formatValidationText(drifted, { maxErrors: 20, color: io.isTty }));
  await writeResults(join(outDir, 'validate-drift.json'), drifted);
  const driftedNames = drift.columns.filter((c) => c.status === 'fail').map((c) => c.column);
  verdicts.push(`drift: ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted${driftedNames.length ? ` (${driftedNames.join(', ')})` : ''}`);

  const compared = await runCompareMetrics(
    stepFlags(compareMetricsOptions, { candidate: 'compare/candidate-predictions.csv', baseline: 'compare/baseline-predictions.csv', policy: 'compare/policy.yaml' }),
    env,
  );
  if (compared.failure?.kind === 'input') throw new ConfigurationError(compared.failure.message);
  io.stdout('\n== holdout compare examples/compare (candidate vs production baseline) ==\n');
  io.stdout(formatComparisonText(compared.document, io.isTty));
  await writeResults(join(outDir, 'compare-metrics.json'), compared.document);
  await writeFileAtomic(join(outDir, 'compare-metrics.md'), compared.summary);
  verdicts.push(`comparison: ${compared.document.status} (${comparisonVerdict(compared.document)})`);

  // The pull request of this month's data and the candidate: its comment, and the gate.
  const pipeline = [join(outDir, 'validate-drift.json'), join(outDir, 'compare-metrics.json')];
  const report = await runReport({ ...stepFlags(reportOptions, { title: 'holdout demo' }), 'comment-key': 'demo', comment: 'never', 'job-summary': false, results: pipeline }, env);
  await writeFileAtomic(join(outDir, 'report.md'), report.markdown);
  // Beside the results, not among them: the audit record is not a results document.
  const gate = await runGate({ ...stepFlags(gateOptions, {}), results: pipeline, 'audit-file': join(outDir, 'audit/gate-audit.json') }, env);
  await writeStepFiles(gate, { results: false });
  const decision = gate.decision!;
  io.stdout(`\nReport (the pull request comment): ${sanitizeTerminal(report.verdict)}\n`);
  io.stdout(`Gate: ${decision.decision.toUpperCase()} — ${sanitizeTerminal(decision.reason)}\n`);
  io.stdout(`\nDemo verdicts: ${verdicts.join('; ')}; gate: ${decision.decision}\nResults documents and report.md in ${outDir}, the gate's audit record in ${join(outDir, 'audit')}\n`);
  return EXIT.ok;
}

const COMPARE_USAGE = `Usage: holdout compare --candidate <file> --baseline <source> [options]

Compares a candidate model with the production baseline under a policy.
Candidate and baseline are metrics files (JSON, YAML, CSV) or predictions
files (CSV, JSON Lines, Parquet); with predictions of both on the same ids
the comparison is paired and noise-aware. git: baselines are read from the
local repository; artifact: and deployment: need GITHUB_TOKEN and
GITHUB_REPOSITORY.

Options:
${flagHelp(compareMetricsOptions)}
  --out <file>             write the results document (JSON) here (default ${defaultText(compareMetricsOptions['results-file'])})
  --format <format>        text (default), json or markdown
  --gitlab-code-quality <file>  write the failed checks as a GitLab Code Quality report (docs/gitlab.md)
  -h, --help               show this help`;

async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { ...flagTable(compareMetricsOptions), out: { type: 'string' }, format: { type: 'string' }, ...CODE_QUALITY_FLAG, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(COMPARE_USAGE + '\n');
    return EXIT.ok;
  }
  if (typeof values.candidate !== 'string') throw new UsageError('compare needs --candidate <file>');
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  // --out is where the results go, for the JUnit report's file names too.
  const options = { ...stepFlags(compareMetricsOptions, values), ...(typeof values.out === 'string' ? { 'results-file': values.out } : {}) };
  const needsApi = options.baseline !== undefined && /^(artifact|deployment):/.test(options.baseline.trim());
  const result = await runCompareMetrics(options, await cliEnvironment(io, needsApi ? await io.gitHub?.() : undefined));
  const { document } = result;
  await writeResultsWhere(result, values.out, io);
  await writeCodeQuality(values, [document], io);
  if (format === 'json') io.stdout(resultsText(document));
  else if (format === 'markdown') io.stdout(renderComparisonSummary(document));
  else io.stdout(formatComparisonText(document, io.isTty));
  return exitFor(result, io);
}

const REPORT_USAGE = `Usage: holdout report [<results...>] [options]

Renders the pull-request report (markdown) from results documents, as the
report action posts it.

Options:
  <results...>       results documents or globs (default ${DEFAULT_RESULTS_GLOB})
${flagHelp(reportOptions)}
  --out <file>       write the markdown here instead of standard output
  --budget <chars>   size limit, cutting sections least important first (default ${COMMENT_BUDGET})
  --gitlab-note      in a GitLab merge request pipeline, post the report as the merge
                     request's note, or update it (needs HOLDOUT_GITLAB_TOKEN; docs/gitlab.md)
  --note-key <key>   one note per key on a merge request (default "default")
  --gitlab-code-quality <file>  write the findings as a GitLab Code Quality report
  -h, --help         show this help

Exit status: 0 reported, 2 bad input or usage (a results file not read, or
--gitlab-note without its variables or token), ${EXIT_NOT_POSTED} the GitLab note could not be posted.`;

async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...flagTable(reportOptions), out: { type: 'string' }, budget: { type: 'string' }, ...NOTE_FLAGS, ...CODE_QUALITY_FLAG, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return EXIT.ok;
  }
  const budget = numberFlag(values, 'budget', COMMENT_BUDGET, (n) => Number.isInteger(n) && n >= 1000);
  // A GitLab note's marker names the project and the key, as a GitHub comment's names the workflow and the key.
  const gitlabNote = values['gitlab-note'] === true;
  const noteKey = typeof values['note-key'] === 'string' ? values['note-key'] : 'default';
  const key = gitlabNote ? noteKey : 'cli';
  const workflow = gitlabNote ? gitLabNoteWorkflow(io) : undefined;
  const options = { ...stepFlags(reportOptions, values), 'comment-key': key, comment: 'never' as const, 'job-summary': false, ...(positionals.length ? { results: positionals } : {}) };
  const result = await runReport(options, { ...(await cliEnvironment(io)), workflow }, { budget });
  if (typeof values.out === 'string') await writeFileAtomic(resolve(io.cwd, values.out), result.markdown);
  // A terminal gets the report as text; a pipe or --out the Markdown the comment posts.
  else io.stdout(io.isTty ? formatReportText(result.documents, result.verdict, true) : result.markdown);
  // --junit and --kubeflow-metrics (the step's scratch copy of the markdown stays unwritten).
  await writeStepFiles({ document: undefined, files: result.files.filter((f) => f.path !== result.outputs['markdown-file']) });
  await writeCodeQuality(values, result.documents, io);
  // The note is posted even when a file was not read: it says so, as the job's exit status does.
  const posted = gitlabNote ? await postGitLabNote(result.markdown, reportMarker(stickyKey({ workflow, key })), io) : undefined;
  if (result.unread > 0) return EXIT.usage;
  return posted ?? EXIT.ok;
}

function numberFlag(values: Record<string, string | boolean | undefined>, name: string, fallback: number, check: (n: number) => boolean): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} got "${String(raw)}", which is out of range`);
  return n;
}

const GATE_USAGE = `Usage: holdout gate [<results...>] [options]

Decides pass or fail from results documents, as the gate action does (without
GitHub: no check run, no overrides), and writes the audit record. With no
results documents to read it is a usage mistake (exit 2) and writes nothing.

Options:
  <results...>          results documents or globs (default ${DEFAULT_RESULTS_GLOB})
${flagHelp(gateOptions)}
  --commit <sha>        the commit being gated: documents made for another one fail
  -h, --help            show this help

Exit status: 0 pass, 1 fail, 2 bad input or usage.`;

async function gateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...flagTable(gateOptions), commit: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(GATE_USAGE + '\n');
    return EXIT.ok;
  }
  const options = { ...stepFlags(gateOptions, values), ...(positionals.length ? { results: positionals } : {}) };
  // Nothing to decide on is a usage mistake (run validate or compare first), not a verdict: no audit record.
  const found = await collectResults(options.results, io.cwd);
  if (found.documents.length === 0) {
    const why = found.problems.map((p) => p.message).join('; ') || `no results documents in ${options.results.join(', ')}`;
    io.stderr(`holdout: gate has no results documents to decide on (${why}); run validate or compare first, or name the documents\n`);
    return EXIT.usage;
  }
  const result = await runGate(options, await (async () => {
    const env = await cliEnvironment(io);
    return typeof values.commit === 'string' ? { ...env, commit: values.commit } : env;
  })());
  // The audit record only: the CLI's gate leaves the results directory as it found it.
  await writeStepFiles(result, { results: false });
  io.stdout(formatGateText(result, io.isTty));
  return exitFor(result, io);
}
