// The `holdout` command: the same core as the actions, for local runs and
// other CI systems. Exit 0 on pass or warn, 1 on fail, 2 on bad input or usage.

import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { VERSION } from '../shared/version.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeFileAtomic } from '../shared/io/atomic.js';
import { resolveBaseline, type RemoteFetcher } from '../shared/baseline/resolve.js';
import { loadPolicy } from '../shared/compare/policy.js';
import { compareModels, type CompareInput, type CompareOutcome } from '../shared/compare/run.js';
import { renderComparisonSummary } from '../shared/report/comparison.js';
import { renderReport } from '../shared/report/report.js';
import { renderGateSummary } from '../shared/report/gate.js';
import { collectResults } from '../shared/results/collect.js';
import { decide } from '../shared/gate/decision.js';
import { buildAuditRecord, serializeAudit } from '../shared/gate/audit.js';
import { ConfigurationError } from '../shared/errors.js';
import { writeResults } from '../shared/results/io.js';
import { renderValidationSummary } from '../shared/report/validation.js';
import { parseShard, validateData, type ValidateDataInput, type ValidateDataOutcome, type ValidateProgress } from '../shared/validate/run.js';
import { readProfile, writeProfile } from '../shared/profile/io.js';
import { mergeProfiles, type Profile } from '../shared/profile/profile.js';
import { compareProfiles } from '../shared/validate/drift.js';
import { loadTableSchema } from '../shared/schema/load.js';
import { inferSchema } from '../shared/schema/infer.js';
import { openTable } from '../shared/data/table.js';
import { expandPaths } from '../shared/data/paths.js';
import { stringify as toYaml } from 'yaml';
import { formatComparisonText, formatValidationText, sanitizeTerminal } from './text.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
  /** The examples shipped with holdout (for `demo`). */
  examplesDir: string;
  /** How validation runs (the process entry puts it in a worker thread); defaults to in-process. */
  validateData?: (input: ValidateDataInput, hooks?: { onProgress?: (p: ValidateProgress) => void }) => Promise<ValidateDataOutcome>;
  /** Set when standard error is a terminal: rewrites one status line in place (undefined clears it). */
  statusLine?: (text: string | undefined) => void;
  /** Milliseconds since some origin, for rates (tests pass a fake clock). */
  now?: () => number;
  compareModels?: (input: CompareInput) => Promise<CompareOutcome>;
  /** Fetches git:, artifact: and deployment: baselines; the process entry wires local git and the GitHub API. */
  remoteBaseline?: RemoteFetcher;
}

class UsageError extends Error {}

const USAGE = `holdout — continuous delivery checks for ML models

Usage:
  holdout validate <data...> --schema <file> [--reference <data|profile>] [--profile-out <file>] [--shard i/n] [--out <file>]
  holdout validate --merge <shard results...> --schema <file> [--reference <data|profile>] [--out <file>]
  holdout infer-schema <data...> [--out <schema.yaml>] [--profile-out <file>]
  holdout merge-profiles <profiles...> --out <file> [--schema <file> --reference <profile>]
  holdout compare --candidate <file> --baseline <source> [--policy <file>] [--out <file>] [--format text|json|markdown]
  holdout report [<results...>] [--out <file>] [--title <title>]
  holdout gate [<results...>] [--fail-on fail|warn] [--commit <sha>] [--audit-file <file>]
  holdout demo [--examples <dir>] [--out-dir <dir>]
  holdout --help | --version

Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

const VALIDATE_USAGE = `Usage: holdout validate <data...> --schema <file> [options]

Validates data files (CSV, TSV, JSON Lines, Parquet; optionally .gz) against a
Frictionless Table Schema with holdout extensions.

With --reference, every column is also checked for drift against the
reference (a dataset, or a profile written with --profile-out).

Options:
  --schema <file>        table schema (JSON or YAML)                  (required)
  --reference <file>     dataset or profile to check drift against
  --profile-out <file>   write this data's profile (a reference for later runs)
  --shard <i/n>          validate shard i of n (1 ≤ i ≤ n); merge the documents with --merge
  --shard-by <column>    split rows by a hash of this column (unique/primaryKey across shards)
  --merge                the arguments are shard results documents: merge them into one verdict
  --out <file>           write the results document (JSON) here
  --format <format>      text (default), json or markdown
  --max-errors <n>       errors to print (default 20)
  --fail-on <level>      fail (default), warn or never
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


