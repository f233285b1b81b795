// The validate-data step: its options (action inputs, config keys, CLI flags
// all derive from them) and the step itself — data against a table schema,
// and against a reference for drift — to a results document, annotations,
// the job summary and outputs.

import { profileText } from '../profile/io.js';
import { statusFailsStep } from '../results/status.js';
import { renderValidationSummary } from '../report/validation.js';
import { annotationsFor } from '../validate/annotations.js';
import { parseShard } from '../validate/shard.js';
import type { ValidateDataResults } from '../results/schema.js';
import type { ValidateProgress } from '../validate/run.js';
import { userFile } from '../io/user-file.js';
import { ConfigurationError } from '../errors.js';
import { defineOptions, option, type OptionsOf } from './options.js';
import { exportOptions, failOnOption, resultsFileOption, nonNegativeInteger } from './common.js';
import { exportFiles } from '../export/files.js';
import type { StepEnvironment, StepResult } from './step.js';
import { validateDataTask } from './tasks/validate-data.js';

export const validateDataOptions = defineOptions({
  data: option.list({
    description: 'Data files to validate: paths or globs, one per line or comma-separated, relative to the workspace. CSV, TSV, JSON Lines and Parquet, each optionally gzip-compressed (.gz; not Parquet), or one Frictionless data package (datapackage.json), whose every resource is validated with its own schema and dialect. Required unless merge is set.',
    config: { name: 'files', required: true },
    flag: 'positional',
  }),
  schema: option.string({
    description: 'Table schema file (JSON or YAML): a Frictionless Table Schema, optionally with x-holdout extensions (maxMissingRate, mostly, rowCount, drift levels). Required unless data is a data package, whose resources carry their own.',
  }),
  reference: option.string({
    description: 'Reference to check drift against: a dataset (the training data, say) or a profile saved with profile-out. Every column is compared (method per the schema, auto by default), with missing-rate change and unseen-category checks and dataset drift.',
  }),
  'profile-out': option.string({
    description: 'Write the profile of this data here (JSON). Run it on the training data once to get a reference that loads in milliseconds.',
  }),
  shard: option.string({
    description: 'Validate one shard of the data, i/n with i from 1 to n (a matrix value). With at least n files each shard takes whole files; otherwise each shard reads its n-th of every CSV/TSV file by byte range (other formats: every n-th row), or with shard-by the rows whose value hashes to it. Merge the shard documents with merge.',
    config: false,
  }),
  'shard-by': option.string({
    description: 'Split rows by a hash of this column instead of by position, so equal values land in one shard: needed for unique and primaryKey checks across shards.',
    config: false,
  }),
  merge: option.list({
    description: 'Merge shard documents (paths or globs of the results files written with shard) into the verdict one unsharded run gives, with drift against reference. Replaces data.',
    config: false,
    // The CLI takes the shard documents as its arguments, with a --merge switch.
    flag: false,
  }),
  'results-file': resultsFileOption('Where to write the results document (JSON) that report and gate read.', 'holdout-results/validate-data.json'),
  'max-annotations': option.integer(nonNegativeInteger, {
    description: 'How many errors and warnings become annotations on the data files (GitHub shows the first 10 error and the first 10 warning annotations of a step); the rest are counted in the results and the summary.',
    default: 10,
    flag: false,
  }),
  'fail-on': failOnOption('Which status fails the step: fail (default), warn (warnings fail too) or never. Unreadable input always fails the step.'),
  ...exportOptions(false),
});

export type ValidateDataOptions = OptionsOf<typeof validateDataOptions>;

export interface ValidateDataStepExtras {
  /** Title of the results document (the all-in-one config names its checks). */
  title?: string;
  /** Reading progress (the CLI's status line). */
  onProgress?: (progress: ValidateProgress) => void;
  /** How many errors to keep as samples at least (the CLI prints some). */
  minErrorSamples?: number;
}

export async function runValidateData(options: ValidateDataOptions, env: StepEnvironment, extras: ValidateDataStepExtras = {}): Promise<StepResult<ValidateDataResults>> {
  const merge = options.merge ?? [];
  const data = options.data ?? [];
  if (merge.length === 0 && data.length === 0) throw new ConfigurationError('data: give the data files to validate (or merge, with shard documents)');
  if (options['shard-by'] !== undefined && options.shard === undefined) throw new ConfigurationError('shard-by needs shard (i/n)');
  const shard = options.shard === undefined ? undefined : parseShard(options.shard, options['shard-by'], 'shard');
  const schema = options.schema !== undefined ? userFile(env.workspace, options.schema) : undefined;
  const maxAnnotations = options['max-annotations'];

  const { document, profile, problems } = await env.tasks.run(
    validateDataTask,
    {
      data,
      baseDir: env.workspace,
      schema,
      reference: options.reference,
      profile: options['profile-out'] !== undefined,
      shard,
      merge: merge.length > 0 ? merge : undefined,
      title: extras.title,
      gitSha: env.commit,
      now: env.now?.(),
      options: { maxErrorSamples: Math.max(1000, maxAnnotations, extras.minErrorSamples ?? 0) },
    },
    extras.onProgress ? { onProgress: extras.onProgress } : {},
  );

  const files = [];
  if (options['profile-out'] !== undefined && profile) files.push({ path: userFile(env.workspace, options['profile-out']).path, text: profileText(profile) });
  const failedChecks = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
  const drift = document.data.drift;
  const resultsFile = options['results-file'];
  files.push(...exportFiles(options, [{ document, file: resultsFile }], env.workspace, { warnFails: options['fail-on'] === 'warn' }));
  let failure: StepResult['failure'];
  if (problems.length > 0) failure = { kind: 'input', message: problems.map((p) => p.message).join('\n') };
  else if (statusFailsStep(document.status, options['fail-on'])) {
    failure = { kind: 'verdict', message: `Data validation ${document.status}: ${failedChecks} check${failedChecks === 1 ? '' : 's'} failed, ${document.data.errorCount} errors (see ${resultsFile})` };
  }
  return {
    document,
    resultsPath: userFile(env.workspace, resultsFile).path,
    files,
    annotations: annotationsFor(document, maxAnnotations),
    summary: renderValidationSummary(document),
    outputs: {
      status: document.status,
      'results-file': resultsFile,
      rows: document.data.rows,
      'failed-checks': failedChecks,
      ...(drift ? { 'drifted-columns': drift.dataset.drifted, 'dataset-drift': drift.dataset.status } : {}),
    },
    failure,
  };
}
