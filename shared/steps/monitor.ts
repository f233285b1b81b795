// The monitor step, meant for `on: schedule` after a deploy: its options
// (action inputs, config keys, CLI flags derive from them) and the step —
// production data against the reference profile (schema, drift, missing
// rate, unseen categories, values outside the reference's range) and live
// KPIs against their baseline under the policy language — to results
// documents, the job summary and outputs. Its publish() keeps one issue per
// model and monitor key (opened or updated while something fails, closed
// when healthy again, with the run history in its body) and sends the
// retraining trigger. A read-only token never changes the verdict: a warning.

import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { resolveBaseline, type ResolvedBaseline } from '../baseline/index.js';
import { ConfigurationError } from '../errors.js';
import { MAX_CLIENT_PAYLOAD_KEYS, sendRepositoryDispatch, sendWorkflowDispatch } from '../github/dispatch.js';
import { tokenIdentity } from '../github/comment.js';
import { findMonitorIssues, monitorMarker, pickIssue, resolveMonitorIssue, upsertMonitorIssue } from '../github/issue.js';
import { userFile } from '../io/user-file.js';
import { issueTitle, monitorMarkdown, problemChecks } from '../monitor/body.js';
import { appendRun, DEFAULT_HISTORY, failingSince, monitorRun, readHistory, type MonitorRun } from '../monitor/history.js';
import { DEFAULT_OUT_OF_RANGE } from '../monitor/run.js';
import { renderComparisonSummary } from '../report/comparison.js';
import { renderValidationSummary } from '../report/validation.js';
import { resultsText } from '../results/io.js';
import type { CompareMetricsResults, ValidateDataResults } from '../results/schema.js';
import { statusFailsStep } from '../results/status.js';
import { exportOptions, failOnOption, probability, resultsFileOption } from './common.js';
import { stepPolicy, type PolicyStepExtras } from './policy.js';
import { exportFiles } from '../export/files.js';
import { defineOptions, option, type OptionsOf } from './options.js';
import type { GitHubAccess, StepEnvironment, StepResult } from './step.js';
import { compareModelsTask } from './tasks/compare-metrics.js';
import { monitorDataTask } from './tasks/monitor.js';

export const DISPATCH_ON = ['new-failure', 'every-failure'] as const;

