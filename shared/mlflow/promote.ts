// Promotion in the MLflow Model Registry: on an approved deploy, move an
// alias (e.g. champion) to the candidate's version, and say where it pointed
// before, so the audit record can carry it and a rollback can move it back.
// The candidate is named by version, by another alias (challenger) or by the
// run that produced it (the newest version registered from that run).

import { ConfigurationError } from '../errors.js';
import type { RegistryPromotion } from '../gate/promotion.js';
import type { MlflowClient, MlflowModelVersion } from './client.js';

export type CandidateVersion = { version: string } | { alias: string } | { runId: string };

export interface AliasPromotion {
  registry: 'mlflow';
  /** The server (no credentials). */
  server: string;
  model: string;
  alias: string;
  /** Where the alias pointed before, or null when it did not exist (the first promotion). */
  previous: { version: string; run_id: string | null } | null;
  /** Where it points now. */
  current: { version: string; run_id: string | null };
  /** False when it already pointed at the candidate (nothing was written). */
  moved: boolean;
}

const versionOf = (v: MlflowModelVersion) => ({ version: v.version, run_id: v.run_id ?? null });

/** The candidate's model version; a ConfigurationError naming what was asked when there is none. */
export async function candidateVersion(client: MlflowClient, model: string, candidate: CandidateVersion): Promise<MlflowModelVersion> {
  if ('version' in candidate) {
    const found = await client.modelVersion(model, candidate.version);
    if (!found) throw new ConfigurationError(`MLflow at ${client.where}: registered model "${model}" has no version ${candidate.version} to promote`);
    return found;
  }
  if ('alias' in candidate) {
    const found = await client.modelVersionByAlias(model, candidate.alias);
    if (!found) throw new ConfigurationError(`MLflow at ${client.where}: registered model "${model}" has no alias "${candidate.alias}" to promote`);
    return found;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(candidate.runId)) throw new ConfigurationError(`MLflow run id "${candidate.runId}" is not a run id`);
  const versions = await client.searchModelVersions(`name='${model.replace(/'/g, "\\'")}' AND run_id='${candidate.runId}'`);
  const newest = versions.filter((v) => v.name === model && v.run_id === candidate.runId).sort((a, b) => Number(b.version) - Number(a.version))[0];
  if (!newest) throw new ConfigurationError(`MLflow at ${client.where}: no version of "${model}" was registered from run ${candidate.runId}; register it (mlflow.register_model) before the deploy`);
  return newest;
}

/**
 * Moves `alias` of `model` to the candidate's version and says where it
 * pointed before. Already there: nothing is written (moved false). A token
 * that may not edit the model fails with one line naming the permission.
 */
export async function promoteAlias(client: MlflowClient, request: { model: string; alias: string; candidate: CandidateVersion }): Promise<AliasPromotion> {
  const { model, alias } = request;
  const target = await candidateVersion(client, model, request.candidate);
  const before = await client.modelVersionByAlias(model, alias);
  const moved = before?.version !== target.version;
  if (moved) await client.setAlias(model, alias, target.version);
  return { registry: 'mlflow', server: client.where, model, alias, previous: before ? versionOf(before) : null, current: versionOf(target), moved };
}

/**
 * Undoes a promotion: the alias goes back to the previous version, or is
 * removed when there was none. Only when it still points where the promotion
 * put it: a newer promotion since is left alone (returns false).
 */
export async function rollbackAlias(client: MlflowClient, promotion: AliasPromotion): Promise<boolean> {
  const now = await client.modelVersionByAlias(promotion.model, promotion.alias);
  if (now?.version !== promotion.current.version) return false;
  if (promotion.previous) await client.setAlias(promotion.model, promotion.alias, promotion.previous.version);
  else await client.deleteAlias(promotion.model, promotion.alias);
  return true;
}

/**
 * A rollback's move: the alias goes from where the rolled-back deploy put it
 * (`from`) to `to` (the version deployed again, or null: remove the alias, as
 * before the first promotion). Already at `to`: nothing is written. Pointing
 * anywhere else: a newer promotion happened since, which a rollback does not
 * undo blindly — a ConfigurationError saying where it points.
 */
export async function restoreAlias(
  client: MlflowClient,
  request: { model: string; alias: string; from: { version: string; run_id: string | null } | null; to: { version: string; run_id: string | null } | null; rolledBack: string },
): Promise<RegistryPromotion & { registry: 'mlflow' }> {
  const { model, alias, from, to } = request;
  const now = await client.modelVersionByAlias(model, alias);
  const record = (moved: boolean) => ({ registry: 'mlflow' as const, server: client.where, model, alias, previous: now ? versionOf(now) : null, current: to, moved });
  if ((now?.version ?? null) === (to?.version ?? null)) return record(false);
  if ((now?.version ?? null) !== (from?.version ?? null)) {
    throw new ConfigurationError(
      `MLflow at ${client.where}: ${model}@${alias} points to ${now ? `version ${now.version}` : 'nothing'}, not ${from ? `version ${from.version}` : 'nothing'} where ${request.rolledBack} left it: it moved since, and a rollback does not undo a newer promotion (move it by hand)`,
    );
  }
  if (to) await client.setAlias(model, alias, to.version);
  else await client.deleteAlias(model, alias);
  return record(true);
}
