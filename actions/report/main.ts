// report entry: results documents → one sticky pull-request comment and the
// job summary. A read-only token (fork, Dependabot) gets a warning, and the
// summary and outputs are still written.

import { join, resolve } from 'node:path';
import { findPullRequest } from '../../shared/github/pull-request.js';
import { tokenIdentity, upsertStickyComment } from '../../shared/github/comment.js';
import { writeFileAtomic } from '../../shared/io/atomic.js';
import { collectResults } from '../../shared/results/collect.js';
import { renderReport, reportMarker } from '../../shared/report/report.js';
import { VERSION } from '../../shared/version.js';
import {
  appendJobSummary,
  createOctokit,
  getBooleanInput,
  getEnumInput,
  getListInput,
  getOptionalInput,
  log,
  readRunContext,
  runAction,
  setOutputs,
} from '../../shared/runtime/index.js';

const COMMENT_BUDGET = 65_536;
const SUMMARY_BUDGET = 1024 * 1024 - 1024;

await runAction(async () => {
  const context = readRunContext();
  // action.yml gives the default glob; a run without it is not a runner's run.
  const patterns = getListInput('results', { required: true });
  const title = getOptionalInput('title') ?? 'holdout';
  const mode = getEnumInput('comment', ['auto', 'always', 'never'] as const, 'auto');
  const key = getOptionalInput('comment-key') ?? 'default';
  const token = getOptionalInput('token');
  const jobSummary = getBooleanInput('job-summary', true);

  const collected = await collectResults(patterns, context.workspace);
  for (const problem of collected.problems) log.warning(problem.message);
  const documents = collected.documents.map((d) => d.document);
  const note = collected.problems.length ? `Not read: ${collected.problems.map((p) => p.message).join('; ')}` : undefined;
  const ctx = { title, key, version: VERSION, commit: context.sha, runUrl: context.runUrl };
  const summary = renderReport(documents, ctx, SUMMARY_BUDGET, note);
  const comment = renderReport(documents, ctx, COMMENT_BUDGET, note);
  const markdownFile = join(context.runnerTemp ?? context.workspace, `holdout-report-${key.replace(/[^A-Za-z0-9_.-]/g, '_')}.md`);
  await writeFileAtomic(markdownFile, comment.markdown);
  if (jobSummary) await appendJobSummary(summary.markdown);
  setOutputs({ 'markdown-file': markdownFile, body: comment.markdown });

  if (mode === 'never') return;
  if (!token || !context.repository) {
    log.warning('holdout report: no token or repository, so no pull-request comment (the job summary is written)');
    return;
  }
  const octokit = createOctokit({ token, apiUrl: context.apiUrl });
  const pull = await findPullRequest(octokit, context.repository, context.eventName, context.payload, context.sha);
  if (!pull) {
    if (mode === 'always') log.warning(`holdout report: no pull request found for this ${context.eventName || 'run'}; nothing to comment on`);
    return;
  }
  try {
    const author = await tokenIdentity(octokit);
    const sticky = await upsertStickyComment(octokit, context.repository, pull.number, reportMarker(key), comment.markdown, author);
    setOutputs({ 'comment-url': sticky.url, 'comment-id': sticky.id });
    log.info(`holdout report ${sticky.created ? 'posted' : 'updated'}: ${sticky.url}`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      // A read-only token (a fork's pull request, Dependabot): the verdict stands, the comment waits.
      log.warning(`holdout report: could not comment on pull request #${pull.number} (${status}: ${(error as Error).message}). The job summary and outputs are written; see workflows-examples/fork-safe-report.yml for forks.`);
      return;
    }
    throw error;
  }
});