export const monitorOptions = defineOptions({
  data: option.list({
    description: 'Production data to check: paths or globs of recent serving inputs (files an earlier step downloaded), one per line or comma-separated. CSV, TSV, JSON Lines and Parquet, optionally .gz.',
    flag: 'positional',
  }),
  schema: option.string({
    description: 'Table schema of the serving inputs (the one the training data is validated with). Required with data.',
  }),
  reference: option.string({
    description: 'The reference profile (validate-data profile-out of the training data): a path, git:<ref>:<path>, artifact:<name>[:<file>], or deployment:<environment>:<path> (the file at the commit of the newest successful deployment to the environment: what is in production). Required with data.',
  }),
  'out-of-range-warn': option.number(probability, {
    description: "Share of a numeric column's values outside the reference's [min, max] above which the column warns.",
    default: DEFAULT_OUT_OF_RANGE.warn,
    config: 'out_of_range.warn',
  }),
  'out-of-range-fail': option.number(probability, {
    description: "Share of a numeric column's values outside the reference's [min, max] above which the column fails.",
    default: DEFAULT_OUT_OF_RANGE.fail,
    config: 'out_of_range.fail',
  }),
  'skew-training': option.list({
    description: 'Training–serving skew by id: the training data (paths or globs). Each serving row whose id is a training row is compared column by column with it, and each column gets the share of matched rows that differ.',
    config: 'skew.training',
  }),
  'skew-id': option.string({
    description: "The id column serving rows share with training rows (default: the schema's primary key, when it is one field).",
    config: 'skew.id',
  }),
  'skew-tolerance': option.number(z.number().nonnegative(), {
    description: 'Numbers differ when |served − trained| exceeds this share of the larger magnitude (of 1 below 1).',
    default: 1e-6,
    config: 'skew.tolerance',
  }),
  'skew-warn': option.number(probability, { description: 'Share of matched rows differing in a column above which it warns.', default: 0, config: 'skew.warn' }),
  'skew-fail': option.number(probability, { description: 'Share of matched rows differing in a column above which it fails.', default: 0.01, config: 'skew.fail' }),
  kpis: option.string({
    description: 'Live KPIs: a metrics file of production figures (CTR, conversion, latency, or holdout metrics computed from labelled production predictions), in any format compare-metrics reads.',
    config: 'kpis.file',
  }),
  'kpi-baseline': option.string({
    description: 'What the KPIs are held to: a path, git:<ref>:<path>, artifact:<name>[:<file>], or deployment:<environment> (the metrics the gate recorded at deploy).',
    config: 'kpis.baseline',
  }),
  'kpi-policy': option.string({
    description: 'The KPI policy, in the policy language of compare-metrics (a file or inline YAML), such as "metrics: { ctr: { direction: higher, max_relative_regression: 0.02 } }".',
    config: 'kpis.policy',
  }),
  model: option.string({ description: 'The model being monitored: part of the issue title and of its identity.', default: 'model' }),
  'monitor-key': option.string({
    description: 'Distinguishes several monitors of one model (one per region, say); each model and key has its own issue.',
    default: 'default',
    config: 'key',
  }),
  issue: option.boolean({ description: 'Keep the monitor issue: open or update it while something fails, close it when healthy again.', default: true, config: 'issue.enabled', flag: false }),
  'issue-label': option.string({ description: 'Label of the monitor issues (created with the first issue).', default: 'holdout-monitor', config: 'issue.label', flag: false }),
  history: option.integer(z.number().int().min(1).max(200), {
    description: 'How many runs the issue keeps in its history block (for "since when" and the trend charts).',
    default: DEFAULT_HISTORY,
    config: 'issue.history',
    flag: false,
  }),
  'dispatch-event': option.string({
    description: 'On failure, send a repository_dispatch event of this type (the token needs contents: write); workflows `on: repository_dispatch` with this type run.',
    config: 'dispatch.event',
    flag: false,
  }),
  'dispatch-payload': option.string({
    description: "Extra client_payload of the repository_dispatch (a YAML or JSON mapping, at most 9 keys); holdout adds its own under `holdout` (model, key, status, failing checks, since, issue, run).",
    config: 'dispatch.payload',
    flag: false,
  }),
  'dispatch-workflow': option.string({
    description: 'On failure, run this workflow (file name such as retrain.yml, or id) through workflow_dispatch (the token needs actions: write).',
    config: 'dispatch.workflow',
    flag: false,
  }),
  'dispatch-ref': option.string({ description: 'Branch or tag the dispatched workflow runs on (default: the default branch).', config: 'dispatch.ref', flag: false }),
  'dispatch-inputs': option.string({
    description: 'Inputs of the dispatched workflow: a YAML or JSON mapping of strings, names the workflow declares.',
    config: 'dispatch.inputs',
    flag: false,
  }),
  'dispatch-on': option.enum(DISPATCH_ON)({
    description: 'new-failure (default): trigger when a failure begins (the issue opens or reopens); every-failure: on every failing run.',
    default: 'new-failure',
    config: 'dispatch.on',
    flag: false,
  }),
  'results-file': resultsFileOption('Where to write the production-data results document (JSON, a validate-data document).', 'holdout-results/monitor-data.json'),
  'kpi-results-file': resultsFileOption('Where to write the KPI results document (JSON, a compare-metrics document).', 'holdout-results/monitor-kpis.json'),
  'fail-on': failOnOption('Which status fails the step: fail (default), warn or never. The issue and the retraining trigger follow the verdict, not this.'),
  ...exportOptions(true),
});

export type MonitorOptions = OptionsOf<typeof monitorOptions>;

export type MonitorStepExtras = PolicyStepExtras;

export interface MonitorStepResult extends StepResult<ValidateDataResults | CompareMetricsResults | undefined> {
  data?: ValidateDataResults;
  kpis?: CompareMetricsResults;
  run: MonitorRun;
}