function parse(
  args: readonly string[],
  options: ParseArgsConfig['options'],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    schema: { type: 'string' },
    reference: { type: 'string' },
    'profile-out': { type: 'string' },
    shard: { type: 'string' },
    'shard-by': { type: 'string' },
    merge: { type: 'boolean' },
    out: { type: 'string' },
    format: { type: 'string' },
    'max-errors': { type: 'string' },
    'fail-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(VALIDATE_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError(values.merge ? 'validate --merge needs the shard results documents' : 'validate needs at least one data file');
  if (values['shard-by'] !== undefined && values.shard === undefined) throw new UsageError('--shard-by needs --shard i/n');
  if (typeof values.schema !== 'string') throw new UsageError('validate needs --schema <file>');
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  const failOn = oneOf('fail-on', values['fail-on'] as string | undefined, ['fail', 'warn', 'never'] as const, 'fail');
  const maxErrors = values['max-errors'] === undefined ? 20 : Number(values['max-errors']);
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new UsageError('--max-errors must be a whole number');

  const schema = values.schema as string;
  const shard = typeof values.shard === 'string' ? parseShard(values.shard, values['shard-by'] as string | undefined, '--shard') : undefined;
  const profileOut = values['profile-out'] as string | undefined;
  const progress = progressLine(io);
  const { document, profile, problems } = await (io.validateData ?? validateData)({
    data: values.merge ? [] : positionals,
    merge: values.merge ? positionals : undefined,
    baseDir: io.cwd,
    schemaPath: resolve(io.cwd, schema),
    schemaDisplayPath: schema,
    reference: values.reference as string | undefined,
    profile: profileOut !== undefined,
    shard,
  }, progress ? { onProgress: progress.update } : undefined);
  progress?.done();
  if (typeof values.out === 'string') await writeResults(resolve(io.cwd, values.out), document);
  if (profileOut !== undefined && profile) await writeProfile(resolve(io.cwd, profileOut), profile);
  if (format === 'json') io.stdout(JSON.stringify(document, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(renderValidationSummary(document, { maxErrors }));
  else io.stdout(formatValidationText(document, { maxErrors, color: io.isTty }));
  for (const problem of problems) io.stderr(`holdout: ${problem.message}\n`);
  if (problems.length > 0) return EXIT.usage;
  const failing = document.status === 'fail' || document.status === 'error' || (failOn === 'warn' && document.status === 'warn');
  return failing && failOn !== 'never' ? EXIT.failed : EXIT.ok;
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
      write(`${sanitizeTerminal(p.file)}: ${p.rows.toLocaleString('en-US')} rows read (${rate.toLocaleString('en-US')} rows/s)`);
    },
    done: () => write(undefined),
  };
}

const INFER_USAGE = `Usage: holdout infer-schema <data...> [options]

Reads the data once and writes a DRAFT table schema — types, required,
ranges with a margin, enums for low-cardinality strings, primary key
candidates — and, with --profile-out, the data's profile to use as the drift
reference. Review the draft before relying on it.

Options:
  --out <file>           write the schema here (.yaml/.yml or .json); default: standard output (YAML)
  --profile-out <file>   write the data's profile here
  -h, --help             show this help`;

