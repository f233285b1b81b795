// The report step: its options, and the step — render the report from the
// results documents (job summary, outputs, the markdown file), then post or
// update the sticky comment on the run's pull request. A read-only token
// (fork, Dependabot) gives a warning, never a failure.

import { join } from 'node:path';
import { renderReport, reportMarker } from '../report/report.js';
import { collectResults } from '../results/collect.js';
import { VERSION } from '../version.js';
import { tokenIdentity, upsertStickyComment } from '../github/comment.js';
import { findPullRequest } from '../github/pull-request.js';
import { DEFAULT_RESULTS_GLOB } from './common.js';
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
});

export type ReportOptions = OptionsOf<typeof reportOptions>;

export interface ReportStepExtras {
  /** Size limit of the comment body (the CLI's --budget). */
  budget?: number;
}

export async function runReport(options: ReportOptions, env: StepEnvironment, extras: ReportStepExtras = {}): Promise<StepResult<undefined> & { markdown: string; verdict: string; unread: number }> {
  const collected = await collectResults(options.results, env.workspace);
  for (const problem of collected.problems) env.logger.warning(problem.message);
  const documents = collected.documents.map((d) => d.document);
  const note = collected.problems.length ? `Not read: ${collected.problems.map((p) => p.message).join('; ')}` : undefined;
  const ctx = { title: options.title, key: options['comment-key'], version: VERSION, commit: env.commit, runUrl: env.runUrl };
  const summary = options['job-summary'] ? renderReport(documents, ctx, SUMMARY_BUDGET, note).markdown : '';
  const rendered = renderReport(documents, ctx, extras.budget ?? COMMENT_BUDGET, note);
  const comment = rendered.markdown;
  const markdownFile = join(env.tempDir, `holdout-report-${options['comment-key'].replace(/[^A-Za-z0-9_.-]/g, '_')}.md`);
  return {
    document: undefined,
    files: [{ path: markdownFile, text: comment }],
    annotations: [],
    summary,
    outputs: { 'markdown-file': markdownFile, body: comment },
    markdown: comment,
    verdict: rendered.verdict,
    unread: collected.problems.length,
    publish: () => postComment(options, env, comment),
  };
}

/** Posts or updates the sticky comment; returns the outputs it adds. */
async function postComment(options: ReportOptions, env: StepEnvironment, body: string): Promise<Record<string, string | number | undefined>> {
  const mode = options.comment;
  if (mode === 'never') return {};
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
    const sticky = await upsertStickyComment(octokit, repo, pull.number, reportMarker(options['comment-key']), body, author);
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
