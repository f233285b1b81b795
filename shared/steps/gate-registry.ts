// The gate's registry side and its rollback: on an approved deploy, promote
// the candidate in the model registry `promote` names (MLflow alias,
// SageMaker approval status) and say what it replaced; in `mode: rollback`,
// deploy the previous successful deployment's commit again with its payload,
// audited, and move back what the rolled-back deploy promoted. A failed
// registry call fails the step with one line (the clients' errors carry no
// credentials), before anything is recorded on GitHub; a GitHub call that
// fails after the promotion undoes it (Promoted.undo).

import { DEPLOYMENT_PAYLOAD_VERSION, type DeploymentPayload } from '../baseline/payload.js';
import { ConfigurationError } from '../errors.js';
import { buildRollbackAudit, serializeAudit } from '../gate/audit.js';
import { describePromotion, type PromotionRequest, type RegistryPromotion } from '../gate/promotion.js';
import { planRollback, type DeploymentFacts, type RollbackPlan } from '../gate/rollback.js';
import { createDeployment } from '../github/gate.js';
import { userFile } from '../io/user-file.js';
import { promoteAlias, restoreAlias } from '../mlflow/promote.js';
import { NO_MLFLOW } from '../baseline/mlflow.js';
import { approvePackage, rejectPackage } from '../sagemaker/promote.js';
import type { StepEnvironment, StepResult } from './step.js';

const NO_SAGEMAKER = 'sagemaker needs AWS_REGION (and credentials from the AWS SDK\'s standard chain, e.g. aws-actions/configure-aws-credentials)';

/** The registry call's error as the step's one line, naming what was being done. */
async function registryCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ConfigurationError) throw new ConfigurationError(`holdout gate: ${what} failed: ${error.message}`);
    // Anything else (the SDK failing to load, a bug) is still one line: never the stack of a client that holds credentials.
    throw new ConfigurationError(`holdout gate: ${what} failed: ${(error as Error)?.message ?? String(error)}`.replace(/\s+/g, ' '));
  }
}

/** A promotion just made: its record (for the audit record and the deployment payload), and how to undo it. */
export interface Promoted {
  record: RegistryPromotion;
  /**
   * Moves the registry back to where it was before this promotion, when what
   * follows it fails (GitHub refusing the check or the deployment): one
   * sentence saying that it was undone, or — when undoing failed too — exactly
   * what state the registry is left in. Never throws.
   */
  undo(): Promise<string>;
}

/** Promotes the candidate the request names. */
export async function promoteCandidate(request: PromotionRequest, env: StepEnvironment, description: string): Promise<Promoted> {
  if (request.registry === 'mlflow') {
    const mlflow = env.mlflow;
    if (!mlflow) throw new ConfigurationError(`holdout gate: promote ${request.spec}: ${NO_MLFLOW}`);
    const done = await registryCall(`promoting ${request.model}@${request.alias} in MLflow`, () => promoteAlias(mlflow, { model: request.model, alias: request.alias, candidate: request.candidate }));
    const record: RegistryPromotion = { registry: 'mlflow', server: done.server, model: done.model, alias: done.alias, previous: done.previous, current: done.current, moved: done.moved };
    const name = `MLflow ${done.model}@${done.alias}`;
    const before = done.previous ? `version ${done.previous.version}` : 'not set';
    return {
      record,
      async undo() {
        if (!done.moved) return `the registry was not changed (${name} already pointed to version ${done.current.version})`;
        try {
          await registryCall(`moving ${done.model}@${done.alias} back in MLflow`, () => restoreAlias(mlflow, { model: done.model, alias: done.alias, from: done.current, to: done.previous, rolledBack: 'this gate run' }));
          return `the promotion was undone: ${name} is ${done.previous ? `back at version ${done.previous.version}` : 'removed again'}`;
        } catch (error) {
          return `undoing the promotion failed too (${(error as Error).message}): ${name} was moved to version ${done.current.version} by this run and not moved back (before: ${before}); move it by hand`;
        }
      },
    };
  }
  const sagemaker = env.sagemaker;
  if (!sagemaker) throw new ConfigurationError(`holdout gate: promote ${request.spec}: ${NO_SAGEMAKER}`);
  // approvePackage reads the newest Approved package first: kept here, to know whether the candidate already was it.
  let newestBefore: string | undefined;
  const watched: typeof sagemaker = {
    region: sagemaker.region,
    newestApproved: async (group) => {
      const found = await sagemaker.newestApproved(group);
      newestBefore ??= found?.arn ?? '';
      return found;
    },
    readS3: (uri) => sagemaker.readS3(uri),
    setApproval: (arn, status, text) => sagemaker.setApproval(arn, status, text),
  };
  const done = await registryCall(`approving ${request.arn} in SageMaker`, () => approvePackage(watched, { arn: request.arn, group: request.group, description: description.slice(0, 1000) }));
  const record: RegistryPromotion = { registry: 'sagemaker', region: done.region, group: done.group, package: done.package, previous: done.previous };
  return {
    record,
    async undo() {
      if (newestBefore === done.package) return `the registry was not changed (${done.package} already was the newest Approved package of ${done.group})`;
      const reads = done.previous ? `${done.previous} is the newest Approved package again` : `${done.group} has no Approved package again`;
      try {
        // Approving the candidate changed no other package: rejecting it is the whole undo.
        await registryCall(`rejecting ${done.package} in SageMaker`, () => sagemaker.setApproval(done.package, 'Rejected', `holdout gate: undone, the deployment could not be recorded on GitHub. ${description}`.slice(0, 1000)));
        return `the promotion was undone: ${done.package} is Rejected and ${reads}`;
      } catch (error) {
        return `undoing the promotion failed too (${(error as Error).message}): ${done.package} was set Approved by this run and stays Approved, the newest Approved package of ${done.group} (which sagemaker:${done.group} reads); reject it by hand`;
      }
    },
  };
}

