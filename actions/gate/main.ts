// gate entry: results documents → decision (with an audited override) →
// check run (or commit status), audit record, gate results, and in deploy
// mode a deployment whose payload is the next production baseline. Exit
// status fails on fail. No logic of its own beyond wiring.

import { resolve } from 'node:path';
import { ConfigurationError } from '../../shared/errors.js';
import * as core from '@actions/core';
import { DEPLOYMENT_PAYLOAD_VERSION } from '../../shared/baseline/payload.js';
import { buildAuditRecord, candidateMetrics, serializeAudit } from '../../shared/gate/audit.js';
import { decide, evaluateOverride, ROLE_ORDER, type OverrideVerdict } from '../../shared/gate/decision.js';
import { createDeployment, overrideFacts, publishCheck, recordDeployment } from '../../shared/github/gate.js';
import { findPullRequest } from '../../shared/github/pull-request.js';
import { writeFileAtomic } from '../../shared/io/atomic.js';
import { renderGateSummary } from '../../shared/report/gate.js';
import { collectResults } from '../../shared/results/collect.js';
import { writeResults } from '../../shared/results/io.js';
import { RESULTS_VERSION } from '../../shared/results/schema.js';
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
  const patterns = getListInput('results', { required: true });
  const failOn = getEnumInput('fail-on', ['fail', 'warn'] as const, 'fail');
  const checkName = getOptionalInput('check-name') ?? 'holdout / gate';
  const label = getOptionalInput('override-label') ?? 'holdout:override';
  const minimumRole = getEnumInput('override-role', ROLE_ORDER, 'maintain');
  const extraRoles = getListInput('override-roles');
  const allowSelfOverride = getBooleanInput('allow-self-override', false);
  const environment = getOptionalInput('environment');
  const record = getOptionalInput('record') === undefined ? undefined : getEnumInput('record', ['success', 'failure'] as const, 'success');
  const token = getOptionalInput('token');
  const auditFile = getOptionalInput('audit-file') ?? 'holdout-audit/gate-audit.json';
  const repo = context.repository;
  const octokit = token && repo ? createOctokit({ token, apiUrl: context.apiUrl }) : undefined;
  const pullPayload = context.payload.pull_request as { head?: { sha?: string } } | undefined;
  const sha = pullPayload?.head?.sha ?? context.sha;

  if (record) {
    if (!environment) throw new ConfigurationError('input record needs environment: the deployment to record is the one to that environment');
    if (!octokit || !repo || !sha) throw new ConfigurationError('input record needs a token, the repository and the commit');
    const id = await recordDeployment(octokit, repo, sha, environment, record);
    if (id === undefined) throw new ConfigurationError(`no holdout deployment of ${sha.slice(0, 12)} to ${environment} to record; run the gate with environment: ${environment} first`);
    setOutputs({ decision: record === 'success' ? 'pass' : 'fail', reason: `deployment ${id} marked ${record}`, 'deployment-id': id });
    await appendJobSummary(`### holdout gate: deployment ${id} to ${environment} recorded as **${record}**\n\n${record === 'success' ? 'Its metrics are now the production baseline (`deployment:' + environment + '`).' : 'The previous production baseline stays.'}\n`);
    return;
  }

  const collected = await collectResults(patterns, context.workspace);
  const unreadable = collected.problems.map((p) => ({ file: p.file ?? patterns.join(', '), reason: p.reason }));
  let decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn });
  let override: OverrideVerdict | undefined;
  let overrideRequested = false;
  if (decision.decision === 'fail' && decision.integrityProblems.length === 0 && !environment && octokit && repo) {
    const pull = await findPullRequest(octokit, repo, context.eventName, context.payload, sha);
    if (pull) {
      const facts = await overrideFacts(octokit, repo, pull.number, label);
      overrideRequested = facts.present;
      if (facts.present) {
        override = evaluateOverride(facts, { minimumRole, extraRoles, allowSelfOverride });
        decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn, override });
        if (!override.honoured) log.warning(`holdout gate: override refused: ${override.reason}`);
      }
    }
  }

  const audit = buildAuditRecord(decision, collected.documents, { commit: sha, actor: context.actor, event: context.eventName, runUrl: context.runUrl, environment, label, override, overrideRequested, now: new Date() });
  const { text: auditText, sha256: auditSha } = serializeAudit(audit);
  await writeFileAtomic(resolve(context.workspace, auditFile), auditText);

  let checkRunId: number | undefined;
  let deploymentId: number | undefined;
  if (octokit && repo && sha) {
    const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
    const title = decision.decision === 'overridden' ? `Overridden: ${decision.reason}`.slice(0, 250) : `${decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
    const annotations = collected.documents.flatMap((d) => (d.document.kind === 'validate-data' ? d.document.data.errors.map((e) => ({ level: 'error' as const, message: e.message, file: e.file, line: e.line, title: e.type })) : []));
    try {
      const published = await publishCheck(octokit, repo, sha, checkName, conclusion, {
        title,
        summary: renderGateSummary(decision, audit, auditSha).slice(0, 65_000),
        text: `Audit record (sha256 ${auditSha}):\n\n\`\`\`json\n${auditText.slice(0, 60_000)}\`\`\``,
      }, annotations, context.runUrl);
      checkRunId = published.checkRunId;
      if (published.fallback) log.warning(`holdout gate: ${published.fallback}`);
    } catch (error) {
      if ((error as { status?: number }).status !== 403) throw error;
      log.warning(`holdout gate: the token may write neither check runs nor commit statuses (403); the decision stands and fails or passes this step`);
    }
    if (environment && decision.decision !== 'fail') {
      deploymentId = await createDeployment(octokit, repo, sha, environment, {
        holdout: {
          version: DEPLOYMENT_PAYLOAD_VERSION,
          decision: decision.decision,
          metrics: candidateMetrics(collected.documents),
          model: collected.documents.find((d) => d.document.kind === 'compare-metrics')?.document.subject.files[0]?.path,
          commit: sha,
          audit: { sha256: auditSha },
          recordedAt: audit.createdAt,
        },
      }, `holdout ${decision.decision}: ${decision.reason}`);
    }
  } else if (environment) {
    throw new ConfigurationError('deploy mode (environment) needs a token and the repository to create the deployment');
  }

  await writeResults(resolve(context.workspace, 'holdout-results/gate.json'), {
    holdout: RESULTS_VERSION, kind: 'gate', title: 'Gate', status: decision.decision === 'fail' ? (decision.status === 'error' ? 'error' : 'fail') : decision.decision === 'overridden' ? 'warn' : 'pass',
    createdAt: audit.createdAt, subject: { files: collected.documents.map((d) => ({ path: d.file, sha256: d.sha256 })), gitSha: sha },
    checks: [{ id: 'gate', title: 'Gate decision', status: decision.decision === 'fail' ? 'fail' : decision.decision === 'overridden' ? 'warn' : 'pass', message: decision.reason, count: decision.decision === 'pass' ? 0 : 1, locations: [] }],
    decision: { decision: decision.decision, reason: decision.reason, auditSha256: auditSha, checkRunId, deploymentId },
  });
  await appendJobSummary(renderGateSummary(decision, audit, auditSha));
  setOutputs({ decision: decision.decision, reason: decision.reason, 'audit-file': auditFile, 'check-run-id': checkRunId, 'deployment-id': deploymentId });
  if (decision.decision === 'fail') core.setFailed(`holdout gate: fail: ${decision.reason}`);
});

