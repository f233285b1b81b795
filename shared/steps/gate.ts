// The gate step: its options, and the step — decide, evaluate an override,
// publish the check run, and in deploy mode create (or record) the
// deployment that carries the production baseline — to the gate's results
// document, the audit record, the job summary and outputs.

import { DEPLOYMENT_PAYLOAD_VERSION, type DeploymentPayload } from '../baseline/payload.js';
import { ConfigurationError } from '../errors.js';
import { buildAuditRecord, candidateMetrics, serializeAudit } from '../gate/audit.js';
import { decide, evaluateOverride, ROLE_ORDER, type GateDecision, type OverrideVerdict } from '../gate/decision.js';
import { DEFAULT_MODEL_CARD_SECTIONS } from '../modelcard/card.js';
import { checkModelCard, MODEL_CARD_POLICIES } from '../modelcard/check.js';
import { renderGateSummary } from '../report/gate.js';
import { collectGateInputs } from '../gate/inputs.js';
import { queuedPullRequest } from '../gate/merge-queue.js';
import { describePromotion, promotionRequest, type RegistryPromotion } from '../gate/promotion.js';
import { RESULTS_VERSION, type ResultsDocument, type Status } from '../results/schema.js';

type GateResults = Extract<ResultsDocument, { kind: 'gate' }>;
import { userFile } from '../io/user-file.js';
import { announceDeployment, createDeployment, overrideFacts, publishCheck, recordDeployment } from '../github/gate.js';
import { findPullRequest } from '../github/pull-request.js';
import { DEFAULT_RESULTS_GLOB, exportOptions, GATE_FAIL_ON } from './common.js';
import { exportFiles } from '../export/files.js';
import { defineOptions, option, type OptionsOf } from './options.js';
import { promoteCandidate, runRollback } from './gate-registry.js';
import type { StepEnvironment, StepResult } from './step.js';

export const gateOptions = defineOptions({
  results: option.list({
    description: 'Results documents to decide on (globs). A glob that matches nothing fails.',
    default: [DEFAULT_RESULTS_GLOB],
    config: false,
    flag: 'positional',
  }),
  'fail-on': option.enum(GATE_FAIL_ON)({ description: 'fail (default): fail and error block; warn: warnings block too.', default: 'fail' }),
  'check-name': option.string({ description: 'Name of the check run (require it in branch protection).', default: 'holdout / gate', flag: false }),
  'override-label': option.string({
    description: 'Label that overrides a failing decision, when added after the newest push by a user with override-role.',
    default: 'holdout:override',
    flag: false,
  }),
  'override-role': option.enum(ROLE_ORDER)({
    description: 'Lowest repository role that may override: read < triage < write < maintain < admin.',
    default: 'maintain',
    flag: false,
  }),
  'override-roles': option.list({ description: 'Custom repository role names that may override too (comma- or newline-separated).', default: [], flag: false }),
  'allow-self-override': option.boolean({ description: "Whether the pull request's author may override their own pull request.", default: false, flag: false }),
  environment: option.string({
    description: 'Deploy mode: on a passing decision, create a deployment to this environment whose payload records the candidate metrics (the next production baseline once recorded as success).',
    flag: false,
  }),
  record: option.enum(['success', 'failure'] as const)({
    description: 'success or failure: record the outcome of the deployment of this commit to environment.',
    config: false,
    flag: false,
  }),
  'audit-file': option.string({ description: 'Where to write the audit record (JSON).', default: 'holdout-audit/gate-audit.json' }),
  mode: option.enum(['decide', 'rollback'] as const)({
    description: 'decide (default): decide, and deploy when environment is set; rollback: deploy the previous successful deployment to environment again (a new deployment of its commit with its payload, audited) and move back what the rolled-back deploy promoted in a registry.',
    default: 'decide',
    // Like record, a run of its own: the all-in-one config decides, it does not roll back.
    config: false,
    flag: false,
  }),
  'model-card': option.string({ description: 'Governance: a Markdown model card (path) whose required sections the gate checks, one check each, beside the results (docs/gate.md); not checked when not set.' }),
  'model-card-sections': option.list({ description: "The model card's required sections, one per line; headings that may stand for one section separated by |, matched case-insensitively at any level.", default: [...DEFAULT_MODEL_CARD_SECTIONS] }),
  'model-card-policy': option.enum(MODEL_CARD_POLICIES)({ description: 'fail (default) or warn: what a required section of the model card that is missing or empty does.', default: 'fail' }),
  promote: option.string({
    description: 'Deploy mode: on an approved deploy, promote promote-candidate in a model registry: mlflow:<model>@<alias> moves the alias, sagemaker:<model-package-group> sets the package Approved. What it replaced goes into the audit record, for rollback.',
    flag: false,
  }),
  'promote-candidate': option.string({
    description: 'The candidate to promote: for mlflow, its version number, @<alias> or runs/<run_id>; for sagemaker, its model package ARN.',
    flag: false,
  }),
  ...exportOptions(false),
});

