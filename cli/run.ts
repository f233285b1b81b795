// `holdout run`: the all-in-one pipeline that .github/holdout.yml describes,
// run locally by the same composition the root action runs
// (shared/steps/run-pipeline.ts): the data checks, the comparison, the gate
// and the report, writing the same results documents and audit record.
//
// With --dry-run nothing talks to GitHub to write: it prints what the action
// would post — the check run's conclusion and title, and the sticky comment's
// markdown. Without it, and with GITHUB_TOKEN and GITHUB_REPOSITORY set, it
// posts them as the root action does on a push of the commit (the check run
// on the commit, the comment on the open pull request whose head it is).

import { userFile } from '../shared/io/user-file.js';
import { sanitizeTerminal } from './text.js';
import { loadPipelineConfig } from '../shared/steps/pipeline.js';
import { checkRunFor, runPipeline, type PipelineOutcome, type PipelineStage } from '../shared/steps/run-pipeline.js';
import { cliEnvironment, EXIT, parse, UsageError, type CliIo } from './common.js';
import { formatCount } from '../shared/count.js';
import { CODE_QUALITY_FLAG, gitLabNoteWorkflow, postGitLabNote, writeCodeQuality } from './gitlab.js';
import { reportMarker } from '../shared/report/report.js';
import { stickyKey } from '../shared/github/comment.js';
import type { ResultsDocument } from '../shared/results/schema.js';

export const DEFAULT_CONFIG = '.github/holdout.yml';

const RUN_USAGE = `Usage: holdout run [--config <file>] [--dry-run] [options]

Runs the pipeline the all-in-one config describes — data checks, the model
comparison, the gate and the report — as the root action (holdout/holdout@v0)
does, with the same steps: results documents in the config's results_dir,
the gate's audit record, the report's markdown.

With --dry-run nothing is posted: it prints the check run the gate would
publish (conclusion and title) and the sticky comment the report would post.
Without it, when GITHUB_TOKEN and GITHUB_REPOSITORY are set, it publishes the
check run on the commit and the comment on the open pull request whose head
is that commit, as the root action does on a push.

Options:
  --config <file>    the all-in-one config (default ${DEFAULT_CONFIG})
  --dry-run          post nothing; print what would be posted
  --commit <sha>     the commit the results are about (default: git rev-parse HEAD, when in a git repository)
  --format <format>  text (default) or json (the dry run's report as one JSON document)
  --junit <file>     write every results document as JUnit XML here (default: the config's junit)
  --kubeflow-metrics <file>  write Kubeflow Pipelines' metrics output (mlpipeline-metrics JSON) here
  --gitlab-code-quality <file>  write the stages' findings as a GitLab Code Quality report (docs/gitlab.md)
  --gitlab-note      in a GitLab merge request pipeline, post the report as the merge request's
                     note or update it (not with --dry-run; needs HOLDOUT_GITLAB_TOKEN; docs/gitlab.md)
  -h, --help         show this help

Exit status: 0 the gate passes, 1 it fails, 2 bad input or usage; 3 the gate passes
but the GitLab note could not be posted.`;

/** What a run reports: the stages, the gate and what is (or would be) posted. */
export interface RunReport {
  config: string;
  dryRun: boolean;
  commit?: string;
  resultsDir: string;
  stages: Array<{ name: string; resultsFile: string; status?: string; failure?: string }>;
  gate?: { decision: string; reason: string; resultsFile: string; auditFile: string };
  /** The check run the gate publishes (posted, or would be with --dry-run); absent with gate.enabled: false. */
  checkRun?: { name: string; conclusion: string; title: string; id?: number };
  /** The sticky comment the report posts; absent when the config says comment: never. */
  comment?: { key: string; mode: string; body: string; url?: string };
  exitCode: number;
}

