// The report step: render the report from the results documents, and post
// or update the sticky comment on the run's pull request. A read-only token
// (fork, Dependabot) gives a warning, never a failure.

import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { renderReport, reportMarker } from '../report/report.js';
import { collectResults } from '../results/collect.js';
import type { Octokit } from '../runtime/octokit.js';
import { VERSION } from '../version.js';
import type { Repo } from './baseline.js';
import { tokenIdentity, upsertStickyComment } from './comment.js';
import { findPullRequest } from './pull-request.js';

export const COMMENT_BUDGET = 65_536;
export const SUMMARY_BUDGET = 1024 * 1024 - 1024;

export interface ReportStepInput {
  workspace: string;
  tempDir: string;
  patterns: readonly string[];
  title: string;
  mode: 'auto' | 'always' | 'never';
  key: string;
  sha?: string;
  runUrl?: string;
  eventName: string;
  payload: Record<string, unknown>;
  github?: { octokit: Octokit; repo: Repo };
}

export interface ReportStepResult {
  outputs: Record<string, string | number | undefined>;
  /** The job summary's markdown (the full report within 1 MiB). */
  summary: string;
  warnings: string[];
  info: string[];
}

/** Renders the report (summary and comment body); nothing is sent yet. */
export async function renderReportStep(input: ReportStepInput): Promise<ReportStepResult & { comment: string }> {
  const warnings: string[] = [];
  const info: string[] = [];
  const collected = await collectResults(input.patterns, input.workspace);
  for (const problem of collected.problems) warnings.push(problem.message);
  const documents = collected.documents.map((d) => d.document);
  const note = collected.problems.length ? `Not read: ${collected.problems.map((p) => p.message).join('; ')}` : undefined;
  const ctx = { title: input.title, key: input.key, version: VERSION, commit: input.sha, runUrl: input.runUrl };
  const summary = renderReport(documents, ctx, SUMMARY_BUDGET, note).markdown;
  const comment = renderReport(documents, ctx, COMMENT_BUDGET, note);
  const markdownFile = join(input.tempDir, `holdout-report-${input.key.replace(/[^A-Za-z0-9_.-]/g, '_')}.md`);
  await writeFileAtomic(markdownFile, comment.markdown);
  return { outputs: { 'markdown-file': markdownFile, body: comment.markdown }, summary, warnings, info, comment: comment.markdown };
}

/**
 * Posts or updates the sticky comment. Called after the summary and outputs
 * are written, so a failure here (beyond the retries) still leaves them.
 */
export async function postReportComment(input: ReportStepInput, body: string): Promise<ReportStepResult> {
  const warnings: string[] = [];
  const info: string[] = [];
  const outputs: ReportStepResult['outputs'] = {};
  const summary = '';
  if (input.mode === 'never') return { outputs, summary, warnings, info };
  if (!input.github) {
    warnings.push('holdout report: no token or repository, so no pull-request comment (the job summary is written)');
    return { outputs, summary, warnings, info };
  }
  const { octokit, repo } = input.github;
  const pull = await findPullRequest(octokit, repo, input.eventName, input.payload, input.sha);
  if (!pull) {
    if (input.mode === 'always') warnings.push(`holdout report: no pull request found for this ${input.eventName || 'run'}; nothing to comment on`);
    return { outputs, summary, warnings, info };
  }
  try {
    const author = await tokenIdentity(octokit);
    const sticky = await upsertStickyComment(octokit, repo, pull.number, reportMarker(input.key), body, author);
    outputs['comment-url'] = sticky.url;
    outputs['comment-id'] = sticky.id;
    info.push(`holdout report ${sticky.created ? 'posted' : 'updated'}: ${sticky.url}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 403 && status !== 404) throw error;
    // A read-only token (a fork's pull request, Dependabot): the verdict stands, the comment waits.
    warnings.push(`holdout report: could not comment on pull request #${pull.number} (${status}: ${(error as Error).message}). The job summary and outputs are written; see workflows-examples/fork-safe-report.yml for forks.`);
  }
  return { outputs, summary, warnings, info };
}