/**
 * The promotion whose `previous` is where the registry pointed before the
 * rolled-back deploy. For a deploy, its own record. For a rollback, not its
 * own record (whose `previous` is the model that rollback removed) but the
 * record of the original deploy it deployed again; when that is not known, a
 * one-line refusal rather than a guess.
 */
function before<P extends RegistryPromotion>(plan: RollbackPlan & { promotion: P }, matches: (p: RegistryPromotion) => p is P, what: string): P {
  const rollback = plan.from.holdout?.rollback;
  if (!rollback) return plan.promotion;
  const original = plan.redeployed?.promotion;
  if (original && matches(original)) return original;
  throw new ConfigurationError(
    `holdout gate: rollback: deployment ${plan.from.id} is itself a rollback to deployment ${rollback.to}, and ${plan.redeployed ? `deployment ${plan.redeployed.id} (the deploy it deployed again) recorded no promotion of ${what}` : `deployment ${rollback.to} is not among the environment's deployments`}, so where ${what} pointed before it is not known: move it by hand`,
  );
}

/** Moves back what the rolled-back deploy promoted; the record of the move, or undefined when it promoted nothing. */
async function restoreRegistry(plan: RollbackPlan, env: StepEnvironment, description: string): Promise<RegistryPromotion | undefined> {
  const promoted = plan.promotion;
  if (!promoted) return undefined;
  const rolledBack = `deployment ${plan.from.id}`;
  const earlier = plan.to.holdout.promotion;
  if (promoted.registry === 'mlflow') {
    const mlflow = env.mlflow;
    if (!mlflow) throw new ConfigurationError(`holdout gate: rollback: ${rolledBack} promoted ${promoted.model}@${promoted.alias} at ${promoted.server}; ${NO_MLFLOW}`);
    if (mlflow.where !== promoted.server) throw new ConfigurationError(`holdout gate: rollback: ${rolledBack} promoted ${promoted.model}@${promoted.alias} at ${promoted.server}, but MLflow is now ${mlflow.where}`);
    // Back to the version the deployment deployed again was promoted to, else to where the alias pointed before the rolled-back deploy.
    const same = earlier?.registry === 'mlflow' && earlier.model === promoted.model && earlier.alias === promoted.alias && earlier.server === promoted.server;
    const to = same ? earlier.current : before({ ...plan, promotion: promoted }, (p): p is typeof promoted => p.registry === 'mlflow' && p.model === promoted.model && p.alias === promoted.alias && p.server === promoted.server, `${promoted.model}@${promoted.alias}`).previous;
    return registryCall(`moving ${promoted.model}@${promoted.alias} back in MLflow`, () => restoreAlias(mlflow, { model: promoted.model, alias: promoted.alias, from: promoted.current, to, rolledBack }));
  }
  const sagemaker = env.sagemaker;
  if (!sagemaker) throw new ConfigurationError(`holdout gate: rollback: ${rolledBack} approved a package of SageMaker group ${promoted.group}; ${NO_SAGEMAKER}`);
  if (sagemaker.region !== promoted.region) throw new ConfigurationError(`holdout gate: rollback: ${rolledBack} approved a package of ${promoted.group} in ${promoted.region}, but AWS_REGION is ${sagemaker.region}`);
  if (!promoted.package) return undefined;
  const reject = promoted.package;
  const same = earlier?.registry === 'sagemaker' && earlier.group === promoted.group && earlier.region === promoted.region;
  const restore = same ? earlier.package : before({ ...plan, promotion: promoted }, (p): p is typeof promoted => p.registry === 'sagemaker' && p.group === promoted.group && p.region === promoted.region, `SageMaker group ${promoted.group}`).previous;
  const done = await registryCall(`rejecting ${reject} in SageMaker`, () => rejectPackage(sagemaker, { group: promoted.group, reject, restore, description: description.slice(0, 1000) }));
  if (restore && done.package !== restore) env.logger.warning(`holdout gate: rollback: the newest Approved package of ${promoted.group} is ${done.package}, not ${restore}: sagemaker:${promoted.group} reads it`);
  return done;
}

