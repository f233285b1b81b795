// The report step: its options, and the step — render the report from the
// results documents (job summary, outputs, the markdown file), then post or
// update the sticky comment on the run's pull request. A read-only token
// (fork, Dependabot) gives a warning, never a failure.

import { join } from 'node:path';
import { renderReport, reportMarker } from '../report/report.js';
import { collectResults } from '../results/collect.js';
import type { ResultsDocument } from '../results/schema.js';
import { VERSION } from '../version.js';
import { ConfigurationError } from '../errors.js';
import { stickyKey, tokenIdentity, upsertStickyComment } from '../github/comment.js';
import { findPullRequest } from '../github/pull-request.js';
import { DEFAULT_RESULTS_GLOB, exportOptions } from './common.js';
import { exportFiles } from '../export/files.js';
import { defineOptions, option, type OptionsOf } from './options.js';
import type { StepEnvironment, StepResult } from './step.js';

export const COMMENT_BUDGET = 65_536;
export const SUMMARY_BUDGET = 1024 * 1024 - 1024;

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;

export const reportOptions = defineOptions({
  results: option.list({
    description: 'Results documents to report: paths or globs, newline- or comma-separated.',
    default: [DEFAULT_RESULTS_GLOB],
    // The all-in-one config reports everything in its results_dir; the CLI takes them as arguments.
    config: false,
    flag: 'positional',
  }),
  title: option.string({ description: 'Title on the first line of the report.', default: 'holdout' }),
  comment: option.enum(COMMENT_MODES)({
    description: 'auto: comment on pull_request and pull_request_target events, and on a push or workflow_run whose commit heads an open pull request; always (warn when there is none); never.',
    default: 'auto',
    flag: false,
  }),
  'comment-key': option.string({
    description: 'Distinguishes several reports on one pull request (e.g. one per matrix leg); each key has its own sticky comment.',
    default: 'default',
    config: 'key',
    flag: false,
  }),
  'job-summary': option.boolean({ description: 'Write the report to the job summary too.', default: true, config: false, flag: false }),
  ...exportOptions(false),
});

export type ReportOptions = OptionsOf<typeof reportOptions>;

export interface ReportStepExtras {
  /** Size limit of the comment body (the CLI's --budget). */
  budget?: number;
}

export async function runReport(options: ReportOptions, env: StepEnvironment, extras: ReportStepExtras = {}): Promise<StepResult<undefined> & { markdown: string; verdict: string; unread: number; documents: ResultsDocument[] }> {
  const collected = await collectResults(options.results, env.workspace);
  // The comment's marker carries this workflow's identity (github/comment.ts stickyKey).
  const key = stickyKey({ workflow: env.workflow, key: options['comment-key'] });
  const ctx = { title: options.title, key, version: VERSION, commit: env.commit, runUrl: env.runUrl };
  // A document that fits the schema but cannot be rendered (a forged artifact) is not read, never a crash that loses the comment.
  const readable = collected.documents.filter((d) => {
    try {
      return renderReport([d.document], ctx, COMMENT_BUDGET) !== undefined;
    } catch (error) {
      collected.problems.push(new ConfigurationError(`not a holdout results document: it cannot be reported (${(error as Error).message})`, { file: d.file }));
      return false;
    }
  });
  for (const problem of collected.problems) env.logger.warning(problem.message);
  const documents = readable.map((d) => d.document);
  const note = collected.problems.length ? `Not read: ${collected.problems.map((p) => p.message).join('; ')}` : undefined;
  const summary = options['job-summary'] ? renderReport(documents, ctx, SUMMARY_BUDGET, note).markdown : '';
  const rendered = renderReport(documents, ctx, extras.budget ?? COMMENT_BUDGET, note);
  const comment = rendered.markdown;
  const markdownFile = join(env.tempDir, `holdout-report-${options['comment-key'].replace(/[^A-Za-z0-9_.-]/g, '_')}.md`);
  return {
    document: undefined,
    files: [{ path: markdownFile, text: comment }, ...exportFiles(options, readable, env.workspace)],
    annotations: [],
    summary,
    outputs: { 'markdown-file': markdownFile, body: comment },
    markdown: comment,
    verdict: rendered.verdict,
    documents,
    unread: collected.problems.length,
    publish: () => postComment(options, env, comment, key),
  };
}

/** Posts or updates the sticky comment; returns the outputs it adds. */
async function postComment(options: ReportOptions, env: StepEnvironment, body: string, key: string): Promise<Record<string, string | number | undefined>> {
  const mode = options.comment;
  if (mode === 'never') return {};
  if (env.eventName === 'merge_group') {
    env.logger.info('holdout report: a merge_group run has no pull request to comment on; the report is in the job summary');
    return {};
  }
  if (!env.github) {
    env.logger.warning('holdout report: no token or repository, so no pull-request comment (the job summary is written)');
    return {};
  }
  const { octokit, repo } = env.github;
  const pull = await findPullRequest(octokit, repo, env.eventName, env.payload, env.commit);
  if (!pull) {
    if (mode === 'always') env.logger.warning(`holdout report: no pull request found for this ${env.eventName || 'run'}; nothing to comment on`);
    return {};
  }
  try {
    const author = await tokenIdentity(octokit);
    const sticky = await upsertStickyComment(octokit, repo, pull.number, reportMarker(key), body, author);
    env.logger.info(`holdout report ${sticky.created ? 'posted' : 'updated'}: ${sticky.url}`);
    return { 'comment-url': sticky.url, 'comment-id': sticky.id };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 403 && status !== 404) throw error;
    // A read-only token (a fork's pull request, Dependabot): the verdict stands, the comment waits.
    env.logger.warning(`holdout report: could not comment on pull request #${pull.number} (${status}: ${(error as Error).message}). The job summary and outputs are written; see workflows-examples/fork-safe-report.yml for forks.`);
    return {};
  }
}