/** A step-level mapping option (dispatch payload or inputs), inline YAML or JSON. */
function mapping(text: string | undefined, name: string): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`${name}: not YAML or JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigurationError(`${name}: expected a mapping (key: value), got ${JSON.stringify(text.trim().slice(0, 60))}`);
  return value as Record<string, unknown>;
}

/** Checks the options that go together before any work. */
function checkOptions(options: MonitorOptions): { payload?: Record<string, unknown>; inputs?: Record<string, string> } {
  const data = options.data ?? [];
  if (data.length === 0 && options.kpis === undefined) throw new ConfigurationError('monitor needs production data (data, with schema and reference) or live KPIs (kpis), or both');
  if (data.length > 0 && options.schema === undefined) throw new ConfigurationError('schema: give the table schema of the production data');
  if (data.length > 0 && options.reference === undefined) throw new ConfigurationError('reference: give the reference profile the production data is checked against (a path, git:, artifact: or deployment:<environment>:<path>)');
  if (data.length === 0 && (options['skew-training'] ?? []).length > 0) throw new ConfigurationError('skew-training: skew compares production data with training rows; give the data files too');
  if (options['skew-warn'] > options['skew-fail']) throw new ConfigurationError(`skew-warn (${options['skew-warn']}) is above skew-fail (${options['skew-fail']})`);
  if (data.length === 0 && (options.schema !== undefined || options.reference !== undefined)) throw new ConfigurationError('data: schema and reference are for production data; give the data files too');
  if (options.kpis === undefined && (options['kpi-baseline'] !== undefined || options['kpi-policy'] !== undefined)) throw new ConfigurationError('kpis: kpi-baseline and kpi-policy need the KPI file (kpis)');
  if (options['out-of-range-warn'] > options['out-of-range-fail']) throw new ConfigurationError(`out-of-range-warn (${options['out-of-range-warn']}) is above out-of-range-fail (${options['out-of-range-fail']})`);
  if (options['dispatch-event'] !== undefined && options['dispatch-workflow'] !== undefined) throw new ConfigurationError('dispatch-event and dispatch-workflow: choose one retraining trigger');
  if (options['dispatch-payload'] !== undefined && options['dispatch-event'] === undefined) throw new ConfigurationError('dispatch-payload goes with dispatch-event (repository_dispatch)');
  if ((options['dispatch-inputs'] !== undefined || options['dispatch-ref'] !== undefined) && options['dispatch-workflow'] === undefined) throw new ConfigurationError('dispatch-inputs and dispatch-ref go with dispatch-workflow (workflow_dispatch)');
  const payload = mapping(options['dispatch-payload'], 'dispatch-payload');
  if (payload) {
    if ('holdout' in payload) throw new ConfigurationError('dispatch-payload: the key "holdout" is holdout\'s own (it carries the monitor\'s verdict)');
    if (Object.keys(payload).length > MAX_CLIENT_PAYLOAD_KEYS - 1) throw new ConfigurationError(`dispatch-payload: GitHub takes at most ${MAX_CLIENT_PAYLOAD_KEYS} top-level keys in client_payload, one of them holdout's; this has ${Object.keys(payload).length}`);
  }
  const rawInputs = mapping(options['dispatch-inputs'], 'dispatch-inputs');
  let inputs: Record<string, string> | undefined;
  if (rawInputs) {
    inputs = {};
    for (const [name, value] of Object.entries(rawInputs)) {
      if (value !== null && typeof value === 'object') throw new ConfigurationError(`dispatch-inputs: ${name} must be a string, number or boolean (workflow inputs are strings)`);
      inputs[name] = String(value);
    }
  }
  return { payload, inputs };
}

/**
 * The reference profile as a file on disk: deployment:<environment>:<path> is
 * the file at the commit of the newest deployment to the environment whose
 * latest status is success; any other spec is a baseline source (path, git:,
 * artifact:).
 */
async function resolveReference(spec: string, env: StepEnvironment): Promise<ResolvedBaseline> {
  const context = {
    baseDir: env.workspace,
    tempDir: join(env.tempDir, 'holdout-monitor-reference'),
    github: env.github,
    localGit: env.localGit,
    noGitHub: env.localGit ? 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' : undefined,
  };
  const deployment = /^deployment:([^:]+):(.+)$/.exec(spec.trim());
  if (!deployment) {
    if (/^deployment:[^:]*$/.test(spec.trim())) throw new ConfigurationError(`reference "${spec}": a deployment records metrics, not a profile; write deployment:<environment>:<path of the profile>, e.g. deployment:production:profiles/train.json`);
    return resolveBaseline(spec, context);
  }
  const [, environment, path] = deployment as unknown as [string, string, string];
  if (!env.github) return { missing: `${spec}: ${context.noGitHub ?? 'deployment references need GitHub access (a token and the repository)'}` };
  const sha = await deployedCommit(env.github, environment);
  if ('missing' in sha) return { missing: `${spec}: ${sha.missing}` };
  // The file as it was at the deployed commit: through the local repository in the CLI, the contents API in an action.
  const resolved = await resolveBaseline(`git:${sha.commit}:${path}`, context);
  return 'missing' in resolved ? resolved : { ...resolved, display: `${spec} (${sha.commit.slice(0, 12)})`, source: spec, id: `deployment ${sha.id} (${sha.commit.slice(0, 12)})` };
}

