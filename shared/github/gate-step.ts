// The gate step: decide, evaluate an override, publish the check, write the
// audit record and gate results, and in deploy mode create (or record) the
// deployment that carries the production baseline. The action entry only
// reads inputs and writes outputs; this is the orchestration it calls.

import { resolve } from 'node:path';
import { DEPLOYMENT_PAYLOAD_VERSION } from '../baseline/payload.js';
import { ConfigurationError } from '../errors.js';
import { buildAuditRecord, candidateMetrics, serializeAudit } from '../gate/audit.js';
import { decide, evaluateOverride, type GateDecision, type OverridePolicy, type OverrideVerdict } from '../gate/decision.js';
import { writeFileAtomic } from '../io/atomic.js';
import { renderGateSummary } from '../report/gate.js';
import { collectResults } from '../results/collect.js';
import { resultsPath, writeResults } from '../results/io.js';
import { RESULTS_VERSION } from '../results/schema.js';
import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './baseline.js';
import { createDeployment, overrideFacts, publishCheck, recordDeployment } from './gate.js';
import { findPullRequest } from './pull-request.js';

export interface GateStepInput {
  workspace: string;
  patterns: readonly string[];
  failOn: 'fail' | 'warn';
  checkName: string;
  label: string;
  override: OverridePolicy;
  environment?: string;
  record?: 'success' | 'failure';
  auditFile: string;
  /** Where the gate's own results document goes (default holdout-results). */
  resultsDir?: string;
  /** The commit being gated (the pull request's head on pull_request events). */
  sha?: string;
  actor?: string;
  eventName: string;
  payload: Record<string, unknown>;
  runUrl?: string;
  github?: { octokit: Octokit; repo: Repo };
  now?: Date;
}

export interface GateStepResult {
  outputs: Record<string, string | number | undefined>;
  summary: string;
  warnings: string[];
  /** Set when the step must fail. */
  failure?: string;
}

export async function runGateStep(input: GateStepInput): Promise<GateStepResult> {
  const warnings: string[] = [];
  const { github, sha, environment } = input;
  if (input.record) {
    if (!environment) throw new ConfigurationError('input record needs environment: the deployment to record is the one to that environment');
    if (!github || !sha) throw new ConfigurationError('input record needs a token, the repository and the commit');
    const id = await recordDeployment(github.octokit, github.repo, sha, environment, input.record);
    if (id === undefined) throw new ConfigurationError(`no holdout deployment of ${sha.slice(0, 12)} to ${environment} to record; run the gate with environment: ${environment} first`);
    return {
      outputs: { decision: input.record === 'success' ? 'pass' : 'fail', reason: `deployment ${id} marked ${input.record}`, 'deployment-id': id },
      summary: `### holdout gate: deployment ${id} to ${environment} recorded as **${input.record}**\n\n${input.record === 'success' ? `Its metrics are now the production baseline (\`deployment:${environment}\`).` : 'The previous production baseline stays.'}\n`,
      warnings,
    };
  }
  if (environment && !github) throw new ConfigurationError('deploy mode (environment) needs a token and the repository to create the deployment');

  const collected = await collectResults(input.patterns, input.workspace);
  const unreadable = collected.problems.map((p) => ({ file: p.file ?? input.patterns.join(', '), reason: p.reason }));
  let decision: GateDecision = decide({ documents: collected.documents, unreadable, commit: sha, failOn: input.failOn });
  let override: OverrideVerdict | undefined;
  let overrideRequested = false;
  if (decision.decision === 'fail' && decision.integrityProblems.length === 0 && !environment && github) {
    const pull = await findPullRequest(github.octokit, github.repo, input.eventName, input.payload, sha);
    if (pull) {
      const facts = await overrideFacts(github.octokit, github.repo, pull.number, input.label);
      overrideRequested = facts.present;
      if (facts.present) {
        override = evaluateOverride(facts, input.override);
        decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn: input.failOn, override });
        if (!override.honoured) warnings.push(`holdout gate: override refused: ${override.reason}`);
      }
    }
  }
  const now = input.now ?? new Date();
  const audit = buildAuditRecord(decision, collected.documents, { commit: sha, actor: input.actor, event: input.eventName, runUrl: input.runUrl, environment, label: input.label, override, overrideRequested, now });
  const { text: auditText, sha256: auditSha } = serializeAudit(audit);
  await writeFileAtomic(resolve(input.workspace, input.auditFile), auditText);
  const summary = renderGateSummary(decision, audit, auditSha);

  let checkRunId: number | undefined;
  let deploymentId: number | undefined;
  if (github && sha) {
    const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
    const title = `${decision.decision === 'overridden' ? 'Overridden' : decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
    const annotations = collected.documents.flatMap((d) => (d.document.kind === 'validate-data' ? d.document.data.errors.map((e) => ({ level: 'error' as const, message: e.message, file: e.file, line: e.line, title: e.type })) : []));
    try {
      const published = await publishCheck(github.octokit, github.repo, sha, input.checkName, conclusion, {
        title,
        summary: summary.slice(0, 65_000),
        text: `Audit record (sha256 ${auditSha}):\n\n\`\`\`json\n${auditText.slice(0, 60_000)}\`\`\``,
      }, annotations, input.runUrl);
      checkRunId = published.checkRunId;
      if (published.fallback) warnings.push(`holdout gate: ${published.fallback}`);
    } catch (error) {
      if ((error as { status?: number }).status !== 403) throw error;
      warnings.push('holdout gate: the token may write neither check runs nor commit statuses (403); the decision stands and fails or passes this step');
    }
    if (environment && decision.decision !== 'fail') {
      deploymentId = await createDeployment(github.octokit, github.repo, sha, environment, {
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
  }

  const gateStatus = decision.decision === 'fail' ? (decision.status === 'error' ? 'error' : 'fail') : decision.decision === 'overridden' ? 'warn' : 'pass';
  await writeResults(resultsPath(input.workspace, input.resultsDir ?? 'holdout-results', 'gate.json'), {
    holdout: RESULTS_VERSION, kind: 'gate', title: 'Gate', status: gateStatus, createdAt: audit.createdAt,
    subject: { files: collected.documents.map((d) => ({ path: d.file, sha256: d.sha256 })), gitSha: sha },
    checks: [{ id: 'gate', title: 'Gate decision', status: gateStatus === 'error' ? 'fail' : gateStatus, message: decision.reason, count: decision.decision === 'pass' ? 0 : 1, locations: [] }],
    decision: { decision: decision.decision, reason: decision.reason, auditSha256: auditSha, checkRunId, deploymentId },
  });
  return {
    outputs: { decision: decision.decision, reason: decision.reason, 'audit-file': input.auditFile, 'check-run-id': checkRunId, 'deployment-id': deploymentId },
    summary,
    warnings,
    failure: decision.decision === 'fail' ? `holdout gate: fail: ${decision.reason}` : undefined,
  };
}