async function inferSchemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, 'profile-out': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(INFER_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('infer-schema needs at least one data file');
  const files = await expandPaths(positionals, io.cwd);
  const tables = [];
  for (const file of files) tables.push(await openTable(file.path, { displayPath: file.displayPath }));
  const inferred = await inferSchema(tables, files.map((f) => f.displayPath).join(', '));
  const out = values.out as string | undefined;
  const json = out !== undefined && out.endsWith('.json');
  const text = json
    ? JSON.stringify(inferred.schema, null, 2) + '\n'
    : `# DRAFT table schema inferred by holdout infer-schema — review before use.\n${toYaml(inferred.schema, { lineWidth: 0 })}`;
  if (out !== undefined) await writeFileAtomic(resolve(io.cwd, out), text);
  else io.stdout(text);
  const profileOut = values['profile-out'] as string | undefined;
  if (profileOut !== undefined) await writeProfile(resolve(io.cwd, profileOut), inferred.profile);
  const fields = (inferred.schema.fields as unknown[]).length;
  io.stderr(`holdout: drafted ${fields} field${fields === 1 ? '' : 's'} from ${inferred.rows.toLocaleString('en-US')} rows${inferred.primaryKeyCandidates.length ? `; primary key candidates: ${inferred.primaryKeyCandidates.join(', ')}` : ''}${out ? ` → ${out}` : ''}${profileOut ? `; profile → ${profileOut}` : ''}\n`);
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
  for (const file of files) profiles.push(await readProfile(file.path, file.displayPath));
  const reference = typeof values.reference === 'string' ? await readProfile(resolve(io.cwd, values.reference), values.reference) : undefined;
  const merged = mergeProfiles(profiles, (column) => new Set(Object.keys(reference?.columns[column]?.categories?.counts ?? {})));
  if (typeof values.out === 'string') await writeProfile(resolve(io.cwd, values.out), merged);
  io.stderr(`holdout: merged ${profiles.length} profile${profiles.length === 1 ? '' : 's'} (${merged.rows.toLocaleString('en-US')} rows)${values.out ? ` → ${String(values.out)}` : ''}\n`);
  if (!reference) return EXIT.ok;
  const schema = await loadTableSchema(resolve(io.cwd, values.schema as string));
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
  const schemaPath = join(examples, 'validate/schema.yaml');
  const verdicts: string[] = [];
  const run = (io.validateData ?? validateData);
  for (const name of ['passing', 'failing']) {
    const { document, problems } = await run({ data: [join(examples, `validate/${name}.csv`)], baseDir: examples, schemaPath });
    if (problems.length > 0) throw problems[0];
    io.stdout(`\n== holdout validate examples/validate/${name}.csv ==\n`);
    io.stdout(formatValidationText(document, { maxErrors: 20, color: io.isTty }));
    await writeResults(join(outDir, `validate-${name}.json`), document);
    await writeFileAtomic(join(outDir, `validate-${name}.md`), renderValidationSummary(document));
    verdicts.push(`${name}.csv: ${document.status} (${document.data.errorCount} errors)`);
  }
  // This month's data against what the model was trained on.
  const drifted = await run({ data: [join(examples, 'drift/current.csv')], baseDir: examples, schemaPath, title: 'Data validation: this month', reference: 'drift/reference.csv' });
  if (drifted.problems.length > 0) throw drifted.problems[0];
  const drift = drifted.document.data.drift!;
  io.stdout('\n== holdout validate examples/drift/current.csv --reference examples/drift/reference.csv ==\n');
  io.stdout(formatValidationText(drifted.document, { maxErrors: 20, color: io.isTty }));
  await writeResults(join(outDir, 'validate-drift.json'), drifted.document);
  const driftedNames = drift.columns.filter((c) => c.status === 'fail').map((c) => c.column);
  verdicts.push(`drift: ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted${driftedNames.length ? ` (${driftedNames.join(', ')})` : ''}`);

  const policy = await loadPolicy(join(examples, 'compare/policy.yaml'));
  const compared = await (io.compareModels ?? compareModels)({
    candidate: { path: join(examples, 'compare/candidate-predictions.csv'), displayPath: 'examples/compare/candidate-predictions.csv' },
    baseline: { path: join(examples, 'compare/baseline-predictions.csv'), displayPath: 'examples/compare/baseline-predictions.csv', source: 'examples/compare/baseline-predictions.csv' },
    policy,
    options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'error' },
  });
  if (compared.problems.length > 0) throw compared.problems[0];
  io.stdout('\n== holdout compare examples/compare (candidate vs production baseline) ==\n');
  io.stdout(formatComparisonText(compared.document, io.isTty));
  await writeResults(join(outDir, 'compare-metrics.json'), compared.document);
  await writeFileAtomic(join(outDir, 'compare-metrics.md'), renderComparisonSummary(compared.document));
  verdicts.push(`comparison: ${compared.document.status} (${compared.document.comparison.summary})`);

  // The pull request of this month's data and the candidate: its comment, and the gate.
  const pipeline = [{ file: 'validate-drift.json', document: drifted.document }, { file: 'compare-metrics.json', document: compared.document }];
  const report = renderReport(pipeline.map((d) => d.document), { title: 'holdout demo', key: 'demo', version: VERSION }, 65_536);
  await writeFileAtomic(join(outDir, 'report.md'), report.markdown);
  const documents = pipeline.map((d) => ({ ...d, sha256: createHash('sha256').update(JSON.stringify(d.document)).digest('hex') }));
  const decision = decide({ documents, unreadable: [], commit: undefined, failOn: 'fail' });
  const audit = buildAuditRecord(decision, documents, { label: 'holdout:override', overrideRequested: false, now: new Date() });
  // Beside the results, not among them: the audit record is not a results document.
  await writeFileAtomic(join(outDir, 'audit/gate-audit.json'), serializeAudit(audit).text);
  io.stdout(`\nReport (the pull request comment): ${sanitizeTerminal(report.verdict)}\n`);
  io.stdout(`Gate: ${decision.decision.toUpperCase()} — ${sanitizeTerminal(decision.reason)}\n`);
  io.stdout(`\nDemo verdicts: ${verdicts.join('; ')}; gate: ${decision.decision}\nResults documents and report.md in ${outDir}, the gate's audit record in ${join(outDir, 'audit')}\n`);
  return EXIT.ok;
}

