// gate entry: inputs → runGateStep → outputs, job summary, exit status.

import * as core from '@actions/core';
import { ROLE_ORDER } from '../../shared/gate/decision.js';
import { runGateStep } from '../../shared/github/gate-step.js';
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
  const pull = context.payload.pull_request as { head?: { sha?: string } } | undefined;
  const result = await runGateStep({
    workspace: context.workspace,
    patterns: getListInput('results', { required: true }),
    failOn: getEnumInput('fail-on', ['fail', 'warn'] as const, 'fail'),
    checkName: getOptionalInput('check-name') ?? 'holdout / gate',
    label: getOptionalInput('override-label') ?? 'holdout:override',
    override: {
      minimumRole: getEnumInput('override-role', ROLE_ORDER, 'maintain'),
      extraRoles: getListInput('override-roles'),
      allowSelfOverride: getBooleanInput('allow-self-override', false),
    },
    environment: getOptionalInput('environment'),
    record: getOptionalInput('record') === undefined ? undefined : getEnumInput('record', ['success', 'failure'] as const, 'success'),
    auditFile: getOptionalInput('audit-file') ?? 'holdout-audit/gate-audit.json',
    sha: pull?.head?.sha ?? context.sha,
    actor: context.actor,
    eventName: context.eventName,
    payload: context.payload,
    runUrl: context.runUrl,
    github: token && context.repository ? { octokit: createOctokit({ token, apiUrl: context.apiUrl }), repo: context.repository } : undefined,
  });
  for (const warning of result.warnings) log.warning(warning);
  await appendJobSummary(result.summary);
  setOutputs(result.outputs);
  if (result.failure) core.setFailed(result.failure);
});
