// report entry: inputs → render (job summary, outputs) → sticky comment.

import { postReportComment, renderReportStep } from '../../shared/github/report-step.js';
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

await runAction(async () => {
  const context = readRunContext();
  const token = getOptionalInput('token');
  const jobSummary = getBooleanInput('job-summary', true);
  const input = {
    workspace: context.workspace,
    tempDir: context.runnerTemp ?? context.workspace,
    // action.yml gives the default glob; a run without it is not a runner's run.
    patterns: getListInput('results', { required: true }),
    title: getOptionalInput('title') ?? 'holdout',
    mode: getEnumInput('comment', ['auto', 'always', 'never'] as const, 'auto') as 'auto' | 'always' | 'never',
    key: getOptionalInput('comment-key') ?? 'default',
    sha: context.sha,
    runUrl: context.runUrl,
    eventName: context.eventName,
    payload: context.payload,
    github: token && context.repository ? { octokit: createOctokit({ token, apiUrl: context.apiUrl }), repo: context.repository } : undefined,
  };
  const rendered = await renderReportStep(input);
  for (const warning of rendered.warnings) log.warning(warning);
  if (jobSummary) await appendJobSummary(rendered.summary);
  setOutputs(rendered.outputs);
  const posted = await postReportComment(input, rendered.comment);
  for (const warning of posted.warnings) log.warning(warning);
  for (const line of posted.info) log.info(line);
  setOutputs(posted.outputs);
});