/** The environment's deployments, newest first, each with the states of its statuses. */
async function deploymentHistory(env: StepEnvironment, environment: string): Promise<DeploymentFacts[]> {
  const { octokit, repo } = env.github!;
  const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 100 });
  const facts: DeploymentFacts[] = [];
  for (const d of deployments) {
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 100 });
    facts.push({ id: d.id, sha: d.sha, createdAt: d.created_at, payload: d.payload, states: statuses.map((s) => s.state) });
  }
  return facts;
}

export interface RollbackOptions {
  environment: string | undefined;
  record: string | undefined;
  'audit-file': string;
}

/**
 * mode: rollback. The deployment in production (the newest successful one)
 * is rolled back to the newest earlier successful holdout deployment of
 * another commit: a new deployment of that commit with its payload (its
 * metrics, so deployment:<environment> reads them again) and the rollback's
 * own audit record, recorded as success at once; the registry alias or
 * package the rolled-back deploy promoted is moved back first.
 */
export async function runRollback(options: RollbackOptions, env: StepEnvironment): Promise<StepResult<undefined>> {
  const environment = options.environment;
  if (!environment) throw new ConfigurationError('mode: rollback needs environment: the deployment to roll back is the one in production there');
  if (options.record) throw new ConfigurationError('mode: rollback records its own deployment: leave record out');
  if (!env.github) throw new ConfigurationError('mode: rollback needs a token (deployments: write) and the repository');
  const { octokit, repo } = env.github;
  const plan = planRollback(environment, await deploymentHistory(env, environment));
  const now = env.now?.() ?? new Date();
  const description = `holdout rollback of deployment ${plan.from.id} to deployment ${plan.to.id} (${plan.to.sha.slice(0, 12)})`;
  const promotion = await restoreRegistry(plan, env, description);
  const audit = buildRollbackAudit(plan, { actor: env.actor, event: env.eventName, runUrl: env.runUrl, environment, promotion, now });
  const { text: auditText, sha256: auditSha } = serializeAudit(audit);
  const { promotion: earlier, rollback: _previousRollback, ...kept } = plan.to.holdout;
  const holdout = {
    ...kept,
    version: DEPLOYMENT_PAYLOAD_VERSION,
    audit: { sha256: auditSha },
    recordedAt: audit.createdAt,
    rollback: { of: plan.from.id, to: plan.to.id },
    // The registry as it is now: what the rollback moved, else what the redeployed deploy had promoted.
    ...(promotion ?? earlier ? { promotion: promotion ?? earlier } : {}),
  };
  const id = await createDeployment(octokit, repo, plan.to.sha, environment, { holdout } as DeploymentPayload, description);
  await octokit.rest.repos.createDeploymentStatus({
    ...repo, deployment_id: id, state: 'success',
    description: `rolled back from deployment ${plan.from.id}; these metrics are the production baseline again`.slice(0, 140),
    ...(env.runUrl ? { log_url: env.runUrl } : {}),
  });
  const lines = [
    `### holdout gate: rolled back ${environment}`,
    '',
    `Deployment ${plan.from.id} (${plan.from.sha.slice(0, 12)}) rolled back to the model of deployment ${plan.to.id} (${plan.to.sha.slice(0, 12)}${plan.to.holdout.model ? `, ${plan.to.holdout.model}` : ''}): new deployment ${id}, recorded as success; its metrics are the production baseline (\`deployment:${environment}\`) again.`,
    '',
  ];
  if (promotion) lines.push(`Registry: ${describePromotion(promotion)}.`, '');
  else if (plan.promotion === undefined) lines.push('The rolled-back deploy promoted nothing in a model registry.', '');
  lines.push(`Audit record sha256 \`${auditSha}\`.`);
  return {
    document: undefined,
    files: [{ path: userFile(env.workspace, options['audit-file']).path, text: auditText }],
    annotations: [],
    summary: lines.join('\n') + '\n',
    outputs: {
      decision: 'rollback',
      reason: audit.reason,
      'audit-file': options['audit-file'],
      'deployment-id': id,
      commit: plan.to.sha,
      model: plan.to.holdout.model,
      promotion: promotion ? describePromotion(promotion) : undefined,
    },
  };
}