const COMPARE_USAGE = `Usage: holdout compare --candidate <file> --baseline <source> [options]

Compares a candidate model with the production baseline under a policy.
Candidate and baseline are metrics files (JSON, YAML, CSV) or predictions
files (CSV, JSON Lines, Parquet); with predictions of both on the same ids
the comparison is paired and noise-aware.

Options:
  --candidate <file>       candidate metrics or predictions               (required)
  --baseline <source>      a path, git:<ref>:<path>, artifact:<name>, deployment:<env>
  --policy <file|yaml>     policy file or inline YAML
  --task <task>            binary, multiclass or regression (default: inferred)
  --id-column <name>       (default id)      --label-column <name>  (default label)
  --score-column <name>    (default score)   --prediction-column <name> (default prediction)
  --slice-columns <a,b>    slice by these columns
  --pos-label <label>      positive class     --threshold <t>        (default 0.5)
  --confidence <c>         (default 0.95)     --resamples <n>        (default 2000)
  --seed <n>               (default 20240101) --on-mismatch error|drop
  --out <file>             write the results document (JSON) here
  --format <format>        text (default), json or markdown
  --fail-on <level>        fail (default), warn or never
  -h, --help               show this help`;

function numberFlag(values: Record<string, string | boolean | undefined>, name: string, fallback: number, check: (n: number) => boolean): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} got "${String(raw)}", which is out of range`);
  return n;
}

async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    candidate: { type: 'string' }, baseline: { type: 'string' }, policy: { type: 'string' }, task: { type: 'string' },
    'id-column': { type: 'string' }, 'label-column': { type: 'string' }, 'score-column': { type: 'string' }, 'prediction-column': { type: 'string' },
    'slice-columns': { type: 'string' }, 'pos-label': { type: 'string' }, threshold: { type: 'string' }, confidence: { type: 'string' },
    resamples: { type: 'string' }, seed: { type: 'string' }, 'on-mismatch': { type: 'string' }, out: { type: 'string' }, format: { type: 'string' },
    'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(COMPARE_USAGE + '\n');
    return EXIT.ok;
  }
  if (typeof values.candidate !== 'string') throw new UsageError('compare needs --candidate <file>');
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  const failOn = oneOf('fail-on', values['fail-on'] as string | undefined, ['fail', 'warn', 'never'] as const, 'fail');
  const task = oneOf('task', values.task as string | undefined, ['auto', 'binary', 'multiclass', 'regression'] as const, 'auto');
  const onMismatch = oneOf('on-mismatch', values['on-mismatch'] as string | undefined, ['error', 'drop'] as const, 'error');
  const policy = await loadPolicy(values.policy as string | undefined, (p) => resolve(io.cwd, p));
  const baseline = await resolveBaseline(values.baseline as string | undefined, io.cwd, io.remoteBaseline);
  const sliceColumns = typeof values['slice-columns'] === 'string' ? values['slice-columns'].split(',').map((s) => s.trim()).filter(Boolean) : [];
  const candidate = values.candidate as string;
  const { document, problems } = await (io.compareModels ?? compareModels)({
    candidate: { path: resolve(io.cwd, candidate), displayPath: candidate },
    baseline,
    policy,
    options: {
      columns: {
        id: (values['id-column'] as string | undefined) ?? 'id',
        label: (values['label-column'] as string | undefined) ?? 'label',
        score: (values['score-column'] as string | undefined) ?? 'score',
        prediction: (values['prediction-column'] as string | undefined) ?? 'prediction',
        slices: sliceColumns,
      },
      task: task === 'auto' ? undefined : task,
      posLabel: values['pos-label'] as string | undefined,
      threshold: numberFlag(values, 'threshold', 0.5, (n) => n >= 0 && n <= 1),
      confidence: numberFlag(values, 'confidence', 0.95, (n) => n >= 0.5 && n < 1),
      resamples: numberFlag(values, 'resamples', 2000, (n) => Number.isInteger(n) && n >= 100),
      seed: numberFlag(values, 'seed', 20240101, (n) => Number.isInteger(n) && n >= 0),
      onMismatch,
    },
  });
  if (typeof values.out === 'string') await writeResults(resolve(io.cwd, values.out), document);
  if (format === 'json') io.stdout(JSON.stringify(document, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(renderComparisonSummary(document));
  else io.stdout(formatComparisonText(document, io.isTty));
  for (const problem of problems) io.stderr(`holdout: ${problem.message}\n`);
  if (problems.length > 0) return EXIT.usage;
  const failing = document.status === 'fail' || document.status === 'error' || (failOn === 'warn' && document.status === 'warn');
  return failing && failOn !== 'never' ? EXIT.failed : EXIT.ok;
}

const REPORT_USAGE = `Usage: holdout report [<results...>] [options]