export async function runCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    config: { type: 'string' },
    'dry-run': { type: 'boolean' },
    commit: { type: 'string' },
    format: { type: 'string' },
    junit: { type: 'string' },
    'kubeflow-metrics': { type: 'string' },
    ...CODE_QUALITY_FLAG,
    'gitlab-note': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(RUN_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`run takes no arguments (got "${positionals[0]}"); name the config with --config`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be one of text, json');
  const dryRun = values['dry-run'] === true;
  const configPath = typeof values.config === 'string' ? values.config : DEFAULT_CONFIG;
  const loaded = await loadPipelineConfig(userFile(io.cwd, configPath));
  const base = await cliEnvironment(io, undefined);
  const commit = typeof values.commit === 'string' ? values.commit : base.commit;

  // GitHub access reads artifact: and deployment: baselines; it publishes only when posting.
  const github = await io.gitHub?.();
  const posting = !dryRun && github !== undefined && commit !== undefined;
  // Posting is the root action on a push of the commit: the check run on it, the comment on the pull request it heads.
  const env = { ...base, github, commit, ...(posting ? { eventName: 'push', payload: { after: commit } } : {}) };
  // The GitLab note's marker names the project (the report's is built from env.workflow and the report key).
  // When the run also posts to GitHub, the GitHub sticky comment keeps its workflow's marker (or it would no
  // longer find the comment it posted before), and the note carries that same marker on GitLab.
  const gitlabNote = values['gitlab-note'] === true && !dryRun;
  if (gitlabNote && !posting) env.workflow = gitLabNoteWorkflow(io);

  const text = format === 'text';
  if (text) io.stdout(`holdout run: ${configPath}${dryRun ? ' (dry run: nothing is posted)' : ''}\n`);
  const outcome = await runPipeline(loaded, env, {
    dryRun: !posting,
    exports: {
      ...(typeof values.junit === 'string' ? { junit: values.junit } : {}),
      ...(typeof values['kubeflow-metrics'] === 'string' ? { 'kubeflow-metrics': values['kubeflow-metrics'] } : {}),
    },
    onStage: (stage) => {
      if (text) io.stdout(stageLine(stage));
    },
  });
  const report: RunReport = {
    config: configPath,
    dryRun,
    commit,
    resultsDir: outcome.resultsDir,
    stages: outcome.stages.map(({ name, resultsFile, result }) => ({ name, resultsFile, status: result.document?.status, failure: result.failure?.message })),
    exitCode: outcome.failure?.kind === 'input' ? EXIT.usage : outcome.failure ? EXIT.failed : EXIT.ok,
  };
  await writeCodeQuality(values, outcome.stages.map((s) => s.result.document).filter((d): d is ResultsDocument => d !== undefined), io);
  const gateConfig = loaded.config.gate;
  if (outcome.gate?.decision) {
    const { decision } = outcome.gate;
    report.gate = { decision: decision.decision, reason: decision.reason, resultsFile: `${outcome.resultsDir}/gate.json`, auditFile: String(outcome.gate.outputs['audit-file']) };
    const checkRunId = outcome.gate.outputs['check-run-id'];
    report.checkRun = { name: String(gateConfig.check_name ?? 'holdout / gate'), ...checkRunFor(decision), ...(typeof checkRunId === 'number' ? { id: checkRunId } : {}) };
  }
  const mode = String(loaded.config.report.comment ?? 'auto');
  if (mode !== 'never') report.comment = { key: String(loaded.config.report.key ?? 'default'), mode, body: outcome.report.markdown };
  if (posting && report.comment && outcome.report.publish) {
    const url = (await outcome.report.publish())['comment-url'];
    if (typeof url === 'string') report.comment.url = url;
  }

  if (gitlabNote) {
    const posted = await postGitLabNote(outcome.report.markdown, reportMarker(stickyKey({ workflow: env.workflow, key: String(loaded.config.report.key ?? 'default') })), io);
    if (posted !== undefined && report.exitCode === EXIT.ok) report.exitCode = posted;
  }
  if (format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(renderText(report, outcome, { posting, hasGitHub: github !== undefined }));
  if (outcome.failure?.kind === 'input') io.stderr(`holdout: ${outcome.failure.message.split('\n').join('\nholdout: ')}\n`);
  return report.exitCode;
}

function stageLine({ name, resultsFile, result }: PipelineStage): string {
  const status = (result.document?.status ?? 'error').toUpperCase().padEnd(5);
  const why = result.failure ? `: ${result.failure.message.split('\n')[0]}` : '';
  return sanitizeTerminal(`${status} ${name} → ${resultsFile}${why}`) + '\n';
}

function renderText(report: RunReport, outcome: PipelineOutcome, context: { posting: boolean; hasGitHub: boolean }): string {
  const lines: string[] = [];
  if (report.gate) lines.push(sanitizeTerminal(`${report.gate.decision.toUpperCase().padEnd(5)} gate → ${report.gate.resultsFile} (audit record ${report.gate.auditFile}): ${report.gate.reason}`));
  lines.push(`Report: ${sanitizeTerminal(outcome.report.verdict)}`);
  lines.push('');
  const on = report.commit ? report.commit.slice(0, 12) : 'the commit';
  if (report.dryRun) {
    if (report.checkRun) lines.push(sanitizeTerminal(`Would publish the check run "${report.checkRun.name}" on ${on}: conclusion ${report.checkRun.conclusion}, title "${report.checkRun.title}"`));
    else lines.push('Would publish no check run (gate.enabled: false)');
    if (report.comment) {
      lines.push(`Would post or update the sticky comment "${report.comment.key}" on the pull request whose head is ${on} (report.comment: ${report.comment.mode}), ${formatCount(report.comment.body.length)} characters:`);
      lines.push('', report.comment.body.trimEnd(), '');
    } else lines.push('Would post no comment (report.comment: never)');
  } else if (context.posting) {
    if (report.checkRun) lines.push(`Check run "${report.checkRun.name}" on ${on}: ${report.checkRun.conclusion}${report.checkRun.id !== undefined ? ` (id ${report.checkRun.id})` : ''}`);
    lines.push(report.comment?.url ? `Comment: ${report.comment.url}` : 'No comment posted (no open pull request with this head, or comment: never)');
  } else {
    lines.push(context.hasGitHub ? 'Nothing posted: no commit (not a git repository; pass --commit <sha>).' : 'Nothing posted: GITHUB_TOKEN and GITHUB_REPOSITORY are not set (use --dry-run to see what would be posted).');
  }
  return lines.join('\n') + '\n';
}