/** The commit of the newest deployment to `environment` whose latest status is success. */
async function deployedCommit({ octokit, repo }: GitHubAccess, environment: string): Promise<{ commit: string; id: number } | { missing: string }> {
  try {
    const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 30 });
    for (const deployment of deployments) {
      const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 });
      if (statuses[0]?.state === 'success') return { commit: deployment.sha, id: deployment.id };
    }
    return { missing: `no successful deployment to "${environment}"` };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) return { missing: `the deployments of "${environment}" cannot be read (${status}); grant the token deployments: read` };
    throw error;
  }
}

export async function runMonitor(options: MonitorOptions, env: StepEnvironment, extras: MonitorStepExtras = {}): Promise<MonitorStepResult> {
  const { payload, inputs } = checkOptions(options);
  const now = env.now?.() ?? new Date();
  const data = options.data ?? [];
  const failures: string[] = [];

  let dataDocument: ValidateDataResults | undefined;
  if (data.length > 0) {
    const reference = await resolveReference(options.reference!, env);
    if ('missing' in reference) throw new ConfigurationError(`reference: ${reference.missing}`);
    const outcome = await env.tasks.run(monitorDataTask, {
      data,
      baseDir: env.workspace,
      schema: userFile(env.workspace, options.schema!),
      reference: { path: reference.path, display: reference.display },
      outOfRange: { warn: options['out-of-range-warn'], fail: options['out-of-range-fail'] },
      ...((options['skew-training'] ?? []).length > 0
        ? { skew: { training: options['skew-training']!, id: options['skew-id'], tolerance: options['skew-tolerance'], levels: { warn: options['skew-warn'], fail: options['skew-fail'] } } }
        : {}),
      gitSha: env.commit,
      now,
      options: { maxErrorSamples: 100 },
    });
    dataDocument = outcome.document;
    failures.push(...outcome.problems.map((p) => p.message));
  }

  let kpiDocument: CompareMetricsResults | undefined;
  if (options.kpis !== undefined) {
    const policy = await stepPolicy(extras, options['kpi-policy'], env.workspace);
    const baseline = await resolveBaseline(options['kpi-baseline'], {
      baseDir: env.workspace,
      tempDir: join(env.tempDir, 'holdout-monitor-kpis'),
      github: env.github,
      localGit: env.localGit,
      noGitHub: env.localGit ? 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' : undefined,
    });
    const outcome = await env.tasks.run(compareModelsTask, {
      candidate: userFile(env.workspace, options.kpis),
      baseline,
      policy,
      title: 'Live KPIs against the deploy baseline',
      gitSha: env.commit,
      now,
      options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'drop' },
    });
    kpiDocument = outcome.document;
    failures.push(...outcome.problems.map((p) => p.message));
  }

  const model = options.model;
  const key = options['monitor-key'];
  const identity = { model, key };
  const marker = env.github ? monitorMarker({ repository: env.github.repo, model, key }) : '';
  const run = monitorRun({ data: dataDocument, kpis: kpiDocument, at: now.toISOString(), run: env.runUrl, commit: env.commit });

  // The issue's history, read now so the job summary has the trend too (a read-only token can read it).
  let previous: MonitorRun[] = [];
  let author: string | undefined;
  if (options.issue && env.github) {
    try {
      author = await tokenIdentity(env.github.octokit);
      const found = pickIssue(await findMonitorIssues(env.github.octokit, env.github.repo, options['issue-label'], marker, author));
      const history = readHistory(found?.body);
      if (history.damaged) env.logger.warning(`holdout monitor: the run history in issue #${found!.number} could not be read (edited?); it starts again from this run`);
      previous = history.runs;
    } catch (error) {
      if (!isAccessError(error)) throw error;
      env.logger.warning(`holdout monitor: could not read the monitor issues (${describe(error)}); grant the token issues: read for the history`);
    }
  }
  const runs = appendRun(previous, run, options.history);
  const failing = run.status === 'fail' || run.status === 'error';
  const since = failingSince(runs);
  const newFailure = failing && (previous.length === 0 || !['fail', 'error'].includes(previous.at(-1)!.status));

  const status = run.status;
  let failure: StepResult['failure'];
  if (failures.length > 0) failure = { kind: 'input', message: failures.join('\n') };
  else if (statusFailsStep(status, options['fail-on'])) {
    const problems = problemChecks(dataDocument, kpiDocument).filter((c) => c.status === 'fail' || c.status === 'error');
    failure = { kind: 'verdict', message: `Monitor ${status}: ${problems.slice(0, 5).map((c) => c.title).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}` };
  }

  const summaryParts = [monitorMarkdown({ identity, marker, data: dataDocument, kpis: kpiDocument, runs }, false)];
  if (dataDocument) summaryParts.push(renderValidationSummary(dataDocument));
  if (kpiDocument) summaryParts.push(renderComparisonSummary(kpiDocument));

  const files = [];
  if (dataDocument && kpiDocument) files.push({ path: userFile(env.workspace, options['kpi-results-file']).path, text: resultsText(kpiDocument) });
  const document = dataDocument ?? kpiDocument;
  const resultsPath = dataDocument ? options['results-file'] : options['kpi-results-file'];
  const exported = [...(dataDocument ? [{ document: dataDocument, file: options['results-file'] }] : []), ...(kpiDocument ? [{ document: kpiDocument, file: options['kpi-results-file'] }] : [])];
  files.push(...exportFiles(options, exported, env.workspace, { warnFails: options['fail-on'] === 'warn' }));

  const outputs: StepResult['outputs'] = {
    status,
    'results-file': dataDocument ? options['results-file'] : undefined,
    'kpi-results-file': kpiDocument ? options['kpi-results-file'] : undefined,
    'failed-checks': problemChecks(dataDocument, kpiDocument).filter((c) => c.status === 'fail' || c.status === 'error').length,
    'drifted-columns': dataDocument?.data.drift?.dataset.drifted,
    'dataset-drift': dataDocument?.data.drift?.dataset.status,
    'kpi-regressions': kpiDocument?.comparison.regressions,
    'failing-since': since?.at,
    problems: JSON.stringify(run.problems.filter((p) => p.status === 'fail' || p.status === 'error').map((p) => p.id)),
  };

  return {
    document,
    resultsPath: userFile(env.workspace, resultsPath).path,
    files,
    annotations: [],
    summary: summaryParts.join('\n'),
    outputs,
    failure,
    data: dataDocument,
    kpis: kpiDocument,
    run,
    publish: () =>
      publishOutcome({
        options, env, identity, marker, author, run, failing, newFailure, payload, inputs,
        inputProblem: failures.length > 0, data: dataDocument, kpis: kpiDocument,
      }),
  };
}