Renders the pull-request report (markdown) from results documents, as the
report action posts it.

Options:
  <results...>       results documents or globs (default holdout-results/*.json)
  --out <file>       write the markdown here instead of standard output
  --title <title>    title on the first line (default holdout)
  --budget <chars>   size limit, cutting sections least important first (default 65536)
  -h, --help         show this help`;

async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, title: { type: 'string' }, budget: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return EXIT.ok;
  }
  const budget = numberFlag(values, 'budget', 65_536, (n) => Number.isInteger(n) && n >= 1000);
  const collected = await collectResults(positionals.length ? positionals : ['holdout-results/*.json'], io.cwd);
  const note = collected.problems.length ? `Not read: ${collected.problems.map((p) => p.message).join('; ')}` : undefined;
  const report = renderReport(collected.documents.map((d) => d.document), { title: (values.title as string | undefined) ?? 'holdout', key: 'cli', version: VERSION }, budget, note);
  if (typeof values.out === 'string') await writeFileAtomic(resolve(io.cwd, values.out), report.markdown);
  else io.stdout(report.markdown);
  for (const problem of collected.problems) io.stderr(`holdout: ${problem.message}\n`);
  return collected.problems.length > 0 ? EXIT.usage : EXIT.ok;
}

const GATE_USAGE = `Usage: holdout gate [<results...>] [options]

Decides pass or fail from results documents, as the gate action does (without
GitHub: no check run, no overrides), and writes the audit record.

Options:
  <results...>          results documents or globs (default holdout-results/*.json)
  --fail-on <level>     fail (default) or warn
  --commit <sha>        the commit being gated: documents made for another one fail
  --audit-file <file>   where to write the audit record (default holdout-audit/gate-audit.json)
  -h, --help            show this help

Exit status: 0 pass, 1 fail, 2 bad input or usage.`;

async function gateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { 'fail-on': { type: 'string' }, commit: { type: 'string' }, 'audit-file': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(GATE_USAGE + '\n');
    return EXIT.ok;
  }
  const failOn = oneOf('fail-on', values['fail-on'] as string | undefined, ['fail', 'warn'] as const, 'fail');
  const collected = await collectResults(positionals.length ? positionals : ['holdout-results/*.json'], io.cwd);
  const unreadable = collected.problems.map((p) => ({ file: p.file ?? 'results', reason: p.reason }));
  const commit = values.commit as string | undefined;
  const decision = decide({ documents: collected.documents, unreadable, commit, failOn });
  const audit = buildAuditRecord(decision, collected.documents, { commit, label: 'holdout:override', overrideRequested: false, now: new Date() });
  const { text, sha256 } = serializeAudit(audit);
  await writeFileAtomic(resolve(io.cwd, (values['audit-file'] as string | undefined) ?? 'holdout-audit/gate-audit.json'), text);
  io.stdout(renderGateSummary(decision, audit, sha256));
  return decision.decision === 'fail' ? EXIT.failed : EXIT.ok;
}