export type GateOptions = OptionsOf<typeof gateOptions>;

export interface GateStepExtras {
  /** Where the gate's own results document goes (default holdout-results). */
  resultsDir?: string;
}

type GateResult = StepResult<GateResults | undefined> & { decision?: GateDecision };

export async function runGate(options: GateOptions, env: StepEnvironment, extras: GateStepExtras = {}): Promise<GateResult> {
  const { github, commit: sha } = env;
  const environment = options.environment;
  if (options.mode === 'rollback') return runRollback(options, env);
  const promote = promotionRequest(options.promote, options['promote-candidate'], environment);
  if (options.record) {
    if (!environment) throw new ConfigurationError('record needs environment: the deployment to record is the one to that environment');
    if (!github || !sha) throw new ConfigurationError('record needs a token, the repository and the commit');
    const id = await recordDeployment(github.octokit, github.repo, sha, environment, options.record);
    if (id === undefined) throw new ConfigurationError(`no holdout deployment of ${sha.slice(0, 12)} to ${environment} to record; run the gate with environment: ${environment} first`);
    return {
      document: undefined,
      files: [],
      annotations: [],
      outputs: { decision: options.record === 'success' ? 'pass' : 'fail', reason: `deployment ${id} marked ${options.record}`, 'deployment-id': id },
      summary: `### holdout gate: deployment ${id} to ${environment} recorded as **${options.record}**\n\n${options.record === 'success' ? `Its metrics are now the production baseline (\`deployment:${environment}\`).` : 'The previous production baseline stays.'}\n`,
    };
  }
  if (environment && !github) throw new ConfigurationError('deploy mode (environment) needs a token and the repository to create the deployment');

  const failOn = options['fail-on'];
  const label = options['override-label'];
  const collected = await collectGateInputs(options.results, env.workspace);
  // Governance: the model card, checked in the checkout, is one more input to decide on (shared/modelcard).
  if (options['model-card']) collected.documents.push(await checkModelCard({ card: options['model-card'], sections: options['model-card-sections'], policy: options['model-card-policy'], workspace: env.workspace, commit: sha, now: env.now?.() }));
  const unreadable = collected.unreadable;
  if (collected.profiles.length > 0) env.logger.info(`holdout gate: left out ${collected.profiles.length} profile${collected.profiles.length === 1 ? '' : 's'} (${collected.profiles.join(', ')})`);
  let decision: GateDecision = decide({ documents: collected.documents, unreadable, commit: sha, failOn });
  let override: OverrideVerdict | undefined;
  let overrideRequested = false;
  if (decision.decision === 'fail' && decision.integrityProblems.length === 0 && !environment && github) {
    // In a merge queue the pull request is the queue entry's: its override carries over when the entry holds its current head.
    const queued = env.eventName === 'merge_group' ? queuedPullRequest((env.payload.merge_group as { head_ref?: unknown } | undefined)?.head_ref) : undefined;
    const pull = queued ?? (env.eventName === 'merge_group' ? undefined : await findPullRequest(github.octokit, github.repo, env.eventName, env.payload, sha));
    if (pull) {
      const facts = await overrideFacts(github.octokit, github.repo, pull.number, label);
      if (queued && facts.headSha && facts.headSha !== queued.headSha) {
        facts.unknown = `the merge queue entry holds ${queued.headSha.slice(0, 12)} of pull request #${queued.number}, whose head is now ${facts.headSha.slice(0, 12)}: the label does not cover the queued code`;
      }
      overrideRequested = facts.present;
      if (facts.present) {
        override = evaluateOverride(facts, { minimumRole: options['override-role'], extraRoles: options['override-roles'], allowSelfOverride: options['allow-self-override'] });
        decision = decide({ documents: collected.documents, unreadable, commit: sha, failOn, override });
        if (!override.honoured) env.logger.warning(`holdout gate: override refused: ${override.reason}`);
      }
    }
  }
  const now = env.now?.() ?? new Date();
  // An approved deploy promotes the candidate in the registry first: a failed registry call fails the step before anything is recorded.
  // A GitHub call failing after it undoes it: no registry move without the deployment payload a rollback reads it from.
  const promoted = promote && github && sha && decision.decision !== 'fail' ? await promoteCandidate(promote, env, `holdout gate ${decision.decision} of ${sha.slice(0, 12)}: ${decision.reason}`) : undefined;
  const promotion: RegistryPromotion | undefined = promoted?.record;
  const audit = buildAuditRecord(decision, collected.documents, { commit: sha, actor: env.actor, event: env.eventName, runUrl: env.runUrl, environment, label, override, overrideRequested, promotion, now });
  const { text: auditText, sha256: auditSha } = serializeAudit(audit);
  const summary = renderGateSummary(decision, audit, auditSha) + (promotion ? `\nPromoted: ${describePromotion(promotion)} (the previous one is in the audit record, for rollback).\n` : '');

  let checkRunId: number | undefined;
  let deploymentId: number | undefined;
  if (github && sha) try {
    const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
    const title = `${decision.decision === 'overridden' ? 'Overridden' : decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
    const annotations = collected.documents.flatMap((d) => (d.document.kind === 'validate-data' ? d.document.data.errors.map((e) => ({ level: 'error' as const, message: e.message, file: e.file, line: e.line, title: e.type })) : []));
    try {
      const published = await publishCheck(github.octokit, github.repo, sha, options['check-name'], conclusion, {
        title,
        summary: summary.slice(0, 65_000),
        text: `Audit record (sha256 ${auditSha}):\n\n\`\`\`json\n${auditText.slice(0, 60_000)}\`\`\``,
      }, annotations, env.runUrl);
      checkRunId = published.checkRunId;
      if (published.fallback) env.logger.warning(`holdout gate: ${published.fallback}`);
    } catch (error) {
      if ((error as { status?: number }).status !== 403) throw error;
      env.logger.warning('holdout gate: the token may write neither check runs nor commit statuses (403); the decision stands and fails or passes this step');
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
          ...(promotion ? { promotion } : {}),
        },
      } as DeploymentPayload, `holdout ${decision.decision}: ${decision.reason}`);
      await announceDeployment(github.octokit, github.repo, deploymentId, `holdout ${decision.decision}: ${decision.reason}`, env.runUrl);
    }
  } catch (error) {
    if (!promoted) throw error;
    const undone = await promoted.undo();
    if (error instanceof Error) {
      error.message = `${error.message.replace(/\s+/g, ' ').trim()}; ${undone}`;
      throw error;
    }
    throw new Error(`${String(error)}; ${undone}`);
  }

  const gateStatus: Status = decision.decision === 'fail' ? (decision.status === 'error' ? 'error' : 'fail') : decision.decision === 'overridden' ? 'warn' : 'pass';
  const document: GateResults = {
    holdout: RESULTS_VERSION, kind: 'gate' as const, title: 'Gate', status: gateStatus, createdAt: audit.createdAt,
    subject: { files: collected.documents.map((d) => ({ path: d.file, sha256: d.sha256 })), gitSha: sha },
    checks: [{ id: 'gate', title: 'Gate decision', status: gateStatus === 'error' ? 'fail' : gateStatus, message: decision.reason, count: decision.decision === 'pass' ? 0 : 1, locations: [] }],
    decision: { decision: decision.decision, reason: decision.reason, auditSha256: auditSha, checkRunId, deploymentId },
  };
  const gateFile = `${extras.resultsDir ?? 'holdout-results'}/gate.json`;
  // The JUnit report and the metrics: every document decided on, then the decision.
  const exported = exportFiles(options, [...collected.documents.map((d) => ({ document: d.document, file: d.file })), { document, file: gateFile }], env.workspace, { warnFails: failOn === 'warn' });
  return {
    document,
    resultsPath: userFile(env.workspace, gateFile).path,
    files: [{ path: userFile(env.workspace, options['audit-file']).path, text: auditText }, ...exported],
    annotations: [],
    summary,
    outputs: { decision: decision.decision, reason: decision.reason, 'audit-file': options['audit-file'], 'check-run-id': checkRunId, 'deployment-id': deploymentId, promotion: promotion ? describePromotion(promotion) : undefined },
    failure: decision.decision === 'fail' ? { kind: 'verdict', message: `holdout gate: fail: ${decision.reason}` } : undefined,
    decision,
  };
}