function isAccessError(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 401 || status === 403 || status === 404;
}

function describe(error: unknown): string {
  const status = (error as { status?: number }).status;
  return `${status ?? 'error'}: ${(error as Error).message}`;
}

interface PublishInput {
  options: MonitorOptions;
  env: StepEnvironment;
  identity: { model: string; key: string };
  marker: string;
  author?: string;
  run: MonitorRun;
  failing: boolean;
  newFailure: boolean;
  payload?: Record<string, unknown>;
  inputs?: Record<string, string>;
  inputProblem: boolean;
  data?: ValidateDataResults;
  kpis?: CompareMetricsResults;
}

/** The GitHub side: the issue, then the retraining trigger. Access errors warn; the verdict stands. */
async function publishOutcome(p: PublishInput): Promise<Record<string, string | number | boolean | undefined>> {
  const { options, env } = p;
  const outputs: Record<string, string | number | boolean | undefined> = { 'issue-action': 'none', dispatched: false };
  if (!env.github) {
    if (options.issue || options['dispatch-event'] || options['dispatch-workflow']) env.logger.warning('holdout monitor: no token or repository, so no monitor issue and no retraining trigger (the job summary and outputs are written)');
    return outputs;
  }
  const { octokit, repo } = env.github;
  let issueNumber: number | undefined;
  let issueUrl: string | undefined;
  let newFailure = p.newFailure;
  // Retraining is for a model that degraded, not for a monitor that could not read its input.
  const retrain = p.run.status === 'fail' && !p.inputProblem;
  const trigger = options['dispatch-event'] !== undefined ? `repository_dispatch "${options['dispatch-event']}"` : options['dispatch-workflow'] !== undefined ? `workflow_dispatch of ${options['dispatch-workflow']}` : undefined;
  const willDispatch = () => retrain && trigger !== undefined && (options['dispatch-on'] === 'every-failure' || newFailure);
  if (options.issue) {
    try {
      const author = p.author ?? (await tokenIdentity(octokit));
      const body = (previousBody: string | undefined, dispatchLine?: string) => {
        const runs = appendRun(readHistory(previousBody).runs, p.run, options.history);
        return monitorMarkdown({ identity: p.identity, marker: p.marker, data: p.data, kpis: p.kpis, runs, dispatch: dispatchLine }, true);
      };
      const common = { label: options['issue-label'], marker: p.marker, author };
      if (p.failing) {
        const dispatchLine = trigger === undefined ? undefined : willDispatch() ? `sent ${trigger} (this run).` : retrain ? `${trigger} was sent when this failure began; not again (dispatch-on: new-failure).` : undefined;
        const issue = await upsertMonitorIssue(octokit, repo, { ...common, title: issueTitle(p.identity), body: (prev) => body(prev, dispatchLine) });
        // Whether this failure is new is the issue's to say: it opened or reopened now.
        newFailure = issue.action !== 'updated';
        issueNumber = issue.number;
        issueUrl = issue.url;
        outputs['issue-action'] = issue.action;
        env.logger.info(`holdout monitor: issue #${issue.number} ${issue.action}: ${issue.url}`);
      } else {
        const closed = await resolveMonitorIssue(octokit, repo, {
          ...common,
          body: (prev) => body(prev),
          comment: healthyComment(p.run),
          keepHistory: true,
        });
        if (closed) {
          issueNumber = closed.number;
          issueUrl = closed.url;
          outputs['issue-action'] = closed.closed ? 'closed' : 'none';
          if (closed.closed) env.logger.info(`holdout monitor: healthy again; issue #${closed.number} closed: ${closed.url}`);
        }
      }
    } catch (error) {
      if (!isAccessError(error)) throw error;
      env.logger.warning(`holdout monitor: could not write the monitor issue (${describe(error)}); grant the token issues: write. The verdict, job summary and outputs stand.`);
    }
  }
  if (issueNumber !== undefined) {
    outputs['issue-number'] = issueNumber;
    outputs['issue-url'] = issueUrl;
  }
  if (willDispatch()) {
    const holdout = {
      model: p.identity.model,
      key: p.identity.key,
      status: p.run.status,
      failing: p.run.problems.filter((x) => x.status === 'fail').slice(0, 10).map((x) => x.id),
      at: p.run.at,
      ...(issueNumber !== undefined ? { issue: issueNumber } : {}),
      ...(env.runUrl ? { run: env.runUrl } : {}),
    };
    try {
      if (options['dispatch-event'] !== undefined) {
        await sendRepositoryDispatch(octokit, repo, options['dispatch-event'], { ...p.payload, holdout });
        env.logger.info(`holdout monitor: sent repository_dispatch "${options['dispatch-event']}"`);
      } else {
        const ref = await sendWorkflowDispatch(octokit, repo, options['dispatch-workflow']!, options['dispatch-ref'], p.inputs ?? {});
        env.logger.info(`holdout monitor: dispatched ${options['dispatch-workflow']} on ${ref}`);
      }
      outputs.dispatched = true;
    } catch (error) {
      if (!isAccessError(error)) throw error;
      const permission = options['dispatch-event'] !== undefined ? 'contents: write' : 'actions: write';
      env.logger.warning(`holdout monitor: could not send the retraining trigger (${describe(error)}); grant the token ${permission}. The verdict stands.`);
    }
  }
  return outputs;
}

function healthyComment(run: MonitorRun): string {
  const when = run.run ? `[${run.at}](${run.run})` : run.at;
  const warned = run.problems.filter((p) => p.status === 'warn').length;
  const verdict = warned === 0 ? 'every monitor check passes' : `no monitor check fails (${warned} warn${warned === 1 ? 's' : ''}: ${run.problems.slice(0, 3).map((p) => p.title).join('; ')}${warned > 3 ? '; …' : ''})`;
  return `Healthy again: ${verdict} in the run of ${when}${run.rows !== undefined ? ` (${run.rows} production rows)` : ''}. Closing; holdout reopens this issue if the model degrades again.`;
}
